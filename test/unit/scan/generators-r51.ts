import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r51 (blind set 51: automotive retail and mobility): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const lat = (r: Rng): string => `${r.int(10, 59)}.${r.str(DIG, 6)}`;
const lon = (r: Rng): string => `-${r.int(10, 120)}.${r.str(DIG, 6)}`;
const pw = (r: Rng): string => `${r.str(UPPER, 2)}${r.str(LOWER, 5)}#${r.str(DIG, 3)}${r.str(LOWER, 2)}`;

/** Samples of the round-r51 detectors, keyed by detector id. */
export const R51_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'geo-coordinate-lat-lon-keys': (r) => ['{"courier_id":"c-91","last_ping":{"Latitude":', lat(r), `,"Longitude":${lon(r)}},"battery":0.8}`],
  'geo-trip-endpoint-pair': (r) => [`delivery ${r.str(HEX, 8)} courier=7 pickup=(`, `${lat(r)},${lon(r)}`, ') status=done'],
  'loan-account-number-labelled': (r) => ['{"servicing":{"leaseAccountNumber":"', `${r.int(1, 9)}${r.str(DIG, 2)}-${r.str(DIG, 7)}-${r.str(DIG, 3)}`, '","status":"current"}}'],
  'loan-account-csv-column': (r) => ['payment_id,loan_acct,amount,posted\nP-2201,', `${r.int(1, 9)}${r.str(DIG, 10)}`, ',410.22,2025-03-02\n'],
  'authorization-key-config-pair': (r) => [
    '<- GetConfiguration.conf {"configurationKey":[{"key":"AuthorizationKey","readonly":false,"value":"',
    `${r.str(HEX, 20)}${r.int(1, 9)}${r.str(HEX, 19)}`,
    '"}]}',
  ],
  'wsse-username-api-key': (r) => [
    '<soap:Header><wsse:Security><wsse:UsernameToken><wsse:Username>',
    `${r.str(HEX, 30)}${r.int(1, 9)}a${r.str(HEX, 8)}`,
    '</wsse:Username></wsse:UsernameToken></wsse:Security></soap:Header>',
  ],
  'xml-abbreviated-password-element': (r) => ['<Login><UserId>svc_quotes</UserId><UserPwd>', pw(r), '</UserPwd></Login>'],
  'birth-date-xml-element-abbrev': (r) => [
    '<Dbtr><Nm>(see file)</Nm><PrvtId><DtAndPlcOfBirth><BirthDt>',
    `19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
    '</BirthDt><CityOfBirth>Leeds</CityOfBirth></DtAndPlcOfBirth></PrvtId></Dbtr>',
  ],
  'drivers-licence-xml-element': (r) => [
    '<Operator><LicensePermitNumber>',
    `${r.str(UPPER, 1)}${r.str(DIG, 3)}-${r.str(DIG, 4)}-${r.str(DIG, 4)}`,
    '</LicensePermitNumber><LicensedStateProvCd>OR</LicensedStateProvCd></Operator>',
  ],
  'drivers-licence-sql-insert-column': (r) => [
    "INSERT INTO couriers (courier_id, dl_number, vehicle) VALUES (77, '",
    `${r.str(UPPER, 1)}${r.str(DIG, 3)}-${r.str(DIG, 4)}-${r.str(DIG, 4)}`,
    "', 'van');",
  ],
  'drivers-licence-dl-beside-birth-date': (r) => [
    `Ticket: courier onboarding, DOB 0${r.int(1, 9)}/1${r.int(0, 9)}/19${r.int(60, 99)}, DL `,
    `${r.str(UPPER, 1)}${r.str(DIG, 3)}-${r.str(DIG, 4)}-${r.str(DIG, 4)}`,
    ' uploaded twice',
  ],
  'person-name-role-label': (r) => ['LEASE SCHEDULE 7\nLessee: ', `${given(r)} ${family(r)}`, '\nTerm: 36 months'],
  'person-name-sql-update-set': (r) => ["UPDATE memberships SET tier='gold', principal_name='", `${given(r)} ${family(r)}`, `' WHERE member_id=${r.int(1000, 9999)};`],
  'person-name-xml-name-attributed': (r) => ['<contact><name type="full">', `${given(r)} ${family(r)}`, `</name><email>member${r.int(10, 99)}@example.org</email></contact>`],
  'password-in-prose': (r) => ['I changed it yesterday but the old password ', pw(r), ' still works on the kiosk'],
  'session-id-url-query': (r) => ['GET /portal/report.jsp?acct=1&sid=', `${r.str(UPPER, 4)}${r.str(LOWER, 6)}${r.str(DIG, 3)}${r.str(B62, 7)}`, '&fmt=pdf HTTP/1.1'],
};

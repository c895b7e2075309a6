import { abaValid } from '../../../src/scan/validators';
import { B62, B64, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r44 (blind set 44: insurance, real estate, property management and legal): a sample for each
 * of the round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

/** Letters of both cases and digits, both present. */
const mix = (r: Rng, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, n - 3)}`;
/** A code of `n` digits that is no run or sequence (its first two digits differ by more than one). */
const code = (r: Rng, n: number): string => `${r.int(1, 4)}${r.int(6, 9)}${r.str(DIG, n - 2)}`;
const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
/** An ABA routing number (drawn until its check digit holds). */
const aba = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 2)}${r.str(DIG, 7)}`;
    if (abaValid(v)) return v;
  }
};

export const R44_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'physical-access-code': (r) => ['Inspector visit Tue 10:00 — Supra lockbox on the side gate, shackle code ', `${code(r, 5)}#`, ' then return the key.'],
  'access-code-json-key': (r) => ['{"envelopeId":"4f1c","recipients":[{"email":"k@example.org","access_code":"', `${r.str(UPPER, 3)}${code(r, 4)}`, '"}]}'],
  'geo-coordinates-under-key': (r) => ['device checkin id=77 gps=', `${r.int(30, 47)}.${r.str(DIG, 6)}, -${r.int(70, 120)}.${r.str(DIG, 6)}`, ' battery=81%'],
  'smtp-app-password': (r) => ['EMAIL_HOST_USER=alerts@acme-mail.io\nEMAIL_HOST_PASSWORD=', `${r.str('abcdefgh', 4)}${r.str('ijklmnop', 4)}${r.str('qrstuvwx', 4)}${r.str('abcdefghijklmnop', 4)}`, '\n'],
  'wifi-password-prose': (r) => ['Guest Wi-Fi is CasaPalma-5G, passphrase: ', `${mix(r, 10)}!${r.str(DIG, 2)}`, '\nCheckout by 11.'],
  'erlang-cookie-value': (r) => ['env:\n  RABBITMQ_ERLANG_COOKIE: "', r.str(UPPER, 20), '"\n'],
  'hmac-key-env-assignment': (r) => ['PARTNER_CALLBACK_HMAC_KEY=', `${mix(r, 40)}${r.str(B64, 3)}=`, '\n'],
  'jwt-sign-literal-secret': (r) => ["const t = jwt.sign({ sub: user.id }, '", `${mix(r, 30)}${r.str(B64, 10)}`, "', { expiresIn: '1h' });"],
  'pacer-nextgen-cso-token': (r) => ['Set-Cookie: NextGenCSO=', mix(r, 128), '; Path=/; Secure'],
  'sqlserver-linked-login-password': (r) => ["EXEC sp_addlinkedsrvlogin @rmtsrvname = N'DWH01', @useself = 'FALSE', @rmtuser = N'etl', @rmtpassword = N'", `${mix(r, 12)}#`, "';"],
  'settings-table-password-update': (r) => ["UPDATE dbo.AppConfig SET Value = '", `${mix(r, 14)}!`, "' WHERE Name = 'Mail.SmtpPassword';"],
  'oauth-refresh-under-bare-key': (r) => ["cache put user:91 {'access': 'short', 'refresh': '", mix(r, 48), "'}"],
  'xml-interface-licence-key': (r) => ['<Login><User>itf</User><LicenseKey>', `${mix(r, 60)}${r.str(B64, 10)}==`, '</LicenseKey></Login>'],
  'niem-birth-date': (r) => ['<nc:Person><nc:PersonBirthDate><nc:Date>', `19${r.int(40, 99)}-0${r.int(1, 9)}-${r.int(10, 28)}`, '</nc:Date></nc:PersonBirthDate></nc:Person>'],
  'niem-driver-licence-id': (r) => ['<j:DriverLicense><nc:IdentificationID>', `${r.str(UPPER, 1)}${r.str(DIG, 7)}`, '</nc:IdentificationID></j:DriverLicense>'],
  'bank-number-beside-aba-key': (r) => [`payout_profile = { "aba": "${aba(r)}", "number": "`, `${r.int(1, 9)}${r.str(DIG, 9)}`, '", "type": "checking" }'],
  'person-name-under-party-label': (r) => ['FNOL #88213 — Claimant: ', `${given(r)} ${r.str(UPPER, 1)}. ${family(r)}`, '  Policy: HO3-00912'],
  'person-name-under-occupant-label': (r) => ['Move-out walkthrough booked. Resident: ', `${given(r)} ${family(r)}`, ` (mobile ${r.int(201, 989)}.${r.int(201, 989)}.${r.str(DIG, 4)}), deposit review after.`],
  'person-name-in-welcome': (r) => ['Subject: Welcome aboard, ', `${given(r)} ${family(r)}`, '! Your keys are ready at the leasing office.'],
  'person-name-dear-with-initial': (r) => ['Subject: Your claim\n\nDear ', `${given(r)} ${r.str(UPPER, 1)}. ${family(r)}`, ',\nWe received your documents.'],
};


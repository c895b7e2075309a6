import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { csvColumnAt } from '../column-names';
import { isLowEntropy } from '../validators';
import { PUBLIC_PLACE } from './property-r44';
import { NAME_T31, insertColumnAt, personNameT31 } from './voip-t31';

/**
 * Round r51 (blind set 51: automotive retail and mobility): a person's or a car's position as
 * latitude and longitude under their own keys, in lat/lng CSV columns and as a trip's start/end
 * pair; loan account numbers under their label; authorization keys in a key/value configuration
 * pair (OCPP); API keys sent as a WS-Security user name; abbreviated password and birth-date XML
 * elements (ACORD `<Pswd>`, ISO 20022 / ACORD `<BirthDt>`); driver's licence numbers in XML, in an
 * SQL INSERT's licence column and after `DL` beside a birth date; names after a role label
 * (`Renter:`, `Keeper:`), in an SQL UPDATE's name column and in an XML name element with attributes;
 * passwords in prose; session ids in URL queries.
 */

/** A key of latitude or longitude, with an optional prefix (`home_lat`, `startLatitude`, `pickup-lng`, `LAT`). */
const LAT_KEY = String.raw`(?:[A-Za-z]{1,16}[_.-]|[a-z]{1,16}(?=L))?(?:[Ll]at(?:itude)?|LAT(?:ITUDE)?)`;
const LON_KEY = String.raw`(?:[A-Za-z]{1,16}[_.-]|[a-z]{1,16}(?=L))?(?:[Ll](?:ng|on(?:g(?:itude)?)?)|L(?:NG|ON(?:G(?:ITUDE)?)?))`;
/** A key's separator: JSON, Python dict, logfmt, YAML (`"lat":`, `'latitude': `, `lat=`). */
const SEP = String.raw`\\{0,3}["']?[ \t]{0,2}[:=][ \t]{0,2}\\{0,3}["']?`;
/** A coordinate of five decimals or more (about a metre). */
const COORD = String.raw`-?\d{1,3}\.\d{5,9}`;
const LAT_RE = new RegExp(String.raw`(?<![A-Za-z0-9])${LAT_KEY}${SEP}(${COORD})(?![\d.])`, 'g');
const LON_RE = new RegExp(String.raw`(?<![A-Za-z0-9])${LON_KEY}${SEP}(${COORD})(?![\d.])`, 'g');

/** Things whose position is public or no one's whereabouts: a place of business, a transit stop, a public vehicle. */
const PUBLIC_POSITION =
  /\b(?:stations?|station_id|stop_id|stops?|stop_name|bus|tram|train|vessel|ship|aircraft|flight|airport|terminal|poi|venue|landmark|store_id|branch|dealer(?:ship)?|office|evse|charger|charging_station|tower|antenna|sensor)\b/i;

/** True when `lat` and `lon` are a real position away from 0,0. */
const onEarth = (lat: number, lon: number): boolean => Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(Math.abs(lat) <= 0.01 && Math.abs(lon) <= 0.01);

/** True when the text around `start` names a public place or a public vehicle (a stop, a station, a store). */
const publicPosition = (text: string, start: number, end: number): boolean => {
  const before = text.slice(Math.max(0, start - 160), start);
  const after = text.slice(end, Math.min(text.length, end + 80));
  return PUBLIC_PLACE.test(before.slice(-120)) || PUBLIC_POSITION.test(before) || PUBLIC_POSITION.test(after);
};

/** Telemetry of a machine (engine hours, odometer, fuel, ignition): an asset's position when no person is named beside it. */
// Merge with r53: a vehicle's, trailer's, drone's or sensor's own record (speed, heading) is an asset's too (set 42's fleet positions, r50/r53).
const ASSET_TELEMETRY = /engine_?hours|engineHours|odometer|fuel_?level|fuelLevel|ignition|engine_?rpm|coolant|hours_?meter|\b(?:vehicle|van|truck|trailer|asset|drone|sensor)\b|"(?:speed|heading|bearing)"/i;
/** A person in the record: an e-mail address, or a driver, owner, rider, user or customer field. */
const PERSON_IN_RECORD = /[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:driver|owner|rider|user|customer|member|passenger|renter|patient)(?:_?(?:id|name|email|phone))?\b/i;

/** True when the position at `start` is one of a machine's telemetry records with no person named around it. */
const assetOnly = (text: string, start: number, end: number): boolean => {
  const around = text.slice(Math.max(0, start - 300), Math.min(text.length, end + 300));
  return ASSET_TELEMETRY.test(around) && !PERSON_IN_RECORD.test(around);
};

/** The value of the other axis under its key within `reach` characters (after a latitude, before a longitude). */
function partnerCoordinate(text: string, start: number, end: number, latitude: boolean, reach = 100): number | null {
  if (latitude) {
    const after = text.slice(end, Math.min(text.length, end + reach));
    LON_RE.lastIndex = 0;
    const m = LON_RE.exec(after);
    return m ? Number(m[1]) : null;
  }
  const before = text.slice(Math.max(0, start - reach), start);
  let last: number | null = null;
  LAT_RE.lastIndex = 0;
  for (const m of before.matchAll(LAT_RE)) last = Number(m[1]);
  return last;
}

/** A loan (lease, finance contract) account key or label (`loanAccountNumber`, `Loan account:`, `loan_acct_no`). */
const LOAN_KEY = String.raw`(?:[Ll]oan|LOAN|[Ll]ease|LEASE|[Ff]inance|FINANCE)[ _-]?(?:[Aa]ccount|ACCOUNT|[Aa]cct|ACCT)(?:[ _-]?(?:[Nn]umber|NUMBER|[Nn]o\.?|NO|[Nn]um|#))?`;

/** Role words of a person in forms and tickets, before a name (`Renter: Ann Lee`, `Registered keeper: ANN LEE`). */
const ROLE_LABEL = String.raw`(?:[Rr]enter|RENTER|[Ll]essee|LESSEE|(?:[Rr]egistered )?[Kk]eeper|KEEPER|[Rr]egistered [Oo]wner|REGISTERED OWNER|[Cc]o-?[Bb]orrower|[Cc]o-?[Bb]uyer|[Cc]o-?[Ss]igner|[Ll]ienholder contact)`;

/** A password-looking token: upper, lower and digit, with a symbol or twelve characters and more. */
const passwordLike = (v: string): boolean =>
  /[A-Z]/.test(v) &&
  /[a-z]/.test(v) &&
  /\d/.test(v) &&
  (/[^A-Za-z0-9]/.test(v) || v.length >= 12) &&
  !isLowEntropy(v) &&
  !/^(?:https?|www)\b/i.test(v) &&
  // Not a word and its full stop (`changed.=0A…`), nor quoted-printable escapes.
  !/^[A-Za-z]{3,}[.,;:!?]/.test(v) &&
  !/=[0-9A-F]{2}/.test(v) &&
  // Not a stored hash (`sha256$salt$…`, `bcrypt:…`): prose-password's own rule.
  !/^(?:sha\d*|md5|scrypt|bcrypt|argon2\w*|pbkdf2\w*)[$:_-]/i.test(v) &&
  !/[\\/]/.test(v);

/** Licence-number shapes: letters and digits with five digits or more, not a run of one digit, not a date. */
const licenceOk = (v: string): boolean => (v.match(/\d/g) ?? []).length >= 5 && !/^(.)\1+$/.test(v.replace(/-/g, '')) && !/^\d{4}-\d{2}-\d{2}$/.test(v);

export const MOBILITY_R51_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'geo-coordinate-lat-lon-keys',
    name: 'Precise position as a latitude and a longitude under their own keys (`"lat":…,"lng":…`, `latitude=… longitude=…`)',
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.65,
    // Literals of a latitude key (the longitude's partner must stand before it): `lat` alone wakes on every `plate`, `translate`.
    keywords: ['lat"', "lat'", 'lat=', 'lat:', 'lat\\"', 'latitude'],
    precheck: { re: /\d\.\d{5}/, reach: 60 },
    // JSON `"pos":{"lat":51.501234,"lng":-0.141234}`, Python `{'latitude': 48.858111, 'longitude': 2.294222}`,
    // logfmt `lat=40.712345 lon=-74.006789`: each axis a value of its own, the other axis within 100 characters.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:${LAT_KEY}|${LON_KEY})${SEP}(?<v>${COORD})(?![\d.])`),
    mask: 'full',
    validate: (v, ctx) => {
      const latitude = /^[^:=]*?lat/i.test(ctx.text.slice(ctx.matchStart ?? ctx.start, ctx.start));
      const self = Number(v);
      const other = partnerCoordinate(ctx.text, ctx.matchStart ?? ctx.start, ctx.end, latitude);
      if (other === null) return false;
      const [lat, lon] = latitude ? [self, other] : [other, self];
      return onEarth(lat, lon) && !publicPosition(ctx.text, ctx.matchStart ?? ctx.start, ctx.end) && !assetOnly(ctx.text, ctx.start, ctx.end);
    },
    remediation: "Log a coarse region (or nothing) instead of a person's or a car's precise position",
  }),
  defineDetector({
    id: 'geo-trip-endpoint-pair',
    name: "A trip's start or end position as a latitude,longitude pair in parentheses or brackets (`start=(52.5200,13.4050)`)",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.65,
    keywords: ['start', 'end=', 'end:', 'end"', "end'", 'origin', 'destination', 'dest=', 'dest:', 'pickup', 'pick_up', 'dropoff', 'drop_off'],
    precheck: { re: /[([]\s?-?\d{1,2}\.\d{5}/, reach: 40 },
    pattern:
      /(?<![A-Za-z0-9])(?:trip[_-]?)?(?:start|end|origin|destination|dest|pickup|pick_up|dropoff|drop_off)(?:[_-]?(?:loc|location|point|pos|position|coords?))?\\{0,3}["']?[ \t]{0,2}[:=][ \t]{0,2}\\{0,3}["']?[([][ \t]{0,2}(?<v>-?\d{1,2}\.\d{5,9},[ \t]{0,2}-?\d{1,3}\.\d{5,9})[ \t]{0,2}[)\]]/i,
    mask: 'full',
    validate: (v, ctx) => {
      const [lat, lon] = v.split(',').map((x) => Number(x.trim())) as [number, number];
      return onEarth(lat, lon) && !publicPosition(ctx.text, ctx.matchStart ?? ctx.start, ctx.end);
    },
    remediation: 'Log trips by id and a coarse region, not by their precise start and end positions',
  }),
  defineDetector({
    id: 'loan-account-number-labelled',
    name: 'Loan, lease or finance account number under its key or label (`loanAccountNumber`, `Loan account:`)',
    category: 'financial',
    severity: 'medium',
    priority: 47,
    confidence: 0.7,
    keywords: ['loan', 'lease', 'finance'],
    precheck: { re: /[Aa]c(?:count|ct)|AC(?:COUNT|CT)/, reach: 12 },
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])${LOAN_KEY}\\{0,3}["']?[ \t]{0,2}(?:=>|[:=#])[ \t]{0,2}\\{0,3}["']?(?<v>\d{3,20}(?:-\d{2,10}){0,3}|[A-Z]{1,3}-?\d{6,16})(?![\w-])`),
    mask: 'tail',
    validate: (v) => {
      const d = v.replace(/\D/g, '');
      return d.length >= 8 && d.length <= 20 && !isLowEntropy(d) && !/^(.)\1+$/.test(d) && !/^(?:19|20)\d{2}-\d{2}-\d{2}$/.test(v);
    },
    remediation: 'Refer to loans by a masked account number (last four) in notices, logs and tickets',
  }),
  defineDetector({
    id: 'loan-account-csv-column',
    name: 'Loan or lease account number in a CSV column named for it (`loan_account`)',
    category: 'financial',
    severity: 'medium',
    priority: 47,
    confidence: 0.7,
    keywords: ['loan_account', 'loan_acct', 'lease_account', 'loanaccount', 'loan account'],
    span: 3000,
    pattern: /(?<=(?:^|[,;\t|])[ \t]{0,2}"?)(?<v>\d{3,20}(?:-\d{2,10}){0,3})(?="?[ \t]{0,2}(?:[,;\t|\r\n]|$))/,
    mask: 'tail',
    validate: (v, ctx) => {
      const d = v.replace(/\D/g, '');
      if (d.length < 8 || d.length > 20 || isLowEntropy(d)) return false;
      const col = csvColumnAt(ctx.text, ctx.start, ctx.end);
      return col !== null && /^(?:loan|lease)[ _-]?(?:account|acct)(?:[ _-]?(?:number|no|num))?$/i.test(col.trim().replace(/^"|"$/g, ''));
    },
    remediation: 'Export mandate and servicing files with masked loan account numbers',
  }),
  defineDetector({
    id: 'authorization-key-config-pair',
    name: 'Authorization key set as a key/value configuration pair (OCPP `{"key":"AuthorizationKey","value":"…"}`)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['authorizationkey', 'authorisationkey', 'authkey', 'auth_key'],
    pattern:
      /["']key["'][ \t]{0,2}:[ \t]{0,2}["'][A-Za-z]{0,24}(?:Authori[sz]ation|Auth)_?Key["'][ \t]{0,2},[ \t]{0,2}(?:["'](?:readonly|readOnly)["'][ \t]{0,2}:[ \t]{0,2}\w{4,5}[ \t]{0,2},[ \t]{0,2})?["']value["'][ \t]{0,2}:[ \t]{0,2}["'](?<v>[A-Za-z0-9+/=_.-]{12,256})["']/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && /\d/.test(v),
    remediation: 'Rotate the charge point authorization key and keep configuration messages out of debug logs',
  }),
  defineDetector({
    id: 'wsse-username-api-key',
    name: 'API key sent as a WS-Security UsernameToken user name (a long hexadecimal licence key)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.75,
    keywords: ['username>'],
    pattern: /<(?<k>(?:\w{1,12}:)?Username)>(?<v>[0-9a-fA-F]{32,96})<\/\k<k>>/,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[a-f]/i.test(v) && !isLowEntropy(v),
    remediation: 'Rotate the API licence key and log SOAP envelopes without the Security header',
  }),
  defineDetector({
    id: 'xml-abbreviated-password-element',
    name: 'Password in an abbreviated XML password element (ACORD `<Pswd>`, `<Pwd>`, `<Passwd>`)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.75,
    keywords: ['pswd>', 'pwd>', 'passwd>'],
    pattern: /<(?<k>(?:\w{1,12}:)?(?:[A-Za-z]{0,12}(?:Pswd|PSWD|pswd|Pwd|PWD|pwd|Passwd|PassWd|passwd|PASSWD)))>(?<v>[^<>\s]{4,128})<\/\k<k>>/,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && !/^(?:\*+|x+|none|null|redacted|changeme|password|\$\{.*\})$/i.test(v),
    remediation: 'Change the password and log partner sign-on messages without the password element',
  }),
  defineDetector({
    id: 'birth-date-xml-element-abbrev',
    name: 'Birth date in an abbreviated XML element (`<BirthDt>`, `<DtOfBirth>`: ISO 20022, ACORD)',
    category: 'personal',
    severity: 'medium',
    priority: 47,
    confidence: 0.75,
    keywords: ['birthdt>', 'dtofbirth>', 'brthdt>'],
    pattern: /<(?<k>(?:\w{1,12}:)?(?:BirthDt|DtOfBirth|BrthDt))>(?<v>(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|1[0-2])\/(?:0[1-9]|[12]\d|3[01])\/(?:19|20)\d{2})<\/\k<k>>/,
    mask: 'full',
    remediation: "Log insurance and payment messages without the party's birth date",
  }),
  defineDetector({
    id: 'drivers-licence-xml-element',
    name: "Driver's licence number in an XML element named for it (`<DriversLicenseNumber>`, `<DLNumber>`)",
    category: 'personal',
    severity: 'high',
    priority: 48,
    confidence: 0.75,
    keywords: ['licensenumber>', 'licencenumber>', 'dlnumber>', 'licensepermitnumber>'],
    pattern: /<(?<k>(?:\w{1,12}:)?(?:Drivers?Licen[cs]eNumber|DriversLicen[cs]eNo|DLNumber|DlNumber|LicensePermitNumber))>(?<v>[A-Z0-9][A-Z0-9 -]{4,22}[A-Z0-9])<\/\k<k>>/i,
    mask: 'tail',
    validate: (v) => licenceOk(v),
    remediation: "Log quote and policy requests without the driver's licence number",
  }),
  defineDetector({
    id: 'drivers-licence-sql-insert-column',
    name: "Driver's licence number as the value of an SQL INSERT's licence column (`dl_number`, `drivers_license`)",
    category: 'personal',
    severity: 'high',
    priority: 48,
    confidence: 0.75,
    keywords: ['dl_number', 'dl_no', 'drivers_license', 'driver_license', 'license_number', 'licence_number', 'dl_num'],
    span: 2000,
    pattern: /(?<=[(,][ \t]{0,3})'(?<v>[A-Z0-9][A-Z0-9-]{5,20}[A-Z0-9])'(?=[ \t]{0,3}[,)])/,
    mask: 'tail',
    validate: (v, ctx) => licenceOk(v) && /^(?:dl|drivers?_?licen[cs]e|licen[cs]e)(?:_?(?:number|no|num|nbr))?$/i.test(insertColumnAt(ctx.text, ctx.start - 1) ?? ''),
    remediation: 'Log SQL statements without bound values; refer to customers by id',
  }),
  defineDetector({
    id: 'drivers-licence-dl-beside-birth-date',
    name: "Driver's licence number after `DL` in a record that also gives a birth date (`DOB 01/02/1990, DL X123-4567-8901`)",
    category: 'personal',
    severity: 'high',
    priority: 47,
    confidence: 0.7,
    keywords: ['dl '],
    precheck: { re: /DL[ :#]/, reach: 4 },
    pattern: /(?<![A-Za-z0-9_-])DL(?: ?(?:#|No\.?|number))?[ :#]{1,3}(?<v>[A-Z]\d{3}-\d{4}-\d{4}|[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d|[A-Z]\d{7,14}|\d{8,9})(?![A-Za-z0-9-])/,
    mask: 'tail',
    validate: (v, ctx) =>
      licenceOk(v) && /\b(?:DOB\b|D\.O\.B\.?|[Dd]ate of [Bb]irth\b|[Bb]orn\b|[Bb]irth ?date\b)/.test(ctx.text.slice(Math.max(0, ctx.start - 120), Math.min(ctx.text.length, ctx.end + 120))),
    remediation: "Keep driver's licence numbers out of support tickets (ask the customer to use the secure form)",
  }),
  defineDetector({
    id: 'person-name-role-label',
    name: "Person's name after a renter, lessee, keeper or registered-owner label (`Renter: Ann Lee`, `Keeper: ANN LEE`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['renter', 'lessee', 'keeper', 'registered owner', 'borrower', 'co-buyer', 'cobuyer', 'co-signer', 'cosigner'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])${ROLE_LABEL}(?:[ _](?:[Nn]ame|NAME))?[ \t]{0,2}:[ \t]{1,3}(?<v>${NAME_T31})(?![\w'’-]|\.\w| [A-Z][a-z])`),
    mask: 'full',
    validate: (v) => personNameT31(v),
    remediation: 'Refer to renters and keepers by agreement or record number in logs and tickets',
  }),
  defineDetector({
    id: 'person-name-sql-update-set',
    name: "Person's name set in an SQL UPDATE's person-name column (`principal_name='Ann Lee'`, `buyer_name = 'Ann Lee'`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['_name=', '_name =', "name='", "name = '"],
    span: 1500,
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<k>(?:principal|owner|buyer|seller|borrower|applicant|customer|holder|account_holder|contact|signer|guarantor|driver|renter|tenant|insured|patient|employee|full|legal|person)_?name)[ \t]{0,2}=[ \t]{0,2}N?'(?<v>${NAME_T31})'`,
      'i',
    ),
    mask: 'full',
    validate: (v, ctx) => personNameT31(v) && /\bUPDATE\b[\s\S]{0,600}\bSET\b/i.test(ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 800), ctx.matchStart ?? ctx.start)),
    remediation: 'Log SQL statements without their literal values (bind parameters), or by record id',
  }),
  defineDetector({
    id: 'person-name-xml-name-attributed',
    name: 'Person\'s full name in an XML `<name>` element with attributes (ADF `<name part="full">`) beside an e-mail or phone',
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['<name '],
    span: 400,
    pattern: new RegExp(String.raw`<(?<k>(?:\w{1,12}:)?[Nn]ame)(?:[ \t]+[\w:-]{1,20}="(?:full|display|legal|given|person|1|true)")[ \t]{0,2}>(?<v>${NAME_T31})<\/\k<k>>`),
    mask: 'full',
    validate: (v, ctx) => personNameT31(v) && /[\w.+-]+@[\w-]+\.[a-z]{2,}|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\+\d{10,14}/i.test(ctx.text.slice(ctx.end, Math.min(ctx.text.length, ctx.end + 300))),
    remediation: 'Log lead documents (ADF) by lead id, without the contact block',
  }),
  defineDetector({
    id: 'password-in-prose',
    name: 'Password written out in a message (`my password (Xy…#12)`, `the old password Xy…`)',
    category: 'credential',
    severity: 'high',
    // Under prose-password (38) and redis-field-secret (42), which name their own layouts when both match.
    priority: 37,
    confidence: 0.7,
    keywords: ['password'],
    precheck: { re: /[Pp]assword (?:is )?[("'`]?\S/, reach: 4 },
    pattern: /(?<![A-Za-z_.-])(?:my |the |old |new |temporary |temp )?[Pp]assword (?:is |was |= )?[("'`]?(?<v>[A-Za-z0-9!@#$%^&*+=?~_.-]{8,64}?)[)"'`]?(?=[\s,;:)]|\.(?:\s|$)|$)/,
    mask: 'full',
    validate: (v) => passwordLike(v),
    remediation: 'Reset the password; ask customers never to send passwords in tickets or mail',
  }),
  defineDetector({
    id: 'session-id-url-query',
    name: 'Session or partner id (`SID=`) in a URL query: a random token that opens the session',
    category: 'credential',
    severity: 'high',
    priority: 46,
    confidence: 0.7,
    keywords: ['sid='],
    pattern: /[?&](?:SID|sid|Sid)=(?<v>[A-Za-z0-9]{16,64})(?=[&#\s"'<>]|$)/,
    mask: 'full',
    validate: (v) => /[A-Z]/.test(v) && /[a-z]/.test(v) && /\d/.test(v) && !isLowEntropy(v) && !/^(?:AC|SK|PN|MG|CA|SM|MM)[0-9a-f]{32}$/.test(v),
    remediation: 'Rotate the session or partner id and log URLs without their query string',
  }),
];

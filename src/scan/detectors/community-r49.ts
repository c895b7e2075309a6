import { csvColumnAt, sqlColumnAt } from '../column-names';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { ninoValid } from '../id-checksums-more';
import { td3Line2Valid } from '../mrz-checks';
import { isLowEntropy } from '../validators';

/**
 * Round r49 (blind set 49: online communities, dating and social apps, trust and safety): Branch.io
 * secret keys (`secret_live_…`), Matrix/Synapse access tokens (`syt_…`), a Braintree private key
 * passed positionally to `BraintreeGateway(…)` / `braintree.Configuration.configure(…)`, a
 * MessageBird access key handed to its client, UK National Insurance numbers in a CSV column named
 * for them, and a person's coordinates under a short `loc` / `last_known` key (separate `"lat"`/`"lng"` fields are left alone:
 * fleet telematics print them too), a passport MRZ's name line above its checked line 2, and an ISO birth date in an SQL `INSERT`'s birth-date column.
 */

/** Letters of both cases or letters and digits: a random key, not a word. */
const mixed = (v: string): boolean => ((/[0-9]/.test(v) && /[A-Za-z]/.test(v)) || (/[a-z]/.test(v) && /[A-Z]/.test(v))) && !isLowEntropy(v);

/** A CSV header naming a National Insurance number column. */
const NINO_COLUMN = /^(?:ni|nino|ni_?(?:number|no|num)|ni number|national[ _]?insurance(?:[ _]?(?:number|no))?(?:_?nino)?)$/i;
/** The NINO layout: two prefix letters (not the never-issued pairs), six digits, suffix A–D. */
const NINO = String.raw`(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]`;

/** Latitude and longitude: in range and not the null island. */
function latLonOk(lat: number, lon: number): boolean {
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
}

/** A place of business or venue named just before: public coordinates, not a person's. */
const PUBLIC_PLACE = /\b(?:store|shop|branch|office|venue|restaurant|station|airport|warehouse|hq|headquarters|stadium|museum|hotel|clinic|hospital|school|campus|park|vehicle|bus|truck|fleet|tram|train|ship|vessel|drone|sensor|asset|depot)s?\b/i;

export const COMMUNITY_R49_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'branch-io-secret-key',
    name: 'Branch.io secret key (secret_live_/secret_test_)',
    category: 'credential',
    severity: 'high',
    priority: 70,
    confidence: 0.9,
    keywords: ['secret_live_', 'secret_test_'],
    pattern: /(?<![\w-])(?<v>secret_(?:live|test)_[A-Za-z0-9]{32})(?![\w-])/,
    mask: 'prefix',
    validate: (v) => mixed(v.slice(12)),
    remediation: 'Rotate the Branch secret key in the Branch dashboard and load it from a secret store',
  }),
  defineDetector({
    id: 'matrix-access-token',
    name: 'Matrix (Synapse) access or refresh token (syt_/syr_)',
    category: 'credential',
    severity: 'high',
    priority: 70,
    confidence: 0.9,
    keywords: ['syt_', 'syr_'],
    // `syt_<base64 localpart>_<20 random>_<6 checksum>`.
    pattern: /(?<![\w-])(?<v>sy[tr]_[A-Za-z0-9_-]{1,64}_[A-Za-z0-9]{20}_[A-Za-z0-9]{6})(?![\w-])/,
    mask: 'prefix',
    validate: (v) => mixed(v.slice(-27)),
    remediation: 'Log the device out (revoking its Matrix access token) and keep tokens out of configs and logs',
  }),
  defineDetector({
    id: 'braintree-positional-private-key',
    name: 'Braintree private key passed positionally to BraintreeGateway / Configuration.configure',
    category: 'credential',
    severity: 'critical',
    priority: 72,
    confidence: 0.9,
    keywords: ['braintreegateway', 'braintree.configuration', 'braintree::configuration'],
    // `new BraintreeGateway(Environment.PRODUCTION, "merchant", "public", "<private>")`, Python `Configuration.configure(env, m, p, k)`.
    pattern:
      /(?:BraintreeGateway|Configuration(?:\.configure)?)\(\s{0,4}(?:[\w:]{1,40}\.){0,2}\w{3,12},\s{0,4}["'][\w-]{4,40}["'],\s{0,4}["'][\w-]{4,40}["'],\s{0,4}["'](?<v>[0-9a-f]{32})["']/i,
    mask: 'prefix',
    validate: (v) => !isLowEntropy(v),
    remediation: 'Rotate the Braintree API key pair in the control panel and read it from the environment',
  }),
  defineDetector({
    id: 'messagebird-client-key',
    name: 'MessageBird access key handed to the MessageBird client',
    category: 'credential',
    severity: 'high',
    priority: 66,
    confidence: 0.8,
    keywords: ['messagebird'],
    span: 240,
    // Spring `<bean class="com.messagebird.MessageBirdClient"><constructor-arg value="…"/>`, `messagebird.Client('…')`, `require('messagebird')('…')`.
    pattern: /messagebird(?:client|\.client|serviceimpl)?\b[^\n]{0,80}(?:\n[^\n]{0,80}){0,2}?(?:value=|\(\s{0,4})["'](?<v>[A-Za-z0-9]{25})["']/i,
    mask: 'prefix',
    validate: (v) => mixed(v) && /[a-z]/.test(v) && /[A-Z]/.test(v),
    remediation: 'Rotate the MessageBird access key in the dashboard and inject it from a secret store',
  }),
  defineDetector({
    id: 'uk-nino-csv-column',
    name: 'UK National Insurance number in a CSV column named for it',
    category: 'personal',
    severity: 'high',
    priority: 59,
    confidence: 0.85,
    keywords: ['ni_number', 'nino', 'ni_no', 'national_insurance', 'ni number', 'national insurance', 'ni_num'],
    span: 4000,
    pattern: new RegExp(String.raw`(?<![\w-])(?<v>${NINO})(?![\w-])`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!ninoValid(v)) return false;
      const col = csvColumnAt(ctx.text, ctx.start, ctx.end);
      return col !== null && NINO_COLUMN.test(col.trim().replace(/^["']|["']$/g, ''));
    },
    remediation: 'Remove National Insurance numbers from exported payout files, or mask them',
  }),
  defineDetector({
    id: 'geo-pair-under-loc-key',
    name: "Person's latitude,longitude under a short loc / last_known / last_seen key",
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.7,
    keywords: ['loc=', 'loc:', 'loc"', "loc'", 'last_known', 'lastknown', 'last_seen', 'lastseen', 'last-known'],
    precheck: { re: /\d\.\d{5,9},\s?-?\d/, reach: 40 },
    // `loc=40.756487,-74.078737`, `last_known="34.122962, -118.261390"`, `"lastSeen": "51.60,-0.18"` (five decimals or more).
    pattern:
      /(?<![A-Za-z])(?:(?:user_?|geo_?)?loc|last[_-]?known(?:[_-]?(?:loc|location|pos|position))?|last[_-]?seen(?:[_-]?(?:at|loc|location|pos))?)\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["'(]?(?<v>-?\d{1,2}\.\d{5,9},\s?-?\d{1,3}\.\d{5,9})(?!\d)/i,
    mask: 'full',
    validate: (v, ctx) => {
      const [lat, lon] = v.split(',').map((x) => Number(x.trim()));
      return lat !== undefined && lon !== undefined && latLonOk(lat, lon) && !PUBLIC_PLACE.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start));
    },
    remediation: "Log a coarse region (or nothing) instead of a person's precise coordinates",
  }),
  defineDetector({
    id: 'dob-sql-insert-column',
    name: "Person's birth date as the value of an SQL INSERT's birth-date column",
    category: 'personal',
    severity: 'medium',
    // Over personal-id-sql-binding (56), which a whole-text scan finds on the same span without its keyword nearby:
    // one name for the span however the text is windowed (prefilter-equivalence.test.ts).
    priority: 57,
    confidence: 0.8,
    keywords: ['date_of_birth', 'birth_date', 'birthdate', 'dateofbirth'],
    span: 2000,
    // `INSERT INTO appeals (id, full_name, date_of_birth, …) VALUES (7, 'Ada Lovelace', '1990-04-12', …)`.
    pattern: /'(?<v>(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))'/,
    mask: 'full',
    validate: (_v, ctx) => /^(?:date_?of_?birth|dateofbirth|birth_?date|birthdate|dob)$/i.test(sqlColumnAt(ctx.text, ctx.start - 1) ?? ''),
    remediation: 'Keep birth dates out of logged SQL statements (use bind parameters)',
  }),
  defineDetector({
    id: 'mrz-td3-name-line',
    name: "Passport MRZ line 1 (document type, issuer and holder's name) above a line 2 whose check digits hold",
    category: 'personal',
    severity: 'high',
    priority: 62,
    confidence: 0.9,
    keywords: ['<<'],
    span: 120,
    // `P<NLDNGUYEN<TRAN<<DARNELL<<<<<<<<<<<<<<<<<<<` then `N143112317NLD8405173F3108114<<<<<<<<<<<<<<00`: mrz-line takes line 2 only.
    pattern: /(?<![A-Z0-9<])(?<v>P[A-Z<][A-Z<]{3}[A-Z][A-Z<]{0,38}<<[A-Z<]{1,39})(?![A-Z0-9<])\r?\n[ \t]{0,8}(?<l>[A-Z0-9<]{44})(?![A-Z0-9<])/,
    mask: 'full',
    validate: (v, ctx) => {
      if (v.length !== 44) return false;
      const next = /\n[ \t]{0,8}([A-Z0-9<]{44})/.exec(ctx.text.slice(ctx.end, ctx.end + 60));
      return !!next && td3Line2Valid(next[1]!);
    },
    remediation: 'Remove this MRZ (it holds the document number, birth date and name) from the logs and purge the affected log indexes',
  }),
];

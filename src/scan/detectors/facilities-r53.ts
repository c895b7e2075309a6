import { csvColumnAt } from '../column-names';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { ciPersonOk, exampleMailboxLine, PERSON_R32 } from './names-r32';
import { PUBLIC_PLACE } from './property-r44';

/**
 * Round r53 (blind set 53: construction, facilities and property operations): UK bank details
 * written `sort 12-34-56 acc 12345678` and a UTR after its label, a person's latitude and longitude
 * as separate fields or CSV columns of a record that names the person, passwords in name/value
 * XML properties (`<p n="password" v="…"/>`), every secret of a Vault KV v2 read, VPN pre-shared
 * keys, a password whose label carries a note in parentheses, the key id of `curl -u id:secret`,
 * a Basic credential concatenated in code, upper-case XML first/last name elements, and people's
 * names under the roles site, field and work-order logs give them (tenant, technician, foreman,
 * assignee, shared-by, display name) or in prose beside their phone, e-mail or birth date.
 */

/** Latitude and longitude: in range and not the null island. */
const onEarth = (lat: number, lon: number): boolean =>
  Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(Math.abs(lat) <= 0.01 && Math.abs(lon) <= 0.01);

/** Things whose position is no one's whereabouts (a vehicle, an asset, a place of business, a sensor). */
const NOT_A_PERSON_POSITION =
  /\b(?:vehicles?|bus|truck|fleet|tram|train|vessel|ship|boat|aircraft|flight|drone|asset|trailer|container|sensor|station|depot|telematics|tractor|vin|imei|odometer|ignition|store|branch|venue|site_id|building|poi|place_id)\b/i;

/** An e-mail address, a phone number, a birth date or a key of one: the record is about a person. */
const PERSON_EVIDENCE =
  /[\w.+-]+@[\w-]+\.[a-z]{2,}|(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)|\+\d{10,14}(?!\d)|\b(?:dob|birth_?date|date_?of_?birth)\b|["'](?:phone|mobile|cell|email|e_?mail|msisdn)["']\s{0,2}:\s{0,2}["']?[+\w]/i;

/** Keys of an object that is a person. */
const PERSON_OBJECT = /["'](?:employee|worker|user|member|technician|staff|person|customer|patient|resident|tenant|contact|walker|crew_?member)["']\s{0,2}:\s{0,2}\{/i;

/** Labels whose value is a person in site, field and work-order logs. */
const ROLE_LABEL = String.raw`(?:technician|tech|pilot|foreman|superintendent|inspector|assignee|assigned_?to|assignedTo|shared_?by|sharedBy|shared_?with|walker(?:_?name)?|employee(?:_?name)?|worker_?name|subcontractor|signatory|signed(?:_?by)?|caller|reported_?by|reportedBy|submitted_?by|submittedBy)`;

/** A prose role before a name that a phone, an e-mail or a birth date follows. */
const PROSE_ROLE = String.raw`(?:(?:[Tt]enant|[Ee]mergency|[Ss]ite|[Oo]n-?site|[Aa]fter-?hours|[Bb]illing) contact|[Ss]ubcontractor|[Nn]ew hire|[Ff]oreman(?: on record)?|[Tt]echnician|[Ee]mployee|[Rr]esident|[Tt]enant|[Dd]river|[Ii]nspector|[Cc]aller|[Oo]ccupant)`;

/** Letters of both cases and a digit or a symbol, not a low-entropy run: a random secret, not a word. */
const secretish = (v: string): boolean =>
  v.length >= 8 && /[A-Za-z]/.test(v) && (/\d/.test(v) || /[^A-Za-z0-9]/.test(v)) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !isLowEntropy(v) && !/^(?:changeme|password|placeholder|redacted|example|secret)/i.test(v);

/** Two capitalised words (particles allowed between): what every name of PERSON_R32 holds, a cheap gate before the full pattern (`worker: job …` has none). */
const TWO_CAPITALS = /[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’-]+ (?:[a-z]{1,4} ){0,2}[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

/** Decoded Basic credential `user:secret` of printable ASCII. */
const basicOk = (b64: string): boolean => {
  let s: string;
  try {
    s = Buffer.from(b64, 'base64').toString('latin1');
  } catch {
    return false;
  }
  const i = s.indexOf(':');
  return i > 0 && i < s.length - 4 && /^[\x21-\x7e]+$/.test(s) && !/^(?:user(?:name)?|admin|test):(?:pass(?:word)?|secret|test|changeme)$/i.test(s);
};

export const FACILITIES_R53_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'uk-sort-code-account-short-labels',
    name: 'UK sort code and account number written `sort 12-34-56 acc 12345678`',
    category: 'financial',
    severity: 'high',
    priority: 63,
    confidence: 0.8,
    keywords: ['sort '],
    precheck: { re: /\d{2}-\d{2}-\d{2}/, reach: 8 },
    // The bare word `sort` right before a dashed sort code, then an account label and eight digits (`sort code …` is bank-sort-code's).
    pattern: /(?<![\w-])sort[ \t]{1,2}(?<v>\d{2}-\d{2}-\d{2}[ \t]{1,3}(?:acc|acct|account|a\/c)(?:[ \t]?(?:no\.?|number|#))?[:.]?[ \t]{1,2}\d{8})(?![\w-])/i,
    mask: 'full',
    validate: (v) => !/^(\d)\1-\1\1-\1\1/.test(v) && !/(\d)\1{7}$/.test(v),
    remediation: 'Remove bank details (sort code and account number) from logged payment runs and messages',
  }),
  defineDetector({
    id: 'uk-utr-labelled',
    name: 'UK Unique Taxpayer Reference after its label (`UTR: 12345 67890`)',
    category: 'financial',
    severity: 'high',
    // Under health-ids' national-id-under-record-key (57), which reads `utr=` keys with the check digit.
    priority: 55,
    confidence: 0.75,
    keywords: ['utr', 'unique taxpayer'],
    // The upper-case label (or its long form) and ten digits, grouped 5+5 or not; a `K` suffix is allowed.
    pattern: /(?<![\w-])(?:UTR|Unique Taxpayer Reference|unique taxpayer reference)(?:[ \t]?(?:no\.?|number|#))?[ \t]{0,2}[:#]?[ \t]{0,3}(?<v>\d{5} ?\d{5}K?)(?![\w-])/,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v.replace(/\D/g, '')) && !/^(?:0123456789|1234567890)$/.test(v.replace(/\D/g, '')),
    remediation: 'Log subcontractors and taxpayers by an internal id, not their UTR',
  }),
  defineDetector({
    id: 'geo-lat-lon-fields-of-person',
    name: "Person's latitude and longitude as separate fields of a record that names the person (`\"lat\":…,\"lng\":…` beside a phone or e-mail)",
    category: 'personal',
    severity: 'medium',
    priority: 43.3,
    confidence: 0.65,
    keywords: ['lat"', "lat'", 'latitude"', "latitude'"],
    span: 600,
    // `"location":{"lat":33.026936,"lng":-90.657504}`, `"GPS":{"Latitude":38.171624,"Longitude":-72.443232}` (five decimals or more).
    pattern:
      /["'](?:lat|latitude)["'][ \t]{0,2}:[ \t]{0,2}["']?(?<v>-?\d{1,2}\.\d{5,9}["']?[ \t]{0,2},[ \t]{0,2}["'](?:lng|lon|long|longitude)["'][ \t]{0,2}:[ \t]{0,2}["']?-?\d{1,3}\.\d{5,9})(?![\d.])/i,
    mask: 'full',
    validate: (v, ctx) => {
      const nums = v.match(/-?\d{1,3}\.\d{5,9}/g);
      if (!nums || nums.length !== 2 || !onEarth(Number(nums[0]), Number(nums[1]))) return false;
      // Round r59: from the match's line only (the prefilter's window starts there: prefilter equivalence).
      const before = ctx.text.slice(Math.max(ctx.text.lastIndexOf('\n', ctx.start - 1) + 1, ctx.start - 400), ctx.start);
      if (NOT_A_PERSON_POSITION.test(before.slice(-250)) || PUBLIC_PLACE.test(before.slice(-120))) return false;
      const record = before + ctx.text.slice(ctx.end, ctx.end + 200);
      return PERSON_EVIDENCE.test(record) || PERSON_OBJECT.test(before);
    },
    remediation: "Log a coarse region (or nothing) instead of a person's precise coordinates",
  }),
  defineDetector({
    id: 'geo-lat-lon-csv-columns-of-person',
    name: "Person's latitude and longitude in adjacent CSV columns (`start_lat,start_lon`) of a row that holds a phone or e-mail",
    category: 'personal',
    severity: 'medium',
    priority: 43.35,
    confidence: 0.65,
    keywords: ['lat,', 'latitude,'],
    precheck: { re: /\d\.\d{5,8},-?\d{1,3}\.\d{5,8}/, reach: 4 },
    span: 2000,
    pattern: /(?<![\w.-])(?<v>-?\d{1,2}\.\d{5,8},-?\d{1,3}\.\d{5,8})(?![\d.])/,
    mask: 'full',
    validate: (v, ctx) => {
      const [lat, lon] = v.split(',').map(Number) as [number, number];
      if (!onEarth(lat, lon)) return false;
      const col = (csvColumnAt(ctx.text, ctx.start, ctx.end) ?? '').trim().replace(/^["']|["']$/g, '');
      // Columns geo-coordinates-of-person (round r43) names are its own.
      if (!/(?:^|[_ .-])lat(?:itude)?$/i.test(col) || /geo|gps|location|coord|latl/i.test(col)) return false;
      const ls = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
      let le = ctx.text.indexOf('\n', ctx.end);
      if (le < 0) le = ctx.text.length;
      const row = ctx.text.slice(ls, le);
      const header = ctx.text.slice(Math.max(0, ctx.start - 2000), ls);
      return PERSON_EVIDENCE.test(row) && !NOT_A_PERSON_POSITION.test(header.slice(header.lastIndexOf('\n', header.length - 2) + 1));
    },
    remediation: "Round or drop coordinates of people's whereabouts before exporting them",
  }),
  defineDetector({
    id: 'xml-name-value-password',
    name: 'Password in a name/value XML property (`<p n="password" v="…"/>`, `<prop k="smtp.password" v="…"/>`)',
    category: 'credential',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['n="', "n='", 'k="', "k='"],
    precheck: { re: /pass|pwd|secret/i, reach: 40 },
    // Niagara station .bog files, Java property XML and similar stores write a property as a short name attribute and a value attribute.
    pattern:
      /<[\w:.-]{1,30}\s(?:[^<>\n]{0,60}?\s)?(?:n|k)=(?<q>["'])(?<k>[\w.-]{0,30}(?:password|passwd|pwd|passphrase|secret))\k<q>\s{1,3}(?:[^<>\n]{0,40}?\s)?(?:v|val)=["'](?<v>[^"'<>\s]{6,128})["']/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && !/^(?:\$\{|%|\{\{)/.test(v) && !/^(?:changeme|password|placeholder|redacted|true|false|null|none)$/i.test(v) && !/^\*+$/.test(v),
    remediation: 'Rotate the password and store it encrypted (the station or app keystore), not as a clear property value',
  }),
  defineDetector({
    id: 'vault-kv-v2-secret-value',
    name: 'Secret value of a Vault KV v2 read (a string under `data.data`)',
    category: 'credential',
    severity: 'high',
    priority: 39,
    confidence: 0.75,
    keywords: ['vault kv', 'vault read', '"metadata"', '/data/'],
    span: 3000,
    pattern: /"(?<k>[\w.-]{1,64})"[ \t]{0,2}:[ \t]{0,2}"(?<v>[^"\\\s]{8,256})"/,
    mask: 'full',
    validate: (v, ctx) => {
      const before = ctx.text.slice(Math.max(0, ctx.start - 3000), ctx.start);
      const at = before.search(/"data"\s{0,4}:\s{0,4}\{\s{0,40}"data"\s{0,4}:\s{0,4}\{(?![\s\S]*"data"\s{0,4}:\s{0,4}\{\s{0,40}"data"\s{0,4}:\s{0,4}\{)/);
      if (at < 0 || /[{}]/.test(before.slice(before.indexOf('{', before.indexOf('{', at) + 1) + 1))) return false;
      if (!/vault|"metadata"|secret\/|kv/i.test(ctx.text.slice(Math.max(0, ctx.start - 3000), ctx.end + 3000))) return false;
      // Round r64: a Vault audit device writes values HMAC'd (`hmac-sha256:…`): no secret.
      return !isLowEntropy(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && !/^(?:https?:|\/|hmac-sha(?:256|512):)/.test(v) && !/^\d{4}-\d{2}-\d{2}/.test(v);
    },
    remediation: 'Do not print `vault kv get` output to logs or CI; read single fields into the process environment',
  }),
  defineDetector({
    id: 'vpn-psk-assignment',
    name: 'VPN or IPsec pre-shared key under its key (`vpn_psk = …`, `preshared_key: …`)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['psk', 'preshared', 'pre_shared', 'pre-shared', 'presharedkey'],
    pattern:
      /(?<![A-Za-z0-9])(?<k>[\w.-]{0,40}?(?:psk|pre[_-]?shared[_-]?key|presharedkey|preSharedKey))\\{0,3}["']?[ \t]{0,3}[:=][ \t]{0,3}\\{0,3}["']?(?<v>[^\s"'`,;]{8,128})/i,
    mask: 'full',
    validate: (v) => secretish(v) && !/^(?:\$\{|%|\{\{|<)/.test(v),
    remediation: 'Rotate the pre-shared key on both VPN peers and keep it in a secret store',
  }),
  defineDetector({
    id: 'password-label-with-note',
    name: 'Password after a label with a note in parentheses (`admin password (app.properties): …`)',
    category: 'credential',
    severity: 'high',
    priority: 38.5,
    confidence: 0.7,
    keywords: ['password (', 'passwd (', 'passphrase ('],
    pattern: /\b(?:password|passwd|passphrase)[ \t]\([^()\n]{1,60}\)[ \t]{0,2}[:=][ \t]{1,3}(?<v>[^\s"'`]{8,64})(?=[\s"'`]|$)/i,
    mask: 'full',
    validate: (v) => secretish(v.replace(/[.,;]$/, '')),
    remediation: 'Change the password and keep it out of tickets, messages and logs',
  }),
  defineDetector({
    id: 'curl-user-key-id',
    name: 'API key id before the secret in `curl -u <key id>:<secret>`',
    category: 'credential',
    severity: 'medium',
    priority: 45,
    confidence: 0.7,
    keywords: ['curl'],
    pattern: /\bcurl\b[^\n]{0,200}?\s(?:-u|--user)[ \t=]{1,2}["']?(?<v>[A-Za-z0-9_-]{16,64}):[^\s"':@]{16,}/,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v) && !isLowEntropy(v),
    remediation: 'Rotate the API key pair and pass it from the environment (`-u "$KEY_ID:$SECRET"`), not on the command line',
  }),
  defineDetector({
    id: 'basic-auth-concatenated',
    name: "Basic credential concatenated in code (a `'Basic '` string joined to a base64 literal of `user:secret`)",
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['basic '],
    // `'Basic ' + 'dXNlcjpzZWNyZXQ='` (the list of detectors reads names as patterns: no `+` in the name).
    pattern: /\bBasic ["'`][ \t]{0,2}\+[ \t]{0,2}["'`](?<v>[A-Za-z0-9+/]{12,400}={0,2})["'`]/,
    mask: 'full',
    validate: (v) => basicOk(v),
    remediation: 'Rotate the credential and read it from configuration at run time, not from source',
  }),
  defineDetector({
    id: 'person-name-xml-upper-first-last',
    name: "Person's name as upper-case XML first/last name elements (`<FIRSTNAME>Ann</FIRSTNAME><LASTNAME>Lee</LASTNAME>`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['<firstname>', '<first_name>', '<givenname>'],
    span: 200,
    // The family name is the value (a finding stays on one line); the given name element just before it is the context.
    pattern:
      /<(?<t>FIRSTNAME|FIRST_NAME|GIVENNAME)>(?<f>[A-Z][a-z]{1,20}(?:[ '-][A-Z][a-z]{1,20})?)<\/\k<t>>\s{0,40}(?:<(?:MIDDLENAME|MIDDLE_NAME)>[^<]{0,30}<\/(?:MIDDLENAME|MIDDLE_NAME)>\s{0,40})?<(?<l>LASTNAME|LAST_NAME|SURNAME|FAMILYNAME)>(?<v>(?:Ma?c)?[A-Z][a-z]{1,20}(?:[ '-][A-Z][a-z]{1,20})?)(?=<\/\k<l>>)/,
    mask: 'full',
    validate: (v, ctx) => {
      const m = /<(?:FIRSTNAME|FIRST_NAME|GIVENNAME)>([^<]{2,42})<\/[A-Z_]{8,10}>\s{0,40}(?:<[A-Z_]{10,11}>[^<]{0,30}<\/[A-Z_]{10,11}>\s{0,40})?<[A-Z_]{7,10}>$/.exec(ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start));
      const first = m?.[1] ?? '';
      return !!m && ciPersonOk(`${first} ${v}`) && !/^(?:Test|Sample|Unknown|Visitor|Guest)$/.test(first) && !/^(?:Test|Doe|Sample|User|Visitor|Guest)$/.test(v);
    },
    remediation: 'Log access-control API calls without the person element (name, UDFs, badge)',
  }),
  defineDetector({
    id: 'person-name-under-site-role-key',
    name: "Person's name under a site, field or work-order role key (`tenant=\"Ann Lee\"`, `\"assignedTo\":\"Ann Lee\"`, `<DisplayAs>Ann Lee</DisplayAs>`)",
    category: 'personal',
    severity: 'medium',
    priority: 39.7,
    confidence: 0.65,
    // Tenant, resident and occupant labels beside a contact are person-name-under-occupant-label's (round r44); `tenant="…"` alone is this one's.
    precheck: { re: TWO_CAPITALS, reach: 200 },
    // A bare `worker` key is not read: `worker: job …` is a logger's name on every line of many logs.
    keywords: ['tenant', 'technician', 'tech', 'pilot', 'foreman', 'superintendent', 'inspector', 'assign', 'shared', 'display', 'walker', 'employee', 'worker_name', 'workername', 'worker"', "worker'", 'subcontractor', 'signatory', 'signed', 'caller', 'reported', 'submitted', 'driver'],
    // Key = value (`technician=Ann Lee;`), JSON, XML elements, and a role object's `name` (`"driver":{"name":"Ann Lee"}`).
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:(?:${ROLE_LABEL}|tenant)\\{0,3}["']?[ \t]{0,2}[:=][ \t]{0,2}\\{0,3}["']?|<(?:[\w-]{1,12}:)?(?<t>DisplayAs|DisplayName|Technician(?:Name)?|AssignedTo|Assignee)>|(?:driver|employee|worker|tenant|technician|assignee|foreman|pilot)["'][ \t]{0,2}:[ \t]{0,2}\{[^{}\n]{0,120}?["'](?:name|full_?name|fullName|display_?name|displayName)["'][ \t]{0,2}:[ \t]{0,2}["'])(?<v>${PERSON_R32})(?=["'<;,&)\]}]|\s*$|\s*\r?\n|[ \t]+<|[ \t]+\()`,
      'i',
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (!/^\p{Lu}/u.test(v) || !/ \p{Lu}/u.test(v)) return false;
      if (!ciPersonOk(v) || exampleMailboxLine(ctx.text, ctx.start, ctx.end)) return false;
      return !/\b(?:Team|Crew|Group|Dept|Department|Desk|Services?|Company|Inc|LLC|Corp|Co|Construction|Facilities|Maintenance|Mechanical|Electric(?:al)?|Plumbing|Roofing|Lobby|Building|Tower|Floor|Suite|Unit|Level)\b/.test(v);
    },
    remediation: 'Log tenants, technicians and assignees by id, not by name',
  }),
  defineDetector({
    id: 'person-name-prose-role-before-contact',
    name: "Person's name after a role in prose, followed by their phone, e-mail or birth date (`Tenant contact Ann Lee, mobile 555-…`)",
    category: 'personal',
    severity: 'medium',
    priority: 39.6,
    confidence: 0.6,
    span: 60,
    // Each role word with what must follow it (` `, `:`, a tab): `tenant` alone wakes on every `"tenant_id"` of a JSON log.
    precheck: { re: TWO_CAPITALS, reach: 100 },
    // Not `worker` or `user`: logger names (`worker: job …`, `user: …`) on every line of many logs, each a window of its own.
    keywords: ['contact', 'subcontractor', 'new hire', 'foreman', 'technician', 'employee', 'resident', 'tenant', 'driver', 'inspector', 'caller', 'occupant'].flatMap((w) => [`${w} `, `${w}:`, `${w}\t`]),
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])${PROSE_ROLE}:?[ \t]{1,2}(?<v>${PERSON_R32})(?=,?[ \t]{1,2}(?:\(|<|\+?\d|(?:mobile|cell|phone|tel|ph\.?|email|e-mail)\b)|[ \t]*\r?\n(?:UTR|NINO|NI number|SSN|TIN|DOB|Date of birth)\b)`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (!ciPersonOk(v) || exampleMailboxLine(ctx.text, ctx.start, ctx.end)) return false;
      if (/\b(?:Team|Crew|Group|Desk|Services?|Company|Inc|LLC|Corp|Construction|Facilities|Maintenance|Portal|Account|Id|Number)\b/.test(v)) return false;
      const after = ctx.text.slice(ctx.end, ctx.end + 40);
      if (/^[ \t]*\r?\n(?:UTR|NINO|NI number|SSN|TIN|DOB|Date of birth)[ \t]*[:#]?[ \t]*[\dA-Z]/i.test(after)) return true;
      return /^,?[ \t]{1,2}(?:\(|<)?(?:(?:mobile|cell|phone|tel|ph\.?)[ \t:]{0,3})?(?:\+?\d[\d ().-]{8,16}\d|[\w.+-]+@[\w-]+\.[a-z]{2,}|(?:dob|DOB|born)\b)/i.test(after);
    },
    remediation: 'Redact names and phone numbers from free-text incident notes and tickets before logging them',
  }),
  defineDetector({
    id: 'person-name-label-in-tax-form',
    name: "Person's name on a `Name:` line of a tax or onboarding form that gives an SSN, TIN, EIN or birth date below (W-9, W-4, I-9)",
    category: 'personal',
    severity: 'medium',
    priority: 45.5, // over r52's person-name-role-label-line (45), which reads the same `Name:` line
    confidence: 0.65,
    keywords: ['name:', 'name :'],
    span: 300,
    pattern: new RegExp(String.raw`(?<=^|\n)[ \t]{0,8}(?:[Nn]ame|[Ff]ull [Nn]ame|[Ll]egal [Nn]ame|NAME|[Pp]ayee [Nn]ame|[Tt]axpayer [Nn]ame)[ \t]{0,2}:[ \t]{1,3}(?<v>${PERSON_R32})[ \t]*(?=\r?\n)`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!ciPersonOk(v) || exampleMailboxLine(ctx.text, ctx.start, ctx.end)) return false;
      if (/\b(?:Inc|LLC|Ltd|Corp|Co|Company|Services?|Construction|Group|Trust|Tile|Stone|Supply)\b/.test(v)) return false;
      // One of the next four lines is a labelled tax id or birth date.
      const below = ctx.text.slice(ctx.end, ctx.end + 300).split('\n').slice(1, 5).join('\n');
      return /(?:^|\n)[ \t]{0,8}(?:SSN|TIN|ITIN|EIN|FEIN|Social Security(?: (?:No\.?|Number))?|Taxpayer Identification Number|DOB|Date of [Bb]irth)[ \t]{0,2}[:#][ \t]{0,3}\d/.test(below);
    },
    remediation: 'Log OCR and form-parsing results without the parsed fields (name, SSN, EIN, address)',
  }),
];

import { csvColumnAt } from '../column-names';
import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { ninoValid } from '../id-checksums-more';
import { einValid } from '../id-checksums-world';
import { isLowEntropy } from '../validators';
import { labelledNameOk } from './names-h28';
import { personNameT31 } from './voip-t31';

/**
 * Round r52 (blind set 52: life sciences and research): people's names where logs and exports of
 * any trade put them — a session log's `user <name> connected from`, a comment's `owner <name>`,
 * XML elements of a person's role or full name, an inverted `"Family, Given"` under a JSON name
 * key, a CLI key/value table's `| Name | … |` row, a form's `billing_details[name]`, a role label
 * beside the person's other identifiers, a signature's `<name>, Office of …` — rows of an SQL
 * INSERT whose name, birth-date and record-number columns hold them (values wrapped in `TO_DATE(…)`),
 * CSV cells under name, birth-date and latitude/longitude columns, a position object under a
 * location key, a FHIR HumanName in a response to a Patient search (widened names-r43 rule); and secrets: a salt assigned in config, a long session id in an auth response,
 * an API key handed to a client with its URL, a bank account named as where to reconcile or remit,
 * a labelled EIN.
 */

/** A title-case or upper-case name word (`O'Connell`, `Mei-Lin`, `WHITFIELD`). */
const NW = String.raw`(?:[A-Z]['’]|Ma?c)?[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9](?:[a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}|[A-ZÀ-Þ]{1,20})(?:['’-][A-ZÀ-Þa-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?`;
/** Two to four name words. */
const FULL = String.raw`${NW}(?: ${NW}){1,3}`;

/** True when `v` reads as a person's full name (title or upper case). */
const fullName = (v: string): boolean => personNameT31(v) && labelledNameOk(v.replace(/[A-Za-zÀ-ÿ]+/g, (w) => (w === w.toUpperCase() && w.length > 1 ? w[0]! + w.slice(1).toLowerCase() : w)));

/** `Family, Given` written inverted: true when `Given Family` is a person's name. */
const invertedName = (v: string): boolean => {
  const m = /^([^,]+), ?([^,]+)$/.exec(v);
  return m !== null && fullName(`${m[2]} ${m[1]}`) && !/\b(?:Inc|Ltd|LLC|GmbH|Corp|Co|USA|UK)\b/i.test(v);
};

/** Latitude and longitude: in range, not the null island. */
const latLonOk = (lat: number, lon: number): boolean => Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(Math.abs(lat) < 0.01 && Math.abs(lon) < 0.01);

/** Places, vehicles and assets: their position is no one's whereabouts. */
const IMPERSONAL = /\b(?:store|shop|branch|office|venue|restaurant|station|airport|warehouse|hq|headquarters|stadium|museum|hotel|clinic|hospital|school|campus|park|vehicle|bus|truck|fleet|tram|train|ship|vessel|drone|sensor|asset|depot|facility|tower|trailer|container|aircraft)s?\b/i;

/** Keys of a vehicle's or an asset's record (telematics print positions too): `vehicleId`, `vin`, `odometer…`. */
const VEHICLE = /\b(?:vehicle|truck|fleet|trailer|vessel|aircraft|tail_?number|vin|imei|odometer|engine_?hours|engineHours|ignition|speed_?(?:mph|kph|kmh)|heading|asset_?id|assetId|tracker)/i;

/** A salt stored beside the hash it salts (an identity store's credential record): no secret of its own. */
const HASH_RECORD = /hashIterations|hash_?iterations|\biterations\b|algorithm|pbkdf2|bcrypt|scrypt|argon2|\\?"value\\?"\s{0,2}:|"hash"|password_?hash|secretData/i;

/** Column names of a person's name, birth date and record number in an INSERT or a CSV header (CDISC SDTM's `BRTHDTC`, `INVNAM` too). */
const NAME_COL = /^(?:(?:patient|subject|participant|donor|recipient|respondent|investigator|inv|person|full|legal|display)?[ _-]?(?:name|nam)|(?:recipient|respondent|patient|participant)?[ _-]?(?:first|last|given|family|sur)[ _-]?name|invnam|surname)$/i;
const DOB_COL = /^(?:date[ _-]?of[ _-]?birth|dob|birth[ _-]?date|birthdate|brthdtc|birth[ _-]?dt|dt[ _-]?of[ _-]?birth)$/i;
const MRN_COL = /^(?:mrn|medical[ _-]?record[ _-]?(?:number|no|num)?|patient[ _-]?mrn|hospital[ _-]?number|chart[ _-]?(?:number|no))$/i;
const CSV_KEY_COL = /firstname|first_name|lastname|last_name|surname|brthdtc|invnam|birthdate|birth_date|date_of_birth|latitude|longitude/i;
const LATLON_COL = /^(?:(?:location|loc|geo|gps|home|device)[ _-]?)?(?:lat|latitude|lon|lng|long|longitude)$/i;

/** Tables of people: a bare `name` column there holds a person's name. */
const PEOPLE_TABLE = /^(?:patients?|persons?|people|customers?|clients?|members?|employees?|staff|users?|contacts?|participants?|subjects?|donors?|students?|applicants?|guests?|passengers?|travell?ers?|tenants?|residents?|investigators?|researchers?|payees?|beneficiar(?:y|ies)|vendors_contacts?)$/i;

/** Column of the SQL `INSERT … (cols) VALUES (…)` tuple that holds `start` (nested calls such as `TO_DATE(…)` allowed), or null. */
export function insertColumnNested(text: string, start: number): string | null {
  const from = Math.max(0, start - 3000);
  const before = text.slice(from, start).replace(/'(?:[^'\n\\]|\\.)*'/g, (q) => '_'.repeat(q.length));
  let depth = 0;
  let open = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth === 0) {
        // An opening paren right after a call name is the call's, not the tuple's.
        if (/[A-Za-z_]$/.test(before.slice(0, i))) {
          continue;
        }
        open = i;
        break;
      }
      depth--;
    }
  }
  if (open < 0) return null;
  const head = /\(([^()]{1,800})\)\s*VALUES\s*(?:\((?:[^()]|\([^()]*\))*\)\s*,\s*)*$/i.exec(before.slice(0, open));
  if (!head) return null;
  const names = head[1]!.split(',').map((n) => n.trim().replace(/^[`"[]|[`"\]]$/g, ''));
  // Cells before `start`: top-level commas only.
  let cells = 0;
  let d = 0;
  for (const c of before.slice(open + 1)) {
    if (c === '(') d++;
    else if (c === ')') d--;
    else if (c === ',' && d === 0) cells++;
  }
  return names[cells] ?? null;
}

/** Identifiers of a person on the same line as a role label's name (birth date, phone, passport, e-mail, national id). */
const SAME_LINE_ID = /(?:\b(?:DOB|D\.O\.B|born|birth|passport|phone|tel|mobile|e-?mail|SSN|SIN|NI(?:NO)?|NHS|MRN)\b|\+\d{1,3}[ \d]{7,16}|\(\d{3}\) ?\d{3}-\d{4}|[\w.+-]+@[\w-]+\.[a-z]{2,})/i;

export const RESEARCH_R52_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-session-from',
    name: "Person's name in a session log line (`user Ann Lee connected from 203.0.113.9`, `logged in from`)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.7,
    keywords: [' connected from', ' logged in from', ' signed in from', ' logged on from', ' authenticated from', ' disconnected from'],
    pattern: new RegExp(String.raw`\b(?:[Uu]ser|[Mm]ember|[Rr]esearcher|[Ss]tudent|[Cc]ustomer|[Ee]mployee)[ :]{1,2}["']?(?<v>${FULL})["']? (?:connected|logged (?:in|on)|signed in|authenticated|disconnected) from\b`),
    mask: 'full',
    validate: (v) => fullName(v),
    remediation: 'Log sessions by user id, not by the display name',
  }),
  defineDetector({
    id: 'person-name-comment-owner',
    name: "Person's name as the owner, maintainer or author in a code or config comment (`# owner Ann Lee`)",
    category: 'personal',
    severity: 'low',
    priority: 44,
    confidence: 0.6,
    keywords: ['owner', 'owned by', 'maintainer', 'maintained by', 'author', 'contact'],
    needs: ['#', '//', '--', ';', '*'], // a comment's mark: `/api/v2/contacts` lines without one are not read
    pattern: new RegExp(String.raw`(?:^|\n)[ \t]*(?:#|//|--|;|\*)[^\n]{0,80}?\b(?:[Oo]wner|[Mm]aintainer|[Mm]aintained by|[Oo]wned by|[Aa]uthor|[Cc]ontact)[:,]?[ \t]{1,3}(?<v>${FULL})[ \t]*(?=$|\r?\n|[,;(<])`),
    mask: 'full',
    validate: (v) => fullName(v),
    remediation: 'Name a team or a role in comments of shared config, not a person',
  }),
  defineDetector({
    id: 'person-name-xml-role-element',
    name: "Person's full name in an XML element named for a full name or a person's role (`<fullname>`, `<PrincipalInvestigator>`, `<first-name>` holding both names)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.65,
    keywords: ['<fullname', '<full_name', '<full-name', '<displayname', '<display_name', '<display-name', 'investigator', 'submitter', 'researcher', 'requester', 'requestor', 'signatory', 'payee', 'beneficiary', 'traveller', 'traveler', 'caregiver', 'guarantor', '<first-name', '<firstname', '<first_name'],
    pattern: new RegExp(
      String.raw`<(?<t>(?:[A-Za-z]{0,24}(?:Investigator|INVESTIGATOR|investigator|Submitter|submitter|Researcher|researcher|Requester|Requestor|requester|Signatory|Payee|Beneficiary|Traveller|Traveler|Caregiver|Guarantor)(?:Name|_name|-name)?)|[Ff]ull[-_]?[Nn]ame|FULLNAME|[Dd]isplay[-_]?[Nn]ame|[Ff]irst[-_]?[Nn]ame)(?:\s[^<>]{0,80})?>(?<v>${FULL})</\k<t>>`,
    ),
    mask: 'full',
    validate: (v) => fullName(v),
    remediation: 'Return and log people by id in XML payloads; drop the name elements from logged responses',
  }),
  defineDetector({
    id: 'person-name-json-inverted',
    name: "Person's name written `Family, Given` under a JSON name, author or creator key",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.65,
    keywords: ['"name"', '"author"', '"creator"', '"contributor"', '"investigator"', '"pi"', '"submitter"', '"fullname"', '"full_name"'],
    pattern: new RegExp(String.raw`"(?<k>name|author|creator|contributor|investigator|pi|submitter|full_?name)"\s{0,2}:\s{0,2}"(?<v>${NW}(?: ${NW})?, ?${NW}(?: ${NW})?)"`, 'i'),
    mask: 'full',
    validate: (v, ctx) => {
      if (!invertedName(v)) return false;
      if ((ctx.key ?? '').toLowerCase() !== 'name') return true;
      // A bare `name`: inside a list of people, or beside an ORCID or an e-mail.
      const around = ctx.text.slice(Math.max(0, ctx.start - 200), ctx.end + 160);
      return /"(?:creators|authors|contributors|investigators|people|persons|members|participants|users|contacts)"\s{0,2}:|orcid|[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(around);
    },
    remediation: 'Keep creators and contributors out of logged API responses, or log their ids only',
  }),
  defineDetector({
    id: 'person-name-cli-kv-table',
    name: "Person's name in a CLI key/value table row (a Name row beside an Email row of `whoami`-style output) above or below an e-mail row",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.65,
    keywords: ['| name', '|name', '| full name', '|full name', '| display name', '|display name', '| user name', '|user name'],
    span: 600,
    spanBack: 3,
    pattern: new RegExp(String.raw`(?<=^|\n)\|[ ]?(?:Full |Display |User )?[Nn]ame[ \t]*\|[ \t]*(?<v>${FULL})[ \t]*\|`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!fullName(v)) return false;
      // The e-mail row within 300 characters below, or on the three lines above (inside the prefilter's window).
      let ls = ctx.text.lastIndexOf('\n', ctx.start - 1);
      for (let k = 0; k < 3 && ls > 0; k++) ls = ctx.text.lastIndexOf('\n', ls - 1);
      const rows = ctx.text.slice(Math.max(0, ls + 1), ctx.start) + ctx.text.slice(ctx.end, ctx.end + 300);
      return /\|[ \t]*(?:E-?mail|Email Address|Login|Username)[ \t]*\|[ \t]*[\w.+-]+@[\w-]+\.[\w.-]+/i.test(rows);
    },
    remediation: 'Do not paste whoami or account tables into tickets and logs',
  }),
  defineDetector({
    id: 'person-name-form-bracket-name',
    name: "Person's name in a form-encoded nested key (the name key under billing_details, customer or shipping)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['[name]=', '%5bname%5d='],
    pattern: new RegExp(String.raw`(?:billing_details|billing|shipping|customer|owner|cardholder|card_holder|holder|recipient|account_holder|payer|payee|beneficiary|individual|person)(?:\[name\]|%5Bname%5D)=(?<v>${NW}(?:(?: |\+|%20)${NW}){1,3})(?=[&\s"']|$)`, 'i'),
    mask: 'full',
    validate: (v) => fullName(v.replace(/\+|%20/g, ' ')),
    remediation: 'Log payment requests without their billing and shipping details',
  }),
  defineDetector({
    id: 'person-name-role-label-line',
    name: "Person's name under a role label (`Traveller:`, `Caregiver:`, `Name:`) with another identifier of the person on its line or the next",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.65,
    keywords: ['traveller:', 'traveler:', 'caregiver:', 'guardian:', 'next of kin:', 'payee:', 'participant:', 'donor:', 'name:', 'carer:', 'companion:', 'representative:'],
    span: 1000,
    spanBack: 1,
    pattern: new RegExp(String.raw`(?<![\w-])(?:Traveller|Traveler|Caregiver|Carer|Companion|Guardian|Next of kin|Payee|Participant|Donor|Name|(?:[Ll]egally )?[Aa]uthori[sz]ed [Rr]epresentative):[ \t]{1,3}(?<v>${FULL})(?=[ \t]{2,}|[ \t]+(?:\+|\(|DOB|born)|[ \t]*\r?\n|[ \t]*$|,)`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!fullName(v)) return false;
      const ls = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
      let le = ctx.text.indexOf('\n', ctx.end);
      if (le < 0) le = ctx.text.length;
      let next = ctx.text.indexOf('\n', le + 1);
      if (next < 0) next = ctx.text.length;
      const prev = ctx.text.lastIndexOf('\n', Math.max(0, ls - 2)) + 1;
      const prevLine = ls > 0 ? ctx.text.slice(prev, ls) : '';
      // Reads bounded to 200 characters a line, inside the prefilter's window (the line above, the hit's, the next).
      return SAME_LINE_ID.test(ctx.text.slice(ctx.end, Math.min(le, ctx.end + 200))) || SAME_LINE_ID.test(ctx.text.slice(le, Math.min(next, le + 200))) || SAME_LINE_ID.test(prevLine.slice(-200)) || (ls < ctx.start && SAME_LINE_ID.test(ctx.text.slice(ls, ctx.start).replace(/^[^:]*:/, '')));
    },
    remediation: 'Refer to travellers, carers and payees by record id in bookings and payee updates',
  }),
  defineDetector({
    id: 'person-name-before-office-of',
    name: "Person's name before their office in a signature or a sender line (`from Ann Lee, Office of Sponsored Programs`)",
    category: 'personal',
    severity: 'low',
    priority: 44,
    confidence: 0.6,
    keywords: [', office of', ', department of', ', dept. of', ', division of', ', school of', ', faculty of', ', institute of'],
    pattern: new RegExp(String.raw`\b(?:from|by|for|contact|cc|regards|signed)[:,]?[ \t]{1,3}(?<v>${FULL}), (?:Office|Department|Dept\.|Division|School|Faculty|Institute) of\b`, 'i'),
    mask: 'full',
    validate: (v) => /^[A-Z]/.test(v) && fullName(v),
    remediation: "Strip senders' names and signatures from forwarded instructions before logging",
  }),
  defineDetector({
    id: 'sql-insert-person-column',
    name: "Person's name, birth date or record number in an SQL INSERT's column named for it (values inside `TO_DATE(…)` too)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['insert into'],
    span: 3000,
    pattern: /(?<=[(,]\s{0,4}(?:TO_DATE\(|DATE\(|CAST\()?)'(?<v>[A-Za-zÀ-ÿ' -]{2,40}, ?[A-Za-zÀ-ÿ' -]{2,40}|[A-Z][A-Za-zÀ-ÿ'-]{1,30}(?: [A-Z][A-Za-zÀ-ÿ'-]{1,30}){1,3}|(?:19|20)\d\d-[01]\d-[0-3]\d|[A-Z]{0,4}\d{6,10})'(?=\s{0,4}[,)])/,
    mask: 'full',
    validate: (v, ctx) => {
      // The `insert into` keyword within the prefilter's window (2900 characters before the value).
      const back = ctx.text.slice(Math.max(0, ctx.end - 2900), ctx.start);
      if (!/insert into/i.test(back)) return false;
      const col = insertColumnNested(ctx.text, ctx.start - 1);
      if (col === null) return false;
      if (/^\d{4}-/.test(v)) return DOB_COL.test(col);
      if (/\d/.test(v)) return MRN_COL.test(col);
      if (!NAME_COL.test(col)) return false;
      // A bare `name` column names a person only in a table of people (`PATIENT`, `customers`), not of products.
      if (/^(?:name|nam)$/i.test(col)) {
        const table = /INSERT\s+INTO\s+[`"[]?(?:\w+[`"\]]?\.)?[`"[]?(\w+)[^(]{0,40}\([^()]{1,800}\)\s*VALUES\s*(?:\((?:[^()]|\([^()]*\))*\)\s*,\s*)*\((?:[^()]|\([^()]*\))*$/i.exec(ctx.text.slice(Math.max(0, ctx.start - 3000), ctx.start));
        if (!table || !PEOPLE_TABLE.test(table[1]!)) return false;
      }
      return v.includes(',') ? invertedName(v) : fullName(v);
    },
    remediation: 'Export samples with a study id instead of the patient table; never paste patient rows into tickets',
  }),
  defineDetector({
    id: 'csv-person-or-position-cell',
    name: "A person's name, birth date or position in a CSV cell under a column named for it (`RecipientFirstName`, `BRTHDTC`, `LocationLatitude`, `INVNAM`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.6,
    // Header names (the window runs from the header line down over its rows).
    keywords: ['firstname', 'first_name', 'lastname', 'last_name', 'surname', 'brthdtc', 'invnam', 'birthdate', 'birth_date', 'date_of_birth', 'latitude', 'longitude'],
    span: 4000,
    pattern: /(?<=^|[,;\t])(?:"(?<q>[A-Z][A-Za-zÀ-ÿ'-]{1,30}, ?[A-Z][A-Za-zÀ-ÿ'-]{1,30})"|(?<v>[A-Z][a-zß-ÿ'-]{1,30}|(?:19|20)\d\d-[01]\d-[0-3]\d|-?\d{1,3}\.\d{5,8}))(?=$|[,;\t\r\n])/,
    mask: 'full',
    validate: (raw, ctx) => {
      const v = raw.replace(/^"|"$/g, '');
      const col = csvColumnAt(ctx.text, ctx.start, ctx.end);
      if (col === null) return false;
      const c = col.trim().replace(/^"|"$/g, '');
      // Only columns whose names are the prefilter's keywords (so the window always starts at the header).
      if (!CSV_KEY_COL.test(c)) return false;
      if (/^-?\d{1,3}\.\d/.test(v)) {
        if (!LATLON_COL.test(c)) return false;
        const n = Number(v);
        return Math.abs(n) <= 180 && !IMPERSONAL.test(c);
      }
      if (/^\d{4}-/.test(v)) return DOB_COL.test(c);
      if (v.includes(',')) return NAME_COL.test(c) && invertedName(v);
      // One name word: only under a first- or last-name column of a row that holds an e-mail.
      if (!/(?:first|last|given|family|sur)[ _-]?name$/i.test(c) || !personNameT31(`${v} Lee`)) return false;
      const ls = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
      let le = ctx.text.indexOf('\n', ctx.end);
      if (le < 0) le = ctx.text.length;
      return /[\w.+-]+@[\w-]+\.[a-z]{2,}/i.test(ctx.text.slice(ls, le));
    },
    remediation: 'Export survey responses and study data without identifying columns (names, birth dates, positions)',
  }),
  defineDetector({
    id: 'geo-lat-lon-object-under-location',
    name: 'Precise position as a lat/lon object under a location key of a person, device or submission',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.65,
    keywords: ['location', 'position', 'coords', 'geo', 'gps'],
    pattern: /"(?:location|position|coords|coordinates|geo|gps|geolocation|last_location)"\s{0,2}:\s{0,2}\{\s{0,2}"lat(?:itude)?"\s{0,2}:\s{0,2}(?<v>-?\d{1,2}\.\d{5,8}\s{0,2},\s{0,2}"(?:lon|lng|long|longitude)"\s{0,2}:\s{0,2}-?\d{1,3}\.\d{5,8})/i,
    mask: 'full',
    validate: (v, ctx) => {
      const nums = v.match(/-?\d+\.\d+/g) ?? [];
      const [lat, lon] = nums.map(Number) as [number, number];
      const around = ctx.text.slice(Math.max(0, ctx.start - 300), ctx.end + 200);
      return latLonOk(lat, lon) && !IMPERSONAL.test(ctx.text.slice(Math.max(0, ctx.start - 140), ctx.start)) && !VEHICLE.test(around);
    },
    remediation: "Log a coarse region (or nothing) instead of a person's precise position",
  }),
  defineDetector({
    id: 'salt-assignment',
    name: 'Application or password salt assigned in config or code (a salt variable, an APP_SALT env line, a password_salt key)',
    category: 'credential',
    severity: 'medium',
    priority: 47,
    confidence: 0.7,
    keywords: ['salt'],
    pattern: /(?<![\w-])\$?(?<k>(?:[A-Za-z]{1,20}[_-])?salt)["']?\s{0,8}(?:=>?|:)\s{0,3}["'](?<v>[A-Za-z0-9+/=._~!@#%^&*-]{16,128})["']/i,
    mask: 'full',
    validate: (v, ctx) =>
      !/^(?:cache|file|log|sea|table|bath|rock)_?salt$/i.test(ctx.key ?? '') &&
      !HASH_RECORD.test(ctx.text.slice(Math.max(0, ctx.start - 250), ctx.end + 250)) && !isLowEntropy(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && !/^(?:x+|0+|change.?me.*|your.?salt.*)$/i.test(v),
    remediation: 'Rotate the salt (re-hash what it protects) and keep it in a secrets store, not in source',
  }),
  defineDetector({
    id: 'session-id-auth-response',
    name: 'Long session id in an authentication response (`"sessionId":"…"`, 40 characters or more)',
    category: 'credential',
    severity: 'high',
    priority: 47,
    confidence: 0.7,
    keywords: ['"sessionid"', '"session_id"', '"sessiontoken"'],
    pattern: /"(?:sessionId|session_id|sessionToken)"\s{0,2}:\s{0,2}"(?<v>[A-Za-z0-9+/_.-]{40,512}={0,2})"/i,
    mask: 'prefix',
    validate: (v) => !isLowEntropy(v) && !/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(v) && !/^(.)\1+$/.test(v),
    remediation: 'End the session and log authentication responses without their session ids',
  }),
  defineDetector({
    id: 'client-key-beside-url',
    name: 'API key handed to a client constructor together with its URL (`Instance(url, key="…")`)',
    category: 'credential',
    severity: 'high',
    priority: 48,
    confidence: 0.75,
    keywords: ['key='],
    needs: ['('], // a call: `cache_key=…` lines without one are not read
    pattern: /(?<![\w.])[A-Z][A-Za-z0-9_]{2,40}\(\s{0,2}(?:url\s{0,2}=\s{0,2})?(?:[a-z_]{0,20}url|["']https?:\/\/[^"'\s]{1,200}["'])\s{0,2},\s{0,2}(?:api_?)?key=\s{0,2}["'](?<v>[A-Za-z0-9_-]{24,80})["']/,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && /\d/.test(v) && /[a-zA-Z]/.test(v),
    remediation: 'Revoke the key and read it from the environment or a secrets store, not from the call',
  }),
  defineDetector({
    id: 'bank-account-remit-prose',
    name: 'Bank account number named in prose as where to reconcile, remit, credit or deposit (`reconcile to account 0123456789`)',
    category: 'financial',
    severity: 'medium',
    priority: 46,
    confidence: 0.65,
    keywords: ['to account', 'into account', 'to bank account', 'into bank account'],
    pattern: /\b(?:reconcile|remit|credit|deposit|transfer|wire|refund|pay|settle)(?:d|s|ed)?(?: [a-z]{1,12}){0,2} (?:to|into) (?:bank )?account (?:(?:no\.?|number|#) ?)?(?<v>\d{8,17})(?![\d-])/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && !/^(.)\1+$/.test(v),
    remediation: 'Refer to accounts by their last four digits in notes and tickets',
  }),
  defineDetector({
    id: 'ein-labelled-prose',
    name: 'US employer identification number under a tax id / EIN label (checked prefix)',
    category: 'financial',
    severity: 'medium',
    priority: 46,
    confidence: 0.7,
    keywords: ['ein', 'tax id', 'fein', 'employer identification'],
    pattern: /\b(?:EIN|FEIN|Tax ID|Employer Identification Number)\b[^\n:=]{0,40}[:=#][ \t]{0,3}(?<v>\d{2}-\d{7})(?![\d-])/i,
    mask: 'full',
    // Round r73: beside a company's registry numbers on the same line (`cnpj=… duns=… lei=… ein=…` of a vendor master
    // record), the EIN is a company's, public in its filings.
    validate: (v, ctx) => {
      if (!einValid(v)) return false;
      const ls = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      const le = ctx.text.indexOf('\n', ctx.end);
      const line = ctx.text.slice(Math.max(ls, ctx.start - 300), le < 0 ? ctx.end + 300 : Math.min(le, ctx.end + 300));
      const registries = line.match(/\b(?:duns|lei|cnpj|company_?(?:no|number|reg(?:istration)?)|crn|siren|siret|kvk|abn|acn|uen|vat(?:_?(?:id|no|number))?)\s{0,2}[:=]/gi) ?? [];
      return registries.length >= 2 ? { ok: true, public: true, severity: 'info' } : true;
    },
    remediation: 'Keep tax ids in the vendor master; refer to payees by vendor id in messages',
  }),
  defineDetector({
    id: 'person-name-email-subject-for',
    name: "Person's name ending an e-mail subject (`Subject: Honorarium form for Ann Lee`) above a body with their national id or bank details",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.6,
    keywords: ['subject:'],
    span: 800,
    pattern: new RegExp(String.raw`(?<=^|\n)Subject:[^\n]{0,120}? (?:for|of|from|re|regarding|-) (?<v>${FULL})[ \t]*(?=\r?\n)`),
    mask: 'full',
    validate: (v, ctx) => fullName(v) && /\b(?:SIN|SSN|NINO?|NI number|NHS|IBAN|account|routing|transit|sort code|DOB|date of birth|passport)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 500)),
    remediation: "Put a case number, not the person's name, in the subject of mails that carry their identifiers",
  }),
  defineDetector({
    id: 'person-name-before-id-paren',
    name: "Person's name before a parenthesis that gives their health, national or record number (`Ann Lee (NHS number 943 476 5919`)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.65,
    keywords: ['(nhs', '(ssn', '(sin', '(mrn', '(ni number', '(nino', '(patient id', '(medicare'],
    pattern: new RegExp(String.raw`(?<![A-Za-zÀ-ÿ'’-])(?<v>${FULL}) \((?:NHS|SSN|SIN|MRN|NI number|NINO|[Pp]atient [Ii][Dd]|Medicare)\b`),
    mask: 'full',
    validate: (v) => fullName(v.replace(/^(?:for|of|from|to|and|with|by) /i, '')) && !/^(?:For|Of|From|To|And|With|By|The|Please|Hi|Dear) /.test(v),
    remediation: 'Refer to participants by study id in requests; never put their name beside the health number',
  }),
  defineDetector({
    id: 'nino-labelled-prose',
    name: 'UK National Insurance number after an `NI number … :` label with words between (`NI number on the consent form: QQ…`)',
    category: 'personal',
    severity: 'high',
    priority: 46,
    confidence: 0.75,
    keywords: ['ni number', 'ni no', 'national insurance', 'nino'],
    pattern: /\b(?:NI number|NI no|NINO|National Insurance)\b[^\n:]{0,40}:\s{0,2}(?<v>[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D])(?![A-Za-z0-9])/i,
    mask: 'full',
    validate: (v) => ninoValid(v),
    remediation: 'Keep National Insurance numbers in the HR or payroll system; refer to people by id',
  }),
  defineDetector({
    id: 'dob-ddmonyyyy-labelled',
    name: 'Birth date written `06MAY1980` (SAS / clinical DDMONYYYY) after a DOB or birth label',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.7,
    keywords: ['dob', 'd.o.b', 'birth', 'born'],
    pattern: /\b(?:DOB|D\.O\.B\.?|[Dd]ate of [Bb]irth|[Bb]irth ?[Dd]ate|[Bb]orn)[:\s]{1,3}(?<v>[0-3]\d(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)(?:19|20)\d\d)(?![\dA-Za-z])/i,
    mask: 'full',
    validate: (v) => Number(v.slice(0, 2)) >= 1 && Number(v.slice(0, 2)) <= 31,
    remediation: 'Log age bands or study days instead of birth dates',
  }),
  defineDetector({
    id: 'mrn-labelled',
    name: 'Medical record number under an MRN key or label (`"mrn":"…"`, `MRN: …`, a FHIR identifier search with an MRN system, a VCF-style header)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.65,
    keywords: ['mrn', 'medical record', 'medical_record'],
    pattern: /(?<![A-Za-z])(?:MRN|mrn|Mrn|[Mm]edical[ _][Rr]ecord[ _](?:[Nn]umber|[Nn]o\.?|#))(?:["']\s{0,2}:\s{0,2}["']|\s{0,2}[:=#|]\s{0,2}["']?|%7C)(?<v>[A-Z]{0,4}\d[\d-]{4,14}\d)(?![\w-])/,
    mask: 'full',
    validate: (v) => !/^(\d)\1+$/.test(v.replace(/\D/g, '')) && !/^(?:0+|123456\d*)$/.test(v.replace(/\D/g, '')),
    remediation: 'Use a study or encounter id in logs; keep medical record numbers inside the EHR',
  }),
  defineDetector({
    id: 'person-field-in-file-header',
    name: "Patient's or subject's name or birth date in a file's metadata header line (`##PatientName=`, `# SubjectDOB:`)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.65,
    keywords: ['#patient', '#subject', '#donor', '#participant', '# patient', '# subject', '# donor', '# participant'],
    pattern: /(?<=^|\n)#{1,3} ?(?<k>(?:Patient|Subject|Donor|Participant)[ _]?(?:Name|DOB|BirthDate|Birth_Date|DateOfBirth))[ \t]?[=:][ \t]?(?<v>[^\r\n]{4,60}?)[ \t]*(?=\r?\n|$)/i,
    mask: 'full',
    validate: (v, ctx) => {
      if (/name$/i.test(ctx.key ?? '')) return v.includes(',') ? invertedName(v) : fullName(v);
      return /^(?:(?:19|20)\d\d-?[01]\d-?[0-3]\d|[0-3]?\d[./-][01]?\d[./-](?:19|20)\d\d|[01]?\d\/[0-3]?\d\/(?:19|20)\d\d)$/.test(v);
    },
    remediation: 'Write sample ids, not patient details, into VCF, BAM and instrument file headers',
  }),
  defineDetector({
    id: 'hl7-pid-address-field',
    name: "Patient's address in an HL7 v2 PID segment (PID-11: street, other, city, state, zip)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['pid|'],
    pattern: /(?<=^|[\r\n])PID\|(?:[^|\r\n]*\|){10}(?<v>\d{1,6}[A-Za-z]? [A-Za-z][^|^\r\n~]{2,60}(?:\^[^|\r\n~]{0,60}){1,7})(?=[|~\r\n]|$)/,
    mask: 'full',
    validate: (v) => /\^[A-Za-z]/.test(v),
    remediation: 'Log HL7 messages by control id (MSH-10), without PID',
  }),
  defineDetector({
    id: 'soap-login-action-token',
    name: 'Token passed as the parameter of a login action in a SOAP/XML RPC body (`<ActionName>…Login</ActionName><Params>…`)',
    category: 'credential',
    severity: 'high',
    priority: 47,
    confidence: 0.7,
    keywords: ['login</', 'logon</', 'authenticate</', 'signin</'],
    pattern: /<(?:ActionName|Action|Method|MethodName|Operation|Command)>[^<]{0,60}(?:Login|Logon|Authenticate|SignIn)<\/(?:ActionName|Action|Method|MethodName|Operation|Command)>\s{0,4}<(?<t>Params|Parameters|Param|Arguments|Args|Token|Key)>(?<v>[A-Za-z0-9+/_-]{24,256}={0,2})<\/\k<t>>/i,
    mask: 'full',
    validate: (v) => !isLowEntropy(v) && /\d/.test(v) && /[A-Za-z]/.test(v),
    remediation: 'Revoke the interface login token and log SOAP calls without their bodies',
  }),
];

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { findShapes, SHAPE } from '../find-shapes';
import { abaValid } from '../validators';
import { PERSON, personLike } from './paired-names';
import { ciPersonOk } from './names-r32';

/**
 * Round r39 (blind set 39: data engineering and analytics): people and accounts in the failed
 * rows that loaders, data-quality checks and Spark jobs print — a name cell of a delimited row
 * (`|`, `,`, `;`, a Python tuple, a JSON list) whose line also holds a card, an IBAN, a phone, an
 * SSN or a mailbox; a US address line whose street name has no English street type
 * (`6033 Kastanienallee, Savannah, GA 31447`), bounded by its city, state and ZIP; the account of a
 * NACHA entry whose DFI account field is right-justified (the error a validator prints about it);
 * and device and advertising ids (IDFA, GAID) under their keys.
 */

/** Another personal value of the same row: a mailbox, an IBAN, a card-length digit run (an Amex card grouped 4-6-5 too, round r80), a phone, an SSN. */
export const ROW_SIBLING =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}|(?<![\d-])\d{13,19}(?![\d-])|\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}\b|\b3[47]\d{2}[ -]\d{6}[ -]\d{5}\b|\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b|\+\d[\d ()-]{9,16}\d|\b\d{3}-\d{2}-\d{4}\b/;

/** A person's value on a device id's line: a key of a name, mailbox, phone, card, passport, SSN or birth date, or a mailbox. */
const DEVICE_OWNER =
  /(?<![A-Za-z])(?:(?:full|first|last|given|family|sur|subject|customer|holder|cardholder|account_holder|display|legal)[_ -]?name|e-?mail|phone(?:_?number)?|mobile|msisdn|passport(?:_?(?:no|number))?|card(?:_?(?:no|number|num))?|pan|ssn|dob|birth_?date|date_?of_?birth)["']?\s{0,2}[:=]|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;

/** First words of places, organisations and table headers written like names (`San Diego`, `Fort Worth`, `Data Engineering`). */
const NOT_ROW_PERSON =
  /^(?:San|Santa|Santo|Los|Las|Lake|New|Saint|St|Fort|Port|Mount|Mt|El|La|Le|Rio|Glen|Palm|Salt|Great|Little|Old|High|Long|Grand|Baton|Des|Cedar|Ann|Kansas|Sioux|Rapid|Bowling|Falls|Data|Full|Last|First|Email|Phone|Total|Invalid|Bad|Failed|Unknown|Test|Dev|Staging|Prod|Signature|Secret|Token|Api|Session|Password|Publishable|Private|Public|Access|Refresh|Webhook|Cookie)\b/;

/** A person's name in a cell: after a row delimiter (`|`, `,`, `;`, `(`, `: `; `[` only with a quote, not a Markdown link's label) or the opening quote of a row string, before the next one or a run of spaces and a digit. */
const CELL_NAME = new RegExp(
  String.raw`(?:(?<=[|,;(])[ \t]{0,12}['"]?|(?<=\[)['"]|(?<=: )['"]?|(?<=\s)['"])(?<v>${PERSON})['"]?(?=[ \t]{0,12}(?:[|,;)\]\r\n]|$)|[ \t]{2,}[\d(+])`,
);

/** The line around `[start, end)` without the cell itself. */
const lineWithout = (text: string, start: number, end: number): string => {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  return text.slice(from, start) + ' ' + text.slice(end, to);
};

/**
 * True when the line around `at` holds `shape` as the prefilter finds shapes: the detector of that shape runs on the
 * lines that hold it and nowhere else, so its findings are the same whether the prefilter lists it or not. A private
 * IPv4 address (`192.168.100.117`, which has a phone's shape) does not count: the default scanner's prefilter skips it,
 * so counting it here would name a row's SSN cell differently in a full scan and in a scan of every detector.
 */
export const lineHasShape = (text: string, at: number, shape: keyof typeof SHAPE): boolean => {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  let to = text.indexOf('\n', at);
  if (to < 0) to = text.length;
  const pos: number[] = [];
  const bits: number[] = [];
  findShapes(text.slice(from, to), pos, bits, undefined, true);
  return bits.some((b) => (b & SHAPE[shape]) !== 0);
};

const rowNameOk = (v: string, text: string, start: number, end: number): boolean =>
  v.length <= 60 && ciPersonOk(v) && personLike(v) && !NOT_ROW_PERSON.test(v) && ROW_SIBLING.test(lineWithout(text, start, end));

/** One detector a shape: the prefilter lists a detector for the lines holding its shape (a row's card, IBAN or phone). */
const rowNameDetector = (shape: 'card' | 'iban' | 'phone' | 'ssn', what: string): Detector =>
  defineDetector({
    id: `person-name-row-cell-${shape}`,
    name: `Person's name as a cell of a delimited row that also holds ${what} (a loader's rejected row, a data-quality sample)`,
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    shape,
    precheck: { re: /[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’-]{1,30} /, reach: 16 },
    pattern: CELL_NAME,
    mask: 'full',
    validate: (v, ctx) => rowNameOk(v, ctx.text, ctx.start, ctx.end) && lineHasShape(ctx.text, ctx.start, shape),
    remediation: 'Log the row number and the failing column, not the row; keep rejected rows in a restricted error table',
  });

/** US states and the first digits of their ZIP codes (USPS). */
const STATE_ZIP: Record<string, string> = {
  CT: '0', MA: '0', ME: '0', NH: '0', NJ: '0', RI: '0', VT: '0', PR: '0',
  DE: '1', NY: '1', PA: '1',
  DC: '2', MD: '2', NC: '2', SC: '2', VA: '2', WV: '2',
  AL: '3', FL: '3', GA: '3', MS: '3', TN: '3',
  IN: '4', KY: '4', MI: '4', OH: '4',
  IA: '5', MN: '5', MT: '5', ND: '5', SD: '5', WI: '5',
  IL: '6', KS: '6', MO: '6', NE: '6',
  AR: '7', LA: '7', OK: '7', TX: '7',
  AZ: '8', CO: '8', ID: '8', NM: '8', NV: '8', UT: '8', WY: '8',
  AK: '9', CA: '9', HI: '9', OR: '9', WA: '9',
};
const STATES = Object.keys(STATE_ZIP).join('|');
/** A word of a street name in any language: title case, or a lowercase particle (`Rue des Lilas`, `Calle de Alcalá`). */
const STREET_WORD = String.raw`(?:[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][\wÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’.-]{0,30}|de|des|del|della|di|du|da|la|le|las|los|von|van|am|an|der|dem|den|y|e)`;

export const ROWS_R39_DETECTORS: readonly Detector[] = [
  rowNameDetector('card', 'a card number'),
  rowNameDetector('iban', 'an IBAN'),
  rowNameDetector('phone', 'a phone number'),
  rowNameDetector('ssn', 'an SSN'),
  defineDetector({
    id: 'us-address-any-street',
    name: 'US address line whose street name has no English street type (`6033 Kastanienallee, Savannah, GA 31447`), bounded by city, state and ZIP',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    // `, GA 3`: a state code and the first digit of its ZIP codes.
    keywords: Object.entries(STATE_ZIP).map(([st, d]) => `, ${st.toLowerCase()} ${d}`),
    precheck: { re: new RegExp(String.raw`, (?:${STATES}) \d{5}`), reach: 200 },
    pattern: new RegExp(
      String.raw`(?<![\w.-])(?<v>\d{1,6}[A-Za-z]? ${STREET_WORD}(?: ${STREET_WORD}){0,5}, [A-Z][a-z]{1,20}\.?(?:[ -][A-Z][a-z]{1,20}){0,2}, (?:${STATES}) \d{5}(?:-\d{4})?)(?![\w-])`,
    ),
    mask: 'full',
    validate: (v) => {
      const m = /, ([A-Z]{2}) (\d)\d{4}(?:-\d{4})?$/.exec(v);
      return m !== null && STATE_ZIP[m[1]!] === m[2];
    },
    remediation: 'Log the customer id, not the postal address',
  }),
  defineDetector({
    id: 'nacha-account-right-justified',
    name: "Bank account number in a NACHA entry whose DFI account field is right-justified (a validator's error line)",
    category: 'financial',
    severity: 'high',
    priority: 65,
    confidence: 0.8,
    keywords: ['nacha', 'ach file', 'ach entry', 'ach batch', 'ach line', 'ach record', 'ach return', 'ach_file', 'ach-file', 'entry detail', 'entry_detail'],
    span: 400,
    // Record type 6, a transaction code, the routing number (9), then the 17-character account field: spaces, then the
    // account, ending at the field's end (the second lookbehind counts the 17), then the 10-digit amount.
    pattern: /(?<=(?:^|\n)6[23][2-9]\d{9} {1,13})(?<v>[0-9A-Za-z-]{4,16})(?<=(?:^|\n)6\d{11}[ 0-9A-Za-z-]{17})(?=\d{10})/,
    mask: 'full',
    validate: (v, ctx) => {
      const line0 = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      return /\d{4}/.test(v) && !/^0+$/.test(v) && abaValid(ctx.text.slice(line0 + 3, line0 + 12));
    },
    remediation: 'Keep ACH files out of logs and error messages; log the file name and trace number instead',
  }),
  defineDetector({
    id: 'device-advertising-id',
    name: 'Device or advertising id (IDFA, IDFV, GAID, `device_id`) under its key',
    category: 'personal',
    severity: 'low',
    priority: 40,
    confidence: 0.7,
    keywords: ['device_id', 'deviceid', 'device-id', 'idfa', 'idfv', 'gaid', 'advertising_id', 'advertisingid', 'adid', 'aaid'],
    pattern:
      /(?<![\w.-])["']?(?:device[_-]?id|deviceId|DeviceId|DEVICE_ID|idfa|IDFA|idfv|IDFV|gaid|GAID|advertising[_-]?id|advertisingId|adid|aaid)["']?\s{0,2}[:=]\s{0,2}["']?(?<v>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})(?![\w-])/,
    mask: 'full',
    // Only in a person's record: an attribution postback or install event that names no one (`idfa=… gaid=…`) is an
    // SDK's routine traffic (blind set 29's look-alikes); the same id beside a name, mailbox, card or passport ties a
    // device to that person (a fraud review's sample row, blind set 39). The line is read around the value, so the
    // verdict is the same in a line window and in the whole text.
    validate: (v, ctx) => !/^[0-]+$/.test(v) && !/^([0-9a-f])\1{7}-/i.test(v) && DEVICE_OWNER.test(lineWithout(ctx.text, ctx.start, ctx.end)),
    remediation: 'Log a salted hash of the device id, or none; advertising ids are personal data',
  }),
];

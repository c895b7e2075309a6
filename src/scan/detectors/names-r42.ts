import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { csvColumnAt, HEADER_REACH } from '../column-names';
import { PERSON_R32, ciPersonOk, exampleMailboxLine } from './names-r32';

/**
 * Round r42 (blind set 42: logistics, manufacturing and the ERP back office): people's names as ERP,
 * EDI, procurement and fleet systems write them — given and family names in the split columns of a
 * CSV export (`first_name,last_name`), SAP field names in IDoc and BAPI dumps (`NAME1=`, `KOINH=` the
 * bank account holder), X12 `N1` party names, EDIFACT `NAD` party names and `CTA` contacts (and the
 * `COM` phone numbers beside them), cXML `<Name xml:lang>` and `<DeliverTo>`, a person passed as the
 * user of an SAP RFC or database connection (`user="Ann Lee"`), a name and phone in one quoted
 * on-call or contact value, `Contact: Ann Lee, 0742…`, the payee before `, IBAN`, the subject of an
 * HR onboarding ticket, and the `X-Requested-By` header.
 */

/** A name followed by nothing that continues it (a closing quote may follow; an apostrophe and a letter continue it). */
const NAME_END = String.raw`(?![\w’-]|['.]\w| [A-Z][a-z])`;

/** Words of companies, carriers, sites and departments in logistics (`Blue Ridge Freight`, `Harbor Cold Storage`). */
const NOT_PERSON_R42 =
  /\b(?:Logistics|Freight|Transport|Transportation|Trucking|Shipping|Supply|Supplies|Distribution|Manufacturing|Industries|Industrial|Foods?|Steel|Express|Carriers?|Lines|Motors?|Parts|Products|Packaging|Materials|Chemicals?|Energy|Electric|Plastics|Metals|Machinery|Tools|Equipment|Storage|Cold|Depot|Terminal|Port|Harbor|Harbour|Dock|Yard|Plant|Factory|Mill|Works|Farms?|Brands|Trading|Imports?|Exports?|Wholesale|Retail|Outlet|Receiving|Dispatch|Accounts|Payable|Receivable|Procurement|Purchasing|Treasury|Payroll|Vendor|Buyer|Planner|Desk|Team|Dept|Onboarding|Offboarding|Checklist|Form|Packet|Documents?|Training|Orientation|Schedule|Update|Status|Pending|Approved|Process)\b/i;

const personR42 = (v: string, text: string, start: number, end: number): boolean => ciPersonOk(v) && !NOT_PERSON_R42.test(v) && !exampleMailboxLine(text, start, end);

/** A single given or family name word (`Marta`, `O'Connor`, `Van der Berg`, `De Luca`). */
const NAME_CELL = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20}(?:['’-][A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]?[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{1,20})?(?: (?:[a-z]{1,3}|[A-Z][a-z]{1,20})){0,2}`;
/** Column names of a given or a family name. */
const SPLIT_NAME_COLUMN = /^(?:(?:first|given|fore|last|family|sur|middle)[ _-]?names?|surname|lname|fname|vorname|nachname|nombre|apellidos?|prenom|nom)$/i;
/** Cells that are no name: words tables hold in name columns of test and placeholder rows. */
const NOT_A_NAME_CELL = /^(?:Null|None|Unknown|Test|Tester|String|First|Last|Name|Given|Family|Surname|Redacted|Anonymous|User|Admin|Customer|Guest|Example|Sample|Demo|John|Jane|Doe|Smith|True|False|Yes|No|Required|Missing|Invalid|Empty|Blank|Active|Inactive|Pending|Driver|Employee|Manager|Default|Other|Mr|Mrs|Ms|Dr)$/;
/** A row cell that is an e-mail address, a phone or a long digit group. */
const ROW_ID = /[\w.+-]+@[\w-]+\.[a-z]{2,}|\d{6,}|\+?\d{2,4}[ .-]\d{2,4}[ .-]\d{2,6}/i;

/** Header literals of a split-name CSV (a column name beside a delimiter). */
const SPLIT_KEYWORDS = ['first_name', 'firstname', 'last_name', 'lastname', 'given_name', 'family_name', 'surname', 'givenname', 'familyname'].flatMap((n) => [`${n},`, `,${n}`, `${n};`, `;${n}`, `${n}\t`, `\t${n}`, `"${n}",`, `,"${n}"`]);

export const NAMES_R42_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-split-csv-column',
    name: "Person's given or family name in a CSV column named for it (`first_name,last_name`), in a row with a mailbox, phone or id",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.65,
    keywords: SPLIT_KEYWORDS,
    span: HEADER_REACH + 100,
    // `driver_id,first_name,last_name,email` then `386780,Marta,Brennan,brennan.marta1@web.de`: the header names the columns.
    pattern: new RegExp(String.raw`(?<=(?:^|[\n,;\t|])[ \t]{0,3}"?)(?<v>${NAME_CELL})(?="?[ \t]{0,3}(?:[,;\t|\r\n]|$))`),
    mask: 'full',
    validate: (v, ctx) => {
      if (NOT_A_NAME_CELL.test(v) || NOT_PERSON_R42.test(v)) return false;
      const column = csvColumnAt(ctx.text, ctx.start, ctx.end);
      if (column === null || !SPLIT_NAME_COLUMN.test(column.trim().replace(/^"|"$/g, ''))) return false;
      const from = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
      let to = ctx.text.indexOf('\n', ctx.end);
      if (to < 0) to = ctx.text.length;
      const row = ctx.text.slice(from, ctx.start) + ctx.text.slice(ctx.end, to);
      return ROW_ID.test(row) && !/@(?:[\w-]+\.)*example\.(?:com|org|net)\b/i.test(row);
    },
    remediation: "Export driver, employee and customer tables without names (a record id is enough to trace a row)",
  }),
  defineDetector({
    id: 'person-name-sap-field',
    name: "Person's name under an SAP field name in an IDoc or BAPI dump (`NAME1=`, `KOINH=` the account holder, `NAME_CO=`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['name1=', 'name1:', 'name2=', 'koinh', 'name_co=', 'name_first=', 'name_last='],
    // `E1LFA1M  LIFNR=008780608 NAME1=Ann Lee STRAS=…`, `E1LFBKM  BANKS=DE … KOINH=Ann Lee`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_])(?:NAME[1-4]|KOINH|NAME_CO|NAME_FIRST|NAME_LAST|NAMEV)[ \t]{0,2}[=:][ \t]{0,2}"?(?<v>${PERSON_R32})${NAME_END}(?=[ \t]+[A-Z][A-Z0-9_]{2,11}[=:]|"|[ \t]*(?:[,;|\r\n]|$))`),
    mask: 'full',
    validate: (v, ctx) => personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Log IDoc and BAPI failures by document number and status, without the master data fields',
  }),
  defineDetector({
    id: 'x12-n1-party-name',
    name: "Person's name in an X12 N1 party segment (payee, ship-to, bill-to, insured, employee)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.7,
    keywords: ['n1*'],
    // `N1*PE*Ann Lee~` (an 820's payee), `N1*ST*Ann Lee*92*…~`.
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9*])N1\*(?:PE|ST|BT|IL|QC|EE|EM|RI|PR|BY|SO|DV|OB|CN)\*(?<v>${PERSON_R32})(?=~|\*|\r?$|\n)`),
    mask: 'full',
    validate: (v, ctx) => personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Keep X12 documents out of translator logs; an N1 segment names the party, often a person',
  }),
  defineDetector({
    id: 'x12-n3-street-line',
    name: 'Street line in an X12 N3 segment under a person named in N1',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.7,
    keywords: ['n3*'],
    span: 120,
    spanBack: 1,
    // `N1*ST*Ann Lee~N3*Am Hafen 80~`: the N3 after an N1 that names a person is their address.
    pattern: new RegExp(String.raw`(?<=(?<![A-Za-z0-9*])N1\*[A-Z0-9]{2}\*(?<n>${PERSON_R32})(?:\*[^~\n]{0,40})?~\r?\n?[ \t]{0,2}N3\*)(?<v>[^*~\n]{4,55})(?=~|\*)`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!/\d/.test(v) || !/[A-Za-zÀ-ÿ]{2}/.test(v)) return false;
      const n = /N1\*[A-Z0-9]{2}\*([^*~\n]+)[^\n]*~\r?\n?[ \t]{0,2}N3\*$/.exec(ctx.text.slice(Math.max(0, ctx.start - 160), ctx.start));
      return n !== null && personR42(n[1]!, ctx.text, ctx.start, ctx.end);
    },
    remediation: 'Keep X12 documents out of translator logs; N1/N3/N4 segments hold a person\'s address',
  }),
  defineDetector({
    id: 'person-name-parens-after-mailbox',
    name: "Person's name in parentheses at the end of a line that gives their own mailbox (`user=ann.lee@corp.com terminal=… (Ann Lee)`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: ['user=', 'user:', 'login=', 'email='],
    pattern: new RegExp(String.raw`\((?<v>${PERSON_R32})\)[ \t]*(?=\r?\n|$)`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!personR42(v, ctx.text, ctx.start, ctx.end)) return false;
      const from = ctx.text.lastIndexOf('\n', ctx.start - 1) + 1;
      const line = ctx.text.slice(from, ctx.start);
      const words = v.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z ]/g, '').split(' ').filter((w) => w.length > 1);
      const first = words[0] ?? '';
      const last = words[words.length - 1] ?? '';
      return [...line.matchAll(/(?:user|login|email|mail|account)[=:]\s?([\w.+-]{2,64})@[\w-]+(?:\.[\w-]+)+/gi)].some((m) => {
        const local = m[1]!.toLowerCase().replace(/[^a-z]/g, '');
        return last.length > 2 && local.includes(last) && (local.includes(first) || local.startsWith(first[0]!));
      });
    },
    remediation: "Log the user's id or mailbox, not also their name",
  }),
  defineDetector({
    id: 'edifact-party-name',
    name: "Person's name in an EDIFACT NAD party name or CTA contact (`NAD` then `CTA` segments)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.7,
    keywords: ['nad+', 'cta+'],
    // NAD: qualifier, party id (C082), name and address (C058), party name (C080); CTA: function, then C056 `code:name`.
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:NAD\+[A-Z0-9]{1,3}\+[^+'\n]{0,40}\+[^+'\n]{0,80}\+|CTA\+[A-Z]{1,3}\+[^:+'\n]{0,17}:)(?<v>${PERSON_R32})(?=[:+'\n]|\r?$)`),
    mask: 'full',
    validate: (v, ctx) => personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Keep EDIFACT messages out of translator logs; NAD and CTA segments name people with their addresses and numbers',
  }),
  defineDetector({
    id: 'edifact-com-phone',
    name: 'Phone or fax number in an EDIFACT COM segment (`COM` segment, qualifier TE or FX)',
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.7,
    keywords: ['com+'],
    pattern: /(?<![A-Za-z.])COM\+(?<v>\+?\d[\d ()-]{6,22}\d)\??:(?:TE|FX|AL|AJ|AV)(?=['+\n]|\r?$)/,
    mask: 'full',
    validate: (v) => {
      const d = v.replace(/\D/g, '');
      return d.length >= 8 && d.length <= 16 && !/^(\d)\1+$/.test(d);
    },
    remediation: 'Keep EDIFACT messages out of translator logs; COM segments carry contacts\' numbers',
  }),
  defineDetector({
    id: 'person-name-cxml-name',
    name: "Person's name in a cXML address or delivery element (`<Name xml:lang=\"en\">Ann Lee</Name>`, `<DeliverTo>`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['<name xml:lang=', '<deliverto>'],
    pattern: new RegExp(String.raw`<(?:Name xml:lang="[A-Za-z-]{2,8}"|DeliverTo)>(?<v>${PERSON_R32})</(?:Name|DeliverTo)>`),
    mask: 'full',
    validate: (v, ctx) => personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Log cXML documents by payloadID and order id, without their addresses',
  }),
  defineDetector({
    id: 'person-name-connection-user',
    name: "Person's name passed as the user of a connection call (`Connection(…, user=\"Ann Lee\", passwd=…)`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['user="', "user='", 'username="', "username='", 'user_name="', "user_name='"],
    pattern: new RegExp(String.raw`(?<![\w.-])(?:user|username|user_name)[ \t]{0,2}=[ \t]{0,2}["'](?<v>${PERSON_R32})["'](?=[ \t]{0,2}[,)])`),
    mask: 'full',
    validate: (v, ctx) => personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Connect with a technical user and keep connection parameters out of tracebacks and logs',
  }),
  defineDetector({
    id: 'person-name-with-phone-in-value',
    name: "Person's name with their phone number in one quoted on-call or contact value (`on_call: \"Ann Lee 0757 346 749\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['on_call', 'oncall', 'on-call', 'contact"', "contact'", 'contact:', 'contact=', 'contact_', 'contact-', 'dispatcher', 'emergency', 'escalation', 'supervisor'],
    // The key's separator and a quoted capital first (`: "A`): most lines with `contact` have none.
    precheck: { re: /[:=][ \t]{0,2}["'][A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/, reach: 40 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:[Oo]n[_-]?[Cc]all|[Cc]ontact|[Dd]ispatcher|[Ee]mergency|[Ee]scalation|[Ss]upervisor)(?:[_-][\w-]{0,20})?["']?[ \t]{0,2}[:=][ \t]{0,2}["'](?<v>${PERSON_R32})(?=,?[ \t](?:\+\d|\(\d{2,4}\)|0\d)[\d ()-]{6,18}["'])`,
    ),
    mask: 'full',
    validate: (v, ctx) => /^[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/.test(v) && personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Reference the on-call schedule or the contact record by id in configs and alerts, not the person',
  }),
  defineDetector({
    id: 'person-name-contact-label-phone',
    name: "Person's name after a `Contact:` label, before their phone or mailbox (`Contact: Ann Lee, 07429 064131`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['contact: ', 'contact person: ', 'ansprechpartner: '],
    pattern: new RegExp(String.raw`(?<![\w-])(?:[Cc]ontact(?: [Pp]erson)?|Ansprechpartner):[ \t]{1,2}(?<v>${PERSON_R32})(?=,?[ \t]{1,2}(?:\+\d|\(\d{2,4}\)|0\d|[\w.+-]+@[\w-]+\.)|[ \t]*<[\w.+-]+@)`),
    mask: 'full',
    validate: (v, ctx) => personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Link tickets to the supplier or customer record instead of copying the contact into them',
  }),
  defineDetector({
    id: 'person-name-before-iban',
    name: "Payee's name before their IBAN (`refund to Ann Lee, IBAN GB82 …`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: [', iban', ' iban:'],
    pattern: new RegExp(String.raw`\b(?:to|for|payee|beneficiary|holder|name)[: ]{1,2}(?<v>${PERSON_R32}),?[ \t](?:IBAN|iban)\b`),
    mask: 'full',
    validate: (v, ctx) => personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Keep payment instructions out of chat logs; refer to the payee record by id',
  }),
  defineDetector({
    id: 'person-name-hr-ticket-subject',
    name: "Person's name an HR ticket is about (`New driver onboarding: Ann Lee`, `Offboarding: Ann Lee`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['onboarding: ', 'offboarding: ', 'onboarding for ', 'offboarding for ', 'new hire: ', 'termination: '],
    pattern: new RegExp(String.raw`\b(?:[Oo]nboarding|[Oo]ffboarding|[Nn]ew hire|[Tt]ermination)(?::| for)[ \t](?<v>${PERSON_R32})${NAME_END}(?=[ \t]*(?:\r?\n|$|\(|,|[ \t]-[ \t]))`),
    mask: 'full',
    validate: (v, ctx) => personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Title HR tickets by employee id; keep the person in the HR system',
  }),
  defineDetector({
    id: 'street-address-under-home-key',
    name: 'Home address under a `home:` or `residence` key (`home: "90 Kingsway, Leeds LS9 4RH"`: any street name, a postcode after the town)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['home:', 'home":', "home':", 'home=', 'residence', 'domicile'],
    pattern: /(?<![\w-])(?:[Hh]ome|HOME|[Rr]esidence|[Dd]omicile)(?:[_-]?(?:[Aa]ddr(?:ess)?|ADDR(?:ESS)?))?["']?[ \t]{0,2}[:=][ \t]{0,2}["'](?<v>\d{1,5}[A-Za-z]?,? [A-ZÀ-Þ][^"'\n]{2,70}?)["']/,
    mask: 'full',
    // A town and a postcode after the street: UK (`LS9 4RH`), US (`IL 60652`), Dutch (`1490 KR`), or a 4–5 digit code before the town.
    validate: (v) => /, [^,\d]{2,40}(?:,? (?:[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|[A-Z]{2} \d{5}(?:-\d{4})?))$|, \d{4,5}(?: [A-Z]{2})? [A-ZÀ-Þ][^,\d]{1,40}$/.test(v),
    remediation: "Reference the employee or driver record by id in configs and alerts, not their home address",
  }),
  defineDetector({
    id: 'person-name-requested-by-header',
    name: "Person's name in an `X-Requested-By` request header",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['requested-by:'],
    pattern: new RegExp(String.raw`(?<![\w-])(?:[Xx]-)?[Rr]equested-[Bb]y:[ \t]{0,2}(?<v>${PERSON_R32})${NAME_END}(?=[ \t]*(?:\r?\n|$))`),
    mask: 'full',
    validate: (v, ctx) => /^[A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/.test(v) && personR42(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Send a user id or the client name in X-Requested-By, not a person',
  }),
];

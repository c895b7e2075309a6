import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { isRobotMailbox } from '../public-values';
import { streetLineF26 } from './addresses-f26a';
import { NAME_COLUMN, personLike } from './paired-names';

/**
 * Round f26a: people's names in worldwide commerce payloads (payments, payouts, shipping, messaging,
 * ERP), where the key names a person's role in many naming styles and languages, in message greetings,
 * in mail headers, in NACHA entry records, in ISO 20022 parties and in form-encoded bodies.
 */

/** An initial capital of a name word: ASCII, Latin-1 and Latin Extended-A (`Ł`, `Ş`, `İ`, `Ž`). */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** The rest of a name word (`ń`, `ş`, `ğ`, `ı` too). */
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** A name word in title case (`O'Neil`, `Joon-ho`, `Kamiński`, `Şahin`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
/** Lowercase particles of family names (`van der`, `de la`, `dos`, `bin`). */
// Round r65: Irish `Ó`/`Ní` too (`Camille Ó Súilleabháin`).
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|bin|binti|al|el|Ó|Ní)`;
/** A person's full name: two to four title-case words, particles between them (`Priya Van der Berg`). */
export const PERSON_F26 = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;

/** `re` (a regex source of lowercase key names) matching any letter case (the value's pattern stays case-sensitive). */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Roles of a person in a commerce record (payer, consignee, account holder…), English and Romance. */
const ROLE = String.raw`consumer|customer|client|cliente|buyer|shopper|purchaser|orderer|sender|receiver|recipient|consignee|shipper|addressee|payer|payee|beneficiary|beneficiario|favorecido|destinatario|remitente|titular|card_?holder|account_?holder|holder|account|bank_?account|debtor|creditor|seller|person|contact|full|legal|member|employee|driver|passenger|guest|travell?er|applicant|owner|signer|signatory|insured|receptor|ordenante|comprador|pagador|vendedor|empfaenger|kontoinhaber|inhaber|klant|kunde`;

/** Roles that name a person as a key of their own (`"holder":"Ann Lee"`, `"consignee":…`, `seller=…`). */
const BARE_ROLE = String.raw`consumer|customer|cliente|buyer|shopper|sender|receiver|recipient|consignee|shipper|addressee|payer|payee|beneficiary|beneficiario|favorecido|destinatario|remitente|titular|card_?holder|account_?holder|holder|debtor|creditor|seller|applicant|candidate|signer|signatory|insured|printas|comprador|pagador|empfaenger|kontoinhaber|inhaber`;

/**
 * Keys of a person's name: a role then `name` (`consumerName`, `account_name`, `cardHolderName`,
 * `BusinessPartnerFullName`, `personName`), `name` then a Romance role (`nombreBeneficiario`,
 * `nome_titular`, `nom_client`), or the bare role (`"holder":`, `"consignee":`, `seller=`, `"nome":`).
 */
const ROLE_NAME_KEY = String.raw`(?:[A-Za-z]{0,24}?(?:${anyCase(ROLE)})[_.-]?(?:${anyCase('full')}[_-]?)?${anyCase('name')}|[A-Za-z]{0,24}?${anyCase('full')}[_-]?${anyCase('name')}|${anyCase(String.raw`(?:nombre|nome|nom)(?:[_-]?(?:del?|do|da|du)?[_-]?(?:${ROLE}|completo|complet))?|${BARE_ROLE}`)})`;

/** Sibling identifiers of the same record: a contact, an account, a card, a national or tax id, a birth date, an address. */
const SIBLING = /[\w.+%-]+(?:@|%40)[\w-]+\.[a-z]{2,}|\+\d[\d ()-]{7,16}\d|(?<![\w-])0\d{9,10}(?![\w-])|e-?mail|phone|mobile|msisdn|iban|account|acct|cuenta|conta\b|clabe|\bpan\b|card|cpf|cnpj|curp|\brfc|passport|dob\b|birth|nascimento|address|street|logradouro|endere[cç]o|direcci[oó]n|\bnik\b|tckn|identity|national|doc_?num|id_?n(?:o|um)|ssn\b|tax_?id|chave|pix|bsb|routing|sort_?code/i;

/** Strong identifiers only (a bare `name` key is anything's name: a product's beside the buyer's e-mail). */
const STRONG_SIBLING = /\b(?:dob|birth_?date|date_?of_?birth|passport\w{0,8}|ssn|nino|bsn|national_?id|doc_?number|tax_?id|cpf|curp|iban|codice_fiscale|nik|tckn|[A-Z_]{2,20}_ID)\s{0,2}[=:]/i;

/** Words that end a greeting's name in other scripts' messages: a second greeting word, not a name. */
const NOT_NAME_WORD = /\b(?:World|There|Everyone|All|Friend|Friends|Team|Sir|Madam|Customer|Kunde|Cliente|Client|Express|Delivery|Shipping|Pickup|Return|Returns|Refund|Pending|Cancelled|Canceled|Priority|Courier|Mail|Post|Parcel|Tracking)\b/;

/** Words of a sender that is a service, not a person (`Acme Notifications`, `Shop Updates`). */
const NOT_MAILBOX_NAME = /\b(?:Notifications?|Alerts?|Updates|News|Newsletter|Info|Noreply|Accounts|Orders|Receipts|Marketing|Mailer|Daemon|Digest|Reports?|Jenkins|Builder|Deploy|Monitor|Monitoring)\b/;

/** True when `v` is a person's name (no company, product or placeholder word). */
const nameOk = (v: string): boolean => personLike(v) && !NOT_NAME_WORD.test(v);

/** Greetings that open a message to a person (`Hi Ann Lee,`, `Hallo Felix Fischer,`, `Olá João Silva,`). */
const GREETING = String.raw`Hi|Hello|Hey|Dear|Hallo|Liebe[r]?|Sehr geehrte[r]? (?:Frau|Herr)|Hola|Estimad[oa]|Querid[oa]|Ola|Prezad[oa]|Car[oa]|Gentile|Ciao|Buongiorno|Bonjour|Cher|Beste|Geachte|Hoi|Hej|Hei|Merhaba|Halo|Namaste|Witaj|Dzień dobry|Szanown[ya]`;

/** Greetings with a letter outside ASCII, which the prefilter's keywords cannot hold. */
const NON_ASCII_GREETING = /^(?:Olá|Chère|Kära|Sayın|Señora?|Hyvä|Drogi|Droga|Vážen[ýá]|Poštovan[ia])$/;

/** NACHA record type 6 with a live transaction code (as nacha-entries.ts reads it). */
const ENTRY = String.raw`(?:^|\n)6[23][2378]`;
/** Company words in an upper-case NACHA name field: a business, not a person. */
const NOT_PERSON_UPPER = /\b(?:INC|LLC|LTD|CORP|CO|COMPANY|BANK|GROUP|SERVICES?|PAYROLL|TRUST|FUND|HOLDINGS|PARTNERS|ASSOC|ASSOCIATION|CLUB|STORE|SHOP|SUPPLY|TEST|DEMO|SAMPLE|DOE|CHECKING|SAVINGS|ACCOUNT|REFUND|VENDOR|OFFSET)\b/;

/** A form value decoded: `+` is a space, `%XX` its byte (null when the escapes are broken). */
function formDecoded(v: string): string | null {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** A name key of a form (`senderName`, `buyer_name`, `customer[name]`, `holder_name`, `nome`). */
const FORM_NAME_KEY = new RegExp(String.raw`^(?:${ROLE_NAME_KEY}|(?:(?:${anyCase(BARE_ROLE)})[_.[\]-]{1,2})?${anyCase('name')}\]?)$`);
/** A Han-script name of two to four characters (`陈芳`, `王静明`). */
const HAN_NAME = /^[\u4e00-\u9fff]{2,4}$/;


/** The column an SQL statement before `at` binds placeholder `p` to (`$1`, `@p0`, `:name`): `col = p`, or the place of `p` in `INSERT … (cols) VALUES (…)`. */
function sqlColumnOf(text: string, at: number, p: string): string | null {
  const before = text.slice(Math.max(0, at - 4400), at);
  const esc = p.replace(/[$]/g, '\\$');
  const cmp = new RegExp(String.raw`([\w."\x60\[\]]{1,80})\s{0,3}=\s{0,3}${esc}(?![\w])`, 'i').exec(before);
  const strip = (c: string): string => c.trim().replace(/^.*\./, '').replace(/^[\x60"[]|[\x60"\]]$/g, '');
  if (cmp) return strip(cmp[1]!);
  const all = [...before.matchAll(/\(([^()]{1,800})\)\s{0,3}values\s{0,3}\(((?:[^()]|\([^()]{0,80}\)){1,800})\)/gi)];
  const ins = all[all.length - 1];
  if (!ins) return null;
  const place = ins[2]!.split(',').findIndex((x) => x.trim() === p);
  const cols = ins[1]!.split(',');
  return place >= 0 && place < cols.length ? strip(cols[place]!) : null;
}

/** Columns of a person's record beside a bare `name` column (`INSERT INTO customers (name, email, cpf)`). */
const PERSONAL_COLUMNS = /\((?:[^()]{0,400}[\s,(\x60"])?(?:e_?mail|phone|mobile|cpf|ssn|iban|birth_?date|dob|passport|national_id|tax_id)\b/i;

export const NAME_F26A_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-role-key',
    name: "Person's name under a key naming their role (consumer, holder, consignee, beneficiary…), beside another identifier of the record",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    // Round r44: a bare `customer` key too (`customer="Oskar Brandt"`), which no other keyword's window need reach on a long line.
    // Round r81: German `kontoinhaber=`/`empfaenger=` keys (in ROLE and BARE_ROLE) too: on a long line cut into windows, `name` elsewhere did not reach them.
    keywords: ['name', 'printas', 'holder', 'payee', 'beneficiar', 'recipient', 'consignee', 'seller', 'buyer', 'nome', 'nombre', 'titular', 'favorecido', 'destinatario', 'applicant', 'candidate', 'customer=', 'customer:', 'customer"', '"customer', 'inhaber', 'empfaenger'],
    // `"consumerName":"Nicolas Moreau"`, `'personName': 'Ann Lee'`, `"nombreBeneficiario":"Luis López"`, `<PersonName>…</PersonName>`,
    // `seller=Ayşe Öztürk email=…`, `holder=Haruto Tanaka|passport_no=…`, `:account_name=>"Ann Lee"`.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<k>${ROLE_NAME_KEY})(?:\\{0,3}["']?\s{0,2}(?:=>|[:=])\s{0,2}\\{0,3}["']|>|=|: )(?<v>${PERSON_F26})` +
        String.raw`(?=\\{0,3}["']|</|\s{1,3}[A-Za-z_][\w.-]{0,30}=|\s{0,2}[|,;&)}\]\r\n]|$)`,
    ),
    mask: 'full',
    validate: (v, ctx) => {
      if (!nameOk(v)) return false;
      const bare = /^(?:nome|nombre|nom)$/i.test(ctx.key ?? '');
      return nearby(bare ? STRONG_SIBLING : SIBLING, ctx.text, ctx.start, ctx.end, bare ? 200 : 300) || (bare && nearby(SIBLING, ctx.text, ctx.start, ctx.end, 300));
    },
    remediation: "Log customer, payee and recipient records by id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-under-bare-name-key',
    name: "Person's name under a bare `name` key beside a birth date, national id, passport or IBAN",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.6,
    keywords: ['name=', 'name:', 'name":', "name':"],
    // `NINO=ZY203135D name=Isla Davies dob=05/10/1995`, `{"name":"Ann Lee","date_of_birth":"…","passport":"…"}`.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_.-])(?<k>[Nn]ame|NAME)(?:["']?\s{0,2}[:=]\s{0,2}["']|=|: )(?<v>${PERSON_F26})(?=["']|\s{1,3}[A-Za-z_][\w.-]{0,30}=|\s{0,2}[|,;)}\]\r\n]|$)`,
    ),
    mask: 'full',
    validate: (v, ctx) => nameOk(v) && nearby(STRONG_SIBLING, ctx.text, ctx.start, ctx.end, 160),
    remediation: "Log onboarding and KYC records by id, without the person's name",
  }),
  defineDetector({
    id: 'person-name-in-greeting',
    name: "Person's full name in a message greeting (`Hi Ann Lee,`, `Hallo Felix Fischer,`, `Olá João Silva,`)",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.6,
    keywords: ['hi ', 'hello ', 'hey ', 'dear ', 'hallo ', 'liebe', 'geehrte', 'hola ', 'estimad', 'querid', 'ola ', 'prezad', 'caro ', 'cara ', 'gentile ', 'ciao ', 'buongiorno ', 'bonjour ', 'cher ', 'beste ', 'geachte ', 'hoi ', 'hej ', 'hei ', 'merhaba ', 'halo ', 'namaste ', 'witaj ', 'dobry ', 'szanown'],
    // An SMS, push or mail body: `"body":"Hallo Felix Fischer, Ihre Bestellung …"`, `alert: { body: 'Hi Aoi Watanabe, your parcel …' }`.
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:${GREETING}) (?<v>${PERSON_F26})(?=\s{0,2}[,!]|\s[-–] )`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Log message sends by message id and template, without the rendered body that greets the person",
  }),
  defineDetector({
    id: 'person-name-in-message-greeting',
    name: "Person's full name after a greeting word that opens a message body (`\"body\":\"Olá João Silva, …\"`, `Chère Anne Roy,`, `Sayın Ayşe Öztürk,`)",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.6,
    // The prefilter's keywords are ASCII: a greeting with a letter outside it is looked for where a message field opens.
    keywords: ['body":"', 'body": "', "body: '", 'text":"', 'text": "', 'message":"', 'message": "', 'alert":"', 'content":"'],
    pattern: new RegExp(String.raw`(?:body|text|message|alert|content)(?:": ?"|: ')(?<g>[A-Za-zÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{2,12}) (?<v>${PERSON_F26})(?=\s{0,2}[,!])`),
    mask: 'full',
    validate: (v, ctx) => {
      const word = /([A-Za-zÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]+) $/.exec(ctx.text.slice(Math.max(0, ctx.start - 14), ctx.start))?.[1] ?? '';
      return NON_ASCII_GREETING.test(word) && nameOk(v);
    },
    remediation: "Log message sends by message id and template, without the rendered body that greets the person",
  }),
  defineDetector({
    id: 'person-name-in-mailbox',
    name: "Person's name as the display name of an e-mail address (`\"Ann Lee\" <ann@…>`, `To: Ann Lee <ann@…>`)",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.6,
    keywords: ['" <', "' <", 'to: ', 'from: ', 'cc: ', 'reply-to: '],
    // SMTP transcripts and mail headers: `To: "Johan Naidoo" <johan@…>`, `Cc: Lena Becker <lena@…>`; a masked mailbox keeps the name a leak (`"Ann Lee" <a***@…>`).
    pattern: new RegExp(String.raw`(?:^|[\s:,;<(\[])(?:"(?<v>${PERSON_F26})"|'(?<w>${PERSON_F26})'|(?<=(?:^|\n|[Tt]o|[Ff]rom|[Cc]c|[Rr]eply-[Tt]o): )(?<u>${PERSON_F26})) <[\w.+*-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}>`),
    mask: 'full',
    // A robot's mailbox (`Acme Notifications <notifications@…>`, `"Shop Updates" <noreply@…>`) names no person.
    validate: (v, ctx) => {
      const box = /<([\w.+*-]{1,64})@([\w.-]{1,200})>/.exec(ctx.text.slice(ctx.end, ctx.end + 280));
      return nameOk(v) && !NOT_MAILBOX_NAME.test(v) && (box === null || !isRobotMailbox(box[1]!, box[2]!));
    },
    remediation: 'Log mail sends by message id, without the recipient mailbox',
  }),
  defineDetector({
    id: 'person-name-iso20022-party',
    name: "Person's name of a debtor or creditor in an ISO 20022 message (pain.001/pain.008/pacs.008)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.7,
    keywords: ['dbtr>', 'cdtr>'],
    span: 200, // pretty-printed XML puts `<Nm>` on the next line
    // `<Dbtr><Nm>Lucía Ruiz</Nm><PstlAdr>…`, `<UltmtCdtr><Nm>…</Nm>`: the mandate's or transfer's party.
    pattern: new RegExp(String.raw`<(?:Ultmt)?(?:Dbtr|Cdtr)>\s{0,8}<Nm>(?<v>${PERSON_F26})</Nm>`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: 'Keep payment files out of logs; log the message id and end-to-end id instead',
  }),
  defineDetector({
    id: 'person-name-nacha-entry',
    name: "Individual's name in a NACHA entry-detail record (positions 55-76)",
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['622', '623', '627', '628', '632', '633', '637', '638'],
    lineStart: true,
    // `6221261450305741028595       0000423038SHOP60816634077JESSICA BROWN           0755748126056055`.
    // Round r36: capitals with diacritics too (`WIŚNIEWSKA HIROSHI`): originators copy the name as the customer gave it.
    pattern: new RegExp(String.raw`${ENTRY}\d{9}[0-9A-Za-z -]{17}\d{10}[0-9A-Za-z -]{15}(?<v>[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'.-]{0,20}(?: [A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'.-]{0,20}){1,3})(?= {0,21}(?:[0-9A-Z ]{2}[01]\d{15}|\r?$|\n|[01]\r?(?:$|\n)))`),
    mask: 'full',
    validate: (v, ctx) => {
      const lineAt = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      return ctx.start - lineAt === 54 && v.length <= 22 && !NOT_PERSON_UPPER.test(v);
    },
    remediation: 'Keep ACH files out of logs and error messages; log the file name and trace number instead',
  }),
  defineDetector({
    id: 'person-name-form-encoded',
    name: "Person's name in a form-encoded body or query string, under a name key beside another identifier",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.65,
    keywords: ['name=', 'name%5d=', 'name]=', 'holder=', 'nome=', 'nombre='],
    // PagSeguro `senderName=Jo%C3%A3o+Pereira&senderCPF=…`, Alipay `buyer_name=%E9%99%88%E8%8A%B3&buyer_id_no=…`.
    pattern: /(?<![^\s?&"';])(?<k>[A-Za-z_][\w.[\]%-]{0,40}?)=(?<v>[^&\s"'<>=]{2,120}?)(?=[&\s"'<]|$)/,
    mask: 'full',
    validate: (v, ctx) => {
      if (!/[+%]/.test(v)) return false;
      const key = (formDecoded(ctx.key ?? '') ?? '').replace(/%5[BbDd]/g, '');
      if (!FORM_NAME_KEY.test(key)) return false;
      const value = formDecoded(v);
      if (value === null) return false;
      const person = new RegExp(`^${PERSON_F26}$`).test(value) && nameOk(value);
      if (!person && !HAN_NAME.test(value)) return false;
      return nearby(SIBLING, ctx.text, ctx.start, ctx.end, 300);
    },
    remediation: "Log request bodies without the person's name (log a customer id instead)",
  }),
  defineDetector({
    id: 'person-name-sql-parameter',
    name: "Person's name bound to a name column in a logged SQL statement (Postgres parameters, T-SQL sp_executesql)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['log:  execute ', 'log:  bind ', 'log:  statement: ', 'ms  execute ', 'ms  bind ', 'statement:  insert ', 'statement:  update ', 'sp_executesql'],
    span: 4600,
    // `STATEMENT:  INSERT INTO customers (name, email, …) VALUES ($1, $2, …)` then `DETAIL:  parameters: $1 = 'Ann Lee', …`;
    // `exec sp_executesql N'INSERT INTO dbo.Payouts (HolderName, Iban) VALUES (@p0, @p1)',N'…',@p0=N'Ann Lee',…`.
    pattern: new RegExp(String.raw`(?<![\w$@])(?<k>\$\d{1,3}|@[A-Za-z_]\w{0,30})(?: = |=)N?'(?<v>${PERSON_F26})'`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!nameOk(v)) return false;
      const column = sqlColumnOf(ctx.text, ctx.matchStart ?? ctx.start, ctx.key ?? '');
      if (column === null) return false;
      if (NAME_COLUMN.test(column)) return true;
      return /^name$/i.test(column) && PERSONAL_COLUMNS.test(ctx.text.slice(Math.max(0, ctx.start - 4400), ctx.start));
    },
    remediation: 'Stop logging statement parameters (Postgres: log_parameter_max_length = 0) or log by record id',
  }),
  defineDetector({
    id: 'person-name-template-parameter',
    name: "Person's name as the first parameter of a messaging template (WhatsApp/Infobip placeholders)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.6,
    keywords: ['placeholders', 'parameters'],
    // Infobip `"templateData":{"body":{"placeholders":["Ann Lee","ORD-1"]}}`, WhatsApp Cloud `"parameters":[{"type":"text","text":"Ann Lee"}]`.
    pattern: new RegExp(String.raw`(?:"placeholders"\s{0,2}:\s{0,2}\[\s{0,2}|"parameters"\s{0,2}:\s{0,2}\[\s{0,2}\{\s{0,2}"type"\s{0,2}:\s{0,2}"text"\s{0,2},\s{0,2}"text"\s{0,2}:\s{0,2})"(?<v>${PERSON_F26})"`),
    mask: 'full',
    validate: (v, ctx) => nameOk(v) && nearby(/"(?:to|destination|recipient|phone(?:_?number)?|msisdn)"\s{0,2}:\s{0,2}"?\+?\d{8,15}|template/i, ctx.text, ctx.start, ctx.end, 400),
    remediation: 'Log template sends by message id, without the template parameters that carry the person',
  }),
  defineDetector({
    id: 'person-name-after-order-ref',
    name: "Person's name in parentheses after an order, delivery or shipment reference (`order SO123 (Ann Lee)`)",
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.6,
    keywords: ['order #', 'order no', 'for order', 'of order', 'delivery of', 'delivery for', 'shipment', 'parcel', 'booking'],
    // `Nominatim 403 for delivery of SO5538444 (Bram Smit): GET …`, `refund for order #10023 (Ana Ruiz) failed`.
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:[Oo]rder|[Dd]elivery|[Ss]hipment|[Pp]arcel|[Bb]ooking|[Ii]nvoice)(?: of| for| no\.?| id)? #?(?=[A-Z0-9-]{0,8}\d)[A-Z0-9][A-Za-z0-9-]{3,23} \((?<v>${PERSON_F26})\)`),
    precheck: { re: / \([A-ZÀ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/, reach: 60 },
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Log orders and deliveries by id, without the customer's name",
  }),
  defineDetector({
    id: 'person-name-idoc-segment',
    name: "Person's name in an SAP IDoc customer or vendor master segment (E1KNA1M NAME1, E1LFA1M)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['e1kna1m', 'e1lfa1m'],
    lineStart: true,
    // `E1KNA1M   K832865867Carmen Torres        Calle Gran Vía, 27, 6º B   28014 Madrid   0607 002 615`: the first name field after the key.
    pattern: new RegExp(String.raw`(?:^|\n)E1(?:KNA1M|LFA1M)[^\n]{0,60}?(?<v>${PERSON_F26})(?= {2}|\r?$|\n)`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: 'Log IDoc failures by IDoc number and status, without the segment data',
  }),
  defineDetector({
    id: 'idoc-segment-street-or-phone',
    name: 'Street line or phone number in an SAP IDoc customer or vendor master segment (E1KNA1M STRAS, TELF1)',
    category: 'personal',
    severity: 'medium',
    // Above street-address-nordic (44): both find `Storgatan 60A` in a segment, and a tie would be settled by match order.
    priority: 45,
    confidence: 0.7,
    keywords: ['e1kna1m', 'e1lfa1m'],
    lineStart: true,
    span: 400,
    // The fixed-width fields after the name: the street (`Kerkstraat 82A`), the postcode and city, the phone (`0622 275 781`).
    pattern: /(?<=(?:^|\n)E1(?:KNA1M|LFA1M)[^\n]{10,300} {2})(?<v>\+?\d{2,4}(?:[ -]\d{2,4}){1,4}|[^\s\d][^\n]{3,45}?\d[^\n]{0,20}?)(?= {2}|\r?$|\n)/,
    mask: 'full',
    validate: (v) => (/^\+?[\d -]+$/.test(v) ? /^(?:\+|0)\d/.test(v) && v.replace(/\D/g, '').length >= 9 && v.replace(/\D/g, '').length <= 13 : streetLineF26(v)),
    remediation: 'Log IDoc failures by IDoc number and status, without the segment data',
  }),
];

import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r73 (blind set 73: global integration logs): a sample for each of the round's detectors (see generators.ts), in
 * contexts of our own, values drawn from the sample generator.
 */

const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const pw = (r: Rng, n: number): string => `${mixed(r, n - 1)}${r.pick(['!', '~', '#', '%'])}`;
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
const quad = (r: Rng): string => [0, 1, 2, 3].map((i) => `${UPPER[(i * 7 + 10 + r.int(0, 5)) % 26]}${UPPER[(i * 5 + r.int(0, 5)) % 26]}${r.str(DIG, 2)}`).join('-');

/** A Mir card number (2200–2204) with its Luhn check digit. */
const mirCard = (r: Rng): string => {
  const body = `220${r.int(0, 4)}${r.str(DIG, 11)}`;
  let sum = 0;
  [...body].reverse().forEach((c, i) => {
    let d = Number(c) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  });
  return body + String((10 - (sum % 10)) % 10);
};

/** Samples of the round-r73 detectors, keyed by detector id. */
export const R73_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'netscape-cookie-file-session': (r) => ['# Netscape HTTP Cookie File\nsupport.partner.example\tFALSE\t/\tTRUE\t1767225600\tsessionid\t', r.str(B62, 40), '\n'],
  'session-id-under-session-key': (r) => ['WARN admin.impersonate actor=ops-7 session=', r.str('0123456789ABCDEF', 32), ' target=cust_88123'],
  'hsm-smartcard-pin': (r) => ['pkcs11-tool --login failed: slot 0 token_pin=', `${r.int(1, 9)}${r.str(DIG, 7)}`, ' (CKR_PIN_INCORRECT)'],
  'rotation-log-old-new-value': (r) => ['cred-rotation job 41: rotated 1 secret\n  mailgun: old=', mixed(r, 32), ' status=revoked'],
  'fedex-child-credential': (r) => ['{"grant_type":"csp_credentials","childKey":"', mixed(r, 16), '","childSecret":"***"}'],
  'sf-express-checkword': (r) => ['sf-open-api sign failed: {"partnerID":"ACME001","checkWord":"', mixed(r, 32), '"}'],
  'service-pass-in-prose': (r) => ['handover note: host files.example.net, user batch, ftp password ', pw(r, 14), ' (rotate after go-live)'],
  'webhook-signing-key-uuid': (r) => ['shipping-hooks: {"signing_secret": "', uuid(r), '", "url": "https://hooks.example/ship"}'],
  'dashed-quad-key-under-key': (r) => ['address-lookup: licenseKey="', quad(r), '" country=GB'],
  'api-key-auth-tuple-x': (r) => ['helpdesk client: session.auth=(', mixed(r, 20), ', X) -> 401 Unauthorized'],
  'personal-access-token-id-secret': (r) => ['HELPDESK_PAT=', `${r.str(HEX, 8)}${r.str(HEX, 8)}:${mixed(r, 28)}`, '\n'],
  'access-code-pt-es-key': (r) => ['config.transportadora: {"codigo_acesso": "', mixed(r, 36), '", "ambiente": "producao"}'],
  'person-name-php-dump-member': (r) => ['array(3) {\n  ["last_name"]=>\n  string(9) "', r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn']), '"\n}'],
  'person-name-under-role-key-any-script': (r) => ['label.create 422 {"consignee":"', `${r.pick(['Perpetua', 'Oswin', 'Haldis'])} ${r.pick(['Quennell', 'Arkwright', 'Drummond'])}`, '","country":"IE"}'],
  'person-name-under-cjk-label': (r) => ['配送エラー 宛名: ', `${r.pick(['山本', '中村', '小林'])} ${r.pick(['美咲', '蓮', '結衣'])}`, ' (住所不明)'],
  'person-name-ldif-entry': (r) => ['ldapadd: Already exists (68)\ndn: uid=pq1,ou=people,dc=corp,dc=example\ncn: ', `${r.pick(['Perpetua', 'Oswin', 'Haldis'])} ${r.pick(['Quennell', 'Arkwright', 'Drummond'])}`, '\nmail: x@corp.example'],
  'bank-account-under-cjk-key': (r) => ['振込エラー 銀行=0009 支店=123 口座番号：', `${r.int(1, 9)}${r.str(DIG, 6)}`, ' 名義不一致'],
  'card-under-csv-card-column': (r) => ['chargeback import rejected 2 rows:\ncard_number;amount;reason\n', mirCard(r), ';19.90;duplicate\n'],
  'email-quoted-local-part': (r) => ['SMTP 553 5.1.3 rejected RCPT TO:<"', `${r.pick(['perpetua', 'oswin', 'haldis'])} ${r.pick(['quennell', 'arkwright'])}"@${r.pick(['gmail.com', 'outlook.com', 'proton.me'])}`, '>'],
  'phone-with-extension': (r) => ['callback requested: ', `+44 20 ${r.int(3000, 8999)} ${r.int(1000, 9999)} ext. ${r.int(10, 9999)}`, ' (office hours)'],
  'person-name-script-or-particle-under-name-key': (r) => ['crm.merge {"email":"pq@mail.example","name":"', `${r.pick(['山本', '中村', '小林'])}${r.pick(['美咲', '蓮', '結衣'])}`, '","source":"form"}'],
  'personal-csv-column-european-header': (r) => [`Import fehlgeschlagen:\nKundennr;Vorname;Nachname;PLZ\n${r.int(10000, 99999)};`, r.pick(['Perpetua', 'Oswin', 'Haldis']), `;Quennell;${r.int(10000, 99999)}\n`],
  'personal-sqlalchemy-named-bind': (r) => [`(psycopg2.errors.NotNullViolation) [SQL: INSERT INTO payees (payee_name, iban) VALUES (%(p1)s, %(p2)s)] [parameters: {'p1': '`, `${r.pick(['Perpetua', 'Oswin', 'Haldis'])} ${r.pick(['Quennell', 'Arkwright', 'Drummond'])}`, `', 'p2': None}]`],
  'personal-laravel-positional-binding': (r) => ['Illuminate\\Database\\QueryException (SQL: insert into `customers` (`email`, `full_name`) values (?, ?)) bindings: ["pq@mail.example", "', `${r.pick(['Perpetua', 'Oswin', 'Haldis'])} ${r.pick(['Quennell', 'Arkwright', 'Drummond'])}`, '"]'],
  'mx-rfc-compound-key': () => ['cfdi.timbrar error 301: {"rfcReceptor":"', 'GODE561231GR8', '","usoCFDI":"G03"}'],
  'personio-api-credential': (r) => ['PERSONIO_CLIENT_SECRET=', `papi-${r.str(HEX, 8)}-${r.str(HEX, 4)}-${r.str(HEX, 4)}-${r.str(HEX, 4)}-${r.str(HEX, 12)}`, '\n'],
  'key-in-prose-after-which': (r) => ['geocoder 403 on primary; switching to backup key ', `${r.str(HEX, 16)}${r.int(1, 9)}${r.str(HEX, 15)}`, ' for 10 minutes'],
};

import { aba } from './generators-pf11';
import type { Rng, Sample } from './sample-rng';

const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/**
 * Round l88 (blind sets 88 and 89): a sample for each of the round's detectors (see generators.ts), in contexts of our own.
 */

/** Samples of the round-l88 detectors, keyed by detector id. */
export const L88_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-inverted-under-key': (r) => [`2024-06-19T06:34:38Z payroll WARN deposit rejected\n  worker: `, `${r.pick(['Morvkest', 'Halvdrun', 'Pellorvik', 'Nguyễn'])}, ${r.pick(['Zelan', 'Talisa', 'Quilla', 'Hoa'])}`, ` (Y7PC${r.int(1000, 9999)})`],
  'person-name-field-object-value': (r) => [`{"id":"${r.pick(['hld', 'cardholder', 'f1'])}","type":"STRING","label":"${r.pick(['cardholder name', 'Account holder', 'Signer'])}","value":"`, `${r.pick(['Morvkest', 'Halvdrun', 'Pellorvik'])} ${r.pick(['Zelan', 'Talisa', 'Quilla'])}`, '"}'],
  'person-name-key-value-table-row': (r) => [`====== Data ======\nKey                     Value\n---                     -----\nach_routing             ${r.int(100000000, 199999999)}\n${r.pick(['signer', 'account_holder', 'beneficiary'])}                  `, `${r.pick(['Morvkest', 'Halvdrun', 'Pellorvik'])} ${r.pick(['Zelan', 'Talisa', 'Quilla'])}`, '\nversion            3'],
  'composer-auth-token': (r) => ['composer install failed (HTTP 401), COMPOSER_AUTH={"bearer":{"repo.packagist.com":"', r.str(HEX, 40), '"}}'],
  'rails-master-key-printed': (r) => ['remote: + cat config/master.key\n', r.str(HEX, 32), '\nremote: ActiveSupport::MessageEncryptor::InvalidMessage'],
  'secret-named-output-value': (r) => [`{\n  "outputs": {\n    "${r.pick(['db_password', 'admin_password', 'api_secret'])}": {\n      "sensitive": true,\n      "value": "`, `${r.str(ALNUM, 15)}-${r.int(10, 99)}`, '"\n    }\n  }\n}'],
  'person-name-git-blame-author': (r) => [`INFO [config-sync] ${r.str(HEX, 8)} (`, `${r.pick(['Morvkest', 'Halvdrun', 'Pellorvik'])} ${r.pick(['Zelan', 'Talisa', 'Quilla'])}`, ` 2024-0${r.int(1, 9)}-1${r.int(0, 9)} 09:12:44 +0200 ${r.int(10, 400)})   retries: 3,`],
  'pgbouncer-userlist-password': (r) => [`$ cat /etc/pgbouncer/userlist.txt\n"pgbouncer" "md5${r.str(HEX, 32)}"\n"app" "`, `${r.pick(['Falcon', 'Tundra', 'Saffron'])}@${r.int(1000, 9999)}*${r.str(ALNUM, 4)}`, '"\n'],
  'secret-env-name-parenthesized': (r) => [`--- loaded ${r.pick(['DD_API_KEY', 'TWILIO_AUTH_TOKEN', 'HELPDESK_API_SECRET'])} (`, r.str(HEX, 32), ') from vault'],
  'person-name-aligned-column': (r) => ['direct deposit register rejected\nEMP ID  NAME                 ROUTING    ACCOUNT       TYPE\n486200  ', `${r.pick(['MORVKEST', 'HALVDRUN', 'PELLORVIK'])} ${r.pick(['ZELAN', 'TALISA', 'QUILLA'])}`, `      312562362  ${r.int(100000000, 999999999)}     SAV\n`],
  'aba-routing-aligned-column': (r) => ['direct deposit register rejected\nEMP ID  ROUTING    ACCOUNT       TYPE\n486200  ', aba(r), `  ${r.int(100000000, 999999999)}     SAV\n`],
  'bank-account-aligned-column': (r) => ['direct deposit register rejected\nEMP ID  ACCOUNT          TYPE  AMOUNT\n486200  ', `${r.int(10000, 99999)}${r.int(1000, 9999)}`, `        SAV   1161.72\n`],
  'pnrgov-tif-name': (r) => ["pnrgov-push: segment group 2 failed validation\nTIF+", `${r.pick(['MORVKEST', 'HALVDRUN', 'PELLORVIK'])}:I+${r.pick(['ZELAN', 'TALISA', 'QUILLA'])} ${r.pick(['MR', 'MRS', 'MS'])}`, ":A:1'\nTKT+0759409809484:T:1'"],
  'pnrgov-fti-frequent-flyer': (r) => ["pnrgov-push failed\nTIF+MORVKEST:I+ZELAN MR:A:1'\nFTI+BA:", `${r.int(10000000, 99999999)}`, "::GOLD'\n"],
  'device-sim-id-labelled': (r) => {
    const body = `35${r.int(100000, 999999)}${r.int(100000, 999999)}`;
    let sum = 0;
    for (let i = 0; i < 14; i++) {
      let d = Number(body[13 - i]);
      if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    return ['mobile-cdr rating rejected record: record_type=MOC served_imei=', `${body}${(10 - (sum % 10)) % 10}`, ' called=22222 duration=108'];
  },
  'person-name-role-object-any-script': (r) => [`webhook HosViolation unroutable: {"eventType":"Alert","data":{"driver":{"id":"${r.int(1000000, 9999999)}","name":"`, r.pick(['Γιώργος Παπαδόπουλος', 'Дмитрий Кузнецов', 'נועה כהן']), '"},"vehicle":{"id":"6109","name":"Truck 12"}}}'],
  'gds-fop-card-number': (r) => [`airline refund ${r.int(1000000000, 9999999999)}21 failed: original FOP DS`, r.pick(['6011515659638499', '6011000990139424', '6011111111111117']), ' no longer valid'],
};

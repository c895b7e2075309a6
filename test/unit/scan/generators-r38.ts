import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r38 (blind set 38: web hosting, content management and agency operations): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const SYM = '!#%*+-.?@^_~';
/** Letters of both cases and digits, both present. */
const mix = (r: Rng, a: string, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(a, n - 3)}`;
/** A password with a symbol in it. */
const pw = (r: Rng, n = 14): string => `${r.str(UPPER, 2)}${r.str(LOWER, 3)}${r.str(SYM, 1)}${r.str(DIG, 2)}${r.str(B62, n - 8)}`;
/** Hex with a digit and a letter. */
const hexMix = (r: Rng, n: number): string => `${r.str(DIG, 1)}${r.str('abcdef', 1)}${r.str(HEX, n - 2)}`;
const given = (r: Rng): string => r.pick(['Marisol', 'Benedikt', 'Aurelie', 'Casimir', 'Leontine', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Trevelyan', 'Ostrowski']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
/** A WordPress salt: 64 characters of the generator's alphabet (no quotes or backslashes). */
const salt = (r: Rng): string => mix(r, B62 + '!@#$%^&*()-_[]{}<>~`+=,.;:/?|', 64);

export const R38_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'drupal-hash-salt': (r) => ["settings.local.php: $settings['hash_salt'] = '", mix(r, B62 + '-_', 74), "';"],
  // Values that open with the punctuation php-define-secret reads as code (`$…`, `*…`): the ones this round's detectors are for.
  'wp-config-salt': (r) => ["wp-config.php: define('SECURE_AUTH_SALT', '", `$${salt(r).slice(1)}`, "');"],
  'wp-config-db-password': (r) => ["wp-config.php: define( 'DB_PASSWORD', '", `*${pw(r)}`, "' );"],
  'php-property-mail-password': (r) => ['configuration.php: public $smtppass = \'', pw(r), "';"],
  'postfix-sasl-passwd-line': (r) => ['sasl_passwd: [smtp.mailrelay.example.net]:587 relay-user:', pw(r), ''],
  'directadmin-login-key': (r) => ["curl --user 'reseller|", mix(r, B62, 64), "' https://panel.example.net:2222/CMD_API_SHOW_USERS"],
  'sshd-invalid-user-password': (r) => ['sshd[4121]: Invalid user ', pw(r), ` from 203.0.113.${r.int(2, 250)} port ${r.int(1024, 65000)}`],
  'sshpass-env-password': (r) => ["deploy.sh: export SSHPASS='", pw(r), "' && sshpass -e rsync -a dist/ web:/srv"],
  'sftp-container-user-spec': (r) => ['compose (sftp service): command: ["deployer:', pw(r), ':1002"]'],
  's3-compatible-access-key-id': (r) => ['minio client config: access_key_id = ', `${r.str(UPPER, 6)}${r.str(DIG, 2)}${r.str(UPPER + DIG, 12)}`, ' region=auto'],
  'backblaze-b2-key-id': (r) => ['b2 authorize-account: B2_APPLICATION_KEY_ID=', `005${r.str('abcdef', 1)}${r.str(HEX, 21)}`, ' (unauthorized)'],
  'netlify-build-hook-url': (r) => ['post-merge: curl -X POST -d {} https://api.netlify.com/build_hooks/', hexMix(r, 24), ' -> 200'],
  'strapi-app-keys-item': (r) => [`strapi .env: APP_KEYS=${mix(r, B62, 22)}==,`, `${mix(r, B62 + '+/', 22)}==`, ' HOST=0.0.0.0'],
  'acf-pro-license-key': (r) => ['acf-pro: license "', b64(`order_id=${r.int(10000, 99999)}|type=developer|date=2025-0${r.int(1, 9)}-1${r.int(0, 9)} ${hexMix(r, 8)}`), '" rejected'],
  'plugin-licence-uuid': (r) => ['plugin settings: {"licence":"', `${hexMix(r, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`, '","blocking":false}'],
  'wp-plugin-constant-key': (r) => ["wp-config.php: define('WPCOM_API_KEY', '", hexMix(r, 12), "');"],
  'google-app-password': (r) => ['contact form SMTP: gmail app password: ', `${r.str(LOWER, 4)} ${r.str(LOWER, 4)} ${r.str(LOWER, 4)} ${r.str(LOWER, 4)}`, ''],
  'chat-user-pass-pair': (r) => ['#ops: staging ftp user builder pass ', pw(r), ' (rotate after launch)'],
  'db-root-password-prose': (r) => ['> mariadb root for the shop box: ', pw(r), ''],
  'prose-tried-password': (r) => ['ticket: "I entered my password ', pw(r), ' three times and got locked out"'],
  'cli-db-admin-pass-flag': (r) => ['wp core install --url=shop.example.org --admin_user=boss --admin_password="', pw(r), '" --skip-email'],
  'epp-code-table-row': (r) => ['| Transfer auth code | n/a | ', pw(r, 16), ' |'],
  'laravel-sql-password-column': (r) => ['local.ERROR: SQLSTATE[HY000] (SQL: insert into `accounts` (`login`, `password`, `created_at`) values (mira7, ', pw(r), ', 2026-01-02 03:04:05))'],
  'person-name-mailbox-comment': (r) => ['imapsync: login ok for "mhx@kanzlei-hofmann.de" (', person(r), ') folders=12'],
  'person-name-registrant-contact': (r) => ['whois lookup: Registrant Name: ', person(r), '\nRegistrant Country: DE'],
  'person-name-meta-row': (r) => ["usermeta: (412,'display_name','", person(r), "'),(412,'locale','de_DE')"],
  'person-name-form-text-answer': (r) => ['webhook: {"form_response":{"answers":[{"type":"text","text":"', person(r), '"},{"type":"email","email":"m@kanzlei-hofmann.de"}]}}'],
  'form-date-answer-birth-date': (r) => ['webhook: {"form_response":{"answers":[{"type":"email","email":"m@shop.example.org"},{"type":"date","date":"', `19${r.int(40, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, '"}]}}'],
  'person-name-laravel-sql-column': (r) => ['local.ERROR: (SQL: insert into `members` (`full_name`, `plan`, `updated_at`) values (', person(r), ', gold, 2026-02-03 04:05:06))'],
  'person-name-quoted-speaker': (r) => ['helpdesk #771: "', person(r), ': I cannot reset the password from the email link"'],
  'person-name-from-split-fields': (r) => {
    const g = given(r);
    const f = family(r);
    return [`order: {"first_name":"${g}","last_name":"${f}","note":"deliver to `, `${g} ${f}`, ' at the back door"}'];
  },
  'person-name-order-note-signature': (r) => ['order #88 customer note:\n"Please leave the parcel with the neighbour. Thanks. ', person(r), '"'],
  'smtp-auth-login-username-b64': (r) => ['smtp trace:\n<- 334 VXNlcm5hbWU6\n-> ', b64(`${r.pick(['mira', 'jonas', 'ines'])}.${r.int(10, 99)}@mailbox.example.de`), '\n<- 334 UGFzc3dvcmQ6'],
};

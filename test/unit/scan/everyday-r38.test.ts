import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, str, UP, everydayProbe } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r38 (blind set 38: web hosting, content management and agency operations): CMS and shop config secrets,
 * hosting-panel, mail-relay, storage, deploy-hook and plugin-licence keys in their published shapes, passwords as
 * agencies pass them in chats, tickets and command lines, people in WHOIS records, form answers, SQL rows and notes —
 * in contexts other than the set's, values drawn at test time; beside them the look-alikes that stay clean (DMARC
 * report mailboxes, Ghost's public Content API key, scanners' usernames, placeholders).
 */
const { found, clean } = everydayProbe();

/** Hex with a digit and a letter in it. */
const hex = (n: number): string => `${randomInt(10)}${'abcdef'[randomInt(6)]}${str(HEX, n - 2)}`;
/** Letters of both cases and digits. */
const mix = (n: number, extra = ''): string => `${str(UP, 1)}${str(LO, 1)}${str(DIG, 1)}${str(B62 + extra, n - 3)}`;
/** A password with a symbol. */
const pw = (n = 15): string => `${str(UP, 2)}${str(LO, 3)}${'!#%*?@^~'[randomInt(8)]}${str(DIG, 2)}${str(B62, n - 8)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const given = (): string => GIVEN[randomInt(GIVEN.length)]!;
const family = (): string => FAMILY[randomInt(FAMILY.length)]!;
const person = (): string => `${given()} ${family()}`;
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

describe('round r38: CMS, shop and hosting config secrets', () => {
  it("finds Drupal's hash_salt, wp-config salts and DB passwords that open with punctuation, Magento's crypt key on its own line", () => {
    const hs = mix(60, '-_');
    const t1 = `settings.php diff on stage-2:\n+$settings['hash_salt'] = "${hs}";`;
    expect(found(t1, hs), t1).toBe(true);
    const salt = `<${mix(63, '!@#$%^&*()-_[]{}<>~+=,.;:/?|')}`;
    const dbpw = `*${pw()}`;
    const t2 = `wp-config.php.save served as text:\ndefine('DB_PASSWORD', '${dbpw}');\ndefine('NONCE_KEY', '${salt}');`;
    expect(found(t2, salt), t2).toBe(true);
    expect(found(t2, dbpw), t2).toBe(true);
    const key = hex(32);
    const t3 = `support dump of app/etc/env.php:\n  'crypt' => array (\n      'key' => '${key}',\n  ),`;
    expect(found(t3, key), t3).toBe(true);
    expect(clean(`define( 'AUTH_KEY', 'put your unique phrase here' );\ndefine( 'DB_PASSWORD', 'password_here' );`)).toEqual([]);
  });

  it("finds Joomla's mail and FTP passwords, Postfix sasl_passwd lines and Authorize.Net XML transaction keys", () => {
    const smtp = pw();
    const ftp = pw();
    const t1 = `configuration.php (old copy):\n\tpublic $smtppass = '${smtp}';\n\tpublic $ftp_pass = "${ftp}";`;
    expect(found(t1, smtp), t1).toBe(true);
    expect(found(t1, ftp), t1).toBe(true);
    const relay = pw();
    const t2 = `cat /etc/postfix/sasl_passwd\n[smtp.office365.com]:587 noreply-shop@bakery-kiel.de:${relay}`;
    expect(found(t2, relay), t2).toBe(true);
    const tk = mix(16);
    const t3 = `gateway debug: <getTransactionDetailsRequest><merchantAuthentication><name>7xQ2</name><transactionKey>${tk}</transactionKey></merchantAuthentication>`;
    expect(found(t3, tk), t3).toBe(true);
    expect(clean('[smtp.office365.com]:587 noreply-shop@bakery-kiel.de:${RELAY_PASSWORD}')).toEqual([]);
  });

  it('finds DirectAdmin login keys, SSHPASS, SFTP container users and passwords typed at the sshd username prompt', () => {
    const da = mix(64);
    const t1 = `cron: curl -s --user "reseller2|${da}" "https://cp.hostbox.example:2222/CMD_API_DOMAIN?action=list"`;
    expect(found(t1, da), t1).toBe(true);
    const sp = pw();
    const t2 = `deploy step: SSHPASS="${sp}" sshpass -e scp build.zip web@shop:/tmp/`;
    expect(found(t2, sp), t2).toBe(true);
    const sf = pw();
    const t3 = `  sftp:\n    image: atmoz/sftp\n    command: ["uploader:${sf}:1005"]`;
    expect(found(t3, sf), t3).toBe(true);
    const typed = pw();
    const t4 = `Mar  3 09:14:02 vps2 sshd[9182]: Invalid user ${typed} from 198.51.100.${randomInt(2, 250)} port ${randomInt(1024, 65000)}`;
    expect(found(t4, typed), t4).toBe(true);
    expect(clean('Mar  3 09:14:02 vps2 sshd[9182]: Invalid user oracle123 from 10.0.0.5 port 50122')).toEqual([]);
    expect(clean('Mar  3 09:14:02 vps2 sshd[9182]: Invalid user ubuntu-admin from 10.0.0.5 port 50122')).toEqual([]);
    expect(clean('  sftp:\n    image: atmoz/sftp\n    command: ["web:1001:1001"]')).toEqual([]);
  });

  it('finds S3-compatible access key ids (Spaces, Wasabi, MinIO), Backblaze B2 key ids and Netlify build hooks', () => {
    const spaces = `DO${str(UP + DIG, 6)}${randomInt(10)}${str(UP, 11)}`;
    const t1 = `s3cmd config for fra1.digitaloceanspaces.com:\naccess_key = ${spaces}`;
    expect(found(t1, spaces), t1).toBe(true);
    const wasabi = `${str(UP, 8)}${randomInt(10)}${str(UP + DIG, 11)}`;
    const t2 = `restic env: {"access_key_id": "${wasabi}", "endpoint": "s3.wasabisys.com"}`;
    expect(found(t2, wasabi), t2).toBe(true);
    const b2 = `005${'abcdef'[randomInt(6)]}${str(HEX, 21)}`;
    const t3 = `duplicati target: b2://site-backups?b2_account_id=${b2}`;
    expect(found(t3, b2), t3).toBe(true);
    const hook = hex(24);
    const t4 = `cms webhook on publish: POST https://api.netlify.com/build_hooks/${hook}?trigger_title=cms`;
    expect(found(t4, hook), t4).toBe(true);
    expect(clean('access_key_id = ABCDEFGHIJKLMNOPQRST')).toEqual([]);
  });

  it('finds every Strapi APP_KEYS key, ACF PRO and licence-UUID plugin keys, WP Rocket and Akismet keys, Google app passwords', () => {
    const k2 = `${mix(22)}==`;
    const k3 = `${mix(22)}==`;
    const t1 = `render env: APP_KEYS="${mix(22)}==,${k2},${k3}"`;
    expect(found(t1, k2), t1).toBe(true);
    expect(found(t1, k3), t1).toBe(true);
    const acf = b64(`order_id=${randomInt(10000, 99999)}|type=personal|date=2023-05-0${randomInt(1, 9)} ${hex(8)}`);
    const t2 = `wp option get acf_pro_license -> ${acf}`;
    expect(found(t2, acf), t2).toBe(true);
    const lic = `${hex(8)}-${str(HEX, 4)}-4${str(HEX, 3)}-9${str(HEX, 3)}-${str(HEX, 12)}`;
    const t3 = `wp option get wpmdb_settings --format=json: {"licence":"${lic}","allow_push":false}`;
    expect(found(t3, lic), t3).toBe(true);
    const rocket = hex(8);
    const akismet = hex(12);
    const t4 = `wp config list:\nWP_ROCKET_KEY  ${'\t'}=> '${rocket}'\nWPCOM_API_KEY = ${akismet}`;
    expect(found(t4, rocket), t4).toBe(true);
    expect(found(t4, akismet), t4).toBe(true);
    const gap = `${str(LO, 4)} ${str(LO, 4)} ${str(LO, 4)} ${str(LO, 4)}`;
    const t5 = `WP Mail SMTP note: Google app password = ${gap}`;
    expect(found(t5, gap), t5).toBe(true);
    expect(clean('WP Mail SMTP note: Google app password = not yet created')).toEqual([]);
  });
});

describe('round r38: passwords passed around by agencies', () => {
  it('finds chat and note passwords: user/pass pairs, db root, login arrows, a password a user quotes', () => {
    const a = pw();
    const t1 = `#client-bakery: cpanel user bakeryk pass ${a}`;
    expect(found(t1, a), t1).toBe(true);
    const b = pw();
    const t2 = `staging notes\npostgres root on db-2: ${b}`;
    expect(found(t2, b), t2).toBe(true);
    const c = pw();
    const t3 = `.htaccess comment: # preview login -> client / ${c}`;
    expect(found(t3, c), t3).toBe(true);
    const d = pw();
    const t4 = `Ticket 4411: "Hello, I typed the password ${d} and it still says invalid."`;
    expect(found(t4, d), t4).toBe(true);
    expect(clean('Ticket 4411: "I tried the password reset link twice and nothing arrived."')).toEqual([]);
    expect(clean('#client-bakery: cpanel user bakeryk pass rotated yesterday')).toEqual([]);
  });

  it('finds WP-CLI password flags, EPP codes in handover tables and passwords in Laravel interpolated inserts', () => {
    const a = pw();
    const b = pw();
    const t1 = `history | grep wp: wp config create --dbname=shop --dbuser=shop --dbpass='${a}' && wp user create ed ed@bakery-kiel.de --user_pass=${b}`;
    expect(found(t1, a), t1).toBe(true);
    expect(found(t1, b), t1).toBe(true);
    const epp = pw(16);
    const t2 = `| Domain | Registrar | EPP code |\n| bakery-kiel.de | INWX | - |\n| Auth code | n/a | ${epp} |`;
    expect(found(t2, epp), t2).toBe(true);
    const c = pw();
    const t3 = `[2026-03-01] local.ERROR: SQLSTATE[22001] (SQL: insert into \`customers\` (\`email\`, \`password\`, \`created_at\`) values (ed@bakery-kiel.de, ${c}, 2026-03-01 10:00:00))`;
    expect(found(t3, c), t3).toBe(true);
    expect(clean('[2026-03-01] local.ERROR: (SQL: insert into `customers` (`email`, `password`) values (ed77, $2y$10$abcdefghijklmnopqrstuu5AbCdEfGhIjKlMnOpQrStUvWxYz01234))')).toEqual([]);
  });
});

describe('round r38: people in hosting, CMS and shop records', () => {
  it('finds names after a mailbox, under WHOIS and contact labels, in PHP arrays, XML bank fields and usermeta rows', () => {
    const a = person();
    const t1 = `login alert: ed.q@bakery-kiel.de (${a}) signed in from a new device`;
    expect(found(t1, a), t1).toBe(true);
    const b = person();
    const t2 = `whois bakery-kiel.de\nAdmin Name: ${b}\nAdmin Email: redacted`;
    expect(found(t2, b), t2).toBe(true);
    const c = person();
    const t3 = `handover.md: Client contact: ${c} (prefers e-mail)`;
    expect(found(t3, c), t3).toBe(true);
    const d = person();
    const t4 = `<?php return ['contact_name' => '${d}', 'plan' => 'gold'];`;
    expect(found(t4, d), t4).toBe(true);
    const e = person();
    const t5 = `<bankAccount><routingNumber>xxxx</routingNumber><nameOnAccount>${e}</nameOnAccount></bankAccount>`;
    expect(found(t5, e), t5).toBe(true);
    const f = `${given()} van der ${family()}`;
    const t6 = `INSERT INTO wp_usermeta VALUES (17,'display_name','${f}');`;
    expect(found(t6, f), t6).toBe(true);
    expect(clean('whois bakery-kiel.de\nRegistrant Name: REDACTED FOR PRIVACY\nRegistrant Organization: Bakery Kiel GmbH')).toEqual([]);
  });

  it('finds form answers (a name, a birth date), Laravel name columns, ticket speakers, split-field full names and note signatures', () => {
    const a = person();
    const dob = `19${randomInt(50, 99)}-0${randomInt(1, 9)}-1${randomInt(0, 9)}`;
    const t1 = `jotform relay: {"form_response":{"answers":[{"type":"text","text":"${a}"},{"type":"email","email":"q@bakery-kiel.de"},{"type":"date","date":"${dob}"}]}}`;
    expect(found(t1, a), t1).toBe(true);
    expect(found(t1, dob), t1).toBe(true);
    const b = person();
    const t2 = `production.ERROR: (SQL: insert into \`leads\` (\`name\`, \`source\`) values (${b}, adwords))`;
    expect(found(t2, b), t2).toBe(true);
    const c = person();
    const t3 = `Freshdesk #2210 forwarded:\n"${c}: my invoice shows the wrong VAT number"`;
    expect(found(t3, c), t3).toBe(true);
    const g = given();
    const f = family();
    const t4 = `shopify order webhook: {"customer":{"first_name":"${g}","last_name":"${f}"},"note":"gift wrap for ${g} ${f}"}`;
    expect(found(t4, `${g} ${f}`), t4).toBe(true);
    const d = person();
    const t5 = `order #5512, customer note:\n"The buzzer is broken, please knock twice. ${d}"`;
    expect(found(t5, d), t5).toBe(true);
    // A later text answer is a subject or a project, not the person; a date this year is a booking, not a birth date.
    expect(clean(`jotform relay: {"form_response":{"answers":[{"type":"date","date":"2026-04-01"},{"type":"text","text":"Kitchen Remodel"},{"type":"email","email":"info@bakery-kiel.de"}]}}`)).toEqual([]);
  });

  it('finds the base64 SMTP AUTH LOGIN username and names in a Contact Form 7 export', () => {
    const user = b64(`${given().toLowerCase()}.${family().toLowerCase()}@bakery-kiel.de`);
    const t1 = `openssl s_client session:\nS: 334 VXNlcm5hbWU6\nC: ${user}\nS: 334 UGFzc3dvcmQ6`;
    expect(found(t1, user), t1).toBe(true);
    const a = person();
    const t2 = `cf7 export:\nyour-name,your-email,your-subject\n"${a}","${a.split(' ')[0]!.toLowerCase()}@bakery-kiel.de","Catering"`;
    expect(found(t2, a), t2).toBe(true);
  });
});

describe('round r38: look-alikes that stay clean', () => {
  it('does not report DMARC and TLS-RPT report mailboxes or the public Ghost Content API key', () => {
    expect(clean('_dmarc TXT "v=DMARC1; p=reject; rua=mailto:dmarc-reports@bakery-kiel.de; ruf=mailto:dmarc@bakery-kiel.de"')).toEqual([]);
    expect(clean('_smtp._tls TXT "v=TLSRPTv1; rua=mailto:tls-rpt@bakery-kiel.de"')).toEqual([]);
    expect(clean(`theme fetch: GET https://news.bakery-kiel.de/ghost/api/content/posts/?key=${hex(26)}&limit=5 -> 200`)).toEqual([]);
    // Not a Content API URL: a key in the query is still a credential.
    const key = hex(26);
    const t = `GET https://news.bakery-kiel.de/api/export?key=${key}&format=csv -> 200`;
    expect(found(t, key), t).toBe(true);
  });
});

import type { Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';

const A = 'wordpress';

/** WordPress: wp-config.php, debug.log, WP-CLI, application passwords, plugin licences, cookies. */
export const WP38: Tpl38[] = [
  {
    area: A,
    name: 'wp-config-diff',
    make: (d) => {
      const host = d.pick(['localhost', 'mysql-prod-2.internal', '127.0.0.1:3307']);
      const pw = d.pw('db-password');
      const auth = d.c('wp-salt', g.wpSalt(d.r));
      const logged = d.c('wp-salt', g.wpSalt(d.r));
      return `[deploybot] config drift on ${d.client()} (web-04): /var/www/html/wp-config.php\n--- expected\n+++ actual\n@@ -21,9 +21,9 @@\n define( 'DB_NAME', 'wp_${d.hex(6)}' );\n define( 'DB_USER', 'wp_admin' );\n-define( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );\n+define( 'DB_PASSWORD', '${pw}' );\n define( 'DB_HOST', '${host}' );\n-define( 'AUTH_KEY',         'put your unique phrase here' );\n+define( 'AUTH_KEY',         '${auth}' );\n+define('LOGGED_IN_SALT', '${logged}');\n $table_prefix = 'wp_${d.hex(3)}_';`;
    },
  },
  {
    area: A,
    name: 'debug-log-db-error',
    make: (d) => {
      const pw = d.pw('db-password');
      const ip = d.ip();
      return `[${d.int(1, 28)}-Nov-2026 ${d.int(10, 23)}:${d.int(10, 59)}:${d.int(10, 59)} UTC] PHP Warning:  mysqli_real_connect(): (HY000/1045): Access denied for user 'wpuser'@'${ip}' (using password: YES) in /home/${d.pick(['harbour', 'oakfen', 'bakery'])}/public_html/wp-includes/class-wpdb.php on line 2019\n#0 /home/site/public_html/wp-includes/class-wpdb.php(2019): mysqli_real_connect(Object(mysqli), 'db.${d.client()}', 'wpuser', '${pw}', 'wordpress', 3306, NULL, 0)\n#1 /home/site/public_html/wp-includes/class-wpdb.php(765): wpdb->db_connect()`;
    },
  },
  {
    area: A,
    name: 'wpcli-user-create',
    make: (d) => {
      const u = d.who(d.client());
      const pw = d.pw('user-password');
      return `$ wp user create ${u.first.toLowerCase()} ${u.email} --role=editor --display_name="${u.name}" --user_pass='${pw}' --path=/var/www/${d.client()}\nWarning: The 'wpmu-welcome' email could not be sent (SMTP connect() failed).\nSuccess: Created user ${d.int(12, 900)}.\n[ci] job wpcli-provision exited 0 but mail step failed; see output above`;
    },
  },
  {
    area: A,
    name: 'application-password-rest',
    make: (d) => {
      const ap = d.c('wp-application-password', g.appPassword(d.r));
      const b64 = d.c('basic-auth-b64', Buffer.from(`deploy-bot:${ap}`).toString('base64'));
      return `ERROR wp-rest-sync: POST https://${d.client()}/wp-json/wp/v2/posts -> 401 {"code":"incorrect_password","message":"The provided password is an invalid application password.","data":{"status":401}}\n  request headers: {"Authorization":"Basic ${b64}","Content-Type":"application/json","User-Agent":"headless-sync/2.3"}\n  configured: WP_APP_USER=deploy-bot WP_APP_PASSWORD="${ap}"`;
    },
  },
  {
    area: A,
    name: 'plugin-licence-activation',
    make: (d) => {
      const acf = d.c('plugin-license-key', Buffer.from(`order_id=${d.int(10000, 99999)}|type=agency|date=2024-0${d.int(1, 9)}-1${d.int(0, 9)} ${d.hex(8)}`).toString('base64'));
      const gf = d.c('plugin-license-key', d.hex(32));
      const u = { email: d.email() };
      return `[wp-cron] plugin_update_check failed on ${d.client()}\n  advanced-custom-fields-pro: license "${acf}" -> {"status":"error","message":"License key has reached its activation limit"}\n  gravityforms: GF_LICENSE_KEY=${gf} (registered to ${u.email}) -> HTTP 403 from gravityapi.com/wp-json/gravityapi/v1/licenses/${gf}/check`;
    },
  },
  {
    area: A,
    name: 'logged-in-cookie',
    make: (d) => {
      const exp = 1780000000 + d.int(0, 9999999);
      const user = d.pick(['admin', 'editor_kate', 'agency-dev']);
      const cookie = d.c('session-cookie', `${user}%7C${exp}%7C${d.b62(43)}%7C${d.hex(64)}`);
      const ip = d.ip();
      return `WAF alert (ModSecurity 949110) on ${d.client()}: anomaly score 15\n  client ${ip} GET /wp-admin/admin-ajax.php?action=heartbeat\n  Cookie: wordpress_test_cookie=WP%20Cookie%20check; wordpress_logged_in_${d.hex(32)}=${cookie}; wp-settings-time-1=${exp - 86400}\n  rule: Possible session fixation`;
    },
  },
  {
    area: A,
    name: 'wp-mail-smtp-options',
    make: (d) => {
      const key = d.c('sendgrid-api-key', `SG.${d.r.b64url(16).slice(0, 22)}.${d.r.b64url(32).slice(0, 43)}`);
      const pw = d.pw('smtp-password');
      return `wp option get wp_mail_smtp --format=json (site health export, ${d.client()}):\n{"mail":{"from_email":"no-reply@${d.client()}","mailer":"sendgrid"},"sendgrid":{"api_key":"${key}","domain":""},"smtp":{"host":"smtp.office365.com","port":587,"auth":true,"user":"office@${d.client()}","pass":"${pw}"},"general":{"summary_report_email_disabled":false}}\nPHP Notice: WP Mail SMTP: Mailer sendgrid returned 403 Forbidden`;
    },
  },
  {
    area: A,
    name: 'wordfence-login-alert',
    make: (d) => {
      const u = d.who(d.client());
      const ip = d.ip();
      const ph = d.phone();
      return `Wordfence alert for ${d.client()}: user "${u.email}" (${u.name}) signed in from ${ip} (country: ${d.pick(['RO', 'BR', 'VN', 'US'])}) at ${d.ts()}.\nUser profile: phone ${ph}, role administrator, 2FA: disabled.\nIf this was not expected, reset the password immediately.`;
    },
  },
  {
    area: A,
    name: 'multisite-search-replace',
    make: (d) => {
      const pw = d.c('db-password', g.password(d.r).replace(/[@:/]/g, 'x'));
      const pw2 = d.c('wp-admin-password', g.password(d.r));
      return `+ wp search-replace 'https://staging.${d.client()}' 'https://${d.client()}' --network --skip-columns=guid --dbpass=${JSON.stringify(pw)}\nError: Error establishing a database connection. DSN used: mysql://wp_network:${encodeURIComponent(pw)}@10.0.4.12:3306/wp_network\n+ wp user update 1 --user_pass=${pw2} --skip-email\n(step aborted, exit 1)`;
    },
  },
  {
    area: A,
    name: 'wp-config-full-leak',
    make: (d) => {
      const names = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
      const lines = names.map((n) => `define( '${n}', ${' '.repeat(17 - n.length)}'${d.c('wp-salt', g.wpSalt(d.r))}' );`);
      const pw = d.pw('db-password');
      const redis = d.c('redis-password', d.r.b64(18));
      return `Backup file exposed: GET https://${d.client()}/wp-config.php.bak -> 200 (${d.int(2800, 4200)} bytes), first lines:\ndefine( 'DB_NAME', 'wordpress' );\ndefine( 'DB_USER', 'wp_${d.hex(4)}' );\ndefine( 'DB_PASSWORD', '${pw}' );\ndefine( 'WP_REDIS_PASSWORD', '${redis}' );\n${lines.join('\n')}`;
    },
  },
  {
    area: A,
    name: 'migrate-db-json-in-json',
    make: (d) => {
      const lic = d.c('plugin-license-key', d.uuid());
      const conn = d.c('wp-migrate-connection-key', d.r.b64(30).replace(/[+/=]/g, 'k'));
      const inner = JSON.stringify({ option: 'wpmdb_settings', value: { key: conn, licence: lic, allow_pull: true, allow_push: true } });
      return JSON.stringify({ timestamp: d.ts(), service: 'wp-cron', status: 'error', host: `web-${d.int(1, 9)}`, message: `update_option failed: ${inner}` });
    },
  },
];

import type { NegTpl38 } from './blind-set-38-draw';
import { B62, type Rng38 } from './blind-set-38-rng';

const SITES = ['brightlinebakery.co.uk', 'harbourdental.com', 'oakandfennel.com', 'lumenarchitects.nl', 'tidewaterkayaks.com'];
const ts = (r: Rng38) => `2026-11-${String(r.int(1, 28)).padStart(2, '0')}T0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}Z`;
const ver = (r: Rng38) => `${r.int(1, 9)}.${r.int(0, 20)}.${r.int(0, 9)}`;
const priv = (r: Rng38) => r.pick([`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, '127.0.0.1']);

/** Look-alikes, part one: WordPress, commerce and hosting texts with ids, versions, placeholders and masked values. */
export const NEG38_A: NegTpl38[] = [
  {
    area: 'wordpress',
    name: 'wp-config-env',
    make: (r) => `config check OK for ${r.pick(SITES)} (release ${r.hex(7)}):\ndefine( 'DB_PASSWORD', getenv('WORDPRESS_DB_PASSWORD') );\ndefine( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'SECURE_AUTH_KEY',  'put your unique phrase here' );\ndefine( 'WP_DEBUG', false );\n$table_prefix = 'wp_';\n// salts rotated ${ts(r)} via wp config shuffle-salts (values not logged)`,
  },
  {
    area: 'wordpress',
    name: 'debug-deprecations',
    make: (r) => `[${r.int(10, 28)}-Nov-2026 0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)} UTC] PHP Deprecated:  Creation of dynamic property WPSEO_Admin_Asset_Manager::$prefix is deprecated in /var/www/html/wp-content/plugins/wordpress-seo/admin/class-admin-asset-manager.php on line ${r.int(30, 400)}\n[${r.int(10, 28)}-Nov-2026 03:11:09 UTC] PHP Notice:  Function _load_textdomain_just_in_time was called incorrectly. (This message was added in version 6.7.0.) request_id=${r.uuid()}`,
  },
  {
    area: 'wordpress',
    name: 'wpcli-plugin-list',
    make: (r) => `$ wp plugin list --update=available --format=csv\nname,status,update,version,update_version\nwoocommerce,active,available,${ver(r)},${ver(r)}\nadvanced-custom-fields-pro,active,available,6.${r.int(0, 4)}.${r.int(0, 9)},6.5.0\ngravityforms,active,available,2.${r.int(5, 9)}.${r.int(0, 20)},2.9.1\nwordfence,active,none,8.0.${r.int(0, 5)},\nSuccess: ${r.int(3, 9)} plugins need updates (cron job ${r.hex(12)})`,
  },
  {
    area: 'wordpress',
    name: 'wordfence-scan-hashes',
    make: (r) => `Wordfence scan finished on ${r.pick(SITES)}: 1 issue\n  Modified core file: wp-includes/version.php\n  expected md5 ${r.hex(32)}, actual md5 ${r.hex(32)}\n  scan id ${r.int(100000, 999999)}, duration ${r.int(30, 400)}s, files scanned ${r.int(4000, 40000)}`,
  },
  {
    area: 'commerce',
    name: 'woo-order-masked',
    make: (r) => `Order #${r.int(1000, 99999)} status changed from pending to processing on ${r.pick(SITES)}\n  payment: Stripe, card ${r.pick(['Visa', 'Mastercard', 'Amex'])} **** **** **** ${r.digits(4)}, charge ch_****${r.digits(4)}\n  items: SKU-${r.int(1000, 9999)} x${r.int(1, 4)}, SKU-${r.int(1000, 9999)} x1  total GBP ${r.int(10, 900)}.${r.digits(2)}\n  customer: [REDACTED]  shipping: Royal Mail Tracked 48`,
  },
  {
    area: 'commerce',
    name: 'stripe-publishable-config',
    make: (r) => `checkout.js config served to browsers (${r.pick(SITES)}):\nwindow.wc_stripe_params = {"key":"pk_live_${r.b62(24)}","locale":"en","is_checkout":"yes","return_url":"https:\\/\\/${r.pick(SITES)}\\/checkout\\/order-received\\/","ajaxurl":"\\/?wc-ajax=%%endpoint%%","stripe_nonce_field":"[hidden]","version":"${ver(r)}"}\nsecret_key: sk_live_****${r.b62(4)}`,
  },
  {
    area: 'commerce',
    name: 'qa-test-cards',
    make: (r) => `QA checklist run ${r.int(100, 999)} (staging.${r.pick(SITES)}, Stripe test mode):\n  success card 4242 4242 4242 4242, any CVC, any future date -> PASS\n  declined card 4000 0000 0000 0002 -> PASS (card_declined)\n  3DS card 4000 0027 6000 3184 -> ${r.pick(['PASS', 'FAIL: challenge iframe blocked by CSP'])}\n  PayPal sandbox: sb-${r.pick(['buyer', 'merchant'])}@business.example.com`,
  },
  {
    area: 'commerce',
    name: 'woo-webhook-ok',
    make: (r) => `WC_Webhook #${r.int(1, 40)} delivered: topic=order.updated, delivery_id=${r.int(10000, 99999)}, response=200 in ${r.int(40, 900)}ms\n  X-WC-Webhook-Signature: (not logged)\n  X-WC-Webhook-Delivery-ID: ${r.int(10000, 99999)}\n  X-WC-Webhook-Resource: order  X-WC-Webhook-ID: ${r.int(1, 40)}`,
  },
  {
    area: 'hosting',
    name: 'cpanel-quota-metrics',
    make: (r) => `{"metadata":{"command":"get_disk_usage","result":1,"version":1},"data":{"accounts":[{"user":"${r.pick(['oakfenne', 'harbourd', 'bright01'])}","blocks_used":${r.int(100000, 9999999)},"blocks_limit":10485760,"inodes_used":${r.int(1000, 300000)}}]},"server":"server${r.int(1, 40)}.agencyhost.net","timestamp":"${ts(r)}"}\nalert: disk usage ${r.int(80, 99)} % on /home`,
  },
  {
    area: 'hosting',
    name: 'sshd-publickey-private',
    make: (r) => `Nov ${r.int(10, 28)} 02:1${r.int(0, 9)}:0${r.int(0, 9)} web-07 sshd[${r.int(1000, 65000)}]: Accepted publickey for deploy from ${priv(r)} port ${r.int(40000, 65000)} ssh2: ED25519 SHA256:${r.b64(32).replace(/=+$/, '')}\nNov 14 02:10:05 web-07 sshd[1201]: pam_unix(sshd:session): session opened for user deploy(uid=1001) by (uid=0)`,
  },
  {
    area: 'hosting',
    name: 'git-config-clean',
    make: (r) => `[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n[remote "origin"]\n\turl = git@github.com:agency/${r.pick(['theme-oakfennel', 'harbour-site', 'client-portal'])}.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[branch "main"]\n\tremote = origin\n# HEAD ${r.hex(40)} (deploy ${r.int(100, 999)})`,
  },
  {
    area: 'hosting',
    name: 'htaccess-rules',
    make: (r) => `# BEGIN WordPress (generated ${ts(r)})\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteRule .* - [E=HTTP_AUTHORIZATION:%{HTTP:Authorization}]\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteRule . /index.php [L]\n</IfModule>\n# cache-bust ${r.chars(B62, 10)}\n# END WordPress`,
  },
];

import type { NegTpl38 } from './blind-set-38-draw';
import type { Rng38 } from './blind-set-38-rng';

const SITES = ['brightlinebakery.co.uk', 'harbourdental.com', 'oakandfennel.com', 'lumenarchitects.nl', 'tidewaterkayaks.com'];
const ts = (r: Rng38) => `2026-11-${String(r.int(1, 28)).padStart(2, '0')}T0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}Z`;
const queueId = (r: Rng38) => r.chars('0123456789ABCDEF', 10);

/** Look-alikes, part two: mail, DNS/CDN, deploys, headless CMS and agency paperwork with nothing sensitive. */
export const NEG38_B: NegTpl38[] = [
  {
    area: 'mail',
    name: 'postfix-delivered-role',
    make: (r) => `Nov ${r.int(10, 28)} 04:0${r.int(0, 9)}:11 mail-relay-01 postfix/smtp[${r.int(1000, 30000)}]: ${queueId(r)}: to=<support@${r.pick(SITES)}>, relay=smtp.sendgrid.net[${r.pick(['10.2.0.14', '172.20.1.9'])}]:587, delay=${r.int(0, 9)}.${r.int(1, 9)}, dsn=2.0.0, status=sent (250 Ok: queued as ${r.b64url(16)})\nNov 14 04:00:11 mail-relay-01 postfix/qmgr[811]: ${queueId(r)}: removed`,
  },
  {
    area: 'mail',
    name: 'dns-mail-records',
    make: (r) => `mail DNS check for ${r.pick(SITES)}: all PASS\nTXT @ "v=spf1 include:sendgrid.net include:mailgun.org ~all"\nTXT s1._domainkey "k=rsa; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQ${r.b64(96).replace(/=+$/, '')}"\nTXT _dmarc "v=DMARC1; p=quarantine; rua=mailto:dmarc-reports@${r.pick(SITES)}; pct=100"\nchecked at ${ts(r)} (trace ${r.hex(32)})`,
  },
  {
    area: 'mail',
    name: 'dovecot-stats',
    make: (r) => `${ts(r)} mail-02 dovecot: imap(postmaster@${r.pick(SITES)})<${r.int(1000, 99999)}><${r.b64(12)}>: Logged out in=${r.int(100, 9999)} out=${r.int(1000, 999999)} deleted=0 expunged=0 trashed=0 hdr_count=${r.int(0, 50)} hdr_bytes=${r.int(0, 99999)} body_count=0 body_bytes=0\nmailbox quota ${r.int(10, 95)} % for info@, sales@, accounts@`,
  },
  {
    area: 'dns-cdn',
    name: 'terraform-placeholders',
    make: (r) => `terraform plan: 2 to add, 0 to change\nprovider "cloudflare" { api_token = var.cloudflare_api_token }\nresource "cloudflare_record" "www" {\n  zone_id = "${r.hex(32)}"\n  name    = "www"\n  content = "${r.pick(SITES)}.cdn.cloudflare.net"\n  proxied = true\n}\n# export CLOUDFLARE_API_TOKEN=<your-api-token>  (see 1Password item "CF DNS edit")`,
  },
  {
    area: 'dns-cdn',
    name: 'cdn-cache-stats',
    make: (r) => `Fastly real-time stats ${r.pick(SITES)} (service ${r.b62(22)}): requests=${r.int(1000, 99999)} hit_ratio=0.${r.int(80, 99)} bandwidth=${r.int(10, 900)}MB errors_5xx=${r.int(0, 40)} pop=${r.pick(['LHR', 'AMS', 'FRA', 'IAD'])}\nX-Served-By: cache-${r.pick(['lhr', 'ams'])}${r.int(7000, 7999)}-LHR  X-Cache: HIT, MISS  X-Timer: S${r.int(1700000000, 1799999999)}.${r.digits(6)},VS0,VE${r.int(1, 90)}`,
  },
  {
    area: 'dns-cdn',
    name: 'aws-doc-example-keys',
    make: (r) => `README.md (route53-dns-challenge, v${r.int(1, 4)}.${r.int(0, 9)}):\n  export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n  export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n  export AWS_HOSTED_ZONE_ID=Z${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 13)}\nRun \`make test\` - build ${r.hex(40)}`,
  },
  {
    area: 'deploy',
    name: 'certbot-renew-ok',
    make: (r) => `Congratulations, all renewals succeeded:\n  /etc/letsencrypt/live/${r.pick(SITES)}/fullchain.pem (success)\n  serial: ${r.hex(36)}\n  SHA-256 fingerprint: ${r.hex(64).replace(/(..)(?=.)/g, '$1:').toUpperCase()}\n  not after: 2027-0${r.int(1, 9)}-1${r.int(0, 9)}  issuer: Let's Encrypt R${r.int(10, 13)}`,
  },
  {
    area: 'deploy',
    name: 'netlify-deploy-log',
    make: (r) => `${r.int(1, 12)}:${r.int(10, 59)}:${r.int(10, 59)} PM: Build ready to start\nDeploy ID ${r.hex(24)} for site ${r.uuid()}\nCommit ${r.hex(40)} "Update hero copy"\nBuild time ${r.int(20, 300)}s, ${r.int(100, 4000)} files uploaded, ${r.int(0, 30)} functions\nSite is live https://${r.hex(24)}--${r.pick(['harbour', 'oakfennel'])}.netlify.app`,
  },
  {
    area: 'deploy',
    name: 'uptime-status',
    make: (r) => `UptimeRobot: Monitor is UP: ${r.pick(SITES)} (monitor ${r.int(790000000, 799999999)}) after ${r.int(1, 59)} minutes down. Reason: HTTP 200 OK. Response time ${r.int(80, 2000)} ms. Alert id ${r.uuid()}`,
  },
  {
    area: 'headless',
    name: 'redacted-env-dump',
    make: (r) => `env (masked by CI) for job ${r.int(1000000, 9999999)}:\nCONTENTFUL_SPACE_ID=${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}\nCONTENTFUL_ACCESS_TOKEN=[REDACTED]\nSANITY_API_TOKEN=***\nSTRIPE_SECRET_KEY=sk_live_****${r.digits(4)}\nGHOST_ADMIN_API_KEY=\${GHOST_ADMIN_API_KEY}\nNODE_VERSION=${r.int(18, 22)}.${r.int(0, 20)}.${r.int(0, 9)}`,
  },
  {
    area: 'headless',
    name: 'graphql-content-ids',
    make: (r) => `[storyblok] cache miss for story ${r.int(100000000, 999999999)} (uuid ${r.uuid()}), cv=${r.int(1700000000, 1799999999)}, asset https://a.storyblok.com/f/${r.int(100000, 999999)}/${r.int(1000, 4000)}x${r.int(500, 3000)}/${r.hex(10)}/hero.jpg\ncontentful sys.id=${r.b62(22)} revision=${r.int(1, 90)} etag W/"${r.hex(16)}"`,
  },
  {
    area: 'agency',
    name: 'handover-template',
    make: (r) => `# Handover template v${r.int(2, 9)} (do not fill in here, use 1Password)\n| System | Login | Password |\n|---|---|---|\n| WP admin | <client-admin-email> | <stored in vault> |\n| cPanel | xxxx | xxxxxxxx |\n| Registrar EPP code | - | ask registrar |\nTicket WEB-${r.int(100, 999)}, checklist ${r.int(60, 100)} % complete`,
  },
  {
    area: 'agency',
    name: 'invoice-summary',
    make: (r) => `Monthly billing run ${ts(r)}: ${r.int(20, 90)} invoices issued, INV-2026-${r.int(100, 999)} to INV-2026-${r.int(1000, 1999)}\n  ${r.pick(['Harbour Dental Ltd', 'Oak & Fennel Ltd', 'Lumen Architects BV'])}: GBP ${r.int(100, 9000)}.${r.digits(2)} (paid)\n  ${r.pick(['Brightline Bakery', 'Tidewater Kayaks LLC'])}: GBP ${r.int(100, 9000)}.${r.digits(2)} (due ${r.int(1, 28)} Dec)\n  questions: accounts@agency.example`,
  },
  {
    area: 'headless',
    name: 'ghost-content-key-public',
    make: (r) => `theme build: fetching posts with the public Content API key (safe for browsers per Ghost docs)\nGET https://blog.${r.pick(SITES)}/ghost/api/content/posts/?key=${r.hex(26)}&limit=${r.int(5, 50)}&include=tags -> 200 in ${r.int(20, 900)}ms (x-request-id ${r.uuid()})`,
  },
  {
    area: 'headless',
    name: 'algolia-frontend-config',
    make: (r) => `instantsearch init (${r.pick(SITES)}): appId=${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)} searchOnlyApiKey=<public search-only key from theme settings> index=wp_posts_${r.pick(['en', 'fr', 'de'])} hits=${r.int(0, 400)} processingTimeMS=${r.int(1, 90)} queryID=${r.hex(32)}`,
  },
  {
    area: 'commerce',
    name: 'woo-keys-truncated',
    make: (r) => `WooCommerce > Settings > Advanced > REST API (${r.pick(SITES)}):\n  Description: ERP sync | User: shop-manager | Permissions: Read/Write | Consumer key: ...${r.hex(7)} | Last access: ${ts(r)}\n  Description: Zapier | Permissions: Read | Consumer key: ...${r.hex(7)} | Last access: never\n  audit ticket WEB-${r.int(100, 999)}: keys reviewed, none rotated`,
  },
  {
    area: 'dns-cdn',
    name: 'cloudflare-ray-ids',
    make: (r) => `Cloudflare 522 spike on ${r.pick(SITES)}: ${r.int(20, 900)} requests in 5m\n  sample cf-ray ${r.hex(16)}-${r.pick(['LHR', 'AMS', 'CDG', 'FRA'])}, ${r.hex(16)}-LHR\n  origin ${r.pick(['10.20.0.5', '192.168.50.12'])}:443 unreachable, zone ${r.hex(32)}, firewall rule id ${r.hex(32)}`,
  },
  {
    area: 'deploy',
    name: 'acme-account-public',
    make: (r) => `certbot: account registered https://acme-v02.api.letsencrypt.org/acme/acct/${r.int(100000000, 2999999999)} contact mailto:hostmaster@agency.example\n  JWK thumbprint ${r.b64url(32)}\n  order https://acme-v02.api.letsencrypt.org/acme/order/${r.int(100000000, 2999999999)}/${r.int(100000000000, 999999999999)} status=valid, challenge http-01 token served at /.well-known/acme-challenge/${r.b64url(32)}`,
  },
];

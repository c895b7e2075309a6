import type { Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';
import { B64URL } from './blind-set-38-rng';

const A = 'dns-cdn';

/** Registrars and DNS APIs, CDNs, and object storage keys. */
export const EDGE38: Tpl38[] = [
  {
    area: A,
    name: 'godaddy-sso-key',
    make: (d) => {
      const key = d.c('godaddy-api-key', `${d.b62(d.int(34, 37))}`);
      const sec = d.c('godaddy-api-secret', d.b62(22));
      return `certbot-dns-godaddy: HTTPError 403 PATCH https://api.godaddy.com/v1/domains/${d.client()}/records\n  headers={'Authorization': 'sso-key ${key}:${sec}', 'Content-Type': 'application/json'}\n  body={"code":"ACCESS_DENIED","message":"Authenticated user is not allowed access"}`;
    },
  },
  {
    area: A,
    name: 'namecheap-api',
    make: (d) => {
      const key = d.c('namecheap-api-key', d.hex(32));
      const ip = d.ip();
      return `renewal-bot ERROR ${d.ts()}: GET https://api.namecheap.com/xml.response?ApiUser=agencyops&ApiKey=${key}&UserName=agencyops&Command=namecheap.domains.renew&ClientIp=${ip}&DomainName=${d.client()}&Years=1\n<ApiResponse Status="ERROR"><Errors><Error Number="1011150">Invalid request IP: ${ip}</Error></Errors></ApiResponse>`;
    },
  },
  {
    area: A,
    name: 'cloudflare-tokens',
    make: (d) => {
      const tok = d.c('cloudflare-api-token', d.r.chars(B64URL, 40));
      const gk = d.c('cloudflare-global-api-key', d.hex(37));
      const u = { email: d.email() };
      return `terraform plan (dns-${d.client()}):\n│ Error: failed to verify API token: Invalid request headers (6003)\n│   with provider["registry.terraform.io/cloudflare/cloudflare"]\nTF_VAR_cloudflare_api_token=${tok}\nlegacy: X-Auth-Email: ${u.email}  X-Auth-Key: ${gk}`;
    },
  },
  {
    area: A,
    name: 'route53-acme-dns01',
    make: (d) => {
      const id = d.c('aws-access-key-id', g.awsKeyId(d.r));
      const sec = d.c('aws-secret-access-key', g.awsSecret(d.r));
      return `lego: [${d.client()}] acme: error presenting token: route53: failed to change record set: AccessDenied: User: arn:aws:iam::${d.r.digits(12)}:user/lego-dns is not authorized to perform: route53:ChangeResourceRecordSets\nenv: AWS_ACCESS_KEY_ID=${id} AWS_SECRET_ACCESS_KEY=${sec} AWS_HOSTED_ZONE_ID=Z${g.alnumUpper(d.r, 13)}`;
    },
  },
  {
    area: A,
    name: 'digitalocean-dns-spaces',
    make: (d) => {
      const tok = d.c('digitalocean-token', `dop_v1_${d.hex(64)}`);
      const key = d.c('spaces-access-key', `DO${g.alnumUpper(d.r, 18)}`);
      const sec = d.c('spaces-secret-key', d.r.b64(32).slice(0, 43));
      return `[doctl] Error: GET https://api.digitalocean.com/v2/domains/${d.client()}/records: 401 (request "${d.uuid()}") Unable to authenticate you\n~/.config/doctl/config.yaml:\naccess-token: ${tok}\nspaces:\n  access_key_id: ${key}\n  secret_access_key: ${sec}\n  endpoint: ams3.digitaloceanspaces.com`;
    },
  },
  {
    area: A,
    name: 'fastly-purge',
    make: (d) => {
      const tok = d.c('fastly-api-token', d.r.chars(B64URL, 32));
      return `purge-on-publish failed (HTTP 401): curl -X POST -H "Fastly-Key: ${tok}" -H "Fastly-Soft-Purge: 1" https://api.fastly.com/service/${d.b62(22)}/purge/post-${d.int(100, 9999)}\n{"msg":"Provided credentials are missing or invalid"}`;
    },
  },
  {
    area: A,
    name: 'akamai-edgerc',
    make: (d) => {
      const sec = d.c('akamai-client-secret', d.r.b64(32));
      const at = d.c('akamai-access-token', `akab-${g.lowerAlnum(d.r, 16)}-${g.lowerAlnum(d.r, 16)}`);
      const ct = d.c('akamai-client-token', `akab-${g.lowerAlnum(d.r, 16)}-${g.lowerAlnum(d.r, 16)}`);
      return `akamai purge invalidate failed: ERROR: 401 The signature does not match\n~/.edgerc [ccu]:\nclient_secret = ${sec}\nhost = akab-${g.lowerAlnum(d.r, 16)}-${g.lowerAlnum(d.r, 16)}.purge.akamaiapis.net\naccess_token = ${at}\nclient_token = ${ct}`;
    },
  },
  {
    area: A,
    name: 'bunny-keycdn',
    make: (d) => {
      const bunny = d.c('bunnycdn-api-key', `${d.uuid()}${d.uuid().slice(8)}`);
      const storage = d.c('bunnycdn-storage-password', `${d.uuid()}-${d.hex(4)}-${d.hex(4)}`);
      const kc = d.c('keycdn-api-key', d.b62(32));
      return `media-offload ERROR: PUT https://storage.bunnycdn.com/${d.client().split('.')[0]}/wp-content/uploads/2026/11/hero.webp -> 401\n  AccessKey: ${storage}\npull-zone purge: {"url":"https://api.bunny.net/pullzone/${d.int(100000, 999999)}/purgeCache","AccessKey":"${bunny}"} -> 401\nkeycdn fallback: curl "https://api.keycdn.com/zones/purgeurl/${d.int(1000, 99999)}.json" -u ${kc}: -> {"status":"error","description":"Unauthorized"}`;
    },
  },
  {
    area: A,
    name: 'b2-wasabi-rclone',
    make: (d) => {
      const kid = d.c('b2-key-id', `005${d.hex(22)}`);
      const app = d.c('b2-application-key', `K005${d.b62(27)}`);
      const wk = d.c('wasabi-access-key', g.alnumUpper(d.r, 20));
      const ws = d.c('wasabi-secret-key', g.awsSecret(d.r));
      return `rclone sync failed: Failed to create file system for "b2:agency-backups/${d.client()}": failed to authorize account: Unauthorized (401 unauthorized)\n[b2]\ntype = b2\naccount = ${kid}\nkey = ${app}\n\n[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = ${wk}\nsecret_access_key = ${ws}\nendpoint = s3.eu-central-2.wasabisys.com`;
    },
  },
];

import { crc32, b62n, ibanOk, luhnDigit } from './blind-set-39-values';

const luhn = (d: string): boolean => d.length > 1 && luhnDigit(d.slice(0, -1)) === d.slice(-1);
const b64 = (s: string, url = false): Buffer | null => {
  const re = url ? /^[A-Za-z0-9_-]+={0,2}$/ : /^[A-Za-z0-9+/]+={0,2}$/;
  return re.test(s) ? Buffer.from(s, url ? 'base64url' : 'base64') : null;
};
const pemOk = (s: string): boolean => {
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(s);
  if (!m) return false;
  const der = Buffer.from(m[2]!.replace(/\n/g, ''), 'base64');
  return m[1] === 'OPENSSH PRIVATE KEY' ? der.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0' : der[0] === 0x30;
};
const jwtOk = (s: string): boolean => {
  const parts = s.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
};
const ssnOk = (s: string): boolean => {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000';
};
const abaOk = (s: string): boolean => {
  if (!/^\d{9}$/.test(s)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return w.reduce((a, x, i) => a + x * Number(s[i]), 0) % 10 === 0;
};
const bsnOk = (s: string): boolean => {
  if (!/^\d{9}$/.test(s)) return false;
  let sum = -Number(s[8]);
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(s[i]);
  return sum % 11 === 0;
};
const publicV4 = (s: string): boolean => {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (!m || m.slice(1).some((x) => Number(x) > 255)) return false;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return !(a === 10 || a === 127 || a === 0 || a >= 224 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127));
};
const flaskOk = (s: string): boolean => {
  const p = s.split('.');
  try {
    return p.length === 3 && typeof JSON.parse(Buffer.from(p[0]!, 'base64url').toString('utf8')) === 'object';
  } catch {
    return false;
  }
};

const CHECKS: Record<string, (v: string) => boolean> = {
  'card-number': (v) => {
    const d = v.replace(/[ -]/g, '');
    return /^\d{15,16}$/.test(d) && luhn(d) && /^(4|5[1-5]|2[2-7]|3[47]|6011)/.test(d);
  },
  cvv: (v) => /^\d{3,4}$/.test(v),
  iban: (v) => ibanOk(v.replace(/ /g, '')),
  'routing-number': abaOk,
  'bank-account': (v) => /^\d{6,17}$/.test(v),
  ssn: ssnOk,
  'national-id-ca': (v) => /^\d{3} \d{3} \d{3}$/.test(v) && luhn(v.replace(/ /g, '')),
  'national-id-nl': bsnOk,
  'national-id-es': (v) => /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8],
  'national-id-uk': (v) => /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(v) && !/^(BG|GB|NK|KN|TN|NT|ZZ)/.test(v),
  'passport-number': (v) => /^[A-Z0-9]{8,9}$/.test(v),
  email: (v) => /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/i.test(decodeURIComponent(v)) && !/@example\.(com|org|net)$/.test(v),
  phone: (v) => {
    const d = v.replace(/\D/g, '');
    return d.length >= 10 && d.length <= 13 && /^[+(\d][\d ()+-]+$/.test(v);
  },
  'ip-address': publicV4,
  'date-of-birth': (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)),
  'device-id': (v) => /^[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/.test(v),
  'aws-access-key-id': (v) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v) && !v.endsWith('EXAMPLE'),
  'aws-secret-key': (v) => /^[A-Za-z0-9+/]{40}$/.test(v),
  'gcs-hmac-secret': (v) => /^[A-Za-z0-9+/]{40}$/.test(v),
  'aws-session-token': (v) => /^IQoJb3JpZ2luX2Vj/.test(v) && b64(v) !== null,
  'gcs-hmac-id': (v) => /^GOOG1E[A-Z0-9]{55}$/.test(v),
  'private-key': pemOk,
  'private-key-yaml': (v) => pemOk(v.replace(/\n +/g, '\n')),
  'gcp-private-key': (v) => v.endsWith('\\n') && pemOk(v.slice(0, -2).replace(/\\n/g, '\n')),
  'gcp-private-key-id': (v) => /^[0-9a-f]{40}$/.test(v),
  jwt: jwtOk,
  'basic-auth': (v) => {
    const d = b64(v);
    return d !== null && d.toString('utf8').includes(':') && Buffer.from(d.toString('utf8')).toString('base64') === v;
  },
  'k8s-secret-b64': (v) => {
    const d = b64(v);
    return d !== null && d.toString('base64') === v && /^[\x20-\x7e]+$/.test(d.toString('utf8'));
  },
  'azure-storage-key': (v) => v.length === 88 && b64(v)?.length === 64,
  'azure-sas-signature': (v) => b64(decodeURIComponent(v))?.length === 32,
  'azure-client-secret': (v) => /^[A-Za-z0-9]{3}8Q~[A-Za-z0-9_~.-]{34}$/.test(v),
  'encryption-key': (v) => b64(v)?.length === 32,
  'flask-secret-key': (v) => /^[0-9a-f]{32}$/.test(v) || b64(v)?.length === 42,
  'fernet-key': (v) => v.length === 44 && b64(v, true)?.length === 32,
  'databricks-token': (v) => /^dapi[0-9a-f]{32}(-\d)?$/.test(v),
  'databricks-oauth-secret': (v) => /^dose[0-9a-f]{32}$/.test(v),
  'github-token': (v) => {
    if (/^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/.test(v)) return true;
    const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v);
    return !!m && b62n(crc32(m[1]!), 6) === m[2];
  },
  'gitlab-token': (v) => /^glpat-[A-Za-z0-9_-]{20}$/.test(v),
  'slack-token': (v) => /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/.test(v),
  'slack-webhook': (v) => /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/.test(v),
  'sendgrid-key': (v) => /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v),
  'stripe-secret-key': (v) => /^(sk|rk)_live_[A-Za-z0-9]{24,99}$/.test(v),
  'stripe-webhook-secret': (v) => /^whsec_[A-Za-z0-9]{32}$/.test(v),
  'shopify-token': (v) => /^shpat_[0-9a-f]{32}$/.test(v),
  'hubspot-token': (v) => /^pat-(na1|na2|eu1)-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v),
  'mailchimp-key': (v) => /^[0-9a-f]{32}-us\d{1,2}$/.test(v),
  'prefect-api-key': (v) => /^pn[ub]_[A-Za-z0-9]{36}$/.test(v),
  'dbt-cloud-token': (v) => /^dbt[cu]_[A-Za-z0-9_-]{56}$/.test(v),
  'confluent-api-key': (v) => /^[A-Z0-9]{16}$/.test(v),
  'confluent-api-secret': (v) => /^[A-Za-z0-9+/]{64}$/.test(decodeURIComponent(v)),
  'google-oauth-token': (v) => /^ya29\.a0[A-Za-z0-9_-]{150,200}$/.test(v),
  'google-refresh-token': (v) => /^1\/\/0[A-Za-z0-9][A-Za-z0-9_-]{99}$/.test(v),
  'google-client-secret': (v) => /^GOCSPX-[A-Za-z0-9]{28}$/.test(v),
  'fivetran-api-key': (v) => /^[A-Za-z0-9]{16}$/.test(v),
  'fivetran-api-secret': (v) => /^[A-Za-z0-9]{32}$/.test(v),
  'looker-client-id': (v) => /^[A-Za-z0-9]{20}$/.test(v),
  'looker-client-secret': (v) => /^[A-Za-z0-9]{24}$/.test(v),
  'tableau-pat': (v) => /^[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}$/.test(v),
  'metabase-api-key': (v) => /^mb_/.test(v) && b64(v.slice(3))?.length === 32,
  'census-token': (v) => /^secret-token:[A-Za-z0-9]{32}$/.test(v),
  'hex-token': (v) => /^hxtw_[0-9a-f]{96}$/.test(v),
  'mode-token': (v) => /^[0-9a-f]{12}$/.test(v),
  'mode-secret': (v) => /^[0-9a-f]{24}$/.test(v),
  'jupyter-token': (v) => /^[0-9a-f]{48}$/.test(v),
  'datadog-api-key': (v) => /^[0-9a-f]{32}$/.test(v),
  'pagerduty-routing-key': (v) => /^[0-9a-f]{32}$/.test(v),
  'amplitude-api-key': (v) => /^[0-9a-f]{32}$/.test(v),
  'amplitude-secret-key': (v) => /^[0-9a-f]{32}$/.test(v),
  'metabase-embedding-token': (v) => /^[0-9a-f]{64}$/.test(v),
  'stitch-token': (v) => /^[0-9a-f]{64}$/.test(v),
  'r2-access-key-id': (v) => /^[0-9a-f]{32}$/.test(v),
  'r2-secret-key': (v) => /^[0-9a-f]{64}$/.test(v),
  'b2-key-id': (v) => /^00[0-9a-f]{23}$/.test(v),
  'b2-application-key': (v) => /^K00[0-9][A-Za-z0-9/+]{27}$/.test(v),
  'twilio-api-key': (v) => /^SK[0-9a-f]{32}$/.test(v),
  'twilio-api-secret': (v) => /^[A-Za-z0-9]{32}$/.test(v),
  'zendesk-token': (v) => /^[A-Za-z0-9]{40}$/.test(v),
  'minio-secret-key': (v) => /^[A-Za-z0-9]{40}$/.test(v),
  'mapbox-token': (v) => /^sk\.eyJ1Ijoi[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/.test(v),
  'plaid-access-token': (v) => /^access-production-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v),
  'hightouch-api-key': (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v),
  'session-cookie': (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v) || flaskOk(v),
  'dagster-agent-token': (v) => /^agent:[a-z]+:[0-9a-f]{32}$/.test(v),
  password: (v) => v.length >= 8 && !/^(changeme|password|<.*>|\$\{.*\}|\*+)$/i.test(v),
  passphrase: (v) => v.length >= 8,
};

/** Checks a planted value of set 39 against its kind's own format; true for kinds with nothing to check. */
export function formatOk39(kind: string, value: string): boolean {
  const check = CHECKS[kind];
  return check ? check(value) : true;
}

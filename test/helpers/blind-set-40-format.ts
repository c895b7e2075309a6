import { base62, crc32, ibanCheck, luhnOk } from './blind-set-40-checks';

const re = (r: RegExp) => (v: string) => r.test(v);
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const json64 = (b: string): Record<string, unknown> | null => {
  try {
    const o = JSON.parse(Buffer.from(b, b.includes('-') || b.includes('_') ? 'base64url' : 'base64').toString('utf8'));
    return o && typeof o === 'object' ? o : null;
  } catch {
    return null;
  }
};

const crcTail = (v: string, prefix: string): boolean => {
  const body = v.slice(prefix.length, -6);
  return body.length === 30 && /^[0-9A-Za-z]+$/.test(body) && base62(crc32(body), 6) === v.slice(-6);
};

const card = (v: string): boolean => {
  const d = v.replace(/[ -]/g, '');
  if (!/^\d{13,19}$/.test(d) || !luhnOk(d)) return false;
  return /^(4|5[1-5]|2[2-7]|3[47]|6011|35|36|62)/.test(d);
};

const iban = (v: string): boolean => {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  return ibanCheck(s.slice(0, 2), s.slice(4)) === s.slice(2, 4);
};

const aba = (v: string): boolean => {
  if (!/^\d{9}$/.test(v)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(v[i]) * w[i]!;
  return s % 10 === 0;
};

const ssn = (v: string): boolean => {
  const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a > 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
};

const bsn = (v: string): boolean => {
  if (!/^\d{9}$/.test(v)) return false;
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(v[i]) * (9 - i);
  return (s - Number(v[8])) % 11 === 0;
};

const cpf = (v: string): boolean => {
  const d = v.replace(/[.-]/g, '');
  if (!/^\d{11}$/.test(d)) return false;
  const dv = (xs: number[]) => { let s = 0; xs.forEach((x, i) => (s += x * (xs.length + 1 - i))); const m = (s * 10) % 11; return m === 10 ? 0 : m; };
  const n = d.split('').map(Number);
  return dv(n.slice(0, 9)) === n[9] && dv(n.slice(0, 10)) === n[10];
};

const dni = (v: string): boolean => {
  const m = /^(\d{8})([A-Z])$/.exec(v);
  return !!m && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(m[1]) % 23] === m[2];
};

const pesel = (v: string): boolean => {
  if (!/^\d{11}$/.test(v)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let s = 0;
  for (let i = 0; i < 10; i++) s += Number(v[i]) * w[i]!;
  return (10 - (s % 10)) % 10 === Number(v[10]);
};

const jwt = (v: string): boolean => {
  const p = v.split('.');
  if (p.length !== 3 || !p.every((x) => /^[A-Za-z0-9_-]+$/.test(x))) return false;
  const h = json64(p[0]!.replace(/-/g, '+').replace(/_/g, '/'));
  const b = json64(p[1]!.replace(/-/g, '+').replace(/_/g, '/'));
  return !!h && typeof h['alg'] === 'string' && !!b;
};

const pem = (v: string): boolean => {
  const m = /^-----BEGIN ([A-Z ]*)PRIVATE KEY-----([\s\S]+?)-----END \1PRIVATE KEY-----$/.exec(v.replace(/\\n/g, '\n'));
  if (!m) return false;
  const body = m[2]!.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]+=*$/.test(body)) return false;
  const der = Buffer.from(body, 'base64');
  return der.length > 60 && der[0] === 0x30;
};

const ipv4 = (v: string): boolean => {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(v);
  if (!m) return false;
  const o = m.slice(1).map(Number);
  if (o.some((x) => x > 255)) return false;
  const [a, b, c] = o as [number, number, number];
  if (a === 0 || a === 10 || a === 127 || a >= 224 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b < 128)) return false;
  if ((a === 192 && b === 0 && c === 2) || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113)) return false;
  return true;
};

const checks: Record<string, (v: string) => boolean> = {
  'card-number': card,
  'card-cvv': re(/^\d{3,4}$/),
  iban,
  'aba-routing': aba,
  'bank-account': re(/^\d{6,17}$/),
  'uk-sort-code': re(/^\d{2}-\d{2}-\d{2}$/),
  'us-ssn': ssn,
  'nl-bsn': bsn,
  'br-cpf': cpf,
  'ca-sin': (v) => /^\d{3} \d{3} \d{3}$/.test(v) && luhnOk(v.replace(/ /g, '')),
  'es-dni': dni,
  'uk-nino': re(/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]$/),
  'pl-pesel': pesel,
  'passport-number': re(/^([0-9]{9}|C[CFGHJKLMNPRTVWXYZ0-9]{8}|[A-Z]{2}\d{7})$/),
  email: re(/^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/),
  phone: (v) => /^\+[\d ()-]+$/.test(v) && v.replace(/\D/g, '').length >= 10 && v.replace(/\D/g, '').length <= 15,
  ipv4,
  ipv6: (v) => /^[0-9a-f:]+$/.test(v) && v.startsWith('2') && !v.startsWith('2001:db8'),
  'date-of-birth': (v) => /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/.test(v) || /^(0[1-9]|[12]\d)\/(0[1-9]|1[0-2])\/(19|20)\d\d$/.test(v),
  'device-id': re(UUID),
  'github-token': (v) => /^gh[pousr]_/.test(v) && v.length === 40 && crcTail(v, v.slice(0, 4)),
  'npm-token': (v) => v.length === 40 && crcTail(v, 'npm_'),
  'datadog-api-key': re(/^[0-9a-f]{32}$/),
  'datadog-app-key': re(/^[0-9a-f]{40}$/),
  'newrelic-license-key': re(/^[0-9a-f]{36}NRAL$/),
  'newrelic-user-key': re(/^NRAK-[A-Z0-9]{27}$/),
  'newrelic-insert-key': re(/^NRII-[A-Za-z0-9_-]{32}$/),
  'dynatrace-token': re(/^dt0[cs]0[12]\.[A-Z0-9]{24}\.[A-Z0-9]{64}$/),
  'sentry-org-token': (v) => { const m = /^sntrys_([A-Za-z0-9+/]+)_([A-Za-z0-9_-]{43})$/.exec(v); return !!m && !!json64(m[1]!) && 'org' in json64(m[1]!)!; },
  'sentry-user-token': re(/^sntryu_[0-9a-f]{64}$/),
  'honeycomb-ingest-key': re(/^hc[ax]ik_01[0-9a-hjkmnp-tv-z]{24}[a-z0-9]{32}$/),
  'honeycomb-config-key': re(/^[A-Za-z0-9]{22}$/),
  'grafana-service-account-token': (v) => { const m = /^glsa_([A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(v); return !!m && crc32('glsa_' + m[1]).toString(16).padStart(8, '0') === m[2]; },
  'grafana-cloud-token': (v) => v.startsWith('glc_') && typeof json64(v.slice(4))?.['k'] === 'string',
  'grafana-api-key': (v) => v.startsWith('eyJrIjoi') && typeof json64(v)?.['k'] === 'string',
  'aws-access-key-id': (v) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v) && !v.endsWith('EXAMPLE'),
  'aws-secret-access-key': re(/^[A-Za-z0-9+/]{40}$/),
  'slack-bot-token': re(/^xoxb-\d{10,13}-\d{13}-[A-Za-z0-9]{24}$/),
  'slack-user-token': re(/^xoxp-\d{11}-\d{12}-\d{13}-[0-9a-f]{32}$/),
  'slack-app-token': re(/^xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}$/),
  'slack-webhook-url': re(/^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/),
  'slack-signing-secret': re(/^[0-9a-f]{32}$/),
  'discord-webhook-url': re(/^https:\/\/discord\.com\/api\/webhooks\/\d{19}\/[A-Za-z0-9_-]{68}$/),
  'teams-webhook-secret': re(/^[0-9a-f]{32}$/),
  'telegram-bot-token': re(/^\d{10}:AA[A-Za-z0-9_-]{33}$/),
  'pagerduty-api-key': re(/^(u\+)?[A-Za-z0-9_+-]{20}$/),
  'pagerduty-routing-key': re(/^[0-9a-f]{32}$/),
  'twilio-auth-token': re(/^[0-9a-f]{32}$/),
  'twilio-api-key-sid': re(/^SK[0-9a-f]{32}$/),
  'sendgrid-api-key': re(/^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/),
  'mailgun-api-key': re(/^(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})$/),
  'stripe-secret-key': re(/^[sr]k_live_[A-Za-z0-9]{24,99}$/),
  'stripe-webhook-secret': re(/^whsec_[A-Za-z0-9]{32}$/),
  jwt,
  'basic-auth-base64': (v) => /^[A-Za-z0-9+/]+=*$/.test(v) && /^[^:\s]+:\S+$/.test(Buffer.from(v, 'base64').toString('utf8')),
  password: (v) => v.length >= 8 && !/^(changeme|password|xxxx+|\*+)$/i.test(v),
  'azure-shared-key': (v) => /^[A-Za-z0-9+/]{86}==$/.test(v) && Buffer.from(v, 'base64').length === 64,
  'elastic-api-key': (v) => /^[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}$/.test(Buffer.from(v, 'base64').toString('utf8')),
  'sumologic-access-key': re(/^[A-Za-z0-9]{64}$/),
  'axiom-token': (v) => /^xa[ap]t-/.test(v) && UUID.test(v.slice(5)),
  'honeybadger-token': re(/^hbp_[A-Za-z0-9]{36}$/),
  'logzio-token': re(/^[A-Za-z]{32}$/),
  'splunk-observability-token': re(/^[A-Za-z0-9_-]{22}$/),
  'private-key': pem,
  'splunk-hec-token': re(UUID),
  'opsgenie-api-key': re(UUID),
  'statuspage-api-key': re(/^[0-9a-f]{32}$|^[0-9a-f-]{36}$/),
  'victorops-api-key': re(/^[0-9a-f]{32}$/),
  'victorops-routing-key': re(UUID),
  'rollbar-token': re(/^[0-9a-f]{32}$/),
  'bugsnag-api-key': re(/^[0-9a-f]{32}$/),
  'airbrake-project-key': re(/^[0-9a-f]{32}$/),
  'mezmo-ingestion-key': re(/^[0-9a-f]{32}$/),
  'loggly-token': re(UUID),
  'postmark-server-token': re(UUID),
  'sentry-dsn-secret': re(/^[0-9a-f]{32}$/),
  'honeycomb-classic-key': re(/^[0-9a-f]{32}$/),
};

/** Checks a planted value's own format for set 40; true for kinds with nothing to check. */
export function formatOk40(kind: string, value: string): boolean {
  const f = checks[kind];
  return f ? f(value) : value.length > 0;
}

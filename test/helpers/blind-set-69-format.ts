import {
  aadhaarOk,
  abaOk,
  bsnOk,
  cfOk,
  cnIdOk,
  cpfOk,
  curpOk,
  dniOk,
  einOk,
  ibanOk,
  luhnOk,
  ninoOk,
  nirOk,
  panOk,
  peselOk,
  personnummerOk,
  sinOk,
  ssnOk,
  td1Ok,
  td3Line1Ok,
  td3Line2Ok,
} from './blind-set-69-checks';

const unescape = (s: string): string => {
  let x = s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\\\//g, '/');
  try {
    if (/%[0-9A-F]{2}/i.test(x)) x = decodeURIComponent(x.replace(/\+/g, ' '));
  } catch {}
  return x;
};
const json = (b64u: string): boolean => {
  try {
    const v: unknown = JSON.parse(Buffer.from(b64u, 'base64url').toString('utf8'));
    return typeof v === 'object' && v !== null;
  } catch {
    return false;
  }
};
/** A JWS: three base64url parts whose header (and, for a JWT, payload) decode to JSON objects. */
const jwtOk = (s: string, payloadJson = true): boolean => {
  const parts = s.split('.');
  if (parts.length !== 3 || !parts.slice(0, 2).every((p) => /^[A-Za-z0-9_-]+$/.test(p)) || !/^[A-Za-z0-9_-]*$/.test(parts[2]!)) return false;
  return json(parts[0]!) && (!payloadJson || json(parts[1]!));
};
/** PEM: matching BEGIN/END labels around base64 lines of at most 64 characters, also when the newlines are JSON-escaped. */
const pemOk = (s: string): boolean => {
  const x = s.replace(/\\n/g, '\n').trim();
  const m = /^-----BEGIN ([A-Z ]+)-----\n([\s\S]+?)\n-----END ([A-Z ]+)-----$/.exec(x);
  if (!m || m[1] !== m[3] || !/PRIVATE KEY$/.test(m[1]!)) return false;
  const lines = m[2]!.split('\n');
  return lines.every((l) => /^[A-Za-z0-9+/=]{1,64}$/.test(l)) && Buffer.from(lines.join(''), 'base64')[0] === 0x30;
};
const b64Of = (s: string, re: RegExp): boolean => /^[A-Za-z0-9+/]+=*$/.test(s) && re.test(Buffer.from(s, 'base64').toString('utf8'));
const dateOk = (s: string): boolean => {
  let y = 0,
    m = 0,
    d = 0,
    r: RegExpExecArray | null;
  if ((r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s))) [y, m, d] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{2})[/.](\d{2})[/.](\d{4})$/.exec(s))) [d, m, y] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else if ((r = /^(\d{2})(\d{2})(\d{4})$/.exec(s))) [m, d, y] = [Number(r[1]), Number(r[2]), Number(r[3])];
  else return false;
  if (m > 12 && d <= 12) [m, d] = [d, m];
  return y >= 1900 && y <= 2010 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
};

const CHECKS: Record<string, (v: string) => boolean> = {
  'card-number': luhnOk,
  iban: ibanOk,
  'aba-routing': abaOk,
  'bank-account': (v) => /^\d{6,17}$/.test(v),
  'sort-code': (v) => /^\d{2}-\d{2}-\d{2}$/.test(v),
  ein: einOk,
  ssn: ssnOk,
  'uk-nino': ninoOk,
  'es-dni': dniOk,
  'es-nie': dniOk,
  'it-codice-fiscale': cfOk,
  'br-cpf': cpfOk,
  'in-pan': panOk,
  'in-aadhaar': aadhaarOk,
  'fr-nir': nirOk,
  'nl-bsn': bsnOk,
  'se-personnummer': personnummerOk,
  'pl-pesel': peselOk,
  'mx-curp': curpOk,
  'cn-resident-id': cnIdOk,
  'ca-sin': sinOk,
  'mrz-td3-l1': td3Line1Ok,
  'mrz-td3-l2': td3Line2Ok,
  'mrz-td3': (v) => {
    const [a, b, ...rest] = v.split('\n');
    return rest.length === 0 && td3Line1Ok(a ?? '') && td3Line2Ok(b ?? '');
  },
  'mrz-td1': (v) => {
    const l = v.split('\n');
    return l.length === 3 && td1Ok(l[0]!, l[1]!, l[2]!);
  },
  'mrz-td1-l1': (v) => /^[AIC][A-Z<][A-Z<]{3}[A-Z0-9<]{9}\d[A-Z0-9<]{15}$/.test(v),
  'mrz-td1-l2': (v) => /^\d{7}[MFX<]\d{7}[A-Z<]{3}[A-Z0-9<]{11}\d$/.test(v),
  'mrz-td1-l3': (v) => /^[A-Z<]{30}$/.test(v) && v.includes('<<'),
  'passport-number': (v) => /^[A-Z0-9]{8,9}$/.test(v),
  'id-card-number': (v) => /^[A-Z0-9]{8,9}$/.test(v),
  'uk-driving-licence': (v) => /^[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}9[A-Z0-9]{2}$/.test(v),
  'us-driver-license': (v) => /^[A-Z0-9-]{7,17}$/.test(v),
  'driver-license': (v) => /^[A-Z0-9-]{7,17}$/.test(v),
  'date-of-birth': dateOk,
  email: (v) => /^[^\s@]+@+[a-z0-9.-]+\.[a-z]{2,}$/i.test(unescape(v)),
  phone: (v) => /^\+?[\d ()./-]{8,20}$/.test(unescape(v)) && unescape(v).replace(/\D/g, '').length >= 9,
  'ip-address': (v) => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(v) && v.split('.').every((o) => Number(o) <= 255) && !/^(10|127|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(v),
  'onfido-api-token': (v) => /^api_(live|sandbox)(_[a-z]{2})?\.[A-Za-z0-9_-]{11}\.[A-Za-z0-9_-]{32}$/.test(v),
  'onfido-sdk-token': (v) => jwtOk(v),
  'onfido-webhook-token': (v) => /^[A-Za-z0-9_-]{32}$/.test(v),
  'jumio-sdk-token': (v) => jwtOk(v),
  'jumio-authorization-token': (v) => jwtOk(v),
  'jumio-access-token': (v) => jwtOk(v),
  'jumio-api-token': (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v),
  'persona-api-key': (v) => /^persona_(production|sandbox)_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v),
  'persona-webhook-secret': (v) => /^wbhsec_[0-9a-f-]{36}$/.test(v),
  'veriff-shared-secret': (v) => /^[0-9a-f-]{36}$/.test(v),
  'socure-api-key': (v) => /^[0-9a-f-]{36}$/.test(v),
  'docusign-secret-key': (v) => /^[0-9a-f-]{36}$/.test(v),
  'sumsub-app-token': (v) => /^(prd|sbx):[A-Za-z0-9]{24}\.[A-Za-z0-9]{32}$/.test(v),
  'sumsub-access-token': (v) => /^_act-[0-9a-f-]{36}$/.test(v) || (/^_act-(prd|sbx)-jwt-/.test(v) && json(v.replace(/^_act-(prd|sbx)-jwt-/, '').split('.')[0]!)),
  'middesk-api-key': (v) => /^mk_live_[0-9a-f]{32}$/.test(v),
  'stripe-secret-key': (v) => /^(sk|rk)_live_51[A-Za-z0-9]{90,}$/.test(v),
  'stripe-webhook-secret': (v) => /^whsec_[A-Za-z0-9]{32}$/.test(v),
  'stripe-ephemeral-key': (v) => /^ek_live_[A-Za-z0-9]{90,}$/.test(v),
  'docusign-access-token': (v) => jwtOk(v, false),
  'docusign-refresh-token': (v) => jwtOk(v, false),
  'docusign-jwt-assertion': (v) => jwtOk(v),
  'docusign-connect-hmac-key': (v) => /^[A-Za-z0-9+/]{43}=$/.test(v),
  'rsa-private-key': pemOk,
  'adobe-sign-access-token': (v) => /^3AAABLblqZhB[A-Za-z0-9_-]+\*?$/.test(v),
  'adobe-sign-refresh-token': (v) => /^3AAABLblqZhC[A-Za-z0-9_-]+\*?$/.test(v),
  'adobe-sign-integration-key': (v) => /^3AAABLblqZhA[A-Za-z0-9_-]+\*?$/.test(v),
  'dropbox-sign-api-key': (v) => /^[0-9a-f]{64}$/.test(v),
  'dropbox-sign-access-token': (v) => b64Of(v, /^[0-9a-f]{64}$/),
  'pandadoc-api-key': (v) => /^[0-9a-f]{40}$/.test(v),
  'trulioo-api-key': (v) => /^[0-9a-f]{32}$/.test(v),
  'aws-access-key-id': (v) => /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v),
  'aws-secret-access-key': (v) => /^[A-Za-z0-9+/]{40}$/.test(v),
  'aws-session-token': (v) => /^IQoJb3JpZ2luX2Vj[A-Za-z0-9%]+$/.test(v),
  'azure-cognitive-key': (v) => /^[0-9a-f]{32}$/.test(v),
  'google-api-key': (v) => /^AIza[A-Za-z0-9_-]{35}$/.test(v),
  'gocardless-access-token': (v) => /^live_[A-Za-z0-9_-]{40}$/.test(v),
  'basic-auth': (v) => b64Of(v, /^[^:\s]+:[^\s]*$/),
  'k8s-secret-b64': (v) => b64Of(v, /^[\x21-\x7e]{20,}$/),
};

/** Checks a planted value of set 69 against its kind's format (checksums, structure); true for kinds with nothing to check. */
export function formatOk69(kind: string, value: string): boolean {
  const check = CHECKS[kind];
  return check ? check(value) : true;
}

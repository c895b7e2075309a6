import * as K from './blind-set-29-checks';

/** Undoes the encoding named after `~` in a kind. */
function decode(enc: string, v: string): string | undefined {
  try {
    if (enc === 'json') return JSON.parse(`"${v}"`) as string;
    if (enc === 'url') return decodeURIComponent(v.replace(/\+/g, ' '));
    if (enc === 'b64') return Buffer.from(v, 'base64').toString('utf8');
    if (enc === 'xml')
      return v
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
  } catch {
    return undefined;
  }
  return undefined;
}

/** A JWT whose header decodes to JSON with an alg. */
const jwtOk = (v: string): boolean => {
  const p = v.split('.');
  if (p.length !== 3 || !p.every((x) => /^[A-Za-z0-9_-]+$/.test(x))) return false;
  try {
    return typeof (JSON.parse(Buffer.from(p[0]!, 'base64url').toString()) as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
};

/** Shape checks per base kind; kinds not listed have nothing to check. */
const BASE: Record<string, (v: string) => boolean> = {
  card: (v) => {
    const d = K.digitsOf(v);
    return d.length >= 13 && d.length <= 19 && K.luhnOk(d) && /^[\d -]+$/.test(v);
  },
  cvv: (v) => /^\d{3,4}$/.test(v),
  iban: K.ibanOk,
  routing: K.abaOk,
  sortcode: (v) => /^\d{2}-?\d{2}-?\d{2}$/.test(v),
  bsb: (v) => /^\d{3}-?\d{3}$/.test(v),
  ifsc: (v) => /^[A-Z]{4}0[A-Z0-9]{6}$/.test(v),
  account: (v) => /^\d{6,17}$/.test(v),
  ssn: K.ssnOk,
  nino: K.ninoOk,
  sin: K.sinOk,
  aadhaar: K.aadhaarOk,
  pan: K.panOk,
  cpf: K.cpfOk,
  dni: K.dniOk,
  pesel: K.peselOk,
  bsn: K.bsnOk,
  nric: K.nricOk,
  tfn: K.tfnOk,
  dob: K.dateOk,
  passport: (v) => /^[A-Z0-9]{8,9}$/.test(v),
  phone: (v) => /^\+?[\d ()-]{9,18}$/.test(v) && K.digitsOf(v).length >= 10 && K.digitsOf(v).length <= 15,
  email: (v) => /^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v),
  ktn: (v) => /^(\d{9}|TT\d{7}|98\d{7})$/.test(v),
  redress: (v) => /^\d{7}$/.test(v),
  jwt: jwtOk,
  pem: (v) => /^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END [A-Z ]*PRIVATE KEY-----\n?$/.test(v),
  basic: (v) => /^[^:\n]+:\S*$/.test(v),
  stripe_sk: (v) => /^sk_live_[0-9A-Za-z]{24,99}$/.test(v),
  stripe_rk: (v) => /^rk_live_[0-9A-Za-z]{24,99}$/.test(v),
  stripe_whsec: (v) => /^whsec_[0-9A-Za-z]{32}$/.test(v),
  fcm_server: (v) => /^AAAA[\w-]{7}:APA91b[\w-]{134}$/.test(v),
  google_secret: (v) => /^GOCSPX-[\w-]{28}$/.test(v),
  google_refresh: (v) => /^1\/\/0[\w-]{99}$/.test(v),
  sentry_token: (v) => /^sntryu_[0-9a-f]{64}$/.test(v),
  duffel: (v) => /^duffel_live_[\w-]{43}$/.test(v),
  amplitude_secret: (v) => /^[0-9a-f]{32}$/.test(v),
  mixpanel_secret: (v) => /^[0-9a-f]{32}$/.test(v),
  twilio_token: (v) => /^[0-9a-f]{32}$/.test(v),
  braintree_private: (v) => /^[0-9a-f]{32}$/.test(v),
  aws_key: (v) => /^AKIA[A-Z2-7]{16}$/.test(v),
  aws_secret: (v) => /^[A-Za-z0-9+/]{40}$/.test(v),
  intercom: (v) => Buffer.from(v, 'base64').toString().startsWith('tok:'),
  mapbox_sk: (v) => /^sk\.[\w-]+\.[\w-]{22}$/.test(v),
};

/** True when a planted value, once its encoding is undone, has the format (and checksum) of its kind. */
export function formatOk29(kind: string, value: string): boolean {
  const [base, enc] = kind.split('~') as [string, string | undefined];
  const v = enc === undefined ? value : decode(enc, value);
  if (v === undefined) return false;
  if (base === 'basic') return BASE['basic']!(v);
  const check = BASE[base];
  return check === undefined ? value.length > 0 : check(v);
}

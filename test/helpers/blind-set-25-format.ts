import * as C from './blind-set-25-checks';

/**
 * Blind set 25's format checks: every planted value must have a valid structure and, where its
 * format has one, a valid check digit. A kind `base~enc` is decoded (`url`, `form`, `url2`, `b64`,
 * `b64url`, `json`, `html`, `qp`) and the decoded text checked as `base`; the encoded text must
 * differ from the decoded one, so an encoded kind really carries its encoding.
 */

const onlyDigits = (s: string): string => s.replace(/\D/g, '');
const re = (r: RegExp) => (v: string) => r.test(v);

const STRUCTURE: Record<string, (v: string) => boolean> = {
  // credentials with a published shape
  'aws-key-id': re(/^(AKIA|ASIA)[A-Z2-7]{16}$/),
  'aws-secret-key': (v) => /^[A-Za-z0-9/+]{40}$/.test(v) && !v.includes('EXAMPLEKEY'),
  'aws-session-token': re(/^(FwoGZXIvYXdzE|IQoJb3JpZ2luX2Vj)[A-Za-z0-9/+=]{100,}$/),
  'azure-storage-key': (v) => C.b64Bytes(v)?.length === 64,
  'azure-client-secret': re(/^[A-Za-z0-9_.~-]{3}\dQ~[A-Za-z0-9_.~-]{34}$/),
  'google-client-secret': re(/^GOCSPX-[A-Za-z0-9_-]{28}$/),
  'github-token': C.githubOk,
  'github-pat': re(/^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/),
  'gitlab-token': re(/^glpat-[A-Za-z0-9_-]{20}$/),
  'slack-token': re(/^xox[bpe]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24,32}$/),
  'slack-webhook': re(/^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/),
  'stripe-key': re(/^(sk|rk)_live_[A-Za-z0-9]{24,99}$/),
  'webhook-signing-secret': re(/^whsec_[A-Za-z0-9+/=]{32,}$/),
  'sendgrid-key': re(/^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/),
  'twilio-auth-token': re(/^[0-9a-f]{32}$/),
  'twilio-api-secret': re(/^[A-Za-z0-9]{32}$/),
  'mailgun-key': re(/^key-[0-9a-f]{32}$/),
  'mailchimp-key': re(/^[0-9a-f]{32}-us\d{1,2}$/),
  'postmark-token': re(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
  'openai-key': re(/^sk-proj-[A-Za-z0-9_-]{40,}T3BlbkFJ[A-Za-z0-9_-]{40,}$/),
  'anthropic-key': re(/^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/),
  'shopify-token': re(/^shp(at|ss|ca|pa)_[0-9a-f]{32}$/),
  'hubspot-token': re(/^pat-(na1|eu1)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  'okta-api-token': re(/^00[A-Za-z0-9_-]{40}$/),
  'auth0-client-secret': re(/^[A-Za-z0-9_-]{64}$/),
  'zendesk-token': re(/^[A-Za-z0-9]{40}$/),
  'atlassian-token': re(/^ATATT3xFfGF0[A-Za-z0-9_-]{170,}=[0-9A-F]{8}$/),
  'pagerduty-token': re(/^u\+[A-Za-z0-9_-]{18}$/),
  'intercom-token': (v) => /^dG9rO[A-Za-z0-9+/]+=*$/.test(v) && C.b64Bytes(v)?.toString('utf8').startsWith('tok:') === true,
  'segment-write-key': re(/^[A-Za-z0-9]{32}$/),
  'plaid-secret': re(/^[0-9a-f]{30}$/),
  'adyen-key': re(/^AQE[A-Za-z0-9_+/=.-]{60,}$/),
  'paypal-client-secret': re(/^E[A-Za-z0-9_-]{79}$/),
  'square-token': re(/^EAAA[A-Za-z0-9_-]{60}$/),
  'braintree-private-key': re(/^[0-9a-f]{32}$/),
  'databricks-token': re(/^dapi[0-9a-f]{32}(-\d)?$/),
  'cloudflare-token': re(/^[A-Za-z0-9_-]{40}$/),
  'fastly-token': re(/^[A-Za-z0-9_-]{32}$/),
  'vercel-token': re(/^[A-Za-z0-9]{24}$/),
  'netlify-token': re(/^nfp_[A-Za-z0-9]{36}$/),
  'heroku-key': re(/^HRKU-AA[A-Za-z0-9_-]{58}$/),
  'do-token': re(/^dop_v1_[0-9a-f]{64}$/),
  'npm-token': re(/^npm_[A-Za-z0-9]{36}$/),
  'docker-pat': re(/^dckr_pat_[A-Za-z0-9_-]{27}$/),
  'sentry-token': re(/^sntryu_[0-9a-f]{64}$/),
  'newrelic-key': re(/^NRAK-[A-Z0-9]{27}$/),
  'datadog-api-key': re(/^[0-9a-f]{32}$/),
  'datadog-app-key': re(/^[0-9a-f]{40}$/),
  'salesforce-token': re(/^00D[A-Za-z0-9]{12}![A-Za-z0-9._]{90,}$/),
  'mongodb-uri': re(/^mongodb(\+srv)?:\/\/[^:\s]+:[^@\s]{8,}@[a-z0-9.-]+/),
  jwt: C.jwtOk,
  'private-key': C.pemOk,
  'basic-auth': C.basicAuthOk,
  // personal
  email: (v) =>
    /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$/.test(v) && !/@(example\.(com|org|net)|[^@]*\.(test|invalid|example))$/.test(v) && !/^(noreply|no-reply|support|billing|admin|info)@/.test(v),
  phone: (v) => /^[+\d() .-]+$/.test(v) && onlyDigits(v).length >= 9 && onlyDigits(v).length <= 15 && !/555[-. ]?01\d\d/.test(v),
  ssn: (v) => /^(?!000|666|9)\d{3}-?(?!00)\d{2}-?(?!0000)\d{4}$/.test(v) && !['078-05-1120', '219-09-9999', '123-45-6789'].includes(v),
  nino: re(/^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/),
  sin: (v) => /^[1-7]\d{2}[ -]?\d{3}[ -]?\d{3}$/.test(v) && C.luhnOk(onlyDigits(v)),
  nir: C.nirOk,
  'steuer-id': C.steuerIdOk,
  dni: C.dniOk,
  nie: C.nieOk,
  'codice-fiscale': C.codiceFiscaleOk,
  bsn: C.bsnOk,
  personnummer: C.personnummerOk,
  cpf: C.cpfOk,
  curp: C.curpOk,
  aadhaar: C.aadhaarOk,
  'pan-india': re(/^[A-Z]{3}P[A-Z]\d{4}[A-Z]$/),
  tfn: C.tfnOk,
  'my-number': C.myNumberOk,
  rrn: C.rrnOk,
  'za-id': C.zaIdOk,
  pesel: C.peselOk,
  'birth-date': C.birthDateOk,
  address: (v) => /^\d{1,5}[A-Z]? [A-Za-z0-9 .,'#-]+$/.test(v) && /[A-Za-z]{3}/.test(v),
  passport: re(/^[A-Z0-9]{8,9}$/),
  'drivers-licence': (v) => /^[A-Z0-9*-]{7,18}$/.test(v) && /\d{5}/.test(onlyDigits(v)),
  name: (v) => /^[A-Z][A-Za-z'-]+(,? [A-Z][A-Za-z'-]+)+$/.test(v),
  // financial
  iban: C.ibanOk,
  'aba-routing': C.abaOk,
  'bank-account': re(/^\d{8,17}$/),
  'sort-code': re(/^\d{2}-?\d{2}-?\d{2}$/),
  bsb: re(/^\d{3}-\d{3}$/),
  clabe: C.clabeOk,
  card: (v) => {
    const s = v.replace(/[ -]/g, '');
    return (
      /^\d{13,19}$/.test(s) && C.luhnOk(s) && !['4111111111111111', '4242424242424242', '5555555555554444', '378282246310005', '4000056655665556', '5105105105105100', '6011111111111117'].includes(s)
    );
  },
};

/** Secrets without a published shape: passwords, client secrets, API keys of vendors that document none, session cookies. */
const GENERIC_SECRET = new Set([
  'password',
  'db-password',
  'api-key',
  'client-secret',
  'access-token',
  'refresh-token',
  'session-cookie',
  'webhook-secret',
  'consumer-secret',
  'security-token',
  'app-secret',
  'signing-key',
]);

function qpDecode(v: string): string {
  return v.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
function htmlDecode(v: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", commat: '@', period: '.', plus: '+', equals: '=', sol: '/', colon: ':', num: '#', excl: '!', percnt: '%' };
  return v.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => (e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e] ?? m)));
}

const DECODE: Record<string, (v: string) => string | null> = {
  url: (v) => (/%[0-9A-Fa-f]{2}/.test(v) && !/\s/.test(v) ? decodeURIComponent(v) : null),
  form: (v) => (/%[0-9A-Fa-f]{2}|\+/.test(v) && !/\s/.test(v) ? decodeURIComponent(v.replace(/\+/g, ' ')) : null),
  url2: (v) => (/%25[0-9A-Fa-f]{2}/.test(v) ? decodeURIComponent(decodeURIComponent(v)) : null),
  b64: (v) => {
    const b = C.b64Bytes(v);
    return b && b.toString('base64') === v ? b.toString('utf8') : null;
  },
  b64url: (v) => (/^[A-Za-z0-9_-]+$/.test(v) ? Buffer.from(v, 'base64url').toString('utf8') : null),
  json: (v) => {
    if (!/\\u[0-9a-fA-F]{4}|\\\//.test(v)) return null;
    let s = v;
    for (let i = 0; i < 3 && s.includes('\\'); i++) s = JSON.parse(`"${s}"`) as string;
    return s;
  },
  html: (v) => (/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/.test(v) ? htmlDecode(v) : null),
  qp: (v) => (/=[0-9A-F]{2}|=\r?\n/.test(v) ? qpDecode(v) : null),
};

/** True when `value` is a valid instance of `kind`; false for kinds this set does not know (typos fail loudly). */
export function formatOk25(kind: string, value: string): boolean {
  const [base, enc] = kind.split('~') as [string, string | undefined];
  if (enc !== undefined) {
    const dec = DECODE[enc];
    let plain: string | null = null;
    try {
      plain = dec ? dec(value) : null;
    } catch {
      return false;
    }
    return plain !== null && plain !== value && formatOk25(base, plain);
  }
  if (base === 'blob') return /^\s*[{[]/.test(value);
  if (GENERIC_SECRET.has(base)) return value.length >= 8 && !/^\s|\s$/.test(value) && !/^(changeme|password|xxxx+|<.*>|\$\{.*\})$/i.test(value);
  const check = STRUCTURE[base];
  return !!check && check(value);
}

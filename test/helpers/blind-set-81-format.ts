/** True when a digit string passes the Luhn check. */
export function luhn81(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let n = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) n *= 2;
    if (n > 9) n -= 9;
    sum += n;
  }
  return digits.length >= 12 && sum % 10 === 0;
}

/** True when an IBAN (spaces allowed) has valid mod-97 check digits. */
export function ibanOk81(iban: string): boolean {
  const s = iban.replace(/ /g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  let rem = 0;
  for (const ch of s.slice(4) + s.slice(0, 4)) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem === 1;
}

/** True when a nine-digit ABA routing number has a valid checksum. */
export function abaOk81(n: string): boolean {
  if (!/^\d{9}$/.test(n)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return w.reduce((s, x, i) => s + x * Number(n[i]), 0) % 10 === 0;
}

/** True when a JWT has three base64url parts and a JSON header naming its algorithm. */
export function jwtOk81(t: string): boolean {
  const parts = t.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
}

/** Checks a planted value's own format where it has one (checksums, structure, prefixes); true otherwise. */
export function formatOk81(kind: string, value: string): boolean {
  switch (kind) {
    case 'card':
      return luhn81(value.replace(/[ -]/g, '')) && /^[\d -]+$/.test(value);
    case 'iban':
      return ibanOk81(value);
    case 'aba-routing':
      return abaOk81(value);
    case 'jwt':
      return jwtOk81(value);
    case 'cvc':
      return /^\d{3,4}$/.test(value);
    case 'bank-account':
      return /^\d{8,12}$/.test(value);
    case 'basic-auth': {
      const d = Buffer.from(value, 'base64').toString('utf8');
      return Buffer.from(d).toString('base64') === value && d.includes(':');
    }
    case 'aws-access-key':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws-secret-key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'stripe-secret':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,}$/.test(value);
    case 'fcm-server-key':
      return /^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$/.test(value);
    case 'algolia-admin-key':
    case 'twilio-auth-token':
      return /^[0-9a-f]{32}$/.test(value);
    case 'sendgrid-key':
      return /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(value);
    case 'mapbox-secret': {
      const [p, mid] = value.split('.');
      return p === 'sk' && /"u":/.test(Buffer.from(mid ?? '', 'base64url').toString('utf8'));
    }
    case 'github-token':
      return /^(ghp_[A-Za-z0-9]{36}|github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59})$/.test(value);
    case 'shopify-token':
      return /^shpat_[0-9a-f]{32}$/.test(value);
    case 'slack-token':
      return /^xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}$/.test(value);
    case 'sentry-token':
      return /^sntryu_[0-9a-f]{64}$/.test(value);
    case 'openai-key':
      return /^sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$/.test(value);
    case 'braintree-token':
      return /^access_token\$production\$[a-z0-9]{16}\$[0-9a-f]{32}$/.test(value);
    case 'private-key':
      return /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PRIVATE KEY-----$/.test(value) && Buffer.from(value.split('\n').slice(1, -1).join(''), 'base64')[0] === 0x30;
    case 'openai-key-legacy':
      return /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/.test(value);
    case 'stripe-ephemeral-key':
      return /^ek_live_[A-Za-z0-9]{100}$/.test(value);
    case 'plaid-secret':
      return /^[0-9a-f]{30}$/.test(value);
    case 'webhook-secret':
      return /^whsec_[A-Za-z0-9]{32}$/.test(value);
    case 'email':
      return /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'birth-date':
      return /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/.test(value);
    case 'ip-address':
      return value.split('.').length === 4 && value.split('.').every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255);
    default:
      return true;
  }
}

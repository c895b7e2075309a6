/**
 * Blind set 84: format checks of planted values: checksums (Luhn, mod 97, ABA, CPF, DNI, SIN),
 * decodable structure (JWT, JWE, base64, PEM) and published token shapes. A value may be printed
 * escaped (percent-, JSON- or XML-encoded), so checks look through those escapes first.
 */
import { ibanOk, routingOk } from './blind-set-84-money';

function unescape(v: string): string {
  let s = v.replace(/\\\\/g, '\\').replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  s = s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  if (/%[0-9A-F]{2}/i.test(s)) {
    try {
      s = decodeURIComponent(s.replace(/\+/g, ' '));
    } catch {
      /* not percent-encoded after all */
    }
  }
  return s;
}

function b64json(part: string): boolean {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return false;
  try {
    const o: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof o === 'object' && o !== null;
  } catch {
    return false;
  }
}

function b64decodes(s: string, minBytes = 1): Buffer | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s) || s.length % 4 !== 0) return null;
  const b = Buffer.from(s, 'base64');
  return b.length >= minBytes && b.toString('base64') === s ? b : null;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function pemOk(v: string): boolean {
  const s = v.replace(/\\+r/g, '').replace(/\\+n/g, '\n').replace(/\[\\r\]|\[\\n\]/g, '\n');
  const m = /-----BEGIN ([A-Z ]*PRIVATE KEY)-----([\s\S]+?)-----END \1-----/.exec(s);
  if (!m) return false;
  const der = b64decodes(m[2]!.replace(/\s+/g, ''), 100);
  return der !== null && der[0] === 0x30;
}

function cpfOk(v: string): boolean {
  const d = v.replace(/\D/g, '').split('').map(Number);
  if (d.length !== 11) return false;
  const c1 = ((d.slice(0, 9).reduce((s, x, i) => s + x * (10 - i), 0) * 10) % 11) % 10;
  const c2 = ((d.slice(0, 10).reduce((s, x, i) => s + x * (11 - i), 0) * 10) % 11) % 10;
  return c1 === d[9] && c2 === d[10];
}

function ipOk(v: string): boolean {
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v)) return v.split('.').every((x) => Number(x) <= 255);
  return /^[0-9a-f]{1,4}(:[0-9a-f]{0,4}){2,7}$/i.test(v);
}

const SHAPES: Record<string, RegExp> = {
  'stripe-secret': /^(sk|rk)_live_[A-Za-z0-9]{24,}$/,
  'stripe-webhook-secret': /^whsec_[A-Za-z0-9]{32}$/,
  'stripe-ephemeral-key': /^ek_live_[A-Za-z0-9]{24,}$/,
  'stripe-client-secret': /^(pi|seti)_[A-Za-z0-9]{24}_secret_[A-Za-z0-9]{25}$/,
  'sendgrid-key': /^SG\.[\w-]{22}\.[\w-]{43}$/,
  'twilio-token': /^[0-9a-f]{32}$/,
  'mailgun-key': /^(key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})$/,
  'hubspot-token': /^pat-(na|eu)\d-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  'salesforce-session': /^00D[A-Za-z0-9]{12}![A-Za-z0-9._]{90,}$/,
  'salesforce-refresh': /^5Aep861[A-Za-z0-9.]{60,}$/,
  'shopify-token': /^shp(at|ss|ca)_[0-9a-f]{32}$/,
  'github-token': /^(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Z0-9]{22}_[A-Za-z0-9]{59})$/,
  'slack-token': /^xox[bp]-\d+-\d+(-\d+)?-[A-Za-z0-9]{24,32}$/,
  'slack-webhook': /^[A-Za-z0-9]{24}$/,
  'openai-key': /^sk-(proj-)?[\w-]{20,}T3BlbkFJ[\w-]{20,}$/,
  'okta-token': /^00[\w-]{40}$/,
  'plaid-secret': /^[0-9a-f]{30}$/,
  'plaid-access-token': /^access-(production|sandbox)-[0-9a-f-]{36}$/,
  'adyen-api-key': /^AQE[A-Za-z0-9+/]{80,}==-[A-Za-z0-9+/]{43}=-\S{16}$/,
  'braintree-private-key': /^[0-9a-f]{32}$/,
  'zoho-token': /^1000\.[0-9a-f]{32}\.[0-9a-f]{32}$/,
  'postmark-token': /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  'azure-api-key': /^[0-9a-f]{32}$/,
  'apim-key': /^[0-9a-f]{32}$/,
  'aws-signature': /^[0-9a-f]{64}$/,
  'aws-session-token': /^IQoJb3JpZ2luX2Vj[A-Za-z0-9+/%]{200,}$/,
  'google-token': /^ya29\.[\w-]{100,}$/,
  'intuit-refresh': /^AB11\d{13}[A-Za-z0-9]{33}$/,
  cvc: /^\d{3,4}$/,
  'account-number': /^\d{6,17}$/,
  'uk-account': /^\d{8}$/,
  'sort-code': /^\d{2}-?\d{2}-?\d{2}$/,
  dob: /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/,
  'uk-nino': /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/,
};

/** True when a planted value has its kind's format (or the kind has none to check). */
export function formatOk84(kind: string, value: string): boolean {
  const v = unescape(value);
  const shape = SHAPES[kind];
  if (shape) return shape.test(value) || shape.test(v);
  switch (kind) {
    case 'card': {
      const d = v.replace(/[\s+-]/g, '');
      return /^\d{13,19}$/.test(d) && luhn(d);
    }
    case 'iban':
      return ibanOk(v);
    case 'routing':
      return routingOk(v);
    case 'jwt':
    case 'id-token': {
      const p = v.split('.');
      return p.length === 3 && b64json(p[0]!) && b64json(p[1]!) && /^[\w-]+$/.test(p[2]!);
    }
    case 'intuit-token': {
      const p = v.split('.');
      return p.length === 5 && b64json(p[0]!) && p[1] === '' && p.slice(2).every((x) => /^[\w-]+$/.test(x));
    }
    case 'docusign-token': {
      const p = v.split('.');
      return p.length === 3 && b64json(p[0]!) && p.slice(1).every((x) => /^[\w-]{40,}$/.test(x));
    }
    case 'basic-auth': {
      const b = b64decodes(v);
      return b !== null && b.toString('utf8').includes(':');
    }
    case 'intercom-token': {
      const b = b64decodes(v);
      return b !== null && b.toString('utf8').startsWith('tok:');
    }
    case 'private-key':
      return pemOk(value);
    case 'azure-sas-sig':
    case 'gcs-signature':
      return b64decodes(v, 32) !== null;
    case 'ssn':
      return /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/.test(v);
    case 'es-dni':
      return /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8];
    case 'br-cpf':
      return cpfOk(v);
    case 'ca-sin': {
      const d = v.replace(/\D/g, '');
      return d.length === 9 && luhn(d);
    }
    case 'email':
      return /^[^\s@<>]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(v);
    case 'phone': {
      const d = v.replace(/[\s().+-]/g, '');
      return /^\d{9,15}$/.test(d);
    }
    case 'ip':
      return ipOk(v);
    default:
      return true;
  }
}

import { abaOk, ibanOk, luhnOk } from './blind-set-9-checks';
import { base58Ok, bech32Ok, githubOk } from './blind-set-9-crypto';
import { euIdChecks } from './blind-set-17-ids-eu';
import { worldIdChecks } from './blind-set-17-ids-world';
import { eip55Ok } from './blind-set-17-keccak';
import { dobOk } from './blind-set-17-people';
import { TOKEN_SHAPES } from './blind-set-17-tokens';

const fromB64 = (v: string): string => Buffer.from(v, 'base64').toString('utf8');
const b64RoundTrip = (v: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').toString('base64') === v;
const jsonOk = (s: string): boolean => {
  try {
    return typeof JSON.parse(s) === 'object';
  } catch {
    return false;
  }
};
const jwtOk = (t: string): boolean => {
  const [h, b, s] = t.split('.');
  return Boolean(s) && jsonOk(Buffer.from(h!, 'base64url').toString()) && Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && jsonOk(Buffer.from(b!, 'base64url').toString());
};
const pemEscapedOk = (v: string): boolean => {
  const lines = v.split('\\n');
  return /^-----BEGIN [A-Z ]+-----$/.test(lines[0]!) && /^-----END [A-Z ]+-----$/.test(lines.at(-1)!) && b64RoundTrip(lines.slice(1, -1).join(''));
};
const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const phoneDigits = (v: string): number => v.replace(/\D/g, '').length;

/** Checks a planted value's own format (checksums, decodable structure); true when the kind has none to check. */
export function formatOk17(kind: string, value: string): boolean {
  const compact = value.replace(/[ -]/g, '');
  switch (kind) {
    case 'card': return luhnOk(compact) && compact.length >= 14 && compact.length <= 19;
    case 'cvc': return /^\d{3,4}$/.test(value);
    case 'iban': return ibanOk(compact);
    case 'routing-number': return abaOk(value);
    case 'account-number': return /^\d{8,12}$/.test(value);
    case 'sort-code': return /^\d{2}-\d{2}-\d{2}$/.test(value);
    case 'btc-base58': return base58Ok(value) && /^[13]/.test(value);
    case 'btc-bech32': return bech32Ok(value) && value.startsWith('bc1q');
    case 'eth-address': return eip55Ok(value);
    case 'jwt': return jwtOk(value);
    case 'github-pat':
    case 'github-app': return githubOk(value);
    case 'basic-b64': return b64RoundTrip(value) && fromB64(value).includes(':');
    case 'smtp-auth-b64': return b64RoundTrip(value) && fromB64(value).length >= 8;
    case 'xoauth2-b64': {
      const parts = fromB64(value).split(String.fromCharCode(1));
      return b64RoundTrip(value) && parts.length === 4 && parts[0]!.startsWith('user=') && /^auth=Bearer ya29\.[\w-]+$/.test(parts[1]!) && parts[2] === '' && parts[3] === '';
    }
    case 'k8s-secret-b64': return b64RoundTrip(value);
    case 'pubsub-data-b64': return b64RoundTrip(value) && jsonOk(fromB64(value));
    case 'intercom-token': return b64RoundTrip(value) && /^tok:[0-9a-f-]{36}:1:0$/.test(fromB64(value));
    case 'onepassword-sa': return value.startsWith('ops_') && jsonOk(Buffer.from(value.slice(4), 'base64url').toString());
    case 'mapbox-secret': return value.startsWith('sk.') && jsonOk(Buffer.from(value.split('.')[1]!, 'base64url').toString());
    case 'private-key-escaped': return pemEscapedOk(value);
    case 'email': return EMAIL.test(value) && !/\.(test|invalid|example|localhost)$|@example\./.test(value);
    case 'phone': return /^\+?[\d ()-]+$/.test(value) && phoneDigits(value) >= 9 && phoneDigits(value) <= 15;
    case 'phone-urlenc': return /^%2B\d{10,14}$/.test(value);
    case 'dob': return dobOk(value);
    case 'passport': return /^([A-Z0-9]{8,9})$/.test(value) && /\d/.test(value);
    case 'us-ca-dl': return /^[A-Z]\d{7}$/.test(value);
    case 'address': return /\d/.test(value) && value.split(',').length >= 2;
    case 'password': return value.length >= 10 && !/\s/.test(value);
    default: {
      const id = euIdChecks[kind] ?? worldIdChecks[kind];
      if (id) return id(value);
      const shape = TOKEN_SHAPES[kind as keyof typeof TOKEN_SHAPES];
      return shape ? shape.test(value) : true;
    }
  }
}

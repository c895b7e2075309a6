import { B62 } from './blind-set-83-rng';

export function luhn(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < s.length; i++) { let d = Number(s[s.length - 1 - i]); if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; }
  return sum % 10 === 0;
}
export function mod97(s: string): number {
  let r = 0;
  for (const ch of s) { const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch; for (const d of v) r = (r * 10 + Number(d)) % 97; }
  return r;
}
/** CRC32 of a string, as GitHub's token checksum uses, in 6 base62 digits. */
export function crc32b62(s: string): string {
  let c = ~0;
  for (let i = 0; i < s.length; i++) { c ^= s.charCodeAt(i); for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  let n = (~c) >>> 0;
  let out = '';
  while (n > 0) { out = B62[n % 62] + out; n = Math.floor(n / 62); }
  return out.padStart(6, '0');
}
const b64ok = (s: string, bytes?: number) => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0 && (bytes === undefined || Buffer.from(s, 'base64').length === bytes);
const jsonOk = (s: string) => { try { return typeof JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) === 'object'; } catch { return false; } };
const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IT: 27 };

/** Checks a planted value's own format; true when the kind has none to check. */
export function formatOk83(kind: string, v: string): boolean {
  switch (kind) {
    case 'card': return /^\d{15,16}$/.test(v) && luhn(v);
    case 'iban': return IBAN_LEN[v.slice(0, 2)] === v.length && mod97(v.slice(4) + v.slice(0, 4)) === 1;
    case 'routing': {
      const d = v.split('').map(Number);
      return /^\d{9}$/.test(v) && (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0;
    }
    case 'bank-account': return /^\d{9,12}$/.test(v);
    case 'cvc': return /^\d{3,4}$/.test(v);
    case 'jwt': { const p = v.split('.'); return p.length === 3 && jsonOk(p[0]!) && jsonOk(p[1]!) && /^[A-Za-z0-9_-]+$/.test(p[2]!); }
    case 'aws-access-key-id': return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(v) && v !== 'AKIAIOSFODNN7EXAMPLE';
    case 'aws-secret-key': return /^[A-Za-z0-9+/]{40}$/.test(v);
    case 'aws-session-token': return /^(IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length >= 200;
    case 'private-key': {
      let s = v;
      while (s.includes('\\\\')) s = s.replace(/\\\\/g, '\\');
      const m = /^-----BEGIN PRIVATE KEY-----\n([\s\S]+?)\n-----END PRIVATE KEY-----\n?$/.exec(s.replace(/\\n/g, '\n'));
      if (!m) return false;
      const der = Buffer.from(m[1]!.replace(/\n/g, ''), 'base64');
      return der[0] === 0x30 && der[1] === 0x82 && der.length === 4 + der.readUInt16BE(2);
    }
    case 'sa-key-b64': try { return typeof JSON.parse(Buffer.from(v, 'base64').toString('utf8')).private_key === 'string'; } catch { return false; }
    case 'sa-key-b64-pem': return b64ok(v) && Buffer.from(v, 'base64').toString('utf8').startsWith('-----BEGIN PRIVATE KEY-----');
    case 'gcp-private-key-id': return /^[0-9a-f]{40}$/.test(v);
    case 'azure-storage-key': return b64ok(v, 64);
    case 'sas-signature': return b64ok(decodeURIComponent(v), 32);
    case 'azure-client-secret': return /^[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_.~-]{34}$/.test(v);
    case 'heroku-api-key': return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(v);
    case 'vercel-token': return /^[A-Za-z0-9]{24}$/.test(v);
    case 'netlify-token': return /^nfp_[A-Za-z0-9]{36}$/.test(v);
    case 'cloudflare-api-token': return /^[A-Za-z0-9_-]{40}$/.test(v);
    case 'cloudflare-global-key': return /^[0-9a-f]{37}$/.test(v);
    case 'fly-token': return v.split(',').every((p) => p.startsWith('fm2_') && b64ok(p.slice(4)));
    case 'github-token': { const m = /^(ghp|gho|ghs|ghu|ghr)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(v); return !!m && crc32b62(m[2]!) === m[3]; }
    case 'gitlab-token': return /^glpat-[A-Za-z0-9_-]{20}$/.test(v);
    case 'stripe-secret': return /^sk_live_[A-Za-z0-9]{24,99}$/.test(v);
    case 'sendgrid-key': return /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(v);
    case 'webhook-secret': return /^whsec_[A-Za-z0-9]{32}$/.test(v);
    case 'slack-webhook': return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{24}$/.test(v);
    case 'k8s-secret-b64': return b64ok(v) && Buffer.from(v, 'base64').toString('base64') === v;
    case 'email': v = decodeURIComponent(v); return /^[a-z0-9.]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v) && !/example\.(com|org|net)$/.test(v);
    case 'ip': {
      if (v.includes(':')) return /^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}$/.test(v) && !v.startsWith('2001:db8');
      const o = v.split('.').map(Number);
      return o.length === 4 && o.every((x) => x >= 0 && x <= 255) && ![0, 10, 127].includes(o[0]!) && !(o[0] === 192 && o[1] === 168) && !(o[0] === 172 && o[1]! >= 16 && o[1]! < 32);
    }
    case 'phone': { const d = v.replace(/\D/g, ''); return d.length >= 10 && d.length <= 13 && !/555(01\d\d)/.test(d); }
    case 'dob': { const d = new Date(v + 'T00:00:00Z'); return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v; }
    case 'ssn': { const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v); return !!m && m[1] !== '000' && m[1] !== '666' && m[1]! < '900' && m[2] !== '00' && m[3] !== '0000'; }
    default: return true;
  }
}

/** Undoes the encodings a value may carry in its text (percent/form, XML entities, JSON/shell backslashes). */
function plain(v: string): string {
  let s = v;
  if (/%[0-9A-F]{2}/.test(s)) { try { s = decodeURIComponent(s.replace(/\+/g, ' ')); } catch { /* leave as is */ } }
  return s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\\\\/g, '\\');
}

/** Luhn check of a digit string. */
function luhn(d: string): boolean {
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    let x = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    s += x;
  }
  return s % 10 === 0;
}

/** IBAN mod-97 check. */
function ibanOk(v: string): boolean {
  const s = v.replace(/[^A-Z0-9]/g, '');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const num = (s.slice(4) + s.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of num) m = (m * 10 + Number(ch)) % 97;
  return m === 1;
}

/** ABA routing checksum. */
function abaOk(v: string): boolean {
  if (!/^\d{9}$/.test(v)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return w.reduce((a, x, i) => a + x * Number(v[i]), 0) % 10 === 0;
}

/** Whether a string is base64 (standard or url-safe) of the right shape. */
function b64Ok(v: string, url: boolean): boolean {
  return url ? /^[A-Za-z0-9_-]+$/.test(v) : /^[A-Za-z0-9+/]+={0,2}$/.test(v) && v.length % 4 === 0;
}

/** Checks a planted value's own format: checksums and decodable structure where the format has them. */
export function formatOk79(kind: string, value: string): boolean {
  const v = plain(value);
  switch (kind) {
    case 'card': { const d = v.replace(/[ +-]/g, ''); return /^\d{15,16}$/.test(d) && luhn(d); }
    case 'cvv': return /^\d{3,4}$/.test(v);
    case 'iban': return ibanOk(v);
    case 'aba-routing': return abaOk(v);
    case 'bank-account': return /^\d{8,12}$/.test(v);
    case 'uk-sort-code': return /^\d{2}-\d{2}-\d{2}$/.test(v);
    case 'us-ssn': { const m = /^(\d{3})-(\d{2})-(\d{4})$/.exec(v); return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000'; }
    case 'uk-nino': return /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(v);
    case 'es-dni': return /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8];
    case 'nl-bsn': { if (!/^\d{9}$/.test(v)) return false; let s = 0; for (let i = 0; i < 8; i++) s += Number(v[i]) * (9 - i); return (s - Number(v[8])) % 11 === 0; }
    case 'email': return /^[a-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(v);
    case 'phone': { const d = v.replace(/\D/g, ''); return d.length >= 10 && d.length <= 13; }
    case 'ip-address': return /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(v) && v.split('.').every((o) => Number(o) <= 255);
    case 'jwt': {
      const p = v.split('.');
      if (p.length !== 3 || !p.every((x) => b64Ok(x, true))) return false;
      try { return typeof JSON.parse(Buffer.from(p[0]!, 'base64url').toString()).alg === 'string'; } catch { return false; }
    }
    case 'pem-private-key': return /^-----BEGIN ([A-Z ]+)-----[\s\S]+-----END \1-----$/.test(v.replace(/\\n/g, '\n'));
    case 'hex-secret': return /^[0-9a-f]+$/.test(v) && [32, 40, 64].includes(v.length);
    case 'base64-secret': case 'azure-storage-key': case 'hmac-key': return b64Ok(v, false);
    case 'base64url-secret': return b64Ok(v, true);
    case 'basic-auth': return b64Ok(v, false) && /^[^:\s]+:\S+$/.test(Buffer.from(v, 'base64').toString());
    case 'stripe-secret': return /^sk_live_[0-9A-Za-z]{24,99}$/.test(v);
    case 'stripe-restricted': return /^rk_live_[0-9A-Za-z]{24,99}$/.test(v);
    case 'github-pat': return /^ghp_[0-9A-Za-z]{36}$/.test(v);
    case 'github-fine-pat': return /^github_pat_11[0-9A-Z]{20}_[0-9A-Za-z]{59}$/.test(v);
    case 'aws-access-key-id': return /^AKIA[A-Z2-7]{16}$/.test(v);
    case 'google-api-key': return /^AIza[0-9A-Za-z_-]{35}$/.test(v);
    case 'sendgrid-key': return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(v);
    case 'slack-bot-token': return /^xoxb-\d+-\d+-[0-9A-Za-z]{24}$/.test(v);
    case 'person-name': return /^[A-Z][A-Za-z-]+( [A-Z][A-Za-z-]+)?$/.test(v.replace(/\+/g, ' '));
    case 'date-of-birth': case 'street-address': return v.length >= 8;
    default: return v.length >= 8;
  }
}

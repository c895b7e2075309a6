/** Format checks of blind set 71's planted values, written apart from the generators. */

const digitsOf = (s: string): number[] => [...s].map(Number);

function luhnOk(s: string): boolean {
  let sum = 0;
  digitsOf(s).reverse().forEach((d, i) => {
    let v = i % 2 === 1 ? d * 2 : d;
    if (v > 9) v -= 9;
    sum += v;
  });
  return sum % 10 === 0;
}

const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, ES: 24, IT: 27, NL: 18, BE: 16, CH: 21, PL: 28, SE: 24, AT: 20, IE: 22, PT: 25, NO: 15, DK: 18 };

function ibanOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s) || IBAN_LEN[s.slice(0, 2)] !== s.length) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let m = 0;
  for (const ch of moved) for (const d of /[0-9]/.test(ch) ? ch : String(ch.charCodeAt(0) - 55)) m = (m * 10 + Number(d)) % 97;
  return m === 1;
}

function abaOk(s: string): boolean {
  if (!/^[0-9]{9}$/.test(s)) return false;
  const d = digitsOf(s);
  const p = Number(s.slice(0, 2));
  if (!((p >= 0 && p <= 12) || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p === 80)) return false;
  return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + d[2]! + d[5]! + d[8]!) % 10 === 0;
}

function ssnOk(v: string): boolean {
  const m = /^([0-9]{3})[- ]?([0-9]{2})[- ]?([0-9]{4})$/.exec(v);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
}

function ninoOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  const m = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])[0-9]{6}[A-D]$/.exec(s);
  return !!m && !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(m[1]! + m[2]!);
}

function nirOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[12][0-9]{14}$/.test(s)) return false;
  return 97 - Number(BigInt(s.slice(0, 13)) % 97n) === Number(s.slice(13));
}

function cfOk(v: string): boolean {
  if (!/^[A-Z]{6}[0-9]{2}[ABCDEHLMPRST][0-9]{2}[A-Z][0-9]{3}[A-Z]$/.test(v)) return false;
  const odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
  let s = 0;
  for (let i = 0; i < 15; i++) {
    const ch = v[i]!;
    const idx = /[0-9]/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 65;
    s += i % 2 === 0 ? odd[idx]! : idx;
  }
  return String.fromCharCode(65 + (s % 26)) === v[15];
}

function steuerOk(v: string): boolean {
  if (!/^[1-9][0-9]{10}$/.test(v)) return false;
  let p = 10;
  for (const d of digitsOf(v.slice(0, 10))) {
    let s = (d + p) % 10;
    if (s === 0) s = 10;
    p = (2 * s) % 11;
  }
  return (11 - p) % 10 === Number(v[10]);
}

function bsnOk(v: string): boolean {
  if (!/^[0-9]{9}$/.test(v)) return false;
  const d = digitsOf(v);
  return (d.slice(0, 8).reduce((a, x, i) => a + x * (9 - i), 0) - d[8]!) % 11 === 0;
}

function peselOk(v: string): boolean {
  if (!/^[0-9]{11}$/.test(v)) return false;
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  const s = digitsOf(v).slice(0, 10).reduce((a, d, i) => a + d * w[i]!, 0);
  return (10 - (s % 10)) % 10 === Number(v[10]);
}

function cpfOk(v: string): boolean {
  const s = v.replace(/[.-]/g, '');
  if (!/^[0-9]{11}$/.test(s)) return false;
  const d = digitsOf(s);
  const dv = (n: number) => {
    const m = (d.slice(0, n).reduce((a, x, i) => a + x * (n + 1 - i), 0) * 10) % 11;
    return m === 10 ? 0 : m;
  };
  return dv(9) === d[9] && dv(10) === d[10];
}

const VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1], [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]];
const VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1], [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]];

function aadhaarOk(v: string): boolean {
  const s = v.replace(/ /g, '');
  if (!/^[2-9][0-9]{11}$/.test(s)) return false;
  let c = 0;
  digitsOf(s).reverse().forEach((d, i) => { c = VD[c]![VP[i % 8]![d]!]!; });
  return c === 0;
}

function cnIdOk(v: string): boolean {
  if (!/^[0-9]{17}[0-9X]$/.test(v)) return false;
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  return '10X98765432'[digitsOf(v.slice(0, 17)).reduce((a, d, i) => a + d * w[i]!, 0) % 11] === v[17];
}

function dateOk(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2026 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

function dobOk(v: string): boolean {
  let m = /^([0-9]{4})-?([0-9]{2})-?([0-9]{2})$/.exec(v);
  if (m) return dateOk(+m[1]!, +m[2]!, +m[3]!);
  m = /^([0-9]{2})\/([0-9]{2})\/([0-9]{4})$/.exec(v);
  if (m) return dateOk(+m[3]!, +m[1]!, +m[2]!);
  m = /^([0-9]{2})\.([0-9]{2})\.([0-9]{4})$/.exec(v);
  return !!m && dateOk(+m[3]!, +m[2]!, +m[1]!);
}

function b64Ok(s: string, bytes?: number): boolean {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(s) || s.length % 4 !== 0) return false;
  return bytes === undefined || Buffer.from(s, 'base64').length === bytes;
}

function pemOk(v: string, kind: string): boolean {
  const t = v.replace(/\\r\\n|\\n|\r\n/g, '\n');
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END ([A-Z ]+)-----$/.exec(t);
  if (!m || m[1] !== m[3] || !m[1]!.endsWith('PRIVATE KEY')) return false;
  const lines = m[2]!.split('\n');
  if (lines.slice(0, -1).some((l) => l.length !== 64) || !b64Ok(lines.join(''))) return false;
  const der = Buffer.from(lines.join(''), 'base64');
  if (kind === 'openssh-private-key') return m[1] === 'OPENSSH PRIVATE KEY' && der.subarray(0, 15).toString('latin1') === 'openssh-key-v1\0';
  if (kind === 'ec-private-key') return m[1] === 'EC PRIVATE KEY' && der[0] === 0x30 && der[1] === der.length - 2;
  return der[0] === 0x30 && der[1] === 0x82;
}

function pgpOk(v: string): boolean {
  const m = /^-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n([A-Za-z0-9+/=\n]+)\n=([A-Za-z0-9+/]{4})\n-----END PGP PRIVATE KEY BLOCK-----$/.exec(v);
  if (!m) return false;
  const data = Buffer.from(m[1]!.replace(/\n/g, ''), 'base64');
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return Buffer.from(m[2]!, 'base64').readUIntBE(0, 3) === (crc & 0xffffff);
}

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    const p = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && typeof p === 'object' && p !== null;
  } catch {
    return false;
  }
}

/** True when a planted value of `kind` has a valid format (or the kind has none to check). */
export function formatOk71(kind: string, value: string): boolean {
  switch (kind) {
    case 'card-number': {
      const s = value.replace(/[ -]/g, '');
      return /^[0-9]{13,19}$/.test(s) && luhnOk(s);
    }
    case 'iban': return ibanOk(value);
    case 'aba-routing': return abaOk(value);
    case 'bank-account': return /^[0-9]{6,17}$/.test(value);
    case 'mx-clabe': {
      if (!/^[0-9]{18}$/.test(value)) return false;
      const w = [3, 7, 1];
      const s = digitsOf(value.slice(0, 17)).reduce((a, d, i) => a + ((d * w[i % 3]!) % 10), 0);
      return (10 - (s % 10)) % 10 === Number(value[17]);
    }
    case 'ssn': return ssnOk(value);
    case 'uk-nino': return ninoOk(value);
    case 'ca-sin': return /^[0-9]{3}[ -][0-9]{3}[ -][0-9]{3}$/.test(value) && luhnOk(value.replace(/[ -]/g, ''));
    case 'fr-nir': return nirOk(value);
    case 'es-dni': return /^[0-9]{8}[A-Z]$/.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'it-codice-fiscale': return cfOk(value);
    case 'de-steuer-id': return steuerOk(value);
    case 'nl-bsn': return bsnOk(value);
    case 'se-personnummer': {
      const m = /^(?:19)?([0-9]{6})-([0-9]{4})$/.exec(value);
      return !!m && luhnOk(m[1]! + m[2]!);
    }
    case 'pl-pesel': return peselOk(value);
    case 'br-cpf': return cpfOk(value);
    case 'in-aadhaar': return aadhaarOk(value);
    case 'cn-resident-id': return cnIdOk(value);
    case 'us-mbi': return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$/.test(value);
    case 'date-of-birth': return dobOk(value);
    case 'email': return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'jwt': return jwtOk(value);
    case 'private-key':
    case 'rsa-private-key':
    case 'ec-private-key':
    case 'encrypted-private-key':
    case 'openssh-private-key': return pemOk(value, kind);
    case 'private-key-base64': {
      const pem = Buffer.from(value, 'base64').toString('latin1');
      const label = /^-----BEGIN ([A-Z ]+)-----/.exec(pem)?.[1];
      return b64Ok(value) && pemOk(pem, label === 'OPENSSH PRIVATE KEY' ? 'openssh-private-key' : label === 'EC PRIVATE KEY' ? 'ec-private-key' : 'private-key');
    }
    case 'password-base64': return b64Ok(value) && /^[\x21-\x7e]{8,}$/.test(Buffer.from(value, 'base64').toString('latin1'));
    case 'pgp-private-key': return pgpOk(value);
    case 'putty-private-key': return /^PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: .+\nPublic-Lines: 2\n.+\n.+\nPrivate-Lines: 1\n[A-Za-z0-9+/=]{40,}\nPrivate-MAC: [0-9a-f]{64}$/.test(value);
    case 'kerberos-keytab': return b64Ok(value) && Buffer.from(value, 'base64').readUInt16BE(0) === 0x0502;
    case 'basic-auth': return b64Ok(value) && /^[^:]+:.{6,}$/.test(Buffer.from(value, 'base64').toString('utf8'));
    case 'aws-access-key-id': return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws-secret-access-key': return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'azure-sas-key': return b64Ok(value, 32);
    case 'azure-storage-key': return b64Ok(value, 64);
    case 'sap-xsuaa-client-secret': return /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\$[A-Za-z0-9_-]{43}=$/.test(value);
    case 'tibco-obfuscated-password': return /^#![A-Za-z0-9+/]{30,}$/.test(value);
    case 'anypoint-client-secret': return /^[0-9a-fA-F]{32}$/.test(value);
    case 'salesforce-consumer-secret': return /^[0-9A-F]{64}$/.test(value);
    case 'dotnet-machine-key': return /^[0-9A-F]{48,128}$/.test(value);
    case 'racf-password': return /^[A-Z][A-Z0-9#$@]{6}[0-9]$/.test(value);
    default: return true;
  }
}

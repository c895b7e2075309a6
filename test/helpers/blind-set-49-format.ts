/** Checksums and structure checks for the values planted by sealed blind set 49. */

/** The Luhn check digit that completes `body`. */
export function luhnDigit49(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when the digits of `s` pass the Luhn check. */
export function luhnOk49(s: string): boolean {
  const d = s.replace(/[ +-]/g, '');
  return /^\d{12,19}$/.test(d) && luhnDigit49(d.slice(0, -1)) === d.slice(-1);
}

/** The ISO 7064 mod-97 remainder of an IBAN rearranged (country and check digits moved to the end). */
export function ibanMod49(iban: string): number {
  const s = iban.replace(/ /g, '').toUpperCase();
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const n = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of n) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

/** The check digits that make `country` + `bban` a valid IBAN. */
export function ibanCheck49(country: string, bban: string): string {
  const r = ibanMod49(`${country}00${bban}`);
  return String(98 - r).padStart(2, '0');
}

/** The ninth digit of an ABA routing number from its first eight. */
export function abaDigit49(first8: string): string {
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  let s = 0;
  for (let i = 0; i < 8; i++) s += Number(first8[i]) * w[i]!;
  return String((10 - (s % 10)) % 10);
}

const abaOk = (s: string): boolean => /^\d{9}$/.test(s) && abaDigit49(s.slice(0, 8)) === s[8];

const ssnOk = (s: string): boolean => {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(s);
  if (!m) return false;
  const a = Number(m[1]);
  return a !== 0 && a !== 666 && a < 900 && m[2] !== '00' && m[3] !== '0000';
};

const ninoOk = (s: string): boolean => {
  const t = s.replace(/ /g, '');
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(t)) return false;
  return !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(t.slice(0, 2));
};

const jwtOk = (s: string): boolean => {
  const parts = s.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && parts[2]!.length > 0;
  } catch {
    return false;
  }
};

const ipv4Ok = (s: string): boolean => {
  const p = s.split('.');
  return p.length === 4 && p.every((x) => /^\d{1,3}$/.test(x) && Number(x) <= 255);
};

const discordOk = (s: string): boolean => {
  const p = s.split('.');
  return p.length === 3 && /^\d{17,20}$/.test(Buffer.from(p[0]!, 'base64').toString('utf8'));
};

const mapboxOk = (s: string): boolean => {
  const m = /^sk\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})$/.exec(s);
  if (!m) return false;
  try {
    const o = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as { u?: string };
    return typeof o.u === 'string';
  } catch {
    return false;
  }
};

const pemOk = (s: string): boolean => {
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END ([A-Z ]+)-----$/.exec(s);
  return !!m && m[1] === m[3] && Buffer.from(m[2]!.replace(/\n/g, ''), 'base64')[0] === 0x30;
};

const geoOk = (s: string): boolean => {
  const m = /^(-?\d{1,2}\.\d{4,})\s*,\s*(-?\d{1,3}\.\d{4,})$/.exec(s);
  return !!m && Math.abs(Number(m[1])) <= 90 && Math.abs(Number(m[2])) <= 180;
};

/** True when a planted value of `kind` has a valid checksum and structure (true for kinds with none). */
export function formatOk49(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number':
      return luhnOk49(value);
    case 'card_cvv':
      return /^\d{3,4}$/.test(value);
    case 'iban':
      return /^[A-Z]{2}\d{2}[A-Z0-9 ]{10,32}$/.test(value) && ibanMod49(value) === 1;
    case 'us_routing_number':
      return abaOk(value);
    case 'ssn':
      return ssnOk(value);
    case 'uk_nino':
      return ninoOk(value);
    case 'ein':
      return /^\d{2}-\d{7}$/.test(value) && !value.startsWith('00');
    case 'jwt':
      return jwtOk(value);
    case 'email':
      return /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'ip_address':
      return ipv4Ok(value) || /^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}$/.test(value);
    case 'discord_bot_token':
      return discordOk(value);
    case 'mapbox_secret_token':
      return mapboxOk(value);
    case 'private_key':
      return pemOk(value);
    case 'private_key_escaped':
      return pemOk(value.replace(/\\n/g, '\n'));
    case 'private_key_indented':
      return pemOk(value.replace(/\n +/g, '\n'));
    case 'latitude':
      return /^-?\d{1,2}\.\d{4,}$/.test(value) && Math.abs(Number(value)) <= 90;
    case 'longitude':
      return /^-?\d{1,3}\.\d{4,}$/.test(value) && Math.abs(Number(value)) <= 180;
    case 'geo_coordinates':
      return geoOk(value);
    case 'twilio_account_sid':
      return /^AC[0-9a-f]{32}$/.test(value);
    case 'sendgrid_api_key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    case 'slack_bot_token':
      return /^xoxb-\d+-\d+-[A-Za-z0-9]{24}$/.test(value);
    case 'telegram_bot_token':
      return /^\d{8,10}:AA[\w-]{33}$/.test(value);
    case 'uk_sort_code':
      return /^\d{2}-?\d{2}-?\d{2}$/.test(value);
    default:
      return value.length > 0;
  }
}

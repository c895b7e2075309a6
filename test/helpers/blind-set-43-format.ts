import { b62crc43, luhn43, mod97 } from './blind-set-43-checks';

const IBAN_LEN: Record<string, number> = { DE: 22, GB: 22, FR: 27, NL: 18, ES: 24, IE: 22, BE: 16, IT: 27 };

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8'));
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
}

function pemOk(v: string): boolean {
  const t = v.replace(/\\n/g, '\n');
  const m = /^-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(t);
  if (!m) return false;
  const der = Buffer.from(m[2]!.replace(/\n/g, ''), 'base64');
  return der[0] === 0x30 && der.length > 100;
}

/** Checks a planted value of blind set 43 against its own format; true for kinds with nothing to check. */
export function formatOk43(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{13,19}$/.test(d) && luhn43(d);
    }
    case 'iban': {
      const cc = value.slice(0, 2);
      return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(value) && IBAN_LEN[cc] === value.length && mod97(value.slice(4) + value.slice(0, 4)) === 1;
    }
    case 'aba_routing': {
      if (!/^\d{9}$/.test(value)) return false;
      const d = value.split('').map(Number);
      return (3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0;
    }
    case 'bank_account':
      return /^\d{8,17}$/.test(value);
    case 'us_ssn': {
      const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(value);
      return !!m && m[1] !== '000' && m[1] !== '666' && m[1]![0] !== '9' && m[2] !== '00' && m[3] !== '0000';
    }
    case 'us_itin':
      return /^9\d{2}-(7\d|8[0-8]|9[0-2]|9[4-9])-\d{4}$/.test(value);
    case 'us_ein':
      return /^\d{2}-\d{7}$/.test(value) && !['00', '07', '08', '09', '17', '18', '19', '28', '29', '49', '69', '70', '78', '79', '89', '96', '97'].includes(value.slice(0, 2));
    case 'ca_sin': {
      const d = value.replace(/ /g, '');
      return /^[1-7]\d{8}$/.test(d) && luhn43(d);
    }
    case 'medicare_mbi':
      return /^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d[AC-HJKMNP-RT-Y]{2}\d{2}$/.test(value);
    case 'email': {
      const e = decodeURIComponent(value);
      return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}$/.test(e) && !/@(example\.(com|org|net)|.*\.(test|example|invalid))$/.test(e);
    }
    case 'ip_address':
      if (value.includes(':')) return /^[0-9a-f]{1,4}(:[0-9a-f]{1,4}){7}$/.test(value) && /^2/.test(value);
      return /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(value) && value.split('.').every((x) => Number(x) <= 255) && !/^(10|127|169\.254|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(value);
    case 'geo_coordinates':
      return /^-?\d{1,2}\.\d{5,},\s?-?\d{1,3}\.\d{5,}$/.test(value);
    case 'jwt':
    case 'login_gov_client_assertion':
    case 'blackbaud_access_token':
      return jwtOk(value);
    case 'private_key':
      return pemOk(value);
    case 'github_token': {
      const m = /^(ghp|gho|ghs|ghu)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(value);
      return !!m && b62crc43(m[2]!) === m[3];
    }
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws_secret_access_key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'azure_storage_key':
      return /^[A-Za-z0-9+/]{86}==$/.test(value);
    case 'google_api_key':
      return /^AIza[A-Za-z0-9_-]{35}$/.test(value);
    case 'google_oauth_client_secret':
      return /^GOCSPX-[A-Za-z0-9_-]{28}$/.test(value);
    case 'stripe_secret_key':
      return /^(sk|rk)_live_[A-Za-z0-9]{24,}$/.test(value);
    case 'stripe_webhook_secret':
      return /^whsec_[A-Za-z0-9]{32}$/.test(value);
    case 'sendgrid_api_key':
      return /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(value);
    case 'slack_token':
      return /^xox[bpa]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/.test(value);
    case 'slack_webhook':
      return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{24}$/.test(value);
    case 'canvas_access_token':
      return /^\d{1,5}~[A-Za-z0-9]{64}$/.test(value);
    case 'twilio_auth_token':
    case 'moodle_wstoken':
      return /^[0-9a-f]{32}$/.test(value);
    case 'mailchimp_api_key':
      return /^[0-9a-f]{32}-us\d{1,2}$/.test(value);
    case 'phone':
      return decodeURIComponent(value).replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '').length === 10;
    default:
      return value.length > 0;
  }
}

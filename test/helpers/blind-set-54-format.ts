import { abaOk, base62, crc32, DNI_LETTERS, ibanMod97, luhnDigit } from './blind-set-54-gen';

const luhn = (digits: string): boolean => digits.length > 1 && luhnDigit(digits.slice(0, -1)) === digits.slice(-1);

function crcOk(token: string, prefix: RegExp): boolean {
  const m = prefix.exec(token);
  if (!m) return false;
  const rest = token.slice(m[0].length);
  return rest.length === 36 && /^[0-9A-Za-z]+$/.test(rest) && base62(crc32(rest.slice(0, 30)), 6) === rest.slice(30);
}

function cpfOk(v: string): boolean {
  const d = [...v.replace(/\D/g, '')].map(Number);
  if (d.length !== 11) return false;
  const dig = (n: number) => {
    const s = d.slice(0, n).reduce((a, x, i) => a + x * (n + 1 - i), 0);
    const m = (s * 10) % 11;
    return m === 10 ? 0 : m;
  };
  return dig(9) === d[9] && dig(10) === d[10];
}

function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString()) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString());
    return typeof h.alg === 'string' && parts[2]!.length > 0;
  } catch {
    return false;
  }
}

/** Checks a planted value of set 54 against its own format; true for kinds without a check. */
export function formatOk54(kind: string, value: string): boolean {
  switch (kind) {
    case 'card_number': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{13,19}$/.test(d) && luhn(d);
    }
    case 'iban':
      return /^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(value.replace(/ /g, '')) && ibanMod97(value) === 1;
    case 'aba_routing':
      return abaOk(value);
    case 'bank_account_number':
      return /^\d{8,17}$/.test(value);
    case 'github_token':
      return crcOk(value, /^gh[pousr]_/);
    case 'npm_token':
      return crcOk(value, /^npm_/);
    case 'github_fine_grained_pat':
      return /^github_pat_[0-9A-Z]{22}_[0-9A-Za-z]{59}$/.test(value);
    case 'ssn': {
      const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(value);
      return !!m && m[1] !== '000' && m[1] !== '666' && m[1]! < '900' && m[2] !== '00' && m[3] !== '0000';
    }
    case 'cpf':
      return cpfOk(value);
    case 'nl_bsn':
      return /^\d{9}$/.test(value) && [...value].reduce((a, x, i) => a + Number(x) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;
    case 'ca_sin': {
      const d = value.replace(/ /g, '');
      return /^\d{9}$/.test(d) && luhn(d);
    }
    case 'es_dni':
      return /^\d{8}[A-Z]$/.test(value) && DNI_LETTERS[Number(value.slice(0, 8)) % 23] === value[8];
    case 'uk_nino':
      return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D]$/.test(value);
    case 'jwt':
      return jwtOk(value);
    case 'aws_access_key_id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws_secret_access_key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'stripe_secret_key':
    case 'stripe_restricted_key':
      return /^[sr]k_live_[0-9A-Za-z]{24,}$/.test(value);
    case 'stripe_webhook_secret':
      return /^whsec_[0-9A-Za-z]{32}$/.test(value);
    case 'slack_bot_token':
      return /^xoxb-\d{10,13}-\d{10,13}-[0-9A-Za-z]{24}$/.test(value);
    case 'slack_user_token':
      return /^xoxp-\d+-\d+-\d+-[0-9a-f]{32}$/.test(value);
    case 'slack_webhook_url':
      return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[0-9A-Za-z]{24}$/.test(value);
    case 'sendgrid_api_key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    case 'google_api_key':
      return /^AIza[\w-]{35}$/.test(value);
    case 'anthropic_api_key':
      return /^sk-ant-api03-[\w-]{93}AA$/.test(value);
    case 'openai_api_key':
      return /^sk-(proj|svcacct|admin)-[\w-]+T3BlbkFJ[\w-]+$/.test(value);
    case 'shopify_access_token':
    case 'shopify_shared_secret':
      return /^shp(at|ss)_[0-9a-f]{32}$/.test(value);
    case 'twilio_auth_token':
      return /^[0-9a-f]{32}$/.test(value);
    case 'mailchimp_api_key':
      return /^[0-9a-f]{32}-us\d{1,2}$/.test(value);
    case 'private_key':
      return /^-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+-----END [A-Z ]*PRIVATE KEY-----$/.test(value);
    case 'basic_auth':
    case 'k8s_secret_base64':
      return Buffer.from(value, 'base64').toString('base64') === value;
    case 'intercom_access_token':
      return Buffer.from(value, 'base64').toString().startsWith('tok:');
    case 'email':
      return /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'date_of_birth':
      return /^(\d{4}-\d{2}-\d{2}|\d{2}\/\d{2}\/\d{4}|\d{2}\.\d{2}\.\d{4})$/.test(value);
    default:
      return true;
  }
}

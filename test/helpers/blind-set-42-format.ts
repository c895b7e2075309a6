/** Set 42's format checks: each planted value against its own format (checksums, decodable structure). */
import { abaOk, b64Ok, bsnOk, cpfDigits, crcTokenOk, dniLetter, ibanOk, luhnOk, peselDigit, ssnOk } from './blind-set-42-check';

const b64Bytes = (s: string, n: number): boolean => b64Ok(s) && Buffer.from(s, 'base64').length === n;

const jwtOk = (s: string): boolean => {
  const parts = s.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string';
  } catch {
    return false;
  }
};

const pemOk = (s: string): boolean => {
  const m = /^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(s);
  return !!m && b64Ok(m[2]!.replace(/\n/g, '')) && m[2]!.split('\n').every((l) => l.length <= 64);
};

const basicOk = (s: string): boolean => b64Ok(s) && /^[^:\s]+:\S.*$/.test(Buffer.from(s, 'base64').toString('utf8'));

const ipv4Ok = (s: string): boolean => {
  const o = s.split('.').map(Number);
  if (o.length !== 4 || o.some((n) => !Number.isInteger(n) || n < 0 || n > 255)) return false;
  const [a, b] = o as [number, number, number, number];
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false;
  if ((a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127)) return false;
  return !/^(192\.0\.2|198\.51\.100|203\.0\.113)\./.test(s);
};

/** Exact shapes of the credential formats that have published ones. */
const SHAPES: Record<string, RegExp> = {
  'aws-access-key-id': /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  'aws-secret-access-key': /^[A-Za-z0-9+/]{40}$/,
  'gitlab-token': /^glpat-[A-Za-z0-9_-]{20}$/,
  'slack-webhook': /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24}$/,
  'slack-bot-token': /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/,
  'teams-webhook': /^https:\/\/[a-z]+\.webhook\.office\.com\/webhookb2\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[0-9a-f]{32}\/[0-9a-f-]{36}$/,
  'stripe-secret-key': /^[rs]k_live_[A-Za-z0-9]{96}$/,
  'stripe-webhook-secret': /^whsec_[A-Za-z0-9]{32}$/,
  'sendgrid-api-key': /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  'twilio-auth-token': /^[0-9a-f]{32}$/,
  'azure-ad-client-secret': /^[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{34}$/,
  'shopify-access-token': /^shpat_[0-9a-f]{32}$/,
  'shippo-api-token': /^shippo_live_[0-9a-f]{40}$/,
  'easypost-api-key': /^EZAK[0-9a-f]{54}$/,
  'samsara-api-token': /^samsara_api_[A-Za-z0-9]{30}$/,
  'fedex-api-key': /^l7xx[0-9a-f]{32}$/,
  'fedex-secret-key': /^[0-9a-f]{32}$/,
  'grafana-service-account-token': /^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$/,
  'vault-token': /^hvs\.[A-Za-z0-9_-]{24,}$/,
  'openai-api-key': /^sk-proj-[A-Za-z0-9_-]{56}T3BlbkFJ[A-Za-z0-9_-]{56}$/,
  'datadog-api-key': /^[0-9a-f]{32}$/,
  'atlassian-api-token': /^ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}$/,
  'mailgun-api-key': /^key-[0-9a-f]{32}$/,
  'okta-api-token': /^00[A-Za-z0-9_-]{40}$/,
  'square-access-token': /^EAAA[A-Za-z0-9_-]{60}$/,
  'coupa-api-key': /^[0-9a-f]{40}$/,
  'odoo-api-key': /^[0-9a-f]{40}$/,
  'netsuite-consumer-secret': /^[0-9a-f]{64}$/,
  'netsuite-token-secret': /^[0-9a-f]{64}$/,
  'avalara-license-key': /^[0-9A-F]{16}$/,
  'xsuaa-client-secret': /^[0-9a-f-]{36}\$[A-Za-z0-9_-]{43}=$/,
  'sap-session-cookie': /^[A-Za-z0-9_-]{46}%3d$/,
  'x12-security-password': /^[A-Za-z0-9#!%]{10}$/,
  'x12-authorization': /^[A-Z0-9]{10}$/,
  'email': /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/,
  'dob': /^(19[5-9]\d|200[0-3])-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$|^(0[1-9]|[12]\d)\.(0[1-9]|1[0-2])\.(19|20)\d\d$|^(0[1-9]|1[0-2])\/(0[1-9]|[12]\d)\/(19|20)\d\d$/,
  'bank-account': /^[1-9]\d{7,11}$/,
  'ipv6': /^2[0-9a-f]{3}:[0-9a-f]{1,4}(:[0-9a-f]{1,4}){5,6}$/,
};

export function formatOk42(kind: string, value: string): boolean {
  const shape = SHAPES[kind];
  if (shape && !shape.test(value)) return false;
  switch (kind) {
    case 'card': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{15,16}$/.test(d) && luhnOk(d);
    }
    case 'iban':
      return ibanOk(value);
    case 'aba-routing':
      return abaOk(value);
    case 'github-token':
    case 'npm-token':
      return crcTokenOk(value);
    case 'ssn':
      return ssnOk(value);
    case 'sin':
      return /^\d{3} \d{3} \d{3}$/.test(value) && luhnOk(value.replace(/ /g, ''));
    case 'bsn':
      return bsnOk(value);
    case 'dni':
      return /^\d{8}[A-Z]$/.test(value) && dniLetter(value.slice(0, 8)) === value[8];
    case 'pesel':
      return /^\d{11}$/.test(value) && peselDigit(value.slice(0, 10)) === value[10];
    case 'cpf': {
      const d = value.replace(/[.-]/g, '');
      return /^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(value) && cpfDigits(d.slice(0, 9)) === d.slice(9);
    }
    case 'basic-auth':
      return basicOk(value);
    case 'jwt':
      return jwtOk(value);
    case 'private-key':
      return pemOk(value);
    case 'ipv4':
      return ipv4Ok(value);
    case 'phone': {
      const d = value.replace(/\D/g, '');
      return d.length >= 10 && d.length <= 15 && /^\+?[\d ()-]+$/.test(value);
    }
    case 'azure-storage-key':
      return b64Bytes(value, 64);
    case 'azure-iot-sas-key':
    case 'bc-web-service-key':
      return b64Bytes(value, 32);
    case 'samsara-webhook-secret':
      return b64Bytes(value, 32);
    case 'influxdb-token':
      return /^[A-Za-z0-9_-]{86}==$/.test(value);
    case 'sap-sso-ticket':
      return b64Ok(decodeURIComponent(value));
    case 'k8s-secret-b64':
      return b64Ok(value) && /^[\x21-\x7e]{8,}$/.test(Buffer.from(value, 'base64').toString('utf8'));
    case 'name':
      return value.trim() === value && value.length >= 3 && !/\d/.test(value);
    default:
      return value.length >= 7;
  }
}

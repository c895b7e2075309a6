import { base62, crc32 } from './blind-set-41-gen';
import { abaOk, ibanOk, luhnOk } from './blind-set-41-people';

/** Set 41's format checks: each planted value against its own published shape, checksum or structure. */
const RX: Record<string, RegExp> = {
  'slack-bot-token': /^xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}$/,
  'slack-user-token': /^xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32}$/,
  'slack-app-token': /^xapp-1-A[A-Z0-9]{10}-\d{13}-[a-f0-9]{64}$/,
  'slack-refresh-token': /^xoxe-1-[A-Za-z0-9]{140}$/,
  'slack-webhook-url': /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,10}\/B[A-Z0-9]{8,10}\/[A-Za-z0-9]{24}$/,
  'slack-client-secret': /^[a-f0-9]{32}$/,
  'slack-signing-secret': /^[a-f0-9]{32}$/,
  'entra-client-secret': /^[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{34}$/,
  'google-oauth-client-secret': /^GOCSPX-[A-Za-z0-9_-]{28}$/,
  'google-refresh-token': /^1\/\/0[A-Za-z0-9_-]{100}$/,
  'google-access-token': /^ya29\.[A-Za-z0-9_-]{170,}\d{3}$/,
  'google-app-password': /^[a-z]{16}$/,
  'zoom-client-secret': /^[A-Za-z0-9]{32}$/,
  'zoom-webhook-secret': /^[A-Za-z0-9]{22}$/,
  'webex-bot-token': /^[A-Za-z0-9]{64}_[A-Z0-9]{4}_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  'notion-token': /^(secret_[A-Za-z0-9]{43}|ntn_\d{11}[A-Za-z0-9]{35})$/,
  'airtable-pat': /^pat[A-Za-z0-9]{14}\.[a-f0-9]{64}$/,
  'asana-pat': /^(1\/\d{16}:[a-f0-9]{32}|2\/\d{16}\/\d{16}:[a-f0-9]{32})$/,
  'clickup-api-token': /^pk_\d{7,9}_[A-Z0-9]{32}$/,
  'linear-api-key': /^lin_api_[A-Za-z0-9]{40}$/,
  'linear-oauth-token': /^lin_oauth_[a-f0-9]{64}$/,
  'linear-webhook-secret': /^lin_wh_[A-Za-z0-9]{32}$/,
  'linear-client-secret': /^[a-f0-9]{32}$/,
  'atlassian-api-token': /^ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}$/,
  'bitbucket-app-password': /^ATBB[A-Za-z0-9]{28}[0-9A-F]{8}$/,
  'bitbucket-access-token': /^ATCTT3xFfGN0[A-Za-z0-9_-]{170}=[0-9A-F]{8}$/,
  'dropbox-access-token': /^sl\.(B|C|u\.)[A-Za-z0-9_-]{138}$/,
  'dropbox-refresh-token': /^[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}$/,
  'dropbox-app-secret': /^[a-z0-9]{15}$/,
  'dropbox-sign-api-key': /^[a-f0-9]{64}$/,
  'adobe-sign-access-token': /^3AAABLblqZh[ABC][A-Za-z0-9_-]{60}$/,
  'adobe-sign-refresh-token': /^3AAABLblqZh[ABC][A-Za-z0-9_-]{60}$/,
  'typeform-pat': /^tfp_[A-Za-z0-9]{44}_[A-Za-z0-9]{14}$/,
  'sendgrid-api-key': /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  'stripe-secret-key': /^(sk|rk)_live_51[A-Za-z0-9]{94}$/,
  'twilio-auth-token': /^[a-f0-9]{32}$/,
  'hubspot-pat': /^pat-(na1|na2|eu1)-[0-9a-f-]{36}$/,
  'shopify-access-token': /^shpat_[a-f0-9]{32}$/,
  'mailchimp-api-key': /^[a-f0-9]{32}-us\d{1,2}$/,
  'aws-access-key-id': /^AKIA[A-Z2-7]{16}$/,
  'aws-secret-access-key': /^[A-Za-z0-9+/]{40}$/,
  'okta-api-token': /^00[A-Za-z0-9_-]{40}$/,
  'salesforce-refresh-token': /^5Aep861[A-Za-z0-9._]{80}$/,
  'salesforce-access-token': /^00D[A-Za-z0-9]{12}![A-Za-z0-9._]{98}$/,
  'zapier-webhook-url': /^https:\/\/hooks\.zapier\.com\/hooks\/catch\/\d{7,8}\/[a-z0-9]{7}\/$/,
  'make-webhook-url': /^https:\/\/hook\.(eu1|eu2|us1|us2)\.make\.com\/[a-z0-9]{32}$/,
  'pipedream-webhook-url': /^https:\/\/eo[a-z0-9]{15}\.m\.pipedream\.net$/,
  'teams-webhook-url': /^https:\/\/[a-z]+\.webhook\.office\.com\/webhookb2\/[0-9a-f-]{36}@[0-9a-f-]{36}\/IncomingWebhook\/[a-f0-9]{32}\/[0-9a-f-]{36}\/V2[A-Za-z0-9_-]{45}$/,
  'box-client-secret': /^[A-Za-z0-9]{32}$/,
  'box-access-token': /^[A-Za-z0-9]{32}$/,
  'box-key-passphrase': /^[a-f0-9]{32}$/,
  'egnyte-access-token': /^[a-z0-9]{24}$/,
  'pandadoc-api-key': /^[a-f0-9]{40}$/,
  'jotform-api-key': /^[a-f0-9]{32}$/,
  'tray-api-token': /^[a-f0-9]{64}$/,
  'celigo-api-token': /^[a-f0-9]{32}$/,
  'anypoint-client-secret': /^[a-f0-9]{32}$/,
  'salesforce-consumer-secret': /^[0-9A-F]{64}$/,
  'netsuite-consumer-secret': /^[a-f0-9]{64}$/,
  'netsuite-token-secret': /^[a-f0-9]{64}$/,
  'hubspot-client-secret': /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  'asana-hook-secret': /^[a-f0-9]{32}$/,
  'smartsheet-token': /^[A-Za-z0-9]{37}$/,
  'n8n-encryption-key': /^[A-Za-z0-9]{32}$/,
  'session-cookie': /^[A-Za-z0-9_-]{64}$/,
  'uk-sort-code': /^\d{2}-\d{2}-\d{2}$/,
  'bank-account': /^[1-9]\d{7,11}$/,
  'card-cvc': /^\d{3,4}$/,
  'phone': /^(\+?[\d ().-]{10,17})$/,
  'email': /^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/,
  'address': /^.{12,}\d.*$|^\d.{12,}$/,
  'es-dni': /^\d{8}[A-Z]$/,
  'logic-apps-trigger-url': /^https:\/\/prod-\d{2}\.[a-z]+\.logic\.azure\.com:443\/workflows\/[a-f0-9]{32}\/triggers\/manual\/paths\/invoke\?.*&sig=[A-Za-z0-9_-]{43}$/,
  'ifttt-webhook-url': /^https:\/\/maker\.ifttt\.com\/trigger\/\w+\/with\/key\/[A-Za-z0-9_-]{22}$/,
  'slack-workflow-trigger-url': /^https:\/\/hooks\.slack\.com\/triggers\/T[A-Z0-9]{10}\/\d{13}\/[a-f0-9]{32}$/,
  'salesforce-security-token': /^[A-Za-z0-9]{24}$/,
  'tines-webhook-url': /^https:\/\/[a-z0-9-]+\.tines\.com\/webhook\/[a-f0-9]{32}\/[a-f0-9]{32}$/,
  'workato-api-token': /^wrkaus\d-[a-f0-9]{64}$/,
  'workato-webhook-url': /^https:\/\/webhooks\.workato\.com\/webhooks\/rest\/[a-f0-9]{32}\/[a-z-]+$/,
  'slack-config-token': /^xoxe\.xoxp-1-[A-Za-z0-9]{140}$/,
  'brex-api-token': /^bxt_[A-Za-z0-9]{40}$/,
  'quickbooks-refresh-token': /^AB11\d{9}[A-Za-z0-9]{37}$/,
  'plaid-secret': /^[a-f0-9]{30}$/,
  'plaid-access-token': /^access-production-[0-9a-f-]{36}$/,
  'stripe-webhook-secret': /^whsec_[A-Za-z0-9]{32}$/,
  'gocardless-access-token': /^live_[A-Za-z0-9_-]{40}$/,
  'paypal-client-secret': /^[A-Za-z0-9_-]{80}$/,
  'braintree-private-key': /^[a-f0-9]{32}$/,
  'adyen-api-key': /^AQE[A-Za-z0-9]{24}[A-Za-z0-9+/]{56}-[A-Za-z0-9+/]{43}=-[A-Za-z0-9]{16}$/,
  'adyen-hmac-key': /^[0-9A-F]{64}$/,
  'jira-automation-webhook-url': /^https:\/\/api-private\.atlassian\.com\/automation\/webhooks\/jira\/a\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/,
  'pandadoc-webhook-key': /^[A-Za-z0-9]{32}$/,
  'encryption-key-hex': /^[a-f0-9]{32}$/,
  'adp-access-token': /^[a-f0-9]{40}$/,
  'apim-subscription-key': /^[a-f0-9]{32}$/,
  'ramp-client-secret': /^ramp_sec_[A-Za-z0-9]{48}$/,
  'mailgun-api-key': /^key-[a-f0-9]{32}$/,
  'twilio-api-key-secret': /^[A-Za-z0-9]{32}$/,
};

const b64ok = (s: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0 && Buffer.from(s, 'base64').toString('base64') === s;
const b64urlJson = (s: string): boolean => {
  try {
    return /^[A-Za-z0-9_-]+$/.test(s) && typeof JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) === 'object';
  } catch {
    return false;
  }
};
const jwtOk = (s: string): boolean => {
  const p = s.split('.');
  return p.length === 3 && b64urlJson(p[0]!) && b64urlJson(p[1]!) && /^[A-Za-z0-9_-]{20,}$/.test(p[2]!);
};
const pemOk = (s: string): boolean => {
  const m = s.trim().match(/^-----BEGIN ([A-Z ]+)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/);
  return !!m && b64ok(m[2]!.replace(/\n/g, ''));
};
const digitsOf = (s: string): number[] => s.replace(/\D/g, '').split('').map(Number);

function ssnOk(s: string): boolean {
  const m = s.match(/^(\d{3})-(\d{2})-(\d{4})$/);
  return !!m && m[1] !== '000' && m[1] !== '666' && Number(m[1]) < 900 && m[2] !== '00' && m[3] !== '0000';
}
function bsnOk(s: string): boolean {
  const d = digitsOf(s);
  if (!/^\d{9}$/.test(s)) return false;
  let t = 0;
  for (let i = 0; i < 8; i++) t += d[i]! * (9 - i);
  return (t - d[8]!) % 11 === 0;
}
function cpfOk(s: string): boolean {
  if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(s)) return false;
  const d = digitsOf(s);
  const dig = (n: number) => {
    let t = 0;
    for (let i = 0; i < n; i++) t += d[i]! * (n + 1 - i);
    const m = (t * 10) % 11;
    return m === 10 ? 0 : m;
  };
  return dig(9) === d[9] && dig(10) === d[10];
}
function peselOk(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const d = digitsOf(s);
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
  let t = 0;
  for (let i = 0; i < 10; i++) t += d[i]! * w[i]!;
  return (10 - (t % 10)) % 10 === d[10];
}
function dateOk(s: string): boolean {
  const m = s.match(/^(\d{4})-(\d{2})-(\d{2})$/) ?? s.match(/^(\d{2})\/(\d{2})\/(\d{4})$/) ?? s.match(/^(\d{2})\.(\d{2})\.(\d{4})$/);
  if (!m) return false;
  const [y, mo, d] = s.includes('-') ? [m[1], m[2], m[3]] : s.includes('/') ? [m[3], m[1], m[2]] : [m[3], m[2], m[1]];
  const t = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.getUTCDate() === Number(d) && Number(y) > 1900 && Number(y) < 2010;
}
function ipv4Public(s: string): boolean {
  const o = s.split('.').map(Number);
  if (o.length !== 4 || o.some((x) => !(x >= 0 && x <= 255))) return false;
  const [a, b] = o as [number, number];
  if (a === 10 || a === 127 || a === 0 || a >= 224 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127)) return false;
  return !/^(192\.0\.2|198\.51\.100|203\.0\.113)\./.test(s);
}

/** True when `value` has the shape, checksum or structure its kind requires (or its kind has none). */
export function formatOk41(kind: string, value: string): boolean {
  switch (kind) {
    case 'card-number': return luhnOk(value) && /^\d[\d -]+\d$/.test(value);
    case 'iban': return ibanOk(value);
    case 'aba-routing': return abaOk(value);
    case 'us-ssn': return ssnOk(value);
    case 'uk-nino': {
      const c = value.replace(/ /g, '');
      return /^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(c) && !/^(BG|GB|NK|KN|TN|NT|ZZ)/.test(c);
    }
    case 'ca-sin': return /^[1-79]\d{2}[ -]\d{3}[ -]\d{3}$/.test(value) && luhnOk(value.replace(/\D/g, '').padStart(12, '0'));
    case 'nl-bsn': return bsnOk(value);
    case 'es-dni': return RX[kind]!.test(value) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(value.slice(0, 8)) % 23] === value[8];
    case 'br-cpf': return cpfOk(value);
    case 'pl-pesel': return peselOk(value);
    case 'se-personnummer': return /^\d{6}-\d{4}$/.test(value) && luhnOk(value.replace('-', '').padStart(12, '0'));
    case 'github-pat': return /^gh[pous]_[A-Za-z0-9]{36}$/.test(value) && base62(crc32(value.slice(4, 34)), 6) === value.slice(34);
    case 'jwt-access-token':
    case 'monday-api-token':
    case 'calendly-pat': return jwtOk(value);
    case 'basic-auth': return b64ok(value) && /^[^:]+:.+$/.test(Buffer.from(value, 'base64').toString('utf8'));
    case 'pem-private-key': return pemOk(value);
    case 'pem-private-key-escaped': return !value.includes('\n') && pemOk(value.replace(/\\n/g, '\n'));
    case 'base64-slack-bot-token': return b64ok(value) && RX['slack-bot-token']!.test(Buffer.from(value, 'base64').toString('utf8'));
    case 'intercom-access-token': return b64ok(value) && /^tok:[0-9a-f-]{36}:1:0$/.test(Buffer.from(value, 'base64').toString('utf8'));
    case 'confluence-pat': return b64ok(value) && value.length === 44 && /^\d{12}:/.test(Buffer.from(value, 'base64').toString('latin1'));
    case 'docusign-connect-hmac-key':
    case 'encryption-key': return b64ok(value) && Buffer.from(value, 'base64').length === 32;
    case 'jwt-secret': return b64ok(value) && Buffer.from(value, 'base64').length === 48;
    case 'email-urlencoded': return RX['email']!.test(decodeURIComponent(value)) && value.includes('%40');
    case 'ipv4': return ipv4Public(value);
    case 'ipv6': return /^(2a0[12]|2600|2603|2806)(:[0-9a-f]{4}){7}$/.test(value);
    case 'date-of-birth': return dateOk(value);
    case 'entra-client-secret': return RX[kind]!.test(decodeURIComponent(value));
    case 'phone': return RX[kind]!.test(value) && digitsOf(value).length >= 10 && digitsOf(value).length <= 13;
    default: return RX[kind] ? RX[kind]!.test(value) : true;
  }
}

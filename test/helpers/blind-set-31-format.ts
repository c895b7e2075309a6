import { abaOk, cardOk, githubPatOk, ibanOk, luhnOk } from './blind-set-31-check';
import { aadhaarOk, bsnOk, cpfOk, dniOk, ninoOk, nirOk, peselOk, personnummerOk, ssnOk } from './blind-set-31-ids';

/** Undoes the escapes a value may carry in its text: JSON `\/` and `\n`, then percent-encoding. */
function unescape(s: string): string {
  const j = s.replace(/\\\//g, '/').replace(/\\n/g, '\n');
  try {
    return decodeURIComponent(j);
  } catch {
    return j;
  }
}

/** True when `s` is standard or URL-safe base64 that decodes to `bytes` bytes (any length when omitted). */
function b64Ok(s: string, bytes?: number): boolean {
  const u = unescape(s);
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(u)) return false;
  const buf = Buffer.from(u.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  return buf.length > 0 && (bytes === undefined || buf.length === bytes);
}

/** True when a JWT has a decodable JSON header naming an algorithm and a decodable JSON claims part. */
function jwtOk(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && /^[A-Za-z0-9_-]+$/.test(parts[2]!);
  } catch {
    return false;
  }
}

/** True when a PEM private key has matching armour and a DER body that opens with a SEQUENCE. */
function pemOk(s: string): boolean {
  const m = /^-----BEGIN ((?:RSA |EC )?PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----$/.exec(unescape(s));
  if (!m) return false;
  const der = Buffer.from(m[2]!.replace(/\n/g, ''), 'base64');
  if (der[0] !== 0x30) return false;
  if (m[1] === 'EC PRIVATE KEY') return der.length === 121 && der.subarray(2, 7).toString('hex') === '0201010420';
  return der.length > 600;
}

/** Luhn over a card's PAN when it leads a magnetic-stripe track. */
function trackOk(s: string, sep: string): boolean {
  const pan = s.split(sep)[0]!;
  return /^\d{13,19}$/.test(pan) && luhnOk(pan);
}

const SHAPES: Record<string, RegExp> = {
  'twilio-auth-token': /^[0-9a-f]{32}$/,
  'twilio-api-key-secret': /^[A-Za-z0-9]{32}$/,
  'vonage-api-secret': /^[A-Za-z0-9]{16}$/,
  'sinch-api-token': /^[0-9a-f]{32}$/,
  'sinch-key-secret': /^[A-Za-z0-9~.]{30}$/,
  'messagebird-access-key': /^(live_)?[A-Za-z0-9]{25}$/,
  'bird-access-key': /^[A-Za-z0-9]{48}$/,
  'plivo-auth-token': /^[A-Za-z0-9]{40}$/,
  'telnyx-api-key': /^KEY[0-9A-F]{32}_[A-Za-z0-9]{22}$/,
  'infobip-api-key': /^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  'aws-secret-access-key': /^[A-Za-z0-9+/]{40}$/,
  'particle-access-token': /^[0-9a-f]{40}$/,
  'balena-api-key': /^[A-Za-z0-9]{32}$/,
  'ttn-api-key': /^NNSXS\.[A-Z2-7]{39}\.[A-Z2-7]{52}$/,
  'lorawan-app-key': /^[0-9A-Fa-f]{32}$/,
  'lorawan-app-s-key': /^[0-9A-Fa-f]{32}$/,
  'lorawan-nwk-s-key': /^[0-9A-Fa-f]{32}$/,
  'samsara-api-token': /^samsara_api_[A-Za-z0-9]{30}$/,
  'motive-api-key': /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  'servicetitan-client-secret': /^cs\d\.[a-z0-9]{50}$/,
  'servicetitan-app-key': /^ak1\.[a-z0-9]{25}$/,
  'salesforce-access-token': /^00D[A-Za-z0-9]{12}![A-Za-z0-9._]{96}$/,
  'salesforce-refresh-token': /^5Aep861[A-Za-z0-9._]{80}$/,
  'salesforce-consumer-secret': /^[0-9A-F]{64}$/,
  'salesforce-security-token': /^[A-Za-z0-9]{25}$/,
  'stripe-secret-key': /^[sr]k_live_[A-Za-z0-9]{99}$/,
  'stripe-webhook-secret': /^whsec_[A-Za-z0-9]{32}$/,
  'gocardless-access-token': /^live_[A-Za-z0-9_-]{40}$/,
  'adyen-api-key': /^AQE[A-Za-z0-9+/]+==-[A-Za-z0-9+/]{43}=-[A-Za-z0-9]{16}$/,
  'adyen-hmac-key': /^[0-9A-F]{64}$/,
  'braintree-private-key': /^[0-9a-f]{32}$/,
  'utilityapi-token': /^[0-9a-f]{32}$/,
  'razorpay-key-secret': /^[A-Za-z0-9]{24}$/,
  'mpesa-consumer-secret': /^[A-Za-z0-9]{64}$/,
  'mpesa-passkey': /^[0-9a-f]{64}$/,
  'hlr-api-secret': /^[A-Za-z0-9]{32}$/,
  'dvla-api-key': /^[A-Za-z0-9]{40}$/,
  'smpp-password': /^.{1,8}$/,
  'sip-ha1': /^[0-9a-f]{32}$/,
  'tls-psk': /^[0-9a-f]{32,}$/,
  'esim-matching-id': /^[A-Z0-9]{5}(-[A-Z0-9]{5}){3}$/,
  'esim-confirmation-code': /^\d{4,8}$/,
  'port-out-pin': /^\d{4,10}$/,
  'voicemail-pin': /^\d{4,6}$/,
  'sim-pin': /^\d{4,8}$/,
  'fleet-card-pin': /^\d{4,6}$/,
  'crypt-hash': /^\$1\$[A-Za-z0-9./]{8}\$[A-Za-z0-9./]{22}$/,
  'bcrypt-hash': /^\$2[aby]\$\d\d\$[A-Za-z0-9./]{53}$/,
  'zigbee-network-key': /^(\d{1,3}, ){15}\d{1,3}$/,
  'geotab-session-id': /^[A-Za-z0-9_-]{22}$/,
  'influxdb-token': /^[A-Za-z0-9_-]{86}==$/,
  'card-cvc': /^\d{3,4}$/,
  'uk-account-number': /^\d{8}$/,
  'au-account-number': /^\d{6,10}$/,
  'bank-account-number': /^\d{6,17}$/,
  'in-bank-account': /^\d{9,18}$/,
  'voucher-pin': /^\d{4}( \d{4}){3}$/,
  imsi: /^[2-7]\d{14}$/,
  msisdn: /^[1-9]\d{9,14}$/,
  'phone-e164': /^(\+|%2B)[1-9]\d{7,14}$/,
  'phone-digits': /^\d{10}$/,
  'phone-national': /^[0-9 ()+.-]{9,18}$/,
  email: /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/,
  'date-of-birth': /^(\d{4}-\d\d-\d\d|\d\d[./]\d\d[./]\d{4})$/,
  'carrier-account-number': /^\d{8,12}$/,
  'utility-account-number': /^\d{8,12}$/,
  'uk-driving-licence': /^[A-Z9]{5}\d[0156]\d[0-3]\d\d[A-Z9]{2}\d[A-Z]{2}$/,
  'au-driver-licence': /^\d{8}$/,
  'us-dl-ca': /^[A-Z]\d{7}$/,
  'us-dl-tx': /^\d{8}$/,
  'us-dl-fl': /^[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d$/,
  'us-dl-il': /^[A-Z]\d{3}-\d{4}-\d{4}$/,
  'us-dl-ny': /^\d{9}$/,
  'us-dl-wa': /^WDL[A-Z0-9]{9}$/,
};

/** Checks a planted value's own format for blind set 31: checksums, decodable structure or documented shape; true for kinds with nothing to check. */
export function formatOk31(kind: string, value: string): boolean {
  switch (kind) {
    case 'card-number':
      return cardOk(value);
    case 'card-track1':
      return trackOk(value, '^') && /^\d+\^[A-Z ]+\/[A-Z ]+\^\d{4}/.test(value);
    case 'card-track2':
      return trackOk(value, '=') && /^\d+=\d{7,}$/.test(value);
    case 'iban':
      return ibanOk(value);
    case 'aba-routing':
      return abaOk(value);
    case 'github-pat':
      return githubPatOk(value);
    case 'us-ssn':
      return ssnOk(value);
    case 'uk-nino':
      return ninoOk(value);
    case 'es-dni':
      return dniOk(value);
    case 'nl-bsn':
      return bsnOk(value);
    case 'fr-nir':
      return nirOk(value);
    case 'in-aadhaar':
      return aadhaarOk(value);
    case 'br-cpf':
      return cpfOk(value);
    case 'pl-pesel':
      return peselOk(value);
    case 'se-personnummer':
      return personnummerOk(value);
    case 'jwt':
      return jwtOk(value);
    case 'private-key':
      return pemOk(value);
    case 'azure-shared-access-key':
      return b64Ok(value, 32);
    case 'azure-sas-signature':
      return b64Ok(value, 32);
    case 'azure-dps-group-key':
    case 'azure-storage-key':
      return b64Ok(value, 64);
    case 'webhook-signing-secret':
      return b64Ok(value, 32);
    case 'aws-session-token':
      return value.startsWith('IQoJb3JpZ2luX2Vj') && b64Ok(value);
    case 'aws-iot-ownership-token':
      return b64Ok(value);
    case 'turn-credential':
      return b64Ok(value, 18);
    case 'basic-auth':
      return b64Ok(value) && /^[^:\s]+:\S+$/.test(Buffer.from(value, 'base64').toString('utf8'));
    case 'base64-secret':
    case 'mqtt-password-b64':
      return b64Ok(value) && /^[\x21-\x7e]+$/.test(Buffer.from(value, 'base64').toString('utf8'));
    case 'mpesa-stk-password':
      return b64Ok(value) && /^\d{5,7}[0-9a-f]{64}\d{14}$/.test(Buffer.from(value, 'base64').toString('utf8'));
    default: {
      const re = SHAPES[kind];
      return re ? re.test(value) : true;
    }
  }
}

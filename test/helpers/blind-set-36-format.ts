import { abaOk, b64Ok, checksummedOk, ibanOk, jwtOk, luhnOk, nkeySeedOk } from './blind-set-36-gen';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const RE: Record<string, RegExp> = {
  'aws-access-key-id': /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  'aws-secret-access-key': /^[A-Za-z0-9+/]{40}$/,
  'aws-apigw-api-key': /^[A-Za-z0-9]{40}$/,
  'apim-subscription-key': /^[0-9a-f]{32}$/,
  'kong-key-auth': /^[A-Za-z0-9]{32}$/,
  'apigee-consumer-key': /^[A-Za-z0-9]{48}$/,
  'apigee-consumer-secret': /^[A-Za-z0-9]{64}$/,
  'tyk-gateway-secret': /^[0-9a-f]{32}$/,
  'htpasswd-hash': /^\$apr1\$[A-Za-z0-9]{8}\$[./A-Za-z0-9]{22}$/,
  'bcrypt-hash': /^\$2[aby]\$\d\d\$[./A-Za-z0-9]{53}$/,
  'confluent-api-secret': /^[A-Za-z0-9+/]{64}$/,
  'launchdarkly-sdk-key': /^sdk-[0-9a-f-]{36}$/,
  'launchdarkly-api-token': /^api-[0-9a-f-]{36}$/,
  'launchdarkly-mobile-key': /^mob-[0-9a-f-]{36}$/,
  'okta-api-token': /^00[A-Za-z0-9_-]{40}$/,
  'uk-nino': /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/,
  'passport-number': /^\d{9}$/,
  'storage-account-key': /^[A-Za-z0-9+/]{86}==$/,
  'unleash-api-token': /^[*a-z]+:[a-z]+\.[0-9a-f]{64}$/,
  'flagsmith-server-key': /^ser\.[A-Za-z0-9]{22}$/,
  'split-sdk-key': /^[a-z0-9]{36}$/,
  'split-admin-key': /^[a-z0-9]{36}$/,
  'configcat-sdk-key': /^(configcat-sdk-1\/)?[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}$/,
  'vault-token': /^hvs\.[A-Za-z0-9]{24,}$/,
  'webhook-signing-secret': /^whsec_[A-Za-z0-9+/]{32}$/,
  'etcd-simple-token': /^[A-Za-z]{16}\.\d+$/,
  email: /^[^\s@]+@[a-z0-9.-]+\.[a-z]{2,}$/,
  phone: /^\+\d[\d ]{9,16}$/,
  'date-of-birth': /^(19[5-9]\d|200\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/,
  ssn: /^(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/,
  'sort-code': /^\d{2}-\d{2}-\d{2}$/,
  'bank-account': /^\d{8,12}$/,
  'card-cvc': /^\d{3,4}$/,
};

function ipOk(v: string): boolean {
  const p = v.split('.').map(Number);
  if (p.length !== 4 || p.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) return false;
  const [a, b] = [p[0]!, p[1]!];
  return !(a === 10 || a === 127 || (a === 172 && b >= 16 && b < 32) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b < 128) || a === 0 || a >= 224);
}

/** Checks one planted value of blind set 36 against its own format; true for kinds without a check. */
export function formatOk36(kind: string, value: string): boolean {
  switch (kind) {
    case 'card-number':
      return luhnOk(value);
    case 'iban':
      return ibanOk(value);
    case 'aba-routing':
      return abaOk(value);
    case 'jwt':
    case 'jwt-svid':
    case 'pulsar-token':
    case 'nats-user-jwt':
      return jwtOk(value);
    case 'nats-nkey-seed':
      return nkeySeedOk(value);
    case 'github-token':
      return checksummedOk(value.slice(0, 4), value);
    case 'consul-acl-token':
    case 'vault-secret-id':
      return UUID.test(value);
    case 'azure-sas-key':
    case 'hmac-secret':
      return /^[0-9a-f]{64}$/.test(value) || b64Ok(value, 32);
    case 'rabbitmq-password-hash':
      return b64Ok(value, 36);
    case 'private-key-pem':
      return b64Ok(value.replace(/\\n|\n/g, ''), 600);
    case 'k8s-secret-tls-key':
      return b64Ok(value, 100) && Buffer.from(value, 'base64').toString('utf8').includes('PRIVATE KEY-----');
    case 'basic-auth-b64':
      return b64Ok(value, 4) && Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'tyk-api-key':
      try {
        return typeof (JSON.parse(Buffer.from(value, 'base64').toString('utf8')) as { org?: unknown }).org === 'string';
      } catch {
        return false;
      }
    case 'client-ip':
      return ipOk(value);
    default: {
      const re = RE[kind];
      return re ? re.test(value) : true;
    }
  }
}

import { abaOk, bsnOk, btcBech32Ok, btcLegacyOk, cpfOk, crcTokenOk, dniOk, ibanOk, jwtOk, luhnOk, nirOk, peselOk, ssnOk } from './blind-set-20-values';

const b64 = (s: string): boolean => /^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0;
const pemOk = (s: string): boolean => {
  const m = /^-----BEGIN ([A-Z ]+)-----(?:\\\\n|\\n|\n)([\s\S]+?)(?:\\\\n|\\n|\n)-----END \1-----$/.exec(s);
  return !!m && b64(m[2]!.replace(/\\\\n|\\n|\n/g, ''));
};

/** Checks a planted value's own format: checksums, decodable structure; true for kinds with none. */
export function formatOk20(kind: string, value: string): boolean {
  switch (kind) {
    case 'card':
      return /^\d{15,16}$/.test(value) && luhnOk(value);
    case 'card-spaced':
    case 'card-dashed':
      return luhnOk(value.replace(/[ -]/g, '')) && /^\d{4}[ -]\d{4,6}[ -]\d{4,5}(?:[ -]\d{4})?$/.test(value);
    case 'cvc':
      return /^\d{3,4}$/.test(value);
    case 'iban':
      return ibanOk(value);
    case 'iban-print':
      return ibanOk(value.replace(/ /g, ''));
    case 'aba-routing':
      return abaOk(value);
    case 'bank-account':
      return /^\d{8,12}$/.test(value);
    case 'btc-address':
      return value.startsWith('bc1') ? btcBech32Ok(value) : btcLegacyOk(value);
    case 'eth-address':
      return /^0x[0-9a-f]{40}$/.test(value);
    case 'ssn':
      return ssnOk(value);
    case 'bsn':
      return bsnOk(value);
    case 'cpf':
      return cpfOk(value);
    case 'sin':
      return luhnOk(value.replace(/ /g, ''));
    case 'pesel':
      return peselOk(value);
    case 'fr-nir':
      return nirOk(value);
    case 'dni':
      return dniOk(value);
    case 'uk-nino':
      return /^[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]$/.test(value);
    case 'email':
      return /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/.test(value);
    case 'birth-date':
      return /^(19|20)\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d)$/.test(value);
    case 'customer-ip':
      return /^(\d{1,3}\.){3}\d{1,3}$/.test(value) ? !/^(10|127|192\.168|172\.(1[6-9]|2\d|3[01]))\./.test(value) : /^2a02:/.test(value);
    case 'github-token':
    case 'npm-token':
      return crcTokenOk(value);
    case 'jwt':
      return jwtOk(value);
    case 'aws-access-key-id':
      return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
    case 'aws-secret-key':
      return /^[A-Za-z0-9+/]{40}$/.test(value);
    case 'private-key-pem':
    case 'gcp-sa-private-key':
    case 'ssh-private-key':
      return pemOk(value);
    case 'private-key-b64':
    case 'azure-storage-key':
    case 'password-base64':
    case 'basic-auth':
    case 'elastic-api-key':
    case 'intercom-token':
      return b64(value);
    case 'azure-sas-signature':
      return b64(decodeURIComponent(value));
    case 'aws-session-token':
      return /^IQoJb3JpZ2luX2Vj/.test(decodeURIComponent(value));
    case 'fernet-key':
      return Buffer.from(value, 'base64url').length === 32 && value.length === 44;
    case 'slack-webhook':
      return /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{24}$/.test(value);
    case 'stripe-secret-key':
      return /^sk_live_[A-Za-z0-9]{24,}$/.test(value);
    case 'stripe-restricted-key':
      return /^rk_live_[A-Za-z0-9]{24,}$/.test(value);
    case 'databricks-token':
      return /^dapi[0-9a-f]{32}$/.test(value);
    case 'sendgrid-key':
      return /^SG\.[\w-]{22}\.[\w-]{43}$/.test(value);
    default:
      return value.length >= 8;
  }
}

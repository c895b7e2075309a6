import { bech32Ok, crcTokenOk } from './blind-set-21-types';

/** The prefix of each CRC-32-tailed token kind (GitHub's published format, which npm's tokens share). */
const CRC_PREFIX: Record<string, string> = {
  'github-pat': 'ghp_',
  'github-oauth': 'gho_',
  'github-user-to-server': 'ghu_',
  'github-server-to-server': 'ghs_',
  'github-refresh': 'ghr_',
  'npm-token': 'npm_',
};

/** True when `s` is standard base64 that round-trips (line breaks allowed). */
const b64Ok = (s: string): boolean => {
  const flat = s.replace(/\n/g, '');
  return /^[A-Za-z0-9+/]+={0,2}$/.test(flat) && Buffer.from(flat, 'base64').toString('base64') === flat;
};

const jsonObject = (seg: string): boolean => {
  try {
    const o: unknown = JSON.parse(Buffer.from(seg, 'base64url').toString('utf8'));
    return typeof o === 'object' && o !== null;
  } catch {
    return false;
  }
};

/**
 * Checks a planted value's own published structure where one exists: GitHub's and npm's CRC-32
 * tails, age keys' bech32 checksum, JWT segments that decode to JSON, AWS key ids' alphabet,
 * base64 bodies of PEM and OpenSSH keys that decode (OpenSSH's to its magic), Basic credentials
 * that decode to `user:password`. Every other kind has nothing to check and passes.
 */
export function formatOk21(kind: string, value: string): boolean {
  const prefix = CRC_PREFIX[kind];
  if (prefix) return crcTokenOk(value, prefix);
  if (kind === 'jwt') {
    const parts = value.split('.');
    return parts.length === 3 && jsonObject(parts[0]!) && jsonObject(parts[1]!) && /^[A-Za-z0-9_-]+$/.test(parts[2]!);
  }
  if (kind === 'age-secret-key') return value.startsWith('AGE-SECRET-KEY-1') && value === value.toUpperCase() && bech32Ok(value);
  if (kind === 'aws-access-key-id') return /^(AKIA|ASIA)[A-Z2-7]{16}$/.test(value);
  if (kind === 'openssh-private-key') return b64Ok(value) && Buffer.from(value.replace(/\n/g, ''), 'base64').subarray(0, 15).toString('latin1') === 'openssh-key-v1\0';
  if (kind.startsWith('pem-') || kind === 'pgp-private-key-block' || kind === 'putty-private-key' || kind === 'kubeconfig-client-key') return b64Ok(value);
  if (kind === 'gcp-service-account-key') return b64Ok(value.replace(/\\n/g, ''));
  if (kind === 'basic-auth') return b64Ok(value) && Buffer.from(value, 'base64').toString('utf8').includes(':');
  if (kind === 'intercom-token') return b64Ok(value) && Buffer.from(value, 'base64').toString('utf8').startsWith('tok:');
  if (kind === 'discord-bot-token') return /^\d{17,20}$/.test(Buffer.from(value.split('.')[0]!, 'base64url').toString('utf8'));
  return true;
}

import { B64URL, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';
import { crcB62of52 } from './blind-set-52-util';

/** Credential generators for blind set 52, in the providers' published shapes. */

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = UPPER + LOWER + DIGITS;

function pem(label: string, der: Buffer, eol: string): string {
  const body = der.toString('base64').replace(/(.{64})/g, `$1${eol}`).replace(new RegExp(`${eol.replace(/\\/g, '\\\\')}$`), '');
  return `-----BEGIN ${label}-----${eol}${body}${eol}-----END ${label}-----`;
}

/** A PKCS#8 RSA private key (DER header bytes real, body random); `eol` is "\n" or the two characters \\n for JSON. */
export function rsaPkcs8(r: Rng9, eol = '\n'): string {
  const head = Buffer.from([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]);
  return pem('PRIVATE KEY', Buffer.concat([head, r.bytes(1218 - head.length)]), eol);
}

export function rsaPkcs1(r: Rng9): string {
  const head = Buffer.from([0x30, 0x82, 0x04, 0xa3, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]);
  return pem('RSA PRIVATE KEY', Buffer.concat([head, r.bytes(1191 - head.length)]), '\n');
}

export function ecKey(r: Rng9): string {
  const d = Buffer.concat([Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]), r.bytes(32), Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]), r.bytes(64)]);
  return pem('EC PRIVATE KEY', d, '\n');
}

export function opensshKey(r: Rng9): string {
  const head = Buffer.concat([Buffer.from('openssh-key-v1\0', 'binary'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), Buffer.from([0, 0, 0, 4]), Buffer.from('none'), Buffer.from([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0x33, 0, 0, 0, 0x0b]), Buffer.from('ssh-ed25519')]);
  const der = Buffer.concat([head, r.bytes(399 - head.length)]);
  const body = der.toString('base64').replace(/(.{70})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`;
}

function b64urlJson(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A JWT whose header and payload decode; `claims` merged over a default iat/exp. */
export function jwt(r: Rng9, claims: Record<string, unknown>, alg = 'RS256'): string {
  const iat = 1700000000 + r.int(0, 40000000);
  const header = alg === 'HS256' ? { alg, typ: 'JWT' } : { alg, typ: 'JWT', kid: r.b64url(24) };
  const payload = { ...claims, iat, exp: iat + r.pick([300, 3600, 86400]) };
  const sig = alg === 'HS256' ? r.b64url(32) : alg === 'ES256' ? r.b64url(64) : r.b64url(256);
  return `${b64urlJson(header)}.${b64urlJson(payload)}.${sig}`;
}

export const cred = {
  awsAkid: (r: Rng9) => `${r.pick(['AKIA', 'AKIA', 'ASIA'])}${r.chars(B32, 16)}`,
  awsSecret: (r: Rng9) => r.chars(ALNUM + '+/', 40),
  awsSession: (r: Rng9) => `IQoJb3JpZ2luX2Vj${r.chars(ALNUM + '+/', 340)}`,
  gcpApiKey: (r: Rng9) => `AIza${r.chars(ALNUM + '-_', 35)}`,
  gcpOauth: (r: Rng9) => `ya29.${r.pick(['a0AfB_by', 'a0AXooCg', 'c.b0Aaek'])}${r.chars(ALNUM + '-_', 140)}`,
  googleRefresh: (r: Rng9) => `1//0${r.chars(ALNUM, 1)}${r.chars(ALNUM + '-_', 98)}`,
  azureStorageKey: (r: Rng9) => r.b64(64),
  azureClientSecret: (r: Rng9) => `${r.chars(ALNUM, 3)}8Q~${r.chars(ALNUM + '-_.~', 34)}`,
  azureSasSig: (r: Rng9) => encodeURIComponent(r.b64(32)),
  ghp: (r: Rng9) => {
    const body = r.b62(30);
    return `${r.pick(['ghp_', 'gho_', 'ghs_'])}${body}${crcB62of52(body)}`;
  },
  ghFine: (r: Rng9) => `github_pat_11${r.chars(UPPER + DIGITS, 20)}_${r.b62(59)}`,
  npm: (r: Rng9) => {
    const body = r.b62(30);
    return `npm_${body}${crcB62of52(body)}`;
  },
  glpat: (r: Rng9) => `glpat-${r.chars(ALNUM + '-_', 20)}`,
  dockerPat: (r: Rng9) => `dckr_pat_${r.chars(ALNUM + '-_', 27)}`,
  hf: (r: Rng9) => `hf_${r.chars(UPPER + LOWER, 34)}`,
  openai: (r: Rng9) => `sk-proj-${r.chars(ALNUM + '-_', 74)}T3BlbkFJ${r.chars(ALNUM + '-_', 74)}`,
  anthropic: (r: Rng9) => `sk-ant-api03-${r.chars(ALNUM + '-_', 93)}AA`,
  slackBot: (r: Rng9) => `xoxb-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.b62(24)}`,
  slackUser: (r: Rng9) => `xoxp-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(11)}-${r.int(1, 9)}${r.digits(12)}-${r.hex(32)}`,
  slackHook: (r: Rng9) => `https://hooks.slack.com/services/T0${r.chars(UPPER + DIGITS, 8)}/B0${r.chars(UPPER + DIGITS, 9)}/${r.b62(24)}`,
  teamsHook: (r: Rng9) => `https://${r.pick(['mskcc', 'broadinstitute', 'uwmadison', 'regeneron'])}.webhook.office.com/webhookb2/${r.uuid()}@${r.uuid()}/IncomingWebhook/${r.hex(32)}/${r.uuid()}/V2${r.b62(44)}`,
  stripe: (r: Rng9) => `${r.pick(['sk_live_', 'rk_live_'])}51${r.b62(22)}${r.b62(r.pick([24, 73]))}`,
  sendgrid: (r: Rng9) => `SG.${r.chars(ALNUM + '-_', 22)}.${r.chars(ALNUM + '-_', 43)}`,
  mailgun: (r: Rng9) => `key-${r.hex(32)}`,
  twilioToken: (r: Rng9) => r.hex(32),
  datadog: (r: Rng9) => r.hex(32),
  datadogApp: (r: Rng9) => r.hex(40),
  okta: (r: Rng9) => `00${r.chars(ALNUM + '-_', 40)}`,
  vault: (r: Rng9) => `hvs.${r.chars(ALNUM + '-_', 91)}`,
  databricks: (r: Rng9) => `dapi${r.hex(32)}${r.next() < 0.4 ? '-2' : ''}`,
  atlassian: (r: Rng9) => `ATATT3xFfGF0${r.chars(ALNUM + '-_', 170)}=${r.chars(UPPER + DIGITS, 8)}`,
  dropbox: (r: Rng9) => `sl.B${r.chars(ALNUM + '-_', 134)}`,
  boxDev: (r: Rng9) => r.b62(32),
  // theme providers
  benchling: (r: Rng9) => `sk_${r.b62(30)}`,
  dnanexus: (r: Rng9) => r.b62(32),
  basespace: (r: Rng9) => r.hex(32),
  icaKey: (r: Rng9) => r.chars(ALNUM + '_-', 43),
  sbg: (r: Rng9) => r.hex(32),
  redcap: (r: Rng9) => r.hex(32).toUpperCase(),
  qualtrics: (r: Rng9) => r.b62(40),
  veevaSession: (r: Rng9) => r.hex(128).toUpperCase(),
  castorSecret: (r: Rng9) => r.b62(40),
  ncbi: (r: Rng9) => r.hex(36),
  galaxy: (r: Rng9) => r.hex(32),
  jupyter: (r: Rng9) => r.hex(48),
  seqera: (r: Rng9) => Buffer.from(`{"tid": ${r.int(100, 99999)}}.${r.hex(40)}`).toString('base64'),
  globus: (r: Rng9) => `Ag${r.chars(ALNUM, 60)}`,
  zenodo: (r: Rng9) => r.b62(60),
  figshare: (r: Rng9) => r.hex(128),
  protocolsIo: (r: Rng9) => r.hex(64),
  posit: (r: Rng9) => r.b62(32),
  orcid: (r: Rng9) => r.uuid(),
  samGov: (r: Rng9) => r.b62(40),
  mungeKey: (r: Rng9) => r.b64(r.pick([128, 256])),
  k8sB64: (r: Rng9, plain: string) => Buffer.from(plain).toString('base64'),
  minioAccess: (r: Rng9) => r.chars(UPPER + DIGITS, 20),
  hex64: (r: Rng9) => r.hex(64),
  htpasswd: (r: Rng9) => `$apr1$${r.chars(ALNUM, 8)}$${r.chars(ALNUM + './', 22)}`,
  bcrypt: (r: Rng9) => `$2b$12$${r.chars(ALNUM + './', 53)}`,
  b64secret: (r: Rng9, n: number) => r.b64(n),
  any: (r: Rng9, alpha: string, n: number) => r.chars(alpha, n),
  hexU: (r: Rng9, n: number) => r.chars(HEX.toUpperCase(), n),
  b64url: (r: Rng9, n: number) => r.chars(B64URL, n),
};

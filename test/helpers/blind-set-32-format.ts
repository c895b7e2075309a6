import { base62, crc32 } from './blind-set-32-rng';
import { pemPrivateKeyOk } from './blind-set-32-pem';
import { cardOk, ibanOk } from './blind-set-32-money';
import { luhnOk, steuerCheck } from './blind-set-32-people';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Shapes checked by a regular expression alone. */
const SHAPES: Record<string, RegExp> = {
  'gitlab-pat': /^glpat-[A-Za-z0-9_-]{20}$/,
  'gitlab-deploy-token': /^gldt-[A-Za-z0-9_-]{20}$/,
  'gitlab-runner-token': /^GR1348941[A-Za-z0-9_-]{20}$/,
  'dockerhub-pat': /^dckr_pat_[A-Za-z0-9_-]{27}$/,
  'terraform-cloud-token': /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/,
  'vault-token': /^(hvs\.[A-Za-z0-9]{24}|hvs\.CAESI[A-Za-z0-9_-]{86}|hvb\.AAAAAQ[A-Za-z0-9_-]{132}|s\.[A-Za-z0-9]{24})$/,
  'digitalocean-token': /^do[por]_v1_[0-9a-f]{64}$/,
  'aws-access-key-id': /^(AKIA|ASIA)[A-Z2-7]{16}$/,
  'aws-secret-key': /^[A-Za-z0-9/+]{40}$/,
  'aws-session-token': /^IQoJb3JpZ2luX2VjE[A-Za-z0-9/+]{40}\/{10}wEaCX[A-Za-z0-9/+]{440,640}$/,
  'azure-client-secret': /^[A-Za-z0-9]{3}[78]Q~[A-Za-z0-9_.~-]{34}$/,
  'azure-devops-pat': /^[a-z2-7]{52}$/,
  'sentry-dsn-key': /^[0-9a-f]{32}$/,
  'slack-webhook': /^https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8}\/B[A-Z0-9]{10}\/[A-Za-z0-9]{24}$/,
  'slack-token': /^xoxb-[1-9]\d{11}-[1-9]\d{12}-[A-Za-z0-9]{24}$/,
  'teamcity-token': /^eyJ0eXAiOiAiVENWMiJ9\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{48}$/,
  'k8s-bootstrap-token': /^[a-z0-9]{6}\.[a-z0-9]{16}$/,
  'kubeadm-certificate-key': /^[0-9a-f]{64}$/,
  'jfrog-token': /^cmVmdGtuOjAxOj[A-Za-z0-9]{50}$/,
  'jfrog-api-key': /^AKCp8[A-Za-z0-9]{68}$/,
  'nuget-key': /^oy2[a-z0-9]{43}$/,
  'cargo-token': /^cio[A-Za-z0-9]{32}$/,
  'rubygems-key': /^rubygems_[0-9a-f]{48}$/,
  'pulumi-token': /^pul-[0-9a-f]{40}$/,
  'stripe-key': /^sk_live_51[A-Za-z0-9]{22}([A-Za-z0-9]{75})?$/,
  'sendgrid-key': /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/,
  'mailgun-key': /^key-[0-9a-f]{32}$/,
  'twilio-token': /^[0-9a-f]{32}$/,
  'datadog-api-key': /^[0-9a-f]{32}$/,
  'datadog-app-key': /^[0-9a-f]{40}$/,
  'newrelic-license-key': /^[0-9a-f]{36}NRAL$/,
  'newrelic-user-key': /^NRAK-[A-Z0-9]{27}$/,
  'pagerduty-api-key': /^u\+[A-Za-z0-9_-]{18}$/,
  'pagerduty-routing-key': /^[0-9a-f]{32}$/,
  'opsgenie-key': UUID,
  'consul-token': UUID,
  'nomad-token': UUID,
  'vault-secret-id': UUID,
  'codecov-token': UUID,
  'snyk-token': UUID,
  'sonar-token': /^sq[upa]_[0-9a-f]{40}$/,
  'doppler-token': /^dp\.st\.(prd|stg|dev)\.[A-Za-z0-9]{43}$/,
  'heroku-key': /^([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}|HRKU-AA[A-Za-z0-9_-]{58})$/,
  'fly-token': /^fm2_[A-Za-z0-9+/]+$/,
  'linode-token': /^[0-9a-f]{64}$/,
  'hetzner-token': /^[A-Za-z0-9]{64}$/,
  'cloudflare-token': /^[A-Za-z0-9_-]{40}$/,
  'cloudflare-global-key': /^[0-9a-f]{37}$/,
  'vercel-token': /^[A-Za-z0-9]{24}$/,
  'netlify-token': /^nfp_[A-Za-z0-9]{36}$/,
  'buildkite-token': /^bkua_[0-9a-f]{40}$/,
  'buildkite-agent-token': /^[0-9a-f]{50}$/,
  'circleci-token': /^CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}$/,
  'bitbucket-app-password': /^ATBB[A-Za-z0-9]{24}[0-9A-F]{8}$/,
  'atlassian-token': /^ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}$/,
  'drone-token': /^[A-Za-z0-9]{32}$/,
  'jenkins-api-token': /^11[0-9a-f]{32}$/,
  'google-client-secret': /^GOCSPX-[A-Za-z0-9_-]{28}$/,
  'google-refresh-token': /^1\/\/0[A-Za-z0-9_-]{99}$/,
  'minio-secret': /^[A-Za-z0-9]{40}$/,
  'us-ssn': /^(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}$/,
  'uk-nino': /^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]$/,
  'card-cvc': /^\d{3,4}$/,
  'bank-account': /^[1-9]\d{7,11}$/,
};

/** Whether a base64 string decodes to the given byte length. */
function b64Len(v: string, n: number): boolean {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length === n;
}

/** Whether a base62 CRC32-suffixed token (GitHub classic, npm) carries the right checksum. */
function crcTokenOk(v: string, prefix: RegExp): boolean {
  const m = prefix.exec(v);
  if (!m) return false;
  const body = v.slice(m[0].length, -6);
  return body.length === 30 && /^[A-Za-z0-9]+$/.test(body) && base62(crc32(body), 6) === v.slice(-6);
}

/** Whether a JWT's header and payload are base64url JSON. */
function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3) return false;
  try {
    const h = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: string };
    JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
    return typeof h.alg === 'string' && parts[2]!.length > 40;
  } catch {
    return false;
  }
}

/** Whether a standard base64 string decodes to printable UTF-8 (round-tripping exactly). */
function b64Printable(v: string): string | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(v) || v.length % 4 !== 0) return undefined;
  const s = Buffer.from(v, 'base64').toString('utf8');
  return Buffer.from(s).toString('base64') === v && /^[\x20-\x7e]+$/.test(s) ? s : undefined;
}

/** Check digits of national ids not covered by a pattern. */
function nationalOk(kind: string, v: string): boolean | undefined {
  const d = v.replace(/\D/g, '');
  switch (kind) {
    case 'de-steuer-id': return /^[1-9]\d{10}$/.test(v) && steuerCheck(v.slice(0, 10)) === Number(v[10]);
    case 'nl-bsn': return /^\d{9}$/.test(v) && [...v].reduce((a, ch, i) => a + Number(ch) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;
    case 'es-dni': return /^\d{8}[A-Z]$/.test(v) && 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(v.slice(0, 8)) % 23] === v[8];
    case 'pl-pesel': return /^\d{11}$/.test(v) && (10 - ([...v.slice(0, 10)].reduce((a, ch, i) => a + Number(ch) * [1, 3, 7, 9][i % 4]!, 0) % 10)) % 10 === Number(v[10]);
    case 'br-cpf': {
      if (!/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(v)) return false;
      const x = [...d].map(Number);
      const dig = (len: number) => (x.slice(0, len).reduce((a, n, i) => a + n * (len + 1 - i), 0) * 10) % 11 % 10;
      return dig(9) === x[9] && dig(10) === x[10];
    }
    case 'se-personnummer': return /^\d{6}-\d{4}$/.test(v) && luhnOk(d);
    default: return undefined;
  }
}

/**
 * Checks a planted value's own format in set 32: checksums (Luhn, IBAN mod-97, GitHub/npm CRC32,
 * Grafana CRC32, national-id check digits), decodable structure (PEM/DER, JWT, base64 JSON,
 * macaroons, basic-auth base64) and documented prefixes and lengths; true for kinds with none.
 */
export function formatOk32(kind: string, value: string): boolean {
  const re = SHAPES[kind];
  if (re) return re.test(value);
  const nat = nationalOk(kind, value);
  if (nat !== undefined) return nat;
  if (kind.endsWith('-email')) return /^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(value);
  if (kind.endsWith('-phone')) return /^\+?[\d ()./-]+$/.test(value) && value.replace(/\D/g, '').length >= 9 && value.replace(/\D/g, '').length <= 14;
  switch (kind) {
    case 'github-token': return crcTokenOk(value, /^gh[pousr]_/) || /^github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}$/.test(value);
    case 'npm-token': return crcTokenOk(value, /^npm_/);
    case 'pypi-token': {
      if (!/^pypi-[A-Za-z0-9_-]+$/.test(value)) return false;
      const b = Buffer.from(value.slice(5), 'base64url');
      return b[0] === 2 && b.subarray(3, 11).toString('latin1') === 'pypi.org';
    }
    case 'grafana-token': {
      const m = /^(glsa_[A-Za-z0-9]{32})_([0-9a-f]{8})$/.exec(value);
      return !!m && crc32(m[1]!).toString(16).padStart(8, '0') === m[2];
    }
    case 'grafana-cloud-token': {
      try { return typeof (JSON.parse(Buffer.from(value.slice(4), 'base64').toString('utf8')) as { k?: string }).k === 'string' && value.startsWith('glc_'); } catch { return false; }
    }
    case 'sentry-token': {
      if (/^sntryu_[0-9a-f]{64}$/.test(value)) return true;
      const m = /^sntrys_([A-Za-z0-9+/=]+)_([A-Za-z0-9+/]{43})$/.exec(value);
      try { return !!m && typeof (JSON.parse(Buffer.from(m[1]!, 'base64').toString('utf8')) as { org?: string }).org === 'string'; } catch { return false; }
    }
    case 'k8s-sa-token': return jwtOk(value);
    case 'private-key-pem': case 'gcp-private-key': case 'ssh-private-key': return pemPrivateKeyOk(value);
    case 'kube-client-key': { const s = Buffer.from(value, 'base64').toString('utf8'); return /^[A-Za-z0-9+/]+=*$/.test(value) && pemPrivateKeyOk(s); }
    case 'k8s-secret-b64': return b64Printable(value) !== undefined;
    case 'docker-auth-b64': case 'basic-auth-b64': return (b64Printable(value) ?? '').includes(':');
    case 'azure-storage-key': return b64Len(value, 64);
    case 'azure-servicebus-key': return b64Len(value, 32);
    case 'azure-sas-signature': return b64Len(decodeURIComponent(value), 32);
    case 'card-number': return cardOk(value);
    case 'iban': return ibanOk(value);
    default: return true;
  }
}

import { B62, B64, B64URL, DIGITS, HEX, LOWER, UPPER } from './blind-set-9-rng';
import type { Ctx } from './blind-set-45-ctx';
import { b62crc } from './blind-set-45-format';

const AN = B62;
const B32 = UPPER + '234567';

/** Credential generators for blind set 45: each plants and returns one value. */
export const K = {
  gh(c: Ctx, prefix: 'ghp_' | 'gho_' | 'ghu_' | 'ghs_' | 'ghr_' = 'ghp_'): string {
    const body = c.r.b62(30);
    return c.cred('github_token', prefix + body + b62crc(body));
  },
  ghFine(c: Ctx): string {
    return c.cred('github_token', `github_pat_11${c.r.chars(UPPER + DIGITS, 20)}_${c.r.b62(59)}`);
  },
  npm(c: Ctx): string {
    const body = c.r.b62(30);
    return c.cred('npm_token', 'npm_' + body + b62crc(body));
  },
  glpat(c: Ctx, prefix = 'glpat-'): string {
    return c.cred('gitlab_token', prefix + c.r.chars(AN + '-_', 20));
  },
  pypi(c: Ctx): string {
    const loc = Buffer.from('pypi.org');
    const ident = Buffer.from(c.r.uuid().replace(/-/g, ''));
    const cav = Buffer.from(JSON.stringify({ version: 1, permissions: c.r.next() < 0.5 ? 'user' : { projects: [c.pick(['acme-sdk', 'herald-client', 'tidy-geo', 'pyfastcsv'])] } }));
    const sig = c.r.bytes(32);
    const buf = Buffer.concat([Buffer.from([2, 1, loc.length]), loc, Buffer.from([2, ident.length]), ident, Buffer.from([0, 2, cav.length]), cav, Buffer.from([0, 0, 6, 32]), sig]);
    return c.cred('pypi_token', 'pypi-' + buf.toString('base64url'));
  },
  rubygems(c: Ctx): string {
    return c.cred('rubygems_token', 'rubygems_' + c.r.hex(48));
  },
  crates(c: Ctx): string {
    return c.cred('crates_token', 'cio' + c.r.b62(32));
  },
  dockerPat(c: Ctx): string {
    return c.cred('docker_pat', c.pick(['dckr_pat_', 'dckr_pat_', 'dckr_oat_']) + c.r.chars(B64URL, 27));
  },
  artifactoryKey(c: Ctx): string {
    return c.cred('artifactory_api_key', 'AKCp8' + c.r.b62(68));
  },
  artifactoryRef(c: Ctx): string {
    return c.cred('artifactory_token', Buffer.from(`reftkn:01:${c.r.digits(10)}:${c.r.b62(27)}`).toString('base64').replace(/=+$/, ''));
  },
  adoPat(c: Ctx): string {
    return c.cred('azure_devops_pat', c.r.chars(LOWER + '234567', 52));
  },
  bbApp(c: Ctx): string {
    return c.cred('bitbucket_app_password', 'ATBB' + c.r.b62(24) + c.r.hex(8).toUpperCase());
  },
  atlassian(c: Ctx): string {
    return c.cred('atlassian_token', 'ATATT3xFfGF0' + c.r.chars(AN + '-_', 170) + '=' + c.r.hex(8).toUpperCase());
  },
  gitea(c: Ctx): string {
    return c.cred('gitea_token', c.r.hex(40));
  },
  akid(c: Ctx, p = 'AKIA'): string {
    return c.cred('aws_access_key_id', p + c.r.chars(B32, 16));
  },
  awsSecret(c: Ctx): string {
    return c.cred('aws_secret_key', c.r.chars(B64, 40));
  },
  awsSession(c: Ctx): string {
    return c.cred('aws_session_token', 'IQoJb3JpZ2luX2VjE' + c.r.chars(B64, 340) + '==');
  },
  azSecret(c: Ctx): string {
    return c.cred('azure_client_secret', c.r.b62(3) + c.int(0, 9) + 'Q~' + c.r.chars(AN + '_.~-', 34));
  },
  azStorage(c: Ctx): string {
    return c.cred('azure_storage_key', c.r.b64(64));
  },
  ya29(c: Ctx): string {
    return c.cred('google_oauth_token', 'ya29.a0' + c.r.chars(AN + '-_', 180));
  },
  gRefresh(c: Ctx): string {
    return c.cred('google_refresh_token', '1//0' + c.r.chars(AN, 2) + c.r.chars(AN + '-_', 96));
  },
  gocspx(c: Ctx): string {
    return c.cred('google_client_secret', 'GOCSPX-' + c.r.chars(AN + '-_', 28));
  },
  jwt(c: Ctx, claims: Record<string, unknown> = {}, alg = 'HS256'): string {
    const now = 1764000000 + c.int(0, 9000000);
    const h = Buffer.from(JSON.stringify({ alg, typ: 'JWT', ...(alg !== 'HS256' ? { kid: c.r.hex(16) } : {}) })).toString('base64url');
    const p = Buffer.from(JSON.stringify({ sub: c.r.uuid(), iat: now, exp: now + 3600 * c.int(1, 720), ...claims })).toString('base64url');
    return c.cred('jwt', `${h}.${p}.${c.r.b64url(alg === 'HS256' ? 32 : 256)}`);
  },
  pem(c: Ctx, label: 'RSA PRIVATE KEY' | 'PRIVATE KEY' | 'EC PRIVATE KEY' = 'PRIVATE KEY', nl = '\n'): string {
    const head = label === 'RSA PRIVATE KEY' ? 'MIIEowIBAAKCAQEA' : label === 'EC PRIVATE KEY' ? 'MHcCAQEEI' : 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ';
    const n = label === 'EC PRIVATE KEY' ? 2 : c.int(8, 14);
    const body = (head + c.r.chars(B64, 64 * n - head.length + c.int(0, 40))).match(/.{1,64}/g)!.join(nl);
    return c.cred('private_key', `-----BEGIN ${label}-----${nl}${body}${nl}-----END ${label}-----`);
  },
  openssh(c: Ctx, comment: string): string {
    const str = (b: Buffer) => Buffer.concat([Buffer.from([0, 0, b.length >> 8, b.length & 255]), b]);
    const pub = c.r.bytes(32);
    const pubBlob = Buffer.concat([str(Buffer.from('ssh-ed25519')), str(pub)]);
    const check = c.r.bytes(4);
    let priv = Buffer.concat([check, check, str(Buffer.from('ssh-ed25519')), str(pub), str(Buffer.concat([c.r.bytes(32), pub])), str(Buffer.from(comment))]);
    for (let i = 1; priv.length % 8 !== 0; i++) priv = Buffer.concat([priv, Buffer.from([i])]);
    const all = Buffer.concat([Buffer.from('openssh-key-v1\0'), str(Buffer.from('none')), str(Buffer.from('none')), str(Buffer.alloc(0)), Buffer.from([0, 0, 0, 1]), str(pubBlob), str(priv)]);
    const body = all.toString('base64').match(/.{1,70}/g)!.join('\n');
    return c.cred('private_key', `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`);
  },
  basic(c: Ctx, user: string, secret: string): string {
    return c.cred('basic_auth_b64', Buffer.from(`${user}:${secret}`).toString('base64'));
  },
  stripe(c: Ctx, p = 'sk_live_'): string {
    return c.cred('stripe_key', p + c.r.b62(c.pick([24, 99])));
  },
  whsec(c: Ctx): string {
    return c.cred('webhook_secret', 'whsec_' + c.r.b64(24).replace(/[+/=]/g, 'x'));
  },
  openai(c: Ctx): string {
    return c.cred('openai_key', 'sk-proj-' + c.r.chars(AN + '-_', 74) + 'T3BlbkFJ' + c.r.chars(AN + '-_', 74));
  },
  anthropic(c: Ctx): string {
    return c.cred('anthropic_key', 'sk-ant-api03-' + c.r.chars(AN + '-_', 93) + 'AA');
  },
  sendgrid(c: Ctx): string {
    return c.cred('sendgrid_key', `SG.${c.r.chars(AN + '-_', 22)}.${c.r.chars(AN + '-_', 43)}`);
  },
  slackHook(c: Ctx): string {
    return c.cred('slack_webhook', `https://hooks.slack.com/services/T${c.r.chars(UPPER + DIGITS, 10)}/B${c.r.chars(UPPER + DIGITS, 10)}/${c.r.b62(24)}`);
  },
  discordHook(c: Ctx): string {
    return c.cred('discord_webhook', `https://discord.com/api/webhooks/${c.int(1, 1)}${c.r.digits(18)}/${c.r.chars(AN + '-_', 68)}`);
  },
  slackBot(c: Ctx): string {
    return c.cred('slack_token', `xoxb-${c.r.digits(12)}-${c.r.digits(13)}-${c.r.b62(24)}`);
  },
  postman(c: Ctx): string {
    return c.cred('postman_key', `PMAK-${c.r.hex(24)}-${c.r.hex(34)}`);
  },
  vaultTok(c: Ctx): string {
    return c.cred('vault_token', 'hvs.' + c.r.chars(AN + '_-', 90));
  },
  tfc(c: Ctx): string {
    return c.cred('terraform_token', `${c.r.b62(14)}.atlasv1.${c.r.b62(67)}`);
  },
  doppler(c: Ctx): string {
    return c.cred('doppler_token', 'dp.pt.' + c.r.b62(43));
  },
  sonar(c: Ctx): string {
    return c.cred('sonar_token', c.pick(['squ_', 'sqp_', 'sqa_']) + c.r.hex(40));
  },
  hf(c: Ctx): string {
    return c.cred('huggingface_token', 'hf_' + c.r.chars(UPPER + LOWER, 34));
  },
  dop(c: Ctx): string {
    return c.cred('digitalocean_token', 'dop_v1_' + c.r.hex(64));
  },
  glsa(c: Ctx): string {
    return c.cred('grafana_token', `glsa_${c.r.b62(32)}_${c.r.hex(8)}`);
  },
  shopify(c: Ctx): string {
    return c.cred('shopify_token', 'shpat_' + c.r.hex(32));
  },
  linear(c: Ctx): string {
    return c.cred('linear_key', 'lin_api_' + c.r.b62(40));
  },
  netlify(c: Ctx): string {
    return c.cred('netlify_token', 'nfp_' + c.r.b62(36));
  },
  fly(c: Ctx): string {
    return c.cred('fly_token', 'fm2_' + c.r.chars(B64, 300).replace(/\//g, 'A') + ',fm2_' + c.r.chars(B64, 120).replace(/\//g, 'A'));
  },
  nrak(c: Ctx): string {
    return c.cred('newrelic_key', 'NRAK-' + c.r.chars(UPPER + DIGITS, 27));
  },
  pulumi(c: Ctx): string {
    return c.cred('pulumi_token', 'pul-' + c.r.hex(40));
  },
  sgp(c: Ctx): string {
    return c.cred('sourcegraph_token', `sgp_${c.r.hex(16)}_${c.r.hex(40)}`);
  },
  twilio(c: Ctx): string {
    return c.cred('twilio_auth_token', c.r.hex(32));
  },
  mailgun(c: Ctx): string {
    return c.cred('mailgun_key', 'key-' + c.r.hex(32));
  },
  cfToken(c: Ctx): string {
    return c.cred('cloudflare_token', c.r.chars(AN + '_-', 40));
  },
  uuidKey(c: Ctx, kind: string): string {
    return c.cred(kind, c.r.uuid());
  },
  hexKey(c: Ctx, kind: string, n = 32): string {
    return c.cred(kind, c.r.chars(HEX, n));
  },
  session(c: Ctx, kind = 'session_cookie', n = 32): string {
    return c.cred(kind, c.r.chars(LOWER + DIGITS, n));
  },
};

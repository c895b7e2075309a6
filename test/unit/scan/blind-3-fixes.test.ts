import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (alphabet: string, n: number): string => [...randomBytes(n)].map((b) => alphabet[b % alphabet.length]).join('');
const b62 = (n: number): string => pick(B62, n);
const hex = (n: number): string => randomBytes(Math.ceil(n / 2)).toString('hex').slice(0, n);
const digits = (n: number): string => pick('0123456789', n);
/** The texts of the leak findings of a line. */
const leaks = (t: string): string[] => scanner.scan(t).filter(isLeak).map((f) => t.slice(f.start, f.end));
/** The detector ids of all findings (leaks or not) of a line. */
const ids = (t: string): string[] => scanner.scan(t).map((f) => f.detector);

describe('URL userinfo is not an e-mail address', () => {
  it('skips x@host right after scheme://, keeps mailboxes', () => {
    const dsn = `https://${hex(32)}@o${digits(6)}.ingest.sentry.io/${digits(7)}`;
    expect(leaks(`SENTRY_DSN=${dsn}`)).toEqual([]);
    expect(leaks(`connecting to postgres://app@db.prod.internal:5432/app`)).toEqual([]);
    expect(leaks(`{"dsn":"${dsn}"}`)).toEqual([]);
    const mail = `ops.${b62(6).toLowerCase()}@acme-corp.com`;
    expect(leaks(`notify ${mail} about https://acme-corp.com/x`)).toEqual([mail]);
    expect(leaks(`see https://acme.io/u/${mail}`)).toEqual([mail]);
  });
});

describe('locally administered MAC addresses', () => {
  const octets = (n: number): string[] => [...randomBytes(n)].map((b) => b.toString(16).padStart(2, '0'));
  it('are reported but not counted; universal ones still count', () => {
    const local = ['02', ...octets(5)].join(':');
    expect(ids(`eth0 link/ether ${local} brd ff:ff:ff:ff:ff:ff`)).toContain('mac-address');
    expect(leaks(`eth0 link/ether ${local} brd ff:ff:ff:ff:ff:ff`)).toEqual([]);
    const vm = ['0a', ...octets(5)].join('-');
    expect(leaks(`vm nic mac=${vm}`)).toEqual([]);
    const universal = ['3c', ...octets(5)].join(':'); // 0x3c: bit 0x02 clear
    expect(leaks(`device ${universal} joined`)).toEqual([universal]);
  });
});

describe('UK NI numbers under short key names', () => {
  const nino = (): string => `TB${digits(6)}${pick('ABCD', 1)}`;
  it('finds ni / niNumber / ni_number / national_insurance_number keys', () => {
    const n = nino();
    expect(leaks(`{"niNumber":"${n}"}`)).toEqual([n]);
    const m = nino();
    expect(leaks(`ni_number=${m}`)).toEqual([m]);
    expect(leaks(`{"nationalInsuranceNumber": "${m}"}`)).toEqual([m]);
    expect(leaks(`{"ni": "${m}"}`)).toEqual([m]);
  });
  it('keeps the prefix rules and needs the key', () => {
    expect(leaks(`{"niNumber":"BG${digits(6)}A"}`)).toEqual([]);
    expect(leaks(`{"omniNumber":"${nino()}"}`)).toEqual([]);
    expect(leaks(`{"sku":"${nino()}"}`)).toEqual([]);
  });
});

describe('prefixed tokens with placeholder-word bodies', () => {
  it('are placeholders for any prefixed detector, test mode included', () => {
    expect(leaks('STRIPE_SECRET_KEY=sk_test_placeholder_not_a_real_key')).toEqual([]);
    expect(leaks('stripe:\n  secret: "sk_live_your_key_here_dummy"')).toEqual([]);
    expect(leaks('GITHUB_TOKEN=ghp_your_token_here')).toEqual([]);
    expect(leaks('export SLACK=xoxb-fake-token-for-tests')).toEqual([]);
  });
  it('a random body that merely contains a short word is still a key', () => {
    const k = `sk_live_${b62(4)}fake${b62(20)}`;
    expect(leaks(`STRIPE_SECRET_KEY=${k}`)).toEqual([k]);
    const g = `ghp_${b62(12)}dummy${b62(19)}`;
    expect(leaks(`token: ${g}`)).toEqual([g]);
  });
});

describe('redacted cookie values', () => {
  it('[FILTERED], [REDACTED] and *** are placeholders, in Cookie and Set-Cookie', () => {
    expect(leaks('Cookie: _acme_session=[FILTERED]; theme=dark')).toEqual([]);
    expect(leaks('set-cookie: sid=[REDACTED]; Path=/; HttpOnly')).toEqual([]);
    expect(leaks('headers={"Cookie": "_app_session=***; lang=en"}')).toEqual([]);
  });
  it('a real value beside them still counts', () => {
    const v = b62(24);
    expect(leaks(`Cookie: _acme_session=${v}; theme=dark`).join()).toContain(v);
    expect(leaks(`Cookie: theme=[FILTERED]; remember_token=${v}`).join()).toContain(v);
  });
});

describe('ARNs are references', () => {
  const arn = (): string => `arn:aws:secretsmanager:eu-west-1:${digits(12)}:secret:prod/db-password-${b62(6)}`;
  it('no key inside an ARN is an assignment; *_ARN keys hold no secret', () => {
    expect(leaks(`DB_PASSWORD_ARN=${arn()}`)).toEqual([]);
    expect(leaks(`{"secretArn": "${arn()}", "region": "eu-west-1"}`)).toEqual([]);
    expect(leaks(`valueFrom: ${arn().replace('secretsmanager', 'ssm').replace(':secret:', ':parameter/token:')}`)).toEqual([]);
  });
  it('a secret assigned after an ARN on the same line still counts', () => {
    const s = b62(28);
    expect(leaks(`role=${arn()} client_secret=${s}`)).toEqual([s]);
  });
});

describe('AWS SigV4 signatures are per-request', () => {
  it('Signature= in an AWS4-HMAC-SHA256 header and X-Amz-Signature are not secrets', () => {
    const sig = hex(64);
    const auth = `Authorization: AWS4-HMAC-SHA256 Credential=AKIA${pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}/20261103/eu-west-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=${sig}`;
    expect(leaks(auth)).not.toContain(sig);
    expect(leaks(`"X-Amz-Signature": "${hex(64)}"`)).toEqual([]);
  });
  it('a bare Signature= without the SigV4 header is still a secret', () => {
    const sig = hex(64);
    expect(leaks(`Signature=${sig}`)).toEqual([sig]);
  });
});

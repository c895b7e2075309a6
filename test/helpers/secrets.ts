import { randomBytes, randomInt } from './seeded-random';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const UPPER32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B64 = `${ALNUM}+/`;

/** `n` random characters from `alphabet`. */
export function randomChars(n: number, alphabet = ALNUM): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

/** A Luhn-valid 16-digit card number starting with 4 (not one of the known test cards). */
export function cardNumber(): string {
  for (;;) {
    const digits = [4, ...Array.from({ length: 14 }, () => randomInt(10))];
    let sum = 0;
    for (let i = 0; i < 15; i++) {
      let d = digits[14 - i]!;
      if (i % 2 === 0) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    const n = [...digits, (10 - (sum % 10)) % 10].join('');
    if (!/^4(242|111|000|012)/.test(n)) return n;
  }
}

/**
 * Secrets and personal data the scanner recognizes, generated fresh for each test run (no
 * raw value is written in the repository). `value` is what must never reach a sink; `text`
 * is how it appears in a payload (a keyword-bound secret needs its keyword).
 */
export function freshSecrets(): Record<string, { value: string; text: string }> {
  const v = (value: string, text = value) => ({ value, text });
  const ecBody = randomBytes(120).toString('base64').replace(/(.{64})/g, '$1\n');
  const ecKey = `-----BEGIN EC PRIVATE KEY-----\n${ecBody}\n-----END EC PRIVATE KEY-----`;
  const password = `Pw${randomChars(14)}9!`;
  const awsSecret = randomChars(40, B64);
  const jwt = `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: randomChars(10), iat: 1_700_000_000 })).toString('base64url')}.${randomChars(43)}`;
  return {
    github: v(`ghp_${randomChars(36)}`),
    stripe: v(`sk_live_${randomChars(32)}`),
    awsKeyId: v(`AKIA${randomChars(16, UPPER32)}`),
    awsSecret: v(awsSecret, `aws_secret_access_key=${awsSecret}`),
    password: v(password, `password=${password}`),
    slackWebhook: v(`T${randomChars(8, UPPER32)}/B${randomChars(8, UPPER32)}/${randomChars(24)}`),
    email: v(`${randomChars(8).toLowerCase()}.${randomChars(6).toLowerCase()}@example.com`),
    card: v(cardNumber()),
    jwt: v(jwt),
    ecKey: v(ecBody.split('\n')[0]!, ecKey),
  };
}

/** The text of the Slack webhook secret (the value is the part after /services/). */
export function slackWebhookUrl(path: string): string {
  return `https://hooks.slack.com/services/${path}`;
}

import type { Scanner } from '../scan/create-scanner';

/**
 * Scans of the warm-up text. V8 keeps type feedback for a function only from its ~8th call on,
 * unless told to from the first (collectFeedbackEagerly, which `herald scan` calls first): 12
 * rounds then, 2 now (the second takes the paths of a scanner that has scanned before).
 */
const ROUNDS = 2;

/**
 * A short log (~2 KB) that takes the scan's rarer paths: matches of several kinds (plain, cut
 * short at the line's end, public, test), keys not seen before, a multi-line PEM block, every
 * shape the text pass records, escaped values, a line with no keyword. Its values are built
 * here, not written out: no secret-looking literal in the source. The findings are thrown away.
 */
export function warmUpText(): string {
  const b62 = 'Xk9vQ2mZ7pL4wR8tY1nBq5Hs3Jd6Fg0Ca';
  const key = (n: number, from = 0): string => (b62.repeat(4) + b62).slice(from, from + n);
  const hex = '0123456789abcdef';
  const pem = `RSA PRIVATE KEY`;
  return [
    `2026-12-03T10:11:12.123Z INFO checkout: deployed commit ${hex}${hex}01234567 version=1.2.3 replicas=4 cache_key=orders:v3:${hex} token_count=123`,
    `{"ts":"2026-12-03T20:34:51.752Z","level":"error","service":"auth","msg":"request completed","trace_id":"${hex}${hex}","user_id":653675}`,
    `2026-12-03T13:39:12.304Z Normal Created pod/checkout-7d9f-2458f Successfully assigned default/checkout to ip-10-44-98-28`,
    `password=${key(18, 3)}`,
    `export DB_PASSWORD="${key(14, 5)} ${key(6, 1)}"`,
    `  api_token: ${key(32, 2)}`,
    `{"client_secret":"${key(40, 4)}","client_id":"${key(24, 7)}","apiKey":"${key(30, 1)}"}`,
    `GET /oauth/cb?code=${key(20, 6)}&access_token=${key(36, 8)}&state=1 HTTP/1.1`,
    `postgres://app:${key(18, 9)}@db.internal:5432/app https://user:${key(12, 3)}@git.example.org/x.git`,
    `Authorization: Bearer sk_live_${key(99, 2)}`,
    `Authorization: Basic ${Buffer.from(`svc:${key(16, 4)}`).toString('base64')}`,
    `stripe sk_test_${key(24, 5)} aws_secret_access_key=${key(40, 11)} AKIA${key(16, 0).toUpperCase()}`,
    `jwt=eyJhbGciOiJIUzI1NiJ9.${Buffer.from('{"sub":"1"}').toString('base64url')}.${key(43, 2)}`,
    `-----BEGIN ${pem}-----`,
    ...Array.from({ length: 4 }, (_, i) => key(64, i)),
    `-----END ${pem}-----`,
    `card 4111 1111 1111 1111 phone +1 415 555 2671 ssn 123-45-6789 iban DE89370400440532013000 ip 8.8.8.8 10.1.2.3`,
    `mac 00-1a-2b-3c-4d-5e addr fe80::1:2:3 sid SK${hex}${hex} email jane.doe@example.org`,
    `GET /x?token%3D${key(24, 3)} {\\"password\\":\\"${key(16, 6)}\\"} secret\\u003d${key(20, 1)} a=1&amp;pwd=${key(12, 2)}`,
    `mailgun key: ${hex}${hex}-${hex.slice(0, 8)}-${hex.slice(8)}`,
    `plain words only, nothing to report here`,
  ].join('\n');
}

/**
 * Runs `scanner` over warmUpText() a few times before it scans a file. V8 optimizes the scan's
 * hot functions within the first megabytes of a file, from the type feedback they have by then:
 * a path first taken later (the first finding, the first PEM block, the first escaped value)
 * throws the optimized code away, and the scan runs unoptimized until it is compiled again. A
 * 50 MB log took ~20 MB to settle so. With feedback for those paths from the start it does not
 * happen. Call collectFeedbackEagerly() first: without it, two rounds give most functions no feedback.
 */
export function warmUp(scanner: Scanner): void {
  const text = warmUpText();
  for (let i = 0; i < ROUNDS; i++) scanner.scan(text);
}

import { randomBytes, randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';

const scanner = createScanner({ cleanTexts: false });
const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64');
const b64url = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A Visa number with a valid Luhn digit (not a published test card). */
function visa(): string {
  const body = `4${Array.from({ length: 14 }, () => randomInt(10)).join('')}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + ((10 - (sum % 10)) % 10);
}

/** True when a leak finding covers all of `value` in `text`. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).filter(isLeak).some((f) => f.start <= at && f.end >= at + value.length);
}

describe('base64 JSON documents holding personal or financial data, wherever they stand', () => {
  const email = `maria.gonzalez${randomInt(10, 99)}@gmail.com`;
  const ssn = `${randomInt(100, 665)}-${randomInt(10, 99)}-${randomInt(1000, 9999)}`;
  const contexts: [string, (v: string) => string, string][] = [
    ['an identity header', (v) => `upstream 403, X-User-Context: ${v}, x-request-id: 8c1f`, b64({ email, ssn })],
    ['an OAuth state parameter', (v) => `GET /oauth/callback?code=4/0Ab&state=${v} 400`, b64url({ return_to: '/billing', card: visa() })],
    ['a cookie (base64url)', (v) => `Cookie: prefs=${v}; theme=dark`, b64url({ user: { email, phone: '+1 415 823 9071' } })],
    ['a k8s annotation', (v) => `annotations:\n  acme.io/owner-context: ${v}\n`, Buffer.from(JSON.stringify({ owner: email }, null, 2)).toString('base64')],
  ];
  for (const [name, wrap, blob] of contexts) {
    it(`in ${name}`, () => expect(covered(wrap(blob), blob), wrap(blob)).toBe(true));
  }

  it('leaves base64 JSON without personal data, JWT segments and random base64 alone', () => {
    const texts = [
      `X-Client-Context: ${b64({ app: 'billing-web', version: '4.12.0', locale: 'en-US', features: ['a', 'b'] })}`,
      `state=${b64url({ return_to: '/settings', nonce: randomBytes(8).toString('hex') })}`,
      `Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.${b64url({ sub: 'svc-123', scope: 'read' })}.${randomBytes(32).toString('base64url')}`,
      `etag: ${randomBytes(48).toString('base64')}`,
      `support contact ${b64({ email: 'support@example.com' })}`,
    ];
    for (const t of texts) expect(scanner.scan(t).filter((f) => isLeak(f) && f.detector.startsWith('base64-wrapped')), t).toEqual([]);
  });
});

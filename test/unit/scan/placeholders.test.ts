import { describe, expect, it } from 'vitest';
import { createScanner, isPlaceholder } from '../../../src/scan';

describe('shared placeholder list', () => {
  it.each([
    'xxxxxxxx', 'XXXX-XXXX', '********', '<token>', '<YOUR_API_KEY>', '${STRIPE_KEY}', '{{ secret }}', '%s',
    'REDACTED', '[REDACTED]', 'changeme', 'AKIAIOSFODNN7EXAMPLE', 'aaaaaaaaaaaa', '000000000000', '…', 'your_api_key',
  ])('%s is a placeholder', (v) => expect(isPlaceholder(v)).toBe(true));

  it.each(['51FAKEdoNotUse000000000000', 'FAKE0123456789SECRET', 'hunter2!Q', 'Zx81hZp9aB2cD'])('%s is not a placeholder', (v) =>
    expect(isPlaceholder(v)).toBe(false),
  );

  it.each([
    'api_key=xxxxxxxxxxxxxxxx', 'password=********', 'token=<token>', 'secret=${CLIENT_SECRET}', 'client_secret={{ secret }}',
    'password=%s', 'api_key=REDACTED', 'password=changeme', 'Authorization: Bearer xxxxxxxxxxxxxxxxxxxx', 'ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'sk_live_000000000000000000000000', 'postgres://app:********@db:5432/app', 'Authorization: Bearer [REDACTED:bearer-token]',
  ])('no credential finding on %s', (line) => {
    const creds = createScanner().scan(line).filter((f) => f.category === 'credential');
    expect(creds).toEqual([]);
  });

  it('keeps realistic fakes: the fixture key with FAKE in it is still a live key', () => {
    const f = createScanner().scan('Bearer sk_live_51FAKEdoNotUse' + '0'.repeat(90));
    expect(f.map((x) => x.detector)).toEqual(['stripe-secret-key']);
    expect(f[0]!.test).toBeUndefined();
  });
});

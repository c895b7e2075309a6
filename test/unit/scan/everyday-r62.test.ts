import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r62 (blind set 62: API clients' integration tests, cassettes, CI logs): names in fixtures and assertion
 * diffs, seeded records, prompts and alerts, stub logs and percent-encoded bodies, Vietnamese family names, short
 * Datadog keys, vendor-labelled hex secrets, bare PayPal secrets, HMAC and Basic labels, passwords with spaces in
 * connection strings, env dumps, passphrase labels and quoted `-var` flags — in contexts other than the set's
 * (retail, HR, health, logistics, infrastructure), values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();
const mail = (): string => `${str(LO, 6)}${str(DIG, 2)}@fastmail.com`;
const hex = (n: number): string => `${str(HEX, n - 2)}${randomInt(10)}${'ace'[randomInt(3)]}`;
const spaced = (): string => `${['Harbor', 'violet', 'Tundra', 'copper'][randomInt(4)]} ${str(UP, 1)}${str(LO, 2)}${str(DIG, 2)}; ${['!', '&', '#', '%'][randomInt(4)]}${str(DIG, 4)}`;
const viet = (): string => `${given()} ${['Nguyễn', 'Phạm', 'Huỳnh', 'Đặng', 'Trần'][randomInt(5)]} ${['Thị', 'Đức', 'Hữu'][randomInt(3)]}`;

describe('round r62: names in fixtures and test output', () => {
  it('finds a full name under a first/last-name key, in a diff marker too; not a placeholder or a company', () => {
    const [a, b] = [person(), person()];
    expect(found(`  + "familyName": "${a}",`, a)).toBe(true);
    expect(found(`junit: expected:<{"first_name":"[Jo]"}> but was:<{"first_name":"[${b}]"}>`, b)).toBe(true);
    expect(clean('  - "lastName": "Test User",')).toEqual([]);
    expect(clean('{"first_name":"Acme Holdings","tier":"b2b"}')).toEqual([]);
  });

  it('finds a lone first name beside its own mailbox when the other side is a documentation one; not a placeholder', () => {
    const g = given();
    expect(found(`AssertionError: {"email": "${mail()}", "firstName": "${g}"} != {"email": "nobody@example.com"}`, g)).toBe(true);
    expect(clean(`AssertionError: {"email": "${mail()}", "firstName": "Test"} != {"email": "nobody@example.com"}`).some((f) => f.includes('Test'))).toBe(false);
    expect(clean('{"email": "qa@example.com", "firstName": "Oswin"}').some((f) => f.includes('Oswin'))).toBe(false);
  });

  it('finds names after a seeding verb, before a mailbox in parentheses, after a failed payment, before a DOB', () => {
    const [a, b, c, d] = [person(), person(), person(), person()];
    expect(found(`factory_bot: imported employee ${a} badge=${str(DIG, 6)}`, a)).toBe(true);
    expect(found(`notify: sending receipt to ${b} (${mail()}) via ses`, b)).toBe(true);
    expect(found(`pagerduty: subscription renewal declined for ${c}; retries exhausted`, c)).toBe(true);
    expect(found(`pact: claimant ${d}, born 1971-04-0${1 + randomInt(8)}`, d)).toBe(true);
    expect(clean(`factory_bot: imported employee Payroll Service badge=${str(DIG, 6)}`)).toEqual([]);
    expect(clean('payment declined for Acme Corp; retries exhausted')).toEqual([]);
    expect(clean('sending receipt to Support Team (help@vendor.io)').some((f) => f.includes('Support'))).toBe(false);
  });

  it('finds names in percent-encoded bodies and with Vietnamese family names; not places', () => {
    const a = person();
    const enc = a.replace(' ', '%20');
    expect(found(`body=%7B%22recipient%22%3A%22${enc}%22%2C%22sku%22%3A%22X1%22%7D`, enc)).toBe(true);
    const f = `Zo%C3%AB%20${family()}`;
    expect(found(`POST /v1/payouts payer_name=${f}&amount=90`, f)).toBe(true);
    const v = viet();
    expect(found(`manifest: deliver to ${v} at gate 3`, v)).toBe(true);
    expect(found(`csv row: ${v},${mail()},gold`, v)).toBe(true);
    expect(clean('body=%7B%22status%22%3A%22Not%20Found%22%7D')).toEqual([]);
    expect(clean('office: Thành phố Hồ Chí Minh, Quận 1')).toEqual([]);
  });
});

describe('round r62: keys and secrets', () => {
  it('finds Datadog keys under short keys; not a trace id or a short hex', () => {
    const [k, a] = [hex(32), hex(40)];
    expect(found(`cfg: map[datadog_app:${a} datadog_api:${k} site:datadoghq.eu]`, k)).toBe(true);
    expect(found(`cfg: map[datadog_app:${a} site:datadoghq.eu]`, a)).toBe(true);
    expect(clean(`dd_api: ${'0'.repeat(32)}`)).toEqual([]);
    expect(clean(`datadog_api:${hex(40)} (wrong length)`).some((f) => f.includes('datadog'))).toBe(false);
  });

  it('finds vendor-labelled hex secrets, bare PayPal secrets, HMAC keys and Basic labels; not a digest or a plain word', () => {
    const [b, p, h] = [hex(32), `E${str(UP, 2)}${str(LO, 2)}${str(DIG, 2)}${str(B62 + '_-', 73)}`, hex(64)];
    expect(found(`  Rollbar: ${b}\n  Environment: staging`, b)).toBe(true);
    expect(found(`env: PAYPAL_SECRET=x paypal: ${p}`, p)).toBe(true);
    expect(found(`signer: HMAC secret = ${h}`, h)).toBe(true);
    const basic = Buffer.from(`ci-reader:${mix(14)}`).toString('base64');
    expect(found(`proxy -> Basic: ${basic}`, basic)).toBe(true);
    expect(clean('Braintree: sandbox merchant configured')).toEqual([]);
    expect(clean(`Basic: ${Buffer.from('just a plain sentence').toString('base64')}`)).toEqual([]);
  });

  it('finds passwords with spaces in connection strings, env dumps, passphrase labels and -var flags; not prose', () => {
    const [a, b, c, d] = [spaced(), spaced(), spaced(), spaced()];
    expect(found(`Server=db1;Database=hr;Uid=hr_app;Pwd=${a};Pooling=true`, a)).toBe(true);
    expect(found(`api-1  | MYSQL_ROOT_PASSWORD=${b}`, b)).toBe(true);
    expect(found(`openssl: keystore passphrase: ${c}`, c)).toBe(true);
    expect(found(`+ docker run -e "SMTP_PASSWORD=${d}" mailer:2`, d)).toBe(true);
    expect(clean('password: must be at least 12 characters')).toEqual([]);
    expect(clean('api-1  | POSTGRES_PASSWORD=see the vault entry')).toEqual([]);
    expect(clean('Password=${DB_PASSWORD}; Encrypt=True')).toEqual([]);
    expect(clean('terraform plan -var "region=eu west 1"')).toEqual([]);
  });
});

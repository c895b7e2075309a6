import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r77 (blind set 77: the long tail of API providers as their log lines print them): provider token formats and
 * calls (Convex deploy keys, Split's authorizationKey, Stream and Recurly server clients, Mixpanel service accounts,
 * Uploadcare.Simple, Stytch session cookies, Imgix/Filestack signed URLs, CLI tokens), keys written with a note before
 * their operator, prose passwords and hex secrets, security keys; names beside IBANs, phones, role nouns, their own
 * e-mail and identifier words, under party keys and form labels; cvv_number, SSN last four, account_identifiers —
 * in contexts other than the set's; beside them the look-alikes that stay clean, and the public client keys
 * (Statsig `client-`, Lob `live_pub_`, Paddle client tokens, Stream API keys) that are no leak.
 */
const { found, clean } = everydayProbe();
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;
const hexMix = (n: number): string => `${str('abcdef', 2)}${str(DIG, 2)}${str(HEX, n - 4)}`;
const lowMix = (n: number): string => `${str(LO, 2)}${str(DIG, 2)}${str(LO + DIG, n - 4)}`;

/** A German IBAN with valid check digits, grouped by fours. */
function ibanDe(): string {
  const bban = str(DIG, 18);
  const check = String(98n - (BigInt(`${bban}131400`) % 97n)).padStart(2, '0');
  return `DE${check}${bban}`.replace(/(.{4})(?=.)/g, '$1 ');
}

describe('round r77: provider token formats and calls', () => {
  it('finds a Convex deploy key whole, not a deployment URL', () => {
    const k = `prod:${str(LO, 5)}-${str(LO, 6)}-${randomInt(900) + 100}|${Buffer.from(JSON.stringify({ v2: str(HEX, 32) })).toString('base64url')}`;
    expect(found(`- name: deploy\n  run: npx convex deploy --cmd 'npm run build'\n  env: { CONVEX_DEPLOY_KEY: "${k}" }`, k)).toBe(true);
    expect(clean(`convex dev: watching https://${str(LO, 5)}-${str(LO, 6)}-${randomInt(900) + 100}.convex.cloud (dev:${str(LO, 5)}-${str(LO, 4)}-123)`)).toEqual([]);
  });

  it("finds Split's authorizationKey, a Stream secret and a Recurly key in their calls, not the public halves", () => {
    const a = lowMix(36);
    expect(found(`const factory = SplitFactory({ core: { authorizationKey: '${a}' }, startup: { readyTimeout: 5 } });`, a)).toBe(true);
    const key = lowMix(12);
    const s = lowMix(64);
    expect(found(`const serverClient = new StreamClient("${key}", "${s}");`, s)).toBe(true);
    const rk = hexMix(32);
    expect(found(`>>> client = recurly.Client('${rk}')`, rk)).toBe(true);
    expect(clean(`const client = new StreamVideoClient({ apiKey: "${key}", user, token }); // browser`)).toEqual([]);
  });

  it('finds a Mixpanel service account secret, Uploadcare.Simple and a Stytch session cookie', () => {
    const m = mix(32);
    expect(found(`export MP_SA="reporting.${randomInt(900)}.mp-service-account:${m}"`, m)).toBe(true);
    const u = `${str(HEX, 20)}:${hexMix(20)}`;
    expect(found(`curl -H "Authorization: Uploadcare.Simple ${u}" https://api.uploadcare.com/files/`, u)).toBe(true);
    const t = mix(44, '_-');
    expect(found(`document.cookie: stytch_session=${t}; theme=dark`, t)).toBe(true);
  });

  it('finds signed media URL signatures and CLI tokens, not an unsigned URL or a job id', () => {
    const s = hexMix(32);
    expect(found(`<img src="https://assets-${str(LO, 4)}.imgix.net/hero.jpg?auto=format&s=${s}">`, s)).toBe(true);
    const f = hexMix(64);
    expect(found(`GET https://cdn.filestackcontent.com/security=p:${Buffer.from('{"expiry":1}').toString('base64')},s:${f}/resize=w:300/HANDLE`, f)).toBe(true);
    const sn = uuid();
    expect(found(`RUN snyk auth ${sn} && snyk test --severity-threshold=high`, sn)).toBe(true);
    const cc = uuid();
    expect(found(`bash <(curl -s https://codecov.io/bash) -f coverage.xml -t ${cc}`, cc)).toBe(true);
    expect(clean(`<img src="https://assets-${str(LO, 4)}.imgix.net/hero.jpg?auto=format&w=800">`)).toEqual([]);
    expect(clean(`buildkite-agent artifact upload "coverage/**/*" --job ${uuid()}`)).toEqual([]);
  });

  it('finds a key written with a note before its operator, a prose password and a hex secret after `secret`', () => {
    const a = mix(24);
    expect(found(`$ pulumi config --show-secrets\n  payments:stripeApiKey (secret) = ${a}`, a)).toBe(true);
    const b = mix(30);
    expect(found(`ingest api token (INGEST_API_TOKEN) = ${b}`, b)).toBe(true);
    const p = `${mix(14)}%`;
    expect(found(`cloud-init: generated password for user ubuntu: ${p}`, p)).toBe(true);
    const h = hexMix(40);
    expect(found(`HMAC check failed with app secret ${h} (app 11)`, h)).toBe(true);
    expect(clean('  payments:region (plain) = eu-west-1')).toEqual([]);
    expect(clean('Password for user postgres: ')).toEqual([]);
    expect(clean('password for user deploy: authentication failed')).toEqual([]);
    expect(clean(`rotated secret ${uuid()} at 10:11`)).toEqual([]);
  });

  it('finds a UUID key named by its provider and a security key, not a cache or idempotency key', () => {
    const a = uuid();
    expect(found(`boot: marqeta key: ${a}`, a)).toBe(true);
    const b = uuid();
    expect(found(`<add key="Gateway.SecurityKey" value="x" /> gateway_security_key=${b}`, b)).toBe(true);
    expect(clean(`cache key: ${uuid()} evicted`)).toEqual([]);
    expect(clean(`idempotency key: ${uuid()} replayed`)).toEqual([]);
  });

  it('keeps public client keys public', () => {
    expect(clean(`Statsig.initialize(sdkKey = "client-${str(B62, 43)}")`)).toEqual([]);
    expect(clean(`LOB_PUBLISHABLE_KEY=test_pub_${str(HEX, 31)}`)).toEqual([]);
    const paddle = `initializePaddle({ environment: "sandbox", token: "test_${str(HEX, 27)}" })`;
    expect(clean(paddle), paddle).toEqual([]);
  });
});

describe('round r77: people and payment fields', () => {
  it('finds a name beside a valid IBAN, not beside an invalid one', () => {
    const n = person();
    expect(found(`refund 12: ${n}    ${ibanDe()}    EUR 19.99`, n)).toBe(true);
    const m = person();
    expect(found(`standing order to ${m} created, IBAN ${ibanDe().replace(/ /g, '')}`, m)).toBe(true);
    expect(clean(`refund 12: ${person()}    DE00 1234 5678 9012 3456 78    EUR 19.99`)).toEqual([]);
  });

  it('finds names before a phone, after a role noun, before their e-mail and identifiers', () => {
    const a = person();
    expect(found(`callback list: ${a}, +33 6 12 ${randomInt(90) + 10} ${randomInt(90) + 10} ${randomInt(90) + 10}`, a)).toBe(true);
    const b = person();
    expect(found(`Applicant ${b} has not uploaded the ID yet`, b)).toBe(true);
    const g = given();
    const f = family();
    expect(found(`DSAR opened for ${g} ${f} (${g.toLowerCase()}${f[0]!.toLowerCase()}@example.org)`, `${g} ${f}`)).toBe(true);
    const c = person();
    expect(found(`boarding check for ${c} passport ${str(UP, 1)}${str(DIG, 8)}`, c)).toBe(true);
    expect(clean(`escalated to Support Team, +1 800 555 0100`)).toEqual([]);
    expect(clean(`DSAR opened for Acme Holdings (privacy@acme.example)`)).toEqual([]);
  });

  it('finds names under logfmt, party keys, form labels and name objects', () => {
    const a = person();
    expect(found(`pickup booked name=${a} phone=+4930123456 slot=9-12`, a)).toBe(true);
    const b = person();
    expect(found(`{"party_name":"${b}","party_type":"individual"}`, b)).toBe(true);
    const c = person();
    expect(found(`answers=[{"label":"Full name","value":"${c}"}]`, c)).toBe(true);
    const g = given();
    expect(found(`{"legalName":{"first":"${g}","last":"${family()}"}}`, g)).toBe(true);
    expect(clean(`job name=Nightly Export status=done`)).toEqual([]);
  });

  it('finds a cvv_number, an SSN last four, an account under account_identifiers and a birthdayAt', () => {
    const v = `${randomInt(9) + 1}${str(DIG, 2)}`;
    expect(found(`card {"last_four":"1111","cvv_number":"${v}"}`, v)).toBe(true);
    const s = `${randomInt(9) + 1}${str(DIG, 3)}`;
    expect(found(`{"type":"personal","ssn":"${s}"}`, s)).toBe(true);
    const n = `${randomInt(9) + 1}${str(DIG, 9)}`;
    expect(found(`{"account_identifiers":{"number":"${n}","iban":null}}`, n)).toBe(true);
    expect(found(`{"birthdayAt":"1987-03-14"}`, '1987-03-14')).toBe(true);
    expect(clean(`{"cvv_number":"000"}`)).toEqual([]);
  });
});

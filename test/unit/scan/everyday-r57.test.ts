import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, everydayProbe, family, given, mix, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r57 (blind set 57: integration secrets as secret-scanner rule tests write them): a person's
 * name in a record's name field whose mail field a few lines below is their own mailbox, a Basic
 * credential's password written out near its header, secrets assigned with `??=`/`||=`, keys named
 * `…SECRET_PRIVATE`, credential headers in web-server directives, Cypress record keys, Duo skeys and
 * base64 webhook URLs — in contexts other than the set's (Ruby, Kotlin, YAML, PHP, HTTPie, Apache,
 * Helm), values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean, by } = everydayProbe();
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-b${str(HEX, 3)}-${str(HEX, 12)}`;
const b64 = (s: string): string => Buffer.from(s).toString('base64');

describe('round r57: names in record fields above their own mailbox', () => {
  it('finds a name in a Ruby hash, a Kotlin constructor and a YAML list item, with the mail field lines below', () => {
    const [g, f] = [given(), family()];
    const name = `${g} ${f}`;
    const mail = `${g.toLowerCase()}.${f.toLowerCase()}${randomInt(90) + 10}@posteo.de`;
    const ruby = `contact = {\n  full_name: "${name}",\n  phone: "+49 30 ${str(DIG, 7)}",\n  email: "${mail}"\n}`;
    expect(found(ruby, name)).toBe(true);
    const kotlin = `val owner = Owner(\n    displayName = "${name}",\n    tier = Tier.GOLD,\n    email = "${g[0]!.toLowerCase()}${f.toLowerCase()}@mailbox.org",\n)`;
    expect(found(kotlin, name)).toBe(true);
    expect(by(kotlin, 'person-name-record-field-mailbox-below')).toBe(true);
  });

  it('leaves a company, a team mailbox, a mailbox of someone else, a documentation domain and a product name', () => {
    const [g, f] = [given(), family()];
    expect(by(`vendor = {\n  name: "Harbor Freight Tools",\n  email: "harbor.freight@tools-supply.com"\n}`, 'person-name-record-field-mailbox-below')).toBe(false);
    expect(by(`user = {\n  name: "${g} ${f}",\n  email: "support@${f.toLowerCase()}.com"\n}`, 'person-name-record-field-mailbox-below')).toBe(false);
    expect(by(`user = {\n  name: "${g} ${f}",\n  email: "${g.toLowerCase()}@example.com"\n}`, 'person-name-record-field-mailbox-below')).toBe(false);
    expect(by(`row = {\n  product_name: "${g} ${f}",\n  email: "${g.toLowerCase()}.${f.toLowerCase()}@posteo.de"\n}`, 'person-name-record-field-mailbox-below')).toBe(false);
    expect(by(`user = {\n  name: "${g} ${f}",\n  email: "qa-${str(DIG, 4)}@gmail.com"\n}`, 'person-name-record-field-mailbox-below')).toBe(false);
  });
});

describe('round r57: a Basic credential written out', () => {
  it('finds the password of an HTTPie debug header repeated in a note, not an unrelated pair', () => {
    const user = `${str(LO, 6)}@fastmail.com`;
    const pw = `${mix(10)}#${str(DIG, 2)}`;
    const log = `>>> Authorization: Basic ${b64(`${user}:${pw}`)}\n>>> note: sent as ${user}:${pw}`;
    expect(found(log, pw)).toBe(true);
    const other = `Authorization: Basic ${b64(`${user}:${pw}`)}\nsee ratio 10/20 and bucket ${str(LO, 5)} / "${str(LO, 8)}"`;
    expect(by(other, 'basic-auth-password-written-out')).toBe(false);
  });
});

describe('round r57: secrets in code and config forms', () => {
  it('finds secrets under ??= and ||=, not settings, references or placeholders', () => {
    const s = mix(30);
    expect(found(`@stripe_api_token ||= '${s}'`, s)).toBe(true);
    expect(found(`$this->clientSecret ??= "${s}";`, s)).toBe(true);
    expect(clean(`options.timeout ??= '30000ms';`)).toEqual([]);
    expect(clean(`options.secret ??= 'changeme';`)).toEqual([]);
    expect(clean(`cache.key ??= 'users:${str(DIG, 4)}';`)).toEqual([]);
    expect(clean(`@token ||= ENV['API_TOKEN']`)).toEqual([]);
  });

  it('finds a key under …SECRET_PRIVATE, not a template slot', () => {
    const s = `${str(HEX, 14)}${str(DIG, 4)}${str(HEX, 14)}`;
    expect(found(`mailer:\n  apiSecretPrivate: "${s}"\n`, s)).toBe(true);
    expect(clean('MJ_APISECRET_PRIVATE=${MJ_APISECRET_PRIVATE}')).toEqual([]);
    expect(clean('API_SECRET_PRIVATE=your-secret-here')).toEqual([]);
  });

  it('finds a credential header in Apache and nginx directives, not variables or ids', () => {
    const s = mix(34);
    expect(found(`  RequestHeader set X-Shopware-Token "${s}"`, s)).toBe(true);
    const h = `${str(HEX, 18)}${str(DIG, 4)}${str(HEX, 18)}`;
    expect(found(`    add_header X-Algolia-Key ${h};`, h)).toBe(true);
    expect(clean('    proxy_set_header X-Api-Key $http_x_api_key;')).toEqual([]);
    expect(clean(`    proxy_set_header X-Request-Id ${str(HEX, 32)};`)).toEqual([]);
    expect(clean(`    add_header X-Cache-Key "${str(HEX, 24)}";`)).toEqual([]);
  });

  it('finds a Cypress record key beside its Cypress setting, not a record key of a data store', () => {
    const k = uuid();
    expect(found(`// cypress.config.js (CI only)\nmodule.exports = {\n  recordKey: '${k}',\n}`, k)).toBe(true);
    expect(clean(`dynamodb put table=orders record_key=${uuid()} status=ok`)).toEqual([]);
    expect(clean(`{"table":"events","recordKey":"${uuid()}","ttl":3600}`)).toEqual([]);
  });

  it('finds a Duo skey in a Helm value, not a digest or a reference', () => {
    const s = `${str(UP, 2)}${str(LO, 2)}${str(DIG, 2)}${str(B62, 34)}`;
    expect(found(`mfa:\n  skey: "${s}"\n`, s)).toBe(true);
    expect(clean(`skey=${str(HEX, 40)}`)).toEqual([]);
    expect(clean('  skey: "${DUO_SKEY}"')).toEqual([]);
  });

  it('finds a Discord webhook in base64 in a Helm secret, not the documentation webhook', () => {
    const url = `https://discord.com/api/webhooks/${str(DIG, 18)}/${str(B62 + '_-', 68)}`;
    const v = b64(url);
    expect(found(`alerting:\n  discordWebhook: ${v}\n`, v)).toBe(true);
    expect(clean(`  SLACK_URL: ${b64('https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX')}`)).toEqual([]);
    expect(clean(`  HOOK: ${b64('https://hooks.slack.com/')}`)).toEqual([]);
  });
});

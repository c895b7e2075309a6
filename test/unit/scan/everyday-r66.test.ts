import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, aba, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r66 (blind set 66: internal APIs, API gateways and service mesh): secret headers in inspected header maps,
 * non-Bearer Authorization schemes in name/value pairs, secrets in gateway trace XML, Tyk keys, NGINX Plus keyval keys,
 * APIM keys under `apim_key`, signer keys, and the people and bank numbers validation errors echo — in contexts other
 * than the set's (Ruby/Rack dumps, HAR and Postman exports, Java properties XML, webhook dispatchers, pydantic and
 * Bean Validation errors); beside them the look-alikes that stay clean, and the set's false alarms: a rate limiter's
 * digest counter key and a request signature beside its key id.
 */
const { found, clean, by } = everydayProbe();
const ssn = (): string => `${100 + randomInt(500)}${1 + randomInt(9)}${str(DIG, 4)}${1 + randomInt(9)}`;

describe('round r66: credentials of gateways and internal calls', () => {
  it('finds a secret header in an inspected map of header arrays, not an id header', () => {
    const k = mix(40);
    expect(found(`Rack env: {"HTTP_X_AUTH_TOKEN" => ["${k}"], "HTTP_ACCEPT" => ["*/*"]}`, k)).toBe(true);
    expect(found(`metadata: Map(1) { 'internal-api-key' => [ '${k}' ] }`, k)).toBe(true);
    expect(clean(`metadata: Map(1) { 'x-request-id' => [ '${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}' ] }`)).toEqual([]);
    expect(clean("metadata: Map(1) { 'x-api-key' => [ '${API_KEY}' ] }")).toEqual([]);
  });

  it('finds a Token/ApiKey/SSWS Authorization in a name/value pair, not a placeholder', () => {
    const t = str(HEX, 40);
    expect(found(`postman export: {"key":"Authorization","value":"Token ${t}","type":"text"}`, t)).toBe(true);
    const okta = `00${mix(40, '-_')}`;
    expect(found(`tap: {"name":"authorization","value":"SSWS ${okta}"}`, okta)).toBe(true);
    expect(clean('{"name":"Authorization","value":"Token {{api_token}}"}')).toEqual([]);
    expect(clean('{"name":"Authorization","value":"Token xxxxxxxxxxxxxxxxxxxxxxxx"}')).toEqual([]);
  });

  it('finds a secret in an XML element named by its attribute, not a setting or a masked value', () => {
    const p = `${mix(12)}#!`;
    expect(found(`<properties><entry key="mail.smtp.password">${p}</entry></properties>`, p)).toBe(true);
    const k = mix(32);
    expect(found(`<Parameter name="partner.api_key">${k}</Parameter>`, k)).toBe(true);
    expect(clean('<Property name="target.url">https://orders.internal/v1</Property><Property name="cache_key">orders:42:summary</Property>')).toEqual([]);
    expect(clean('<Header name="X-Api-Key">********</Header>')).toEqual([]);
  });

  it('finds Tyk keys in Tyk lines, not a masked key or a 56-hex value elsewhere', () => {
    const k = str(HEX, 56);
    expect(found(`time="2026-05-01T10:00:00Z" level=info msg="Key not authorized: Key has expired" api_id=${str(HEX, 32)} key=${k} mw=KeyExpired`, k)).toBe(true);
    const b = `eyJvcmciOiI${str(B62, 60)}`;
    expect(found(`tyk-pump: dropped record key=${b}`, b)).toBe(true);
    expect(clean(`level=warning msg="Key not authorized" key=****${str(HEX, 4)} mw=KeyExpired org_id=${str(HEX, 24)}`)).toEqual([]);
    expect(clean(`cache: evicted key=${str(HEX, 56)} size=412`)).toEqual([]);
  });

  it('finds API keys as the keys of an NGINX Plus keyval dump, not IPs or words', () => {
    const a = mix(32);
    expect(found(`$ curl -s -X POST http://nginx:8080/api/8/http/keyvals/clients -d '{"${a}":"acme-mobile"}'`, a)).toBe(true);
    expect(clean('$ curl -s http://nginx:8080/api/8/http/keyvals/blocklist\n{"10.2.3.4":"1","partner-logistics-service-account":"1"}')).toEqual([]);
  });

  it('finds an APIM key under apim_key, a signer key, not a hash or a key id', () => {
    const h = str(HEX, 32);
    expect(found(`APIM_KEY=${h}`, h)).toBe(true);
    const s = str(HEX, 64);
    expect(found(`request-signer: signing key=${s}`, s)).toBe(true);
    expect(clean('signer: signing with key=ledger-signing-key-4 alg=HMAC-SHA256')).toEqual([]);
    expect(clean('APIM_KEY=00000000000000000000000000000000')).toEqual([]);
  });

  it('finds a secret echoed by a binding error, not a non-secret field', () => {
    const p = mix(14, '!#');
    expect(found(`Field error in object 'dbForm' on field 'adminPassword': rejected value [${p}]; codes [Size]`, p)).toBe(true);
    expect(clean(`Field error in object 'dbForm' on field 'poolSize': rejected value [${str(DIG, 3)}x]; codes [Min]`)).toEqual([]);
  });
});

describe('round r66: people and bank numbers validation errors echo', () => {
  it('finds a birth date after invalid/rejected value, not another date field', () => {
    expect(found("on field 'dateOfBirth': rejected value [1984-07-21Z]; codes [Past]", '1984-07-21')).toBe(true);
    expect(found('422: dob: Invalid value "31.12.1979." (expected ISO 8601)', '31.12.1979')).toBe(true);
    expect(clean('422: expires_at: invalid value "2027-01-01x"')).toEqual([]);
    expect(clean('422: dob: invalid value "2099-13-45"')).toEqual([]);
  });

  it('finds an SSN as the data of a schema error on an SSN field, not on an order field', () => {
    const s = ssn();
    expect(found(`{"errors":[{"instancePath":"/beneficiary/ssn","keyword":"pattern","params":{"pattern":"^[0-9]{3}-[0-9]{2}-[0-9]{4}$"},"data":"${s}"}]}`, s)).toBe(true);
    expect(clean(`{"errors":[{"instancePath":"/order/id","keyword":"pattern","data":"${s}"}]}`)).toEqual([]);
  });

  it('finds a name in a binding error on a name field, not on a product or file name', () => {
    const n = person();
    expect(found(`Field error in object 'claim' on field 'claimant.fullName': rejected value [${n}]; codes [Size]`, n)).toBe(true);
    expect(clean("Field error in object 'upload' on field 'fileName': rejected value [Quarterly Report]; codes [Pattern]")).toEqual([]);
    expect(clean("Field error in object 'catalog' on field 'productName': rejected value [Garden Chair]; codes [Size]")).toEqual([]);
  });

  it('finds a quoted name after who approved or requested, not a bot or a team', () => {
    const n = person();
    expect(found(`break-glass role granted (approved by "${n}", ticket SEC-2231)`, n)).toBe(true);
    expect(found(`refund reversal initiated by '${n}'`, n)).toBe(true);
    expect(clean('deploy triggered by "GitHub Actions" on main')).toEqual([]);
    expect(clean('rows ordered by "created_at" desc')).toEqual([]);
  });

  it('finds a name under a person\'s display key, not under an app\'s or a bare one', () => {
    const n = person();
    expect(found(`{"user_display":"${n}","role":"viewer"}`, n)).toBe(true);
    expect(found(`payment intent payerDisplayName='${n}'`, n)).toBe(true);
    // A bare display key names products as often (round r53): not read.
    expect(clean(`{"app_display":"Orders Console","display_name":"${n}"}`)).toEqual([]);
  });

  it('finds Vietnamese-lettered names under name keys', () => {
    expect(found("{'first_name': 'Phượng', 'last_name': 'Trần'}", 'Phượng')).toBe(true);
    expect(found('{"nombre":"Dũng Phạm","email":"dpham@correo.es"}', 'Dũng Phạm')).toBe(true);
    expect(found('{"full_name":"Hương Đặng","tier":"gold"}', 'Hương Đặng')).toBe(true);
    // A dish under a bare name key, nothing of a person beside it (an older rule's call aside).
    expect(by('{"nome":"Phở Bò Especial","preco":9.5}', 'person-name-vietnamese-under-name-key')).toBe(false);
  });

  it('finds an account/routing pair near a line naming both, not a version or a path', () => {
    const pair = `${1 + randomInt(9)}${str(DIG, 8)}/${aba()}`;
    expect(found(`ach: routing check failed\naccount/routing ${pair} returned R04`, pair)).toBe(true);
    expect(clean('routing table reloaded: 12/34 routes, build 2026/0101')).toEqual([]);
    expect(clean(`GET /accounts/${str(DIG, 8)}/routing ok`)).toEqual([]);
  });
});

describe('round r66: the set\'s false alarms stay clean', () => {
  it('reads a digest counter key as no secret, a raw APIM key under it still reported', () => {
    expect(clean(`{"source":"quota-by-key","data":{"counter-key":"${str(HEX, 64)}","calls":12}}`)).toEqual([]);
    expect(clean(`throttle: counter_key=${str(HEX, 40)} limit=100`)).toEqual([]);
    expect(by(`{"source":"rate-limit-by-key","data":{"counter-key":"${mix(32)}"}}`, 'secret-assignment')).toBe(true);
  });

  it('reads a signature beside its key id as no secret, a signing secret still reported', () => {
    expect(clean(`http-sig: signature=${str(HEX, 64)} keyId=svc-orders-2 headers="(request-target) date"`)).toEqual([]);
    const s = mix(40);
    expect(found(`signer config: signing_secret=${s} key_id=ledger-2`, s)).toBe(true);
  });
});

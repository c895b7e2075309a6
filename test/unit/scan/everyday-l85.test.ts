import { describe, expect, it } from 'vitest';
import { everydayProbe } from '../../helpers/everyday-kit';
import { rng } from './sample-rng';
import { basicPair, madeUpPerson } from './generators-l85';

/**
 * Lead round l85 (blind set 82 at a fresh seed): full names under bare `name`/`holder` keys, base64 `user:password`
 * under `authorization`, secrets beside a public id in one Cookie header; and the look-alikes that set flagged:
 * placeholder phones, `env:NAME` references, a company's address, harmless cookie pairs.
 */
const { found, clean } = everydayProbe();

describe("lead round l85: names under bare name keys", () => {
  it('finds a full name that opens with a common given name under name, holder and full-name keys, in every container', () => {
    const r = rng(85);
    for (const line of [
      (v: string) => `{"id":"cus_1","name":"${v}","region":"us-east-2"}`,
      (v: string) => `config_duration_ms_="3619" name="${v}" status=failed`,
      (v: string) => `<Account><nombreCompleto>${v}</nombreCompleto></Account>`,
      (v: string) => `| holder | ${v} |`,
      (v: string) => `{"user[holder]":"${v}","plan":"pro"}`,
      (v: string) => `  <input type="hidden" name="holder_primary" value="${v}">`,
      (v: string) => `{\\"customerNameProd\\":\\"${v}\\",\\"Version\\":\\"9.2.17\\"}`,
      (v: string) => `settings:\n  credentials:\n    Name: "${v}"\n    region: eu`,
      (v: string) => `Content-Disposition: form-data; name="nombre_completo"\r\n\r\n${v}\r\n------WebKitFormBoundary7MA4YWxk`,
      (v: string) => `buildsha=41de6b38 full.name2="${v}" accessToken=<unset>`,
    ]) {
      const v = madeUpPerson(r);
      expect(found(line(v), v), line(v)).toBe(true);
    }
  });

  it("leaves things' names, companies, places and unlisted first words clean", () => {
    for (const text of [
      '{"hostName":"Priya Lindqvist","productName":"Amelia Falls"}',
      '{"bank_name":"Morgan Stanley","name":"Jordan Station"}',
      '{"name":"Release Train","holder":"Acme Payments"}',
      'service_name="Kenji Worker" queue_name="Ingrid Retry"',
      '<displayGroupName>Margaux Team</displayGroupName>',
      '{"name":"Amelia Airlines"}',
      '{"name":"Grace Period"}',
    ]) expect(clean(text), text).toEqual([]);
  });
});

describe('lead round l85: base64 user:password under an authorization key', () => {
  it('finds it in XML, tables, bracket keys and Java toString', () => {
    const r = rng(851);
    for (const line of [
      (v: string) => `<credentials><authorization>${v}</authorization></credentials>`,
      (v: string) => `| authorization | ${v} |`,
      (v: string) => `request: {"config[authorization]": "${v}", plan: free}`,
      (v: string) => `Request{proxyAuthorization='${v}', region='eu'}`,
    ]) {
      const v = basicPair(r);
      expect(found(line(v), v), line(v)).toBe(true);
    }
  });

  it('leaves relay ids, base64 of other things and short values clean', () => {
    for (const text of [
      `<authorization>${Buffer.from('User:123456').toString('base64')}</authorization>`,
      `<authorization>${Buffer.from('Order:3f2a8b1c-9d4e-4f6a-8b7c-1d2e3f4a5b6c').toString('base64')}</authorization>`,
      `| authorization | ${Buffer.from('{"alg":"none","typ":"x"}').toString('base64')} |`,
      '<authorization>Bearer</authorization>',
    ]) expect(clean(text), text).toEqual([]);
  });
});

describe('lead round l85: a Cookie header with a public id among its secrets, and look-alikes', () => {
  it('counts the secrets of a Cookie header that also carries a Twilio account SID', () => {
    const token = 'efaa78b11a15fad2d0293d95269d60d8';
    const text = `request.headers.cookie: twilio_account_sid=AC68e5f78b9813303b93dfc4ad38f9f072; enabled=true; billing.twilio_auth_token=${token}; theme=light`;
    expect(found(text, token)).toBe(true);
  });

  it('leaves placeholder phones, env references, company addresses and harmless cookies clean', () => {
    for (const text of [
      '{"customer"=>{"support_phone"=>"(555) 010-0199"}}',
      '[["hotline", "(555) 010-0199"], ["support_phone", "0800 000 0000"]]',
      '| x-db-password | env:STRIPE_KEY |',
      'Body = { SecretKey = env:STRIPE_KEY, Version = 6.15.1 }',
      'form.office_address = "Acme GmbH, Friedrichstraße 68, 10117 Berlin"',
      'cookie: company_address=Lumen%20Pay%20Ltd%2C%201%20Canada%20Square%2C%20London%20E14%205AB; theme=light',
      'Cookie: x-endpoint=/oauth/token; span_id=1363b05ab4ce3852; build-sha=b753b771c575b4f0da50ef057acc6aa8c564ca36; theme=dark',
      'cookie: plan=enterprise; theme=light; Avatar=data:image/png%3Bbase64%2CiVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAySqVPLvDopQBU',
      'Cookie: elapsed=751.09ms; retry_count=4; theme=dark; form_company_phone_=(555)%20010-0199',
      'cookie: order.id=ord_9012202; etag=FSOVVoz0jJwLEVV7n+wVkw==; auth_content_sha256_=9daede17e7eabd44bdd34a2acf876d2190c02e8502aa67d8ea77baa6fecbad8f',
      "DETAIL:  parameters: $1 = '**** **** **** 1350', $2 = '(555) 010-0199', $3 = '17210'",
    ]) expect(clean(text), text).toEqual([]);
  });

  it('still finds a real phone and a person’s address', () => {
    expect(found('"phone": "(415) 555-2671"', '(415) 555-2671')).toBe(true);
    expect(found('"shipping_address": "Priya Raman, 12 High Street, London SW1A 1AA"', '12 High Street')).toBe(true);
  });
});

describe('lead round l85: quoted passwords with escaped quotes, bracketed keys, table rows', () => {
  it('reads a quoted password up to its own closing quote past escaped quotes, at every JSON depth', () => {
    for (const [text, v] of [
      ['{"passwort":"Ease@\\"/8UnGPF#6C"}', 'Ease@\\"/8UnGPF#6C'],
      ['{"kennwort":"BEoqi.2Jz\\"RBrIiit%QX","streetAddress":"x"}', 'BEoqi.2Jz\\"RBrIiit%QX'],
      ['{"msg":"x","raw":"{\\"password\\":\\"Pny%\'0\\\\\\"S8abc\\",\\"trace\\":1}"}', 'Pny%\'0\\\\\\"S8abc'],
      ['{"msg":"x","raw":"{\\"SENHA\\":\\"Pny%\'0\\\\\\"S8abc\\",\\"trace\\":1}"}', 'Pny%\'0\\\\\\"S8abc'],
    ] as const) expect(found(text, v), text).toBe(true);
  });

  it('finds passwords under bracketed form keys, in English and other languages, and with < > in them', () => {
    for (const [text, v] of [
      ['"user[current_password]" = "PkuT{pzFrY7Reo9&1O"', 'PkuT{pzFrY7Reo9&1O'],
      ["kwargs={'billing[pwd]': 'IsW]O{59[sk\"aG', 'x': 1}", 'IsW]O{59[sk"aG'],
      ['"customer[senha]":"Xk9#mQ2!pL"', 'Xk9#mQ2!pL'],
      ['dateOfBirth: 23.12.1993, motDePasse: "s4Iq<oQ>H]\'F%5z"}', "s4Iq<oQ>H]'F%5z"],
      ['| Pass | GONHf?XOkAa.T"8Q |', 'GONHf?XOkAa.T"8Q'],
      ['| Passwort | odKx-irh2DTv@a!5p |', 'odKx-irh2DTv@a!5p'],
    ] as const) expect(found(text, v), text).toBe(true);
  });

  it('leaves templates, table rows of other words and keys without a closing quote clean', () => {
    for (const text of [
      'token: {email}/token:{api_token}',
      'basic_auth: <user>:<password>',
      '| Passes | 12 |',
      '| Passenger | Priya |',
      '| pass rate | 98.5% |',
      '{"password_hint":"see \\"vault\\" entry"}',
    ]) expect(clean(text), text).toEqual([]);
  });
});

describe('lead round l85 on blind set 84: HTTP client dumps', () => {
  it('finds credential headers in name/value pairs, after a literal CRLF, and Basic passwords beyond ASCII', () => {
    for (const [text, v] of [
      ["  [Symbol(kOutHeaders)]: [Object: null prototype] {\n    authorization: [ 'Authorization', 'Api-Key h7o3WBtvbqYfNB8GYiDW5DPBLbH2e3zvcU' ],", 'h7o3WBtvbqYfNB8GYiDW5DPBLbH2e3zvcU'],
      ['Request headers: [x-api-key, 8C2Mwg5XSTTaCBaWkq54G9bjhmupcTgk], [Content-Type, application/json]', '8C2Mwg5XSTTaCBaWkq54G9bjhmupcTgk'],
      ["send: b'POST /x HTTP/1.1\\r\\nHost: a\\r\\nX-Egress-Key: GeIP2emYpd77NKxSQ8SVq67LjcqhsjM05sWJpZbhOU2P\\r\\nContent-Length: 127\\r\\n\\r\\n'", 'GeIP2emYpd77NKxSQ8SVq67LjcqhsjM05sWJpZbhOU2P'],
      [`'Proxy-Authorization': 'Basic ${Buffer.from('proxy-svc:Çağrı1537=~').toString('base64')}'`, Buffer.from('proxy-svc:Çağrı1537=~').toString('base64')],
    ] as const) expect(found(text, v), text).toBe(true);
  });

  it('leaves masked dumps, public ids, cursors, scopes and server addresses clean', () => {
    for (const text of [
      `body: '{"secret":"[FILTERED]","name":"[FILTERED]","address":{"street":["[FILTERED]"],"city":"Pune","postal_code":"83093","country":"IN"}}'`,
      `{'Addresses': [{'AddressType': 'STREET', 'AddressLine1': '*****', 'City': 'Bengaluru', 'PostalCode': '31483'}]} url=https://x/payment_initiation/recipient/create`,
      "  _header: 'POST /oauth2/v1/tokens/bearer HTTP/1.1\\r\\n' +",
      '"data":"grant_type=password&client_id=3MVG9SSmp._P0kEy_kRsqru9uuGqwzcJWnqvZtkSLO5tFBquSPT9uIQBLvTUwKv5x18XVy828UCvcde_qjcSw&client_secret=%5BFiltered%5D"',
      '"upstream_host":"74.126.62.207:443","upstream_cluster":"outbound|443||brightpath-help.zendesk.com"',
      'Post "https://api.braintreegateway.com:443/x": dial tcp 53.117.250.191:443: connect: connection refused',
      'read tcp 10.197.103.188:55517->185.125.176.240:443: read: connection reset by peer',
      "'from': {'email': 'receipts@northwind-logistics.com', 'name': 'Acme Orders'}",
      'id=complained&url=https%3A%2F%2Fsvc-netsuite2%3AREDACTED%40hooks.acmecorp.com%2Fmailgun%2Fevents',
      'continuationToken=eyJvZmZzZXQiOjcwMDUsImxpbWl0IjoxMDAsInNvcnQiOiJjcmVhdGVkX2F0In0=',
      'https://bucket.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20240621%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20240621T000000Z',
      "{'OKTA_API_TOKEN': 'SSWS #{ENV.fetch(\"ZENDESK_TOKEN\")}'}",
      '<wsse:Password>&lt;YOUR_API_KEY&gt;</wsse:Password><token>&lt;token&gt;</token>',
      "Cookie: session=%env(OPENAI_API_KEY)%; locale=en-GB",
      "[ 'Idempotency-Key', 'e3f4de87-b277-4671-aa3b-ad5dd88baa1e' ]",
    ]) expect(clean(text), text).toEqual([]);
  });
});

describe('lead round l85: JSON strings with letters escaped as \\uXXXX (Python json.dumps, ensure_ascii)', () => {
  it('reads them decoded: names and addresses with accents are found, the finding covers the escaped text', () => {
    for (const [text, v] of [
      ['{"customer": {"name": "Th\\u00e9o Rousseau", "email": "theo.r@gmail.com"}}', 'Th\\u00e9o Rousseau'],
      ['{"msg":"charge failed","billing_details":{"name":"Agnieszka Szyma\\u0144ska","phone":"+48 601 234 567"}}', 'Agnieszka Szyma\\u0144ska'],
    ] as const) expect(found(text, v), text).toBe(true);
  });

  it('leaves escaped prose without personal data clean', () => {
    for (const text of ['{"note":"caf\\u00e9 order","status":"ok"}', '{"city":"S\\u00e3o Paulo","plan":"pro"}']) expect(clean(text), text).toEqual([]);
  });
});

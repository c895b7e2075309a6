import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { dotenvB64, mixed, uuid30 } from './generators-c30';
import { B62, DIG, HEX, rng } from './sample-rng';

/**
 * Round c30 (blind set 30: marketing, CRM and customer-data platforms), credentials: provider tokens in
 * the shapes marketing and billing integrations print them, in contexts other than the set's; a value
 * counts only when fully covered. Beside them, the look-alikes that must stay clean.
 * Names, bank and ad data: everyday-c30-personal.test.ts.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(3030);

describe('round c30: Salesforce API names read as their base keys', () => {
  it('finds values under custom fields, namespaced fields and person-account fields', () => {
    const acct = `${r.int(1, 9)}${r.str(DIG, 11)}`;
    expect(found(`Insert failed: Donation__c: {Payment_Method__c=ACH, Bank_Account__c=${acct}, Campaign__c=Spring}`, acct)).toBe(true);
    const pw = mixed(r, 16) + '!';
    expect(found(`"attributes":{"type":"Integration__c"},"acme__Api_Password__c":"${pw}"`, pw)).toBe(true);
    const ssn = `${r.int(101, 665)}-${r.int(10, 99)}-${r.int(1001, 9999)}`;
    expect(found(`PersonAccount update failed: SSN__pc=${ssn}, PersonEmail=x@y.example.org`, ssn)).toBe(true);
  });

  it('reads no value from Salesforce ids and names that are not secrets', () => {
    expect(leaks('SOQL: SELECT Id, Name FROM Campaign__c WHERE Status__c = \'Active\' AND OwnerId = \'0055e000001AbCdAAK\'')).toEqual([]);
    expect(leaks('npe03__Recurring_Donation__c: {npe03__Contact__c=0035e00000bOdbAAAB, npe03__Amount__c=173, npe03__Installment_Period__c=Monthly}')).toEqual([]);
  });
});

describe('round c30: marketing and billing provider tokens', () => {
  it('finds Marketo access tokens whole, pod suffix included', () => {
    for (const pod of ['sj', 'ab', 'int']) {
      const t = `${uuid30(r)}:${pod}`;
      expect(found(`GET https://123-ABC-456.mktorest.com/rest/v1/lists.json?access_token=${t}`, t)).toBe(true);
      expect(found(`marketo identity: {"access_token":"${t}","token_type":"bearer","expires_in":3599}`, t)).toBe(true);
      expect(found(`curl -H "Authorization: Bearer ${t}" https://987-XYZ-123.mktorest.com/rest/v1/leads.json`, t)).toBe(true);
    }
  });

  it('finds Census secret-token keys whole, prefix included', () => {
    const t = `secret-token:${mixed(r, 32)}`;
    expect(found(`Authorization: Bearer ${t}`, t)).toBe(true);
    expect(found(`census-cli sync trigger 67668 --token ${t}`, t)).toBe(true);
    expect(found(`CENSUS_API_TOKEN="${t}"`, t)).toBe(true);
  });

  it('finds Chargebee live and test keys where Chargebee is named', () => {
    const k = `live_${mixed(r, 34)}`;
    expect(found(`named credential Chargebee_API: endpoint=https://acme.chargebee.com/api/v2 username=${k} password=`, k)).toBe(true);
    const t = `test_${mixed(r, 36)}`;
    expect(found(`{\n  "key": "chargebee_key",\n  "value": "${t}",\n  "type": "secret"\n}`, t)).toBe(true);
    expect(found(`curl https://acme-test.chargebee.com/api/v2/customers -u ${t}:`, t)).toBe(true);
  });

  it('leaves Chargebee publishable keys and keys without Chargebee alone', () => {
    expect(leaks(`Chargebee.init({site: "acme", publishableKey: "live_${mixed(r, 34)}"})`)).toEqual([]);
    expect(leaks(`fixture name live_${mixed(r, 34)} (no provider named)`)).toEqual([]);
  });

  it('finds Twilio auth tokens passed to the validator and the REST client, in four languages', () => {
    const hex = () => r.str(HEX, 32);
    const sid = `AC${r.str(HEX, 32)}`;
    let t = hex();
    expect(found(`validator: twilio.RequestValidator('${t}').validate(url, params, sig) -> False`, t)).toBe(true);
    t = hex();
    expect(found(`if (!twilio.validateRequest('${t}', signature, url, req.body)) return res.sendStatus(403)`, t)).toBe(true);
    t = hex();
    expect(found(`from twilio.rest import Client\nclient = Client('${sid}', '${t}')`, t)).toBe(true);
    t = hex();
    expect(found(`@client = Twilio::REST::Client.new('${sid}', '${t}')`, t)).toBe(true);
    t = hex();
    expect(found(`Twilio.init("${sid}", "${t}");`, t)).toBe(true);
    t = hex();
    expect(found(`$validator = new \\Twilio\\Security\\RequestValidator('${t}');`, t)).toBe(true);
  });

  it('leaves hex message ids in other calls alone', () => {
    expect(leaks(`cache.get('${r.str(HEX, 32)}')`)).toEqual([]);
    expect(leaks(`http.Client('${r.str(HEX, 32)}') // a session id`)).toEqual([]);
  });

  it('finds Google refresh tokens JSON-escaped by PHP and Java encoders', () => {
    const t = `1\\/\\/04${r.str(B62 + '_-', 90)}`;
    expect(found(`{"oauth":{"clientId":"x.apps.googleusercontent.com","refreshToken":"${t}"}}`, t)).toBe(true);
    const t2 = `1\\/\\/09${r.str(B62 + '_-', 80)}`;
    expect(found(`google_ads.yaml dumped: {\\"refresh_token\\": \\"${t2}\\"}`, t2)).toBe(true);
  });

  it('finds Terraform random_password results in terraform show and in state', () => {
    const a = mixed(r, 24);
    expect(found(`resource "random_password" "webhook_basic_auth" {\n    id     = "none"\n    result = "${a}"\n}`, a)).toBe(true);
    const b = mixed(r, 20) + '.~';
    expect(found(`{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "db",\n  "instances": [{"attributes": {"bcrypt_hash": "$2a$10$abc", "id": "none", "length": 22, "result": "${b}"}}]\n}`, b)).toBe(true);
  });

  it('leaves terraform show\'s sensitive markers and random_string alone', () => {
    expect(leaks('resource "random_password" "db" {\n    result = (sensitive value)\n}')).toEqual([]);
    expect(leaks('resource "random_pet" "name" {\n    id = "happy-panda"\n}')).toEqual([]);
  });

  it('finds a base64 blob of a dotenv file holding a secret', () => {
    const blob = dotenvB64(r);
    expect(found(`Run echo "$ENV_FILE" | base64 -w0\n${blob}\nRun npm ci`, blob)).toBe(true);
    const other = Buffer.from(`DB_HOST=db.internal\nDB_PASSWORD=${mixed(r, 18)}\n`).toString('base64');
    expect(found(`kubectl get secret app-env -o jsonpath='{.data.env}'\n${other}`, other)).toBe(true);
    const third = Buffer.from(`export STRIPE_SECRET_KEY=sk_live_${r.str(B62, 30)}\n`).toString('base64');
    expect(found(`ENV_B64=${third}`, third)).toBe(true);
  });

  it('leaves base64 of a dotenv without secrets alone', () => {
    const blob = Buffer.from('APP_ENV=production\nLOG_LEVEL=debug\nCACHE_KEY=sessions\nDB_PASSWORD=changeme\n').toString('base64');
    expect(leaks(`echo $CONFIG | base64 -w0\n${blob}`)).toEqual([]);
  });

  it('finds keys under vendor X-…-Key headers wherever the line puts them', () => {
    const k = mixed(r, 32);
    expect(found(`partner auth: X-Partner-Key: ${k}`, k)).toBe(true);
    const k2 = mixed(r, 40);
    expect(found(`headers={"X-Lead-Token":"${k2}","Accept":"application/json"}`, k2)).toBe(true);
    const ids = scanner.scan(`retry: X-Request-Token: ${uuid30(r)} X-Cache-Key: ${r.str(DIG, 20)} X-Page-Token: ${mixed(r, 24)}`).map((f) => f.detector);
    expect(ids).not.toContain('vendor-key-header-anywhere');
  });
});

import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { randomInt } from '../../helpers/seeded-random';
import { afDevKey, hex64, klarnaKey, letterSecret, mewsToken, person29 } from './generators-h29';
import { B62, DIG, rng } from './sample-rng';

/**
 * Round h29 (blind set 29: consumer mobile apps and travel bookings), credentials: provider keys under their own
 * formats and header names (Klarna, Mews, AppsFlyer), secrets in the forms mobile builds and API tools dump them
 * (property lists, pretty Postman exports, Swift optionals, JSON-escaped PEMs), 64-hex vendor keys and letters-only
 * shared secrets; each in three contexts with values from the seeded stream. Beside them, look-alikes that must
 * stay clean: documentation examples, placeholders, digests, camelCase words, public keys.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(randomInt(1, 2 ** 31));

describe('round h29: Klarna, Mews and AppsFlyer keys', () => {
  it('finds Klarna API keys in an Authorization header, a JSON config and an env file', () => {
    const a = klarnaKey(r);
    expect(found(`klarna: {"headers":{"Authorization":"Basic ${a}"},"status":401}`, a)).toBe(true);
    const b = klarnaKey(r);
    expect(found(`gradle.properties (as read):\n  checkoutProviderKey=${b}\n  org.gradle.jvmargs=-Xmx4g`, b)).toBe(true);
    const c = klarnaKey(r, 'test');
    expect(found(`KLARNA_API_KEY="${c}"`, c)).toBe(true);
    // And leaves the documentation's cut example and placeholders alone.
    expect(leaks('docs: API key example: klarna_live_api_elZGI1B5dHBIRWltRjF5cjZrNldnbEVjKnIqeC[...]Uybz0')).toEqual([]);
    expect(leaks('config: klarna_key=klarna_live_api_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toEqual([]);
  });

  it('finds Mews tokens in a Connector API body, an env line and a log of the request', () => {
    const a = mewsToken(r);
    expect(found(`pms-mews: Connector API error {"ClientToken": "${a}", "Client": "App 1.0"}`, a)).toBe(true);
    const b = mewsToken(r);
    expect(found(`MEWS_ACCESS_TOKEN=${b}`, b)).toBe(true);
    const c = mewsToken(r);
    expect(found(`request: client_token=${c} enterprise=${r.str(DIG, 6)}`, c)).toBe(true);
  });

  it("reports Mews's documentation demo tokens as example data and leaves AWS's ClientToken ids alone", () => {
    expect(leaks('{"ClientToken": "E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D", "AccessToken": "C66EF7B239D24632943D115EDE9CB810-EA00F8FD8294692C940F6B5A8F9453D"}')).toEqual([]);
    expect(leaks(`ec2: RunInstances {"ClientToken": "${r.str('0123456789abcdef', 8)}-1b2c-4d5e-8f90-${r.str('0123456789abcdef', 12)}"}`)).toEqual([]);
  });

  it('finds AppsFlyer dev keys in the S2S authentication header (JSON, HTTP, curl) and under dev-key names', () => {
    const a = afDevKey(r);
    expect(found(`attribution: headers: {"authentication":"${a}","Content-Type":"application/json"}`, a)).toBe(true);
    const b = afDevKey(r);
    expect(found(`> POST /inappevent/id123 HTTP/1.1\n> authentication: ${b}`, b)).toBe(true);
    const c = afDevKey(r);
    expect(found(`curl -H 'authentication: ${c}' https://api2.appsflyer.com/inappevent/id1`, c)).toBe(true);
    const d = afDevKey(r);
    expect(found(`gradle: afDevKey=${d}`, d)).toBe(true);
    // And leaves authentication settings alone.
    expect(leaks('server: authentication: required, mode=oauth2')).toEqual([]);
    expect(leaks('{"authentication": "basic", "authentication_method": "client_secret_post", "authentication=true": 1}')).toEqual([]);
  });
});

describe('round h29: secrets in property lists, Postman exports and Swift dumps', () => {
  it('finds secrets in an Info.plist, one key per line or folded', () => {
    const a = `${r.str(B62, 30)}${r.str(DIG, 2)}`;
    expect(found(`<plist><dict>\n  <key>mixpanelSecret</key><string>${a}</string>\n</dict></plist>`, a)).toBe(true);
    const b = hex64(r);
    expect(found(`<key>gorgiasKey</key>\n  <string>${b}</string>`, b)).toBe(true);
    const c = `${r.str(B62, 38)}${r.str(DIG, 2)}`;
    expect(found(`ios: Info.plist dump <dict><key>zendeskToken</key><string>${c}</string><key>CFBundleIdentifier</key><string>com.acme.app</string></dict>`, c)).toBe(true);
    // And leaves bundle settings and publishable keys in a plist alone.
    expect(leaks('<key>CFBundleIdentifier</key><string>com.acme.travel</string><key>CFBundleVersion</key><string>2026.12.1</string>')).toEqual([]);
    expect(leaks(`<key>stripePublishableKey</key><string>pk_live_${r.str(B62, 24)}</string>`)).toEqual([]);
  });

  it('finds secrets of a pretty-printed Postman environment, deeper indented', () => {
    const a = `${r.str(B62, 44)}${r.str(DIG, 2)}`;
    const env = `{\n  "values": [\n    {\n      "key": "oneSignalRestKey",\n      "value": "${a}",\n      "type": "secret"\n    },\n    {\n      "key": "baseUrl",\n      "value": "https://api.acme.app"\n    }\n  ]\n}`;
    expect(found(env, a), env).toBe(true);
    expect(leaks(env).length).toBe(1);
  });

  it("finds a card code and holder's name in Swift optionals and a holder's name in form-encoded card fields", () => {
    const code = r.str(DIG, 3);
    expect(found(`po card\n  - securityCode : Optional("${code}")`, code)).toBe(true);
    const name = person29(r);
    const form = `stripe: form card[number]=[FILTERED]&card[name]=${name.replace(' ', '%20')}&card[cvc]=[FILTERED]`;
    expect(found(form, name.replace(' ', '%20')), form).toBe(true);
    const name2 = person29(r);
    expect(found(`billing_details%5Bname%5D=${name2.replace(' ', '+')}&type=card`, name2.replace(' ', '+'))).toBe(true);
    // And leaves test card names alone.
    expect(leaks('form: card[name]=Test%20User&card[number]=[FILTERED]')).toEqual([]);
  });
});

describe('round h29: JSON-escaped PEM keys, 64-hex vendor keys, letters-only shared secrets', () => {
  it("finds a JSON-escaped private key to its trailing \\n in a helm diff, a service account and a Firebase config", () => {
    const body = Array.from({ length: 3 }, () => r.str(B62, 64)).join('\\n');
    const pem = `-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n`;
    expect(found(`argocd diff: {"values":{"apnsKey":"${pem}"}}`, pem)).toBe(true);
    expect(found(`{"type":"service_account","private_key":"${pem}","client_email":"x@y.iam.gserviceaccount.com"}`, pem)).toBe(true);
    expect(found(`FIREBASE_PRIVATE_KEY="${pem}"`, pem)).toBe(true);
  });

  it('finds 64 hex under a vendor key in JSON, an actuator property and a name/value pair', () => {
    const a = hex64(r);
    expect(found(`expo extra = {\n  "gorgiasKey": "${a}",\n  "other": 1\n}`, a)).toBe(true);
    const b = hex64(r);
    expect(found(`/actuator/env {"properties":{"helpdeskKey":{"value":"${b}"}}}`, b)).toBe(true);
    const c = hex64(r);
    expect(found(`{"values":[{"key":"gorgiasKey","value":"${c}","type":"secret"}]}`, c)).toBe(true);
    // And leaves 64 hex under digest and object keys alone.
    expect(leaks(`ci: {"buildKey": "${hex64(r)}", "layerKey": "${hex64(r)}"}`)).toEqual([]);
    expect(leaks(`cache: {"contentKey": "${hex64(r)}", "objectKey": "${hex64(r)}"}`)).toEqual([]);
  });

  it('finds letters-only shared secrets under secret keys in env, Terraform and Python reprs', () => {
    const a = letterSecret(r);
    expect(found(`EXPEDIA_RAPID_SECRET=${a}`, a)).toBe(true);
    const b = letterSecret(r);
    expect(found(`      ~ rapid_shared_secret = "${b}"`, b)).toBe(true);
    const c = letterSecret(r);
    expect(found(`settings = {'PARTNER_SECRET': '${c}', 'DEBUG': False}`, c)).toBe(true);
    // And leaves words run together under secret keys alone.
    expect(leaks('APP_SECRET=MySecretValue\nclient_secret: "ReplaceWithYourKey"\nsecret = "XMLHttpRequestX"')).toEqual([]);
    expect(leaks('webhook_secret=iOSAppStoreKey token=GetOrderDetails')).toEqual([]);
  });
});

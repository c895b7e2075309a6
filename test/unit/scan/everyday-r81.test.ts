import { describe, expect, it } from 'vitest';
import { DIG, HEX, LO, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r81 (blind set 81: mobile apps and web front ends): secrets in Android string elements, iOS keychain dumps, Swift
 * optionals, browser globals and bare `session` keys; names in SharedPreferences beside a mailbox, before a phone in
 * parentheses, in payment messages, on billed-to lines and under value-wrapped subscriber attributes; phones in Swift
 * optionals and dump() lines — in contexts other than the set's; beside them the look-alikes that stay clean.
 */
const { found, clean } = everydayProbe();

const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;
const uk = (): string => `+44 7${str(DIG, 3)} ${str(DIG, 6)}`;

describe('round r81: app secrets in mobile dumps and web pages', () => {
  it('finds a secret in an Android string element, not a public client key or a UI string', () => {
    const a = mix(40, '/+');
    expect(found(`<!-- res/values/keys.xml -->\n<resources>\n  <string name="twilio_auth_token" translatable="false">${a}</string>\n</resources>`, a)).toBe(true);
    const b = str(HEX, 32);
    expect(found(`<map>\n    <string name="mixpanel_api_secret">${b}</string>\n</map>`, b)).toBe(true);
    const c = `rt_${mix(40)}`;
    expect(found(`$ adb shell cat /data/data/org.hike/shared_prefs/session.xml\n<map><string name="session_refresh_token">${c}</string></map>`, c)).toBe(true);
    expect(clean(`<resources>\n  <string name="google_api_key" translatable="false">AIzaSy${mix(33)}</string>\n  <string name="gcm_defaultSenderId" translatable="false">${str(DIG, 12)}</string>\n  <string name="stripe_publishable_key">pk_live_${mix(40)}</string>\n  <string name="facebook_client_token">${str(HEX, 32)}</string>\n  <string name="app_name">Hike Log</string>\n</resources>`)).toEqual([]);
    expect(clean(`<string name="login_token_hint">Paste your token</string>\n<string name="auth_token_label">@string/token</string>`)).toEqual([]);
  });

  it("finds a keychain item's data in a keychain dump, not an install id", () => {
    const p = `${mix(9)}~${str(LO, 4)}`;
    const dump = (service: string, data: string) =>
      `Internet Password\n-----------------\nServer: api.hikelog.org\nService: ${service}\nAccount: ${person().toLowerCase().replace(' ', '.')}@fastmail.com\nLabel: (null)\nKeychain Data: ${data}\n`;
    expect(found(dump('org.hikelog.credentials', p), p)).toBe(true);
    expect(clean(dump('org.hikelog.installation_id', uuid()))).not.toContainEqual(expect.stringMatching(/^keychain-dump-item-data/));
    expect(clean(`Generic Password\n----------------\nService: org.hikelog.device\nAccount: default\nKeychain Data: ${uuid()}\n`)).toEqual([]);
    expect(clean(`Generic Password\n----------------\nService: org.hikelog.flags\nAccount: default\nKeychain Data: (null)\n`)).toEqual([]);
  });

  it('finds a secret in a Swift optional field and on a browser global, not a flag or a public key', () => {
    const t = mix(48);
    expect(found(`Session(userId: 42, apiSecret: Optional("${t}"), expires: nil)`, t)).toBe(true);
    expect(clean(`Session(userId: 42, tokenType: Optional("Bearer"), nextPageToken: Optional("${mix(24)}"))`)).toEqual([]);
    const g = mix(36);
    expect(found(`<script>window.__AUTH_TOKEN__ = "${g}"; window.__LOCALE__ = "en-GB";</script>`, g)).toBe(true);
    expect(clean(`<script>window.__STRIPE_KEY__ = "pk_live_${mix(30)}"; window.__BUILD_ID__ = "${mix(20)}";</script>`)).toEqual([]);
  });

  it('finds a generated token under a bare session key, not a uuid or hex session id', () => {
    const s = `${mix(20)}-${mix(22)}`;
    expect(found(`store.dispatch({type: 'auth/restore', session: '${s}'})`, s)).toBe(true);
    expect(clean(`rum: {"view":{"url":"/cart"},"session":"${uuid()}","type":"view"}`)).toEqual([]);
    expect(clean(`analytics: {session: '${str(HEX, 32)}', page: 'checkout'}`)).toEqual([]);
  });
});

describe('round r81: people in app records and messages', () => {
  it("finds the user's name in SharedPreferences beside their mailbox, not a UI string", () => {
    const n = person();
    const xml = `<map>\n  <string name="profile_full_name">${n}</string>\n  <string name="profile_email">${n.toLowerCase().replace(' ', '')}@posteo.de</string>\n</map>`;
    expect(found(xml, n)).toBe(true);
    expect(clean(`<resources>\n  <string name="display_name">Display Name</string>\n  <string name="user_name">Trail Guide</string>\n</resources>`)).toEqual([]);
  });

  it('finds a name before a phone in parentheses and in a payment message, not a company', () => {
    const n = person();
    expect(found(`I/DispatchService: courier assigned to rider ${n} (${uk()})`, n)).toBe(true);
    const m = person();
    expect(found(`notification: "You sent £${randomInt(90) + 10}.50 to ${m}"`, m)).toBe(true);
    const k = person();
    expect(found(`push body: ${randomInt(900) + 100},00 EUR received from ${k}`, k)).toBe(true);
    expect(clean(`notification: "You paid €9.99 to Hotel Astoria" and "callback for Customer Care (+44 20 7946 0000)"`)).toEqual([]);
  });

  it('finds names and phones under value-wrapped attributes and a billed-to name, not a store', () => {
    const n = person();
    const ph = `0${randomInt(3) + 6}${str(DIG, 8)}`;
    const attrs = `{\n  "attributes": {\n    "$displayName": { "value": "${n}" },\n    "mobile_number": {\n      "value": "${ph}"\n    }\n  }\n}`;
    expect(found(attrs, n)).toBe(true);
    expect(found(attrs, ph)).toBe(true);
    const b = person();
    expect(found(`Order confirmation\nShip to: ${b}, ${randomInt(90) + 10} Harbour Road, Leith EH6 6LX`, b)).toBe(true);
    expect(clean(`{"$displayName": {"value": "Premium Plan"}, "$campaign": {"value": "${mix(10)}"}}`)).toEqual([]);
    expect(clean(`Bill to: Accounts Payable, cost centre ${randomInt(900) + 100}`)).toEqual([]);
  });

  it("finds a phone in a Swift dump of an optional field, not an order number", () => {
    const ph = `+33 6 ${str(DIG, 2)} ${str(DIG, 2)} ${str(DIG, 2)} ${str(DIG, 2)}`;
    const dump = `▿ Courier.Contact\n  ▿ mobilePhone: Optional("${ph}")\n    - some: "${ph}"\n  - rating: 4.8`;
    expect(found(dump, ph)).toBe(true);
    expect(clean(`▿ Courier.Parcel\n  ▿ trackingNumber: Optional("${str(DIG, 12)}")\n    - some: "${str(DIG, 12)}"`)).toEqual([]);
  });
});

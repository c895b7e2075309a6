import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, everydayProbe, mix, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Lead fixes after blind set 81 (mobile apps and web front ends) was measured at first sight: values that ship to every
 * client or name a server are no leak — the API key of an Android `google-services.json` or an iOS
 * `GoogleService-Info.plist`, Apple's `appAccountToken` (a UUID the app picks for its own user), a HAR entry's
 * `serverIPAddress` — while the same values elsewhere stay found.
 */
const { found, clean } = everydayProbe();
const aiza = (): string => `AIzaSy${str('ABCDEFGHJKLMNPQRSTUVWXYZ', 2)}${str(DIG, 2)}${str(B62 + '-_', 29)}`;
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;
const publicIp = (): string => `${[52, 104, 151, 185][randomInt(4)]}.${randomInt(250) + 1}.${randomInt(250) + 1}.${randomInt(250) + 1}`;

describe('lead fixes after blind set 81: values that ship to every client', () => {
  it("reports an Android google-services.json key as public, and the same key in a server's env as a leak", () => {
    const k = aiza();
    expect(clean(`{\n  "client": [\n    {\n      "api_key": [\n        {\n          "current_key": "${k}"\n        }\n      ]\n    }\n  ]\n}`)).toEqual([]);
    expect(clean(`<key>API_KEY</key>\n<string>${k}</string>\n<key>GCM_SENDER_ID</key>\n<string>${str(DIG, 12)}</string>\n<key>GOOGLE_APP_ID</key>`)).toEqual([]);
    expect(found(`worker env: GOOGLE_MAPS_SERVER_KEY=${k} region=eu`, k)).toBe(true);
  });

  it("does not report Apple's appAccountToken, but still reports an account token under another name", () => {
    expect(clean(`{"transactionId":"${str(DIG, 15)}","appAccountToken":"${uuid()}","environment":"Production"}`)).toEqual([]);
    expect(clean(`app_account_token=${uuid()} product=pro_monthly`)).toEqual([]);
    const t = mix(40);
    expect(found(`{"accountToken":"${t}","environment":"Production"}`, t)).toBe(true);
  });

  it("does not report a HAR entry's serverIPAddress, but reports a client's address in the same file", () => {
    expect(clean(`{"response":{"status":200},"serverIPAddress": "${publicIp()}","connection":"443"}`)).toEqual([]);
    const ip = publicIp();
    expect(found(`{"request":{"headers":[{"name":"x-forwarded-for","value":"${ip}"}]},"serverIPAddress":"${publicIp()}"}`, ip)).toBe(true);
  });
});

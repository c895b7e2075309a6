import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, aba, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r83 (blind set 83: cloud platforms' own logs and audit trails): account / routing pairs under an account key,
 * Terraform random_password results, Cloudflare token values in state, `geb=` birth dates, codes in verification links,
 * Checkout Session ids; names as AWS SSO role session names, under user headers, under Azure caller claims and before a
 * street address — in contexts other than the set's; beside them the look-alikes that stay clean (Google health checkers,
 * a request's serverIp, Firebase web-config keys, a cache key in a JSON-escaped build log).
 */
const { found, clean } = everydayProbe();
const acct = (): string => `${randomInt(9) + 1}${str(DIG, 9)}`;

describe('round r83: leaks in cloud platforms\' own logs', () => {
  it('finds an account and its routing number under an account key, not an order and its invoice', () => {
    const a = acct();
    const r = aba();
    const line = `render: env at boot\n  REFUND_SETTLEMENT_ACCOUNT = ${a} / ${r}\n  NODE_ENV = production`;
    expect(found(line, a)).toBe(true);
    expect(found(line, r)).toBe(true);
    expect(clean(`orders: ORDER_ID = ${acct()} / page 2`)).toEqual([]);
  });

  it('finds a random_password result in a plan note and in state, not a sensitive marker', () => {
    const p = `${mix(12)}!${str(DIG, 3)}`;
    expect(found(`tofu plan debug:\n  # random_password.queue_auth: result = "${p}"`, p)).toBe(true);
    const q = mix(24);
    expect(found(`{"type":"random_password","name":"db","instances":[{"attributes":{"id":"none","length":24,"result":"${q}","special":true}}]}`, q)).toBe(true);
    expect(clean(`  + resource "random_password" "db" {\n      + result = (sensitive value)\n    }`)).toEqual([]);
  });

  it('finds a Cloudflare token value in Terraform state, not its id', () => {
    const t = `${mix(21)}-${mix(18)}`;
    expect(found(`state pull: {"type":"cloudflare_api_token","instances":[{"attributes":{"id":"${str(HEX, 32)}","value":"${t}"}}]}`, t)).toBe(true);
    expect(clean(`{"type":"cloudflare_api_token","instances":[{"attributes":{"id":"${str(HEX, 32)}","status":"active"}}]}`)).toEqual([]);
  });

  it('finds a birth date under geb or gebdat, not a build date', () => {
    const d = `${1950 + randomInt(45)}-0${randomInt(9) + 1}-2${randomInt(8)}`;
    expect(found(`kasse: kunde=4471 gebdat=${d} tarif=basis`, d)).toBe(true);
    expect(clean(`release: build=2026-03-14 version=4.2.1`)).toEqual([]);
  });

  it('finds a code in a verification link, not a status code', () => {
    const c = `${randomInt(9) + 1}${str(DIG, 5)}`;
    expect(found(`nginx: "GET /email/verify?uid=991&code=${c} HTTP/1.1" 302`, c)).toBe(true);
    expect(clean(`nginx: "GET /search?q=boots&code=200 HTTP/1.1" 200`)).toEqual([]);
  });

  it('finds a Checkout Session id, not a test-mode session', () => {
    const s = `cs_live_${mix(58)}`;
    expect(found(`webhook: checkout.session.completed id=${s}`, s)).toBe(true);
  });

  it('finds a person as an SSO role session name, not a CI session', () => {
    const n = `${given().toLowerCase()}.${family().toLowerCase()}`;
    expect(found(`access denied for arn:aws:sts::210987654321:assumed-role/AWSReservedSSO_PowerUser_${str(HEX, 16)}/${n} on s3:GetObject`, n)).toBe(true);
    expect(clean(`access denied for arn:aws:sts::210987654321:assumed-role/deploy/github.actions on s3:GetObject`)).toEqual([]);
    expect(clean(`"principalId":"AROA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:botocore-session-1700000000"`)).toEqual([]);
  });

  it('finds a name under a user header and under caller claims, not a service account', () => {
    const n = person();
    expect(found(`proxy dump: X-Forwarded-User: ${n}\nX-Request-Id: ${str(HEX, 16)}`, n)).toBe(true);
    const m = person();
    expect(found(`{"caller":"x","claims":{"aud":"https://management.core.windows.net/","name":"${m}","ipaddr":"10.1.2.3"}}`, m)).toBe(true);
    expect(clean(`X-Remote-User: Deploy Robot`)).toEqual([]);
  });

  it('finds a name before a street address in one value', () => {
    const n = person();
    expect(found(`billing.yaml: remit_to: "${n}, ${randomInt(200) + 2} Quay Street, Auckland 1010"`, n)).toBe(true);
  });

  it('leaves Google health checkers, server addresses, web-config keys and cache keys alone', () => {
    expect(clean(`{"httpRequest":{"remoteIp":"130.211.${randomInt(4)}.${randomInt(250) + 1}","userAgent":"GoogleHC/1.0","requestUrl":"/livez"}}`)).toEqual([]);
    expect(clean(`gce lb: backend=web-1 serverIp=142.250.${randomInt(250)}.${randomInt(250) + 1} status=200`)).toEqual([]);
    expect(clean(`functions: init client; apiKey AIzaSy${str(B62 + '_-', 33)} from web config`)).toEqual([]);
    expect(clean(`{"msg":"restore cache key ${str(HEX, 40)}\\n2026-03-02T10:00:00Z done"}`)).toEqual([]);
    expect(clean(`lowercase words ${str(LO, 8)}`)).toEqual([]);
  });
});

import { createHmac } from 'node:crypto';
import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { B62, HEX, UPPER, rng } from './sample-rng';

/**
 * Round f25a (blind set 25's false alarms, fixed as classes): values that are placeholders once
 * decoded, documentation phones behind percent escapes, message signatures and MACs, unsigned JWTs,
 * non-session cookies, an order's own tokens. Each in contexts other than the set's, with the close
 * positives beside them that must stay found.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(Number(process.env['F25A_SEED'] ?? 251));
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const varName = (): string => `${r.pick(['DB', 'APP', 'SVC', 'STRIPE', 'REDIS'])}_${r.pick(['PASSWORD', 'TOKEN', 'SECRET', 'API_KEY'])}${r.int(0, 1) ? '' : `_${r.str(UPPER, 3)}`}`;
const secret = (n = 24): string => r.str(B62, n - 2) + r.int(10, 99);

describe('round f25a: a value is judged after one layer of encoding by the placeholder rules', () => {
  it('leaves percent-encoded env references in queries and form bodies alone', () => {
    for (let i = 0; i < 4; i++) {
      const ref = encodeURIComponent(r.pick([`\${${varName()}}`, `{{ ${varName().toLowerCase()} }}`, `<${varName().toLowerCase()}>`]));
      for (const text of [
        `POST https://login.example.com/oauth2/token?grant_type=client_credentials&client_secret=${ref}&scope=api`,
        `curl -d 'username=svc&password=${ref}&grant_type=password' https://idp.example.net/token`,
        `GET /v1/export?api_key=${ref}&format=csv 401`,
      ]) expect(leaks(text), text).toEqual([]);
    }
  });

  it('still finds a percent-encoded real secret under the same keys', () => {
    for (let i = 0; i < 4; i++) {
      const v = encodeURIComponent(`${secret(12)}$${secret(10)}`);
      expect(found(`POST https://login.example.com/oauth2/token?client_secret=${v}&scope=api`, v)).toBe(true);
    }
  });

  it('leaves base64 of a placeholder alone in Secret data, docker auths and env dumps', () => {
    for (let i = 0; i < 4; i++) {
      const pw = b64(`\${${varName()}}`);
      const auth = b64(`${r.pick(['ci', 'deploy', 'acmebot'])}${r.int(1, 99)}:\${${varName()}}`);
      expect(leaks(`{"apiVersion":"v1","kind":"Secret","data":{"DB_PASSWORD":"${pw}","HOST":"${b64('db.svc')}"}}`)).toEqual([]);
      expect(leaks(`data:\n  password: ${pw}\n  username: ${b64('app')}`)).toEqual([]);
      expect(leaks(`echo '{"auths":{"ghcr.io":{"auth":"${auth}"}}}' > ~/.docker/config.json`)).toEqual([]);
    }
  });

  it('still finds base64 of a real password or a user:token pair', () => {
    for (let i = 0; i < 4; i++) {
      const pw = b64(secret(20));
      expect(found(`{"kind":"Secret","data":{"DB_PASSWORD":"${pw}"}}`, pw)).toBe(true);
      const auth = b64(`deploy:${secret(36)}`);
      expect(found(`{"auths":{"ghcr.io":{"auth":"${auth}"}}}`, auth)).toBe(true);
    }
  });

  it('reads $(VAR), Kubernetes env expansion, as a reference in URIs and assignments', () => {
    for (let i = 0; i < 3; i++) {
      const ref = `$(${varName()})`;
      for (const text of [
        `DATABASE_URL:  postgres://orders:${ref}@orders-db.svc:5432/orders`,
        `- name: REDIS_URL\n  value: redis://:${ref}@redis:6379/0`,
        `password=${ref}`,
      ]) expect(leaks(text), text).toEqual([]);
    }
    const real = `${secret(14)}`;
    expect(found(`postgres://orders:${real}@orders-db.svc:5432/orders`, real)).toBe(true);
  });
});

describe('round f25a: documentation phones, signatures, unsigned tokens, cookies, order tokens', () => {
  it('reports 555-01xx numbers behind percent escapes as example data, real ones as leaks', () => {
    for (let i = 0; i < 4; i++) {
      const doc = `%2B1+${r.int(201, 989)}+555+01${r.int(0, 9)}${r.int(0, 9)}`;
      for (const text of [`To=${doc}&From=%2B15005550006&Body=hi`, `phone=${doc}&name=x`, `GET /lookup?number=${doc} 404`]) expect(leaks(text), text).toEqual([]);
      const real = `%2B44+7${r.int(100, 999)}+${r.int(100000, 999999)}`;
      expect(found(`To=${real}&Body=hi`, real)).toBe(true);
    }
  });

  it('leaves webhook HMACs and asymmetric signatures alone', () => {
    for (let i = 0; i < 4; i++) {
      const mac = createHmac('sha256', randomBytes(16)).update(String(i)).digest();
      const sig = randomBytes(r.pick([64, 72, 128, 256])).toString('base64');
      for (const text of [
        `X-Shopify-Hmac-Sha256: ${mac.toString('base64')}`,
        `GET /auth/callback?timestamp=${1764900000 + i}&hmac=${mac.toString('hex')}&shop=acme.myshopify.com`,
        `{"additionalData":{"hmacSignature":"${mac.toString('base64')}","authCode":"12345"}}`,
        `X-Twilio-Email-Event-Webhook-Signature: ${sig}`,
        `Plaid-Verification-Signature: ${sig}`,
      ]) expect(leaks(text), text).toEqual([]);
    }
    // The signing secret itself stays found.
    const key = secret(32);
    expect(found(`SHOPIFY_WEBHOOK_SECRET=${key}`, key)).toBe(true);
    expect(found(`{"hmacKey":"${key}"}`, key)).toBe(true);
  });

  it('leaves unsigned JWTs alone and finds signed ones', () => {
    const enc = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    for (let i = 0; i < 4; i++) {
      const claims = enc({ sub: `u${r.int(1000, 9999)}`, aud: 'app', iat: 1764900000 + i });
      const unsigned = `${enc({ alg: 'none', typ: r.pick(['JWT', 'at+jwt']) })}.${claims}.`;
      for (const text of [`id_token (debug copy): ${unsigned}`, `{"token":"${unsigned}"}`, `Authorization: Bearer ${unsigned}`]) expect(leaks(text), text).toEqual([]);
      const signed = `${enc({ alg: 'HS256', typ: 'JWT' })}.${claims}.${randomBytes(32).toString('base64url')}`;
      expect(found(`id_token: ${signed}`, signed)).toBe(true);
    }
  });

  it('leaves analytics and preference cookies alone, finds a session cookie beside them', () => {
    for (let i = 0; i < 4; i++) {
      const id = `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
      for (const text of [
        `Cookie: ajs_user_id=${id}; ajs_anonymous_id=${id}; theme=dark; locale=de-DE`,
        `Set-Cookie: last_seen_release=${r.str(HEX, 12)}; Path=/; Max-Age=31536000`,
        `Set-Cookie: feature_flags=${b64(JSON.stringify({ newNav: true, beta: i % 2 === 0 }))}; path=/`,
      ]) expect(leaks(text), text).toEqual([]);
      const sess = r.str(B62, 40);
      expect(found(`Cookie: ajs_anonymous_id=${id}; app_session=${sess}`, sess)).toBe(true);
    }
  });

  it("leaves an order's own tokens alone, finds an access token beside them", () => {
    for (let i = 0; i < 4; i++) {
      const t = r.str(HEX, 32);
      const c = r.str(HEX, 32);
      expect(leaks(`body: {"id":${r.int(1e9, 9e9)},"order_number":${r.int(1000, 99999)},"token":"${t}","checkout_token":"${c}"}`)).toEqual([]);
      expect(leaks(`{"cart_token":"${c}","line_items":[]}`)).toEqual([]);
      expect(found(`{"shop":"acme","token":"${t}"}`, t)).toBe(true);
    }
  });
});

import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, isPlaceholder, secretKeyKind } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** A random base62 secret with a digit in it. */
const secret = (n = 32): string => [...randomBytes(n - 1)].map((b) => B62[b % 62]).join('') + String(randomBytes(1)[0]! % 10);

/** True when the leak findings of `text` cover all of `value`. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).some((f) => isLeak(f) && f.start <= at && f.end >= at + value.length);
}
const leaks = (text: string): string[] => scanner.scan(text).filter(isLeak).map((f) => `${f.detector}:${text.slice(f.start, f.end)}`);

describe('secret values in declaration, Makefile, backtick and CSV forms', () => {
  it('finds the value whole in Go, Kotlin and Rust declarations, backticks, :::= and CSV cells', () => {
    for (let i = 0; i < 5; i++) {
      const v = secret();
      const texts = [
        `var ingestToken string = "${v}"`,
        `val clientSecret: String = "${v}"`,
        `let db_password: &str = "${v}";`,
        `apiToken := \`${v}\``,
        `DEPLOY_TOKEN :::= "${v}"`,
        `service,api_token,${v},2026-09-30`,
        `{"config":"var ingestToken string = \\"${v}\\""}`,
      ];
      for (const t of texts) expect({ t, ok: covered(t, v) }).toEqual({ t, ok: true });
    }
  });

  it('no alarm on shell command substitution, non-secret keys, counts and placeholders', () => {
    expect(leaks('-e SUMO_ACCESS_KEY=`etcdctl get /sumologic_secret`')).toEqual([]);
    expect(leaks('var tokenCount int = 5; var tokenizer string = "whitespace"')).toEqual([]);
    expect(leaks(`pageToken,${secret(24)},next`)).toEqual([]);
    expect(leaks('var apiToken string = "${API_TOKEN}"')).toEqual([]);
  });
});

describe('secret values on the line after their key', () => {
  it('YAML block scalars (| and >-) and XML elements with the value on its own line', () => {
    for (let i = 0; i < 5; i++) {
      const v = secret(40);
      for (const t of [`auth:\n  api_token: |\n    ${v}\n  region: eu`, `db_password: >-\n  ${v}`, `<Settings>\n  <ClientSecret>\n    ${v}\n  </ClientSecret>\n</Settings>`]) {
        expect({ t, ok: covered(t, v) }).toEqual({ t, ok: true });
      }
    }
  });

  it('no alarm on block scalars and elements under keys that hold no secret', () => {
    expect(leaks(`description: |\n  Rotate ${secret(20)} monthly`)).toEqual([]);
    expect(leaks(`<PublicToken>\n  ${secret(40)}\n</PublicToken>`)).toEqual([]);
    expect(leaks('<ApiToken>\n  ${API_TOKEN}\n</ApiToken>')).toEqual([]);
  });
});

describe('key names and values', () => {
  it('pagination, CSRF and public tokens are not secrets; JWT libraries are not tokens', () => {
    for (const k of ['nextToken', 'NextPageToken', 'continuation_token', 'csrf-token', 'publicToken', 'publishable_key', 'io.jsonwebtoken']) expect({ k, kind: secretKeyKind(k) }).toEqual({ k, kind: null });
    for (const k of ['accessToken', 'some_api_token_123', 'mySecretString', 'CLIENT_SECRET']) expect({ k, kind: secretKeyKind(k) }).toEqual({ k, kind: 'secret' });
    expect(leaks(`{"NextToken":"${secret(44)}","Items":[]}`)).toEqual([]);
  });

  it('numeric secrets of 16+ digits under secret keys; short numbers stay ids', () => {
    const n = [...randomBytes(18)].map((b) => String(b % 10)).join('');
    expect(covered(`discord_token=${n}`, n)).toBe(true);
    expect(leaks('session_token=12345 retry_token=4096')).toEqual([]);
  });

  it('placeholders: SOPS-encrypted, cut-short and separator-padded values', () => {
    for (const v of ['ENC[AES256_GCM,data:O+5l4g==,iv:abc=,type:str]', 'ops_eyJzaWduSW5B..', '0000000000000000_0000000000000000', '111111111111=']) expect({ v, p: isPlaceholder(v) }).toEqual({ v, p: true });
    expect(isPlaceholder(secret())).toBe(false);
    expect(leaks('    db-password: ENC[AES256_GCM,data:O+5l4g==,iv:c/dS4BCBMbnKsXYuzBuCuVQt8RV9bOv5HgdpL+iwmns=,type:str]')).toEqual([]);
  });

  it('NuGet and .NET <add key="…" value="…"/> settings', () => {
    const p = `${secret(12)}!`;
    expect(covered(`<add key="ClearTextPassword" value="${p}" />`, p)).toBe(true);
    expect(leaks('<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />')).toEqual([]);
  });

  it('curl credentials on a continuation line and with an empty user name', () => {
    const p = secret(16);
    expect(covered(`curl -k -X POST https://infinispan:11222/rest \\\n  -H 'Content-type: text/plain' \\\n  -u developer:${p}`, p)).toBe(true);
    expect(covered(`curl -u ":${p}" https://localhost:9200`, p)).toBe(true);
    expect(leaks('curl -u <user:password> https://test.com/endpoint; curl --user user:pass --digest')).toEqual([]);
  });
});

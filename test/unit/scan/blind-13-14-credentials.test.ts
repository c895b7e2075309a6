import { createHash, randomUUID } from 'node:crypto';
import { randomBytes, randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { B62, b62, covered, leaks, pick } from '../../helpers/leak-checks';

/** Runs `check` `n` times: each run draws fresh values, in valid formats. */
const times = (n: number, check: () => void): void => {
  for (let i = 0; i < n; i++) check();
};
const HEX = '0123456789abcdef';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const hex = (n: number): string => pick(HEX, n - 2) + pick('123456789', 1) + pick('abcdef', 1);
/** Mixed-case letters only, as Vonage prints API secrets (no digit one time in twenty). */
const letters = (n: number): string => pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 3) + pick('abcdefghijkmnpqrstuvwxyz', 3) + pick(B62.slice(0, 52), n - 6);

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Base58Check of `payload` (Bitcoin's alphabet, double-SHA-256 checksum). */
function base58check(payload: Buffer): string {
  const sum = createHash('sha256').update(createHash('sha256').update(payload).digest()).digest();
  const bytes = Buffer.concat([payload, sum.subarray(0, 4)]);
  let n = BigInt('0x' + bytes.toString('hex'));
  let out = '';
  while (n > 0n) {
    out = ALPHABET[Number(n % 58n)]! + out;
    n /= 58n;
  }
  for (const b of bytes) {
    if (b !== 0) break;
    out = '1' + out;
  }
  return out;
}
/** A WIF private key: mainnet or testnet, compressed or not. */
const wif = (): string => {
  const version = Buffer.from([randomInt(0, 2) === 0 ? 0x80 : 0xef]);
  const compressed = randomInt(0, 2) === 0 ? Buffer.from([1]) : Buffer.alloc(0);
  return base58check(Buffer.concat([version, randomBytes(32), compressed]));
};

describe('webhook URLs that are credentials by themselves: the whole URL (blind set 14)', () => {
  it('covers Zapier, Make, IFTTT, Pipedream, n8n and Discord hook URLs in logs, JSON and env lines', () => {
    times(10, () => {
      const urls = [
        `https://hooks.zapier.com/hooks/catch/${randomInt(100000, 99999999)}/${pick(LOWER + '0123456789', 6)}${randomInt(0, 10)}/`,
        `https://hook.${['eu1', 'us1', 'eu2'][randomInt(0, 3)]!}.make.com/${pick(LOWER + '0123456789', 31)}${randomInt(0, 10)}`,
        `https://maker.ifttt.com/trigger/door_open/with/key/${b62(22)}`,
        `https://eo${pick(LOWER + '0123456789', 14)}${randomInt(0, 10)}.m.pipedream.net`,
        `https://n8n.acme.io/webhook/${randomUUID()}`,
        `https://discord.com/api/webhooks/${randomInt(100000000, 999999999)}${randomInt(100000000, 999999999)}/${b62(68)}`,
      ];
      for (const u of urls) {
        for (const t of [`POST ${u}\nResponse 410 Gone`, `{"webhook_url":"${u}","enabled":true}`, `ALERT_HOOK=${u}`, `Zap step failed: ${u} (retry 2/3)`]) {
          expect(covered(t, u), t).toBe(true);
        }
      }
    });
  });

  it('leaves documentation and public URLs of the same services alone', () => {
    expect(leaks('docs: https://zapier.com/apps/webhook/integrations and https://www.make.com/en/help/tools/webhooks')).toEqual([]);
    expect(leaks('see https://discord.com/developers/docs/resources/webhook and https://ifttt.com/maker_webhooks')).toEqual([]);
    expect(leaks('n8n listening at https://n8n.acme.io/webhook/orders-created (path set by the workflow)')).toEqual([]);
  });
});

describe('opaque Basic tokens and prefixed vendor keys (blind sets 13 and 14)', () => {
  it('covers a Basic value that decodes to a token, not user:pass, in curl, wire logs and JSON', () => {
    times(10, () => {
      const t = Buffer.from(randomUUID()).toString('base64');
      for (const s of [
        `+ curl --header "Authorization: Basic ${t}" https://onesignal.com/api/v1/notifications`,
        `> Authorization: Basic ${t}\n> Content-Type: application/json`,
        `{"headers":{"Authorization":"Basic ${t}"}}`,
        `Request headers: {Authorization=[Basic ${t}], Accept=[*/*]}`,
      ]) expect(covered(s, t), s).toBe(true);
    });
  });

  it('does not take prose or short words after Basic for a token', () => {
    expect(leaks('The API uses Basic Authentication with your account key; see the docs')).toEqual([]);
    expect(leaks('auth scheme: Basic realm="Restricted", charset="UTF-8"')).toEqual([]);
  });

  it('covers OneSignal v2 keys and Mollie live_/test_ keys in any context', () => {
    times(10, () => {
      const o = `os_v2_${['app', 'org'][randomInt(0, 2)]!}_${pick('abcdefghijklmnopqrstuvwxyz234567', 112)}${randomInt(2, 8)}`;
      const m = `${['live', 'test'][randomInt(0, 2)]!}_${b62(30)}`;
      for (const k of [o, m]) {
        for (const t of [
          `[2026-12-04 10:11:12] production.ERROR: API call failed (key ${k}) {"exception":"[object] (ApiException(code: 401))"}`,
          `{"config":{"services.key":"${k}"}}`,
          `java.lang.IllegalStateException: bad key ${k}`,
          `$client->setApiKey('${k}');`,
        ]) expect(covered(t, k), t).toBe(true);
      }
    });
  });

  it('leaves Mollie ids and words after live_/test_ alone', () => {
    expect(leaks(`{"resource":"payment","id":"tr_${b62(10)}","mode":"live"} test_suite_passed live_reload_enabled`)).toEqual([]);
    expect(leaks('pytest: test_payment_refund_with_partial_amount_ok PASSED')).toEqual([]);
  });
});

describe('secrets passed to calls: RPC positional passwords and named arguments', () => {
  it('covers the password argument of execute_kw and authenticate in tracebacks and source', () => {
    times(10, () => {
      const k = hex(40);
      for (const t of [
        `Traceback (most recent call last):\n    models.execute_kw(DB, UID, '${k}', 'account.move', 'create', [vals])\nxmlrpc.client.Fault: <Fault 2: 'Access Denied'>`,
        `models.execute_kw('acme-prod', ${randomInt(2, 90)}, "${k}", 'res.partner', 'search_read', [[]])`,
        `uid = common.authenticate('acme', 'admin@acme.io', '${k}', {})`,
        `$uid = $common->authenticate("acme", "api-user", "${k}", array());`,
        `{"jsonrpc":"2.0","method":"call","params":{"service":"object","method":"execute_kw","args":["acme",2,"${k}","res.partner","search",[]]}}`,
        `Object ids = models.execute("execute_kw", Arrays.asList(db, uid, "${k}", "res.partner", "search", emptyList()));`,
      ]) expect(covered(t, k), t).toBe(true);
    });
  });

  it('covers secrets in PHP 8, Kotlin, Swift, C# and Python named arguments', () => {
    times(10, () => {
      const s = randomInt(0, 2) === 0 ? letters(16) : b62(24);
      for (const t of [
        `Vonage\\Client\\Exception\\Request: Bad Credentials\nnew Basic(key: '${hex(8)}', secret: '${s}')`,
        `val client = VonageClient.builder().build(apiKey = "${hex(8)}", apiSecret = "${s}")`,
        `let client = Client(apiKey: "${hex(8)}", secret: "${s}")`,
        `var creds = new Credentials(key: "${hex(8)}", password: "${s}");`,
        `client = vonage.Client(key="${hex(8)}", secret="${s}")`,
        `VonageClient.builder().apiKey("${hex(8)}").apiSecret("${s}").build();`,
        `$client->setApiSecret('${s}');`,
        `$basic = new \\Vonage\\Client\\Credentials\\Basic('${hex(8)}', '${s}');`,
        `var cred = new NetworkCredential("svc-reports", "${s}");`,
      ]) expect(covered(t, s), t).toBe(true);
    });
  });

  it('leaves identifiers, references and placeholders as named arguments alone', () => {
    expect(leaks('new Basic(key: getenv("VONAGE_KEY"), secret: $secretName)')).toEqual([]);
    expect(leaks('Client(apiKey: "myApiKeyValue", secret: "clientSecretName")')).toEqual([]);
    expect(leaks('client = Client(token="${API_TOKEN}", password="changeme")')).toEqual([]);
    expect(leaks("models.execute_kw(db, uid, password, 'res.partner', 'read', [ids])")).toEqual([]);
    expect(leaks('logger.info(obj.getToken()); cache.setToken(tokenValue); builder.password(pwd); new Basic(\'Authentication\', \'required\')')).toEqual([]);
  });
});

describe('keys as the user of a URL with a dummy password; header maps; WIF keys', () => {
  it('covers BambooHR, Freshdesk, Teamwork and Chargebee style URL users', () => {
    times(10, () => {
      const k = [hex(40), b62(20), `live_${b62(32)}`][randomInt(0, 3)]!;
      for (const t of [
        `WARNING hr_sync: retrying GET https://${k}:x@api.bamboohr.com/api/gateway.php/acme/v1/employees/directory`,
        `GET https://${k}:X@acme.freshdesk.com/api/v2/tickets -> 401`,
        `url: "https://${k}:@acme.chargebee.com/api/v2/subscriptions"`,
        `TEAMWORK_URL=https://${k}:xxx@acme.teamwork.com/projects.json`,
      ]) expect(covered(t, k), t).toBe(true);
    });
  });

  it('leaves a user name with a dummy password alone', () => {
    expect(leaks('git clone https://deploy-bot:x@git.acme.io/acme/app.git')).toEqual([]);
    expect(leaks('ftp://anonymous:@ftp.acme.io/pub/')).toEqual([]);
  });

  it('covers key headers in Java/Kotlin header maps, Spring HttpHeaders and .NET dumps', () => {
    times(10, () => {
      const k = b62(32);
      for (const name of ['dhl-api-key', 'X-Api-Key', 'Ocp-Apim-Subscription-Key', 'x-auth-token', 'apikey']) {
        for (const t of [
          `Request headers: {Accept=[application/json], ${name}=[${k}], Content-Type=[application/json]}`,
          `HttpHeaders: [Accept:"application/json", ${name}:"${k}"]`,
          `headers: {Content-Type=[application/json], ${name}=[${k}]}`,
          `req.Header: map[Accept:[application/json] ${name}:[${k}] User-Agent:[Go-http-client/1.1]]`,
        ]) expect(covered(t, k), t).toBe(true);
      }
    });
  });

  it('leaves non-key headers in the same maps alone', () => {
    expect(leaks(`Request headers: {Accept=[application/json], X-Request-Id=[${randomUUID()}], Content-Type=[application/json], traceparent=[00-${hex(32)}-${hex(16)}-01]}`)).toEqual([]);
    expect(leaks('{cache-key=[orders_by_customer_v2], x-token-type=[Bearer]}')).toEqual([]);
  });

  it('covers Bitcoin WIF private keys where a key or wallet is named; rejects a broken checksum', () => {
    times(10, () => {
      const w = wif();
      for (const t of [`env: NETWORK=mainnet HOT_WALLET_WIF=${w} RPC_URL=http://bitcoind:8332`, `bitcoin-cli importprivkey "${w}" "sweep" false`, `{"signer":{"private_key":"${w}"}}`]) {
        expect(covered(t, w), t).toBe(true);
      }
      const broken = w.slice(0, -1) + (w.endsWith('2') ? '3' : '2');
      expect(leaks(`HOT_WALLET_WIF=${broken}`)).toEqual([]);
    });
  });
});

describe('credential false alarms as classes: public Mapbox tokens, worded placeholders, slot runs', () => {
  it('reports a Mapbox pk. token as public wherever it sits, also with short claims', () => {
    times(10, () => {
      const pk = `pk.eyJ1IjoiYWNtZSIsImEiOiJ${b62(20)}In0.${pick(B62 + '-_', 21)}A`;
      expect(leaks(`style loaded: https://api.mapbox.com/styles/v1/acme/${pick(LOWER, 25)}?access_token=${pk}`)).toEqual([]);
      expect(leaks(`mapboxgl.accessToken = '${pk}';`)).toEqual([]);
    });
  });

  it('rejects tokens written in placeholder words after a vendor prefix', () => {
    for (const t of [
      'curl -H "Authorization: Bearer xoxb-not-a-real-token-this-will-not-work" https://slack.com/api/auth.test',
      'SLACK_BOT_TOKEN=xoxb-your-bot-token-here',
      'Authorization: Bearer sk-your-api-key-here',
      'GITHUB_TOKEN=ghp_replace_with_your_token',
      'Example: Authorization: Bearer xoxp-your-user-token-goes-here',
    ]) expect(leaks(t), t).toEqual([]);
  });

  it('rejects slot runs of x, X, 0 and * in prefixed bodies, test keys included', () => {
    for (const t of [
      `curl -u "sk_test_${'x'.repeat(24)}:" https://api.acme.io/v1/charges`,
      `STRIPE_KEY=sk_live_${'X'.repeat(24)}`,
      `token: ghp_${'0'.repeat(36)}`,
      `MOLLIE_KEY=test_${'x'.repeat(30)}`,
      `key=rk_test_51H${'*'.repeat(24)}`,
    ]) expect(leaks(t), t).toEqual([]);
  });

  it('still finds real keys whose bodies hold a short x run or a word', () => {
    times(10, () => {
      const k = `sk_test_${b62(10)}xxXX${b62(10)}`;
      expect(covered(`curl -u "${k}:" https://api.stripe.com/v1/charges`, k)).toBe(true);
      const s = `xoxb-${randomInt(1e9, 9e9)}-${randomInt(1e9, 9e9)}-${b62(24)}`;
      expect(covered(`Authorization: Bearer ${s}`, s)).toBe(true);
    });
  });
});

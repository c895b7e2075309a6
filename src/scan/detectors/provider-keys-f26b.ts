import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';
import { shannonEntropy } from '../validators';

/**
 * Round f26b (blind set 26): commerce providers' secrets under names the secret-assignment family does not
 * read as secrets (Paytm's merchant key, PayU's salt, Flutterwave's secret hash, NetSuite's token id), and
 * config dumps in forms it does not read (Symfony's env-var table, PHP and JSON `crypt` → `key` arrays).
 */

/** Characters of a Paytm merchant key: letters, digits and the symbols Paytm's generator uses. */
const PAYTM_CHARS = String.raw`A-Za-z0-9#%&@!_$^*`;

/** True when `v` reads as generated: two or more character classes and no long run of one class's order. */
function generated(v: string, minEntropy: number): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(v)).length;
  return classes >= 2 && shannonEntropy(v) >= minEntropy && !/(.)\1{3}/.test(v);
}

export const PROVIDER_KEY_F26B_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'paytm-merchant-key',
    name: 'Paytm merchant key',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['merchantkey', 'merchant_key', 'merchant-key', 'merchant.key'],
    // `merchantKey=1#NeKsQPW&P@HQgZ` (Paytm's checksum utility), `'PAYTM_MERCHANT_KEY': 'pTSbeq_hmEJiIv_G'`: 16 characters,
    // symbols included (`&` too, so a form's next field is told by its `name=`).
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9])(?:paytm[_.-]?)?merchant[_.-]?key["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>[${PAYTM_CHARS}]{16})(?=$|[\s"',;}\])]|&[A-Za-z_]{1,30}=)`, 'i'),
    mask: 'full',
    validate: (v) => generated(v, 3),
    remediation: 'Regenerate the Paytm merchant key in the Paytm dashboard and stop logging checksum inputs',
  }),
  defineDetector({
    id: 'payu-merchant-salt',
    name: 'PayU merchant salt',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['merchant_salt', 'merchantsalt', 'merchant-salt', 'merchant.salt', 'payu_salt', 'payusalt', 'payu.salt'],
    // `PAYU_MERCHANT_SALT='WTYugxnrZa9nsfVsPTg3bOGn7w60Mvu3'`, `payu.salt=…`: the secret PayU's request and response hashes are keyed with.
    pattern: /(?<![A-Za-z0-9])(?:payu[_.-]?(?:merchant[_.-]?)?salt|merchant[_.-]?salt)(?:[_.-]?v?[12])?["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>[A-Za-z0-9+/_-]{16,64})(?![A-Za-z0-9+/_-])/i,
    mask: 'full',
    validate: (v) => generated(v, 3.2),
    remediation: 'Rotate the PayU salt in the PayU dashboard and stop logging hash inputs',
  }),
  defineDetector({
    id: 'flutterwave-secret-hash',
    name: 'Flutterwave webhook secret hash',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['flw_secret_hash', 'flwsecrethash', 'flutterwave_secret_hash', 'verif-hash'],
    // `"FLW_SECRET_HASH":"OFc8_yrb3YJZIRlxN8"`, a webhook's `verif-hash: …` header: the merchant's chosen webhook secret.
    pattern: /(?<![A-Za-z0-9])(?:(?:flw|flutterwave)[_.-]?secret[_.-]?hash|verif-hash)["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>[^\s"',;}]{8,128})/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Change the Flutterwave webhook secret hash in the dashboard and stop logging it',
  }),
  defineDetector({
    id: 'api-key-as-username',
    name: 'API key sent as the Basic username (password `X`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.8,
    // Or an empty password: Lever's and Greenhouse's keys as httpx/requests `BasicAuth(username='<key>', password='')`.
    keywords: ["password: 'x'", 'password: "x"', 'password":"x"', "password':'x'", "password:'x'", 'password:"x"', "password=''", 'password=""', "password: ''", 'password: ""', 'password":""', "password':''"],
    // Freshdesk (and Harvest-style) clients: `auth: { username: '<api key>', password: 'X' }`, the key as the user, `X` as the password.
    pattern: /(?<![A-Za-z0-9])user(?:name)?["']?\s{0,2}[:=]\s{0,2}["'](?<v>[A-Za-z0-9_-]{16,64})["']\s{0,2},\s{0,2}["']?password["']?\s{0,2}[:=]\s{0,2}["'][Xx]?["']/,
    mask: 'prefix',
    validate: (v) => generated(v, 3.2),
    remediation: 'Reset this API key in the provider\'s profile settings and stop logging client options',
  }),
  defineDetector({
    id: 'oauth1-token-id',
    name: 'OAuth 1.0 token id (beside its secret)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.75,
    keywords: ['tokenid', 'token_id'],
    // NetSuite TBA `{ consumerKey: '…', tokenId: '<64 hex>', tokenSecret: '…' }`: the token's id is half of the signing credential.
    pattern: /(?<![A-Za-z0-9])token_?id["']?\s{0,2}(?::|=>|=)\s{0,2}["']?(?<v>[0-9a-f]{32,128})(?![0-9a-z])/i,
    mask: 'prefix',
    validate: (v, ctx) => shannonEntropy(v) >= 3 && /token_?secret|consumer_?(?:key|secret)/i.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.start + v.length + 300)),
    remediation: 'Revoke this access token (and its secret) at the provider and issue a new one',
  }),
  defineDetector({
    id: 'env-var-table-secret',
    name: 'Secret in an environment-variable table',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.75,
    keywords: ['n/a  "', '"  "'],
    // Symfony `bin/console debug:container --env-vars`: `  IYZICO_SECRET_KEY   n/a  "ae6LG6qQ…"` (name, default, real value).
    pattern: /^[ \t]{0,4}(?<k>[A-Z][A-Z0-9_]{2,80})[ \t]{2,60}(?:n\/a|"[^"\n]{0,200}")[ \t]{1,4}"(?<v>[^"\n]{8,400})"/m,
    mask: 'prefix',
    validate: (v, ctx) => {
      const kind = secretKeyKind(ctx.key ?? '');
      return kind !== null && secretValueOk(kind, v);
    },
    remediation: 'Rotate this secret and keep debug:container output out of the logs',
  }),
  defineDetector({
    id: 'crypt-key-array',
    name: 'Encryption key in a config array',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ["'crypt'", '"crypt"', "'encryption'", '"encryption"', "'cipher'", '"cipher"'],
    // Magento `app/etc/env.php`: `'crypt' => ['key' => 'f70b6030…']`; JSON `"crypt":{"key":"…"}`.
    // Round r38: env.php as Magento writes it, the `'key'` on the line under `'crypt' => [` (a span, and line breaks and indent before `'key'`).
    span: 200,
    pattern: /["'](?:crypt|encryption|cipher)["']\s{0,3}(?:=>|:)\s{0,3}(?:\[|array\s?\(|\{)\s{0,40}["']key["']\s{0,3}(?:=>|:)\s{0,3}["'](?<v>[^"'\s]{16,400})["']/i,
    mask: 'prefix',
    validate: (v) => secretValueOk('secret', v),
    remediation: 'Rotate this encryption key (re-encrypting what it protects) and keep config dumps out of the logs',
  }),
];

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** A run of letters and digits that mixes cases or digits in (a generated key, not a word). */
const mixed = (v: string): boolean => !isLowEntropy(v) && /\d/.test(v) && /[A-Za-z]/.test(v);

/**
 * Vendor keys that have no prefix of their own and are recognised by their partner or their
 * vendor: a Twilio API key's secret beside its `SK…` id, Braze REST keys (UUIDs), SparkPost
 * keys (40 hex), Duo secret keys beside their `DI…` integration key, PuTTY `.ppk` key bodies.
 */
export const VENDOR_PAIR_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'twilio-api-secret',
    name: 'Twilio API key secret (beside its SK key id)',
    category: 'credential',
    severity: 'critical',
    priority: 80,
    shape: 'hex32',
    // `Client.new('SK…', '<secret>', account_sid)`, `twilio('SK…', '<secret>', { accountSid })`, `-u SK…:<secret>`, `SK…:<secret>@api.twilio.com`.
    pattern: /(?<![\w-])SK[0-9a-f]{32}["']?\s{0,3}[,:]\s{0,3}["']?(?<v>[A-Za-z0-9]{32})(?![A-Za-z0-9])/,
    mask: 'full',
    validate: mixed,
    remediation: 'Delete this Twilio API key in the console and create a new one',
  }),
  defineDetector({
    id: 'braze-api-key',
    name: 'Braze REST API key',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['braze'],
    // A UUID after an API-key or bearer word on a line that names Braze (`rest.fra-02.braze.eu`, `BRAZE_REST_API_KEY`).
    pattern: new RegExp(String.raw`(?:api[_ -]?key|bearer|authorization|x-braze-api-key)["']?[\s:=,"']{0,6}(?<v>${UUID})(?![\w-])`, 'i'),
    mask: 'full',
    validate: (_v, ctx) => /braze/i.test(ctx.text),
    remediation: 'Rotate this Braze REST API key in the dashboard (Settings > API Keys)',
  }),
  defineDetector({
    id: 'sparkpost-api-key',
    name: 'SparkPost API key',
    category: 'credential',
    severity: 'high',
    priority: 66,
    keywords: ['sparkpost'],
    // `new SparkPost('<40 hex>')`, `options: { key: '<40 hex>', origin: 'https://api.eu.sparkpost.com' }`, `Authorization: <40 hex>`.
    pattern: /(?:sparkpost\(|(?:api[_-]?)?key|authorization)["']?\s{0,3}[:=(,]?\s{0,3}["']?(?<v>[0-9a-f]{40})(?![0-9a-f])/i,
    mask: 'full',
    validate: (v, ctx) => !isLowEntropy(v) && /sparkpost/i.test(ctx.text),
    remediation: 'Revoke this SparkPost API key and create a new one',
  }),
  defineDetector({
    id: 'duo-secret-key',
    name: 'Duo secret key (skey)',
    category: 'credential',
    severity: 'critical',
    priority: 66,
    keywords: ['skey', 'secret_key', 'secretkey'],
    // The lines around it too: login_duo.conf / pam_duo.conf / authproxy.cfg put `ikey`, `skey` and `host` on lines of their own.
    span: 400,
    spanBack: 4,
    // `Admin(ikey='DI…', skey='<40>', host='api-….duosecurity.com')`, `"skey": "<40>"`, `DUO_SKEY=<40>`.
    pattern: /(?:skey|secret[_-]?key)["']?\s{0,3}[:=]\s{0,3}["']?(?<v>[A-Za-z0-9]{40})(?![A-Za-z0-9])/i,
    mask: 'full',
    validate: (v, ctx) => mixed(v) && (/\bDI[A-Z0-9]{18}\b/.test(ctx.text) || /\bduo/i.test(ctx.text)),
    remediation: 'Reset this Duo application secret key in the Duo Admin Panel',
  }),
  defineDetector({
    id: 'putty-private-key',
    name: 'PuTTY private key (.ppk Private-Lines)',
    category: 'credential',
    severity: 'critical',
    priority: 70,
    keywords: ['private-lines'],
    span: 8192,
    // `Private-Lines: N` then N base64 lines (real or `\n`-escaped); `Public-Lines`, `Private-MAC` and `Key-Derivation` are no secret.
    pattern: /Private-Lines:[ \t]{0,3}\d{1,3}(?:\r?\n|\\(?:r\\)?n)(?<v>[A-Za-z0-9+/=]{4,100}(?:(?:\r?\n|\\(?:r\\)?n)[A-Za-z0-9+/=]{4,100}(?=[\r\n"'\s,]|\\[rn]|$)){0,300})/,
    mask: 'full',
    placeholders: false,
    remediation: 'Replace this PuTTY key (remove its public key from every authorized_keys) and stop logging key files',
  }),
];

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/** The `identifier` half of the pair: a UUID under an `identifier` key, in any container (JSON, a Ruby hash, a header dump). */
const IDENTIFIER = /\\{0,3}["']?identifier\\{0,3}["']?\s{0,3}(?:=>|:|=)\s{0,3}\\{0,3}["']?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * Round l87 (blind set 85): a Crisp plugin token is a pair, an `identifier` (a UUID) and a `key` (64 hex characters), and
 * integrations log it as the pair (`{"identifier" => "2cc8…", "key" => "31a5…"}` in a Ruby error, `identifier: …, key: …`
 * in a config dump). A bare `key` holding 64 hex is a cache or object key elsewhere, so the key is read only beside its
 * identifier (within 200 characters either side).
 */
export const CRISP_L87_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'crisp-plugin-token-key',
    name: 'Crisp plugin token key beside its identifier (`"identifier": "<uuid>", "key": "<64 hex>"`)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.8,
    keywords: ['identifier'],
    pattern: /(?<![\w-])\\{0,3}["']?key\\{0,3}["']?\s{0,3}(?:=>|:|=)\s{0,3}\\{0,3}["']?(?<v>[0-9a-f]{64})(?![0-9A-Za-z])/,
    mask: 'full',
    validate: (_v, ctx) => IDENTIFIER.test(ctx.text.slice(Math.max(0, ctx.start - 200), Math.min(ctx.text.length, ctx.end + 200))),
    remediation: 'Regenerate the Crisp plugin token in the Crisp Marketplace and keep the pair out of logs',
  }),
];

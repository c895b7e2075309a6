import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { matchDetector, type RawMatch } from '../match-detector';
import { FINANCIAL_DETECTORS } from './financial';
import { KEYED_ID_DETECTORS } from './keyed-ids';
import { NATIONAL_ID_DETECTORS } from './national-ids';
import { PERSONAL_DETECTORS } from './personal';
import { PERSONAL_RECORD_DETECTORS } from './personal-records';

/** The longest base64 payload decoded (bounded work per payload). */
const MAX_B64 = 8192;

/** The personal and financial detectors a decoded payload is scanned with. */
const INNER: readonly Detector[] = [...PERSONAL_DETECTORS, ...FINANCIAL_DETECTORS, ...NATIONAL_ID_DETECTORS, ...KEYED_ID_DETECTORS, ...PERSONAL_RECORD_DETECTORS].filter(
  (d) => d.category === 'personal' || d.category === 'financial',
);

/** True when base64 `v` decodes to printable text in which a personal or financial detector finds a leak. */
export function holdsPersonalData(v: string): boolean {
  if (v.length > MAX_B64) return false;
  const text = Buffer.from(v, 'base64').toString('utf8');
  if (!/^[\x20-\x7e\t\r\n\u00a0-\uffef]+$/.test(text) || text.includes('\ufffd')) return false;
  const lower = text.toLowerCase();
  const out: RawMatch[] = [];
  for (const d of INNER) {
    if (d.keywords.length > 0 && !d.keywords.some((k) => lower.includes(k))) continue;
    matchDetector(d, text, 0, text.length, out);
    if (out.some((m) => !m.verdict.test && !m.verdict.public)) return true;
  }
  return false;
}

/**
 * Base64 (or base64url) JSON documents whose fields hold personal or financial data, wherever they
 * stand: message payloads (Pub/Sub, Kinesis, Event Hubs, Kafka REST `data`/`value`), user-context
 * and forwarded-identity headers, OAuth `state` and cookie values, k8s annotations. A JSON
 * document in base64 starts `eyJ` (`{"`), `eyAi` (`{ "`) or `ewog`/`ewoi` (`{\n`); a JWT segment
 * (followed by `.`) is the JWT detectors' and is not taken here.
 */
export const BASE64_PERSONAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'base64-wrapped-personal-data',
    name: 'Base64-encoded JSON holding personal or financial data',
    category: 'personal',
    severity: 'medium',
    priority: 39,
    confidence: 0.8,
    keywords: ['eyj', 'eyai', 'ewog', 'ewoi'],
    pattern: /(?<![\w+/.-])(?:eyJ|eyAi|ewog|ewoi)[A-Za-z0-9+/_-]{20,8188}={0,2}(?![\w+/=.-])/,
    mask: 'full',
    validate: holdsPersonalData,
    remediation: 'Do not log encoded payloads and identity headers: they carry customer data (log an id instead)',
  }),
];

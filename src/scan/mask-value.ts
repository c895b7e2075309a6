import type { Detector, MaskStyle } from './detector';
import { emailAtSign } from './encoded-text';

const DOT = '•';
const FULL = DOT.repeat(8);

/** The detector facts masking needs (a full Detector works). */
export type MaskSpec = Pick<Detector, 'mask' | 'kind'> | MaskStyle;

/** The kind prefix (e.g. `sk_live_`) the detector keeps in previews, '' when none. */
export function kindPrefix(spec: MaskSpec, raw: string): string {
  if (typeof spec === 'string' || !spec.kind) return '';
  const m = spec.kind.exec(raw);
  return m && m.index === 0 ? m[0] : '';
}

/**
 * A preview that keeps only what identifies the kind of value: `sk_live_…abcd` (kind
 * prefix plus at most the last 4 characters of long keys), `•••• 4242` for cards,
 * `j•••@example.com` for emails; short values are fully masked. Never the raw value.
 */
export function maskValue(spec: MaskSpec, raw: string): string {
  const style: MaskStyle = typeof spec === 'string' ? spec : spec.mask;
  switch (style) {
    case 'prefix': {
      const kind = kindPrefix(spec, raw);
      const body = raw.slice(kind.length);
      return kind + '…' + tailOf(body, 24, 4);
    }
    case 'tail':
      return raw.length >= 20 ? DOT.repeat(4) + tailOf(raw, 20, 4) : FULL;
    case 'full':
      return FULL;
    case 'card': {
      const d = raw.replace(/%2[0Dd]/g, ' ').replace(/\D/g, '');
      return `${DOT.repeat(4)} ${d.length >= 13 ? d.slice(-4) : DOT.repeat(4)}`;
    }
    case 'email': {
      const [at, atLength] = emailAtSign(raw);
      if (at < 0) return FULL;
      const local = raw.slice(0, at);
      const domain = raw.slice(at + atLength);
      const first = local.length > 1 ? local[0] : '';
      return `${first}${DOT.repeat(3)}@${domain}`;
    }
    case 'phone': {
      const d = raw.replace(/\D/g, '');
      return (raw.startsWith('+') ? '+' : '') + DOT.repeat(6) + (d.length >= 9 ? d.slice(-2) : '');
    }
    case 'ssn': {
      const d = raw.replace(/\D/g, '');
      return `${DOT.repeat(3)}-${DOT.repeat(2)}-${d.length === 9 ? d.slice(-4) : DOT.repeat(4)}`;
    }
    case 'ip': {
      if (raw.includes(':')) return raw.split(':')[0] + ':' + DOT.repeat(3);
      const first = raw.split('.')[0] ?? '';
      return `${first}.${DOT}.${DOT}.${DOT}`;
    }
    case 'iban': {
      const c = raw.replace(/\s/g, '');
      return `${c.slice(0, 2)}${DOT.repeat(2)} ${DOT.repeat(4)} ${c.length >= 15 ? c.slice(-4) : DOT.repeat(4)}`;
    }
    case 'pem': {
      const m = /BEGIN ([A-Z0-9 ]{0,30}?) ?PRIVATE KEY/.exec(raw);
      const kind = m && m[1] ? m[1].toLowerCase() + ' ' : '';
      return `[PEM ${kind}private key ${DOT.repeat(4)}]`;
    }
  }
}

/** The last `keep` characters when the value is at least `min` long, else nothing. */
function tailOf(body: string, min: number, keep: number): string {
  return body.length >= min ? body.slice(-keep) : '';
}

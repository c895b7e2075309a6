import type { PosTemplate25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';
import { IDS, idOf } from './blind-set-25-ids';

/**
 * One KYC vendor's batch-verification failure holding every national id scheme of the set (19
 * schemes, 17 countries), each in the encoding the vendor's pipeline left it in: plain JSON,
 * `\uXXXX`-escaped JSON, a percent-encoded retry URL, a form body, base64 and HTML entities.
 * Drawn once, so every seed covers every scheme.
 */
export const KYC_TEMPLATES: PosTemplate25[] = [
  {
    source: 'kyc',
    name: 'batch-verify-all-schemes',
    make: (r, b) => {
      // One encoding per scheme (in IDS order), chosen so each encoding really changes the ids it gets.
      const encs = ['json', undefined, 'url', 'form', 'b64', undefined, undefined, 'b64', undefined, 'html', 'json', undefined, 'form', undefined, 'url', 'b64', 'html', undefined, 'b64'] as const;
      const lines = IDS.map((t, i) => {
        const enc = encs[i];
        const id = idOf(t, r, b, enc);
        const rid = `chk_${r.b62(16)}`;
        if (enc === 'url') return `{"check":"${rid}","country":"${id.country}","status":"retry","retry_url":"https://api.acme-kyc.io/v2/verify?country=${id.country}&${id.key}=${id.value}"}`;
        if (enc === 'form') return `{"check":"${rid}","country":"${id.country}","status":"error","request_body":"doc_type=national_id&${id.key}=${id.value}&consent=true"}`;
        if (enc === 'b64') return `{"check":"${rid}","country":"${id.country}","status":"error","document_b64":"${id.value}"}`;
        if (enc === 'html') return `{"check":"${rid}","country":"${id.country}","status":"error","vendor_html":"<td>${id.key}</td><td>${id.value}</td>"}`;
        return `{"check":"${rid}","country":"${id.country}","status":"mismatch","${id.key}":"${id.value}"}`;
      });
      return `ERROR [kyc-batch] ${lines.length} of ${lines.length + r.int(5, 40)} checks failed (vendor 502); api_key=${b.c('api-key', 'kyc_live_' + r.b62(32))} webhook_secret=${b.c('webhook-secret', r.b64url(32))}
${lines.join('\n')}
${V.ansi('batch aborted', 31)}`;
    },
  },
];

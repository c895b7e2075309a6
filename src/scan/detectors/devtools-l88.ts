import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy } from '../validators';
import { personLike } from './paired-names';

/**
 * Lead round l88 (blind set 88: developer files and tools' output):
 * - the author of a line in `git blame` output (`923891ef (Keziah Adeyemi 2024-01-11 09:12:44 +0200 41)`): a person's name;
 * - a plaintext password in PgBouncer's `userlist.txt` (`"app" "Falcon@6104*EwB2"`, a line per user, also JSON- or
 *   HTML-escaped); its md5 and SCRAM hashes are left alone, as are other lines of two quoted words (`redis-cli monitor`'s
 *   `"XADD" "webhooks:outbound" …` has more than two, and no digit or symbol in the second).
 */

/** A name word in title case, with Latin accents. */
const WORD = String.raw`(?:[A-Z]['’])?[A-ZÀ-ÖØ-Þ\u0100-\u017f][a-zß-öø-ÿ\u0100-\u017f\u01a1\u01b0\u1ea0-\u1ef9]{1,24}(?:['’-][A-ZÀ-Þa-zß-ÿ\u0100-\u017f]{1,24})?`;
/** Two to four name words, lowercase particles between. */
const NAME = String.raw`${WORD}(?: (?:van|von|der|den|de|del|la|le|da|dos|di|du))*(?: ${WORD}){1,3}`;
/** Blame's placeholders and tools' own author names. */
const NOT_AUTHOR = /^(?:Not Committed Yet|External File|Github Actions|GitHub Actions|Renovate Bot|Dependabot|Gitlab Runner)$/i;

export const DEVTOOLS_L88_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-git-blame-author',
    name: "Person's name as a line's author in `git blame` output (`923891ef (Keziah Adeyemi 2024-01-11 09:12:44 +0200 41)`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.7,
    keywords: [' +0', ' -0', ' +1', ' -1'],
    // The time, the zone and the line number that close blame's parenthesis; the commit opens it at most ~200 characters before.
    precheck: { re: /:\d{2} [+-]\d{4} {1,6}\d{1,7}\)/, reach: 240 },
    pattern: new RegExp(String.raw`(?<![\w^])\^?[0-9a-f]{7,40}(?: [\w./-]{1,120})? \((?<v>${NAME}) {1,40}\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} [+-]\d{4} {1,6}\d{1,7}\)`),
    mask: 'full',
    validate: (v) => personLike(v) && !NOT_AUTHOR.test(v),
    remediation: "Keep blame output out of CI logs, or print commit ids only: it names every line's author",
  }),
  defineDetector({
    id: 'pgbouncer-userlist-password',
    name: "Plaintext password in PgBouncer's userlist.txt (`\"app\" \"Falcon@6104*EwB2\"`)",
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.75,
    keywords: ['" "', '\\" \\"', '&quot; &quot;'],
    pattern: new RegExp(
      String.raw`(?:^|\n|\\n)[ \t]{0,8}(?:<(?:pre|code)>)?(?:\\{0,3}"|&quot;)(?<k>[\w.@-]{1,63})(?:\\{0,3}"|&quot;)[ \t]{1,8}(?:\\{0,3}"|&quot;)(?<v>[^"\\\s&]{8,200})(?:\\{0,3}"|&quot;)(?=[ \t]*(?:\r?\n|\\[rn]|$|"\s{0,3}[,}\]]|<\/))`,
    ),
    mask: 'full',
    validate: (v) =>
      !/^(?:md5[0-9a-f]{32}|SCRAM-SHA-256\$)/.test(v) && !isPlaceholder(v) && !isLowEntropy(v) && /[A-Za-z]/.test(v) && /[^A-Za-z]/.test(v) && !/^\d{4}-\d{2}-\d{2}/.test(v) && /\d|[!@#$%^*+=?~]/.test(v),
    remediation: 'Rotate these database passwords and use auth_query or SCRAM secrets in userlist.txt, never plaintext',
  }),
];

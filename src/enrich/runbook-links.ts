const URL_RE = /https?:\/\/[^\s<>()[\]{}"'`|\\]+/g;
const RUNBOOK_WORD = /run ?books?|play ?books?|\bsops?\b/i;
const TRAILING = /[.,;:!?*_~]+$/;

/** All http(s) URLs in a text, trailing punctuation removed. Linear time. */
export function findUrls(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(URL_RE)) out.push(m[0].replace(TRAILING, ''));
  return out;
}

/**
 * Runbook links in a monitor message: URLs on a line that mentions a runbook, playbook or
 * SOP (`Runbook: https://…`, `[runbook](https://…)`), and URLs whose own text says so.
 * Deduplicated, in order, at most `max`.
 */
export function extractRunbooks(message: string, max = 5): string[] {
  const found: string[] = [];
  for (const line of message.slice(0, 20_000).split('\n')) {
    const lineSays = RUNBOOK_WORD.test(line);
    for (const url of findUrls(line)) {
      if ((lineSays || RUNBOOK_WORD.test(url)) && !found.includes(url)) found.push(url);
      if (found.length >= max) return found;
    }
  }
  return found;
}

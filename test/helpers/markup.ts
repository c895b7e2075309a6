/** Broadcast mentions that must never come from outside text. */
export const BROADCASTS = ['<!channel>', '<!here>', '<!everyone>'];

/** Every mrkdwn/plain text string in a Slack payload (blocks, views, fallback text), recursively. */
export function slackTexts(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => slackTexts(x, out));
  else if (v && typeof v === 'object') for (const x of Object.values(v)) slackTexts(x, out);
  return out;
}

/**
 * Slack markup tokens (`<…>`) in the texts that are not on the allow-list: dates, channel
 * links, user mentions of the given ids, links to the given hosts. Broadcasts and links
 * anywhere else are reported.
 */
export function foreignMarkup(texts: string[], o: { users?: string[]; hosts: string[] }): string[] {
  const bad: string[] = [];
  for (const t of texts) {
    for (const m of t.matchAll(/<([^<>]*)>/g)) {
      const inner = m[1]!;
      if (inner.startsWith('!date^') || /^#[CG][A-Z0-9]+$/.test(inner)) continue;
      const user = /^@([UW][A-Z0-9]+)$/.exec(inner);
      if (user && (o.users ?? []).includes(user[1]!)) continue;
      const link = /^(https?):\/\/([^/|?#]+)[^|]*(?:\|[^|]*)?$/.exec(inner);
      if (link && o.hosts.includes(link[2]!.toLowerCase())) continue;
      bad.push(m[0]);
    }
  }
  return bad;
}

const ARCHIVES_RE = /^https?:\/\/[a-z0-9-]+(?:\.enterprise)?\.slack\.com\/archives\/([CGD][A-Z0-9]{6,20})(?:[/?#]|$)/i;
const DEEP_LINK_RE = /^slack:\/\/channel\?(?:[^#]*&)?id=([CGD][A-Z0-9]{6,20})(?:&|$)/i;
const CHANNEL_ID_RE = /^[CG][A-Z0-9]{6,20}$/;
const CHANNEL_NAME_RE = /^#?([a-z0-9][a-z0-9._-]{0,79})$/;

/**
 * The Slack channel a service-catalog contact names: `https://x.slack.com/archives/C123…`
 * or `slack://channel?team=T…&id=C…` or a bare id `C0123ABCD` → the channel id (`C123…`);
 * `#name` → `#name`.
 * A bare name is accepted only when `allowBareName` (for a contact whose type is slack).
 */
export function slackChannelFrom(value: string | undefined, allowBareName = false): string | undefined {
  const v = (value ?? '').trim();
  if (!v) return undefined;
  const url = ARCHIVES_RE.exec(v) ?? DEEP_LINK_RE.exec(v);
  if (url) return url[1].toUpperCase();
  if (CHANNEL_ID_RE.test(v)) return v;
  if (v.startsWith('#') || allowBareName) {
    const name = CHANNEL_NAME_RE.exec(v.toLowerCase());
    if (name && (v.startsWith('#') || !v.includes('://'))) return `#${name[1]}`;
  }
  return undefined;
}

/**
 * The first Slack channel among contacts of type slack: a channel id from the contact URL
 * first, then a `#name` from the contact or its display name.
 */
export function slackChannelOf(contacts: { type: string; name?: string; contact: string }[]): string | undefined {
  const slack = contacts.filter((c) => c.type.toLowerCase() === 'slack');
  for (const c of slack) {
    const id = slackChannelFrom(c.contact);
    if (id && !id.startsWith('#')) return id;
  }
  for (const c of slack) {
    const named = slackChannelFrom(c.contact, true) ?? slackChannelFrom(c.name);
    if (named) return named;
  }
  return undefined;
}

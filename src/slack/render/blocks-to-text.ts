/** A short plain-text rendering of Block Kit blocks (dry-run logs, CLI output). */
export function blocksToText(blocks: unknown[] | undefined): string {
  if (!blocks) return '';
  const out: string[] = [];
  const txt = (t: unknown) => (t && typeof t === 'object' ? String((t as { text?: unknown }).text ?? '') : '');
  for (const raw of blocks) {
    const b = raw as Record<string, any>;
    switch (b.type) {
      case 'header':
        out.push(`== ${txt(b.text)} ==`);
        break;
      case 'section':
        if (b.text) out.push(txt(b.text));
        if (Array.isArray(b.fields)) out.push(b.fields.map((f: unknown) => txt(f).replace(/\n/g, ': ')).join(' | '));
        break;
      case 'context':
        out.push((b.elements ?? []).map((e: unknown) => txt(e)).join(' '));
        break;
      case 'actions':
        out.push(
          `[${(b.elements ?? [])
            .map((e: Record<string, any>) => (e.type === 'button' ? txt(e.text) : txt(e.placeholder)))
            .join('] [')}]`,
        );
        break;
      case 'divider':
        out.push('----');
        break;
      default:
        break;
    }
  }
  return out.join('\n');
}

/** True when `re` matches within `reach` characters before `[start, end)` or within `reach` after it (the same record, a few fields apart). */
export function nearby(re: RegExp, text: string, start: number, end: number, reach: number): boolean {
  return re.test(text.slice(Math.max(0, start - reach), start)) || re.test(text.slice(end, end + reach));
}

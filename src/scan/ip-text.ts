/** IP addresses in text form, checked without node:net (whose loading, with its streams, cost ~4 ms of every `herald scan` start). */

/** Four dotted decimal parts (as the IPv4 pattern matched them), each at most 255. */
export function quadOk(v: string): boolean {
  return v.split('.').every((p) => Number(p) <= 255);
}

/**
 * An IPv6 address in text form (RFC 4291 2.2: eight groups of 1-4 hex digits, one `::` for a run
 * of zero groups, an IPv4 dotted quad as the last two), as node:net's isIPv6 judges it for the
 * strings the IPv6 pattern matches (test/unit/scan/ipv6-text.test.ts compares them).
 */
export function isIPv6(v: string): boolean {
  const halves = v.split('::');
  if (halves.length > 2) return false;
  let groups = 0;
  for (let h = 0; h < halves.length; h++) {
    if (halves[h] === '') continue;
    const parts = halves[h]!.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (h === halves.length - 1 && i === parts.length - 1 && p.includes('.')) {
        if (!/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(p) || !quadOk(p) || /(?:^|\.)0\d/.test(p)) return false;
        groups += 2;
      } else if (/^[0-9a-fA-F]{1,4}$/.test(p)) groups++;
      else return false;
    }
  }
  return halves.length === 2 ? groups <= 7 : groups === 8;
}

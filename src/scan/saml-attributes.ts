/**
 * SAML attribute statements: `<saml:Attribute Name="…" FriendlyName="…">` then `<saml:AttributeValue …>value<`,
 * on one line or pretty-printed over two. The detectors that read them (ids, addresses) share the pattern.
 */

/** An attribute's names (group `k`, the element's attributes) and its first value (group `v`, up to 164 characters). */
export const SAML_ATTRIBUTE = /<(?:[\w-]{1,20}:)?Attribute\s(?<k>[^<>\n]{1,300})>\s{0,40}<(?:[\w-]{1,20}:)?AttributeValue(?:\s[^<>\n]{0,200})?>\s{0,4}(?<v>[^<>\s][^<>\n]{3,160}?)\s{0,4}</;

/** The `Name` and `FriendlyName` values among an Attribute element's attributes (not `NameFormat`). */
export function attributeNames(attributes: string | undefined): string[] {
  return [...(attributes ?? '').matchAll(/Name\s?=\s?["']([^"']{1,120})["']/gi)].map((m) => m[1]!);
}

import type { RawMatch } from './match-detector';

/** A SealedSecret manifest's markers (kubeseal output, the Bitnami CRD, its `encryptedData` map). */
const SEALED_MARKER = /\bencryptedData\b|\bkind:\s*SealedSecret\b|bitnami\.com\/v1alpha1/;

/**
 * kubeseal's ciphertext: the RSA-OAEP session key's length as two bytes (0x0200 for the default 4096-bit key: `AgA`-`AgD`
 * in base64; round l88: any third character, as smaller and larger keys and other writers give), the key, the AES-GCM box.
 */
const SEALED_VALUE = /^Ag[A-Za-z0-9+/]{41}/;

/**
 * Credential matches that are a Bitnami SealedSecret's `encryptedData` values: only the cluster's controller can open
 * them, and they are committed to Git by design (a detector sees one line, so the manifest is judged here, on the text).
 */
export function dropSealedCiphertext(text: string, raw: RawMatch[]): RawMatch[] {
  if (!raw.some((m) => m.detector.category === 'credential' && text.charCodeAt(m.start) === 65 && text.charCodeAt(m.start + 1) === 103)) return raw;
  const marker = SEALED_MARKER.exec(text);
  if (marker === null) return raw;
  return raw.filter((m) => !(m.detector.category === 'credential' && m.start > marker.index && SEALED_VALUE.test(text.slice(m.start, m.start + 43)) && /^[A-Za-z0-9+/]{200}/.test(text.slice(m.start, m.start + 200))));
}

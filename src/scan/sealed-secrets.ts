import type { RawMatch } from './match-detector';

/** A SealedSecret manifest's markers (kubeseal output, the Bitnami CRD, its `encryptedData` map). */
const SEALED_MARKER = /\bencryptedData\b|\bkind:\s*SealedSecret\b|bitnami\.com\/v1alpha1/;

/** kubeseal's ciphertext: version byte 0x02 (`Ag…` in base64), then the RSA-OAEP session key and the AES-GCM box. */
const SEALED_VALUE = /^Ag[A-D][A-Za-z0-9+/]{40}/;

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

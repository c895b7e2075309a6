import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';

/** A JSON quote, bare or escaped once to three times (a state file inside a JSON log line). */
const Q = String.raw`\\{0,3}"`;

/**
 * Secrets that a Terraform state file holds under attribute names no key list would call secret:
 * a `random_password` resource's `result` is the generated password itself (its `bcrypt_hash` beside
 * it is a hash, and not taken). A state file leaks whole when it lands in a debug bucket or a log.
 */
export const TERRAFORM_STATE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'terraform-random-password',
    name: 'Terraform random_password result (state file)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['random_password'],
    // The resource's type, then (within its instances, before the next resource's type) its `result` attribute.
    pattern: new RegExp(String.raw`${Q}type${Q}\s{0,3}:\s{0,3}${Q}random_password${Q}(?:(?!${Q}type${Q}\s{0,3}:)[^\n]){0,1500}?${Q}result${Q}\s{0,3}:\s{0,3}${Q}(?<v>(?:[^"\\\n]|\\[^"\n]){4,512}?)${Q}`),
    mask: 'full',
    validate: (v) => !isPlaceholder(v),
    remediation: 'Rotate this generated password (taint the random_password resource) and keep state files out of logs and shared buckets',
  }),
];

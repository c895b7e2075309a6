/** Storm mode: folds a burst of new incidents in a channel into one digest message. */
export { createStorm, newStormId, type Storm, type StormOptions, type StormPort, type StormStatus } from './create-storm';
export { DEFAULT_STORM_SETTINGS, resolveStormSettings, type StormSettings, type ResolvedStormSettings } from './storm-settings';
export { renderDigest, DIGEST_EXAMPLES, DIGEST_GROUP_LINES } from './render-digest';
export { renderSummary } from './render-summary';
export {
  buildDigestState,
  exampleScore,
  sortExamples,
  toDigestMember,
  type DigestState,
  type DigestExample,
  type DigestMember,
  type DigestCount,
} from './digest-state';
export { formatDuration } from './format-duration';
export type { StormLogger } from './digest-publisher';

/** The rules engine: routing tree, default severity, fingerprints, inhibition, mutes, hot reload. */
export type { Decision, Reason, RuleEngine, RuleDefaults, InhibitRule, SeverityAwareMatcher } from './types';
export { compileRules, loadRulesFile } from './compile-rules';
export { CompiledRules } from './compiled-rules';
export type { CompiledRoute } from './route-tree';
export { RulesValidationError, formatProblem, type Problem } from './problems';
export { RulesHolder, type RulesLogger, type ReloadResult, type RulesHolderOptions } from './rules-holder';
export { defaultSeverity, explainDefaultSeverity, type ExplainedSeverity } from './default-severity';
export { InhibitionIndex, type Inhibition, type InhibitionIndexOptions } from './inhibition-index';
export { DEFAULT_INHIBIT } from './inhibit-rules';
export { MuteStore, type Mute, type CreateMuteInput, type MuteStoreOptions } from './mute-store';
export { createMuteRouter, type MuteRouterOptions, type MuteAuditEvent } from './mute-router';
export { compileMatcher, type AlertMatcher } from './match';
export { parseDuration, durationToMs, formatDuration } from './duration';
export { regexSafetyProblem, compileUserRegex } from './regex-safety';
export { FIELD_NAMES, MAX_MATCH_INPUT, groupByValues } from './fields';
export { groupKey } from './group-key';

import { z } from 'zod';
import { SEVERITIES } from '../alert/severity';
import { ACTION_KEYS } from './actions';
import { OPERATORS } from './condition';
import { ESCALATION_CONDITIONS, MAX_STEPS, PAGE_TARGETS } from './escalation-types';
import { FIELD_NAMES } from './fields';

/**
 * A zod description of the rules file's shape, for editors (`herald config schema rules` turns
 * it into the JSON Schema under schema/). The rules compiler (compile-rules.ts) stays the
 * authority at runtime: it also checks what a schema cannot (regex safety, field kinds, route
 * names, @here only where critical) and reports `file:line:col`. A test keeps the key sets of
 * both in step.
 */

const scalar = z.union([z.string(), z.number(), z.boolean()]);
const channel = z
  .string()
  .regex(/^(#[a-z0-9_-]{1,80}|[CG][A-Z0-9]{6,20})$/)
  .describe('"#name" (quote it: # starts a YAML comment) or a channel id (C…/G…)');
const ownerOr = z.union([channel, z.literal('owner').describe("the owning team's channel from the Datadog service catalog (else defaults.channel)")]);
const mention = z.string().describe('<@U…> (a user), <!subteam^S…> or @handle (a user group), @here/@channel (critical only)');
const duration = z.string().regex(/^(\d+(ms|s|m|h|d|w))+$/).describe('a duration like 30m, 4h, 1d');
const fieldName = z.string().describe(`a field: ${FIELD_NAMES.join(', ')}`);

/** Every field but `tags.<key>`, which the JSON Schema allows as a pattern. */
export const STATIC_FIELD_NAMES: readonly string[] = FIELD_NAMES.filter((f) => f !== 'tags.<key>');

const MATCH_KEYS = new Set([...STATIC_FIELD_NAMES, 'all', 'any', 'not']);
/** A `tags.<key>` field name (the JSON Schema's patternProperties for a match mapping). */
export const TAG_KEY = /^tags\.[^\s]+$/;

/** A field condition: a value (equals), a list (in), or a mapping of operators (all must hold). */
export const conditionSchema: z.ZodType = z
  .lazy(() =>
    z.union([
      scalar,
      z.array(scalar).min(1),
      z
        .object({
          equals: scalar,
          in: z.array(scalar).min(1),
          regex: z.string().describe('RE2-style, linear-time; (?i) ignores case'),
          contains: z.union([z.string(), z.array(z.string()).min(1)]).describe('case-insensitive substring (any of)'),
          exists: z.boolean(),
          gt: scalar,
          gte: scalar,
          lt: scalar,
          lte: scalar,
          eq: scalar,
          not: conditionSchema,
        } satisfies Record<(typeof OPERATORS)[number], z.ZodType>)
        .partial()
        .strict(),
    ]),
  )
  .meta({ id: 'condition', description: 'a value (equals), a list (in), or operators: ' + OPERATORS.join(', ') });

/** A `match` mapping: field conditions plus all/any/not; `tags.<key>` fields are added to the JSON Schema as a pattern. */
export const matchSchema: z.ZodType = z
  .lazy(() =>
    z
      .object({
        ...Object.fromEntries(STATIC_FIELD_NAMES.map((f) => [f, conditionSchema])),
        all: z.array(matchSchema).min(1),
        any: z.array(matchSchema).min(1),
        not: matchSchema,
      })
      .partial()
      .catchall(conditionSchema)
      .superRefine((m, ctx) => {
        for (const k of Object.keys(m)) {
          if (!MATCH_KEYS.has(k) && !TAG_KEY.test(k)) ctx.addIssue({ code: 'custom', path: [k], message: `unknown field '${k}'` });
        }
      }),
  )
  .meta({ id: 'match', description: 'conditions that must all hold: field: condition, tags.<key>: condition, all: [...], any: [...], not: {...}' });

const delay = z.union([duration, z.literal(0), z.literal('0')]);
const oneOrMore = <T extends z.ZodType>(t: T) => z.union([t, z.array(t).min(1)]);
const condition = z.enum(ESCALATION_CONDITIONS);

/** One escalation step: when (after/every), on what condition (unless/while), and what it does. */
const stepSchema = z
  .object({
    after: delay.describe('run once, this long after the incident opened (0m: at once)'),
    every: duration.describe('run repeatedly, this often (at least 1m, at most 100 times)'),
    unless: oneOrMore(condition).describe('skip while any holds (default: acknowledged, muted)'),
    while: oneOrMore(condition).describe('run only while all hold; while: acknowledged counts from the acknowledgement'),
    mention: z.union([mention, z.array(mention), z.null()]).describe('as a route mention, or acker: whoever acknowledged'),
    channel: channel.describe('also post in this channel, linking back'),
    page: oneOrMore(z.enum(PAGE_TARGETS)).describe('page through PagerDuty and/or Opsgenie'),
  })
  .partial()
  .strict()
  .meta({ id: 'escalation_step', description: 'after/every, unless/while, mention, channel, page' });

/** A policy: a list of steps. */
const policySchema = z.array(stepSchema).min(1).max(MAX_STEPS);

const actions = {
  severity: z.enum(SEVERITIES),
  channel: z.union([ownerOr, z.array(ownerOr).min(1)]),
  mention: z.union([mention, z.array(mention), z.null()]),
  labels: z.record(z.string().regex(/^[a-z_][a-z0-9_.-]{0,62}$/i), scalar),
  group_by: z.array(fieldName).describe('fields that make the incident fingerprint'),
  repeat_interval: z.union([duration, z.literal('never'), z.null()]).describe('re-notify an open incident this often ("never" to stop)'),
  suppress: z.boolean().describe('count matching alerts, do not post them'),
  escalation_channel: z.union([channel, z.null()]),
  escalation: z
    .union([z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/), policySchema, z.null()])
    .describe('an escalation policy: its name (escalation_policies), inline steps, or none'),
} satisfies Record<(typeof ACTION_KEYS)[number], z.ZodType>;

/** One route of the routing tree. */
export const routeSchema: z.ZodType = z
  .lazy(() =>
    z
      .object({
        name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/),
        match: matchSchema,
        continue: z.boolean().describe('also try the routes after this one'),
        routes: z.array(routeSchema),
        ...actions,
      })
      .partial()
      .strict(),
  )
  .meta({ id: 'route', description: 'match, actions (severity, channel, mention, labels, group_by, repeat_interval, suppress, escalation_channel, escalation), continue, child routes' });

/** Schema of config/rules.yaml (its shape; see the module comment). */
export const rulesFileSchema = z
  .object({
    defaults: z
      .object({ ...actions, severity_from_priority: z.boolean().describe('P1 critical … P5 info when no route sets a severity') })
      .partial()
      .strict()
      .describe('the root route: every route inherits these actions'),
    routes: z.array(routeSchema).describe('tried in order; the first match wins unless it says continue: true'),
    inhibit: z
      .array(
        z
          .object({ name: z.string().min(1), source: matchSchema, target: matchSchema, equal: z.array(fieldName) })
          .partial({ name: true, equal: true })
          .strict(),
      )
      .describe('while a source alert is open, matching target alerts with equal fields are folded into it'),
    escalation_policies: z
      .record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/), policySchema)
      .describe('named escalation policies (lists of steps) that routes refer to with escalation: <name>'),
  })
  .partial()
  .strict();

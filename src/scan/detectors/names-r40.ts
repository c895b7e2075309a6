import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { ciPersonOk, exampleMailboxLine, PERSON_R32 } from './names-r32';

/**
 * Round r40 (blind set 40: observability, logging pipelines and on-call tooling): people as
 * error trackers, on-call tools and telemetry events record them — the name argument of an
 * error tracker's `setUser(id, email, name)`, a name under an on-call or payout key
 * (`"oncall": "…"`, `"receiver": "…"`), a name after a paging verb in an alert text
 * (`paging Ann Lee (phone…)`, `on-call Ann Lee did not ack`), and a device id under `"device":{"id":…}`
 * in a RUM or error event.
 */

/** A name followed by nothing that continues it. */
const NAME_END = String.raw`(?![\w’-]|['.]\w| [A-Z][a-z])`;

const personAt = (v: string, text: string, start: number, end: number): boolean => ciPersonOk(v) && !exampleMailboxLine(text, start, end);

/** Keys whose value is the person paged or paid: on-call fields of alert payloads, the receiver of a payout. */
const ONCALL_KEY = String.raw`(?:on_?call(?:_user|_engineer|_name)?|onCall(?:User|Engineer|Name)?|primary_on_?call|secondary_on_?call|escalated_to|escalatedTo|paged_user|pagedUser|acked_by|ackedBy|receiver(?:_name)?|receiverName|recipient_name)`;

export const NAMES_R40_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-set-user-call',
    name: "Person's name as the name argument of an error tracker's `setUser(id, email, name)` (Bugsnag, Rollbar)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.8,
    keywords: ['setuser('],
    pattern: new RegExp(
      String.raw`\bsetUser\(\s{0,2}(?<q>['"])[^'"\n]{0,64}\k<q>\s{0,2},\s{0,2}(?<r>['"])[^'"\s@]{1,64}@[^'"\s]{1,128}\k<r>\s{0,2},\s{0,2}(?<s>['"])(?<v>${PERSON_R32})\k<s>\s{0,2}\)`,
    ),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Report users to the error tracker by id only (leave the name and e-mail out of setUser)',
  }),
  defineDetector({
    id: 'person-name-under-oncall-key',
    name: "Person's name under an on-call or payout key (`\"oncall\": \"…\"`, `escalated_to=…`, `\"receiver\":\"…\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.7,
    keywords: ['oncall', 'on_call', 'escalated_to', 'escalatedto', 'paged_user', 'pageduser', 'acked_by', 'ackedby', 'receiver', 'recipient_name'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])${ONCALL_KEY}\\{0,3}["']?\s{0,2}(?:=>|[:=])\s{0,2}\\{0,3}["'](?<v>${PERSON_R32})${NAME_END}(?=\\{0,3}["'])`,
      'i',
    ),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Name the on-call schedule or the payee record by id in alert payloads and logs, not the person',
  }),
  defineDetector({
    id: 'person-name-paged-in-alert',
    name: "Person's name after a paging verb in an alert or chat text (`paging Ann Lee (phone…)`, `on-call Ann Lee did not ack`)",
    category: 'personal',
    severity: 'medium',
    priority: 40,
    confidence: 0.65,
    keywords: ['paging ', 'paged ', 'on-call ', 'escalating to ', 'escalated to ', 'acked by ', 'login ok for ', 'login succeeded for '],
    pattern: new RegExp(
      String.raw`\b(?:[Pp]aging|[Pp]aged|[Oo]n-call|[Ee]scalat(?:ing|ed) to|[Aa]cked by|[Ll]ogin (?:ok|succeeded) for)\s(?<v>${PERSON_R32})${NAME_END}(?=\s?[(,.:;!]|\s[a-z(-]|\s*["'\n]|$)`,
    ),
    mask: 'full',
    validate: (v, ctx) => personAt(v, ctx.text, ctx.start, ctx.end),
    remediation: 'Name the on-call schedule or the user id in alert texts and logs, not the person',
  }),
  defineDetector({
    id: 'device-id-in-event',
    name: 'Device identifier under `"device":{"id":…}` in a RUM, crash or error event',
    category: 'personal',
    severity: 'low',
    priority: 40,
    confidence: 0.7,
    keywords: ['"device":{"id"', '"device": {"id"', '"device":{ "id"', '"device": { "id"'],
    pattern: /"device"\s?:\s?\{\s?"id"\s?:\s?"(?<v>[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})"/,
    mask: 'tail',
    validate: (v) => !/^0{8}-0{4}/.test(v),
    remediation: "Drop or hash the device id in RUM and error events (`beforeSend`), it identifies a user's device",
  }),
];

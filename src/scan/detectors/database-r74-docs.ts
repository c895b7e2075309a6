import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { columnValueOk } from './database-r74-people';

/**
 * Round r74 (blind set 74): personal values of document stores under their field's name, read by the
 * same column rule as database-r74-people.ts (a person's name, a date of birth):
 * - a DynamoDB typed attribute (`"holder": {"S": "Ciarán O'Sullivan"}`, `routingNumber: { S: '…' }`);
 * - an Elasticsearch/OpenSearch query clause on a field (`{"term":{"customer.name.keyword":"…"}}`, `"match"`,
 *   `"match_phrase"`, `{"field":{"value":"…"}}`), the field's path read without its `.keyword`/`.raw` sub-field;
 * - Elasticsearch's `failed to parse field [birth_date] … Preview of field's value: '…'`.
 * Left alone on purpose: a bare `name` field (a product's, an index's), a `number` under `cards` (a card rule's), bank
 * fields in either form (dynamodb-typed-bank-field and the account rules read them already).
 */

/** A field path's last meaningful words: `customer.name.keyword` → `customer_name`, `holder` → `holder`. */
export function fieldColumn(path: string): string {
  const parts = path.replace(/\.(?:keyword|raw|text|exact|lowercase|folded|sort)$/i, '').split('.');
  return parts.slice(-2).join('_');
}

const typed = (want: 'personal' | 'financial') => (v: string, ctx: MatchContext) => columnValueOk(ctx.key ?? null, v, want);
const queried = (want: 'personal' | 'financial') => (v: string, ctx: MatchContext) => columnValueOk(fieldColumn(ctx.key ?? ''), v, want);

/** A DynamoDB typed string attribute: its name, `{"S": "…"}` (JSON, Python repr or Node's inspect). */
const TYPED =
  /(?<![\w-])(?<k>[A-Za-z_][\w-]{0,60})(?:\\{0,3}"|')?\s{0,3}:\s{0,40}\{\s{0,40}(?:\\{0,3}"S\\{0,3}"|'S'|S)\s{0,3}:\s{0,3}(?:\\{0,3}"(?<v>[^"\\\r\n]{2,120})\\{0,3}"|'(?<w>[^'\\\r\n]{2,120})')/;
const TYPED_KEYWORDS = ['"s":', '"s\\":', '"s" :', '{ s: ', "{'s': "];

/** A query clause on a field: `{"term":{"a.b.keyword":"v"}}`, `{"match_phrase":{"a.b":{"query":"v"}}}`, `{"term":{"a":{"value":"v"}}}`. */
const CLAUSE =
  /"(?:term|match|match_phrase|prefix|wildcard)"\s{0,3}:\s{0,3}\{\s{0,3}"(?<k>[\w.]{1,120})"\s{0,3}:\s{0,3}(?:\{\s{0,3}"(?:value|query)"\s{0,3}:\s{0,3})?"(?<v>[^"\\\r\n]{2,120})"/;

export const DATABASE_R74_DOC_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'dynamodb-typed-person-attribute',
    name: "Person's name or date of birth as a DynamoDB typed attribute (`\"holder\": {\"S\": \"…\"}`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: TYPED_KEYWORDS,
    span: 600,
    spanBack: 2,
    pattern: TYPED,
    mask: 'full',
    validate: typed('personal'),
    remediation: 'Keep DynamoDB items out of exception logs (log the key, not the item), or encrypt personal attributes client-side',
  }),
  defineDetector({
    id: 'search-query-person-field',
    name: "Person's name or date of birth in an Elasticsearch/OpenSearch query clause (`{\"term\":{\"customer.name.keyword\":\"…\"}}`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['"term"', '"match"', '"match_phrase"', '"prefix"', '"wildcard"'],
    pattern: CLAUSE,
    mask: 'full',
    validate: queried('personal'),
    remediation: 'Turn off the search slow log\'s source (index.search.slowlog.source: 0 / false) or query personal fields by a token',
  }),
  defineDetector({
    id: 'es-mapper-preview-person',
    name: "Person's name or date of birth in Elasticsearch's mapper error (`failed to parse field [birth_date] … Preview of field's value: '…'`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.75,
    keywords: ["field's value: '"],
    pattern: /failed to parse field \[(?<k>[\w.]{1,120})\][^\r\n]{0,400}?Preview of field's value: '(?<v>[^'\r\n]{2,120})'/,
    mask: 'full',
    validate: queried('personal'),
    remediation: 'Validate dates before indexing and keep the cluster\'s 400 responses out of logs verbatim',
  }),
];

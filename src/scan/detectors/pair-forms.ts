import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { secretKeyKind } from '../key-names';
import { secretValueOk } from '../secret-value';

/** A header or key name holding a secret word (`X-Api-Key`, `x-auth-token`, `api_key`; the rules judge it in full). */
const NAME = String.raw`[A-Za-z][\w-]{0,40}?(?:key|token|secret|auth|pass|pwd|cred)[\w-]{0,24}`;

/** A value that runs to a quote, bracket, comma or space. */
const VALUE = String.raw`[^\s"'\[\](){},]{8,512}`;

/**
 * Header and key/value pairs as runtimes print them, where neither `=` nor `:` joins the name to
 * the value (blind set 13's breadth round): Go's `map[X-Api-Key:[<v>]]` (`%v` of an http.Header
 * or gRPC metadata), tuple lists (Elixir Tesla `{"x-api-key", "<v>"}`, Python `('x-api-key',
 * '<v>')`, Envoy's `'x-api-key', '<v>'`, Kotlin `(X-Api-Key, <v>)`), Scala `X-Api-Key -> <v>` and
 * Lua `["X-Api-Key"] = "<v>"`. The name must be one the key-name rules call secret.
 */
/** The name just before the value: the secret-word test of both detectors below. */
function nameBefore(text: string, from: number, to: number): string {
  const m = /([A-Za-z][\w-]{1,63})["'\]]{0,2}\s{0,2}(?::\[|,|\s->|=)\s{0,2}["'(]?(?:Bearer |Token )?$/.exec(text.slice(from, to));
  return m?.[1] ?? '';
}

/** An args array's `-e`/`--env` flag then an env-var name, before a value. */
const ENV_FLAG_BEFORE = /["'](?:-e|--env)["']\s{0,2},\s{0,2}["'][A-Za-z_][A-Za-z0-9_]{0,80}["']\s{0,2},\s{0,2}["']$/;

/** The value is a secret's or a password's, under a name the key-name rules call so. */
const underName = (v: string, ctx: MatchContext): boolean => {
  // `["run", "-e", "API_TOKEN", "mcp/github"]`: docker's `-e NAME` passes NAME through from the environment; the next element is an argument, not its value.
  if (ENV_FLAG_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return false;
  // Round r32: a "value" a colon follows is the next JSON key (`{"OutputKey": "DbPassword", "OutputValue": "…"}`), not the name's value.
  if (/^\\{0,3}["']\s{0,2}:/.test(ctx.text.slice(ctx.end, ctx.end + 10))) return false;
  const kind = secretKeyKind(nameBefore(ctx.text, ctx.matchStart ?? Math.max(0, ctx.start - 200), ctx.start));
  return kind !== null && secretValueOk(kind, v);
};

/**
 * Every match holds its name's secret word within 45 characters of its start, then its pair
 * separator: `,` or `:[` for the header maps and tuples, `->` or `=` for Scala maps and Lua tables
 * (separate, so that the `key=value` lines of every log do not run the header-map pattern).
 */
const precheck = (sep: string): { re: RegExp; reach: number } => ({ re: new RegExp(String.raw`(?:key|token|secret|auth|pass|pwd|cred)[\w-]{0,24}["'\]]{0,2}\s{0,2}(?:${sep})`, 'i'), reach: 48 });

/**
 * Header and key/value pairs as runtimes print them, where neither `=` nor `:` joins the name to
 * the value (blind set 13's breadth round): Go's `map[X-Api-Key:[<v>]]` (`%v` of an http.Header
 * or gRPC metadata), tuple lists (Elixir Tesla `{"x-api-key", "<v>"}`, Python `('x-api-key',
 * '<v>')`, Envoy's `'x-api-key', '<v>'`, Kotlin `(X-Api-Key, <v>)`), Scala `X-Api-Key -> <v>` and
 * Lua `["X-Api-Key"] = "<v>"`. The name must be one the key-name rules call secret.
 */
export const PAIR_FORM_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'header-pair-secret',
    name: 'Credential in a printed header map or tuple',
    category: 'credential',
    severity: 'high',
    priority: 38,
    keywords: ['key', 'token', 'secret', 'auth', 'pass', 'pwd', 'cred'],
    precheck: precheck(String.raw`,|:\[`),
    needs: [',', ':['], // every match holds its separator
    pattern: new RegExp(
      [
        String.raw`(?:map\[|\s)${NAME}:\[(?:Bearer |Token )?(?<v>[^\]\s]{8,512})\]`,
        String.raw`["']${NAME}["']\s{0,2},\s{0,2}["'](?:Bearer |Token )?(?<u>${VALUE})["']`,
        String.raw`[({]\s{0,2}${NAME}\s{0,2},\s{0,2}(?<w>${VALUE})\s{0,2}[)}]`,
      ].join('|'),
      'i',
    ),
    mask: 'full',
    validate: underName,
    remediation: 'Rotate this credential and stop printing request headers (log their names, not values)',
  }),
  defineDetector({
    id: 'arrow-pair-secret',
    name: 'Credential in a Scala map or Lua table',
    category: 'credential',
    severity: 'high',
    priority: 38,
    keywords: [' -> ', '"] ='],
    precheck: precheck('->|='),
    pattern: new RegExp(String.raw`(?<![\w-])${NAME}\s->\s"?(?<v>${VALUE})|\["${NAME}"\]\s{0,2}=\s{0,2}"(?<u>${VALUE})"`, 'i'),
    mask: 'full',
    validate: underName,
    remediation: 'Rotate this credential and stop printing config maps (log their keys, not values)',
  }),
];

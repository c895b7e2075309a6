import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyedSecretValue } from '../secret-value';

/**
 * Secrets written as literals in declarations the key/value detectors do not read: C# auto-properties with an
 * initializer and verbatim strings, Rust `String::from("…")`, a Terraform variable's `default`, a Dockerfile's
 * `ENV KEY value` (the space form). The declared name says what the literal is.
 */

/** True when `v`, declared under the name in group `k`, can be the secret that name says it is. */
const declaredSecret = (v: string, ctx: MatchContext): boolean => keyedSecretValue(ctx.key ?? '', v);

/** Secrets in language and tool declarations. */
export const CODE_DECLARATION_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'csharp-literal-secret',
    name: 'Secret in a C# property initializer or verbatim string',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['get;', '@"'],
    // `public string Password { get; set; } = "…";`, `{ get; init; } = @"…"`, `{ get; } = "…"`; `var clientSecret = @"…";`.
    pattern:
      /(?<![\w$])(?<k>[A-Za-z_]\w{0,95})\s{0,3}(?:\{\s{0,3}get;\s{0,3}(?:(?:private\s|protected\s|internal\s)?(?:set|init);\s{0,3})?\}\s{0,3}=\s{0,3}@?|=\s{0,3}@)"(?<v>[^"\r\n]{1,1024})"/,
    mask: 'full',
    validate: declaredSecret,
    remediation: 'Remove the literal from the source (read it from configuration or a secret store) and rotate this secret',
  }),
  defineDetector({
    id: 'rust-string-secret',
    name: 'Secret in a Rust String::from literal',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['string::from(', 'secretstring::new(', 'secret::new('],
    // `let api_token = String::from("…");`, `static KEY: … = …`, a struct field `client_secret: String::from("…")`,
    // the secrecy crate's `SecretString::new("…".into())`.
    pattern:
      /(?<![\w$])(?<k>[A-Za-z_]\w{0,95})(?:\s{0,3}:\s{0,3}[\w&'<>:]{1,40})?\s{0,3}[=:]\s{0,3}(?:String::from|OsString::from|SecretString::new|SecretString::from|Secret::new)\(\s{0,3}"(?<v>[^"\\\r\n]{1,1024})"/,
    mask: 'full',
    validate: declaredSecret,
    remediation: 'Remove the literal from the source (read it from the environment or a secret store) and rotate this secret',
  }),
  defineDetector({
    id: 'terraform-variable-default-secret',
    name: 'Secret as the default of a Terraform variable',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['variable "'],
    span: 800,
    // `variable "stripe_api_token" {\n  type = string\n  default = "…"\n}` (terraform fmt aligns the `=`): the variable's name says what its default is.
    pattern: /\bvariable\s{1,3}"(?<k>[\w-]{1,96})"\s{0,3}\{[^{}]{0,600}?\bdefault[ \t]{0,40}=[ \t]{0,3}"(?<v>[^"\\\r\n]{1,1024})"/,
    mask: 'full',
    validate: declaredSecret,
    remediation: 'Remove the default: pass the value from a secret store or TF_VAR_ environment variable (sensitive = true), and rotate this secret',
  }),
  defineDetector({
    id: 'dockerfile-env-secret',
    name: 'Secret in a Dockerfile ENV instruction (space form)',
    category: 'credential',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['env '],
    needs: ['ENV '],
    // `ENV API_SECRET q8Zr…` (the legacy form: one variable, the rest of the line its value), also in `docker history`
    // (`/bin/sh -c #(nop)  ENV API_SECRET …`) and `Step 4/9 : ENV …`; the `ENV KEY=value` form is a plain assignment.
    pattern: /(?<![\w-])ENV\s{1,3}(?<k>[A-Za-z_][\w.-]{0,95})[ \t]{1,3}(?:"(?<w>[^"\r\n]{1,1024})"|(?<v>[^\s"'=$][^\s]{0,1023}))(?=[ \t]*(?:\r?\n|$))/,
    mask: 'full',
    validate: declaredSecret,
    remediation: 'Do not bake secrets into image layers: use build secrets (RUN --mount=type=secret) or runtime configuration, and rotate this secret',
  }),
];

import { csvColumnAt, HEADER_REACH } from '../column-names';
import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyedSecretValue, secretValueOk } from '../secret-value';
import { columnValueOk } from './database-r74-people';
import { PART, partValue } from './multipart-fields';

/**
 * Round r75 (blind set 75: hostile bodies and every encoding), second part: secrets whose quoting or framing hid them.
 * - A shell assignment whose single-quoted value carries a quote the shell way (`DB_PASSWORD='ab'"'"'cd'`, `'ab'\''cd'`).
 * - A quoted CSV cell with doubled quotes (`"lk82v0""0cxVD7m"`) under a password/secret/token column of the header above.
 * - An SSM parameter declared `SecureString` (Terraform `aws_ssm_parameter`, `terraform state show`): its `value`.
 * - A Redis or SMTP `AUTH [user] <password>` command as sent (bare up to the line's end, or double-quoted with escapes).
 * - An HTML form field by its name (`<input name="cvv" value="707">`, `name="password"`): a secret, or a card's CVC.
 * - A multipart form-data part named for a person's name or date of birth (`name="full_name"`), as the id fields are.
 * Left alone on purpose: `AUTH PLAIN/LOGIN/XOAUTH2` (their base64 has its own detectors), a CSV cell without doubled
 * quotes (the column rules read those), SSM `String`/`StringList` parameters (not secret by declaration).
 */

/** `'"'"'` and `'\''`: how a shell writes a single quote inside a single-quoted word. */
const SHELL_QUOTE = /'"'"'|'\\''/g;

/** A CVC/CVV field's name. */
const CVC_NAME = /^(?:cvc2?|cvv2?|csc|cid|card_?(?:cvc|cvv|code|security_?code)|security_?code|card_?verification(?:_?(?:code|value))?)$/i;

/** An SSM SecureString's value: the declaration, then `value = "…"` (HCL escapes) within a few lines. */
const SECURE_STRING = /type\s{0,8}=\s{0,8}"SecureString"[^\n]{0,80}\n(?:[^\n]{0,200}\n){0,4}?[ \t]{0,20}value\s{0,8}=\s{0,8}"(?<v>(?:[^"\\\r\n]|\\.){6,500})"/;

/** A password after `AUTH` (Redis `AUTH [user] pw`, SMTP-style), bare to the line's end or double-quoted. */
const AUTH_COMMAND =
  /(?<![\w-])AUTH (?:(?!PLAIN |LOGIN |XOAUTH2 |CRAM-MD5 )[A-Za-z0-9_.@-]{1,64} )?(?:\\?"(?<v>(?:[^"\\\r\n]|\\.){6,128}?)\\?"(?=["\s,}]|$)|(?<w>[^\s'"\\]{8,128})(?=\r|\n|\\r|\\n|'|"|$))/;

export const ENCODINGS_R75B_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'shell-quoted-secret-assignment',
    name: "Secret in a shell assignment whose single-quoted value holds a quote (`DB_PASSWORD='ab'\"'\"'cd'`)",
    category: 'credential',
    severity: 'high',
    priority: 48,
    confidence: 0.8,
    keywords: [`'"'"'`, `'\\''`],
    // The value between the outer quotes, its quote escapes included.
    pattern: /(?<![\w-])(?<k>[A-Za-z_][\w.-]{0,60})='(?<v>[^'\r\n]{0,200}(?:(?:'"'"'|'\\'')[^'\r\n]{0,200})+)'/,
    mask: 'full',
    validate: (v, ctx) => keyedSecretValue(ctx.key ?? '', v.replace(SHELL_QUOTE, "'")),
    remediation: 'Rotate the secret and keep `set -x` traces (and the scripts they echo) out of CI logs',
  }),
  defineDetector({
    id: 'csv-doubled-quote-secret',
    name: 'Password or secret in a quoted CSV cell with doubled quotes, under its column (`"ab""cd"` under `password`)',
    category: 'credential',
    severity: 'high',
    priority: 46,
    confidence: 0.75,
    keywords: ['password,', ',password', 'password"', 'passwd,', ',passwd', 'secret,', ',secret', 'secret"', 'token,', ',token', 'token"'],
    span: HEADER_REACH + 100,
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3}")(?<v>(?:[^"\r\n]|""){1,200}""(?:[^"\r\n]|""){1,200})(?="[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const column = csvColumnAt(ctx.text, ctx.start - 1, ctx.end + 1);
      return column !== null && keyedSecretValue(column, v.replace(/""/g, '"'));
    },
    remediation: 'Rotate the credentials and never export or log user tables with their passwords',
  }),
  defineDetector({
    id: 'ssm-securestring-value',
    name: 'Value of an SSM parameter declared SecureString (`type = "SecureString"`, `value = "…"`)',
    category: 'credential',
    severity: 'high',
    priority: 46,
    confidence: 0.8,
    keywords: ['"securestring"'],
    span: 1200,
    pattern: SECURE_STRING,
    mask: 'full',
    validate: (v) => secretValueOk('password', v.replace(/\\(.)/g, '$1')),
    remediation: 'Rotate the parameter and mark it sensitive in Terraform (`sensitive = true`); keep `terraform state show` output out of logs',
  }),
  defineDetector({
    id: 'auth-command-password',
    name: 'Password in a Redis or SMTP `AUTH [user] <password>` command',
    category: 'credential',
    severity: 'high',
    priority: 46,
    confidence: 0.75,
    keywords: ['auth '],
    needs: ['AUTH '],
    pattern: AUTH_COMMAND,
    mask: 'full',
    validate: (v) => secretValueOk('password', v.replace(/\\+(.)/g, '$1')),
    remediation: 'Rotate the password and keep raw protocol traffic (MONITOR, socket dumps, debug tracebacks) out of logs',
  }),
  defineDetector({
    id: 'html-input-field-secret',
    name: 'Secret or card CVC as an HTML form field (`<input name="cvv" value="…">`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['<input'],
    pattern: /<input\b[^<>]{0,200}?\bname=(?:"|&quot;)?(?<k>[\w.[\]-]{1,60})(?:"|&quot;)?[^<>]{0,200}?\bvalue="(?<v>[^"<>\r\n]{3,300})"/,
    mask: 'full',
    validate: (v, ctx) => keyedSecretValue((ctx.key ?? '').replace(/[[\]]+/g, '_'), v),
    remediation: 'Rotate the secret; never render a secret back into a form (leave password fields empty)',
  }),
  defineDetector({
    id: 'html-input-field-cvc',
    name: "Card CVC as an HTML form field (`<input name=\"cvv\" value=\"…\">`)",
    category: 'financial',
    severity: 'high',
    priority: 45,
    confidence: 0.75,
    keywords: ['<input'],
    pattern: /<input\b[^<>]{0,200}?\bname="(?<k>[\w.[\]-]{1,60})"[^<>]{0,200}?\bvalue="(?<v>\d{3,4})"/,
    mask: 'full',
    validate: (_v, ctx) => CVC_NAME.test((ctx.key ?? '').replace(/^.*[[.]|\]$/g, '')),
    remediation: 'Never render card data back into a page; tokenize the card with the processor',
  }),
  defineDetector({
    id: 'multipart-person-field',
    name: "Person's name or date of birth in a multipart form-data field (`name=\"full_name\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 43,
    confidence: 0.75,
    keywords: ['form-data'],
    span: 512,
    pattern: PART,
    mask: 'full',
    validate: (v, ctx: MatchContext) => partValue(v, (value) => columnValueOk(ctx.key ?? '', value, 'personal')),
    remediation: 'Remove personal data from logged upload bodies (log the part names only)',
  }),
];


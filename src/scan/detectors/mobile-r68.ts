import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { keyedSecretValue, secretValueOk } from '../secret-value';
import { abaValid, isLowEntropy } from '../validators';
import { PERSON_F26 } from './names-f26a';
import { personLike } from './paired-names';

/**
 * Round r68 (blind set 68: mobile and app backends — Firebase, Supabase, Amplify/AppSync/Cognito, RevenueCat, App Store /
 * Google Play, Expo/APNs/FCM, Auth0, crash reports — as their failures reach an alert). The classes:
 * - a person's name under a user-name key (Crashlytics custom keys `user_name = Ann Lee`), beside a mailbox, phone or card;
 * - AWS CLI shorthand user attributes (`--user-attributes Name=name,Value="Ann Lee" Name=address,Value="…"`);
 * - bank fields as DynamoDB typed attributes (`"sortCode":{"S":"12-34-56"}`, `\"accountNumber\":{\"S\":\"…\"}` in AppSync logs);
 * - passwords on the command lines of mobile build tools: macOS `security import … -P`, `unlock-keychain -p`,
 *   `create-keychain -p`, `set-key-partition-list -k`, `add-generic-password -w`; Supabase CLI `link`/`db …` `-p`;
 * - a trip's pickup or drop-off position written bare (`pickup=57.16482,-111.68352` in an FCM data bundle);
 * - Auth0 refresh tokens by their shape (`v1.M…`, 100+ characters) under any key (a keychain item, a plist);
 * - the new value of a secret in a Terraform plan (`"APPLE_SHARED_SECRET" = "…" -> "<new>"`);
 * - a secret printed by a GitHub Actions debug log (`##[debug]Evaluating: secrets.X` then `##[debug]=> '…'`);
 * - every string member of a `"secrets": { … }` object (`"hmac": "…"` beside `"ddKey"`);
 * - a parameter path naming a secret, then a tab and its value (`aws ssm get-parameters-by-path --output text`);
 * - fastlane's Apple ID session (`FASTLANE_SESSION=`) and app-specific passwords under `FASTLANE_*`/`SPACESHIP_*` keys;
 * - a whole Authorization value quoted as what a comparison got or expected (`mismatch (got "Bearer …")`, RevenueCat webhooks);
 * - RevenueCat secret API keys (`sk_` and 32 letters and digits, no `live_`/`test_`).
 * Besides, `table-row-secret` (key-forms-more.ts) wakes on padded cells (`token   |`, a tab before the pipe), which its pattern
 * reads but its keywords missed (the prefilter's equivalence test found it once the samples moved).
 * Left alone on purpose: a PEM key counted with its file's trailing line end (`private-key` ends at `-----END … KEY-----`; taking
 * the line end would join the next line to `[REDACTED:private-key]` in every redaction path); IPv6 values of seven groups without
 * `::` (not an address); Firebase web API keys (`AIza…`, public client config by design); AppSync API keys by their `da2-` shape
 * alone (shipped in aws-exports.js; found under their keys and headers); names with combining tone marks (`Adébáyọ̀`), which no
 * name rule's letters take.
 */

/** Other identifiers of a user record near a name: a phone, a card, an IBAN, an address, a birth date (mailboxes: userRecord). */
const SIBLING = /\+\d[\d ()-]{7,16}\d|(?<![\w-])0\d{9,10}(?![\w-])|\bpan\b|card|iban|address|street|birth|dob\b/i;
/** A mailbox, and the local parts of a team's or a machine's mailbox (`support@`, `noreply@`): not the person's own. */
const MAILBOX = /([\w.+%-]{1,64})@[\w-]{1,63}\.[a-z]{2,}/gi;
const ROLE_LOCAL = /^(?:support|help|helpdesk|info|contact|admin|root|no-?reply|do-?not-?reply|hello|team|billing|sales|ops|ci|bot|notifications?|alerts?|security|privacy|service|accounts?)$/i;

/** True when `around` holds another identifier of the same user: a sibling field, or a mailbox that is not a team's. */
function userRecord(around: string): boolean {
  if (SIBLING.test(around)) return true;
  for (const m of around.matchAll(MAILBOX)) if (!ROLE_LOCAL.test(m[1]!)) return true;
  return false;
}

/** Words of things a two-word title-case value may be, not a person. */
const NOT_A_PERSON = /\b(?:Admin|Administrator|Build|Agent|Bot|Service|System|Test|Demo|Guest|User|Anonymous|Unknown|Default|Support|Team|Account|Device|App|Server|Runner|Inc|Ltd|LLC|GmbH)\b/;

/**
 * The text around a match that every window holding it holds too (the prefilter's span window and a whole text alike):
 * the four lines before the match's line, at most 300 characters back, and 250 characters after the match's start.
 */
function recordAround(text: string, start: number, end: number): string {
  let from = text.lastIndexOf('\n', start - 1) + 1;
  for (let i = 0; i < 4 && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  return text.slice(Math.max(from, start - 300), start) + text.slice(end, Math.max(end, start + 250));
}

/** A bank field's value by its key: a sort code, an ABA routing number, or an account number. */
function bankFieldOk(key: string, v: string): boolean {
  const k = key.toLowerCase();
  const d = v.replace(/[ -]/g, '');
  if (k.startsWith('sort')) return /^\d{2}([ -]?)\d{2}\1\d{2}$/.test(v) && d !== '000000';
  if (k.startsWith('routing')) return /^\d{9}$/.test(d) && abaValid(d);
  return /^\d{6,17}$/.test(d) && !isLowEntropy(d);
}

/** A quoted or bare command-line argument as groups `v` (single quotes), `w` (double quotes) and `u` (bare). */
const ARG = String.raw`(?:'(?<v>[^'\r\n]{1,128})'|"(?<w>[^"\r\n]{1,128})"|(?<u>[^\s'"|;&<>]{1,128}))`;
/** The rest of a command line before a flag: no pipe or command separator. */
const GAP = String.raw`[^\r\n|;]{0,200}?\s`;

/** A latitude and longitude on Earth, not the null island. */
function onEarth(v: string): boolean {
  const [lat, lon] = v.split(',').map((x) => Number(x.trim())) as [number, number];
  return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 && !(lat === 0 && lon === 0);
}

export const MOBILE_R68_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-user-name-key',
    name: "Person's full name under a user-name key (`user_name = Ann Lee` in Crashlytics keys), beside a mailbox, phone or card",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    keywords: ['user_name', 'username', 'user-name'],
    // The record's other keys are often lines of their own (Crashlytics `Keys:` blocks): the window takes the lines around.
    span: 300,
    spanBack: 4,
    // A login handle has no space: two to four title-case words are the person's name.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_])(?<k>[Uu]ser[_-]?[Nn]ame|USER_?NAME)\\{0,3}["']?[ \t]{0,3}(?:=>|[:=])[ \t]{0,3}\\{0,3}["']?(?<v>${PERSON_F26})(?=\\{0,3}["']|[ \t]{0,3}(?:[|,;)}\]\r\n]|$))`,
    ),
    mask: 'full',
    validate: (v, ctx) => personLike(v) && !NOT_A_PERSON.test(v) && userRecord(recordAround(ctx.text, ctx.matchStart ?? ctx.start, ctx.end)),
    remediation: "Set crash-report user keys to an id, not the user's name",
  }),
  defineDetector({
    id: 'aws-cli-user-attribute-shorthand',
    name: 'Personal user attribute in AWS CLI shorthand (`--user-attributes Name=name,Value="Ann Lee" Name=address,Value="…"`)',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    keywords: ['name=name,', 'name=given_name,', 'name=family_name,', 'name=middle_name,', 'name=address,', 'name=phone_number,', 'name=birthdate,'],
    pattern:
      /(?<![\w-])Name=(?<k>name|given_name|family_name|middle_name|address|phone_number|birthdate),Value=(?:"(?<v>[^"\r\n]{2,256})"|'(?<w>[^'\r\n]{2,256})'|(?<u>[^\s,"']{2,128}))/i,
    mask: 'full',
    validate: (v, ctx) => {
      const k = (ctx.key ?? '').toLowerCase();
      if (k === 'address') return v.length >= 8 && /\d/.test(v) && /[A-Za-z]{3}/.test(v);
      if (k === 'phone_number') return /^\+?[\d ().-]{7,20}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 7;
      if (k === 'birthdate') return /^(?:19|20)\d{2}-\d{2}-\d{2}$/.test(v);
      return /^\p{Lu}[\p{L}'’ .-]{1,80}$/u.test(v) && personLike(v) && !NOT_A_PERSON.test(v);
    },
    remediation: 'Create users from a file or the SDK, and keep their attributes out of shell history and CI logs',
  }),
  defineDetector({
    id: 'dynamodb-typed-bank-field',
    name: 'Bank sort code, routing or account number as a DynamoDB typed attribute (`"sortCode":{"S":"12-34-56"}`)',
    category: 'financial',
    severity: 'high',
    priority: 50,
    confidence: 0.8,
    keywords: ['"s":', '"s\\":', '"n":', '"n\\":'],
    pattern:
      /(?<![A-Za-z])(?<k>sort_?code|routing_?(?:number|no)|account_?(?:number|no|num)|acct_?(?:number|no|num)|bank_?account(?:_?number)?)\\{0,3}"[ \t]{0,3}:[ \t]{0,3}\{[ \t]{0,3}\\{0,3}"[SN]\\{0,3}"[ \t]{0,3}:[ \t]{0,3}\\{0,3}"(?<v>\d[\d -]{4,20}\d)\\{0,3}"/i,
    mask: 'full',
    validate: (v, ctx) => bankFieldOk(ctx.key ?? '', v),
    remediation: 'Keep resolver request logging at ERROR without values, or tokenise bank details before they reach DynamoDB',
  }),
  defineDetector({
    id: 'mobile-build-cli-password',
    name: 'Password on a mobile build tool command line (`security import … -P`, `unlock-keychain -p`, `supabase link -p`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['security import', 'unlock-keychain', 'create-keychain', 'set-key-partition-list', 'add-generic-password', 'add-internet-password', 'supabase '],
    pattern: new RegExp(
      String.raw`(?<![\w.-])(?:security\s{1,3}(?:import\s${GAP}-P|(?:unlock|create)-keychain\s(?:${GAP})?-p|set-key-partition-list\s${GAP}-k|add-(?:generic|internet)-password\s${GAP}-w)\s{1,3}` +
        String.raw`|supabase\s{1,3}(?:link|db\s{1,3}(?:push|pull|dump|reset|diff|lint)|migration\s{1,3}[a-z]{2,10}|inspect\s{1,3}db\s{1,3}[\w-]{1,40})\b${GAP}(?:-p|--password)(?:=|\s{1,3}))${ARG}`,
    ),
    mask: 'full',
    validate: (v) => v.length >= 4 && !v.startsWith('-') && secretValueOk('password', v),
    remediation: 'Rotate this password and pass it from the CI secret store through the environment, not the command line',
  }),
  defineDetector({
    id: 'trip-endpoint-coordinates-bare',
    name: 'Precise pickup or drop-off position written bare (`pickup=57.16482,-111.68352`, `"dropoff": "…"`)',
    category: 'personal',
    severity: 'medium',
    priority: 41,
    confidence: 0.65,
    keywords: ['pickup', 'pick_up', 'pick-up', 'dropoff', 'drop_off', 'drop-off', 'destination', 'origin'],
    precheck: { re: /\d\.\d{5,9},[ \t]?-?\d{1,3}\.\d{5}/, reach: 80 },
    pattern:
      /(?<![A-Za-z0-9])(?:trip[_-]?)?(?:pickup|pick_up|pick-up|dropoff|drop_off|drop-off|origin|destination)(?:[_-]?(?:loc|location|point|pos|position|coords?|latlng|lat_lng))?\\{0,3}["']?[ \t]{0,2}[:=][ \t]{0,2}\\{0,3}["']?(?<v>-?\d{1,2}\.\d{5,9},[ \t]?-?\d{1,3}\.\d{5,9})(?![\d.])/i,
    mask: 'full',
    validate: (v) => onEarth(v),
    remediation: 'Log rides and deliveries by id and a coarse area, not by their precise pickup and drop-off points',
  }),
  defineDetector({
    id: 'auth0-refresh-token',
    name: 'Auth0 refresh token (`v1.M…`, 100+ characters)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.85,
    keywords: ['v1.m'],
    keywordBoundary: 'word',
    pattern: /(?<![\w.-])(?<v>v1\.M[A-Za-z0-9_-]{100,600})(?![\w.-])/,
    mask: 'prefix',
    kind: /^v1\./,
    validate: (v) => {
      const body = v.slice(3);
      return /[A-Z]/.test(body) && /[a-z]/.test(body) && /\d/.test(body) && !isLowEntropy(body);
    },
    remediation: 'Revoke this refresh token (Auth0 Management API, device credentials) and keep keychain dumps out of logs',
  }),
  defineDetector({
    id: 'terraform-plan-changed-secret',
    name: 'New value of a secret in a Terraform plan (`"API_SECRET" = "…" -> "<new>"`)',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['" -> "', ') -> "', 'null -> "'],
    pattern:
      /(?<![\w-])(?<k>"[A-Za-z0-9_.-]{1,80}"|[A-Za-z0-9_.-]{1,80})[ \t]{1,40}=[ \t]{1,3}(?:"[^"\r\n]{0,512}"|\(sensitive value\)|null)[ \t]{1,3}->[ \t]{1,3}"(?<v>[^"\r\n]{6,1024})"/,
    mask: 'full',
    validate: (v, ctx) => keyedSecretValue((ctx.key ?? '').replace(/"/g, ''), v),
    remediation: 'Mark the variable `sensitive` in Terraform, rotate this secret, and keep plan output out of chat',
  }),
  defineDetector({
    id: 'github-actions-debug-secret-value',
    name: "Secret printed by a GitHub Actions debug log (`##[debug]Evaluating: secrets.X` then `##[debug]=> '…'`)",
    category: 'credential',
    severity: 'critical',
    priority: 45,
    confidence: 0.85,
    keywords: ['evaluating: secrets.'],
    span: 9000,
    pattern: /Evaluating: secrets\.(?<k>[A-Za-z0-9_]{1,100})[ \t]*\r?\n[^\r\n]{0,60}?##\[debug\]=> '(?<v>[^\r\n]{1,8192}?)'[ \t]*(?=\r?\n|$)/,
    mask: 'full',
    validate: (v) => !/^\*+$/.test(v) && secretValueOk('secret', v),
    remediation: 'Rotate every secret the debug log printed, and turn step debug logging off on runners that do not mask secrets',
  }),
  defineDetector({
    id: 'secrets-object-member',
    name: 'String member of a `secrets` object (`"secrets":{"hmac":"…","ddKey":"…"}`)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    keywords: ['secrets'],
    // The member's opening quote, then (looking back on its line, past no brace) the object's `secrets: {`: every member, not the first only.
    pattern:
      /(?:(?<![\w$\\])\\{0,3}["']|(?<=[{,][ \t]{0,3}))(?<=secrets\\{0,3}["']?[ \t]{0,3}[:=][ \t]{0,3}\{[^{}\r\n]{0,600})(?<k>[A-Za-z_$][\w:.$-]{0,60})\\{0,3}["'][ \t]{0,3}:[ \t]{0,3}\\{0,3}["'](?<v>[^"'\\\s]{8,512})\\{0,3}["']/i,
    mask: 'full',
    // Round r79: a member that says when a secret changed or names a request (`secretRotated`, `idempotencyKey`) holds a time or an id.
    validate: (v, ctx) => !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !/(?:idempoten|correlation|request_?id|trace|rotated|changed|created|updated|expires)/i.test(ctx.key ?? '') && secretValueOk('secret', v),
    remediation: 'Rotate these secrets and log which secrets a function was given by name, not by value',
  }),
  defineDetector({
    id: 'ssm-parameter-path-secret',
    name: 'Secret after a parameter path that names it and a tab (`/app/prod/db/password<TAB>…`, `aws ssm … --output text`)',
    category: 'credential',
    severity: 'critical',
    priority: 45,
    confidence: 0.8,
    keywords: ['password\t', 'passwd\t', 'secret\t', 'token\t', 'key\t', 'credentials\t'],
    pattern:
      /(?<![\w/.-])(?<k>\/(?:[\w.-]{1,64}\/){1,12}[\w.-]{0,40}?(?:password|passwd|secret|token|api[-_]?key|private[-_]?key|auth[-_]?key|server[-_]?key|credentials))\t(?<v>[^\s]{6,8192})/i,
    mask: 'full',
    validate: (v, ctx) => keyedSecretValue((ctx.key ?? '').slice((ctx.key ?? '').lastIndexOf('/') + 1), v),
    remediation: 'Rotate these parameters and keep `--with-decryption` output out of terminals that are pasted into chat',
  }),
  defineDetector({
    id: 'fastlane-apple-session-env',
    name: 'fastlane Apple ID session or app-specific password under a `FASTLANE_*`/`SPACESHIP_*` key',
    category: 'credential',
    severity: 'high',
    priority: 45,
    confidence: 0.8,
    keywords: ['fastlane_', 'spaceship_'],
    pattern: /(?<![\w-])(?<k>(?:FASTLANE|SPACESHIP)_[A-Z0-9_]{1,60})[ \t]{0,3}[=:][ \t]{0,3}(?:'(?<w>[^'\r\n]{8,8192})'|"(?<u>[^"\r\n]{8,8192})"|(?<v>[^\s"']{8,4096}))/i,
    mask: 'full',
    validate: (v, ctx) => {
      // Only keys of a password, a session or a secret: `FASTLANE_LANE=beta-ship-team-name` has the shape too.
      const key = ctx.key ?? '';
      if (!/PASS|PWD|SESSION|SECRET|TOKEN|CREDENTIAL/i.test(key)) return false;
      if (/^[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}$/.test(v)) return !isLowEntropy(v.replace(/-/g, '')) && !/^abcd-efgh/.test(v);
      return /SESSION/i.test(key) && secretValueOk('secret', v);
    },
    remediation: 'Revoke the app-specific password or the fastlane session (appleid.apple.com) and use an App Store Connect API key in CI',
  }),
  defineDetector({
    id: 'authorization-value-quoted-in-mismatch',
    name: 'Whole Authorization value quoted as what a comparison got or expected (`header mismatch (got "Bearer …")`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.8,
    keywords: ['got "bearer', "got 'bearer", 'got: "bearer', 'got "basic', 'got "token', 'expected "bearer', "expected 'bearer", 'expected: "bearer', 'expected "basic', 'received "bearer', "received 'bearer"],
    pattern: /(?<![\w-])(?:got|expected|received)[ \t]{0,3}:?[ \t]{0,3}\\{0,3}["'](?<v>(?:Bearer|Basic|Token)[ \t][A-Za-z0-9._~+/=-]{8,2048})\\{0,3}["']/i,
    mask: 'full',
    validate: (v) => {
      const tok = v.slice(v.search(/[ \t]/) + 1);
      return !/^[*x.]+$/i.test(tok) && secretValueOk('secret', tok);
    },
    remediation: 'Rotate the shared webhook authorization value and log only whether it matched',
  }),
  defineDetector({
    id: 'revenuecat-secret-key',
    name: 'RevenueCat secret API key (`sk_` and 32 letters and digits)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['sk_'],
    keywordBoundary: 'word',
    pattern: /(?<![\w-])(?<v>sk_[A-Za-z0-9]{32})(?![\w-])/,
    mask: 'prefix',
    kind: /^sk_/,
    validate: (v) => {
      const body = v.slice(3);
      return /[A-Z]/.test(body) && /[a-z]/.test(body) && !isLowEntropy(body);
    },
    remediation: 'Revoke this RevenueCat secret key (Project settings > API keys) and keep it on the server, out of logs',
  }),
];

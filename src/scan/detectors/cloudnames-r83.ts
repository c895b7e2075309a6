import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { PERSON } from './contact-names';
import { labelledNameOk } from './names-h28';
import { PERSON_R32, ciPersonOk } from './names-r32';

/**
 * Round r83 (blind set 83: cloud platforms' own logs and audit trails), people's names:
 * - as an AWS role session name, which SSO and federated sign-ins set to the user's own (`assumed-role/AWSReservedSSO_Admin_…/ana.ruiz`,
 *   `"principalId":"AROA…:ana.ruiz"`);
 * - under a debug or forwarded user header (`"x-debug-user":"Ana Ruiz "`, `X-Remote-User: Ana Ruiz`);
 * - under the `name` claim of an Azure Activity Log caller (`"claims": {"name": "Ana Ruiz", …}`);
 * - before a street address in one quoted value (`value: "Ana Ruiz, 65 Rue des Lilas, Berlin 10437"`);
 * - after a secret's lifecycle verb and `by` in an audit note (`rotated by Ana Ruiz after ticket SEC-1`, `revoked by …`);
 * - in an uploaded document's object key, words joined by `+` or `%20` (`kyc/Ana+Ruiz_passport.jpg`, `Sof%C3%ADa+Ruiz_id.png`).
 * Left alone on purpose: service and CI session names (`gha-deploy`, `botocore-session-…`, hex ids), team and product names.
 */

/** Title-case words that start no person's name in these records. */
const NOT_GIVEN = /^(?:Admin|Administrator|Support|Billing|Ops|Platform|Security|Service|System|Default|Test|Demo|Deploy|Build|Release|Team|Cloud|Azure|Google|Amazon|Microsoft|Heroku|Acme|Main|Head|Office)\b/;
const nameOk = (v: string): boolean => labelledNameOk(v.trim()) && !NOT_GIVEN.test(v.trim());

/** A title-case name word in a URL or object key, its accented letters percent-encoded (`Sof%C3%ADa`). */
const URL_WORD = String.raw`[A-Z](?:[a-z]|%[Cc]3%[89ABab][0-9A-Fa-f]){1,20}`;
/** Document words after a person's name in an uploaded file's name. */
const DOC_WORD = String.raw`(?:passport|id|id[_-]?card|identity|license|licence|driving[_-]?licen[cs]e|selfie|kyc|proof[_-]?of[_-]?address|poa|statement|bank[_-]?statement|payslip|contract|cv|resume|visa|w-?2|w-?9|tax[_-]?return|birth[_-]?certificate|utility[_-]?bill)`;

/** Words of a session name that name a tool, a service or a process, not a person. */
const NOT_SESSION_WORD = /^(?:ci|cd|gha|github|gitlab|jenkins|deploy|deployer|terraform|tf|pulumi|bot|robot|svc|service|session|botocore|boto|aws|sdk|cli|console|admin|root|test|lambda|ecs|eks|ec2|task|runner|build|release|sync|backup|etl|cron|job|worker|app|api|prod|dev|staging|default|user|readonly|ops|sso|role|assume|assumed|auto|scaling|config|cloud|data|web|node|instance|cluster|pipeline|codebuild|codepipeline|karpenter|argocd|flux|airflow|spark|glue|emr|batch)$/;

/** A session name that reads as a person's login: two or three letter-only parts joined by dots (`ana.ruiz`, `j.van.dijk`). */
function personSession(v: string): boolean {
  const parts = v.split('.');
  if (parts.length < 2 || parts.length > 3) return false;
  if (parts.some((p) => !/^[a-zß-ÿ][a-zß-ÿ'-]{0,30}$/.test(p) || NOT_SESSION_WORD.test(p))) return false;
  return parts[parts.length - 1]!.length >= 2 && parts.join('').length >= 5;
}

export const CLOUDNAMES_R83_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-aws-role-session',
    name: "Person's login as an AWS role session name (`assumed-role/AWSReservedSSO_Admin_…/ana.ruiz`, `AROA…:ana.ruiz`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.6,
    keywords: ['assumed-role/', 'aroa'],
    pattern: /(?:assumed-role\/[\w+=,.@-]{1,128}\/|(?<![A-Z0-9])AROA[A-Z0-9]{12,20}:)(?<v>[a-zß-ÿ][a-zß-ÿ'-]{0,30}(?:\.[a-zß-ÿ][a-zß-ÿ'-]{0,30}){1,2})(?![\wß-ÿ@.-])/,
    mask: 'full',
    validate: (v) => personSession(v),
    remediation: "Keep CloudTrail records out of alerts, or drop the userIdentity block: SSO session names are people's logins",
  }),
  defineDetector({
    id: 'person-name-user-header',
    name: "Person's name under a debug, remote or forwarded user header (`\"x-debug-user\":\"Ana Ruiz\"`, `X-Remote-User: Ana Ruiz`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.6,
    keywords: ['-user'],
    pattern: new RegExp(String.raw`(?<![\w-])[Xx]-(?:[A-Za-z]{1,20}-){0,2}[Uu]ser(?:-?[Nn]ame)?\\{0,3}["']?[ \t]{0,2}:[ \t]{0,2}\\{0,3}["']?(?<v>${PERSON})[ \t]{0,2}(?=\\{0,3}["']|[ \t]*$|\r?\n)`, 'm'),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Stop echoing users' names in debug headers, or drop those headers from edge logs",
  }),
  defineDetector({
    id: 'person-name-token-claims',
    name: "Person's name under the `name` claim of a caller's token claims (`\"claims\": {\"name\": \"Ana Ruiz\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.65,
    keywords: ['claims'],
    span: 600,
    spanBack: 4,
    pattern: new RegExp(String.raw`\\{0,3}"claims?\\{0,3}"\s{0,3}:\s{0,3}\{(?:[^{}]{0,400}?,)?\s{0,12}\\{0,3}"(?:name|given_name_family_name|unique_name_display)\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"(?<v>${PERSON})\\{0,3}"`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Keep activity logs' caller claims out of alerts: they carry the signed-in person's name",
  }),
  defineDetector({
    id: 'person-name-before-street-address',
    name: "Person's name before their street address in one quoted value (`\"Ana Ruiz, 65 Rue des Lilas, Berlin 10437\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.6,
    keywords: ['"', "'"],
    // The street number after the name's comma (every quoted JSON line holds a quote); a name is at most ~150 characters.
    precheck: { re: /,[ \t]\d{1,5}[A-Za-z]?,?[ \t][A-ZÀ-Þ]/, reach: 200 },
    pattern: new RegExp(String.raw`(?<=["'])(?<v>${PERSON}),[ \t](?=\d{1,5}[A-Za-z]?,?[ \t][A-ZÀ-Þ][\wÀ-ÿ'.-]{1,30}(?:[ \t][\wÀ-ÿ'.-]{1,30}){0,4},[ \t][A-ZÀ-Þ])`),
    mask: 'full',
    validate: (v) => nameOk(v),
    remediation: "Keep people's names and addresses out of config values and logs",
  }),
  defineDetector({
    id: 'person-name-after-secret-verb-by',
    name: "Person's name after a secret's lifecycle verb and `by` in an audit note (`rotated by Ana Ruiz after ticket SEC-1`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.6,
    keywords: ['rotated by', 'revoked by', 'regenerated by', 'renewed by', 'reset by', 'purged by', 'recovered by', 'rolled by', 're-keyed by', 'rekeyed by'],
    pattern: new RegExp(String.raw`(?<![A-Za-z])(?:[Rr]otated|[Rr]evoked|[Rr]egenerated|[Rr]enewed|[Rr]eset|[Pp]urged|[Rr]ecovered|[Rr]olled|[Rr]e-?keyed) by (?:user |@)?(?<v>${PERSON_R32})(?![\w'’-]| [A-Z])`),
    mask: 'full',
    validate: (v) => ciPersonOk(v) && !NOT_GIVEN.test(v),
    remediation: 'Record who rotated or revoked a secret by user id, not by name',
  }),
  defineDetector({
    id: 'person-name-in-document-object-key',
    name: "Person's name in an uploaded document's object key (`kyc/Ana+Ruiz_passport.jpg`)",
    category: 'personal',
    severity: 'medium',
    priority: 35,
    confidence: 0.6,
    keywords: ['passport', 'id_card', 'id-card', '_id.', '-id.', 'identity', 'licen', 'selfie', 'kyc', 'proof', 'poa', 'statement', 'payslip', 'contract', '_cv', '-cv', 'resume', 'visa', 'w2', 'w-2', 'w9', 'w-9', 'tax', 'certificate', 'bill'],
    // The document's file extension (its keywords are common words: `tax`, `bill`, `statement`); it ends a match of at
    // most ~440 characters (three words of up to 121, the document word and 40 more).
    precheck: { re: /\.(?:jpe?g|png|pdf|heic|tiff?|gif|webp|docx?)(?![A-Za-z])/, reach: 480 },
    pattern: new RegExp(String.raw`(?<=\/)(?<v>${URL_WORD}(?:\+|%20)${URL_WORD}(?:(?:\+|%20)${URL_WORD})?)(?=[_-]${DOC_WORD}[\w.-]{0,40}\.(?:jpe?g|png|pdf|heic|tiff?|gif|webp|docx?)(?![A-Za-z]))`),
    mask: 'full',
    validate: (v) => {
      let d: string;
      try {
        d = decodeURIComponent(v.replace(/\+/g, ' '));
      } catch {
        return false;
      }
      return /^[A-ZÀ-Þ]/.test(d) && / [A-ZÀ-Þ]/.test(d) && nameOk(d) && ciPersonOk(d);
    },
    remediation: "Name uploaded documents by an id, not the customer's name, and keep object keys out of logs",
  }),
];

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { personLike } from './paired-names';

/**
 * Round r32 (blind set 32: CI/CD, infrastructure-as-code and cloud operations): people's names as
 * CI systems, git and deployment tools record them — git headers and trailers (`Author:`,
 * `Co-authored-by:`, `Signed-off-by:`), CI variables naming who pushed, queued or approved a build
 * (`GIT_AUTHOR_NAME`, `CI_COMMIT_AUTHOR`, `BUILDKITE_BUILD_CREATOR`, `Build.RequestedFor`,
 * `deployedBy`, `from_name`), the author object of a webhook payload, and prose that says who acted
 * (`Started by user …`, `Triggered by …`, `Approved by …`). The key, label or verb is what says the
 * value is a person; bots, apps and role accounts (`github-actions[bot]`, `GitHub`, `Release Bot`) are not.
 */

/** An initial capital of a name word: ASCII, Latin-1 and Latin Extended-A. */
const UP = String.raw`[A-ZÀ-ÖØ-Þ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** The rest of a name word. */
const LOW = String.raw`[a-zß-öø-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]`;
/** A name word in title case (`O'Connell`, `McAllister`, `LaToya`, `Dubois-Mercier`). */
const WORD = String.raw`(?:[A-Z]['’]|Ma?c(?=[A-Z])|D[aeiu](?=[A-Z])|L[ae](?=[A-Z]))?${UP}${LOW}{1,20}(?:['’-]${UP}?${LOW}{1,20})?`;
/** Particles of family names, Irish ones too (`van der`, `da`, `Ó Súilleabháin`, `Ní Bhriain`). */
const PARTICLE = String.raw`(?:van|von|der|den|de|del|della|la|le|da|das|do|dos|di|du|ter|ten|Ó|Ní|Nic|Uí)`;
/** A full name: two to four title-case words, particles between them. */
export const PERSON_R32 = String.raw`${WORD}(?: ${PARTICLE}){0,2} ${WORD}(?:(?: ${PARTICLE}){0,2} ${WORD}){0,2}`;

/** Words of the bots, apps, tools, roles and events that CI fields also name (`GitHub Actions`, `Release Manager`, `Scheduled Trigger`). */
const NOT_CI_PERSON =
  /\b(?:Git|GitHub|Github|GitLab|Gitlab|Jenkins|Dependabot|Renovate|Actions|Bitbucket|Buildkite|Circle|CircleCI|Azure|DevOps|Pipelines?|Automation|Automated|Deploy|Deployer|Deployment|Release|Releases|Build|Builder|Agent|Runner|Snyk|Mergify|Copilot|Merge|Scheduled|Schedule|Timer|Cron|Upstream|Trigger|Manual|Flow|Terraform|Pulumi|Ansible|Argo|Flux|Vault|Sentry|Grafana|Slack|Opsgenie|PagerDuty|Bots?|Auto|Administrator|Root|Engineer|Manager|Lead|Owner|Reviewer|Approver|Requester|Operator|Incident|Commander|Responder|Board|Committee|Advisory|Change|Policy|Rule|Rules|Branch|Scm|Remote|Host|Account|Noreply|Notifications?|Hello|Thanks|Regards|Unknown|Anonymous|Someone|Nobody|Everyone|Oncall|Rotation|Escalation|Primary|Secondary|Backup|Contact|Finance|Accounts|Payable|Receivable|Procurement|Treasury|Ltd|Limited|Hosting|Cloud|Payroll|Vendor|Parking|Garage|Motors|Dealership)\b/; // Round r51: parking operators and dealers under `operator:`

/** True when `v` reads as a person's name, not a bot, app, role, team or company. */
export const ciPersonOk = (v: string): boolean => personLike(v) && !NOT_CI_PERSON.test(v) && !/\b(?:Jane|John) (?:Doe|Smith)\b/.test(v);

/** A documentation mailbox (RFC 2606/6761 domains: `dana@example.com`, `ci@build.test`). */
const EXAMPLE_MAIL = /@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|example|test|invalid|localhost)(?![\w.-])/i;

/** True when the line holding `[start, end)` gives the person a documentation mailbox: sample data, not a person (`Author: Dana Kim <dana@example.com>`). */
export function exampleMailboxLine(text: string, start: number, end: number): boolean {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  return EXAMPLE_MAIL.test(text.slice(from, to));
}

/** `re` (a regex source of lowercase key names) matching any letter case. */
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/** Keys, labels and git trailers whose value is the person who wrote, pushed, queued, approved or ran something. */
const ROLE_KEY = anyCase(
  String.raw`(?:co-authored-by|signed-off-by|reviewed-by|acked-by|tested-by|reported-by|suggested-by|helped-by|author(?:-email)?|commit(?=:)|committer|creator|requester|requested_?(?:by|for)|approver|approved_?by|deployer|deployed_?by|triggered_?by|triggerer|queued_?by|operator|from_?name|sender_?name|incident_?commander|responder|assignee|user\.name|build_?user|gitlab_?user|unblocker|pusher|maintainer(?:-email)?)`,
);
/**
 * Literals of which every ROLE_KEY match holds one (lowercase; the prefilter finds them in any case): the role words
 * themselves, not their stems (`deployed commit …` lines of every deploy log wake nothing).
 */
const ROLE_WORDS = [
  'co-author', 'signed-off', 'reviewed-by', 'acked-by', 'tested-by', 'reported-by', 'suggested-by', 'helped-by', 'author', 'commit:', 'committer', 'creator',
  'requester', 'requested_by', 'requestedby', 'requested_for', 'requestedfor', 'approver', 'approved_by', 'approvedby', 'deployer', 'deployed_by', 'deployedby',
  'triggered_by', 'triggeredby', 'triggerer', 'queued_by', 'queuedby', 'operator', 'from_name', 'fromname', 'sender_name', 'sendername', 'incident_commander',
  'incidentcommander', 'responder', 'assignee', 'user.name', 'build_user', 'builduser', 'gitlab_user', 'gitlabuser', 'unblocker', 'pusher', 'maintainer',
];
/** Keys and labels of a billing party (`payee`, `billing_contact`, `mandate_contact`): they may name a company as well. */
const BILLING_KEY = anyCase(String.raw`(?:payee(?:[_ ]?name)?|billing[_ ]contact(?:[_ ]?name)?|billingcontact|mandate[_ ]?contact(?:[_ ]?name)?)`);

/** Another identifier in the same record: an e-mail, a phone, an account, an IBAN, a sort code or a card. */
const IDENTIFIER = /[\w.+-]+@[\w-]+\.[a-z]{2,}|\+?\d[\d ()-]{7,16}\d|\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}|\b\d{2}-\d{2}-\d{2}\b|(?<![a-z])(?:iban|account|acct|sort[ _]?code|card|phone|mobile|e-?mail)(?![a-z])/i;

/** What may follow a name: a quote, an e-mail in `<…>` or `(…)`, a field or line end, a column gap, ` via`. */
const AFTER = String.raw`(?=\\{0,3}["']|[ \t]{0,2}<[^<>\s]{1,80}@|[ \t]{0,2}\([^()\s]{1,80}@|[ \t]*(?![^\r\n])|[ \t]*[,;|}\]]|[ \t]{2}| via\b| on \d| \d{4}-\d{2}-\d{2})`;

/** Verbs of who ran, approved or changed a build or deployment, before ` by <name>`. */
const BY_VERB = String.raw`(?:[Ss]tarted|[Tt]riggered|[Rr]equested|[Aa]pproved|[Dd]eployed|[Ii]nitiated|[Qq]ueued|[Rr]ejected|[Cc]ancell?ed|[Aa]borted|[Mm]erged|[Rr]everted|[Rr]olled back|[Pp]romoted|[Uu]nblocked|[Rr]eviewed|[Ss]igned off|[Dd]eclared|[Aa]cknowledged|[Ee]scalated|[Pp]aged|[Pp]ushed|[Ll]aunched)`;

export const NAME_R32_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-under-ci-role-key',
    name: "Person's name under a git header or trailer, a CI variable or a key naming who wrote, pushed, ran or approved a build (`Author:`, `GIT_AUTHOR_NAME`, `Build.RequestedFor`, `deployedBy`)",
    category: 'personal',
    severity: 'medium',
    priority: 43.75,
    confidence: 0.7,
    keywords: ROLE_WORDS,
    // `Author: Ann Lee <ann@x.io>`, `Co-authored-by: Ann Lee <…>`, `GIT_AUTHOR_NAME=Ann Lee`, `BUILDKITE_BUILD_CREATOR="Ann Lee"`,
    // `##[debug]Build.RequestedFor=Ann Lee`, `git config user.name "Ann Lee"`, `{"deployedBy":"Ann Lee"}`, `from_name: "Ann Lee"`.
    pattern: new RegExp(
      String.raw`(?:(?<![A-Za-z0-9])|(?<=[a-z])(?=[A-Z]))(?<k>${ROLE_KEY})(?:[_.-]?${anyCase('(?:display[_.-]?)?name')})?(?:\\{0,3}["'])?(?:[ \t]{0,3}(?:=>|[:=])[ \t]{0,8}|[ \t]{1,3}(?=["']))(?:\\{0,3}["'])?(?:user )?(?<v>${PERSON_R32})${AFTER}`,
    ),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Print commit and build metadata without people's names (ids or usernames are enough)",
  }),
  defineDetector({
    id: 'person-name-under-billing-party-key',
    name: "Person's name under a billing party's key or label (`payee:`, `Billing contact:`, `mandate_contact:`) in a record with their account or contact",
    category: 'personal',
    severity: 'medium',
    priority: 43.75,
    confidence: 0.65,
    // The record around the name: the lines above (a config's accounts) and below (a payout's sort code and account).
    span: 300,
    spanBack: 6,
    keywords: ['payee', 'billing contact', 'billing_contact', 'billingcontact', 'mandate'],
    // `payee: Ann Lee` over `sort code: … account: …`, `Billing contact: Ann Lee, ann@x.io`, `mandate_contact: Ann Lee` under an IBAN.
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<k>${BILLING_KEY})(?:\\{0,3}["'])?[ \t]{0,3}(?:=>|[:=])[ \t]{0,8}(?:\\{0,3}["'])?(?<v>${PERSON_R32})${AFTER}`,
    ),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end) && nearby(IDENTIFIER, ctx.text, ctx.start, ctx.end, 250),
    remediation: "Refer to payees and billing contacts by account id in configs and logs, not by name",
  }),
  defineDetector({
    id: 'person-name-in-commit-author-object',
    name: "Person's name in the author, committer or pusher object of a webhook or CI context payload",
    category: 'personal',
    severity: 'medium',
    priority: 43.75,
    confidence: 0.7,
    // A pretty-printed object spreads over the next lines.
    span: 300,
    keywords: ['"author"', '"committer"', '"pusher"', '"sender"', '"creator"', '"actor"', '"author\\"', '"committer\\"'],
    // GitHub's `"head_commit": {"author": {"email": "…", "name": "Ann Lee"}}`, GitLab's `"author": {"name": "Ann Lee", …}`.
    pattern: new RegExp(
      String.raw`"(?:author|committer|pusher|sender|creator|actor)\\{0,3}"\s{0,2}:\s{0,2}\{[^{}]{0,200}?\\{0,3}"(?:name|display_?[Nn]ame|full_?[Nn]ame)\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"(?<v>${PERSON_R32})\\{0,3}"`,
    ),
    mask: 'full',
    validate: (v) => ciPersonOk(v),
    remediation: "Do not dump the CI event context (`toJSON(github)`); print the fields you need, without people's names",
  }),
  defineDetector({
    id: 'person-name-after-by-in-ci',
    name: "Person's name after a CI or deployment verb and `by` (`Started by user …`, `Triggered by …`, `Approved by …`)",
    category: 'personal',
    severity: 'medium',
    priority: 42.75,
    confidence: 0.65,
    keywords: [
      'started by', 'triggered by', 'requested by', 'approved by', 'deployed by', 'initiated by', 'queued by', 'rejected by', 'cancelled by', 'canceled by',
      'aborted by', 'merged by', 'reverted by', 'rolled back by', 'promoted by', 'unblocked by', 'reviewed by', 'signed off by', 'declared by',
      'acknowledged by', 'escalated by', 'paged by', 'pushed by', 'launched by',
    ],
    // Jenkins `Started by user Ann Lee`, TeamCity `Triggered by Ann Lee via UI`, `Approved by Ann Lee <ann@x.io>`, a Slack text `… failed, triggered by Ann Lee"`.
    pattern: new RegExp(String.raw`(?<![A-Za-z])${BY_VERB} by (?:user |@)?(?<v>${PERSON_R32})(?![\w'’-]| [A-Z])`),
    mask: 'full',
    validate: (v, ctx) => ciPersonOk(v) && !exampleMailboxLine(ctx.text, ctx.start, ctx.end),
    remediation: "Log who ran or approved a build by user id, not by name",
  }),
];

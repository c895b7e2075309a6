import { defineDetector, rei, SEP } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';
import { isVariableReference } from '../references';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** Credentials seen in integration logs: AWS STS, Fly.io, Sumo Logic, Sidekiq, Sourcegraph, SonarQube, Snyk, Docker, Adyen, curl -u… */
export const INTEGRATION_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'aws-session-token',
    name: 'AWS STS session token',
    category: 'credential',
    severity: 'high',
    keywords: ['iqojb3jpz2lux2vj', 'fwogzxivyxdz'],
    pattern: /(?<![A-Za-z0-9+/])(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)[A-Za-z0-9+/]{80,4000}={0,2}(?![A-Za-z0-9+/=])/,
    kind: /^(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE)/,
    remediation: 'Revoke the session of this temporary AWS credential (revoke older sessions on the role) and stop logging STS responses',
  }),
  defineDetector({
    id: 'flyio-token',
    name: 'Fly.io access token',
    category: 'credential',
    severity: 'critical',
    keywords: ['fo1_', 'flyv1 ', 'fm2_', 'fm1a_', 'fm1r_'],
    pattern: /(?<![\w-])(?:fo1_[\w-]{43}|(?:FlyV1 )?fm(?:2|1[ar])_[A-Za-z0-9+/=_-]{40,4000}(?:,fm(?:2|1[ar])_[A-Za-z0-9+/=_-]{20,4000})*)(?![\w+/=-])/,
    kind: /^(?:fo1_|FlyV1 fm2_|fm2_|fm1[ar]_)/,
    remediation: 'Revoke this Fly.io token (fly tokens revoke) and issue a new deploy token',
  }),
  defineDetector({
    id: 'sumologic-credentials',
    name: 'Sumo Logic access id or key',
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords: ['sumo'],
    pattern: rei`sumo[\w.-]{0,20}?access[_.-]?(?:id${SEP}(?<v>su[A-Za-z0-9]{12})|key${SEP}(?<w>[A-Za-z0-9]{64}))(?![A-Za-z0-9])`,
    remediation: 'Delete this Sumo Logic access key in Preferences, Access Keys and create a new one',
  }),
  defineDetector({
    id: 'sidekiq-credentials',
    name: 'Sidekiq Enterprise / Pro license credentials',
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords: ['contribsys'],
    pattern: rei`(?:(?:bundle[_.-]{0,2})?(?:enterprise|gems)[_.-]{0,2}contribsys[_.-]{0,2}com(?:${SEP}|\s{1,3})(?<v>[0-9a-f]{8}:[0-9a-f]{8})|https?://(?<w>[0-9a-f]{8}:[0-9a-f]{8})@(?:enterprise|gems)\.contribsys\.com)(?![0-9a-f])`,
    mask: 'full',
    remediation: 'Ask Contributed Systems to rotate these Sidekiq license credentials and move them to a secret store',
  }),
  defineDetector({
    id: 'sourcegraph-token',
    name: 'Sourcegraph access token',
    category: 'credential',
    severity: 'high',
    keywords: ['sgp_'],
    pattern: /(?<![\w])sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40}(?![\w])/,
    validate: (v) => !isLowEntropy(v.slice(4)),
    kind: /^sgp_/,
    remediation: 'Delete this Sourcegraph access token in the user settings',
  }),
  defineDetector({
    id: 'sonarqube-token',
    name: 'SonarQube token',
    category: 'credential',
    severity: 'high',
    keywords: ['squ_', 'sqp_', 'sqa_'],
    pattern: /(?<![\w])sq[upa]_[a-f0-9]{40}(?![\w])/,
    kind: /^sq[upa]_/,
    remediation: 'Revoke this SonarQube token in My Account, Security',
  }),
  defineDetector({
    id: 'snyk-token',
    name: 'Snyk API token',
    category: 'credential',
    severity: 'high',
    priority: 80,
    keywords: ['snyk'],
    pattern: rei`snyk[\w.-]{0,20}?(?:token|key|auth)${SEP}(?<v>${UUID})(?![\w-])`,
    remediation: 'Revoke this Snyk token in the account or service-account settings',
  }),
  defineDetector({
    id: 'docker-pat',
    name: 'Docker Hub access token',
    category: 'credential',
    severity: 'high',
    keywords: ['dckr_pat_', 'dckr_oat_'],
    pattern: /(?<![\w])dckr_(?:pat|oat)_[\w-]{27,32}(?![\w-])/,
    kind: /^dckr_[po]at_/,
    remediation: 'Delete this Docker Hub access token in Account settings, Personal access tokens',
  }),
  defineDetector({
    id: 'adyen-api-key',
    name: 'Adyen API key',
    category: 'credential',
    severity: 'critical',
    keywords: ['aqe'],
    pattern: /(?<![\w+/])AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{40,60}={0,2}-(?:[\w!#$%&*+./:;<=>?@[\]^{|}~()-]|,(?![\s"']|$)){8,40}/,
    kind: /^AQE/,
    remediation: 'Generate a new Adyen API key for this credential in the Customer Area and revoke the old one',
  }),
  defineDetector({
    id: 'facebook-app-token',
    name: 'Facebook app access token (app id|secret)',
    category: 'credential',
    severity: 'high',
    // A 15-16 digit run (the card shape) on a line holding `|`: not a keyword `|`, which the
    // prefilter reads as any field delimiter (a comma on every other line).
    shape: 'card',
    needs: ['|'],
    // app id|app secret (32 hex) or app id|client token (27-40 URL-safe characters).
    pattern: /(?<![\w])\d{15,16}\|(?<v>[0-9a-f]{32}|[0-9A-Za-z_-]{27,40})(?![\w-])/,
    remediation: 'Reset the secret of this Facebook app in the app dashboard',
  }),
  defineDetector({
    id: 'curl-user-credentials',
    name: 'curl -u user:password',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['curl'],
    span: 600,
    // `-u user:pass`, `--user "user:pass"`, `-u ":pass"` (the user up to 128 characters: PayPal client ids are 80), also on a continuation line of the curl command;
    // the password may be quoted on its own (`-u user:'pa ss'`, shell style): groups w/u take it whole.
    // Round r42: with the whole pair quoted (`-u "ann:north crate rolls 89?"`), the password runs to the closing quote.
    pattern: /(?<![\w-])(?:-u|--user)(?:=|\s{1,3})["']?[^\s:"'$<]{0,128}:(?:'(?<w>[^'\r\n]{1,128})'|"(?<u>[^"\r\n]{1,128})"|(?<v>(?<="[^\s:"'$<]{0,128}:)[^"\r\n]{1,128}(?=")|(?<='[^\s:"'$<]{0,128}:)[^'\r\n]{1,128}(?=')|[^\s"'<>]{1,128}))/,
    mask: 'full',
    placeholders: true,
    // `curl` within 450 characters before the value (inside the keyword's window, value included: the same answer there as
    // in a whole text, where an `etcdctl --user=u:p` far below a curl command is no curl credential).
    validate: (v, ctx) => /curl/i.test(ctx.text.slice(Math.max(0, ctx.start - 450), ctx.start)) && !isVariableReference(v),
    remediation: 'Change this password and pass curl credentials with --netrc-file or a config file, not the command line',
  }),
  defineDetector({
    id: 'google-refresh-token',
    name: 'Google OAuth refresh token',
    category: 'credential',
    severity: 'high',
    keywords: ['1//0'],
    pattern: /(?<![\w/])1\/\/0[\w-]{40,512}/,
    kind: /^1\/\/0/,
    remediation: 'Revoke this Google refresh token (the OAuth grant) and check which client logged it',
  }),
];


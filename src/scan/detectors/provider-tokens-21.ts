import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * Provider token formats of round fix21: Azure DevOps' 52-character PATs, Yandex Cloud IAM
 * tokens, Asana's app-scoped PATs standing alone, Opsgenie's `GenieKey` header and Gemfury
 * tokens in repository URLs.
 */
export const PROVIDER_TOKEN_21_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'azure-devops-legacy-pat',
    name: 'Azure DevOps personal access token (52-character format)',
    category: 'credential',
    severity: 'critical',
    priority: 40.1, // round l86: over secret-assignment (40), which reads `…_PAT` keys now too
    // 52 lowercase base32 characters: found where Azure DevOps is named (`AZURE_DEVOPS_PAT`, `SYSTEM_ACCESSTOKEN`,
    // `dev.azure.com`, `*.visualstudio.com`) or sent as the password of an empty user (`curl -u :<pat>`).
    keywords: ['devops', 'vsts', 'azdo', 'ado_pat', 'ado_token', 'system_accesstoken', 'visualstudio.com', '-u :', '--user :'],
    pattern: /(?<![\w-])[a-z2-7]{52}(?![\w-])/,
    // Random base32 of 52 holds a digit but for 1 draw in 50 000; a word run (`abcdef…`) does not.
    validate: (v) => /[2-7]/.test(v) && /[a-z].*[a-z]/.test(v) && new Set(v).size >= 16,
    remediation: 'Revoke this PAT (User settings > Personal access tokens) and use a Microsoft Entra token or a scoped, short-lived PAT',
  }),
  defineDetector({
    id: 'yandex-iam-token',
    name: 'Yandex Cloud IAM token',
    category: 'credential',
    severity: 'high',
    priority: 70,
    keywords: ['t1.'],
    // `t1.` + a base64url header + `.` + an 86-character base64url signature (12 hours valid).
    pattern: /(?<![\w.-])t1\.[A-Za-z0-9_-]{8,200}={0,2}\.[A-Za-z0-9_-]{86}={0,2}(?![\w.-])/,
    kind: /^t1\./,
    remediation: 'Stop logging IAM tokens; revoke the service account key or OAuth token it was issued for',
  }),
  defineDetector({
    id: 'asana-app-pat',
    name: 'Asana personal access token (app-scoped form)',
    category: 'credential',
    severity: 'high',
    priority: 70,
    // `2/<user gid>/<app gid>:<32 hex>` (and `1/<gid>:<32 hex>` with a 16-digit gid): its digit runs are the
    // prefilter's card shape, so it is found without the word `asana` nearby.
    shape: 'card',
    pattern: /(?<![\w/.:-])(?:2\/\d{13,19}\/\d{13,19}|1\/\d{15,19}):[a-f0-9]{32}(?![\w-])/,
    kind: /^[12]\//,
    remediation: 'Delete this Asana personal access token in My Settings, Apps, Developer apps',
  }),
  defineDetector({
    id: 'opsgenie-api-key',
    name: 'Opsgenie API key',
    category: 'credential',
    severity: 'high',
    priority: 70,
    keywords: ['geniekey'],
    // Opsgenie's REST API header `Authorization: GenieKey <uuid>`.
    pattern: new RegExp(String.raw`GenieKey[ \t]{1,4}(?<v>${UUID})(?![\w-])`, 'i'),
    remediation: 'Delete this Opsgenie API key (Settings > API key management, or the integration) and create a new one',
  }),
  defineDetector({
    id: 'gemfury-url-token',
    name: 'Gemfury token in a repository URL',
    category: 'credential',
    severity: 'high',
    priority: 70,
    keywords: ['.fury.io'],
    // `https://<token>@push.fury.io/<account>/`, `https://<token>:@repo.fury.io/<account>/` (pip, bundler, git push).
    pattern: /https?:\/\/(?<v>[A-Za-z0-9_-]{12,64}):?@(?:push|repo|git|pypi|npm|gem|api|npm-proxy)\.fury\.io\b/i,
    validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v),
    remediation: 'Revoke this Gemfury token (Account > Tokens) and use a scoped deploy token kept in a secret store',
  }),
];

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isLowEntropy } from '../validators';

/**
 * Azure "identifiable" keys: base64 keys with a fixed service signature at a fixed offset (Microsoft's
 * format, recognised by GitHub secret scanning): [signature, characters before it, characters after it
 * (padding included)].
 */
const IDENTIFIABLE: readonly [string, number, string][] = [
  // 64-byte keys: 88 characters, `==` padded.
  ['\\+ASt', 76, '[A-Za-z0-9+/]{6}=='], // Storage (found under key names by the storage detectors; bare here)
  ['ACDb', 76, '[A-Za-z0-9+/]{6}=='], // Cosmos DB
  ['\\+ABa', 76, '[A-Za-z0-9+/]{6}=='], // Batch
  ['APIM', 76, '[A-Za-z0-9+/]{6}=='], // API Management
  // 32-byte keys: 44 characters, `=` padded.
  ['\\+ASb', 33, '[A-Za-z0-9+/]{6}='], // Service Bus
  ['\\+AEh', 33, '[A-Za-z0-9+/]{6}='], // Event Hubs
  ['\\+ARm', 33, '[A-Za-z0-9+/]{6}='], // Relay
  ['AzCa', 33, '[A-Za-z0-9+/]{6}='], // Cache for Redis
  ['AZEG', 33, '[A-Za-z0-9+/]{6}='], // Event Grid
  // 39-byte keys: 52 characters.
  ['AzSe', 42, '[A-Za-z0-9+/]{6}'], // AI Search
  ['\\+ACR', 42, '[A-Za-z0-9+/]{6}'], // Container Registry
];

const B64_BEFORE = (n: number): string => `[A-Za-z0-9+/]{${n}}`;
const ALTS = [
  ...IDENTIFIABLE.map(([sig, n, after]) => `${B64_BEFORE(n)}${sig}${after}`),
  // Functions keys are URL-safe base64: 56 characters, `AzFu` at 45.
  '[A-Za-z0-9_-]{44}AzFu[A-Za-z0-9_-]{5}[AQgw]==',
];

/** Random base64 of a key: letters of both cases and digits, not a run. */
const keyLike = (v: string): boolean => /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && !isLowEntropy(v.replace(/[=]+$/, ''));

/** Round gh28: Azure service keys told by their embedded signature; New Relic (`NRAL`) and MaxMind (`_mmk`) license keys by their suffix. */
export const AZURE_KEY_GH28_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'azure-identifiable-key',
    name: 'Azure identifiable service key (Storage, Cosmos DB, Service Bus, Event Hubs, Relay, Redis, Event Grid, Search, ACR, Batch, APIM, Functions)',
    category: 'credential',
    severity: 'critical',
    priority: 74,
    keywords: ['+ast', 'acdb', '+aba', 'apim', '+asb', '+aeh', '+arm', 'azca', 'azeg', 'azse', '+acr', 'azfu'],
    needs: ['+ASt', 'ACDb', '+ABa', 'APIM', '+ASb', '+AEh', '+ARm', 'AzCa', 'AZEG', 'AzSe', '+ACR', 'AzFu'],
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9+/_-])(?:${ALTS.join('|')})(?![A-Za-z0-9+/=_-])`),
    mask: 'full',
    validate: keyLike,
    remediation: 'Regenerate this Azure key (the resource\'s Keys or Access keys blade) and move it to Key Vault or a managed identity',
  }),
  defineDetector({
    id: 'azure-common-annotated-key',
    name: 'Azure common annotated key (Azure OpenAI, AI services and others, 84 characters)',
    category: 'credential',
    severity: 'critical',
    priority: 74,
    keywords: ['jqqj9'],
    needs: ['JQQJ9'],
    // 52 random characters, the `JQQJ9` signature and a version character, 18 of metadata, a 4-letter
    // provider signature (`ACOG`: Cognitive Services/OpenAI), 4 of checksum. Azure DevOps (`AZDO`) has its own.
    pattern: /(?<![\w-])[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9]{18}(?!AZDO)[A-Za-z0-9]{8}(?![\w-])/,
    mask: 'full',
    validate: (v) => keyLike(v.slice(0, 52)),
    remediation: 'Regenerate this Azure key (the resource\'s Keys and Endpoint blade) and move it to Key Vault or a managed identity',
  }),
  defineDetector({
    id: 'newrelic-license-key',
    name: 'New Relic ingest license key',
    category: 'credential',
    severity: 'high',
    priority: 74,
    keywords: ['nral'],
    needs: ['NRAL'],
    // 36 hex characters and the `NRAL` suffix (40 in all).
    pattern: /(?<![\w-])[a-f0-9]{36}NRAL(?![\w-])/,
    mask: 'full',
    validate: (v) => /[a-f]/.test(v.slice(0, 36)) && /\d/.test(v.slice(0, 36)) && !isLowEntropy(v.slice(0, 36)),
    remediation: 'Rotate this New Relic license key (API keys > Ingest - License) and update the agents that use it',
  }),
  defineDetector({
    id: 'maxmind-license-key',
    name: 'MaxMind license key',
    category: 'credential',
    severity: 'high',
    priority: 74,
    keywords: ['_mmk'],
    needs: ['_mmk'],
    // 6 characters (the key id), `_`, 29 characters, the `_mmk` suffix (the 2024 format).
    pattern: /(?<![\w-])[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk(?![\w-])/,
    mask: 'full',
    validate: (v) => keyLike(v.slice(7, 36)),
    remediation: 'Deactivate this MaxMind license key (Account > Manage license keys) and generate a new one for geoipupdate',
  }),
];

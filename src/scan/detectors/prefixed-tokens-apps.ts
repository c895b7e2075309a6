import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/**
 * SaaS, AI, cloud and payment keys with a published prefix (blind set 13's breadth round):
 * Contentful, Figma, Typeform, ClickUp, Klaviyo, OneSignal, xAI, Resend, `sk-` keys of
 * OpenAI-compatible providers, Alibaba and Tencent Cloud key ids, GCS HMAC ids, Mercado Pago access tokens.
 */
export const APP_PREFIXED_TOKEN_DETECTORS: readonly Detector[] = [
  prefixedToken({
    id: 'contentful-pat',
    name: 'Contentful personal access token',
    prefix: 'CFPAT-',
    body: '[A-Za-z0-9_-]{43}',
    severity: 'critical',
    remediation: 'Revoke this Contentful token (Settings > CMA tokens) and create a new one',
  }),
  prefixedToken({
    id: 'figma-pat',
    name: 'Figma personal access token',
    prefix: ['figd_', 'figu_'],
    body: '[A-Za-z0-9_-]{36,48}',
    remediation: 'Revoke this Figma token (Settings > Security > Personal access tokens)',
  }),
  prefixedToken({
    id: 'typeform-token',
    name: 'Typeform personal access token',
    prefix: 'tfp_',
    body: '[A-Za-z0-9_.=-]{40,70}',
    remediation: 'Revoke this Typeform token (Account > Personal tokens)',
  }),
  prefixedToken({
    id: 'clickup-token',
    name: 'ClickUp personal API token',
    prefix: 'pk_',
    // `pk_<user id>_<32 capitals or digits>` (not Stripe's `pk_live_`, which is public).
    body: '[0-9]{5,12}_[A-Z0-9]{32}',
    remediation: 'Regenerate this ClickUp API token (Settings > Apps)',
  }),
  prefixedToken({
    id: 'klaviyo-private-key',
    name: 'Klaviyo private API key',
    // Private keys are `pk_` + 34 hex (public site ids are 6 characters, no prefix).
    prefix: 'pk_',
    body: '[a-f0-9]{34}',
    remediation: 'Revoke this Klaviyo private API key (Settings > API keys) and create a new one',
  }),
  prefixedToken({
    id: 'onesignal-api-key',
    name: 'OneSignal REST API key',
    prefix: ['os_v2_app_', 'os_v2_org_'],
    body: '[a-z0-9]{80,130}',
    remediation: 'Rotate this OneSignal API key (Settings > Keys & IDs)',
  }),
  prefixedToken({
    id: 'xai-api-key',
    name: 'xAI (Grok) API key',
    prefix: 'xai-',
    body: '[A-Za-z0-9]{70,90}',
    remediation: 'Delete this xAI API key in the xAI console and create a new one',
  }),
  prefixedToken({
    id: 'resend-api-key',
    name: 'Resend API key',
    prefix: 're_',
    body: '[A-Za-z0-9]{8}_[A-Za-z0-9]{24}',
    remediation: 'Delete this Resend API key (API Keys page) and create a new one',
  }),
  prefixedToken({
    id: 'sk-api-key',
    name: 'API key of an OpenAI-compatible provider (DeepSeek, Moonshot…)',
    // `sk-` + 32 hex (DeepSeek) or + 48 letters and digits (Moonshot, legacy OpenAI style);
    // the longer `sk-proj-`, `sk-ant-`, `sk-or-v1-` keys have detectors of their own.
    prefix: 'sk-',
    body: '[a-f0-9]{32}|[A-Za-z0-9]{48}',
    remediation: "Delete this API key in the provider's console and create a new one",
  }),
  prefixedToken({
    id: 'alibaba-access-key-id',
    name: 'Alibaba Cloud AccessKey ID',
    prefix: 'LTAI',
    body: '[A-Za-z0-9]{12,20}',
    remediation: 'Disable this Alibaba Cloud AccessKey pair in the RAM console and create a new one',
  }),
  prefixedToken({
    id: 'tencent-secret-id',
    name: 'Tencent Cloud SecretId',
    prefix: 'AKID',
    body: '[A-Za-z0-9]{32}',
    remediation: 'Disable this Tencent Cloud API key in the CAM console and create a new one',
  }),
  prefixedToken({
    id: 'gcp-hmac-access-id',
    name: 'Google Cloud Storage HMAC access id',
    // `GOOG1E…` (service accounts, 61 characters) and `GOOG1…` user keys: the id half of an S3-style key pair.
    prefix: 'GOOG1',
    body: '[A-Z0-9]{20,60}',
    remediation: 'Deactivate and delete this HMAC key (Cloud Storage > Settings > Interoperability) and create a new one',
  }),
  prefixedToken({
    id: 'mercadopago-access-token',
    name: 'Mercado Pago access token',
    // `APP_USR-<16 digits>-<6 digits>-<32 hex>-<user id>`; `TEST-…` in the sandbox.
    prefix: ['APP_USR-', 'TEST-'],
    body: '[0-9]{16}-[0-9]{6}-[a-f0-9]{32}-[0-9]{6,12}',
    testPrefix: /^TEST-/,
    severity: 'critical',
    remediation: 'Renew this Mercado Pago access token (Your integrations > Credentials) and move it to a secret store',
  }),
];

import { abaOk, ibanOk, luhnOk } from './blind-set-77-gen';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const json = (s: string): unknown => {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
};
const b64json = (s: string): unknown => json(Buffer.from(s, 'base64url').toString('utf8'));

/** A JWT: three base64url parts, the first two JSON objects, the header naming an algorithm. */
export function jwtOk(v: string): boolean {
  const parts = v.split('.');
  if (parts.length !== 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return false;
  const h = b64json(parts[0]!) as { alg?: string } | undefined;
  const p = b64json(parts[1]!);
  return !!h && typeof h.alg === 'string' && !!p && typeof p === 'object';
}

function ssnOk(v: string): boolean {
  const m = /^(\d{3})-?(\d{2})-?(\d{4})$/.exec(v);
  if (!m) return false;
  const [a, g, s] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return a !== 0 && a !== 666 && a < 900 && g !== 0 && s !== 0;
}

function dateOk(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.getUTCDate() === Number(m[3]) && Number(m[1]) > 1900 && Number(m[1]) < 2010;
}

const b64Bytes = (s: string): number => (/^[A-Za-z0-9+/]+={0,2}$/.test(s) && s.length % 4 === 0 ? Buffer.from(s, 'base64').length : -1);

const JWT_KINDS = new Set(['stytch-session-jwt', 'clerk-session-jwt', 'turso-auth-token', 'supabase-service-role-key', 'hygraph-token', 'front-api-token', 'kustomer-api-key', 'calendly-token', 'lemonsqueezy-api-key', 'unit-api-token', 'client-assertion-jwt', 'checkr-oauth-token', 'frontegg-vendor-jwt', 'stream-user-jwt', 'onepassword-connect-token']);

/** Shapes the providers publish for their keys (prefix, length, alphabet). */
const SHAPES: Record<string, RegExp> = {
  'clerk-secret-key': /^sk_live_[A-Za-z0-9]{42}$/,
  'stytch-secret': /^secret-live-[A-Za-z0-9_-]{36}$/,
  'workos-api-key': /^sk_live_[A-Za-z0-9]{30,48}$/,
  'descope-management-key': /^K2[A-Za-z0-9]{87}$/,
  'descope-access-key': /^K2[A-Za-z0-9]{27}:K2[A-Za-z0-9]{67}$/,
  'posthog-personal-api-key': /^phx_[A-Za-z0-9]{47}$/,
  'amplitude-secret-key': /^[0-9a-f]{32}$/,
  'mixpanel-api-secret': /^[0-9a-f]{32}$/,
  'launchdarkly-sdk-key': /^sdk-[0-9a-f-]{36}$/,
  'launchdarkly-mobile-key': /^mob-[0-9a-f-]{36}$/,
  'launchdarkly-api-token': /^api-[0-9a-f-]{36}$/,
  'flagsmith-server-key': /^ser\.[A-Za-z0-9]{22}$/,
  'unleash-api-token': /^[a-z]+:[a-z]+\.[0-9a-f]{56}$/,
  'unleash-admin-token': /^\*:\*\.[0-9a-f]{56}$/,
  'statsig-server-secret': /^secret-[A-Za-z0-9]{43}$/,
  'growthbook-secret-key': /^secret_admin_[A-Za-z0-9]{40}$/,
  'configcat-sdk-key': /^configcat-sdk-1\/[A-Za-z0-9_-]{22}\/[A-Za-z0-9_-]{22}$/,
  'upstash-rest-token': /^A[XYZ][A-Za-z0-9]{4}AAIjcDE[A-Za-z0-9_-]{50}$/,
  'qstash-signing-key': /^sig_[A-Za-z0-9]{28}$/,
  'neon-api-key': /^napi_[a-z0-9]{60}$/,
  'planetscale-password': /^pscale_pw_[A-Za-z0-9_-]{43}$/,
  'planetscale-service-token': /^pscale_tkn_[A-Za-z0-9_-]{43}$/,
  'xata-api-key': /^xau_[A-Za-z0-9]{36}$/,
  'fauna-secret': /^fnA[EF][A-Za-z0-9_-]{36}$/,
  'supabase-secret-key': /^sb_secret_[A-Za-z0-9_-]{22}_[A-Za-z0-9_-]{8}$/,
  'aiven-service-password': /^AVNS_[A-Za-z0-9_-]{23}$/,
  'confluent-api-secret': /^[A-Za-z0-9+/]{64}$/,
  'ably-api-key': /^[A-Za-z0-9]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}$/,
  'pusher-secret': /^[0-9a-f]{20}$/,
  'pubnub-secret-key': /^sec-c-[A-Za-z0-9+/]{48}$/,
  'contentful-cma-token': /^CFPAT-[A-Za-z0-9_-]{43}$/,
  'sanity-token': /^sk[A-Za-z0-9]{180}$/,
  'strapi-api-token': /^[0-9a-f]{256}$/,
  'datocms-api-token': /^[0-9a-f]{30}$/,
  'cloudinary-api-secret': /^[A-Za-z0-9_-]{27}$/,
  'imgix-api-key': /^ak_[0-9a-f]{60}$/,
  'uploadcare-secret-key': /^[0-9a-f]{20}$/,
  'transloadit-auth-secret': /^[0-9a-f]{40}$/,
  'resend-api-key': /^re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}$/,
  'brevo-api-key': /^xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}$/,
  'brevo-smtp-key': /^xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16}$/,
  'mailersend-api-token': /^mlsn\.[0-9a-f]{64}$/,
  'sparkpost-api-key': /^[0-9a-f]{40}$/,
  'mandrill-api-key': /^md-[A-Za-z0-9_-]{22}$/,
  'lob-api-key': /^live_[0-9a-f]{35}$/,
  'shippo-api-token': /^shippo_live_[0-9a-f]{40}$/,
  'easypost-api-key': /^EZAK[0-9a-f]{54}$/,
  'aftership-api-key': /^asat_[0-9a-f]{32}$/,
  'doppler-token': /^dp\.(st\.[a-z]+|ct|sa|pt)\.[A-Za-z0-9]{40,44}$/,
  'infisical-service-token': /^st\.[0-9a-f-]{36}\.[0-9a-f]{32}\.[0-9a-f]{32}$/,
  'vault-token': /^hvs\.[A-Za-z0-9_-]{90}$/,
  'pulumi-access-token': /^pul-[0-9a-f]{40}$/,
  'terraform-cloud-token': /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/,
  'buildkite-api-token': /^bkua_[0-9a-f]{40}$/,
  'sonar-token': /^(sq[pu]_)?[0-9a-f]{40}$/,
  'sourcegraph-token': /^sgp_([0-9a-f]{16}_)?[0-9a-f]{40}$/,
  'jfrog-api-key': /^AKCp8[A-Za-z0-9]{68}$/,
  'cloudsmith-api-key': /^[0-9a-f]{40}$/,
  'packagecloud-token': /^[0-9a-f]{48}$/,
  'packagecloud-read-token': /^[0-9a-f]{48}$/,
  'fly-api-token': /^FlyV1 fm2_[A-Za-z0-9+/=]+,fm2_[A-Za-z0-9+/=]+$/,
  'render-api-key': /^rnd_[A-Za-z0-9]{32}$/,
  'linode-token': /^[0-9a-f]{64}$/,
  'vultr-api-key': /^[A-Z0-9]{36}$/,
  'b2-application-key': /^K005[A-Za-z0-9+/]{27}$/,
  'keycdn-api-key': /^sk_prod_[0-9a-f]{48}$/,
  'replicate-api-token': /^r8_[A-Za-z0-9]{37}$/,
  'together-api-key': /^([0-9a-f]{64}|tgp_v1_[A-Za-z0-9_-]{43})$/,
  'groq-api-key': /^gsk_[A-Za-z0-9]{52}$/,
  'fireworks-api-key': /^fw_[A-Za-z0-9]{24}$/,
  'perplexity-api-key': /^pplx-[A-Za-z0-9]{48}$/,
  'deepseek-api-key': /^sk-[0-9a-f]{32}$/,
  'elevenlabs-api-key': /^sk_[0-9a-f]{48}$/,
  'assemblyai-api-key': /^[0-9a-f]{32}$/,
  'deepgram-api-key': /^[0-9a-f]{40}$/,
  'pinecone-api-key': /^pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{63}$/,
  'langsmith-api-key': /^lsv2_(pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}$/,
  'helicone-api-key': /^sk-helicone-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}-[a-z0-9]{7}$/,
  'typeform-token': /^tfp_[A-Za-z0-9]{44}_[A-Za-z0-9]{14}$/,
  'tally-api-key': /^tly-[A-Za-z0-9]{32}$/,
  'jotform-api-key': /^[0-9a-f]{32}$/,
  'calcom-api-key': /^cal_live_[0-9a-f]{32}$/,
  'twitch-client-secret': /^[a-z0-9]{30}$/,
  'vimeo-access-token': /^[0-9a-f]{32}$/,
  'spotify-client-secret': /^[0-9a-f]{32}$/,
  'spotify-access-token': /^BQ[A-Za-z0-9_-]{150}$/,
  'spotify-refresh-token': /^AQ[A-Za-z0-9_-]{129}$/,
  'paddle-api-key': /^pdl_live_apikey_[a-z0-9]{26}_[A-Za-z0-9]{22}_[A-Za-z0-9]{3}$/,
  'paddle-webhook-secret': /^pdl_ntfset_[a-z0-9]{26}_[A-Za-z0-9]{32}$/,
  'chargebee-api-key': /^live_[A-Za-z0-9]{32}$/,
  'recurly-api-key': /^[0-9a-f]{32}$/,
  'mercury-api-token': /^secret-token:mercury_production_[rw]ma_[1-9A-HJ-NP-Za-km-z]{44}_yrucrem$/,
  'modern-treasury-api-key': /^live-[A-Za-z0-9]{64}$/,
  'modern-treasury-webhook-key': /^live-[A-Za-z0-9]{64}$/,
  'revolut-access-token': /^oa_prod_[A-Za-z0-9_-]{43}$/,
  'revolut-refresh-token': /^oa_prod_[A-Za-z0-9_-]{43}$/,
  'checkr-api-key': /^[0-9a-f]{40}$/,
  'persona-api-key': /^persona_production_[0-9a-f-]{36}$/,
  'persona-webhook-secret': /^wbhsec_[0-9a-f-]{36}$/,
  'rails-secret-key-base': /^[0-9a-f]{128}$/,
  'card-cvc': /^\d{3,4}$/,
  'bank-account-number': /^\d{6,17}$/,
  'us-ssn-last4': /^\d{4}$/,
  email: /^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$/,
  'drivers-license': /^[A-Z]\d{7,12}$/,
  'passport-number': /^[A-Z]\d{8}$/,
  'end-user-ip': /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/,
};

const UUID_KINDS = new Set(['frontegg-api-key', 'atlas-private-api-key', 'snowplow-api-key', 'codecov-token', 'snyk-token', 'railway-token', 'scaleway-secret-key', 'wise-api-token', 'lithic-api-key', 'sardine-client-secret', 'tally-signing-secret', 'bunny-token-key']);

/** Checks a planted value's own format where it has one; true for kinds without a checkable format. */
export function formatOk77(kind: string, value: string): boolean {
  if (JWT_KINDS.has(kind)) return jwtOk(value);
  if (UUID_KINDS.has(kind)) return UUID.test(value);
  switch (kind) {
    case 'card-number': {
      const d = value.replace(/[ -]/g, '');
      return /^\d{15,16}$/.test(d) && luhnOk(d);
    }
    case 'iban':
      return ibanOk(value);
    case 'routing-number':
      return abaOk(value);
    case 'us-ssn':
      return ssnOk(value);
    case 'date-of-birth':
      return dateOk(value);
    case 'phone':
      return /^[+(]?[\d ()-]+$/.test(value) && value.replace(/\D/g, '').length >= 10 && value.replace(/\D/g, '').length <= 13;
    case 'svix-webhook-secret':
      return value.startsWith('whsec_') && [24, 32].includes(b64Bytes(value.slice(6)));
    case 'basic-auth':
      return b64Bytes(value) > 0 && Buffer.from(value, 'base64').toString('utf8').includes(':');
    case 'qstash-token':
      return !!json(Buffer.from(value, 'base64').toString('utf8'));
    case 'convex-deploy-key': {
      const m = /^prod:[a-z]+-[a-z]+-\d{3}\|([A-Za-z0-9_-]+)$/.exec(value);
      return !!m && !!b64json(m[1]!);
    }
    case 'prismic-access-token':
      return /^MC[4-7]/.test(value) && Buffer.from(value, 'base64').toString('utf8').startsWith('0.');
    case 'jfrog-reference-token':
      return Buffer.from(value, 'base64').toString('utf8').startsWith('reftkn:01:');
    case 'mux-signing-private-key':
      return Buffer.from(value, 'base64').toString('utf8').startsWith('-----BEGIN RSA PRIVATE KEY-----');
    case 'onepassword-service-account-token': {
      const o = value.startsWith('ops_') ? (b64json(value.slice(4)) as { secretKey?: string } | undefined) : undefined;
      return !!o && typeof o.secretKey === 'string';
    }
    case 'bunny-api-key':
      return /^([0-9a-f-]{36}){2}$/.test(value);
    case 'bunny-storage-password':
      return /^[0-9a-f-]{36}-[0-9a-f]{4}-[0-9a-f]{4}$/.test(value);
    case 'qdrant-api-key':
      return /^[0-9a-f-]{36}\|[A-Za-z0-9_-]{54}$/.test(value);
    case 'end-user-ip': {
      const parts = value.split('.').map(Number);
      return SHAPES[kind]!.test(value) && parts.every((n) => n >= 0 && n <= 255);
    }
    default: {
      const shape = SHAPES[kind];
      return shape ? shape.test(value) : true;
    }
  }
}

import { Rng, ABC } from './blind-set-7-rng';
import { jwt, epoch } from './blind-set-7-checks';
import type { Blind7Negative } from './blind-set-7-types';

/** Negatives: public-by-design keys, placeholders, documentation examples and masked values. */
export function negPublicCases(r: Rng): Blind7Negative[] {
  const out: Blind7Negative[] = [];
  const n = (name: string, text: string) => out.push({ id: `negpub/${name}`, text });

  n('stripePublishable', `Stripe.setPublishableKey('pk_live_${r.an(99)}');`);
  n('firebaseWebConfig', `const firebaseConfig = { apiKey: "AIza${r.str(ABC.url, 35)}", authDomain: "acme-app.firebaseapp.com", projectId: "acme-app", appId: "1:${r.digits(12)}:web:${r.hex(22)}" };`);
  n('clerkPublishable', `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_${Buffer.from('clerk.acme-shop.com$').toString('base64')}`);
  const ref = r.str(ABC.low, 20);
  n('supabaseAnonKey', `SUPABASE_ANON_KEY=${jwt(r, { iss: 'supabase', ref, role: 'anon', iat: epoch(r) - 9e7, exp: epoch(r) + 3e8 })}`);
  n('supabasePublishable', `createClient("https://${ref}.supabase.co", "sb_publishable_${r.str(ABC.url, 31)}")`);
  n('sentryPublicDsn', `Sentry.init({ dsn: "https://${r.hex(32)}@o${r.int(100000, 999999)}.ingest.us.sentry.io/${r.digits(16)}", tracesSampleRate: 0.2 });`);
  n('newRelicBrowserKey', `;NREUM.loader_config={accountID:"${r.digits(7)}",trustKey:"${r.digits(7)}",agentID:"${r.digits(10)}",licenseKey:"NRJS-${r.hex(19)}",applicationID:"${r.digits(10)}"}`);
  n('posthogProjectKey', `posthog.init('phc_${r.an(43)}', { api_host: 'https://eu.i.posthog.com' })`);
  n('algoliaSearchOnly', `algoliasearch("${r.str(ABC.upDig, 10)}", "${r.hex(32)}") // search-only key, safe in the browser`);
  n('mapboxPublic', `mapboxgl.accessToken = 'pk.${Buffer.from(JSON.stringify({ u: 'acme', a: r.an(25) })).toString('base64url')}.${r.str(ABC.url, 22)}';`);
  n('stripeTestCard', `use test card 4242 4242 4242 4242, any future expiry, any CVC`);
  n('placeholderAngle', `Authorization: Bearer <your-openai-api-key>`);
  n('placeholderShell', `export ANTHROPIC_API_KEY="\${ANTHROPIC_API_KEY}"`);
  n('placeholderHelm', `apiKey: {{ .Values.datadog.apiKey | quote }}`);
  n('placeholderEnvRef', `const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`);
  n('placeholderUpperName', `SENDGRID_API_KEY=YOUR_SENDGRID_API_KEY`);
  n('placeholderStars', `"password": "********", "username": "svc-reporting"`);
  n('placeholderRedacted', `DB_PASSWORD=[REDACTED] DB_USER=app`);
  n('placeholderXs', `twilio auth token: xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`);
  n('placeholderPrefixDots', `OPENAI_API_KEY=sk-... # paste your key here`);
  n('placeholderPyFormat', `conn = psycopg2.connect(password=%(db_password)s)`);
  n('placeholderDollarCmd', `VAULT_TOKEN=$(cat /var/run/secrets/vault-token)`);
  n('placeholderVaultRef', `password: "vault:secret/data/prod/db#password"`);
  n('placeholderOpRef', `DATABASE_PASSWORD=op://Production/Postgres/password`);
  n('placeholderAwsSmRef', `"valueFrom": "arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/db-${r.an(6)}:password::"`);
  n('awsDocExample', `aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`);
  n('exampleComEmails', `To: jane.doe@example.com, Cc: ops@example.org, Bcc: test@example.net`);
  n('fictionalPhone', `Call us at (${r.int(201, 989)}) 555-01${r.int(10, 99)} or +1-${r.int(201, 989)}-555-01${r.int(10, 99)}`);
  n('maskedStripeKey', `stripe: key sk_live_…${r.an(4)} revoked at 12:04 by admin`);
  n('maskedCardLast4', `Visa **** **** **** ${r.digits(4)} exp **/**`);
  n('maskedCardBullets', `card •••• ${r.digits(4)} declined (insufficient_funds)`);
  n('ddAgentStatusApiKey', `  API Keys status\n  ================\n    API key ending with ${r.hex(5)}: API Key valid`);
  n('maskedGithubToken', `Using token ghp_************************************ from GH_TOKEN`);
  n('maskedSsn', `SSN on file: ***-**-${r.digits(4)}`);
  n('maskedAccount', `payout to account ending in ${r.digits(4)} (routing on file)`);
  n('maskedIban', `IBAN DE** **** **** **** **${r.digits(2)} ${r.digits(2)}`);
  n('maskedSlackToken', `slack token xoxb-…${r.an(4)} (rotated)`);
  n('truncatedHint', `invalid api key provided: sk-proj-****${r.an(4)}. You can find your API key at https://platform.openai.com/account/api-keys.`);
  n('hcDocsHeaderName', `Set the x-honeycomb-team header to your ingest key.`);
  n('publicJwks', `{"keys":[{"kty":"RSA","kid":"${r.an(16)}","use":"sig","alg":"RS256","n":"${r.b64url(256)}","e":"AQAB"}]}`);
  n('publicJwkEc', `{"kty":"EC","crv":"P-256","x":"${r.b64url(32)}","y":"${r.b64url(32)}","use":"enc"}`);
  n('sshPublicKey', `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).replace(/=+$/, '')} deploy@ci`);
  n('knownHostsLines', `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).replace(/=+$/, '')}\n|1|${r.b64(20)}|${r.b64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.str(ABC.b64, 87)}=`);
  return out;
}

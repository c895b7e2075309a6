import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet77 } from '../../helpers/blind-set-77';
import { formatOk77 } from '../../helpers/blind-set-77-format';

/** Sealed blind set 77: the long tail of API providers an integration team uses, as their real log lines print them.
 *
 * Sources (the id's first segment): auth (Clerk, Stytch, WorkOS, Descope, Kinde, FusionAuth, Frontegg), analytics (PostHog,
 * Amplitude, Mixpanel, Heap, RudderStack, Snowplow), flags (LaunchDarkly, Split, Flagsmith, Unleash, Statsig, GrowthBook,
 * ConfigCat), data (Upstash/QStash, Neon, PlanetScale, Turso, Xata, Fauna, Convex, Supabase, MongoDB Atlas, Aiven, Redis Cloud,
 * Confluent), realtime (Ably, Pusher, PubNub, Stream), cms (Contentful, Sanity, Storyblok, Prismic, Strapi, Hygraph, DatoCMS),
 * media (Cloudinary, Imgix, Mux, Bunny.net, Uploadcare, Filestack, Transloadit), mail (Resend, Loops, Customer.io, Brevo,
 * MailerSend, SparkPost, Mailjet, Mandrill), support (Front, Help Scout, Gorgias, Kustomer), shipping (Lob, Shippo, EasyPost,
 * ShipEngine, AfterShip), secrets (Doppler, Infisical, Akeyless, 1Password Connect and service accounts, HCP/Vault, Pulumi,
 * Terraform Cloud, Spacelift, env0), ci (Buildkite, Drone, Semaphore, Codemagic, Bitrise, Codecov, Coveralls, Snyk, SonarCloud,
 * Sourcegraph, JFrog, Cloudsmith, Packagecloud, Gemfury), hosting (Fly.io, Railway, Render, Koyeb, Hetzner, Scaleway, OVH,
 * Linode, Vultr, Backblaze B2, Wasabi, Fastly, KeyCDN), ai (Replicate, Together, Groq, Fireworks, Perplexity, Cohere, Mistral,
 * DeepSeek, ElevenLabs, AssemblyAI, Deepgram, Pinecone, Weaviate, Qdrant, LangSmith, Helicone), forms (Typeform, Tally, Jotform,
 * Calendly, Cal.com, Twitch, Vimeo, Spotify), billing (Lemon Squeezy, Paddle, Chargebee, Recurly, Gumroad), banking (Wise,
 * Revolut Business, Mercury, Modern Treasury, Dwolla, Marqeta, Lithic, Unit, Synctera), kyc (Checkr, Persona, Sardine, Alloy),
 * dumps (whole env/config/secret dumps holding several providers' keys) and ledger (card dumps, payout files, NACHA entries).
 * Texts are SDK exceptions with their constructor arguments, curl -v and HTTP request dumps, env dumps in crash reports,
 * config files (YAML, JSON, TOML, .npmrc, tfvars, rclone), CLI output, retries with keys in query strings, webhook signature
 * failures that print the signing secret, and OAuth token responses.
 *
 * Planted: credentials as each provider publishes them (prefixed keys such as phx_, pscale_pw_, xkeysib-, dp.st., hvs., pul-,
 * r8_, gsk_, pplx-, pcsk_, lsv2_, tfp_, pdl_live_apikey_, secret-token:mercury_…; JWT keys and session tokens; UUID and hex
 * keys under the providers' header and env names; whsec_/sig_/wbhsec_ signing secrets; connection-string passwords; Basic
 * credentials; signed-URL signatures); personal data of the providers' objects (names, first/last names, emails, phones, home
 * addresses, birth dates, SSNs, driver's licence and passport numbers, end-user IPs); financial data (Luhn-valid cards, CVCs,
 * mod-97 IBANs, ABA routing numbers with their accounts).
 *
 * Negatives: the providers' public identifiers (Clerk pk_live_, PostHog phc_, LaunchDarkly client-side ids, Statsig client-
 * keys, GrowthBook sdk- client keys, the Supabase anon JWT and sb_publishable_, Paddle client tokens, Recurly ewr1-, Lob
 * live_pub_, Stytch public tokens, Mixpanel/Amplitude browser tokens, Pusher/PubNub/Stream public keys), object/event/
 * webhook/request ids, trace ids, git SHAs, content hashes, signature timestamps, JWKS and PEM public keys, harmless base64,
 * placeholders and masked values, env references, documentation, business addresses, amounts and versions.
 *
 * Seed 1: 906 positives from 233 templates, 2427 values (1300 credential, 782 personal, 345 financial), 201 negatives from
 * 67 templates.
 * First sight (lead, 2026-12-07 05:45 UTC, main a141a12, 1591 detectors): seeds 1–3 93.0 % of values fully covered
 * (credential 93.5–93.6 %, personal 89.8–90.2 %, financial 97.7 %), 5.0–6.0 % of negatives flagged.
 * After round r77 (28 detectors, providers-r77.ts, providers-r77-people.ts, public-sdk-keys-r77.ts; public client keys in
 * secret-assignment and named-argument-secret): seeds 1–3 99.0–99.2 % (credential 99.5–99.6 %, personal 97.8–98.2 %,
 * financial 100.0 %), 0.0 % of negatives flagged. Left: a name only in a file name (`passport_<Last>.jpg`) or a memo
 * (`memo="<Name> travel card"`), a first name in a mail subject, Typeform answers without labels (a bare `text` answer, a
 * `date` answer that may be any date), Hetzner's `<user> / <password>` pair without a password word, an 11-character
 * Render deploy-hook key of low entropy, single seeds' street addresses and a Pusher secret of low entropy.
 */
describeBlindSet({ n: 77, build: buildBlindSet77, formatOk: formatOk77, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.985, minByGroup: { credential: 0.99, personal: 0.975, financial: 0.995 }, maxFlagged: 0.005 });

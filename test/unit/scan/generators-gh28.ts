import type { Rng, Sample } from './sample-rng';
import { B62, B64, DIG, HEX, LOWER, UPPER, URLSAFE } from './sample-rng';

/** Random characters of `alphabet` ending in a digit, a lowercase and an uppercase letter (in that alphabet's terms). */
const gen = (r: Rng, alphabet: string, n: number): string => `${r.str(alphabet, n - 3)}${r.str(DIG, 1)}${r.str(LOWER, 1)}${r.str(UPPER, 1)}`;
/** Random lowercase hex of `n` holding a digit and a letter. */
const hexGen = (r: Rng, n: number): string => `${r.str(HEX, n - 2)}${r.str(DIG, 1)}${r.str('abcdef', 1)}`;
const uuid = (r: Rng): string => `${hexGen(r, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

/** An Azure identifiable key: `before` base64 characters, the signature, five more and a padding-aligned last one. */
export const azureIdentifiable = (r: Rng, sig: string, before: number, pad: string): string => `${gen(r, B64, before)}${sig}${r.str(B64, 6)}${pad}`;
/** An Azure common annotated key (84 characters, `JQQJ9` signature, `ACOG` provider). */
export const azureAnnotated = (r: Rng): string => `${gen(r, B62, 52)}JQQJ99${r.str(B62, 18)}ACOG${r.str(B62, 4)}`;

/** Samples of round gh28's detectors (GitHub secret scanning's provider list). */
export const GH28_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'adobe-client-secret': (r) => ['IMS token exchange failed 400 client_id=8f3c2e client_secret: ', `p8e-${gen(r, B62, 32)}`, ' grant_type=client_credentials'],
  'bitbucket-dc-http-token': (r) => ['git clone failed: remote rejected credentials ', `BBDC-${gen(r, B64, 44)}`, ' for https://bitbucket.acme.internal/scm/ops/app.git'],
  'cloudflare-prefixed-token': (r) => ['wrangler deploy failed: Authentication error using ', `${r.pick(['cfut_', 'cfat_', 'cfk_'])}${gen(r, B62, 48)}`, ' [code: 10000]'],
  'flutterwave-encryption-key': (r) => ['3DES payload could not be built with ', `FLWSECK${hexGen(r, 12)}`, ' (length 19)'],
  'gocardless-sandbox-token': (r) => ['GoCardlessPro::AuthenticationError using token ', `sandbox_${gen(r, URLSAFE, 40)}`, ' at client.rb:62'],
  'persona-api-key': (r) => ['persona inquiry create failed 401 with ', `persona_production_${uuid(r)}`, ' at verify.ts:88'],
  'redirect-pizza-api-key': (r) => ['redirect sync aborted, token ', `rpa_${gen(r, LOWER + DIG, 64)}`, ' returned 401'],
  'samsara-api-token': (r) => ['fleet poll failed: GET /fleet/vehicles 401 token ', `samsara_api_${gen(r, B62, 30)}`, ' expired?'],
  'segment-public-api-token': (r) => ['segment public api 403 for ', `sgp_${gen(r, B62, 64)}`, ' on /workspaces'],
  'wakatime-api-key': (r) => ['wakatime-cli: api error 401 key ', `waka_${uuid(r)}`, ' heartbeat dropped'],
  'mercury-api-token': (r) => ['mercury accounts call failed 401 headers={"Authorization": "Bearer ', `secret-token:mercury_production_wma_${gen(r, B62, 39)}_yrucrem`, '"}'],
  'azure-identifiable-key': (r) => ['ServiceBusClient auth failed for key ', azureIdentifiable(r, r.pick(['+ASb', '+AEh', 'AzCa']), 33, '='), ' on sb-acme-prod'],
  'azure-common-annotated-key': (r) => ['openai.AuthenticationError: 401 Access denied due to invalid subscription key ', azureAnnotated(r), ' (deployment gpt-4o)'],
  'newrelic-license-key': (r) => ['newrelic agent: license key ', `${hexGen(r, 36)}NRAL`, ' rejected by collector (403)'],
  'ionic-token': (r) => ['ionic deploy: 401 Unauthorized for ', `ion_${gen(r, B62, 42)}`, ' (appflow)'],
  'lichess-token': (r) => ['lichess board api rejected ', `lip_${gen(r, B62, 20)}`, ' with 401'],
  'pinterest-token': (r) => ['pins sync failed 401 for ', `pina_${gen(r, UPPER + DIG, 96)}`, ' scope=pins:read'],
  'pangea-token': (r) => ['pangea audit log failed 401 for ', `pts_${r.str(LOWER + DIG, 30)}${r.str(DIG, 1)}${r.str(LOWER, 1)}`, ' unauthorized'],
  'trigger-dev-key': (r) => ['trigger.dev deploy failed: invalid key ', `tr_prod_${gen(r, B62, 24)}`, ' (401)'],
  'onfido-api-token': (r) => ['onfido check create failed 401 with ', `api_live.${gen(r, B62, 11)}.${gen(r, URLSAFE, 32)}`, ' (applicant 7c1e)'],
  'maxmind-license-key': (r) => ['geoipupdate: error 401 for license ', `${gen(r, B62, 6)}_${gen(r, B62, 29)}_mmk`, ' edition GeoLite2-City'],
  'xata-api-key': (r) => ['xata query failed 401 with ', `xau_${gen(r, B62, 36)}`, ' on main branch'],
};

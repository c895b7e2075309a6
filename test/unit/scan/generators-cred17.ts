import { DIG, UPPER, type Rng, type Sample } from './sample-rng';
import { an, hex, lowerAn, password, url } from './generators-cred16';

/** Published vendor formats of the credential round for blind set 17 (prefixed-tokens-17.ts). */
export const CRED17_TOKENS: Record<string, (r: Rng) => string> = {
  'adafruit-io-key': (r) => `aio_${an(r, 28)}`,
  'duffel-access-token': (r) => `${r.pick(['duffel_live_', 'duffel_test_'])}${url(r, 43)}`,
  'octopus-deploy-api-key': (r) => `API-${r.str(UPPER + DIG, 24)}${r.str(UPPER, 1)}${r.str(DIG, 1)}`,
  'anyscale-api-key': (r) => `esecret_${lowerAn(r, 32)}`,
  'honeycomb-api-key': (r) => `hcaik_01${lowerAn(r, 58)}`,
  'unkey-root-key': (r) => `unkey_${an(r, 24)}`,
  'zuplo-api-key': (r) => `zpka_${hex(r, 32)}_${hex(r, 8)}`,
  'meta-graph-access-token': (r) => `EAAG${an(r, 150)}`,
  'twitter-bearer-token': (r) => `AAAAAAAAAAAAAAAAAAAAA${an(r, 30)}%3D${an(r, 50)}`,
};

/** A base64 string of `s`. */
const b64 = (s: string): string => Buffer.from(s).toString('base64');

/** Samples of the credential detectors of the round for blind set 17, one realistic context each. */
export const CRED17_SAMPLES: Record<string, (r: Rng) => Sample> = {
  ...Object.fromEntries(Object.entries(CRED17_TOKENS).map(([id, tok]) => [id, (r: Rng): Sample => ['{"type":"message","user":"U02AB3CD4","text":"here you go: ', tok(r), ' (rotate after the demo)"}']])),
  'secret-csv-column': (r) => ['id,email_verified,password,created_at\n1,true,', password(r, 14), ',2026-09-30T10:00:00Z'],
  'redis-field-secret': (r) => ['XADD signup-events * user ops password ', password(r, 16), ''],
  // One level of escaping: JSON inside a JSON string is read decoded since the wrapped-sets round (unwrap-json.ts), where database-uri-password finds it.
  'escaped-url-credentials': (r) => ['{"Message":"connect failed","dsn":"postgres:\\/\\/app:', an(r, 20), '@pg-main:5432\\/app"}'],
  'sql-set-password': (r) => ["2026-09-30T10:00:00.123456Z\t   42 Query\tSET PASSWORD FOR 'app'@'%' = '", password(r, 16), "'"],
  'smtp-auth-login-password': (r) => ['C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: b3BzQGFjbWUuaW8=\nS: 334 UGFzc3dvcmQ6\nC: ', b64(password(r, 14)), '\nS: 235 2.7.0 Authentication successful'],
  'prose-token': (r) => ["[10:42] alice: here's the token ", an(r, 40), ' for the partner sandbox'],
  'prose-password-before': (r) => ['[10:43] bob: use ', password(r, 14), ' as the admin password for now'],
  'typed-json-secret': (r) => ['{"before":null,"after":{"id":{"int":7},"api_key":{"string":"', an(r, 32), '"}},"op":"c"}'],
  'unicode-escaped-secret': (r) => ['{"Message":"{\\u0022client_secret\\u0022:\\u0022', an(r, 32), '\\u0022}"}'],
  'prose-password-answer': (r) => ["[10:42] alice: what's the wifi password?\n[10:43] bob: ", password(r, 14), ''],
  'prose-secret-new-one': (r) => ['PLAT-3645 comment: rotated the okta token after the offboarding, new one is 00', an(r, 40), ' - updated the sync job too'],
  'sasl-oauth-bearer': (r) => ["imaplib debug: 12:04.03 > b'EGJE1 AUTHENTICATE XOAUTH2 ", b64(`user=ops@acme.io\x01auth=Bearer ya29.${an(r, 60)}\x01\x01`), "'"],
  'postgres-bind-secret': (r) => ['LOG:  execute <unnamed>: SELECT id FROM users WHERE email = $1 AND password = $2\nDETAIL:  parameters: $1 = \'ops\', $2 = \'', password(r, 14), "'"],
};


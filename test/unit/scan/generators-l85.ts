import { B62, HEX, LOWER, type Rng, type Sample } from './sample-rng';

/**
 * Lead round l85 (blind set 82 at a fresh seed): a sample for each of the round's detectors (see generators.ts), in
 * contexts of our own.
 */

/** A full name whose first word is a listed given name and whose family name is made up. */
export const madeUpPerson = (r: Rng): string => `${r.pick(['Priya', 'Kenji', 'Ingrid', 'Olusegun', 'Margaux', 'Dmitri', 'Amelia', 'Fatima'])} ${r.pick(['Ok', 'Lind', 'Kow', 'Hadd', 'Whit'])}${r.str(LOWER, 4)}`;

/** `user:password` in base64, the way a client writes a Basic credential. */
export const basicPair = (r: Rng): string => Buffer.from(`${r.pick(['svc_orders', 'deploy', 'root', 'app'])}:${r.str(B62, 14)}~${r.str(B62, 3)}`).toString('base64');

/** Samples of the round-l85 detectors, keyed by detector id. */
export const L85_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-given-first-under-name-key': (r) => [`<Order id="${r.int(100, 999)}"><Name>`, madeUpPerson(r), `</Name><Total>12.50</Total></Order>`],
  'person-name-multipart-name-part': (r) => [`------WebKitFormBoundary${r.str(B62, 16)}\r\nContent-Disposition: form-data; name="payer_fullname"\r\n\r\n`, madeUpPerson(r), `\r\n------WebKitFormBoundary--`],
  'credential-header-in-name-value-pair': (r) => [`[Symbol(kOutHeaders)]: { authorization: [ 'Authorization', 'Api-Key `, r.str(B62, 34), `' ], host: [ 'Host', 'api.acme.io' ] }`],
  'oauth-code-beside-client-secret': (r) => [`POST /admin/oauth/access_token body={"client_id":"${r.str(HEX, 32)}","client_secret":"[FILTERED]","code":"`, r.str(HEX, 32), `"} -> 400`],
  'basic-credential-base64-under-auth-key': (r) => [`| endpoint | /v1/sync |\n| authorization | `, basicPair(r), ` |`],
};

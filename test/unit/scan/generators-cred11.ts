import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/** A password as people type them: letters, a symbol, digits (no quote, `@`, `/`, `:` or `%`). */
const pw = (r: Rng): string => r.str(B62, r.int(8, 12)) + r.pick(['!', '#', '^', '*', '+', '.']) + r.str(DIG, 2);
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
const hex = (r: Rng, n: number): string => r.str(HEX, n - 2) + r.str(DIG, 1) + r.pick(['a', 'b', 'c', 'd', 'e', 'f']);
const b64 = (r: Rng, n: number): string => r.str(B62 + '+/', n);

/** Sample generators for branch issue-cred11's detectors (see generators.ts). */
export const CRED11_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'php-client-password-argument': (r) =>
    r.pick<Sample>([
      ["#0 /var/www/src/Queue/Factory.php(28): PhpAmqpLib\\Connection\\AMQPStreamConnection->__construct('mq.internal', 5672, 'orders', '", pw(r), "', '/shop')"],
      ["#1 /app/Ldap.php(40): ldap_bind(Resource id #12, 'cn=svc,dc=acme,dc=net', '", pw(r), "')"],
      ["#2 /app/Cache.php(12): Redis->auth('", pw(r), "')"],
    ]),
  'twilio-api-secret': (r) => [`Twilio::REST::Client.new('SK${hex(r, 32)}', '`, r.str(B62, 30) + r.str(DIG, 1) + r.str(UPPER, 1), "', account_sid)"],
  'braze-api-key': (r) => ['POST https://rest.fra-02.braze.eu/users/track -> 401 {"message":"Invalid API key: ', uuid(r), '"}'],
  'sparkpost-api-key': (r) => ["SparkPostError: Unauthorized. options: { key: '", hex(r, 40), "', origin: 'https://api.sparkpost.com:443' }"],
  'duo-secret-key': (r) => [`duo_client.Admin(ikey='DI${r.str(UPPER + DIG, 18)}', skey='`, r.str(B62, 38) + r.str(DIG, 1) + r.str(LOWER, 1), "', host='api-1a2b3c4d.duosecurity.com')"],
  'putty-private-key': (r) => [
    `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@jump-1\nPublic-Lines: 2\n${b64(r, 64)}\n${b64(r, 20)}\nPrivate-Lines: 2\n`,
    `${b64(r, 63)}1\n${b64(r, 20)}==`,
    `\nPrivate-MAC: ${hex(r, 64)}`,
  ],
  'json-escaped-secret': (r) => ['{"requestBody":"client_id\\u003dacme\\u0026client_secret\\u003d', `${b64(r, 30)}9a\\u002b${b64(r, 10)}\\u003d`, '\\u0026grant_type\\u003dclient_credentials"}'],
  // Blind set 12 (src/scan/detectors/vendor-urls.ts).
  'cloudinary-url-secret': (r) => [`CLOUDINARY_URL=cloudinary://${r.str(DIG, 15)}:`, r.str(B62, 20) + '_' + r.str(DIG, 1) + r.str(LOWER, 4), '@acme-media'],
  'dropbox-access-token': (r) => ['dbx = dropbox.Dropbox("', `sl.u.${r.str(B62 + '-_', 138)}9a`, '")  # AuthError'],
  'loggly-token-url': (r) => ['omfwd error posting to https://logs-01.loggly.com/inputs/', uuid(r), '/tag/http/ : 403'],
  'b2-application-key': (r) => [`b2 authorize-account ${r.str(HEX, 24)} `, `K00${r.str(DIG, 1)}${r.str(B62, 25)}7q`, '\nERROR: unauthorized'],
};

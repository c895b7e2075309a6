import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r35 (blind set 35: games, media, streaming and creator platforms): a sample for each of the round's detectors
 * (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const HEXU = '0123456789ABCDEF';
const B64URL = B62 + '-_';
/** A hex string with at least one digit and one letter. */
const hexMix = (r: Rng, a: string, n: number): string => `${r.str(DIG, 1)}${r.str(a === HEX ? 'abcdef' : 'ABCDEF', 1)}${r.str(a, n - 2)}`;
/** Letters and digits, both present. */
const mix = (r: Rng, a: string, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(a, n - 3)}`;
/** A title-case name word. */
const nameWord = (r: Rng): string => r.pick(['Marta', 'Oskar', 'Lena', 'Tariq', 'Ines', 'Pavel']) + r.pick(['', 'a']);
const surname = (r: Rng): string => r.pick(['Lindgren', 'Okafor', 'Brandt', 'Moreno', 'Sato', 'Kovacs']);
/** A valid ABA routing number. */
const aba = (r: Rng): string => {
  const d = Array.from({ length: 8 }, () => r.int(0, 9));
  const head = r.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31']);
  d[0] = Number(head[0]);
  d[1] = Number(head[1]);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return d.join('') + String((10 - (s % 10)) % 10);
};

export const R35_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'steam-web-api-key-param': (r) => [`inventory-svc GET https://api.steampowered.com/IEconService/GetTradeOffers/v1/?key=`, hexMix(r, HEXU, 32), `&active_only=1 -> 429`],
  'steam-auth-session-ticket': (r) => [`login-gate: {"steam_ticket":"`, `14000000${r.str(HEXU, 16)}${r.str(HEXU, 8)}01001001${r.str(HEXU, 200)}`, `","appid":${r.int(10000, 99999)}}`],
  'agora-app-certificate': (r) => ['rtc-token-server config: appCertificate: "', hexMix(r, HEX, 32), '"'],
  'drm-signing-iv': (r) => ['widevine packager settings: signing_iv=', hexMix(r, HEX, 32), ' provider=studio'],
  'fairplay-ask': (r) => ['key-server.yaml:\n  FAIRPLAY_ASK: ', hexMix(r, HEX, 32), '\n  fairplay_cert: fps.der'],
  'pallycon-site-key': (r) => ['license-token.env: PALLYCON_SITE_KEY=', mix(r, B62, 32), ''],
  'soundcloud-oauth-token': (r) => ['stems-sync: curl -H "Authorization: OAuth ', `2-${r.str(DIG, 6)}-${r.str(DIG, 8)}-${mix(r, B62, 16)}`, '" https://api.soundcloud.com/me'],
  'backtrace-submission-token': (r) => ['crashpad --url=https://submit.backtrace.io/mygame/', hexMix(r, HEX, 64), '/minidump --no-rate-limit'],
  'perforce-ticket-line': (r) => ['$ cat .p4tickets\nperforce.example.internal:1666=builder:', hexMix(r, HEXU, 32), '\n'],
  'java-keystore-base64': (r) => ['SIGNING_KEYSTORE_B64=', `/u3+7QAAAAIAAAAB${r.str(B62 + '+/', 120)}`, ''],
  'unity-serial-number': (r) => ['ci: unity-editor -batchmode -serial ', `SC-${r.str(UPPER, 2)}${r.str(DIG, 2)}-${r.str(UPPER + DIG, 4)}-${r.str(UPPER + DIG, 4)}-${r.str(UPPER + DIG, 4)}-${r.str(UPPER + DIG, 4)}`, ' -quit'],
  'paypal-client-id-secret-pair': (r) => [`paypal sdk init with A${mix(r, B64URL, 79)}:`, `E${mix(r, B64URL, 79)}`, ' (sandbox=false)'],
  'schemeless-db-address-password': (r) => ['matchmaker.yml: db_address: "lobby:', `${mix(r, B62, 10)}~${r.str(LOWER, 4)}`, `@10.4.${r.int(0, 255)}.${r.int(2, 250)}:26257"`],
  'rtmp-ingest-stream-key': (r) => ['encoder url: rtmps://ingest.example-live.net:443/rtmp/', `FB-${r.str(DIG, 15)}-0-${mix(r, B64URL, 40)}`, ' (reconnecting)'],
  'stream-key-field': (r) => ['live-input created: {"stream_key":"', mix(r, B64URL, 32), '","status":"idle"}'],
  'obs-service-stream-key': (r) => ['service.json: {"settings":{"key":"', mix(r, B62, 24), '","server":"rtmp://x/live"},"type":"rtmp_custom"}'],
  'k8s-secret-stringdata-value': (r) => ['kind: Secret\nstringData:\n  api_token: ', mix(r, B62, 28), '\n'],
  'api-key-header-no-colon': (r) => ['curl trace: > X-Api-Key ', mix(r, B62, 40), '\n'],
  'session-token-header': (r) => ['request headers: X-Session-Token: ', mix(r, B64URL, 40), '\n'],
  'devkit-slash-password': (r) => ['kit-setup.bat: kitctl attach 10.1.2.3 /U:devops /P:', mix(r, B62, 12), '\n'],
  'steamcmd-login-password': (r) => ['upload.sh: steamcmd +login release_bot ', mix(r, B62, 14), ' +run_app_build app.vdf +quit'],
  'webhook-secret-labelled': (r) => ['hook config dump: webhook_secret = ', mix(r, B64URL, 40), '\n'],
  'prose-old-password': (r) => ['chat transcript: user: my old password ', `${r.pick(['Falcon', 'Maple'])}#${r.str(DIG, 3)}${r.str(UPPER, 1)}`, ' doesnt work'],
  'person-name-under-role-label': (r) => ['project.yml:\n  owner: ', `${nameWord(r)} ${surname(r)}`, '\n'],
  'person-name-my-name-is': (r) => ['ticket body: Hello, my name is ', `${nameWord(r)} ${surname(r)}`, ' and I cannot log in.'],
  'person-name-from-mailbox': (r) => ['inbox rule: new message from ', `${nameWord(r)} ${surname(r)}`, ` <${r.str(LOWER, 6)}@corpmail.io> flagged`],
  'person-name-under-card': (r) => ['support chat: the card is registered under ', `${nameWord(r)} ${surname(r)}`, ' since last year'],
  'person-name-in-payout-note': (r) => [`payout item: {"recipient":"${r.str(LOWER, 6)}@fanmail.io","amount":"${r.int(5, 90)}.00","note":"Tip payout for `, `${nameWord(r)} ${surname(r)}`, '"}'],
  'person-name-form-field': (r) => ['POST /v1/accounts body: individual[first_name]=', nameWord(r), `&individual[phone]=%2B1555${r.str(DIG, 7)}`],
  'ssn-form-id-number': (r) => ['POST /v1/accounts body: individual[id_number]=', `${r.int(100, 665)}${r.int(10, 99)}${r.int(1000, 9999)}`, '&tos_acceptance[ip]=x'],
  'nacha-quoted-entry-routing': (r) => ['ach-gw rejected entry: 622', aba(r), `${r.str(DIG, 10).padEnd(17, ' ')}${r.str(DIG, 10)}${r.str(DIG, 15)}MARTA LINDGREN          0${r.str(DIG, 15)}`],
  'nacha-quoted-entry-account': (r) => [`ach-gw rejected entry: 622${aba(r)}`, r.str(DIG, 10), `       ${r.str(DIG, 10)}${r.str(DIG, 15)}OSKAR BRANDT            0${r.str(DIG, 15)}`],
  'nacha-quoted-entry-name': (r) => [`ach-gw rejected entry: 622${aba(r)}${r.str(DIG, 10).padEnd(17, ' ')}${r.str(DIG, 10)}${r.str(DIG, 15)}`, `${r.pick(['LENA', 'TARIQ', 'INES'])} ${r.pick(['MORENO', 'OKAFOR', 'KOVACS'])}`, `          0${r.str(DIG, 15)}`],
};

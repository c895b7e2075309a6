import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, str, UP, everydayProbe } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r35 (blind set 35: games, media, streaming and creator platforms): Steam, Agora, DRM, crash-reporting,
 * build-farm and payment secrets in their providers' documented shapes, stream keys in ingest URLs and fields,
 * people under owner/contact/player labels and in Connect forms — in contexts other than the set's, values drawn
 * at test time; beside them the public look-alikes that stay clean (SteamID64s, app ids, video ids, GUIDs, masks).
 */
const { found, clean } = everydayProbe();

/** Hex with a digit and a letter in it. */
const hex = (n: number, upper = false): string => { const h = `${randomInt(10)}${'abcdef'[randomInt(6)]}${str(HEX, n - 2)}`; return upper ? h.toUpperCase() : h; };
/** Letters of both cases and digits. */
const mix = (n: number, extra = ''): string => `${str(UP, 1)}${str(LO, 1)}${str(DIG, 1)}${str(B62 + extra, n - 3)}`;
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-8${str(HEX, 3)}-${str(HEX, 12)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (): string => `${GIVEN[randomInt(GIVEN.length)]} ${FAMILY[randomInt(FAMILY.length)]}`;
/** A valid ABA routing number. */
function aba(): string {
  const d = Array.from({ length: 8 }, () => randomInt(10));
  const head = ['01', '04', '07', '11', '21', '26', '31'][randomInt(7)]!;
  d[0] = Number(head[0]);
  d[1] = Number(head[1]);
  const s = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return d.join('') + String((10 - (s % 10)) % 10);
}

describe('round r35: game backends and media services', () => {
  it('finds a Steam Web API key on a request to api.steampowered.com and a hex auth ticket, not SteamID64s or app ids', () => {
    const key = hex(32, true);
    const t1 = `matchmaker: GET https://api.steampowered.com/IPlayerService/GetOwnedGames/v1/?key=${key}&steamid=7656119${str(DIG, 10)} -> 403`;
    expect(found(t1, key), t1).toBe(true);
    const ticket = `14000000${hex(16, true)}${str('0123456789ABCDEF', 8)}01001001${str('0123456789ABCDEF', 232)}`;
    const t2 = `lobby join rejected: {"authTicket":"${ticket}","app":${randomInt(100000, 999999)}}`;
    expect(found(t2, ticket), t2).toBe(true);
    expect(clean(`steam profile 7656119${str(DIG, 10)} owns app ${randomInt(100000, 999999)} (api.steampowered.com/ISteamUser)`)).toEqual([]);
  });

  it('finds Agora certificates, DRM signing IVs, FairPlay ASKs and PallyCon site keys, not app ids', () => {
    const cert = hex(32);
    const t1 = `rtc:\n  app_id: ${str(HEX, 32)}\n  app_certificate: "${cert}"`;
    expect(found(t1, cert), t1).toBe(true);
    expect(clean(`rtc:\n  app_id: ${str(HEX, 32)}\n  channel: lobby-${randomInt(1, 99)}`)).toEqual([]);
    const iv = hex(32);
    const t2 = `packager --widevine --signing_key ${hex(64)} signing_iv=${iv}`;
    expect(found(t2, iv), t2).toBe(true);
    const ask = hex(32);
    const t3 = `FairPlay credentials loaded: ASK: ${ask}`;
    expect(found(t3, ask), t3).toBe(true);
    const site = mix(32);
    const t4 = `PALLYCON_SITE_ID=${str(UP, 4)}\nPALLYCON_SITE_KEY=${site}`;
    expect(found(t4, site), t4).toBe(true);
    expect(clean(`pallycon site_id=${str(UP, 4)} content_id=${str(LO, 6)}`)).toEqual([]);
  });

  it('finds SoundCloud OAuth tokens, Backtrace submission tokens, Perforce tickets, JKS keystores and Unity serials', () => {
    const sc = `2-${str(DIG, 6)}-${str(DIG, 9)}-${mix(14)}`;
    const t1 = `uploader: Authorization: OAuth ${sc}`;
    expect(found(t1, sc), t1).toBe(true);
    const bt = hex(64);
    const t2 = `crash upload POST https://universe.sp.backtrace.io:6098/post?format=minidump&token=${bt}`;
    expect(found(t2, bt), t2).toBe(true);
    const tk = hex(32, true);
    const t3 = `restore p4tickets for agent:\nedge.depot.corp:1666=ci_runner:${tk}`;
    expect(found(t3, tk), t3).toBe(true);
    const ks = `/u3+7QAAAAIAAAAB${str(B62 + '+/', 100)}`;
    const t4 = `secrets.KEYSTORE="${ks}"`;
    expect(found(t4, ks), t4).toBe(true);
    const serial = `E3-${str(UP, 2)}${str(DIG, 2)}-${str(UP + DIG, 4)}-${str(UP + DIG, 4)}-${str(UP + DIG, 4)}-${str(UP + DIG, 4)}`;
    const t5 = `activate-license: UNITY_SERIAL: ${serial}`;
    expect(found(t5, serial), t5).toBe(true);
    expect(clean(`asset guid ${uuid()} imported; build ${randomInt(1000, 9999)}`)).toEqual([]);
  });

  it('finds a PayPal secret in an id:secret pair, X-Api-Key without a colon and session headers', () => {
    const sec = `E${mix(79, '-_')}`;
    const t1 = `paypal checkout init\n  creds=A${mix(79, '-_')}:${sec}`;
    expect(found(t1, sec), t1).toBe(true);
    const k = mix(44);
    const t2 = `psp call failed, header X-Api-Key ${k} rejected`;
    expect(found(t2, k), t2).toBe(true);
    const s = mix(40, '-_');
    const t3 = `req headers: {"X-Player-Session": "${s}"}`;
    expect(found(t3, s), t3).toBe(true);
    expect(clean('curl -H "X-Api-Key YOUR_API_KEY_HERE" https://api.example.com')).toEqual([]);
  });
});

describe('round r35: live streaming and build secrets', () => {
  it('finds stream keys in RTMP URLs, stream key fields and OBS service.json, not video ids or masked keys', () => {
    const yt = `${str(LO + DIG, 4)}-${str(LO, 2)}${str(DIG, 2)}-${str(LO + DIG, 4)}-${str(LO + DIG, 4)}-${str(LO + DIG, 4)}`;
    const t1 = `encoder started: rtmp://b.rtmp.youtube.com/live2/${yt}`;
    expect(found(t1, yt), t1).toBe(true);
    const sk = `sk_eu-central-1_${mix(36)}`;
    const t2 = `channel created, stream_key: ${sk}`;
    expect(found(t2, sk), t2).toBe(true);
    const obs = `live_${str(DIG, 9)}_${mix(30)}`;
    const t3 = `profile dump: {"settings":{"service":"Twitch","key":"${obs}"},"type":"rtmp_common"}`;
    expect(found(t3, obs), t3).toBe(true);
    expect(clean(`watch https://www.youtube.com/watch?v=${mix(11)} and rtmp://a.rtmp.youtube.com/live2/xxxx-xxxx-xxxx-xxxx-xxxx`)).toEqual([]);
    expect(clean(`{"stream_key":"****************","playback_id":"${mix(40)}"}`)).toEqual([]);
  });

  it('finds plaintext stringData values of a Kubernetes Secret, not its metadata', () => {
    const v = mix(32);
    const t = `kubectl apply output:\nkind: Secret\nmetadata:\n  name: chat-relay\nstringData:\n  upstream: ${v}\n  region: eu-west-1`;
    expect(found(t, v), t).toBe(true);
    expect(clean('kind: Secret\nstringData:\n  mode: production\n  region: eu-west-1')).toEqual([]);
  });

  it('finds /P: and steamcmd passwords, labelled webhook secrets and an old password in prose', () => {
    const p1 = mix(12, '!#');
    const t1 = `schtasks /Create /S buildbox /U:ops /P:${p1} /TN nightly`;
    expect(found(t1, p1), t1).toBe(true);
    const p2 = mix(14);
    const t2 = `publish.sh: steamcmd +login depot_uploader ${p2} +quit`;
    expect(found(t2, p2), t2).toBe(true);
    expect(clean('steamcmd +login anonymous +app_update 740 +quit')).toEqual([]);
    const ws = mix(48, '-_');
    const t3 = `signature check failed; Webhook Secret (stored): ${ws}`;
    expect(found(t3, ws), t3).toBe(true);
    const p3 = `Harrier${randomInt(100, 999)}!`;
    const t4 = `user wrote: my current password ${p3} isnt accepted`;
    expect(found(t4, p3), t4).toBe(true);
  });

  it('finds a database password in a scheme-less user:password@host:port address, not a bare host:port', () => {
    const pw = `${mix(10)}~${mix(6)}`;
    const t = `game-server config:\n  database:\n    address: ["svc_game:${pw}@pg-${randomInt(0, 9)}.internal:5432"]`;
    expect(found(t, pw), t).toBe(true);
    expect(clean(`database:\n  address: ["pg-${randomInt(0, 9)}.internal:5432"]`)).toEqual([]);
  });
});

describe('round r35: people and payout records', () => {
  it('finds names under owner, contact, player and holder labels, not teams or bots', () => {
    const a = person();
    const t1 = `release checklist\n  build owner: ${a}\n  channel: beta`;
    expect(found(t1, a), t1).toBe(true);
    const b = person();
    const t2 = `on-call sheet\nescalation: ${b} +44 20 ${randomInt(1000, 9999)} ${randomInt(1000, 9999)}`;
    expect(found(t2, b), t2).toBe(true);
    const c = person().toUpperCase();
    const t3 = `{"payment":{"holder":"${c}","last4":"${randomInt(1000, 9999)}"}}`;
    expect(found(t3, c), t3).toBe(true);
    expect(clean('owner: Platform Team\nescalation: Release Bot\nplayer: Guest User')).toEqual([]);
  });

  it('finds names in prose, mailboxes and Connect form fields, and an SSN as a form id_number', () => {
    const a = person();
    const t1 = `ticket #${randomInt(1000, 9999)}: hi, my name is ${a}, I lost my save`;
    expect(found(t1, a), t1).toBe(true);
    const b = person();
    const t2 = `mod queue: appeal from ${b} <${str(LO, 7)}@postbox.io> pending`;
    expect(found(t2, b), t2).toBe(true);
    const first = GIVEN[randomInt(GIVEN.length)]!;
    const t3 = `POST /v1/accounts/acct_${mix(16)} representative[first_name]=${first}&representative[email]=x%40y.io`;
    expect(found(t3, first), t3).toBe(true);
    const ssn = `${randomInt(100, 665)}${randomInt(10, 99)}${randomInt(1000, 9999)}`;
    const t4 = `POST /v1/accounts individual[id_number]=${ssn}&business_type=individual`;
    expect(found(t4, ssn), t4).toBe(true);
    expect(clean(`individual[first_name]=${'x'.repeat(3)}&individual[id_number]=000000000`)).toEqual([]);
  });

  it('finds the name closing a payout note to an e-mail receiver, not a campaign note', () => {
    const a = person();
    const t = `batch item {"receiver":"${str(LO, 8)}@inbox.io","value":"${randomInt(10, 99)}.00","memo":"Spring bounty - ${a}"}`;
    expect(found(t, a), t).toBe(true);
    // The receiver's address is reported; the campaign named in the memo is not.
    expect(clean(`batch item {"receiver":"${str(LO, 8)}@inbox.io","memo":"Spring bounty - Summer Campaign"}`).filter((f) => !f.startsWith('email:'))).toEqual([]);
  });

  it('finds routing, account and name of a NACHA entry quoted after a label', () => {
    const routing = aba(), acct = str(DIG, 10), name = person().toUpperCase();
    const t = `ODFI return R03 for record: 627${routing}${acct.padEnd(17, ' ')}${str(DIG, 10)}${str(DIG, 15)}${name.padEnd(22, ' ')}  0${str(DIG, 15)}`;
    expect(found(t, routing), t).toBe(true);
    expect(found(t, acct), t).toBe(true);
    expect(found(t, name), t).toBe(true);
  });

  it('covers a private key in JSON inside a JSON string whole, with its doubly escaped line ends (`\\\\n`)', () => {
    const B64 = B62 + '+/';
    const body = Array.from({ length: 6 }, () => str(B64, 64)).join('\\\\n');
    // A service-account key file logged as a string in a field of a JSON log line: each line end is `\\n` as written.
    const pem = `-----BEGIN PRIVATE KEY-----\\\\n${body}\\\\n-----END PRIVATE KEY-----\\\\n`;
    const t = `{"creds":"{\\"private_key\\":\\"${pem}\\",\\"x\\":1}"}`;
    expect(t.includes('-----\\\\n'), t).toBe(true);
    expect(found(t, pem), t).toBe(true);
  });
});

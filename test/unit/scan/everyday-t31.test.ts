import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round t31 (blind set 31: telecom, IoT and field operations), credentials: SIP/VoIP secrets in the
 * files and command lines the tools write (Asterisk, FreeSWITCH, Kamailio/OpenSIPS, Cisco IOS, sipp),
 * HA1 digests, PINs under PIN-named keys, LoRaWAN keys, broker, Wi-Fi and Zigbee secrets, provider
 * secrets under their documented names — in contexts other than the set's, values drawn at test time;
 * beside them the look-alikes that stay clean (nonces, digest responses, EUIs, placeholders, counters).
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const clean = (text: string) => leaks(text).map((f) => text.slice(f.start, f.end));

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const str = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const digits = (n: number): string => String(randomInt(1, 10)) + str('0123456789', n - 1);
/** A SIP-style password with the punctuation config parsers choke on (`=`, `^`, `!`, `*`). */
const pass = (): string => `${str(B62, 7)}${['=', '^', '!', '*', '.', '~'][randomInt(6)]}${str(B62, 4)}${randomInt(10)}`;

describe('round t31: SIP and PBX secrets', () => {
  it('finds peer secrets in sip.conf/iax.conf sections whole, `=` and `^` inside, and register strings', () => {
    // Asterisk reads a secret to the line end: `=` and `^` inside are part of it (key=value parsers stop there).
    const eq = (): string => `${str(B62, 6)}=${str(B62, 3)}^${str(B62, 3)}${randomInt(10)}`;
    const [a, b, c] = [eq(), eq(), eq()];
    const sip = `; sip.conf from backup\n[trunk-a]\ntype=peer\nsecret=${a}\nhost=sip.carrier.net\n`;
    expect(found(sip, a), sip).toBe(true);
    const iax = `[iax-peer]\ntype=friend\nsecret = ${b} ; rotated 2025-01\ncontext=internal`;
    expect(found(iax, b), iax).toBe(true);
    const reg = `[general]\nregister => ${digits(7)}:${c}@chicago.voip.ms/${digits(7)}`;
    expect(found(reg, c), reg).toBe(true);
  });

  it('finds subscriber passwords and HA1/HA1b digests in SQL, JSON and FreeSWITCH directories', () => {
    const [pw, h1, h2] = [pass().replace(/'/g, 'z'), str(HEX, 32), str(HEX, 32)];
    const sql = `INSERT INTO subscriber (username, domain, password, ha1, ha1b)\nVALUES ('u${digits(3)}', 'sip.acme.net', '${pw}', '${h1}', '${h2}');`;
    for (const v of [pw, h1, h2]) expect(found(sql, v), sql).toBe(true);
    const json = `opensips-cli user dump {"username":"2204","domain":"pbx","ha1":"${h1}"}`;
    expect(found(json, h1), json).toBe(true);
    const fs = `<user id="2204"><params><param name="a1-hash" value="${h2}"/></params></user>`;
    expect(found(fs, h2), fs).toBe(true);
  });

  it('finds passwords on sipp, sipsak and pjsua command lines', () => {
    const [a, b, c] = [pass(), pass(), pass()];
    for (const [text, v] of [
      [`$ sipp -sf uac.xml -s 300 -au 300 -ap '${a}' -m 1 10.1.1.1:5060`, a],
      [`history: sipsak -U -C sip:300@10.0.0.9 -s sip:300@pbx -a ${b} -vv`, b],
      [`pjsua --id sip:300@pbx --registrar sip:pbx --username 300 --password=${c} --realm "*"`, c],
    ] as const)
      expect(found(text, v), text).toBe(true);
  });

  it('finds Cisco type-0 secrets, SNMP communities and Kamailio modparam secrets', () => {
    const [a, b, c, d, e] = [pass(), pass(), `${str('abcdefghij', 5)}${str(B62, 8)}`, `${str('klmnopqrst', 4)}${str(B62, 9)}`, str(B62, 24)];
    const ios = `username noc privilege 15 secret 0 ${a}\ntacacs-server key 0 ${b}\nsnmp-server community ${c} RW 99\n`;
    for (const v of [a, b, c]) expect(found(ios, v), ios).toBe(true);
    const cube = `sip-ua\n credentials username 4420${digits(7)} password 0 ${a} realm sip.bt.com`;
    expect(found(cube, a), cube).toBe(true);
    const netsnmp = `/etc/snmp/snmpd.conf:\nrocommunity ${d} 10.0.0.0/8\nsyslocation depot`;
    expect(found(netsnmp, d), netsnmp).toBe(true);
    const kam = `modparam("topoh", "mask_key", "${e}")\nmodparam("auth", "secret", "${e.slice(2)}x")`;
    expect(found(kam, e), kam).toBe(true);
    expect(found(kam, `${e.slice(2)}x`), kam).toBe(true);
  });

  it('leaves digest nonces and responses, call-ids, branch tags, column names and defaults alone', () => {
    const digest = `Authorization: Digest username="1967", realm="pbx", nonce="${str(HEX, 32)}", uri="sip:1967@pbx", response="${str(HEX, 32)}", algorithm=MD5\nCall-ID: ${str(HEX, 16)}@10.0.0.4\nVia: SIP/2.0/UDP 10.0.0.4:5060;branch=z9hG4bK${str(HEX, 10)}`;
    expect(clean(digest)).toEqual([]);
    expect(clean('modparam("auth_db", "password_column", "password")\nmodparam("auth_db", "calculate_ha1", yes)')).toEqual([]);
    expect(clean('snmp-server community public RO\nrocommunity public default')).toEqual([]);
    expect(clean('[trunk]\nsecret=${TRUNK_SECRET}\nregister => 1000:[REDACTED]@sip.carrier.net')).toEqual([]);
    expect(clean(`sipp -sf uac.xml -s 300 -r 10 -m ${digits(3)} 10.0.0.5:5060`)).toEqual([]);
  });
});

describe('round t31: PINs under PIN-named keys', () => {
  it('finds port-out, SIM, voicemail and driver PINs in JSON, UCI, voicemail.conf, FreeSWITCH and messages', () => {
    const [a, b, c, d, e, f] = [digits(6), digits(4), digits(5), digits(4), digits(8), digits(4)];
    const cases: [string, string][] = [
      [`porting-svc {"btn":"[FILTERED]","account_number":"[FILTERED]","port_out_pin":"${a}"}`, a],
      [`root@RUTX11:~# uci show network.mob1s2a1\nnetwork.mob1s2a1.pincode='${b}'`, b],
      [`voicemail.conf:\n[field]\n${randomInt(100, 999)} => -${c},Depot mailbox,,,attach=no`, c],
      [`<param name="vm-password" value="${d}"/>`, d],
      [`short_message="Your Number Transfer PIN is ${e}. It expires in 7 days."`, e],
      [`fuel-recon {"txnId":"${digits(12)}","driverPin":"${f}","product":"DIESEL"}`, f],
    ];
    for (const [text, v] of cases) expect(found(text, v), text).toBe(true);
  });

  it('finds voucher PINs in the PIN column of batch files (semicolon, comma, tab)', () => {
    const pin = `${digits(4)} ${str('0123456789', 4)} ${str('0123456789', 4)} ${str('0123456789', 4)}`;
    for (const sep of [';', ',', '\t']) {
      const text = `voucher-loader head:\n${['SERIAL', 'PIN', 'FACE_VALUE', 'EXPIRY'].join(sep)}\n${[digits(12), pin, '10.00', '2026-03-01'].join(sep)}`;
      expect(found(text, pin), text).toBe(true);
    }
  });

  it('never reads bare digits as a PIN: counters, GPIO pins, attempts, PIN lengths', () => {
    expect(clean('gpio_pin=17 led_pin: 4 sim_pin_attempts_left: 3 card_pin_length=6')).toEqual([]);
    expect(clean(`modem: SIM PIN required (enter PIN) retries=3 sms_id=${digits(6)}`)).toEqual([]);
    expect(clean(`SERIAL;BATCH;FACE_VALUE\n${digits(12)};${digits(8)};20.00`)).toEqual([]);
  });
});

describe('round t31: LoRaWAN, broker, Wi-Fi and Zigbee secrets', () => {
  const key = () => str('0123456789ABCDEF', 32);
  it('finds LoRaWAN root and session keys in TTN JSON, ChirpStack payloads, CLI flags and ABP CSVs', () => {
    const [a, b, c, d] = [key(), key().toLowerCase(), key(), key()];
    const ttn = `{"root_keys":{"app_key":{"key":"${a}"}},"session":{"keys":{"s_nwk_s_int_key":{"key":"${c}"}}}}`;
    expect(found(ttn, a), ttn).toBe(true);
    expect(found(ttn, c), ttn).toBe(true);
    const cs = `POST /api/devices/${str(HEX, 16)}/keys {"deviceKeys":{"nwkKey":"${b}"}}`;
    expect(found(cs, b), cs).toBe(true);
    const cli = `ttn-lw-cli end-devices set app dev --root-keys.app-key.key ${d}`;
    expect(found(cli, d), cli).toBe(true);
    const csv = `dev_eui,dev_addr,nwk_s_key,app_s_key\n${str('0123456789ABCDEF', 16)},${str('0123456789ABCDEF', 8)},${a},${c}`;
    expect(found(csv, a), csv).toBe(true);
    expect(found(csv, c), csv).toBe(true);
  });

  it('finds Mosquitto bridge secrets, paho passwords and secret env rows of CLI tables', () => {
    const [a, b, c, d] = [pass(), str(HEX, 32), pass(), `${str(B62, 40)}==`];
    const bridge = `connection edge\naddress 10.0.0.8:8883\nremote_password ${a}\nbridge_identity gw7\nbridge_psk ${b}`;
    expect(found(bridge, a), bridge).toBe(true);
    expect(found(bridge, b), bridge).toBe(true);
    const paho = `File "agent.py", line 40\n    client.username_pw_set(username="meter", password="${c}")`;
    expect(found(paho, c), paho).toBe(true);
    const mp = pass().replace(/['"]/g, 'q');
    for (const text of [`sudo mosquitto_passwd -b /etc/mosquitto/passwd gw7 '${mp}'`, `mosquitto_passwd -c -b pw.txt meter ${mp}`]) expect(found(text, mp), text).toBe(true);
    const cli = `*CLI> pjsip show auth a\n ParameterName        : ParameterValue\n md5_cred             :\n password             : ${mp}\n realm                :`;
    expect(found(cli, mp), cli).toBe(true);
    const table = `ID      NAME              VALUE\n4220253 INFLUXDB_TOKEN    ${d} acme/fleet\n7338524 TZ                Europe/Berlin acme/fleet`;
    expect(found(table, d), table).toBe(true);
  });

  it('finds Zigbee network keys and Wi-Fi passphrases', () => {
    const bytes = Array.from({ length: 16 }, () => randomInt(256)).join(', ');
    for (const text of [`advanced:\n  network_key: [${bytes}]`, `{"advanced":{"network_key":[${bytes}]}}`]) expect(found(text, bytes), text).toBe(true);
    const [p1, p2, p3] = [`${str(B62, 10)} ${str(B62, 4)}`, str(HEX, 64), `${str(B62, 12)}!`];
    const wpa = `network={\n    ssid="yard"\n    psk="${p1}"\n}\nnetwork={\n    ssid="iot"\n    psk=${p2}\n}`;
    expect(found(wpa, p1), wpa).toBe(true);
    expect(found(wpa, p2), wpa).toBe(true);
    const hostapd = `/etc/hostapd/hostapd.conf:\nssid=depot-ap\nwpa_passphrase=${p3}\nwpa_key_mgmt=WPA-PSK`;
    expect(found(hostapd, p3), hostapd).toBe(true);
  });

  it('leaves EUIs, DevAddrs, all-zero keys, default Zigbee keys and placeholders alone', () => {
    expect(clean(`{"dev_eui":"${str('0123456789ABCDEF', 16)}","join_eui":"${str('0123456789ABCDEF', 16)}","dev_addr":"${str('0123456789ABCDEF', 8)}"}`)).toEqual([]);
    expect(clean('{"app_key":{"key":"00000000000000000000000000000000"}}')).toEqual([]);
    expect(clean('network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]\npan_id: 6754')).toEqual([]);
    expect(clean('network={\n  psk="${WIFI_PSK}"\n}\nremote_password <set-me>')).toEqual([]);
  });
});

describe('round t31: provider secrets under their documented names', () => {
  it('finds Bird access keys, SFDX refresh tokens, M-Pesa passkeys, Geotab sessions and eSIM activation codes', () => {
    const bird = `${str(B62, 30)}${randomInt(10)}${str(B62, 17)}`;
    const rt = `5Aep861${str(B62, 50)}.${str(B62, 20)}`;
    const pk = str(HEX, 64);
    const sess = `${str(B62, 11)}${randomInt(10)}${str(B62, 10)}`;
    const code = `${str('ABCDEFGHJK0123456789', 5)}-${str('ABCDEFGHJK0123456789', 5)}-${str('ABCDEFGHJK', 4)}${randomInt(10)}`;
    const cases: [string, string][] = [
      [`curl -H "Authorization: AccessKey ${bird}" https://api.bird.com/workspaces`, bird],
      [`SFDX_AUTH_URL=force://PlatformCLI::${rt}@acme.my.salesforce.com`, rt],
      [`{"ShortCode":"174379","PassKey":"${pk}"}`, pk],
      [`{"credentials":{"database":"acme","sessionId":"${sess}","userName":"api@acme.com"}}`, sess],
      [`GEOTAB_CACHED_SESSION=${sess}`, sess],
      [`Full code: LPA:1$rsp.truphone.com$${code}`, code],
    ];
    for (const [text, v] of cases) expect(found(text, v), text).toBe(true);
  });

  it('leaves session ids of other records, public SM-DP+ addresses and doc slots alone', () => {
    expect(clean(`{"sessionId":"${str(B62, 22)}","page":2}`)).toEqual([]);
    expect(clean('LPA:1$smdp.example.com$<matching-id>')).toEqual([]);
    expect(clean('SharedAccessSignature sr={URL-encoded-resourceURI}&sig={signature-string}&se={expiry}')).toEqual([]);
  });
});

describe('round t31: desk-phone provisioning and Azure DPS device keys', () => {
  it('finds SIP passwords of Yealink and Polycom provisioning files whole, and derived DPS keys', () => {
    const [a, b, k] = [pass(), pass(), `${str(B62, 42)}${randomInt(10)}=`];
    const yealink = `account.1.auth_name = 2201\naccount.1.password = ${a}\naccount.1.sip_server.1.address = pbx.acme.net`;
    expect(found(yealink, a), yealink).toBe(true);
    const polycom = `<reg reg.1.address="2201" reg.1.auth.userId="2201" reg.1.auth.password="${b}" />`;
    expect(found(polycom, b), polycom).toBe(true);
    const dps = `$ az iot dps enrollment-group compute-device-key --key "$KEY" --registration-id meter-${digits(4)}\n"${k}"`;
    expect(found(dps, k), dps).toBe(true);
    expect(clean('account.1.password = %ACCOUNT_PASSWORD%\nstatic.security.user_password = $ADMIN_PW')).toEqual([]);
  });
});


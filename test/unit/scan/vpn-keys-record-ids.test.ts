import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { B62, B64, DIG, HEX, rng } from './sample-rng';
import { codiceFiscale24l, openvpnKeyBody, ssn24l } from './generators-f24l';

/**
 * Round f24l (set 24's last misses, as classes): stunnel PSK files and OpenVPN static keys, a secret-named
 * `name=value` under another key (`oauth: client_secret=…`), a codice fiscale in an Entratel error, an SSN
 * opening a fixed-width ISIR record. Values drawn fresh, contexts other than the set's, close negatives clean.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(Number(process.env['F24L_SEED'] ?? 2424));

describe('round f24l: VPN key files', () => {
  it('finds every identity:key line of a stunnel PSK file after PSKsecrets or the file name', () => {
    for (let i = 0; i < 3; i++) {
      const a = r.str(HEX, 48), b = r.str(B62, 32), c = r.str(B64, 24) + '==';
      const texts = [
        `stunnel: SSL_accept: sslv3 alert handshake failure (service hl7)\nPSKsecrets = /etc/stunnel/psk.txt\n# /etc/stunnel/psk.txt\nlab-a:${a}\nlab.b@site:${b}`,
        `$ cat /etc/stunnel/psk.txt\nclient01:${a}\nclient_02:${c}`,
        `{"msg":"stunnel conf dump:\\n[mllp]\\nPSKidentity = ehr\\nPSKsecrets = /run/psk.txt\\nehr:${b}\\n"}`,
      ];
      expect(found(texts[0]!, a) && found(texts[0]!, b)).toBe(true);
      expect(found(texts[1]!, a) && found(texts[1]!, c)).toBe(true);
      expect(found(texts[2]!, b)).toBe(true);
    }
  });

  it('finds the body of an OpenVPN static key, bare, inline in a .ovpn and JSON-escaped', () => {
    for (let i = 0; i < 3; i++) {
      const k = openvpnKeyBody(r);
      const pem = `-----BEGIN OpenVPN Static key V1-----\n${k}\n-----END OpenVPN Static key V1-----`;
      expect(found(`#\n# 2048 bit OpenVPN static key\n#\n${pem}\n`, k)).toBe(true);
      expect(found(`client\nremote vpn.example.net 1194\nkey-direction 1\n<tls-auth>\n${pem}\n</tls-auth>\n`, k)).toBe(true);
      const line = JSON.stringify({ level: 'error', msg: `ovpn profile rejected:\n${pem}` });
      expect(leaks(line).length).toBeGreaterThan(0);
    }
  });

  it('keeps option lines, ciphers, times and placeholders under PSKsecrets clean', () => {
    const text = `PSKsecrets = /etc/stunnel/psk.txt\nconnect = 10.1.2.3:443\nciphers:PSK-AES256-GCM-SHA384\nsslVersion:TLSv1.2\nstarted:2026-03-11T10:22:33Z\nclient:xxxxxxxxxxxxxxxxxxxx\nclient:\${STUNNEL_PSK_FROM_VAULT}`;
    expect(leaks(text)).toEqual([]);
    expect(leaks('-----BEGIN OpenVPN Static key V1-----\n<redacted>\n-----END OpenVPN Static key V1-----')).toEqual([]);
  });
});

describe('round f24l: the inner key of a name=value value decides', () => {
  it('reads client_secret=, api_token= and db_password= under a key that is not theirs', () => {
    for (let i = 0; i < 3; i++) {
      const s = r.str(B64, 32), t = r.str(B62, 28), p = `${r.str(B62, 10)}${r.int(10, 99)}`;
      for (const [text, v] of [
        [`  plugin oauth: client_secret=${s}`, s],
        [`sync auth: api_token=${t} (rejected)`, t],
        [`jdbc creds: db_password=${p}`, p],
      ] as const) expect(found(text, v)).toBe(true);
    }
  });

  it('leaves a non-secret inner name=value under a secret key as before, and flags nothing in flags', () => {
    expect(leaks('oauth: mode=client_credentials grant=refresh')).toEqual([]);
    expect(leaks('auth: method=basic realm=internal')).toEqual([]);
  });
});

describe('round f24l: ids named by their record context', () => {
  it('finds a bare codice fiscale in Entratel / AdE errors', () => {
    for (let i = 0; i < 3; i++) {
      const cf = codiceFiscale24l(r);
      for (const text of [
        `invio 730 fallito: Entratel esito "scartato" - codice errore 0045 "codice fiscale del percipiente non valido"\n  record H: ${cf}    ${r.str(DIG, 8)}`,
        `Fisconline: errore di validazione (codiceFiscale) sul quadro RW\n  ${cf};IT;2025`,
        `Agenzia delle Entrate: CU scartata, soggetto ${cf} non presente in Anagrafe Tributaria`,
      ]) expect(found(text, cf)).toBe(true);
    }
  });

  it('keeps look-alikes of a codice fiscale clean (bad check letter, lowercase codes)', () => {
    const cf = codiceFiscale24l(r);
    const bad = cf.slice(0, 15) + String.fromCharCode(((cf.charCodeAt(15) - 64) % 26) + 65);
    expect(leaks(`Entratel: codice fiscale non valido nel record ${bad}`)).toEqual([]);
    expect(leaks('Entratel: codice fiscale mancante, protocollo 24031112345678901-000001')).toEqual([]);
  });

  it('finds the SSN that opens a fixed-width ISIR / FAFSA record', () => {
    for (let i = 0; i < 3; i++) {
      const ssn = ssn24l(r);
      for (const text of [
        `finaid-import: ISIR batch IDSA25OP.dat record 12 failed: "Student SSN + name ID mismatch"\n  ${ssn}PA2526 ... (dependency D)`,
        `FAFSA correction rejected (CPS edit 2004):\n${ssn}WO2627 001 ${r.str(DIG, 8)}`,
        `SAIG mailbox TG${r.str(DIG, 5)}: ISIR record unreadable:\n\t${ssn}MB2526  CA`,
      ]) expect(found(text, ssn)).toBe(true);
    }
  });

  it('keeps record numbers and invalid SSNs at a line start clean', () => {
    expect(leaks('ISIR batch failed:\n  000123456AB2526 (area 000)\n  912345678CD2526 (ITIN range)')).toEqual([]);
    expect(leaks('SSN check job finished\nrecords 123456789 processed')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createScanner, DEFAULT_DETECTORS } from '../../../src/scan';
import { covered, leaks } from '../../helpers/leak-coverage';
import { abnValid, afmValid, amkaValid, egIdValid, emiratesIdValid, emsoValid, lvCodeValid, myKadValid, nikValid, nitValid, rfcValid, rucValid, saIdValid, tajValid, thIdValid } from '../../../src/scan/id-checksums-global';
import { ilIdValid } from '../../../src/scan/id-checksums-world';
import { abn, afm, amka, egId, emiratesId, emso, ilId, lvCode, myKad, nik, nirGrouped, nit, rfc, ruc, saId, taj, thId } from './generators-pf16';
import { rng, type Rng } from './sample-rng';


const p2 = (n: number): string => String(n).padStart(2, '0');
const dmy = (r: Rng): string => `${p2(r.int(1, 28))}/${p2(r.int(1, 12))}/${r.int(1950, 2004)}`;

/** National ids under their native key names, in the dump forms SDKs, job systems and frameworks print. */
const IDS: Record<string, { value: (r: Rng) => string; key: string }> = {
  'Greek AMKA': { value: amka, key: 'amka' },
  'Greek AFM': { value: afm, key: 'afm' },
  'Slovenian EMŠO': { value: emso, key: 'emso' },
  'Latvian personas kods': { value: lvCode, key: 'personas_kods' },
  'Hungarian TAJ': { value: taj, key: 'taj_szam' },
  'Thai national id': { value: thId, key: 'thai_id' },
  'Saudi iqama': { value: saId, key: 'iqama_number' },
  'UAE Emirates ID': { value: emiratesId, key: 'emiratesId' },
  'Colombian NIT': { value: nit, key: 'nit' },
  'Peruvian RUC': { value: ruc, key: 'ruc' },
  'Australian ABN': { value: abn, key: 'abn' },
  'Egyptian national id': { value: egId, key: 'egyptian_id' },
  'Indonesian NIK': { value: nik, key: 'nik' },
  'Malaysian MyKad': { value: myKad, key: 'mykad' },
  'Mexican RFC': { value: rfc, key: 'rfc' },
  'Israeli Teudat Zehut': { value: ilId, key: 'teudat_zehut' },
};

/** The forms of theme 16: Axios/requests JSON bodies, Rails params, Celery/Sidekiq args, .NET/Go dumps, query strings, XML, PHP var_dump. */
const FORMS: ((k: string, v: string) => string)[] = [
  (k, v) => `AxiosError: Request failed with status code 422\n  config.data: '{"customer":{"${k}":"${v}","country":"XX"}}'`,
  (k, v) => `Processing by KycController#create as JSON\n  Parameters: {"person"=>{"${k}"=>"${v}", "first_name"=>"Ana"}}`,
  (k, v) => `[2026-11-02 10:14:03,221: ERROR/ForkPoolWorker-3] Task hr.sync_employee[${'4f1c'}] raised: ValidationError kwargs={'${k}': '${v}', 'attempt': 3}`,
  (k, v) => `WARN: 2026-11-02T10:14:03.221Z 12 TID-ouy3 HrSyncJob JID-9c1e INFO: fail args=[{"${k}"=>"${v}"}]`,
  (k, v) => `System.ArgumentException: invalid record Employee { Name = Ana Lopez, ${k[0]!.toUpperCase() + k.slice(1)} = ${v}, Active = True }`,
  (k, v) => `GET /v1/verify?${k}=${encodeURIComponent(v)}&country=XX HTTP/1.1" 400 87`,
  (k, v) => `<ns2:Person><ns2:${k} type="primary">${v}</ns2:${k}></ns2:Person>`,
  (k, v) => `array(2) {\n  ["${k}"]=>\n  string(${v.length}) "${v}"\n  ["status"]=> string(3) "new"\n}`,
];

describe('issue-pf16 personal data in SDK and runtime dumps', () => {
  it('the checksum generators and validators agree (and a changed digit fails)', () => {
    const r = rng(16);
    const pairs: [(r: Rng) => string, (v: string) => boolean][] = [
      [amka, amkaValid], [afm, afmValid], [emso, emsoValid], [lvCode, lvCodeValid], [taj, tajValid], [thId, thIdValid], [saId, saIdValid],
      [emiratesId, emiratesIdValid], [nit, nitValid], [ruc, rucValid], [abn, abnValid], [egId, egIdValid], [nik, nikValid], [myKad, myKadValid],
      [rfc, rfcValid], [ilId, ilIdValid],
    ];
    for (const [gen, ok] of pairs) {
      for (let i = 0; i < 30; i++) {
        const v = gen(r);
        expect(ok(v), `${gen.name} ${v}`).toBe(true);
      }
    }
    // A digit off breaks the checked ones (those with a check digit).
    for (const [gen, ok] of [[amka, amkaValid], [afm, afmValid], [taj, tajValid], [thId, thIdValid], [saId, saIdValid], [ruc, rucValid], [ilId, ilIdValid]] as const) {
      let broken = 0;
      for (let i = 0; i < 30; i++) {
        const v = gen(r);
        const last = Number(v[v.length - 1]);
        if (!ok(v.slice(0, -1) + String((last + 1) % 10))) broken++;
      }
      expect(broken, gen.name).toBe(30);
    }
  });

  it.each(Object.entries(IDS))('%s under its native key in every dump form', (_name, { value, key }) => {
    const r = rng(1601);
    const misses: string[] = [];
    for (const form of FORMS) {
      for (let i = 0; i < 3; i++) {
        const v = value(r);
        const text = form(key, v);
        const probe = text.includes(encodeURIComponent(v)) && !text.includes(v) ? encodeURIComponent(v) : v;
        if (!covered(text, probe)) misses.push(text);
      }
    }
    expect(misses.join('\n---\n')).toBe('');
  });

  it('French NIR grouped and a DD/MM/YYYY birth date in a PHP var_dump (blind set 15 class)', () => {
    const r = rng(1602);
    for (let i = 0; i < 10; i++) {
      const nir = nirGrouped(r);
      const dob = dmy(r);
      const text = `PHP Fatal error:  Uncaught DomainException: DSN refusée (code 32)\narray(3) {\n  ["numero_securite_sociale"]=>\n  string(21) "${nir}"\n  ["date_de_naissance"]=>\n  string(10) "${dob}"\n  ["statut"]=> string(5) "cadre"\n}`;
      expect(covered(text, nir), text).toBe(true);
      expect(covered(text, dob), text).toBe(true);
    }
  });

  it('ids in XML elements with a namespace and attributes (Workday National_ID)', () => {
    const text = `<wd:Worker>\n  <wd:National_ID wd:Type="GBR-NI">SC 21 62 90 A</wd:National_ID>\n</wd:Worker>`;
    expect(covered(text, 'SC 21 62 90 A')).toBe(true);
    const r = rng(1603);
    const a = amka(r);
    expect(covered(`<hr:Employee><hr:AMKA xsi:type="xs:string">${a}</hr:AMKA></hr:Employee>`, a)).toBe(true);
  });

  it('a KYC document number under a generic field (Persona identification-number)', () => {
    const text = `persona webhook inquiry.failed\n  attributes:\n    identification-number: D3825910\n    identification-class: dl`;
    expect(covered(text, 'D3825910')).toBe(true);
    expect(covered(`{"document_number":"X4821973"}`, 'X4821973')).toBe(true);
  });

  it('addresses of Finland, Sweden, Norway, Denmark, Singapore, Portugal, Brazil, Poland, Czechia, Australia, India and UK numbers with a letter', () => {
    const texts: [string, string][] = [
      [`tyontekija = {'nimi': 'Aino', 'osoite': 'Mannerheimintie 12 B 7, 00100 Helsinki', 'pankki': None}`, 'Mannerheimintie 12 B 7, 00100 Helsinki'],
      ['delivery failed: Mannerheimintie 12 B 7, 00100 Helsinki (no answer)', 'Mannerheimintie 12 B 7, 00100 Helsinki'],
      ['shipTo=Storgatan 5 lgh 1102, 114 51 Stockholm;', 'Storgatan 5 lgh 1102, 114 51 Stockholm'],
      ['recipient: Karl Johans gate 22, 0159 Oslo', 'Karl Johans gate 22, 0159 Oslo'],
      ['adresse: Vesterbrogade 12, 3. tv, 1620 København V', 'Vesterbrogade 12, 3. tv, 1620 København V'],
      ['{"regadd":{"value":"Blk 774 Tampines Street 32 #25-989 Singapore 526855"}}', 'Blk 774 Tampines Street 32 #25-989 Singapore 526855'],
      ['courier: Blk 123 Ang Mo Kio Avenue 3 #12-345 Singapore 560123 not reachable', 'Blk 123 Ang Mo Kio Avenue 3 #12-345 Singapore 560123'],
      ['<wd:Address_Line>123a Ashby Road, Loughborough LE11 3TU</wd:Address_Line>', '123a Ashby Road, Loughborough LE11 3TU'],
      ['{"direccion":"Calle Mayor 5, 28013 Madrid"}', 'Calle Mayor 5, 28013 Madrid'],
      ['shipment failed: ul. Marszałkowska 12/34, 00-001 Warszawa', 'ul. Marszałkowska 12/34, 00-001 Warszawa'],
      ['shipment failed: Rua Augusta 123, 1100-048 Lisboa', 'Rua Augusta 123, 1100-048 Lisboa'],
      ['shipment failed: Rua das Flores, 123 - Centro, São Paulo - SP, 01001-000', 'Rua das Flores, 123 - Centro, São Paulo - SP, 01001-000'],
      ['shipment failed: Václavské náměstí 12, 110 00 Praha 1', 'Václavské náměstí 12, 110 00 Praha 1'],
      ['shipment failed: Unit 5, 12 George St, Sydney NSW 2000', 'Unit 5, 12 George St, Sydney NSW 2000'],
      ['shipment failed: Flat 12, 45 MG Road, Bengaluru 560001', 'Flat 12, 45 MG Road, Bengaluru 560001'],
    ];
    for (const [text, v] of texts) expect(covered(text, v), text).toBe(true);
  });

  it('does not flag look-alikes: counts, OIDs, object identities, ids under other keys', () => {
    const negatives = [
      'retry tie 3 of 5 in group B 7',
      'block 12 of 40 written; singapore 3 regions up',
      'Rua 1 of 3 rows failed; av. 12 ms; ul. 5 of 9',
      'step 2 of 3, 110 00 done in praha-1 cluster',
      'snmpwalk: Timeout on 1.3.6.1.4.1.311.21.7; cert subject OID 2.5.4.3; ext 2.5.29.17 critical',
      'X509v3 extension 2.5.29.15 keyUsage; 2.5.29.37 extKeyUsage',
      '\tat com.corp.sync.HubspotPoller@6d06d69c.poll(HubspotPoller.java:91)',
      'lock held by java.util.concurrent.locks.ReentrantLock$NonfairSync@1b6d3586.acquire',
      'object: com.corp.billing.Invoice@7a81197d',
      '{"order_number":"31710141018500011","nik_version":"3.1.0"}',
      '{"nit_status":"ok","ruc_count":20123456789}',
      '{"request_id":"784-1985-1234567-1"}',
      '{"taj":"123456789"}',
      '{"identification-number":"REQ-2026-11-0042"}',
      'initialized: init=1 rfc 3339 timestamps',
      'runtime: jvm 17.0.9.1 ua=Mozilla/5.0 Chrome/120.0.6099.129 node/18.19.0.1',
      '{"to":"+15005550006","from":"+15005550001"}',
      '{"national_id":"REDACTED","ssn":"***-**-****","passport":"<redacted>","dob":"****-**-**"}',
      '{"id_number":"550e8400-e29b-41d4-a716-446655440000","document_id":"doc_8f7e6d5c4b3a"}',
    ];
    for (const text of negatives) expect(leaks(text).map((f) => `${f.detector}: ${text.slice(f.start, f.end)}`), text).toEqual([]);
  });

  it('Hibernate bound parameters named by the INSERT before them (Hibernate 5 and 6)', () => {
    const r = rng(1604);
    for (let i = 0; i < 5; i++) {
      const nir = nirGrouped(r).replace(/ /g, '');
      const dob = `${r.int(1950, 2004)}-${p2(r.int(1, 12))}-${p2(r.int(1, 28))}`;
      const a = amka(r);
      const text = `org.hibernate.SQL : insert into employee (birth_date, email, nir, amka, id) values (?, ?, ?, ?, ?)
o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [DATE] - [${dob}]
o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [ann.lee@corp.io]
o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [VARCHAR] - [${nir}]
org.hibernate.orm.jdbc.bind : binding parameter (4:VARCHAR) <- [${a}]
org.hibernate.orm.jdbc.bind : binding parameter (5:BIGINT) <- [${r.int(10000, 99999)}]`;
      for (const v of [dob, nir, a]) expect(covered(text, v), text).toBe(true);
    }
    // A bound value of a column that names nothing personal is no finding.
    const clean = 'Hibernate: insert into orders (created_at, order_number, amount) values (?, ?, ?)\nbinding parameter [1] as [TIMESTAMP] - [2026-11-02 10:14:03.221]\nbinding parameter [2] as [VARCHAR] - [1985122611]';
    expect(leaks(clean)).toEqual([]);
  });

  it('phones and e-mails with JSON-escaped + and @ (.NET System.Text.Json, escaping serializers)', () => {
    const cases: [string, string][] = [
      ['{"Phone":"\\u002B447911123456"}', '\\u002B447911123456'],
      ['{"Note":"call \\u002B33 6 12 34 56 78 today"}', '\\u002B33 6 12 34 56 78'],
      ['{"email":"ann.lee\\u0040corp.io"}', 'ann.lee\\u0040corp.io'],
    ];
    for (const [text, v] of cases) expect(covered(text, v), text).toBe(true);
    expect(leaks('{"email":"jane\\u0040example.com","code":"\\u002B1234"}')).toEqual([]);
  });

  it('passports, tax ids and GSTINs under native key names', () => {
    const cases: [string, string][] = [
      ['{"nomor_paspor":"B1234567"}', 'B1234567'],
      ['{"paszport":"EA1234567"}', 'EA1234567'],
      ['{"pasaport_no":"U12345678"}', 'U12345678'],
      ['{"steuernummer":"12/345/67890"}', '12/345/67890'],
      ['{"gstin":"27AAPFU0939F1ZV"}', '27AAPFU0939F1ZV'],
      ['{"tin":"123-456-789-000"}', '123-456-789-000'],
    ];
    for (const [text, v] of cases) expect(covered(text, v), text).toBe(true);
    expect(leaks('{"gstin":"27AAPFU0939F1ZX"}')).toEqual([]);
  });

  it('each new detector has severity, category, a masked preview and remediation', () => {
    for (const id of ['personal-id-var-dump', 'personal-id-hibernate-bind', 'street-address-nordic', 'street-address-sg', 'street-address-pt-pl', 'street-address-cz-sk', 'phone-json-escaped', 'email-json-escaped']) {
      const d = DEFAULT_DETECTORS.find((x) => x.id === id)!;
      expect(d, id).toBeDefined();
      expect(d.category).toBe('personal');
      expect(d.remediation.length).toBeGreaterThan(20);
      expect(['full', 'phone']).toContain(d.mask);
    }
    const f = createScanner().scan('delivery failed: Mannerheimintie 12 B 7, 00100 Helsinki (no answer)').find((x) => x.detector === 'street-address-nordic')!;
    expect(f.masked).not.toContain('Mannerheim');
  });
});

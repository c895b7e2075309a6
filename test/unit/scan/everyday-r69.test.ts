import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { bsnValid } from '../../../src/scan/id-checksums';
import { peselValid } from '../../../src/scan/id-checksums-more';
import { randomInt } from '../../helpers/seeded-random';
import { aadhaar, td1, td3 } from './generators-r69';
import { rng } from './sample-rng';

/**
 * Round r69 (blind set 69: identity verification and e-signature integrations): DocuSign and Adobe Sign tokens, Guzzle
 * auth arrays, keys in HMAC debug lines, pydantic SecretStr values, Middesk/Persona/Socure/Sumsub keys, UUID secrets in
 * key/value tables, Confirmation of Payee and Brazilian accounts, Pix CPFs, postcodes, names in KYC payloads, MRZs,
 * AAMVA barcodes and card OCR — in contexts other than the set's (other vendors, log shapes and languages); beside them
 * the look-alikes that stay clean, and the set's false alarms: Alloy object tokens, Jumio credential ids, per-request
 * HMACs and `Token token=` placeholders.
 */
const { found, clean } = everydayProbe();
const r = rng(69);
/** Digits drawn until `ok` holds. */
const digits = (n: number, ok: (v: string) => boolean): string => {
  for (;;) {
    const v = `${1 + randomInt(8)}${str(DIG, n - 1)}`;
    if (ok(v)) return v;
  }
};
const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-9${str(HEX, 3)}-${str(HEX, 12)}`;

describe('round r69: credentials of identity and e-signature providers', () => {
  it('finds DocuSign and Adobe Sign tokens anywhere, not a JWT-looking id or a short prefix', () => {
    const ds = `eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoi${str(B62 + '-_', 30)}.${str(B62 + '-_', 180)}.${str(B62 + '-_', 90)}`;
    expect(found(`retry_queue payload: {"envelope":"e1","cached":"${ds}"}`, ds)).toBe(true);
    const ad = `3AAABLblqZhA${mix(70, '-_')}*`;
    expect(found(`sign-sync: refresh ok access=${ad} expires_in=3600`, ad)).toBe(true);
    expect(clean('docs: tokens start with 3AAABLblqZh and end in *')).toEqual([]);
  });

  it('finds a Guzzle auth array in a var_export dump, not masked members', () => {
    const u = uuid();
    const p = mix(32);
    const text = `[2026-05-01] local.ERROR: cURL error 28\noptions: array (\n  'auth' => \n  array (\n    0 => '${u}',\n    1 => '${p}',\n  ),\n)`;
    expect(found(text, u)).toBe(true);
    expect(found(text, p)).toBe(true);
    expect(clean("options: array (\n  'auth' => \n  array (\n    0 => 'svc-user',\n    1 => '********',\n  ),\n)")).toEqual([]);
  });

  it('finds a signing key named in an HMAC debug line, not the digest it produced', () => {
    const k = mix(44);
    expect(found(`onboarding.hooks: hmac(sha512, key=${k}, body[88 bytes]) = ${str(HEX, 64)}`, k)).toBe(true);
    expect(found(`idv: signing key in use: ${k}`, k)).toBe(true);
    expect(clean(`idv: hmac(sha256, key=<redacted>, body[88 bytes]) = ${str(HEX, 64)}`)).toEqual([]);
    expect(clean('idv: hmac key #1 = rotated-yesterday')).toEqual([]);
  });

  it('finds a pydantic SecretStr value, not its masked repr', () => {
    const s = mix(30);
    expect(found(`Settings(db_password=SecretStr('${s}'), debug=False)`, s)).toBe(true);
    expect(clean("Settings(webhook=SecretStr('**********'), debug=False)")).toEqual([]);
  });

  it('finds Middesk, Persona, Socure and Sumsub keys, not look-alike ids', () => {
    const m = `mk_live_${str(HEX, 32)}`;
    expect(found(`kyb: export MIDDESK_KEY=${m}`, m)).toBe(true);
    const p = `wbhsec_${uuid()}`;
    expect(found(`persona: rotating ${p} -> new secret`, p)).toBe(true);
    const sk = uuid();
    expect(found(`{"socure_api_key": "${sk}", "env": "prod"}`, sk)).toBe(true);
    const ss = `prd:${mix(24)}.${mix(32)}`;
    expect(found(`idv-sdk: token=${ss} level=basic-kyc`, ss)).toBe(true);
    expect(clean(`socure request ${uuid()} took 230 ms`)).toEqual([]);
    expect(clean('ops: prd:eu-west-1 sbx:us-east-2 regions healthy')).toEqual([]);
  });

  it('finds a UUID secret in a key/value table, not a UUID id row', () => {
    const u = uuid();
    expect(found(`Key                 Value\n---                 -----\nonfido_api_secret   ${u}\nregion              eu`, u)).toBe(true);
    expect(clean(`Key                 Value\n---                 -----\nrequest_id          ${uuid()}\nregion              eu`)).toEqual([]);
  });
});

describe('round r69: bank values of verification flows', () => {
  it('finds a Confirmation of Payee account and a Brazilian account under numero', () => {
    const a = `${1 + (str(DIG, 1).charCodeAt(0) % 9)}${str(DIG, 7)}`;
    expect(found(`cop request {"SortCode":"20-00-00","SchemeName":"SortCodeAccountNumber","Identification":"${a}"}`, a)).toBe(true);
    const n = `7${str(DIG, 8)}`;
    expect(found(`{"agencia":"0001","numero":"${n}","tipoConta":"CACC"}`, n)).toBe(true);
    expect(clean('{"agencia":"0001","status":"ok","numero_tentativas":"3"}')).toEqual([]);
  });

  it('finds a CPF written as a Pix key, not one whose check digits fail', () => {
    expect(found('cobranca: chavePix=529.982.247-25 valor=10.00', '529.982.247-25')).toBe(true);
    expect(clean('cobranca: chavePix=529.982.247-26 valor=10.00')).toEqual([]);
  });
});

describe('round r69: personal data of KYC payloads', () => {
  it('finds a postcode beside a street or a name, not a zip elsewhere', () => {
    expect(found(`{"holder":"${person()}","line1":"9 Quay St","zip_code":"94107"}`, '94107')).toBe(true);
    expect(found('<Cdtr><Nm>X</Nm><PstlAdr><StrtNm>Rue Haute</StrtNm><PstCd>1000</PstCd></PstlAdr></Cdtr>', '1000')).toBe(true);
    expect(clean('artifact upload: {"zip":"12345","files":3}')).toEqual([]);
    expect(clean('warehouse config: postcode=ABCDE')).toEqual([]);
  });

  it('finds names in bank name checks, officer arrays, account labels and document fields, not company names', () => {
    const f = family().toUpperCase();
    expect(found(`vop: {"iban":"BE68539007547034","result":"CLOSE_MATCH","suggested":"${f}"}`, f)).toBe(true);
    const o = person();
    expect(found(`registry: {"officers":[{"name":"${o}","role":"Secretary"}]}`, o)).toBe(true);
    expect(clean('registry: {"officers":[{"name":"Acme Holdings LLC","title":"Member"}]}')).toEqual([]);
    const g = given();
    expect(found(`linked account {"name":"${g}'s Checking","mask":"1234"}`, g)).toBe(true);
    expect(clean('linked account {"name":"My Checking","mask":"1234"}')).toEqual([]);
    const n = person();
    expect(found(`[{"fieldName":"Buyer.FullName","value":"${n}"}]`, n)).toBe(true);
    expect(clean('[{"fieldName":"Company.Name","value":"Acme Ltd"}]')).toEqual([]);
  });

  it('finds names under name keys in any case and script, not placeholders or lower-case words', () => {
    const up = given().toUpperCase();
    expect(found(`{"legal_name":"${up}","birth_date":"1990-04-01","status":"review"}`, up)).toBe(true);
    expect(found('{"lastName":"\\u0141\\u0119cka","documentNumber":"ABC123456"}', '\\u0141\\u0119cka')).toBe(true);
    expect(found('applicant: given_name=Oswin surname=Arkwright', 'Arkwright')).toBe(true);
    expect(found('{"family_name":"王","given_name":"秀英"}', '秀英')).toBe(true);
    expect(clean('{"first_name":"string","last_name":"required"}')).toEqual([]);
    expect(clean(`{"legal_name":"${up}","plan":"pro"}`)).toEqual([]);
    expect(clean('report sort_last_name=Asc page=2')).toEqual([]);
    expect(clean('schema: first_name=<FIRST_NAME> last_name={{last}}')).toEqual([]);
  });

  it('finds MRZ name lines beside valid data lines and whole ID-card MRZs, not invalid ones', () => {
    const [l1, l2] = td3(r);
    expect(found(`{"mrz":{"top":"${l1}","bottom":"${l2}"}}`, l1)).toBe(true);
    const [a, b, c] = td1(r);
    expect(found(`scan:\n${a}\n${b}\n${c}\nok`, `${a}\n${b}\n${c}`)).toBe(true);
    const bad = `${l2.slice(0, 9)}${(Number(l2[9]) + 1) % 10}${l2.slice(10)}`;
    expect(clean(`{"top":"${l1}","bottom":"${bad}"}`).filter((x) => x.startsWith('mrz-name'))).toEqual([]);
  });

  it('finds checksummed national ids in validation messages naming them, not other numbers', () => {
    const bsn = digits(9, bsnValid);
    expect(found(`registry: BSN ${bsn} rejected by the gemeente lookup`, bsn)).toBe(true);
    const pesel = digits(11, peselValid);
    expect(found(`pesel check failed for ${pesel} (country PL)`, pesel)).toBe(true);
    expect(clean('bsn lookup: 123456789 queued')).toEqual([]);
  });

  it('finds an AAMVA record, card OCR labels, a UK licence card and an Aadhaar front', () => {
    const bar = '@\n\u001e\rANSI 636014090102DL00410279ZC03200024DLDAQY1234567\nDCSARKWRIGHT\nDACHALDIS\nDBB04121988\nDAG12 ELM ST\nDAK945010000';
    expect(found(bar, 'Y1234567')).toBe(true);
    expect(found(bar, 'ARKWRIGHT')).toBe(true);
    expect(found('OCR carta:\nCOGNOME: MEIKLEJOHN\nNOME: ISOLDE\n', 'MEIKLEJOHN')).toBe(true);
    expect(found('OCR DNI:\nDOMICILIO: CALLE MAYOR 12, 3º B, 28013 MADRID\n', 'CALLE MAYOR 12, 3º B, 28013 MADRID')).toBe(true);
    expect(found('dvla licence scan:\n1. DRUMMOND\n2. ISOLDE\n3. 02.03.1990 UK\n4a. 01.01.2021\n', 'DRUMMOND')).toBe(true);
    const aa = aadhaar(r);
    expect(found(`ocr:\nGovernment of India\nBarnaby Quennell\nDOB: 01/01/1990\n${aa}\n`, aa)).toBe(true);
    expect(clean('ui: NOME: campo obrigatório')).toEqual([]);
  });
});

describe("round r69: the set's false alarms stay clean", () => {
  it('reports Alloy object tokens, Jumio credential ids, request HMACs and Token placeholders as no leak', () => {
    expect(clean(`alloy: journey_token=JE-${str(B62, 20)} entity_token=P-${str(B62, 20)} status=done`)).toEqual([]);
    expect(clean(`jumio workflow ${uuid()} account=${uuid()} credentials=[${uuid()}, ${uuid()}] done`)).toEqual([]);
    expect(clean(`GET /resources/applicants 200\nX-Idv-Access-Sig: ${str(HEX, 64)}`)).toEqual([]);
    expect(clean(`webhook delivery ${uuid()} signature=${str(HEX, 64)} status=200`)).toEqual([]);
    expect(clean('curl -H "Authorization: Token token=api_live.***" https://api.onfido.com/v3.6/checks')).toEqual([]);
    expect(clean('curl -H "Authorization: Token token=YOUR_API_TOKEN" https://api.onfido.com/v3.6/checks')).toEqual([]);
    // A real token after `Token token=` stays reported.
    expect(clean(`Authorization: Token token=api_live.${mix(40, '-_')}`)).not.toEqual([]);
  });
});

import { aadhaarValid, bsnValid, cpfValid } from '../../../src/scan/id-checksums';
import { mrzCheckDigit } from '../../../src/scan/mrz-checks';
import { B62, DIG, HEX, LOWER, UPPER, URLSAFE, type Rng, type Sample } from './sample-rng';

/**
 * Round r69 (blind set 69: identity verification and e-signature integrations): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
/** Digits drawn until `ok` holds. */
const drawn = (r: Rng, n: number, ok: (v: string) => boolean): string => {
  for (;;) {
    const v = `${r.int(1, 9)}${r.str(DIG, n - 1)}`;
    if (ok(v)) return v;
  }
};
const cd = (f: string): string => String(mrzCheckDigit(f));
/** A passport MRZ: name line and a data line whose check digits hold. */
export const td3 = (r: Rng): [string, string] => {
  const name = `P<NZL${family(r).toUpperCase()}<<${given(r).toUpperCase()}`.padEnd(44, '<');
  const doc = `${r.str(UPPER, 2)}${r.str(DIG, 7)}`;
  const dob = `${r.str('6789', 1)}${r.str(DIG, 1)}0${r.int(1, 9)}1${r.int(0, 9)}`;
  const exp = `3${r.int(0, 4)}0${r.int(1, 9)}2${r.int(0, 8)}`;
  const personal = '<'.repeat(14);
  const body = `${doc}${cd(doc)}NZL${dob}${cd(dob)}${r.pick(['M', 'F'])}${exp}${cd(exp)}${personal}<`;
  const comp = doc + cd(doc) + dob + cd(dob) + exp + cd(exp) + personal + '<';
  return [name, body + cd(comp)];
};
/** An ID-card MRZ (three lines of 30). */
export const td1 = (r: Rng): [string, string, string] => {
  const doc = `${r.str(UPPER, 3)}${r.str(DIG, 6)}`;
  const l1 = `I<NZL${doc}${cd(doc)}`.padEnd(30, '<');
  const dob = `${r.str('6789', 1)}${r.str(DIG, 1)}0${r.int(1, 9)}1${r.int(0, 9)}`;
  const exp = `3${r.int(0, 4)}0${r.int(1, 9)}2${r.int(0, 8)}`;
  const l2 = `${dob}${cd(dob)}${r.pick(['M', 'F'])}${exp}${cd(exp)}NZL`.padEnd(29, '<') + r.int(0, 9);
  const l3 = `${family(r).toUpperCase()}<<${given(r).toUpperCase()}`.padEnd(30, '<');
  return [l1, l2, l3];
};
const cpf = (r: Rng): string => {
  const v = drawn(r, 11, cpfValid);
  return `${v.slice(0, 3)}.${v.slice(3, 6)}.${v.slice(6, 9)}-${v.slice(9)}`;
};
export const aadhaar = (r: Rng): string => {
  const v = drawn(r, 12, (x) => /^[2-9]/.test(x) && aadhaarValid(x));
  return `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`;
};

/** Samples of the round-r69 detectors, keyed by detector id. */
export const R69_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'docusign-access-token': (r) => ['esign worker: envelope void failed, cached token ', `eyJ0eXAiOiJNVCIsImFsZyI6IlJTMjU2Iiwia2lkIjoi${r.str(URLSAFE, 40)}.${r.str(URLSAFE, 200)}.${r.str(URLSAFE, 120)}`, ' (expired)'],
  'adobe-sign-access-token': (r) => ['sign-client: refresh produced access_token ', `3AAABLblqZhC${mixed(r, 60)}*`, ' scope=agreement_read'],
  'guzzle-auth-array': (r) => ["guzzle defaults: array (\n  'auth' => \n  array (\n    0 => '", `${uuid(r)}',\n    1 => '${mixed(r, 32)}`, "',\n  ),\n)"],
  'webhook-key-in-verification-debug': (r) => ['idv.webhook: signature mismatch, hmac key #2 = ', mixed(r, 40), ' (rotated?)'],
  'pydantic-secret-str-value': (r) => ['settings dump: VendorConfig(api_secret=SecretStr(\'', mixed(r, 36), '\'), timeout=30)'],
  'middesk-api-key': (r) => ['kyb client init with ', `mk_test_${r.str(HEX, 32)}`, ' for tenant 7'],
  'persona-webhook-secret': (r) => ['inquiry webhook config: ', `wbhsec_${uuid(r)}`, ' loaded from env'],
  'socure-key-uuid': (r) => ['riskos call: {"SOCURE_API_KEY":"', uuid(r), '","modules":["fraud"]}'],
  'open-banking-account-identification': (r) => ['payee check: {"SchemeName":"SortCodeAccountNumber","Identification":"', `${r.int(1, 9)}${r.str(DIG, 7)}`, '","SortCode":"40-47-84"}'],
  'br-bank-account-after-agencia': (r) => [`TED devolvida: ispb=${r.str(DIG, 8)}&agencia=${r.str(DIG, 4)}&numero=`, `${r.int(1, 9)}${r.str(DIG, 8)}`, '&tipo=CACC'],
  'br-cpf-pix-key': (r) => ['pix cobranca rejeitada: pix_key=', cpf(r), ' status=NAO_ENCONTRADA'],
  'sumsub-app-token': (r) => ['kyc sdk token request with ', `sbx:${mixed(r, 24)}.${mixed(r, 32)}`, ' -> 401'],
  'uuid-secret-in-kv-table': (r) => ['Key                 Value\n---                 -----\nsignicat_client_secret    ', uuid(r), '\nregion      eu'],
  'alloy-object-token': (r) => ['alloy outcome: entity_token=', `P-${r.str(B62, 20)}`, ' outcome=Approved'],
  'jumio-credential-ids': (r) => ['jumio workflow done account=x credentials=[', `${uuid(r)}, ${uuid(r)}`, ']'],
  'request-signature-digest': (r) => ['GET /resources/checks 200\nX-App-Access-Sig: ', r.str(HEX, 64), '\nX-App-Access-Ts: 1767715900'],
  'token-auth-placeholder': (r) => ['example: curl -H "Authorization: Token token=', r.pick(['api_live.[REDACTED]', 'YOUR_API_TOKEN', 'api_sandbox.<redacted>']), '"'],
  'postcode-under-postal-key': (r) => ['{"applicant":{"street":"14 Tidemill Way","postal_code":"', `${r.str(DIG, 5)}`, '"}}'],
  'person-name-bank-name-check': (r) => ['VoP name check: {"iban":"NL02ABNA0123456789","result":"CLOSE_MATCH","suggested":"', family(r).toUpperCase(), '"}'],
  'person-name-officer-with-titles': (r) => ['kyb registry: {"officers":[{"name":"', person(r).toUpperCase(), '","titles":["Director"]}]}'],
  'person-name-possessive-account-label': (r) => ['plaid link: account {"name":"', given(r), "'s Savings\",\"mask\":\"0042\"}"],
  'document-field-personal-value': (r) => ['tabs sync: [{"field_id":"Tenant.FullName","value":"', person(r), '"}]'],
  'person-name-typed-value-object': (r) => ['inquiry update: {"fields":{"name-last":{"type":"string","value":"', family(r), '"}}}'],
  'mrz-name-line-beside-data-line': (r) => {
    const [l1, l2] = td3(r);
    return ['doc scan: {"line1":"', l1, `","line2":"${l2}"}`];
  },
  'mrz-td1-block': (r) => {
    const [l1, l2, l3] = td1(r);
    return ['card back OCR:\n', `${l1}\n${l2}\n${l3}`, '\nend'];
  },
  'national-id-checksum-in-kyc-error': (r) => ['verify failed: BSN not accepted by registry: ', drawn(r, 9, bsnValid), ' (country NL)'],
  'person-name-under-name-key-wide': (r) => ["applicant = {'given_name': '", given(r).toUpperCase(), "', 'status': 'pending'}"],
  'aamva-barcode-element': (r) => ['pdf417 decoded: @\n\u001e\rANSI 636015090002DL00410278ZN03190008DLDAQ', `${r.str(UPPER, 1)}${r.str(DIG, 8)}`, '\nDCSQUENNELL\nDACOSWIN'],
  'id-card-ocr-labelled-field': (r) => ['OCR carta identita:\nCOGNOME: ', family(r).toUpperCase(), '\nNOME: OSWIN'],
  'uk-licence-numbered-field': (r) => ['photocard licence OCR:\n1. ', family(r).toUpperCase(), '\n2. OSWIN\n3. 01.02.1980 UNITED KINGDOM\n4a. 01.01.2020'],
  'india-id-card-ocr-front': (r) => ['Government of India\nOswin Quennell\nDOB: 01/01/1980\n', aadhaar(r), '\n'],
};

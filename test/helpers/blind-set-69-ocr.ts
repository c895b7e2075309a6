import { jsonAscii, tpl, type Ctx69, type Tpl69 } from './blind-set-69-ctx';
import { aadhaar, codiceFiscale, cpf, dni, iso3, pan, td1, td3, ukLicence, usLicence } from './blind-set-69-ids';
import { app, born, dob, name, post, reqId, street } from './blind-set-69-kit';
import { LATIN_CC, person } from './blind-set-69-people';
import { T } from './blind-set-69-tokens';

/** The OCR engine call a pipeline logs before its result: Azure Document Intelligence, Google Vision or Textract. */
function engine(c: Ctx69): string {
  return c.pick([
    () =>
      `POST https://${c.pick(['westeurope', 'eastus', 'centralindia'])}.api.cognitive.microsoft.com/documentintelligence/documentModels/prebuilt-idDocument:analyze?api-version=2024-11-30 Ocp-Apim-Subscription-Key: ${c.c('azure-cognitive-key', T.hex(c.r, 32))}`,
    () => `POST https://vision.googleapis.com/v1/images:annotate?key=${c.c('google-api-key', 'AIza' + c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35))}`,
    () => `textract.AnalyzeID region=eu-west-1 credentials=${c.c('aws-access-key-id', T.awsKeyId(c.r))}/${c.c('aws-secret-access-key', T.awsSecret(c.r))}`,
  ])();
}
const withEngine = (t: Tpl69): Tpl69 => ({ ...t, make: (c) => `${engine(c)}\n${t.make(c)}` });

/** Document OCR results as the pipelines that read them log their failures. */
export const OCR: Tpl69[] = (
  [
    tpl('ocr', 'tesseract-mrz-td3', (c) => {
      const x = app(c, c.pick(LATIN_CC));
      const m = td3(c.r, x.p);
      const block = c.p('mrz-td3', m.lines.join('\n'));
      return `mrz-reader: composite check failed on attempt 1, re-reading with --psm 6 (${reqId(c)})
--- tesseract output (ocrb) ---
${block}
--- parsed ---
document_number=${c.p('passport-number', m.docNo)} surname=${name(c, x.p.latinFamily)} given_names=${name(c, x.p.latinGiven)} birth=${born(c, dob(x.p))}`;
    }),
    tpl('ocr', 'id-card-td1-json', (c) => {
      const x = app(c, c.pick(['DE', 'FR', 'ES', 'IT', 'NL', 'SE', 'PL']));
      const m = td1(c.r, x.p);
      return `{"level":"warn","msg":"TD1 line 2 check digit mismatch, accepting with low confidence","mrz":["${c.p('mrz-td1-l1', m.lines[0]!)}","${c.p('mrz-td1-l2', m.lines[1]!)}","${c.p('mrz-td1-l3', m.lines[2]!)}"],"confidence":0.71,"fields":{"documentNumber":"${c.p('id-card-number', m.docNo)}","surname":"${name(c, jsonAscii(x.p.family))}","givenNames":"${name(c, jsonAscii(x.p.given))}"}}`;
    }),
    tpl('ocr', 'uk-licence-front', (c) => {
      const x = app(c, 'GB');
      return `licence OCR: field 4c (issuing authority) missing -> manual review
1. ${name(c, x.p.family.toUpperCase())}
2. ${name(c, x.p.given.toUpperCase())}
3. ${born(c, dob(x.p, 'dot'))} UNITED KINGDOM
4a. 0${c.r.int(1, 9)}.0${c.r.int(1, 9)}.20${c.r.int(16, 25)}  4b. 0${c.r.int(1, 9)}.0${c.r.int(1, 9)}.20${c.r.int(26, 35)}
5. ${c.p('uk-driving-licence', ukLicence(c.r, x.p))}   ${c.r.int(10, 99)}
8. ${c.p('postal-address', x.a.full.toUpperCase())}
9. AM/A/B1/B/f/k/l/p/q`;
    }),
    tpl('ocr', 'aamva-pdf417', (c) => {
      const x = app(c, 'US');
      const [st, lic] = usLicence(c.r);
      const p2 = (n: number): string => String(n).padStart(2, '0');
      return `pdf417 decode ok but DBA (expiry) unparsable: "${c.r.digits(2)}/${c.r.digits(2)}"
{"raw":"@\\n\\u001e\\rANSI 636${c.r.digits(3)}090002DL00410266ZT03070007DLDAQ${c.p('us-driver-license', lic)}\\nDCS${name(c, x.p.family.toUpperCase())}\\nDDEN\\nDAC${name(c, x.p.given.toUpperCase())}\\nDBB${born(c, p2(x.p.m) + p2(x.p.d) + x.p.y)}\\nDAG${street(c, x.a.street.toUpperCase())}\\nDAI${x.a.city.toUpperCase()}\\nDAJ${st}\\nDAK${post(c, x.a.postcode + '0000')}\\nDCF${c.r.hex(12).toUpperCase()}\\nDCGUSA\\n"}`;
    }),
    tpl('ocr', 'aadhaar-front', (c) => {
      const x = app(c, 'IN');
      return `aadhaar OCR: QR signature invalid, falling back to text (job ${reqId(c)})
भारत सरकार
Government of India
${name(c, x.p.full)}
जन्म तिथि/DOB: ${born(c, dob(x.p, 'eu'))}
${x.p.sex === 'M' ? 'पुरुष/ MALE' : 'महिला/ FEMALE'}
${c.p('in-aadhaar', aadhaar(c.r, true))}
मेरा आधार, मेरी पहचान`;
    }),
    tpl('ocr', 'pan-card', (c) => {
      const x = app(c, 'IN');
      const father = person(c.r, 'IN');
      return `PAN OCR mismatch vs NSDL response (name) — attaching OCR text
आयकर विभाग INCOME TAX DEPARTMENT    भारत सरकार GOVT. OF INDIA
${name(c, x.p.full.toUpperCase())}
${name(c, (father.given + ' ' + x.p.family).toUpperCase())}
${born(c, dob(x.p, 'eu'))}
Permanent Account Number
${c.p('in-pan', pan(c.r, x.p))}`;
    }),
    tpl('ocr', 'dni-reverse', (c) => {
      const x = app(c, 'ES');
      const d = dni(c.r);
      const m = td1(c.r, x.p);
      return `DNI 3.0 reverso: MRZ ok, número de soporte ilegible
DOMICILIO: ${c.p('postal-address', x.a.full.toUpperCase())}
DNI: ${c.p('es-dni', d)}
${c.p('mrz-td1', m.lines.join('\n'))}`;
    }),
    tpl('ocr', 'cie-italy', (c) => {
      const x = app(c, 'IT');
      return `CIE OCR (retro) → codice fiscale non coerente con dati anagrafici
COGNOME: ${name(c, x.p.family.toUpperCase())}
NOME: ${name(c, x.p.given.toUpperCase())}
NATO IL: ${born(c, dob(x.p, 'dot'))}
CODICE FISCALE: ${c.p('it-codice-fiscale', codiceFiscale(c.r, x.p))}
INDIRIZZO DI RESIDENZA: ${c.p('postal-address', x.a.full.toUpperCase())}`;
    }),
    tpl('ocr', 'cnh-brazil', (c) => {
      const x = app(c, 'BR');
      const mae = person(c.r, 'BR');
      return `CNH OCR: campo FILIAÇÃO com 2 linhas, validação CPF falhou na Receita (timeout)
NOME: ${name(c, x.p.full.toUpperCase())}
CPF: ${c.p('br-cpf', cpf(c.r))}   DATA NASCIMENTO: ${born(c, dob(x.p, 'eu'))}
FILIAÇÃO: ${name(c, (mae.given + ' ' + x.p.family).toUpperCase())}`;
    }),
    tpl('ocr', 'face-match-compare', (c) => {
      const x = app(c, c.pick(['FR', 'DE', 'PL', 'TR', 'SE', 'NL']));
      const m = td3(c.r, x.p);
      return `name similarity 0.62 < 0.80 between input and document (${iso3(x.p.cc)} passport)
  input:     "${name(c, x.p.full)}"
  extracted: "${name(c, `${x.p.latinGiven} ${x.p.latinFamily}`.toUpperCase())}"
  mrz_line2: ${c.p('mrz-td3-l2', m.lines[1]!)}`;
    }),
  ] as Tpl69[]
).map((t) => (t.name === 'tesseract-mrz-td3' || t.name === 'aamva-pdf417' ? t : withEngine(t)));

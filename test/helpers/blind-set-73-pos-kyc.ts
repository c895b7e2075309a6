import { js73, type PosTpl73 } from './blind-set-73-core';
import { basic73 } from './blind-set-73-creds';
import { K, db, dbIso, em, fn, gn, jwt, licence, nid, nm, passport, ph, pw, st, upw, userIp, who, whoId } from './blind-set-73-h';

/** KYC / identity verification (Onfido, Sumsub, Jumio, Veriff, Persona, Trulioo) and address validation (Loqate, Smarty, Google, HERE, Mapbox). */
export const POS_KYC73: PosTpl73[] = [
  { src: 'kyc', name: 'onfido-applicant-422', make: (x) => {
    const P = whoId(x, true);
    return `${x.ts()} ERROR kyc.onfido POST /v3.6/applicants 422 token=${K(x, 'onfido')}\nrequest=${js73({ first_name: gn(x, P), last_name: fn(x, P), dob: dbIso(x, P), email: em(x, P), address: { street: st(x, P), postcode: P.postcode, country: P.cc } })}\nresponse={"error":{"type":"validation_error","message":"There was a validation error on this request","fields":{"address":["postcode is invalid"]}}}\nwebhook_token=${x.c('webhook_secret', x.r.b62(32))}`;
  } },
  { src: 'kyc', name: 'sumsub-signature', make: (x) => {
    const P = whoId(x);
    const id = nid(x, P);
    return `sumsub: 401 {"description":"Request signature mismatch","code":401,"correlationId":"${x.hex(32)}"}\n  X-App-Token: ${K(x, 'sumsub_app')}\n  secret_key=${x.c('sumsub_secret', x.r.b62(32))}\n  body={"externalUserId":"u_${x.hex(10)}","info":{"firstName":"${gn(x, P)}","lastName":"${fn(x, P)}","dob":"${P.dobIso}","country":"${P.cc}","idDocs":[{"idDocType":"ID_CARD","number":"${id.value}"}]}}`;
  } },
  { src: 'kyc', name: 'jumio-basic-auth', make: (x) => {
    const P = who(x, undefined, true);
    const tok = x.uuid();
    const sec = x.c('jumio_secret', x.r.b62(32));
    return `> POST https://account.amer-1.jumio.ai/api/v1/accounts HTTP/1.1\n> Authorization: Basic ${x.c('basic_auth', basic73(tok, sec))}\n> User-Agent: Globex-Onboarding/4.2\n< 403 Forbidden\njumio.apiToken=${tok} jumio.apiSecret=${sec}\ncustomerInternalReference=${x.hex(16)} userReference=${em(x, P)} ip=${userIp(x)}`;
  } },
  { src: 'kyc', name: 'veriff-decision-webhook', make: (x) => {
    const P = whoId(x, true);
    const id = nid(x, P);
    return `veriff webhook HMAC mismatch: expected=${x.hex(64)} shared_secret=${x.c('webhook_secret', x.uuid())} api_key=${x.c('veriff_key', x.uuid())}\npayload=${js73({ status: 'success', verification: { id: x.uuid(), code: 9102, status: 'declined', reason: 'Physical document not used', person: { firstName: gn(x, P), lastName: fn(x, P), idNumber: id.value, dateOfBirth: P.dobIso, nationality: P.cc }, document: { number: passport(x, x.pick(['US', 'DE', 'FR', 'IN', 'CA'])), type: 'PASSPORT', country: P.cc } } })}`;
  } },
  { src: 'kyc', name: 'persona-inquiry-ts', make: (x) => {
    const P = who(x);
    return `PersonaApiError: Request failed with status code 401\n    at PersonaClient.createInquiry (/app/dist/kyc/persona.js:88:19)\n  config: {\n    url: 'https://withpersona.com/api/v1/inquiries',\n    headers: { Authorization: 'Bearer ${K(x, 'persona')}', 'Persona-Version': '2023-01-05' },\n    data: '{"data":{"attributes":{"inquiry-template-id":"itmpl_${x.r.b62(24)}","fields":{"name-first":"${gn(x, P)}","name-last":"${fn(x, P)}","birthdate":"${P.dobIso}","phone-number":"${ph(x, P)}"}}}}'\n  }`;
  } },
  { src: 'kyc', name: 'trulioo-verify', make: (x) => {
    const P = whoId(x, true);
    const id = nid(x, P);
    return `[trulioo] verify failed (1001 Missing required field) x-trulioo-api-key=${K(x, 'hex32')} mode=live\n  DataFields.PersonInfo: FirstGivenName=${gn(x, P)} FirstSurName=${fn(x, P)} YearOfBirth=${P.dobIso.slice(0, 4)}\n  DataFields.NationalIds[0]: Number=${id.value} Type=NationalID\n  DataFields.Location: BuildingNumber=? StreetName=${st(x, P)} PostalCode=${P.postcode}\n  retry with fallback key ${K(x, 'hex32')}`;
  } },
  { src: 'kyc', name: 'kyc-sql-locals', make: (x) => {
    const P = whoId(x);
    const id = nid(x, P);
    return `psycopg2.errors.CheckViolation: new row for relation "kyc_subjects" violates check constraint "dob_not_future"\nDETAIL:  Failing row contains (${x.int(10000, 99999)}, ${nm(x, P)}, ${db(x, P)}, ${id.value}, ${em(x, P)}, pending).\n  conn = <connection object; dsn: 'host=kyc-db.internal dbname=kyc user=kyc_app password=${pw(x)}'>\n  onfido_token = '${K(x, 'onfido')}'`;
  } },
  { src: 'kyc', name: 'id-doc-ocr', make: (x) => {
    const P = who(x, x.pick(['GB', 'CA', 'AU', 'US']), true);
    const cc = P.cc === 'US' ? 'CA' : P.cc === 'CA' ? 'ON' : P.cc;
    return `ocr.extract warn: low confidence 0.61 on field expiry\n  document_type=DRIVING_LICENCE issuing_country=${P.cc}\n  fields: surname="${fn(x, P)}" given_names="${gn(x, P)}" licence_number="${licence(x, cc, P.name.family)}" date_of_birth="${db(x, P)}" address="${st(x, P)}"\n  vendor_auth: Token ${K(x, 'b62_40')}\n  s3 upload via AWS_ACCESS_KEY_ID=${K(x, 'aws_akid')} AWS_SECRET_ACCESS_KEY=${K(x, 'aws_secret')}`;
  } },
  { src: 'kyc', name: 'aml-screening-xml', make: (x) => {
    const P = who(x);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<ScreeningRequest>\n  <Credentials><Username>globex_api</Username><Password>${pw(x)}</Password><ApiKey>${K(x, 'hex40')}</ApiKey></Credentials>\n  <Subject><FullName>${nm(x, P)}</FullName><DateOfBirth>${db(x, P)}</DateOfBirth><Country>${P.cc}</Country></Subject>\n</ScreeningRequest>\n<!-- response: 500 Internal Server Error (upstream timeout) -->`;
  } },
  { src: 'addr', name: 'loqate-capture', make: (x) => {
    const P = who(x);
    return `GET https://api.addressy.com/Capture/Interactive/Find/v1.10/json3.ws?Key=${K(x, 'loqate')}&Text=${encodeURIComponent(P.street) === P.street ? st(x, P) : encodeURIComponent(P.street)}&Countries=${P.cc} -> {"Items":[{"Error":"2","Description":"Unknown key","Cause":"The key you are using to access the service was not found.","Resolution":"Please check that the key is correct."}]}\ncustomer=${em(x, P)} backup_key=${K(x, 'loqate')}`;
  } },
  { src: 'addr', name: 'smarty-street', make: (x) => {
    const P = who(x, 'US');
    return `${x.ts()} smarty.us-street 401 auth-id=${x.uuid()} auth-token=${K(x, 'b62_20')} input=${js73([{ input_id: x.hex(8), street: st(x, P), city: P.city.split(',')[0], state: P.city.split(', ')[1], zipcode: P.postcode, addressee: nm(x, P) }])}`;
  } },
  { src: 'addr', name: 'google-address-validation', make: (x) => {
    const P = who(x);
    return `google.maps.addressvalidation.v1 INVALID_ARGUMENT: Address lines exceed limit\n  POST https://addressvalidation.googleapis.com/v1:validateAddress?key=${K(x, 'google_key')}\n  {"address":{"regionCode":"${P.cc}","addressLines":["${st(x, P)}","${P.postcode} ${P.city}"],"recipients":["${nm(x, P)}"]}}`;
  } },
  { src: 'addr', name: 'here-geocode', make: (x) => {
    const P = who(x);
    return `WARN geocoder fallback=here reason=quota q="${st(x, P)}, ${P.city}" apiKey=${K(x, 'here_key')} mapbox_token=${K(x, 'mapbox_sk')} order_owner=${em(x, P)}`;
  } },
  { src: 'addr', name: 'addr-normalize-diff', make: (x) => {
    const P = who(x);
    return `address-normalizer diff for customer ${x.hex(10)}:\n- line1: ${st(x, P)}\n+ line1: ${P.street.toUpperCase()}\n  recipient: ${nm(x, P)}\n  phone: ${ph(x, P)}\nconfig: { provider: loqate, key: ${K(x, 'loqate')}, fallback: { provider: google, key: ${K(x, 'google_key')} } }`;
  } },
  { src: 'kyc', name: 'kyc-go-struct', make: (x) => {
    const P = whoId(x, true);
    const id = nid(x, P);
    return `2025/${String(x.int(1, 12)).padStart(2, '0')}/0${x.int(1, 9)} kyc: verify: &kyc.Subject{GivenName:"${gn(x, P)}", FamilyName:"${fn(x, P)}", DOB:"${P.dobIso}", NationalID:"${id.value}", Email:"${em(x, P)}"} client=&http.Client{} cfg=kyc.Config{Endpoint:"https://api.eu.onfido.com", Token:"${K(x, 'onfido')}", WebhookSecret:"${x.c('webhook_secret', x.r.b62(40))}"}: context deadline exceeded`;
  } },
  { src: 'kyc', name: 'selfie-session-cookies', make: (x) => {
    const P = who(x);
    return `${userIp(x)} - - [${x.int(10, 28)}/Mar/2025:${x.int(10, 23)}:${x.int(10, 59)}:${x.int(10, 59)} +0000] "POST /kyc/selfie HTTP/2.0" 500 312 "https://app.globex.io/onboarding" "Mozilla/5.0" cookie="_onboard_session=${K(x, 'session_rails')}; auth=${jwt(x, 'https://id.globex.io', P.email)}" user="${em(x, P)}"`;
  } },
  { src: 'kyc', name: 'kyc-yaml-config', make: (x) => `# kyc-service effective config (dumped on startup failure)\nproviders:\n  onfido:\n    api_token: ${K(x, 'onfido')}\n    webhook_token: "${x.c('webhook_secret', x.r.b62(32))}"\n  sumsub:\n    app_token: "${K(x, 'sumsub_app')}"\n    secret_key: '${x.c('sumsub_secret', x.r.b62(32))}'\n  trulioo:\n    api_key: ${K(x, 'hex32')}\nstorage:\n  bucket: kyc-docs-prod\n  db_password: '${pw(x)}'\nredis_url: redis://:${upw(x)}@kyc-cache:6379/2` },
];

import { B62 } from './blind-set-9-rng';
import { cred, fin, pers, type PosTemplate23 } from './blind-set-23-types';

/** Regional providers, identity verification and crypto: Mercado Pago, Razorpay, Mollie NL, Onfido, Veriff, Persona, Coinbase, Fireblocks, BitPay, Revolut, Nordigen. */
export const worldCases23: PosTemplate23[] = [
  [
    'mercadopago-payer',
    (g) => {
      const tok = `APP_USR-${g.digits(16)}-${g.digits(6)}-${g.hex(32)}-${g.digits(9)}`;
      const cpf = g.cpf();
      const p = g.person();
      const email = g.email(p);
      return {
        text: `MPApiException: Api error. Check response for details
  status=400 content={"message":"invalid parameters","error":"bad_request","status":400,"cause":[{"code":4033,"description":"parameter identification.number is invalid"}]}
  payer={"email":"${email}","first_name":"${p.first}","last_name":"${p.last}","identification":{"type":"CPF","number":"${cpf}"}}
  MercadoPagoConfig(accessToken="${tok}")`,
        values: [cred('mercadopago-access-token', tok), pers('br-cpf', cpf), pers('email', email)],
      };
    },
  ],
  [
    'razorpay-kyc',
    (g) => {
      const secret = g.chars(B62, 24);
      const aadhaar = g.aadhaar();
      const phone = g.phone('IN');
      return {
        text: `razorpay.errors.BadRequestError: The account holder name does not match with the name on PAN
  client = razorpay.Client(auth=("rzp_live_${g.chars(B62, 14)}", "${secret}"))
  kyc_payload = {"contact": "${phone}", "legal_info": {"aadhaar": "${aadhaar}"}, "business_type": "individual"}`,
        values: [cred('razorpay-key-secret', secret), pers('in-aadhaar', aadhaar), pers('phone', phone)],
      };
    },
  ],
  [
    'nl-bsn-onboarding',
    (g) => {
      const bsn = g.bsn();
      const iban = g.iban('NL');
      const p = g.person();
      return {
        text: `{"@timestamp":"${g.iso()}","log.level":"error","message":"onboarding step 'belastingdienst' failed","service.name":"payroll-nl","error.type":"ValidationError","error.message":"burgerservicenummer ${bsn} niet gevonden","labels":{"employee":"${p.full}","iban":"${iban}"}}`,
        values: [pers('nl-bsn', bsn), fin('iban', iban), pers('person-name', p.full)],
      };
    },
  ],
  [
    'onfido-applicant',
    (g) => {
      const tok = `api_live.${g.chars(B62 + '-_', 11)}.${g.chars(B62 + '-_', 32)}`;
      const p = g.person();
      const dob = g.dob();
      const dni = g.dni();
      return {
        text: `Onfido::RequestError: 422 validation_error {"error":{"type":"validation_error","message":"There was a validation error on this request","fields":{"id_numbers":[{"value":["is not valid for type 'national_identity_card'"]}]}}}
  applicant: {first_name: "${p.first}", last_name: "${p.last}", dob: "${dob}", id_numbers: [{type: "national_identity_card", value: "${dni}", state_code: nil}]}
  Onfido::API.new(api_token: "${tok}", region: :eu)`,
        values: [cred('onfido-api-token', tok), pers('birth-date', dob), pers('es-dni', dni)],
      };
    },
  ],
  [
    'veriff-decision',
    (g) => {
      const p = g.person();
      const pesel = g.pesel();
      const secret = g.uuid();
      return {
        text: `veriff webhook decision handler crashed: KeyError: 'document'
payload={"status":"success","verification":{"id":"${g.uuid()}","code":9102,"person":{"firstName":"${p.first.toUpperCase()}","lastName":"${p.last.toUpperCase()}","idNumber":"${pesel}","dateOfBirth":"19${pesel.slice(0, 2)}-${pesel.slice(2, 4)}-${pesel.slice(4, 6)}","nationality":"PL"},"status":"approved"}}
X-HMAC-SIGNATURE verified with VERIFF_SHARED_SECRET_KEY=${secret}`,
        values: [pers('pl-pesel', pesel), cred('veriff-shared-secret', secret)],
      };
    },
  ],
  [
    'persona-inquiry',
    (g) => {
      const key = `persona_production_${g.uuid()}`;
      const ssn = g.ssn();
      const p = g.person();
      const a = g.address('US');
      return {
        text: `PersonaError 429 Too Many Requests: retrying inquiry inq_${g.b62(24)} in 8s
fields: {"name-first":"${p.first}","name-last":"${p.last}","identification-number":"${ssn}","address-street-1":"${a.line1}","address-city":"${a.city}","address-subdivision":"${a.region}","address-postal-code":"${a.postal}"}
Authorization: Bearer ${key}`,
        values: [cred('persona-api-key', key), pers('ssn', ssn), pers('street-address', a.line1)],
      };
    },
  ],
  [
    'sweden-bankid',
    (g) => {
      const pnr = g.personnummer();
      const p = g.person();
      const phone = g.phone('SE');
      const iban = g.iban('DE');
      return {
        text: `2026-12-01 09:03:17.902 WARN  [trustly-callback] Payout to ${p.full} (personnummer ${pnr}, tel ${phone}) queued for retry: {"error":{"code":620,"message":"ERROR_UNKNOWN","data":{"accountnumber":"${iban}"}}}`,
        values: [pers('se-personnummer', pnr), fin('iban', iban)],
      };
    },
  ],
  [
    'coinbase-commerce',
    (g) => {
      const btc = g.btcBech32();
      const eth = g.eth();
      const secret = g.uuid();
      const email = g.email();
      return {
        text: `coinbase-commerce webhook: SignatureVerificationError: No signatures found matching the expected signature (webhook shared secret ${secret})
event={"type":"charge:pending","data":{"code":"${g.upperAlnum(8)}","addresses":{"bitcoin":"${btc}","ethereum":"${eth}"},"metadata":{"customer_email":"${email}"},"pricing":{"local":{"amount":"${g.int(10, 500)}.00","currency":"USD"}}}}`,
        values: [cred('coinbase-webhook-secret', secret), fin('btc-bech32', btc), fin('eth-address', eth), pers('email', email)],
      };
    },
  ],
  [
    'fireblocks-withdrawal',
    (g) => {
      const pem = g.pem('PRIVATE KEY', 26);
      const raw = pem.join('\n');
      const dest = g.btcLegacy();
      return {
        text: `FireblocksError: {"message":"Unauthorized: JWT is not valid","code":-7} while creating transaction
  destination: {"type":"ONE_TIME_ADDRESS","oneTimeAddress":{"address":"${dest}"}} amount=0.${g.digits(5)} assetId=BTC
  FIREBLOCKS_API_SECRET=
${raw}`,
        values: [cred('private-key', raw), fin('btc-base58', dest)],
      };
    },
  ],
  [
    'bitpay-payout',
    (g) => {
      const eth = g.eth();
      const p = g.person();
      const email = g.email(p);
      return {
        text: `BitPayException: BITPAY-PAYOUT-CREATE: Failed to create payout -> {"status":"error","code":"0000","data":null,"message":"Invalid recipient"}
  payout={"amount":${g.int(20, 900)},"currency":"USD","ledgerCurrency":"USD","notificationEmail":"${email}","recipientId":"${g.b62(22)}","shopperId":"${g.b62(22)}","label":"${p.full}","address":"${eth}"}`,
        values: [fin('eth-address', eth), pers('email', email), pers('person-name', p.full)],
      };
    },
  ],
  [
    'revolut-business',
    (g) => {
      const tok = `oa_prod_${g.chars(B62 + '-_', 43)}`;
      const iban = g.iban('GB');
      const p = g.person();
      return {
        text: `revolut.business POST /api/1.0/counterparty -> 400 {"code":3000,"message":"Invalid IBAN or BIC"}
request={"profile_type":"personal","name":"${p.full}","bank_country":"GB","currency":"GBP","iban":"${iban}","bic":"${g.pick(['NWBKGB2L', 'BARCGB22', 'HBUKGB4B'])}"} token=${tok}`,
        values: [cred('revolut-access-token', tok), fin('iban', iban), pers('person-name', p.full)],
      };
    },
  ],
  [
    'gocardless-bad-secret',
    (g) => {
      const secretId = g.uuid();
      const secretKey = g.hex(128);
      return {
        text: `nordigen.errors: 401 {"summary":"Authentication failed","detail":"No active account found with the given credentials","status_code":401}
NordigenClient(secret_id="${secretId}", secret_key="${secretKey}").generate_token()`,
        values: [cred('gocardless-bad-secret-key', secretKey)],
      };
    },
  ],
];

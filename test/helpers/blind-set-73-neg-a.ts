import { js73, type NegTpl73 } from './blind-set-73-core';
import { cnpj73 } from './blind-set-73-ids';
import { aba73, ifsc73, sortCode73 } from './blind-set-73-money';

/** Negatives (part 1): the same integrations' logs holding only ids, company data, masked or placeholder values. */
const COMPANIES = ['Globex Logistics GmbH', 'Initech Payroll Services Ltd', 'Umbrella Fulfilment B.V.', 'Soylent Foods S.A.', 'Hooli Japan 株式会社', 'Vandelay Industries LLC', 'Stark Trading Pte. Ltd.'];
const BIZ_ADDR = ['Heinrich-Brüning-Str. 5, 53113 Bonn', '1 Canada Square, London E14 5AB', 'Herengracht 500, 1017 CB Amsterdam', '350 Fifth Avenue, New York, NY 10118', '東京都千代田区丸の内1丁目1-1 パレスビル', '10 Marina Boulevard, Singapore 018983'];
const BICS = ['DEUTDEFFXXX', 'COBADEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'BARCGB22', 'CHASUS33', 'HSBCHKHHHKH', 'MHCBJPJT', 'BSCHESMM', 'UBSWCHZH80A'];
const luhnBad = (x: { r: { digits: (n: number) => string } }, pre: string): string => {
  const body = pre + x.r.digits(15 - pre.length);
  for (let c = 0; c <= 9; c++) {
    let sum = 0;
    [...(body + c)].map(Number).reverse().forEach((d, i) => { let v = i % 2 ? d * 2 : d; if (v > 9) v -= 9; sum += v; });
    if (sum % 10 !== 0) return body + c;
  }
  return body + '0';
};

export const NEG_A73: NegTpl73[] = [
  { src: 'crm', name: 'account-company-only', make: (x) => `sfdc.upsert Account 400 FIELD_CUSTOM_VALIDATION_EXCEPTION "VAT number required for EU accounts" payload=${js73({ Name: x.pick(COMPANIES), BillingStreet: x.pick(BIZ_ADDR), Industry: 'Logistics', NumberOfEmployees: x.int(50, 9000), Website: 'https://www.globex.example' })} request_id=${x.uuid()}` },
  { src: 'crm', name: 'masked-ids', make: (x) => `kyc.summary subject=${x.uuid()} ssn=***-**-${x.r.digits(4)} aadhaar=XXXX XXXX ${x.r.digits(4)} card=•••• •••• •••• ${x.r.digits(4)} iban=DE** **** **** **** **${x.r.digits(2)} ${x.r.digits(2)} phone=+44 **** ***${x.r.digits(3)} email=j***@g***.com status=verified` },
  // Placeholder people used in vendor docs and test fixtures: judged not personal.
  { src: 'crm', name: 'placeholder-people', make: (x) => `fixture load ${x.pick(['contacts.seed.json', 'hr_demo.yaml'])}: skipped ${x.int(2, 9)} demo records (${x.pick(['John Doe', 'Jane Roe', 'Max Mustermann', 'Erika Mustermann'])}, ${x.pick(['Jane Doe', 'Richard Roe', 'Max Mustermann'])}) because environment=production; email domain example.com is reserved (RFC 2606)` },
  { src: 'ship', name: 'tracking-numbers', make: (x) => `carrier.poll ${x.ts()} updated 3 shipments: dhl=JD01460000${x.r.digits(10)} fedex=${x.r.digits(12)} ups=1Z${x.r.chars('0123456789ABCDEFGHJKLMNPRSTVWXYZ', 6)}${x.r.digits(10)} usps=9400 1000 0000 0000 ${x.r.digits(4)} ${x.r.digits(2)} status=IN_TRANSIT order=SO-${x.r.digits(7)}` },
  { src: 'ship', name: 'company-sender-only', make: (x) => `label created: shipper=${js73({ company: x.pick(COMPANIES), address: x.pick(BIZ_ADDR), phone: '+1 800 225 5345', email: 'shipping@globex.example' })} recipient=[REDACTED] service=EXPRESS_WORLDWIDE weight_kg=${x.int(1, 30)}.${x.int(0, 9)} label_id=${x.uuid()}` },
  { src: 'pay', name: 'bic-codes', make: (x) => `sepa.route selected intermediary ${x.pick(BICS)} for batch ${x.uuid()} (fallback ${x.pick(BICS)}); cut-off 15:30 CET; currency EUR; ${x.int(10, 900)} items; settlement_date=${x.ts().slice(0, 10)}` },
  { src: 'pay', name: 'bank-identifiers-alone', make: (x) => `bank-directory refresh: sort_code=${sortCode73(x.r)} (Barclays, Leicester) ifsc=${ifsc73(x.r)} routing=${aba73(x.r)} bsb=062-000 transit=00011-003 zengin_bank=0005 branch=001 -- ${x.int(1000, 40000)} branches loaded` },
  { src: 'pay', name: 'invalid-checksum-iban', make: (x) => `iban-validator: rejected input (mod-97 check failed): DE00 ${x.r.digits(4)} ${x.r.digits(4)} ${x.r.digits(4)} ${x.r.digits(4)} ${x.r.digits(2)} and GB00 NWBK ${x.r.digits(4)} ${x.r.digits(4)} ${x.r.digits(4)}; no request made to the bank` },
  { src: 'pay', name: 'invalid-luhn-card', make: (x) => `card form validation failed client-side: number=${luhnBad(x, x.pick(['4', '51', '3528', '6212']))} reason=luhn_check_failed; nothing sent to PSP; form_id=${x.r.b62(10)}` },
  // Documented PSP test cards in a sandbox log: judged not a leak (public test numbers).
  { src: 'pay', name: 'test-cards-sandbox', make: (x) => `[sandbox] e2e checkout suite: 4242 4242 4242 4242 -> succeeded, 4000 0000 0000 9995 -> insufficient_funds, 5555 5555 5555 4444 -> succeeded; env=test run=${x.r.digits(6)}` },
  { src: 'pay', name: 'stripe-object-ids', make: (x) => `stripe webhook ${x.pick(['payment_intent.succeeded', 'payout.paid', 'charge.refunded'])} id=evt_${x.r.b62(24)} object=pi_${x.r.b62(24)} customer=cus_${x.r.b62(14)} charge=ch_${x.r.b62(24)} payout=po_${x.r.b62(24)} amount=${x.int(100, 999999)} currency=${x.pick(['eur', 'usd', 'jpy', 'brl'])} livemode=true` },
  { src: 'pay', name: 'publishable-keys', make: (x) => `checkout-web config served: ${js73({ stripePublishableKey: `pk_live_${x.r.b62(99)}`, mapboxPublicToken: 'pk.' + Buffer.from(JSON.stringify({ u: 'globex', a: x.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25) })).toString('base64url') + '.' + x.r.b64url(16), paypalClientId: `A${x.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 79)}` })}` },
  { src: 'vault', name: 'placeholders', make: (x) => `config check: ONFIDO_API_TOKEN=<YOUR_API_TOKEN> SUMSUB_SECRET=\${SUMSUB_SECRET} DHL_API_KEY={{ .Values.dhl.apiKey }} SFTP_PASSWORD=changeme WISE_TOKEN=xxxxxxxxxxxxxxxx PAYPAL_SECRET=REPLACE_ME -> ${x.int(3, 6)} required values are placeholders; refusing to start` },
  { src: 'vault', name: 'redacted', make: (x) => `http.client POST https://api.onfido.com/v3.6/checks headers={"Authorization":"[REDACTED]","Cookie":"[FILTERED]"} body={"applicant_id":"${x.uuid()}","report_names":["document","facial_similarity_photo"]} -> 201 (${x.int(200, 900)} ms)` },
  { src: 'vault', name: 'doc-example-aws', make: (x) => `aws-cli docs snippet pasted into runbook step ${x.int(1, 9)}: aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE && aws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (example values from AWS documentation)` },
  { src: 'vault', name: 'secret-references', make: (x) => `kyc-worker secrets resolved from references: token=vault:secret/data/kyc/onfido#token db_password=arn:aws:secretsmanager:eu-west-1:${x.r.digits(12)}:secret:kyc/db-${x.r.b62(6)} sftp_key=projects/globex/secrets/payroll-sftp/versions/${x.int(1, 40)} (values not logged)` },
  { src: 'obs', name: 'trace-ids', make: (x) => `traceparent=00-${x.hex(32)}-${x.hex(16)}-01 span=crm.upsert duration_ms=${x.int(5, 3000)} http.status_code=${x.pick([200, 201, 409, 429])} peer.service=salesforce request_id=${x.uuid()} x-amzn-trace-id=Root=1-${x.hex(8)}-${x.hex(24)}` },
  { src: 'obs', name: 'commit-and-digests', make: (x) => `deploy payouts-api ${x.pick(['v2.14.3', 'v2.15.0-rc.1', 'v3.0.1'])} commit=${x.hex(40)} image=registry.globex.io/payouts-api@sha256:${x.hex(64)} chart=payouts-${x.int(1, 9)}.${x.int(0, 20)}.${x.int(0, 9)} replicas=${x.int(2, 12)}` },
  { src: 'obs', name: 'rate-limit', make: (x) => `carrier api throttled: HTTP 429 x-ratelimit-limit=${x.pick([100, 250, 1000])} x-ratelimit-remaining=0 x-ratelimit-reset=${1735689600 + x.int(0, 9999999)} retry-after=${x.int(1, 60)} endpoint=/shipments idempotency-key=${x.uuid()}` },
  { src: 'csv', name: 'import-summary-counts', make: (x) => `customers_${x.r.digits(8)}.csv: ${x.int(1000, 90000)} rows read, ${x.int(900, 89000)} upserted, ${x.int(0, 40)} rejected (E_PHONE_FORMAT: ${x.int(0, 20)}, E_DUP_EMAIL: ${x.int(0, 20)}, E_COUNTRY: ${x.int(0, 5)}); report id ${x.uuid()}; columns: full_name,email,phone,national_id,dob,iban` },
  // A company's CNPJ is a business registration number: judged not personal.
  { src: 'crm', name: 'company-registrations', make: (x) => `vendor master sync: ${x.pick(COMPANIES)} cnpj=${cnpj73(x.r)} uk_company_no=${x.r.digits(8)} vat=DE${x.r.digits(9)} ein=${x.r.digits(2)}-${x.r.digits(7)} duns=${x.r.digits(9)} lei=5493${x.r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 14)}${x.r.digits(2)} status=ACTIVE` },
  { src: 'ship', name: 'postcodes-only', make: (x) => `rate-shop zone lookup: from=${x.pick(['53113', 'EC1A 1BB', '1017 CB', '100-0005', '018983'])} to=${x.pick(['75008', 'SW1A 1AA', '10115', '2000', 'H2X 1Y4', '06600'])} country=${x.pick(['FR', 'GB', 'DE', 'AU', 'CA', 'MX'])} zone=${x.int(1, 9)} currency=${x.pick(['EUR', 'GBP', 'AUD', 'CAD', 'MXN'])} rate=${x.int(5, 90)}.${x.int(10, 99)}` },
];

import type { Area51 } from './blind-set-51-ctx';

/** Auto finance, leasing, insurance quotes. */
export const FINANCE51: Area51 = {
  area: 'finance',
  templates: [
    {
      name: 'quote-lead-post',
      n: 4,
      make: (c) => {
        const p = c.person();
        return `POST https://leads.${c.pick(['mediaalpha', 'everquote', 'quinstreet'])}.example.com/v1/auto/post
X-Api-Token: ${c.alnum(32, 'api_key')}
{"lead_id":"${c.uuid()}","jornaya_leadid":"${c.uuid().toUpperCase()}","contact":{"first_name":"${p.first}","last_name":"${p.last}","name":"${c.pers('person_name', p.full)}","email":"${c.emailOf(p.first, p.last)}","phone":"${c.phone(2)}","address":"${c.address()}"},
 "drivers":[{"birth_date":"${c.dob()}","gender":"${c.pick(['M', 'F'])}","license_number":"${c.dl()}","incidents":[]}],"current_insurer":"${c.pick(['GEICO', 'State Farm', 'Progressive'])}","ip":"${c.ip()}"}`;
      },
    },
    {
      name: 'acord-xml',
      n: 5,
      make: (c) => {
        const p = c.person();
        return `<ACORD><SignonRq><SignonPswd><CustId><SPName>com.${c.pick(['insurify', 'gabi', 'jerry'])}</SPName><CustLoginId>agency_${c.lownum(5)}</CustLoginId></CustId><CustPswd><EncryptionTypeCd>NONE</EncryptionTypeCd><Pswd>${c.pw()}</Pswd></CustPswd></SignonPswd></SignonRq>
<InsuranceSvcRq><PersAutoPolicyQuoteInqRq><RqUID>${c.uuid()}</RqUID><InsuredOrPrincipal><GeneralPartyInfo><NameInfo><PersonName><Surname>${p.last}</Surname><GivenName>${p.first}</GivenName></PersonName><CommlName>${c.pers('person_name', p.full)}</CommlName></NameInfo>
<Addr><Addr1>${c.street()}</Addr1><City>${c.cityOf()[0]}</City></Addr></GeneralPartyInfo><PersonInfo><BirthDt>${c.dob()}</BirthDt></PersonInfo></InsuredOrPrincipal>
<PersDriver><DriverInfo><DriversLicense><DriversLicenseNumber>${c.dl()}</DriversLicenseNumber></DriversLicense></DriverInfo></PersDriver></PersAutoPolicyQuoteInqRq></InsuranceSvcRq></ACORD>`;
      },
    },
    {
      name: 'lender-funding',
      n: 8,
      make: (c) => `From: funding-notices@${c.pick(['allyauto', 'capitalone-af', 'westlake'])}.example.com
Subject: Contract funded — ${c.name()}
Contract for buyer above has been funded. Loan account: ${c.loanAcct()}
Amount funded: $${c.int(15000, 55000)}.${c.digits(2)}  Dealer reserve: $${c.int(200, 1800)}.00
Buyer address on file: ${c.address()}
Stipulations cleared via SFTP upload (sftp://dealer${c.digits(5)}:${c.urlPw()}@sftp.${c.pick(['routeone', 'dealertrack'])}.net/stips/).`,
    },
    {
      name: 'credit-pull-query',
      n: 5,
      make: (c) => `${c.ip()} - - [${c.int(10, 28)}/Mar/2024:10:${c.int(10, 59)}:${c.int(10, 59)} -0500] "GET /CreditPull.aspx?ACCOUNT=${c.upnum(6)}&PASSWD=${c.urlPw()}&PRODUCT=CREDIT&BUREAU=XPN&NAME=${c.pers('person_name', c.person().full.replace(/ /g, '+'))}&SSN=${c.ssn(false)}&DOB=${c.dob()}&ZIP=${c.cityOf()[2]} HTTP/1.1" 200 ${c.int(2000, 9000)} "-" "DealerDesk/4.2"`,
    },
    {
      name: 'autopay-setup',
      n: 10,
      make: (c) => `ach_mandates.csv export (${c.ts().slice(0, 10)})
mandate_id,loan_account,holder_name,routing_number,account_number,account_type,plaid_token
MND-${c.digits(8)},${c.loanAcct()},"${c.name()}",${c.routing()},${c.account()},checking,${c.cred('plaid_access_token', `access-production-${c.uuid()}`)}
MND-${c.digits(8)},${c.loanAcct()},"${c.name()}",${c.routing()},${c.account()},savings,${c.cred('plaid_access_token', `access-production-${c.uuid()}`)}`,
    },
    {
      name: 'authnet-json',
      n: 8,
      make: (c) => `{"createTransactionRequest":{"merchantAuthentication":{"name":"${c.b62(10)}","transactionKey":"${c.alnum(16, 'authnet_transaction_key')}"},
 "refId":"${c.digits(8)}","transactionRequest":{"transactionType":"authCaptureTransaction","amount":"${c.int(200, 2500)}.00",
 "payment":{"creditCard":{"cardNumber":"${c.card()}","expirationDate":"20${c.int(26, 31)}-${String(c.int(1, 12)).padStart(2, '0')}","cardCode":"${c.cvv()}"}},
 "billTo":{"firstName":"(see CRM)","address":"${c.address()}"},"order":{"invoiceNumber":"DOWNPMT-${c.digits(6)}","description":"Vehicle down payment"}}}}`,
    },
    {
      name: 'ubi-trips',
      n: 5,
      make: (c) => {
        const [a1, o1] = c.geo();
        const [a2, o2] = c.geo();
        return `# usage-based insurance ingest, batch ${c.uuid()}
ARITY_API_KEY=${c.alnum(40, 'api_key')}
trip_id=${c.uuid()} policy=${c.upnum(3)}${c.digits(8)} driver_email=${c.email()} start=(${a1},${o1}) end=(${a2},${o2}) hard_brakes=${c.int(0, 6)} phone_use_sec=${c.int(0, 300)}`;
      },
    },
    {
      name: 'w9-dealer',
      n: 8,
      make: (c) => `vendor_onboarding.sql
UPDATE vendors SET legal_name='${c.pick(['Riverside Auto Group LLC', 'Hometown Motors Inc', 'Valley Pre-Owned LLC'])}', tin='${c.ein()}', tin_type='EIN',
  principal_name='${c.name()}', principal_ssn='${c.ssn()}', remit_routing='${c.routing()}', remit_account='${c.account()}'
WHERE vendor_id=${c.int(1000, 99999)};`,
    },
    {
      name: 'sepa-leasing',
      n: 8,
      make: (c) => {
        const tx = () => `<DrctDbtTxInf><PmtId><EndToEndId>LEASE-${c.digits(9)}</EndToEndId></PmtId><InstdAmt Ccy="EUR">${c.int(199, 899)}.${c.digits(2)}</InstdAmt><DrctDbtTx><MndtRltdInf><MndtId>VWFS-${c.upnum(10)}</MndtId><DtOfSgntr>2023-0${c.int(1, 9)}-1${c.int(0, 9)}</DtOfSgntr></MndtRltdInf></DrctDbtTx><DbtrAgt><FinInstnId><BIC>${c.pick(['COBADEFFXXX', 'DEUTDEFF', 'INGDDEFFXXX'])}</BIC></FinInstnId></DbtrAgt><Dbtr><Nm>${c.name()}</Nm></Dbtr><DbtrAcct><Id><IBAN>${c.iban()}</IBAN></Id></DbtrAcct></DrctDbtTxInf>`;
        return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.02"><CstmrDrctDbtInitn><GrpHdr><MsgId>${c.upnum(16)}</MsgId><CreDtTm>${c.ts().slice(0, 19)}</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>
<PmtInf><Cdtr><Nm>Leasing Bank GmbH</Nm></Cdtr><CdtrSchmeId><Id><PrvtId><Othr><Id>DE98ZZZ09999999999</Id></Othr></PrvtId></Id></CdtrSchmeId>
${tx()}
${tx()}
</PmtInf></CstmrDrctDbtInitn></Document>`;
      },
    },
    {
      name: 'adyen-java',
      n: 8,
      make: (c) => `com.adyen.service.exception.ApiException: HTTP Exception, statusCode=422, errorCode=101 "Invalid card number"
	at com.adyen.service.resource.Resource.request(Resource.java:102)
	at com.insureco.billing.PremiumCharger.charge(PremiumCharger.java:57)
DEBUG request: x-API-key=${c.cred('adyen_api_key', `AQE${c.r.chars('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}${c.b64(60).replace(/=+$/, '')}`)} body={"merchantAccount":"InsureCoAutoECOM","paymentMethod":{"type":"scheme","number":"${c.card()}","cvc":"${c.cvv()}","holderName":"${c.name()}"},"shopperIP":"${c.ip()}"}`,
    },
  ],
};

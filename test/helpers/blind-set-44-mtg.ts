import { DIGITS, UPPER } from './blind-set-9-rng';
import * as g from './blind-set-44-gen';
import type { Tpl } from './blind-set-44-gen';

/** Blind set 44, area `mtg`: mortgage origination (Encompass, Blend, MISMO), title, escrow and wires. */
export const MTG: Tpl[] = [
  ['encompass-password-grant', 8, (r, v) => {
    const inst = `BE${r.digits(8)}`;
    return `POST /oauth2/v1/token HTTP/1.1
Host: api.elliemae.com
Content-Type: application/x-www-form-urlencoded

grant_type=password&username=${r.pick(['svc_pricing', 'admin', 'lo_sync'])}%40encompass%3A${inst}&password=${encodeURIComponent(v.c('password', g.urlPw(r)))}&client_id=${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 7)}&client_secret=${v.c('client-secret', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789^*', 64))}`;
  }],
  ['encompass-loan-json', 4, (r, v) => {
    const name = g.fullName(r);
    return JSON.stringify({ loanNumber: `${r.int(2601, 2612)}${r.digits(6)}`, applications: [{ borrower: { firstName: name.split(' ')[0], lastName: name.split(' ').pop(), fullName: v.p('person-name', name), taxIdentificationIdentifier: v.p('ssn', g.ssn(r)), birthDate: v.p('dob', g.dob(r, 0)), homePhoneNumber: v.p('phone', g.phone(r)), emailAddressText: v.p('email', g.emailFor(r, name)),
      residences: [{ residencyType: 'Current', urla2020StreetAddress: v.p('street-address', g.streetLine(r)) }] }, vods: [{ accountIdentifier: v.f('bank-account', g.account(r)), holderName: r.pick(['Chase', 'BofA', 'Schwab']) }] }] }, null, r.pick([0, 1]));
  }],
  ['blend-api-headers', 8, (r, v) => {
    const user = r.uuid();
    return `GET /loans?status=APPLICATION_IN_PROGRESS HTTP/1.1
Host: api.blendlabs.com
Authorization: Basic ${v.c('basic-auth', g.basic(user, r.b62(40)))}
blend-target-instance: ${r.pick(['acmebank', 'homefirst', 'primelending'])}~default
blend-api-version: ${r.int(5, 8)}.0.0
Cookie: blend_sid=${v.c('session-cookie', r.b64url(32))}`;
  }],
  ['wire-instructions-email', 4, (r, v) => {
    const buyer = g.fullName(r);
    return `From: Escrow Officer <closings@${r.pick(['firstlandtitle', 'keystone-escrow', 'pacifictitle-co'])}.com>
To: ${v.p('email', g.emailFor(r, buyer))}
Subject: WIRE INSTRUCTIONS — Escrow #${r.digits(8)}-${r.chars(UPPER, 2)}

Dear ${v.p('person-name', buyer)},
Please wire your closing funds of $${g.money(r, 20000, 180000)} as follows. CALL our office to verify before sending.
  Bank:            ${r.pick(['First Republic', 'Western Alliance Bank', 'City National Bank', 'Comerica'])}
  ABA Routing:     ${v.f('routing', g.aba(r))}
  Account Number:  ${v.f('bank-account', g.account(r))}
  Beneficiary:     ${r.pick(['Keystone Escrow Trust Account', 'First Land Title Escrow Acct'])}
  Reference:       ${g.streetLine(r)}`;
  }],
  ['mismo-xml', 3, (r, v) => {
    const fn = g.first(r), ln = g.last(r);
    return `<PARTY><INDIVIDUAL><NAME><FirstName>${fn}</FirstName><LastName>${v.p('person-name', ln)}</LastName></NAME>
  <CONTACT_POINTS><CONTACT_POINT><CONTACT_POINT_EMAIL><ContactPointEmailValue>${v.p('email', g.emailFor(r, fn + ' ' + ln))}</ContactPointEmailValue></CONTACT_POINT_EMAIL></CONTACT_POINT></CONTACT_POINTS></INDIVIDUAL>
 <ROLES><ROLE><BORROWER><BORROWER_DETAIL><BorrowerBirthDate>${v.p('dob', g.dob(r, 0))}</BorrowerBirthDate></BORROWER_DETAIL></BORROWER></ROLE></ROLES>
 <TAXPAYER_IDENTIFIERS><TAXPAYER_IDENTIFIER><TaxpayerIdentifierType>SocialSecurityNumber</TaxpayerIdentifierType><TaxpayerIdentifierValue>${v.p('ssn', g.ssn(r, false))}</TaxpayerIdentifierValue></TAXPAYER_IDENTIFIER></TAXPAYER_IDENTIFIERS></PARTY>`;
  }],
  ['credit-vendor-properties', 9, (r, v) => `# MeridianLink / Xactus credit interface
credit.vendor.url=https://${r.pick(['xactus', 'cic', 'factualdata'])}.meridianlink.com/inetapi/request_products.aspx
credit.vendor.login=${r.pick(['acme', 'hfm'])}_api${r.digits(2)}
credit.vendor.password=${v.c('password', g.pw(r))}
credit.vendor.interfaceKey=${v.c('api-key', r.chars('0123456789ABCDEF', 8) + '-' + r.chars('0123456789ABCDEF', 4) + '-' + r.chars('0123456789ABCDEF', 4) + '-' + r.chars('0123456789ABCDEF', 12))}
fannie.du.password=${v.c('password', g.hardPw(r))}
lender.tax.id=${v.f('ein', g.ein(r))}
fee.sweep.account=${v.f('bank-account', g.account(r))}
fee.sweep.routing=${v.f('routing', g.aba(r))}`],
  ['qualia-1099s', 6, (r, v) => {
    const seller = g.fullName(r);
    return `mutation { updateSeller(orderId: "${r.hex(24)}", input: { name: "${v.p('person-name', seller)}", tin: "${r.next() < 0.7 ? v.p('ssn', g.ssn(r)) : v.p('itin', `9${r.digits(2)}-${r.pick(['70', '78', '88', '91', '95'])}-${r.digits(4)}`)}", forwardingAddress: "${v.p('street-address', g.address(r))}", proceedsWire: { aba: "${v.f('routing', g.aba(r))}", account: "${v.f('bank-account', g.account(r))}" } }) { id } }
# Authorization: Bearer ${v.c('oauth-token', r.b64url(40))}`;
  }],
  ['escrow-disbursement-csv', 4, (r, v) => {
    const rows = [0, 1, 2].map(() => `${r.pick(['Seller proceeds', 'Payoff', 'Commission', 'HOA'])};${v.p('person-name', g.fullName(r))};${v.f('routing', g.aba(r))};${v.f('bank-account', g.account(r))};${g.money(r, 1000, 400000).replace('.', ',')}`);
    return `Auszahlung;Empfänger;BLZ/ABA;Konto;Betrag\n${rows.join('\n')}`;
  }],
  ['plaid-voa', 8, (r, v) => `PLAID_CLIENT_ID=${r.hex(24)}
PLAID_SECRET=${v.c('plaid-secret', g.plaidSecret(r))}
PLAID_ENV=production
# borrower 1 asset report
PLAID_ACCESS_TOKEN_B1=${v.c('plaid-access-token', g.plaidAccess(r))}
# {"account_id":"${r.b62(37)}","numbers":{"ach":[{"account":"${v.f('bank-account', g.account(r))}","routing":"${v.f('routing', g.aba(r))}"}]}}`],
  ['los-java-trace', 8, (r, v) => `org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; SQL [insert into borrower (loan_id, ssn, dob) values (?, ?, ?)]; ERROR: duplicate key value violates unique constraint "borrower_ssn_key"
  Detail: Key (ssn)=(${v.p('ssn', g.ssn(r, false))}) already exists.
	at org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:247)
	at com.${r.pick(['homefirst', 'lendwell'])}.los.BorrowerRepository.save(BorrowerRepository.java:${r.int(30, 200)})
Caused by: datasource url=jdbc:postgresql://los-db:5432/los?user=los_rw&password=${v.c('db-password', g.urlPw(r))}`],
  ['pos-appsettings-escaped', 8, (r, v) => {
    const inner = JSON.stringify({ clientSecret: v.c('client-secret', g.azureSecret(r)), storage: `DefaultEndpointsProtocol=https;AccountName=posdocs${r.digits(3)};AccountKey=${v.c('azure-storage-key', g.azureKey(r))};EndpointSuffix=core.windows.net` });
    return JSON.stringify({ name: 'pos-config', version: r.int(3, 40), payload: inner });
  }],
  ['urla-intake-form', 4, (r, v) => {
    const n = g.fullName(r);
    const enc = (x: string) => encodeURIComponent(x).replace(/%20/g, '+');
    return `POST /apply/step-3 HTTP/1.1
Content-Type: application/x-www-form-urlencoded

borrower_name=${v.p('person-name', enc(n))}&borrower_email=${v.p('email', enc(g.emailFor(r, n)))}&ssn=${v.p('ssn', g.ssn(r, false))}&dob=${v.p('dob', enc(g.dob(r, 1)))}&employer_ein=${v.f('ein', g.ein(r))}&monthly_income=${r.int(4, 25)}${r.digits(3)}&_csrf=${r.hex(32)}`;
  }],
  ['title-softpro-ini', 8, (r, v) => `[SoftProSelect]
Server=spsql${r.int(1, 4)}
Database=SelectPROD
Uid=sp_integration
Pwd=${v.c('db-password', g.pw(r))}
[RecordingPartner]
SimplifileApiToken=${v.c('api-token', r.chars(DIGITS + 'abcdef', 48))}
[EscrowTrust]
ABA=${v.f('routing', g.aba(r))}
Account=${v.f('bank-account', g.account(r))}`],
  ['loan-officer-sms', 4, (r, v) => {
    const n = g.fullName(r);
    return `SMS from ${v.p('phone', g.phone(r))}: Hi it's ${v.p('person-name', n)} — lender needs my SSN again?? fine: ${v.p('ssn', g.ssn(r))}. Also my new card for the appraisal fee ${v.f('card', g.spaced(g.card(r)))} exp ${r.int(1, 12)}/${r.int(27, 31)}`;
  }],
  ['eu-buyer-funds', 4, (r, v) => {
    const n = g.fullName(r);
    return `Mittelherkunft / source of funds — Käufer: ${v.p('person-name', n)}
Überweisung von IBAN ${v.f('iban', r.next() < 0.5 ? g.iban(r, 'DE') : g.groupIban(g.iban(r, 'DE')))} (Kontoinhaber ${n.split(' ').pop()}), Steuer-ID bekannt.
Canadian co-buyer SIN: ${v.p('ca-sin', sin(r))}`;
  }],
];

function sin(r: import('./blind-set-9-rng').Rng9): string {
  const b = `${r.pick(['1', '2', '4', '5', '6', '7'])}${r.digits(7)}`;
  const d = b + g.luhnDigit(b);
  return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

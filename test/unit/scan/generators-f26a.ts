import type { Rng, Sample } from './sample-rng';
import { DIG } from './sample-rng';

const GIVEN = ['Radosław', 'Ngozi', 'Tiago', 'Esperanza', 'Kwabena', 'Ingrid'];
const FAMILY = ['Wiśniewska', 'Okonkwo', 'Vasconcelos', 'Lindqvist', 'Mensah', 'Dąbrowski'];

/** A title-case `Given Family` name (Latin Extended-A letters too). */
const person26 = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
/** An upper-case name for fixed-width records. */
const upper26 = (r: Rng): string => `${r.pick(['INGRID', 'TIAGO', 'NGOZI', 'KWABENA'])} ${r.pick(['LINDQVIST', 'OKONKWO', 'MENSAH', 'CASTELLANO'])}`;

/**
 * Samples of round f26a's detectors (blind set 26: the global commerce desk). The record's other
 * identifiers are masked (`[FILTERED]`), as a logger's filter leaves them: their keys make the name
 * personal data, and the precision corpus counts no other finding on the line.
 */
export const F26A_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-under-role-key': (r) => ['{"method":"directdebit","consumerName":"', person26(r), '","consumerAccount":"[FILTERED]"}'],
  'person-name-under-bare-name-key': (r) => ['Seller onboarding rejected: NINO=[FILTERED] name=', person26(r), ' dob=[FILTERED]'],
  'person-name-in-greeting': (r) => ['{"to":["[FILTERED]"],"body":"Hallo ', person26(r), `, Ihre Bestellung #${r.str(DIG, 7)} ist unterwegs."}`],
  'person-name-in-message-greeting': (r) => ['"notification":{"title":"Pedido enviado","body":"Olá ', person26(r), `, seu pedido ${r.str(DIG, 7)} saiu para entrega."}`],
  'person-name-in-mailbox': (r) => ['<<< 250 2.1.5 Ok\nTo: "', person26(r), `" <${r.pick(['a', 'j', 'm'])}***@${r.pick(['gmail.com', 'web.de', 'orange.fr'])}>`],
  'person-name-iso20022-party': (r) => ['<DrctDbtTxInf><Dbtr><Nm>', person26(r), '</Nm></Dbtr><DbtrAcct><Id><IBAN>[FILTERED]</IBAN></Id></DbtrAcct>'],
  'person-name-nacha-entry': (r) => [`R03 offending entries:\n622123456789${'X'.repeat(17)}${r.str(DIG, 10)}ID${r.str(DIG, 13)}`, upper26(r), `${' '.repeat(4)}  0${r.str(DIG, 15)}`],
  // Round l87: in a query string (a form body with prose is read decoded, where the name keys' own readers name it).
  'person-name-form-encoded': (r) => ['{"url":"/checkout/notify?paymentMode=default&senderName=', encodeURIComponent(person26(r)).replace(/%20/g, '+'), '&senderCPF=[FILTERED]"}'],
  'person-name-sql-parameter': (r) => [
    `exec sp_executesql N'INSERT INTO dbo.Payouts (HolderName, Iban) VALUES (@p0, @p1)',N'@p0 nvarchar(100),@p1 nvarchar(34)',@p0=N'`,
    person26(r),
    `',@p1=N'[FILTERED]'`,
  ],
  'person-name-template-parameter': (r) => ['{"messages":[{"to":"[FILTERED]","content":{"templateName":"order_shipped","templateData":{"body":{"placeholders":["', person26(r), `","ORD-${r.str(DIG, 6)}"]}}}}]}`],
  'person-name-after-order-ref': (r) => [`WARNING geo: Nominatim 403 for delivery of SO${r.str(DIG, 7)} (`, person26(r), '): GET https://geo.example/nominatim/search'],
  'person-name-idoc-segment': (r) => [`IDoc 00000${r.str(DIG, 5)} status 51 DEBMAS07\nE1KNA1M   K${r.str(DIG, 9)}`, person26(r), `${' '.repeat(12)}Amsterdam`],
  'idoc-segment-street-or-phone': (r) => [`IDoc 00000${r.str(DIG, 5)} status 51 DEBMAS07\nE1KNA1M   K${r.str(DIG, 9)}ACME TRADING BV${' '.repeat(12)}`, `${r.pick(['Kerkstraat', 'Lindenallee', 'Storgatan'])} ${r.int(1, 300)}A`, `${' '.repeat(10)}Amsterdam`],
  'street-address-under-key-f26a': (r) => ['"billing_address":{"address":"', `Jl. ${r.pick(['Kemang Raya', 'Sudirman'])} No. ${r.int(1, 300)}, RT 00${r.int(1, 9)}/RW 00${r.int(1, 9)}`, '","city":"Jakarta"}'],
  'street-address-geocoder-query': (r) => ['Nominatim 403: GET https://geo.example/nominatim/search?q=', `${r.pick(['Kerkstraat', 'Prinsengracht'])}+${r.int(1, 300)}-II%2C+1016+GV+Amsterdam`, '&format=jsonv2'],
  'phone-mobile-money-party': (r) => [`"CommandID":"BusinessPayment","Amount":${r.int(100, 50000)},"PartyA":600981,"PartyB":"`, `2547${r.str(DIG, 8)}`, '","Remarks":"Refund"'],
};

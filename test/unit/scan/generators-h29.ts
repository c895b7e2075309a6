import type { Rng, Sample } from './sample-rng';
import { B62, DIG, LOWER, UPPER } from './sample-rng';
import { abaAnyPrefix } from './generators-h28';

const HEX = '0123456789abcdef';
const HEX_UP = '0123456789ABCDEF';
const GIVEN = ['Maëlle', 'Tadhg', 'Ingeborg', 'Kwabena', 'Lucía', 'Radomir'];
const FAMILY = ['Achterberg', 'Nwachukwu', 'Sørensen', 'Valderrama', 'Kowalski', 'Dubois'];
const GIVEN_UP = ['MAELLE', 'TADHG', 'INGEBORG', 'KWABENA', 'LUCIA', 'RADOMIR'];
const FAMILY_UP = ['ACHTERBERG', 'NWACHUKWU', 'SORENSEN', 'VALDERRAMA', 'KOWALSKI', 'DUBOIS'];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
/** Consonants only: random letters with few vowels, as generated secrets are. */
const CONS = 'bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ';

/** A `Given Family` name in title case. */
export const person29 = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
/** A GDS date (`12JUL82`). */
export const gdsDate = (r: Rng, lo: number, hi: number): string => `${String(r.int(1, 28)).padStart(2, '0')}${r.pick(MONTHS)}${String(r.int(lo, hi)).padStart(2, '0')}`;
/** A passport number of 9 characters: a letter or two, then digits. */
export const passport29 = (r: Rng): string => `${r.str(UPPER, r.int(1, 2))}${r.str(DIG, 7)}`.padEnd(9, String(r.int(1, 9)));
/** A DHS redress number: seven digits, no leading zero. */
export const redress29 = (r: Rng): string => `${r.int(1, 9)}${r.str(DIG, 6)}`;
/** `SURNAME/GIVEN` as a PNR writes it. */
export const pnrName = (r: Rng): string => `${r.pick(FAMILY_UP)}/${r.pick(GIVEN_UP)}`;
/** A Klarna API key of the documented `klarna_<live|test>_api_<random>` form. */
export const klarnaKey = (r: Rng, env: 'live' | 'test' = 'live'): string => `klarna_${env}_api_${r.str(B62, 24)}${r.str(`${B62}_-`, 20)}${r.str(DIG, 1)}`;
/** A Mews Connector API token: 32 + 31 upper-case hex. */
export const mewsToken = (r: Rng): string => `${r.str(HEX_UP, 32)}-${r.str(HEX_UP, 31)}`;
/** An AppsFlyer dev key: 22 letters and digits with both cases and a digit. */
export const afDevKey = (r: Rng): string => `${r.str(UPPER, 2)}${r.str(DIG, 2)}${r.str(LOWER, 2)}${r.str(B62, 16)}`;
/** 64 lower-case hex (a vendor's API key of 32 random bytes). */
export const hex64 = (r: Rng): string => `${r.str('abcdef', 2)}${r.str(DIG, 2)}${r.str(HEX, 60)}`;
/** 13 random letters of both cases with few vowels (a shared secret drawn from letters only). */
export const letterSecret = (r: Rng): string => {
  for (;;) {
    const v = `${r.str(CONS, 13)}`;
    if (!/[a-z]{6}/.test(v) && new Set(v).size >= 9 && (v.match(/[A-Z]/g)?.length ?? 0) >= 4 && (v.match(/[a-z]/g)?.length ?? 0) >= 4 && (v.match(/[A-Z](?=[a-z])|[a-z](?=[A-Z])/g)?.length ?? 0) >= 4) return v;
  }
};

/**
 * Samples of round h29's detectors (blind set 29: consumer mobile apps and travel bookings): PNR and APIS text,
 * NDC and OTA messages, crash reports, app bundles, Postman exports, payout logs and support messages.
 */
export const H29_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'pnr-passenger-name': (r) => ['gds: PNR display  1.', pnrName(r), ` ${r.pick(['MR', 'MRS', 'MS'])}  2.1ABBOTT/LEE MR`],
  'apis-docs-passenger-data': (r) => [
    `gds: SSR DOCS LH HK1 P/DEU/`,
    `C${r.str('CFGHJKLMNPRTVWXYZ', 3)}${r.str(DIG, 5)}/DEU/${gdsDate(r, 50, 99)}/F/${gdsDate(r, 28, 35)}/${pnrName(r)}`,
    '/P2 OK',
  ],
  'apis-doco-number': (r) => ['apis: SSR DOCO UA HK1 //R/', redress29(r), '///US/P1'],
  'apis-doca-address': (r) => ['apis: SSR DOCA AA HK1 R/US/', `${r.int(10, 9999)} ${r.pick(['ELM ST', 'OAK AVE', 'PINE RD'])}/SPRINGFIELD/IL/${r.str(DIG, 5)}`, '/P1'],
  'redress-number': (r) => ['secure-flight: {"passenger":"[FILTERED]","redressNumber":"', redress29(r), '","status":"INHIBITED"}'],
  'ndc-identity-doc-id': (r) => ['ndc: <IdentityDoc><IdentityDocID>', passport29(r), '</IdentityDocID><IdentityDocTypeCode>PT</IdentityDocTypeCode></IdentityDoc>'],
  'ota-card-series-code': (r) => ['ota: <PaymentCard CardCode="VI" CardNumber="[MASKED]" SeriesCode="', r.str(DIG, 3), '" ExpireDate="0929"/>'],
  'ota-card-holder-name': (r) => ['ota: <PaymentCard CardCode="MC"><CardHolderName>', `${person29(r)} &amp; Co`, '</CardHolderName></PaymentCard>'],
  'passport-document-number': (r) => ['checkin: MrzResult(nationality=IRL, documentNumber=', `P${r.str(DIG, 8)}`, ', expiry=2031-04-02)'],
  'klarna-api-key': (r) => ['payments: POST /payments/v1/sessions Authorization: Basic ', klarnaKey(r), ' -> 401'],
  'mews-connector-token': (r) => ['pms: request {"ClientToken": "', mewsToken(r), '", "Client": "Booking 2.1"}'],
  'appsflyer-s2s-authentication': (r) => ['attribution: POST /inappevent/com.acme.app headers {"authentication": "', afDevKey(r), '"}'],
  'plist-secret-value': (r) => ['ios: Info.plist <key>rapidSharedSecret</key><string>', `${r.str(B62, 24)}${r.str(DIG, 2)}`, '</string>'],
  'postman-environment-secret': (r) => ['postman env: {\n  "key": "bookingApiSecret",\n  "value": "', `${r.str(B62, 28)}${r.str(DIG, 2)}`, '",\n  "type": "secret"\n}'],
  'swift-optional-card-code': (r) => ['(lldb) po card\n  - cardVerificationCode : Optional("', r.str(DIG, 3), '")'],
  'swift-optional-person-name': (r) => ['(lldb) po card\n  - holderName : Optional("', person29(r), '")'],
  'form-card-name': (r) => ['stripe: POST /v1/payment_methods type=card&billing_details[name]=', person29(r).replace(' ', '%20'), '&card[exp_month]=4'],
  'person-name-metadata-block': (r) => ['crash: metaData.traveller:\n  name: ', person29(r), `\n  email: [FILTERED]\n  dob: [FILTERED]`],
  'person-name-caps-bank-record': (r) => ['payouts: entry trace=0912 account=[FILTERED] name="', `${r.pick(GIVEN_UP)} ${r.pick(FAMILY_UP)}`, '" amount=1200'],
  'aba-routing-number-key': (r) => ['payouts: ACH return R03\n  account_number=[FILTERED]\n  routing_number=', abaAnyPrefix(r), '\n  payout_id=po_9'],
  'home-address-in-prose': (r) => ['support: ticket body "please resend, I live at ', `${r.int(2, 299)} Kastanienallee, Apt ${r.int(1, 40)}, Berlin 10${r.str(DIG, 3)}`, ' since May"'],
};

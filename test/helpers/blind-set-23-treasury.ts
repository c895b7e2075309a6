import { B62 } from './blind-set-9-rng';
import { cred, fin, pers, type PosTemplate23 } from './blind-set-23-types';

/** Treasury and money movement: ACH (NACHA), SEPA pain.001, Stripe Connect and Issuing, Braintree, Adyen payouts, Brex, Modulr, Kraken, Magento. */
export const treasuryCases23: PosTemplate23[] = [
  [
    'stripe-external-account',
    (g) => {
      const key = `sk_live_51${g.b62(97)}`;
      const acct = g.digits(g.int(9, 12));
      const routing = g.routing();
      return {
        text: `Stripe::InvalidRequestError: (Status 400) (Request req_${g.b62(14)}) The routing number provided does not correspond with a valid bank.
  POST /v1/accounts/acct_1${g.b62(15)}/external_accounts external_account[object]=bank_account&external_account[country]=US&external_account[currency]=usd&external_account[routing_number]=${routing}&external_account[account_number]=${acct}
  Stripe.api_key = "${key}"`,
        values: [cred('stripe-secret-key', key), fin('aba-routing', routing), fin('bank-account-number', acct)],
      };
    },
  ],
  [
    'nacha-entry-detail',
    (g) => {
      const routing = g.routing();
      const acct = g.digits(g.int(8, 12)).padEnd(17, ' ');
      const p = g.person();
      const name = p.full
        .toUpperCase()
        .replace(/[^A-Z ]/g, '')
        .padEnd(22, ' ')
        .slice(0, 22);
      return {
        text: `ach-origination: bank rejected file ACME_PPD_${g.digits(8)}.ach (R03 No Account/Unable to Locate Account) offending record:
6${g.pick(['22', '27', '32'])}${routing}${acct}${String(g.int(100, 999999)).padStart(10, '0')}EMP${g.digits(12)}${name}  0${g.digits(15)}`,
        values: [fin('aba-routing', routing), fin('bank-account-number', acct.trim())],
      };
    },
  ],
  [
    'sepa-pain001',
    (g) => {
      const debtor = g.iban('DE');
      const creditor = g.iban(g.pick(['FR', 'ES', 'NL', 'BE'] as const));
      const p = g.person();
      return {
        text: `org.xml.sax.SAXParseException; lineNumber: 41; columnNumber: 38; cvc-pattern-valid: Value 'NOTPROVIDED' is not facet-valid with respect to pattern '[A-Z]{6,6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3,3}){0,1}' for type 'BICIdentifier'.
<DbtrAcct><Id><IBAN>${debtor}</IBAN></Id></DbtrAcct>
<CdtTrfTxInf><PmtId><EndToEndId>E2E-${g.digits(10)}</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">${g.int(100, 9000)}.00</InstdAmt></Amt><CdtrAgt><FinInstnId><BIC>NOTPROVIDED</BIC></FinInstnId></CdtrAgt><Cdtr><Nm>${p.full}</Nm></Cdtr><CdtrAcct><Id><IBAN>${creditor}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`,
        values: [fin('iban', debtor), fin('iban', creditor)],
      };
    },
  ],
  [
    'stripe-issuing-card',
    (g) => {
      const pan = g.card('visa');
      return {
        text: `{"level":"error","msg":"issuing webhook handler failed","event":"issuing_card.created","err":"column \\"card_number\\" of relation \\"virtual_cards\\" does not exist","card":{"id":"ic_1${g.b62(23)}","brand":"Visa","exp_month":${g.int(1, 12)},"exp_year":20${g.int(28, 31)},"last4":"${pan.slice(-4)}","number":"${pan}","status":"active","type":"virtual"}}`,
        values: [fin('card', pan)],
      };
    },
  ],
  [
    'braintree-graphql-vault',
    (g) => {
      const card = g.card(g.pick(['mc', 'discover'] as const));
      const key = `${g.lowerAlnum(16)}:${g.hex(32)}`;
      return {
        text: `Braintree GraphQL error [{"message":"Credit card number is not an accepted test number.","extensions":{"errorClass":"VALIDATION","legacyCode":"81717","inputPath":["input","creditCard","number"]}}]
variables={"input":{"creditCard":{"number":"${card}","expirationYear":"20${g.int(27, 31)}","expirationMonth":"${String(g.int(1, 12)).padStart(2, '0')}"}}}
Authorization: Basic ${Buffer.from(key).toString('base64')}`,
        values: [fin('card', card), cred('basic-auth-base64', Buffer.from(key).toString('base64'))],
      };
    },
  ],
  [
    'adyen-payout-sepa',
    (g) => {
      const iban = g.iban(g.pick(['NL', 'BE', 'IE'] as const));
      const p = g.person();
      const key = `AQE${g.chars(B62 + '+/', 87)}==-${g.b64(32)}-${g.chars(B62, 16)}`;
      return {
        text: `[payouts] adyen /pal/servlet/Payout/v68/storeDetailAndSubmitThirdParty 422 {"status":422,"errorCode":"137","message":"Invalid iban","errorType":"validation"}
  bank={"iban":"${g.spaced(iban)}","ownerName":"${p.full}","countryCode":"${iban.slice(0, 2)}"} X-API-Key=${key}`,
        values: [fin('iban', g.spaced(iban)), cred('adyen-api-key', key)],
      };
    },
  ],
  [
    'brex-virtual-card',
    (g) => {
      const tok = `bxt_${g.chars(B62, 40)}`;
      const pan = g.card('mc');
      return {
        text: `BrexApiError 409 {"message":"Card limit would exceed budget"} GET /v2/cards/${g.uuid()}/pan -> {"number":"${g.grouped(pan, ' ')}","cvv":"***","expiration_date":{"month":${g.int(1, 12)},"year":20${g.int(28, 31)}}}
  client headers: {"Authorization":"Bearer ${tok}","Idempotency-Key":"${g.uuid()}"}`,
        values: [cred('brex-token', tok), fin('card', g.grouped(pan, ' '))],
      };
    },
  ],
  [
    'modulr-faster-payment',
    (g) => {
      const acct = g.digits(8);
      const sort = g.digits(6);
      const key = g.hex(32);
      const secret = g.hex(32);
      return {
        text: `ModulrApiException: [{"field":"destination.accountNumber","code":"INVALID_ACCOUNT","message":"Sort code and account number combination is invalid"}]
  request: {"sourceAccountId":"A1${g.upperAlnum(8)}","destination":{"type":"SCAN","accountNumber":"${acct}","sortCode":"${sort}","name":"${g.person().full}"},"currency":"GBP","amount":${g.int(10, 5000)}.${g.digits(2)},"reference":"INV ${g.digits(6)}"}
  hmac: apiKey=${key} secret=${secret}`,
        values: [fin('bank-account-number', acct), fin('uk-sort-code', sort), cred('modulr-hmac-secret', secret)],
      };
    },
  ],
  [
    'kraken-withdraw',
    (g) => {
      const addr = g.pick([0, 1]) === 0 ? g.btcLegacy() : g.btcBech32();
      const secret = g.b64(64);
      return {
        text: `ccxt.base.errors.AuthenticationError: kraken {"error":["EAPI:Invalid key"]}
  exchange = ccxt.kraken({"apiKey": "${g.b64(42).slice(0, 56)}", "secret": "${secret}"})
  exchange.withdraw("BTC", 0.${g.digits(4)}, "${addr}", params={"key": "treasury-cold"})`,
        values: [cred('kraken-private-key', secret), fin(addr.startsWith('bc1') ? 'btc-bech32' : 'btc-base58', addr)],
      };
    },
  ],
  [
    'magento-cc-plugin',
    (g) => {
      const card = g.card();
      const p = g.person();
      return {
        text: `[2026-12-01T09:41:22.118822+00:00] main.CRITICAL: Vendor\\Gateway\\Model\\Payment::authorize(): cURL error 28: Operation timed out after 30001 milliseconds {"exception":"[object] (Magento\\\\Framework\\\\Exception\\\\LocalizedException(code: 0))","additional_information":{"cc_number":"${card}","cc_owner":"${p.full}","cc_exp_month":"${g.int(1, 12)}","cc_exp_year":"20${g.int(27, 31)}","cc_type":"${card.startsWith('4') ? 'VI' : card.startsWith('3') ? 'AE' : 'MC'}"}} []`,
        values: [fin('card', card), pers('person-name', p.full)],
      };
    },
  ],
  [
    'wire-instructions-email',
    (g) => {
      const acct = g.digits(g.int(10, 12));
      const routing = g.routing();
      const iban = g.iban('GB');
      return {
        text: `inbound-parse webhook (SendGrid) body could not be classified, stored raw: "Hi AP team, please update our remittance details before Friday. Domestic: routing ${routing}, account ${acct}. International: IBAN ${g.spaced(iban)}, SWIFT BARCGB22. Thanks, Accounts Receivable"`,
        values: [fin('aba-routing', routing), fin('bank-account-number', acct), fin('iban', g.spaced(iban))],
      };
    },
  ],
  [
    'binance-withdraw',
    (g) => {
      const secret = g.chars(B62, 64);
      const eth = g.eth();
      return {
        text: `binance.error.ClientError: (400, -4026, 'Withdrawal amount must be greater than the transaction fee.', {...})
  Spot(api_key="${g.chars(B62, 64)}", api_secret="${secret}").withdraw(coin="USDT", network="ETH", address="${eth}", amount=${g.int(10, 900)})`,
        values: [cred('binance-api-secret', secret), fin('eth-address', eth)],
      };
    },
  ],
];

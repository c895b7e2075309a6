import { aba, brandCard, groupCard, groupIban, iban } from './blind-set-9-checks';
import { DIGITS, UPPER, type Rng9 } from './blind-set-9-rng';
import { bech32Addr, btcLegacy, ethAddr } from './blind-set-14-wallets';
import { ts } from './blind-set-14-tokens';
import { cred, fin, pos, type PosCase14 } from './blind-set-14-types';

const cvc = (r: Rng9, n = 3): string => String(r.int(n === 3 ? 101 : 1001, n === 3 ? 998 : 9998));

/** Draws a CVC that occurs nowhere else in the text built around it. */
function withCvc(r: Rng9, n: number, build: (k: string) => string): [string, string] {
  for (;;) {
    const k = cvc(r, n);
    const t = build(k);
    if (t.split(k).length === 2) return [k, t];
  }
}

/** Financial values in bank and PSP callbacks, SEPA XML and ISO 8583 dumps (plus the PSPs' own secrets). */
export const financial: PosCase14[] = [
  (r) => {
    const c = brandCard(r, 'visa');
    const psp = r.chars(UPPER + DIGITS, 16);
    const amount = r.int(100, 99999);
    const [k, text] = withCvc(r, 3, (k) => `{"live":"true","notificationItems":[{"NotificationRequestItem":{"eventCode":"AUTHORISATION","success":"false","pspReference":"${psp}","additionalData":{"cardHolderName":"A Rossi","debug.rawCardNumber":"${c}","debug.cvc":"${k}","expiryDate":"03/2029"},"amount":{"currency":"EUR","value":${amount}}}}]}`);
    return pos('adyen/notification-raw', text, fin('card', c), fin('cvc', k));
  },
  (r) => {
    const c = brandCard(r, 'mastercard');
    return pos('worldpay/xml-order', `<?xml version="1.0" encoding="UTF-8"?>\n<paymentService version="1.4" merchantCode="ACMEECOM"><submit><order orderCode="ord-${r.int(100000, 999999)}"><paymentDetails><CARD-SSL><cardNumber>${c}</cardNumber><expiryDate><date month="07" year="2028"/></expiryDate><cardHolderName>J SCHAFER</cardHolderName></CARD-SSL></paymentDetails></order></submit></paymentService>\n-> <error code="5">Invalid merchant code</error>`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'amex');
    const g = groupCard(c, ' ');
    const amount = r.int(100, 9999);
    const [k, text] = withCvc(r, 4, (k) => `checkout-sdk-net: POST /payments 422 request_body={"source":{"type":"card","number":"${g}","expiry_month":11,"expiry_year":2027,"cvv":"${k}"},"amount":${amount},"currency":"GBP"} error_codes=["card_number_invalid"]`);
    return pos('checkoutcom/request-log', text, fin('card', g), fin('cvc', k));
  },
  (r) => {
    const ib = iban(r, 'NL');
    const k = `live_${r.b62(30)}`;
    return pos('mollie/webhook-php', `[${ts(r)}] production.ERROR: Mollie\\Api\\Exceptions\\ApiException: [401] Missing authentication (key ${k}) {"payment":{"method":"ideal","details":{"consumerName":"S. de Vries","consumerAccount":"${ib}","consumerBic":"INGBNL2A"}}}`, fin('iban', ib), cred('mollie-key', k));
  },
  (r) => {
    const ib = iban(r, 'DE');
    return pos('klarna/settlement-csv', `merchant_id,capture_id,amount,currency,payout_iban\nK${r.digits(6)}_${r.hex(10)},${r.uuid()},${r.int(1000, 99999)},EUR,${groupIban(ib)}`, fin('iban', groupIban(ib)));
  },
  (r) => {
    const ib = iban(r, 'FR');
    const t = `live_${r.chars(UPPER + DIGITS + 'abcdefghijklmnopqrstuvwxyz-_', 40)}`;
    return pos('gocardless/mandate-ruby', `GoCardlessPro::InvalidApiUsageError: bank_account_number is invalid\n  request: {"customer_bank_accounts":{"iban":"${ib}","account_holder_name":"Chloé Girard"}}\n  client: GoCardlessPro::Client.new(access_token: "${t}", environment: :live)`, fin('iban', ib), cred('gocardless-token', t));
  },
  (r) => {
    const acct = r.digits(r.int(9, 12));
    const rt = aba(r);
    const s = r.hex(30);
    return pos('plaid/auth-get', `plaid.ApiException: (400) INVALID_FIELD\nHTTP response body: {"accounts":[{"account_id":"${r.b62(37)}","mask":"${acct.slice(-4)}"}],"numbers":{"ach":[{"account":"${acct}","routing":"${rt}","wire_routing":"${rt}"}]}}\nrequest: {"client_id":"${r.hex(24)}","secret":"${s}"}`, fin('account-number', acct), fin('routing-number', rt), cred('plaid-secret', s));
  },
  (r) => {
    const ib = iban(r, 'GB');
    return pos('truelayer/payout-go', `level=error ts=${ts(r)} caller=payouts.go:212 msg="truelayer payout rejected" beneficiary_type=external_account account_identifier.type=iban account_identifier.iban=${ib} reference="INV ${r.int(1000, 9999)}"`, fin('iban', ib));
  },
  (r) => {
    const ib = iban(r, 'ES');
    const t = r.uuid();
    return pos('wise/transfer-java', `com.acme.payouts.WiseException: 422 {"errors":[{"code":"NOT_VALID","path":"IBAN"}]}\n\tat com.acme.payouts.WiseClient.createRecipient(WiseClient.java:88)\n  recipient={currency=EUR, type=iban, details={legalType=PRIVATE, IBAN=${ib}}} auth=Bearer ${t}`, fin('iban', ib), cred('wise-token', t));
  },
  (r) => {
    const ib = iban(r, 'BE');
    return pos('nordigen/transactions', `{"transactions":{"booked":[{"transactionId":"${r.hex(16)}","bookingDate":"2026-12-02","transactionAmount":{"amount":"-48.10","currency":"EUR"},"creditorName":"Proximus","debtorAccount":{"iban":"${ib}"}}]}}`, fin('iban', ib));
  },
  (r) => {
    const a = iban(r, 'AT');
    const b = iban(r, 'CH');
    return pos('sepa/pain001', `<CdtTrfTxInf><PmtId><EndToEndId>E2E-${r.digits(10)}</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">1250.00</InstdAmt></Amt><CdtrAgt><FinInstnId><BICFI>RZOOAT2L</BICFI></FinInstnId></CdtrAgt><Cdtr><Nm>Köhler Bau</Nm></Cdtr><CdtrAcct><Id><IBAN>${a}</IBAN></Id></CdtrAcct></CdtTrfTxInf>\n<DbtrAcct><Id><IBAN>${b}</IBAN></Id></DbtrAcct>`, fin('iban', a), fin('iban', b));
  },
  (r) => {
    const ib = iban(r, 'PT');
    return pos('sepa/camt053', `<Ntry><Amt Ccy="EUR">310.45</Amt><CdtDbtInd>CRDT</CdtDbtInd><NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Inês Magalhães</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>${ib}</IBAN></Id></DbtrAcct></RltdPties></TxDtls></NtryDtls></Ntry>`, fin('iban', ib));
  },
  (r) => {
    const c = brandCard(r, 'discover');
    return pos('iso8583/field-dump', `MTI=0100 BITMAP=7234054128C28805\n  DE002 PAN .................: ${c}\n  DE003 Processing code .....: 000000\n  DE004 Amount ..............: 000000004500\n  DE011 STAN ................: ${r.digits(6)}\n  DE037 RRN .................: ${r.digits(12)}\n  DE041 Terminal ID .........: T${r.digits(7)}`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'jcb');
    return pos('iso8583/track2', `jPOS ISOMsg <field id="35" value="${c}=${r.int(27, 31)}${String(r.int(1, 12)).padStart(2, '0')}201${r.digits(11)}"/> <field id="41" value="ATM${r.digits(5)}"/>`, fin('card', c));
  },
  (r) => {
    const cards = [brandCard(r, 'unionpay'), brandCard(r, 'diners'), brandCard(r, 'visa')];
    return pos('adyen/batch-report', `Merchant Account,Psp Reference,Card Number,Status\n${cards.map((c) => `AcmeEU,${r.chars(UPPER + DIGITS, 16)},${c},Refused`).join('\n')}`, ...cards.map((c) => fin('card', c)));
  },
  (r) => {
    const c = brandCard(r, 'mastercard');
    const g = groupCard(c, '-');
    const [k, text] = withCvc(r, 3, (k) => `Zendesk chat transcript (visitor): "my card is ${g} exp 09/28 and the code on the back is ${k}, please retry the renewal"`);
    return pos('zendesk/chat-card', text, fin('card', g), fin('cvc', k));
  },
  (r) => {
    const w = btcLegacy(r);
    const b = bech32Addr(r);
    return pos('coinbase-commerce/webhook', `{"event":{"type":"charge:failed","data":{"code":"${r.chars(UPPER + DIGITS, 8)}","payments":[{"network":"bitcoin","payer_addresses":["${w}"],"refund_address":"${b}"}]}}}`, fin('btc-address', w), fin('btc-address', b));
  },
  (r) => {
    const e = ethAddr(r);
    return pos('fireblocks/withdrawal', `fireblocks-sdk: createTransaction 400 {"assetId":"USDC","destination":{"type":"ONE_TIME_ADDRESS","oneTimeAddress":{"address":"${e}"}},"amount":"2500"} -> "Address not whitelisted"`, fin('eth-address', e));
  },
  (r) => {
    const ib = iban(r, 'SE');
    const ib2 = iban(r, 'NO');
    return pos('stripe/payout-dotnet', `Stripe.StripeException: The IBAN you provided is in an invalid country for this bank account.\n   at Stripe.StripeClient.RequestAsync[T]\n   ExternalAccountCreateOptions { ExternalAccount = "btok", Iban = "${ib}", FallbackIban = "${ib2}" }`, fin('iban', ib), fin('iban', ib2));
  },
];

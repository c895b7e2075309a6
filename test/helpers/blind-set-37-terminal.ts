import { type Tpl37 } from './blind-set-37-draw';
import { B62 } from './blind-set-37-rng';

const A = 'terminal';
const MON = () => ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV'];

/** Payment terminals and card-present flows: Adyen, Stripe Terminal, Verifone, Ingenico, Worldpay, Heartland, Moneris, Elavon. */
export const TERMINAL37: Tpl37[] = [
  { area: A, name: 'adyen-terminal-api', make: (d) => {
    const key = d.c('adyen_api_key', 'AQE' + d.chars(B62, 5) + 'xK' + d.r.b64(48).replace(/=+$/, '') + '==-' + d.r.b64(32) + '-' + d.chars(B62 + '<>[]{}', 16));
    const pan = d.cardNumber();
    return `[adyen-cloud] ${d.ts()} ERROR POST https://terminal-api-live.adyen.com/sync -> 401 Unauthorized
 x-api-key: ${key}
 SaleToPOIRequest.MessageHeader={"ProtocolVersion":"3.0","MessageClass":"Service","MessageCategory":"Payment","SaleID":"POS-${d.int(1, 40)}","POIID":"V400m-${d.r.digits(9)}"}
 debug PaymentResponse.PaymentResult.PaymentInstrumentData.CardData.SensitiveCardData={"PAN":"${pan}","ExpiryDate":"${String(d.int(1, 12)).padStart(2, '0')}${d.int(27, 31)}"}`;
  } },
  { area: A, name: 'adyen-hmac-config', make: (d) => {
    const hmac = d.c('webhook_hmac_key', d.chars('0123456789ABCDEF', 64));
    const name = d.name(false);
    const email = d.email(name);
    return `adyen notification rejected: HMAC signature invalid (merchantAccount=${d.pick(['CafeNeroUS', 'UrbanOutfittersPOS', 'BurgerBarnECOM'])})
ADYEN_API_KEY=${d.c('adyen_api_key', 'AQE' + d.chars(B62, 6) + d.r.b64(45).replace(/=+$/, '') + '==-' + d.r.b64(32) + '-' + d.chars(B62, 12))}
ADYEN_HMAC_KEY=${hmac}
notificationItems[0].NotificationRequestItem={"eventCode":"AUTHORISATION","success":"true","pspReference":"${d.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16)}","additionalData":{"shopperEmail":"${email}","cardHolderName":"${d.p('person_name', name.toUpperCase())}","cardSummary":"${d.r.digits(4)}"}}`;
  } },
  { area: A, name: 'stripe-terminal-reader', make: (d) => {
    const sk = d.c('stripe_secret_key', d.pick(['sk_live_', 'rk_live_']) + d.b62(99));
    const ct = d.c('stripe_connection_token', 'pst_live_' + d.b62(d.pick([40, 56])));
    return `StripeTerminal: reader tmr_${d.b62(14)} failed to connect (Error Domain=com.stripe-terminal Code=9050 "The connection token is invalid")
[pos-backend] /connection_token created token=${ct} using key=${sk} location=tml_${d.b62(14)}
    at ConnectionTokenProvider.fetchConnectionToken (ConnectionTokenProvider.kt:31)`;
  } },
  { area: A, name: 'verifone-emv-trace', make: (d) => {
    const pan = d.cardNumber('visa');
    const exp = `${d.int(27, 31)}${String(d.int(1, 12)).padStart(2, '0')}`;
    const t2 = d.f('track2_data', `${pan}D${exp}201${d.r.digits(13)}`);
    const name = `${d.last().toUpperCase()}/${d.first().toUpperCase()}`;
    d.p('cardholder_name', name);
    return `VX520 EMVTRACE ${d.ts()} txn#${d.int(1000, 9999)} GEN AC -> ARQC
  TAG 9F02 LEN 06 VAL 0000000${d.r.digits(5)}
  TAG 57   LEN 13 VAL ${t2}F
  TAG 5F20 LEN 1A VAL ${name}
  TAG 9F26 LEN 08 VAL ${d.hex(16).toUpperCase()}
  TAG 95   LEN 05 VAL 0000008000
HOST RESP: 91 ISSUER UNAVAILABLE`;
  } },
  { area: A, name: 'ingenico-track-dump', make: (d) => {
    const pan = d.cardNumber('mc');
    const name = `${d.last().toUpperCase()}/${d.first().toUpperCase()}`;
    d.p('cardholder_name', name);
    const exp = `${d.int(27, 31)}${String(d.int(1, 12)).padStart(2, '0')}`;
    const t1 = d.f('track1_data', `%B${pan}^${name}^${exp}101${d.r.digits(11)}?`);
    return `Lane ${d.int(1, 12)} Ingenico iPP350 SN ${d.r.digits(11)}: MSR fallback after chip error 6985
DEBUG raw_track1="${t1}"
DEBUG track2 present=true len=${d.int(30, 37)}`;
  } },
  { area: A, name: 'heartland-portico', make: (d) => {
    const key = d.c('heartland_secret_api_key', 'skapi_prod_' + d.chars(B62 + '_-', 42));
    const pan = d.cardNumber();
    const [fn, ln] = d.names();
    return `GlobalPayments.Api.Entities.GatewayException: Unexpected Gateway Response: 2 - System error
   at GlobalPayments.Api.Gateways.PorticoConnector.DoTransaction(String request)
<PosRequest><Ver1.0><Header><SecretAPIKey>${key}</SecretAPIKey><UserName>store${d.int(100, 999)}api</UserName><Password>${d.password()}</Password><DeveloperID>${d.r.digits(6)}</DeveloperID></Header><Transaction><CreditSale><Block1><CardData><ManualEntry><CardNbr>${pan}</CardNbr></ManualEntry></CardData><CardHolderData><CardHolderFirstName>${fn}</CardHolderFirstName><CardHolderLastName>${ln}</CardHolderLastName></CardHolderData></Block1></CreditSale></Transaction></Ver1.0></PosRequest>`;
  } },
  { area: A, name: 'moneris-batch-close', make: (d) => {
    const tok = d.c('moneris_api_token', d.b62(20));
    const rows = [0, 1, 2].map(() => `${d.order()},${d.cardNumber()},${d.int(5, 200)}.${d.r.digits(2)},${d.pick(['00', '05', '51'])}`);
    return `moneris batch close failed for store_id=monca${d.r.digits(5)} api_token=${tok} (response code null, Global Error Receipt)
open batch preview:
order_id,pan,amount,resp
${rows.join('\n')}`;
  } },
  { area: A, name: 'elavon-converge', make: (d) => {
    const pin = d.c('converge_ssl_pin', d.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 64));
    const pan = d.cardNumber();
    const [fn, ln] = d.names();
    return `WARN converge ProcessTxn: errorCode=4025 errorName="Invalid Credentials"
POST https://api.convergepay.com/VirtualMerchant/process.do
ssl_merchant_id=${d.r.digits(7)}&ssl_user_id=apiuser${d.int(1, 9)}&ssl_pin=${pin}&ssl_transaction_type=ccsale&ssl_card_number=${pan}&ssl_exp_date=${String(d.int(1, 12)).padStart(2, '0')}${d.int(27, 31)}&ssl_amount=${d.int(3, 90)}.${d.r.digits(2)}&ssl_first_name=${encodeURIComponent(fn)}&ssl_last_name=${ln}`;
  } },
  { area: A, name: 'worldpay-xml-order', make: (d) => {
    const pw = d.password();
    const name = d.name();
    const pan = d.cardNumber('visa');
    const cvc = d.f('card_cvv', d.r.digits(3));
    return `WorldpayXmlClient: HTTP 401 from https://secure.worldpay.com/jsp/merchant/xml/paymentService.jsp (merchantCode=${d.pick(['PIZZAPLACEUK', 'HIGHSTRETAIL', 'COFFEECOLTD'])})
  credentials: username=${d.pick(['PIZZAPLACEUK', 'HIGHSTRETAIL'])} xmlPassword=${pw}
  Authorization: Basic ${d.c('basic_auth', Buffer.from(`${d.pick(['PIZZAPLACEUK', 'HIGHSTRETAIL'])}:${pw}`).toString('base64'))}
  <paymentDetails><VISA-SSL><cardNumber>${pan}</cardNumber><expiryDate><date month="0${d.int(1, 9)}" year="20${d.int(27, 31)}"/></expiryDate><cardHolderName>${name}</cardHolderName><cvc>${cvc}</cvc></VISA-SSL></paymentDetails>`;
  } },
  { area: A, name: 'settlement-csv', make: (d) => {
    const lines = [0, 1, 2, 3].map(() => `${d.int(1000, 9999)},${d.ts().slice(0, 10)},${d.cardNumber()},${d.int(2, 300)}.${d.r.digits(2)},${d.pick(['SALE', 'REFUND', 'VOID'])}`);
    return `settlement reconciliation mismatch for batch ${d.int(100, 999)} (terminal TID ${d.r.digits(8)}): file fetched from sftp://settle${d.int(10, 99)}:${d.urlPassword()}@mft.elavon.example/out/; expected ${d.int(10, 99)} items, got ${d.int(10, 99)}
term_seq,date,card_number,amount,type
${lines.join('\n')}`;
  } },
  { area: A, name: 'chargeback-file', make: (d) => {
    const name = d.name();
    const pan = d.cardNumber(undefined, ' ');
    return `chargeback-import (GET https://disputes.processor.example/api/v1/files?api_token=${d.c('api_token', d.hex(40))}): row ${d.int(2, 400)} rejected (reason code 10.4 missing)
"case_id","cardholder","card","amount","received"
"CB${d.r.digits(9)}","${name}","${pan}","${d.int(10, 400)}.${d.r.digits(2)}","${d.ts().slice(0, 10)}"`;
  } },
  { area: A, name: 'e-receipt-render', make: (d) => {
    const name = d.name();
    const email = d.email(name);
    const pan = d.cardNumber(undefined, '-');
    return `receipt-mailer: template error rendering receipt ${d.order()} (undefined filter "mask") - context follows
{{ customer.name }}=${name} {{ customer.email }}=${email}
{{ tender.card_number }}=${pan} {{ tender.auth_code }}=${d.chars('0123456789ABCDEF', 6)} {{ store }}=#${d.int(10, 999)}
SMTP_URL=smtps://receipts:${d.urlPassword()}@smtp.mailgun.org:465
printed ${d.pick(MON())} ${d.int(1, 28)} 2026`;
  } },
];

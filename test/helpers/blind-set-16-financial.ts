import { aba, brandCard, card, groupCard, groupIban, iban } from './blind-set-9-checks';
import { base58check, bech32Address } from './blind-set-9-crypto';
import { fin, iso16, once16, pos, type PosCase16 } from './blind-set-16-types';

/** Payment data that PSP, payroll and exchange integrations dumped while failing: cards, CVCs, IBANs, US/UK accounts, wallets. */
export const financial: PosCase16[] = [
  (r) => once16(() => {
    const c = brandCard(r, 'visa'), cvc = r.digits(3);
    const form = `card%5Bnumber%5D=${c}&card%5Bexp_month%5D=${r.int(1, 12)}&card%5Bexp_year%5D=20${r.int(27, 31)}&card%5Bcvc%5D=${cvc}`;
    return pos('pay/axios-form-card', `AxiosError: timeout of 8000ms exceeded
  config: { method: 'post', url: 'https://legacy-gw.corp-pay.net/v1/tokens', data: '${form}' }`, fin('card', c), fin('cvc', cvc));
  }, (t) => [t.values[1]!.value]),
  (r) => {
    const c = brandCard(r, 'mastercard');
    return pos('pay/hibernate-bind-card', `Hibernate: insert into stored_payment_methods (customer_id, pan, expiry) values (?, ?, ?)
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [2] as [VARCHAR] - [${groupCard(c, ' ')}]
ERROR o.h.engine.jdbc.spi.SqlExceptionHelper - ERROR: value too long for type character varying(16)`, fin('card', groupCard(c, ' ')));
  },
  (r) => once16(() => {
    const c = brandCard(r, 'amex'), cid = r.digits(4);
    return pos('pay/sentry-locals-amex', `{"exception":{"values":[{"type":"GatewayError","stacktrace":{"frames":[{"function":"authorize","vars":{"card_number":"'${groupCard(c, '-')}'","cid":"'${cid}'","amount":"Decimal('129.00')"}}]}}]}}`, fin('card', groupCard(c, '-')), fin('cvc', cid));
  }, (t) => [t.values[1]!.value]),
  (r) => {
    const c = brandCard(r, 'discover');
    return pos('pay/go-struct-card', `level=error msg="tokenize failed" req="&{MerchantID:${r.int(10000, 99999)} PAN:${c} ExpMonth:${r.int(1, 12)} ExpYear:${r.int(2027, 2031)} Holder:JORDAN WHITFIELD}"`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'jcb');
    return pos('pay/jp-psp-escaped', `{"level":"error","msg":"GMO-PG EntryTran failed","body":"{\\"ShopID\\":\\"tshop${r.digits(8)}\\",\\"CardNo\\":\\"${c}\\",\\"Expire\\":\\"${r.int(27, 31)}${String(r.int(1, 12)).padStart(2, '0')}\\"}","errCode":"E01"}`, fin('card', c));
  },
  (r) => once16(() => {
    const c = brandCard(r, 'unionpay'), cvn = r.digits(3);
    return pos('pay/unionpay-celery', `[${iso16(r)}: ERROR/ForkPoolWorker-4] Task pay.tasks.unionpay_consume[${r.uuid()}] raised unexpected: SignatureError()
args=({'accNo': '${groupCard(c, ' ')}', 'cvn2': '${cvn}', 'txnAmt': '${r.int(100, 99999)}'},) kwargs={}`, fin('card', groupCard(c, ' ')), fin('cvc', cvn));
  }, (t) => [t.values[1]!.value]),
  (r) => {
    const c = brandCard(r, 'diners');
    return pos('pay/dotnet-tostring', `System.InvalidOperationException: Card type not enabled for merchant. Request: CardPaymentRequest { CardNumber = ${groupCard(c, ' ')}, ExpiryMonth = ${r.int(1, 12)}, ExpiryYear = ${r.int(2027, 2031)}, Currency = USD }`, fin('card', groupCard(c, ' ')));
  },
  (r) => {
    const c = card(r, '2200', 16);
    return pos('pay/mir-card-log', `${iso16(r)} ERROR [yookassa-client] ПлатёжОтклонён: card={"number":"${groupCard(c, ' ')}","expiry_month":"${String(r.int(1, 12)).padStart(2, '0')}","cardholder":"IVAN PETROV"}`, fin('card', groupCard(c, ' ')));
  },
  (r) => {
    const c = card(r, r.pick(['6521', '6522', '6080']), 16);
    return pos('pay/rupay-okhttp', `D/OkHttp: {"payment_method":"card","card":{"number":"${c}","name":"Sneha Iyer","expiry_month":"${r.int(1, 12)}","expiry_year":"${r.int(27, 31)}"}}
D/OkHttp: <-- 400 https://api.corp-pg.in/v1/payments/create/json`, fin('card', c));
  },
  (r) => {
    const c = card(r, r.pick(['6759', '6761', '5018']), 19);
    return pos('pay/maestro-xml', `<PaymentRequest><Merchant>UKSHOP${r.digits(4)}</Merchant><Card><Pan>${c}</Pan><Expiry>${String(r.int(1, 12)).padStart(2, '0')}${r.int(27, 31)}</Expiry></Card></PaymentRequest>
javax.xml.ws.soap.SOAPFaultException: Unmarshalling Error: cvc-maxLength-valid`, fin('card', c));
  },
  (r) => once16(() => {
    const a = brandCard(r, 'visa'), b = brandCard(r, 'mastercard'), cvc = r.digits(3);
    return pos('pay/postman-export-cards', `{"name":"Charge (prod)","request":{"method":"POST","body":{"mode":"urlencoded","urlencoded":[{"key":"number","value":"${a}"},{"key":"cvc","value":"${cvc}"},{"key":"backup_number","value":"${groupCard(b, '-')}"}]}}}`, fin('card', a), fin('cvc', cvc), fin('card', groupCard(b, '-')));
  }, (t) => [t.values[1]!.value]),
  (r) => {
    const de = iban(r, 'DE');
    return pos('bank/sepa-xml-iban', `pain.001 rejected by bank (FF01 invalid file format):
<CdtTrfTxInf><Cdtr><Nm>Jannik Brandstaetter</Nm></Cdtr><CdtrAcct><Id><IBAN>${de}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Gehalt 11/2026</Ustrd></RmtInf></CdtTrfTxInf>`, fin('iban', de));
  },
  (r) => {
    const fr = groupIban(iban(r, 'FR')), es = groupIban(iban(r, 'ES'));
    return pos('bank/payroll-webhook-ibans', `payfit-webhook: bulk update failed for 2 employees
[{"matricule":"${r.digits(5)}","iban":"${fr}"},{"matricule":"${r.digits(5)}","iban":"${es}"}]`, fin('iban', fr), fin('iban', es));
  },
  (r) => {
    const nl = iban(r, 'NL'), be = iban(r, 'BE');
    return pos('bank/mollie-mandate', `Mollie\\Api\\Exceptions\\ApiException: Error executing API call (422): The consumer account is invalid. Field: consumerAccount.
Request body: {"method":"directdebit","consumerName":"Sanne de Vries","consumerAccount":"${nl}","fallbackAccount":"${be}"}`, fin('iban', nl), fin('iban', be));
  },
  (r) => {
    const gb = iban(r, 'GB');
    return pos('bank/wise-recipient', `wise-client: POST /v1/accounts 422 {"errors":[{"code":"NOT_VALID","message":"Please specify a valid BIC","path":"bic"}]}
request={"currency":"GBP","type":"iban","accountHolderName":"Callum Pruitt","details":{"legalType":"PRIVATE","IBAN":"${gb}"}}`, fin('iban', gb));
  },
  (r) => {
    const pl = groupIban(iban(r, 'PL')), ch = iban(r, 'CH');
    return pos('bank/monolog-ibans', `[${iso16(r).replace('T', ' ').slice(0, 19)}] app.ERROR: Refund routing failed {"refund_to":"${pl}","alt":"${ch}","reason":"currency mismatch"} []`, fin('iban', pl), fin('iban', ch));
  },
  (r) => {
    const no = iban(r, 'NO'), se = iban(r, 'SE'), pt = iban(r, 'PT');
    return pos('bank/kafka-connect-record', `ERROR WorkerSinkTask{id=jdbc-sink-payouts-0} Error converting record: {"payout_id":"${r.uuid()}","accounts":{"nb":"${no}","sv":"${se}","pt":"${pt}"}}`, fin('iban', no), fin('iban', se), fin('iban', pt));
  },
  (r) => {
    const rt = aba(r), acct = r.digits(r.int(9, 12));
    return pos('bank/gusto-bank-webhook', `gusto-webhook: employee.bank_account.created handler failed (NoMethodError)
{"entity_type":"BankAccount","data":{"account_type":"Checking","routing_number":"${rt}","account_number":"${acct}","name":"Primary"}}`, fin('routing-number', rt), fin('account-number', acct));
  },
  (r) => {
    const rt = aba(r), acct = r.digits(10);
    return pos('bank/plaid-auth-log', `DEBUG plaid.api: /auth/get numbers.ach[0] = {'account': '${acct}', 'account_id': '${r.b62(37)}', 'routing': '${rt}', 'wire_routing': None}
ERROR ach-origination: NACHA file build failed: R03`, fin('routing-number', rt), fin('account-number', acct));
  },
  (r) => {
    const sc = `${r.int(10, 40)}-${r.digits(2)}-${r.digits(2)}`, acct = r.digits(8);
    return pos('bank/bacs-ruby-hash', `Bacs::SubmissionError: invalid transaction code
  payer: {:name=>"Kayla Hendricks", :sort_code=>"${sc}", :account_number=>"${acct}", :reference=>"GYM-${r.digits(6)}"}`, fin('sort-code', sc), fin('account-number', acct));
  },
  (r) => once16(() => {
    const sc = `${r.int(10, 40)}${r.digits(4)}`, acct = r.digits(8);
    return pos('bank/modulr-escaped', `{"msg":"payee create failed","response":"{\\"code\\":\\"INVALID_ACCOUNT\\"}","request":"{\\"sortCode\\":\\"${sc}\\",\\"accountNumber\\":\\"${acct}\\",\\"name\\":\\"Marcus Delgado\\"}"}`, fin('sort-code', sc), fin('account-number', acct));
  }, (t) => [t.values[0]!.value]),
  (r) => {
    const btc = base58check(0, r.bytes(20)), bc = bech32Address(r.bytes(20));
    return pos('crypto/withdrawal-job', `sidekiq: Withdrawals::BroadcastJob failed (insufficient fee) {"args":[{"user_id":${r.int(1000, 99999)},"to":"${btc}","change":"${bc}","amount_sat":${r.int(10000, 9999999)}}]}`, fin('btc-base58', btc), fin('btc-bech32', bc));
  },
  (r) => {
    const eth = `0x${r.hex(40)}`, trx = base58check(0x41, r.bytes(20));
    return pos('crypto/otel-payout', `span payout.send status=ERROR attributes: crypto.chain="ethereum" crypto.to_address="${eth}" crypto.fallback_tron="${trx}" error.type="nonce too low"`, fin('eth-address', eth), fin('tron-address', trx));
  },
];

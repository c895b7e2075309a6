import { type Rng9 } from './blind-set-9-rng';
import { aba, brandCard, groupCard, groupIban } from './blind-set-9-checks';
import { base58check, bech32Address, clabe, iban13 } from './blind-set-13-money';
import { cred, fin, pos, type PosCase13 } from './blind-set-13-types';

/** A 3- or 4-digit security code that occurs nowhere in `text`, then `text` with it filled in for `@CVC@`. */
export function withCvc(r: Rng9, text: string, n = 3): { text: string; cvc: string } {
  for (;;) {
    const cvc = String(r.int(n === 3 ? 100 : 1000, n === 3 ? 999 : 9999));
    if (!text.includes(cvc)) return { text: text.replace('@CVC@', cvc), cvc };
  }
}
const exp = (r: Rng9): string => `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`;

/** Cards, security codes, bank accounts and wallets in payment, payroll and treasury logs. */
export const financial: PosCase13[] = [
  (r) => {
    const c = brandCard(r, 'visa');
    const { text, cvc } = withCvc(r, `DEBUG braintree.http: POST /merchants/${r.b62(16)}/transactions\n<transaction><type>sale</type><amount>${r.int(10, 900)}.00</amount><credit-card><number>${c}</number><expiration-date>${exp(r)}</expiration-date><cvv>@CVC@</cvv></credit-card></transaction>\nbraintree.exceptions.authorization_error.AuthorizationError`);
    return pos('cards/braintree-xml', text, fin('card', c), fin('cvc', cvc));
  },
  (r) => {
    const cs = [brandCard(r, 'mastercard'), brandCard(r, 'visa'), brandCard(r, 'discover')].map((c) => groupCard(c, ' '));
    return pos('cards/chat-transcript-run', `[Intercom transcript #${r.int(10000, 99999)}] customer: hi my payment keeps failing, tried all of these: ${cs.join(' ')} - can you check which one works?`, ...cs.map((c) => fin('card', c)));
  },
  (r) => {
    const c = groupCard(brandCard(r, 'amex'), ' ');
    const { text, cvc } = withCvc(r, `array(5) {\n  ["cc_name"]=>\n  string(14) "J M Kowalczyk"\n  ["cc_number"]=>\n  string(17) "${c}"\n  ["cc_cid"]=>\n  string(4) "@CVC@"\n  ["cc_exp"]=>\n  string(5) "${exp(r)}"\n}\nPHP Fatal error:  Uncaught TypeError: checkout_submit(): Argument #2 must be of type int`, 4);
    return pos('cards/php-var-dump', text, fin('card', c), fin('cvc', cvc));
  },
  (r) => {
    const c = brandCard(r, 'jcb');
    const { text, cvc } = withCvc(r, `[GMO-PG] ExecTran エラー ErrCode=E01|ErrInfo=E01240002 OrderID=ord-${r.digits(10)} CardNo=${c} Expire=${r.int(27, 31)}${String(r.int(1, 12)).padStart(2, '0')} SecurityCode=@CVC@ Method=1`);
    return pos('cards/gmo-jp', text, fin('card', c), fin('cvc', cvc));
  },
  (r) => {
    const c = brandCard(r, 'unionpay');
    return pos('cards/unionpay-json', `{"ts":"2026-11-${r.int(10, 28)}T03:22:41+08:00","level":"ERROR","msg":"upop consume failed respCode=11","req":"{\\"accNo\\":\\"${c}\\",\\"txnAmt\\":\\"${r.int(100, 99999)}\\",\\"currencyCode\\":\\"156\\"}"}`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'diners');
    return pos('cards/soap-fault', `<soap:Fault><faultcode>soap:Client</faultcode><faultstring>Card declined</faultstring><detail><PaymentRequest><CardNumber>${c}</CardNumber><CardType>DC</CardType><Amount>${r.int(10, 900)}.00</Amount></PaymentRequest></detail></soap:Fault>`, fin('card', c));
  },
  (r) => {
    const c = groupCard(brandCard(r, 'mastercard'), '-');
    return pos('cards/urlencoded', `POST /checkout/pay 500 body=amount=${r.int(10, 900)}00&currency=EUR&card%5Bnumber%5D=${c}&card%5Bexp_month%5D=${r.int(1, 12)}&card%5Bexp_year%5D=20${r.int(27, 31)}&email=`, fin('card', c));
  },
  (r) => {
    const a = iban13(r, 'IT');
    const b = iban13(r, 'ES');
    return pos('iban/pain001-xml', `SEPA batch ${r.b62(10)} rejected by bank: RJCT AC01 IncorrectAccountNumber\n<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${r.int(100, 9999)}.00</InstdAmt></Amt><CdtrAcct><Id><IBAN>${a}</IBAN></Id></CdtrAcct></CdtTrfTxInf>\n<DbtrAcct><Id><IBAN>${b}</IBAN></Id></DbtrAcct>`, fin('iban', a), fin('iban', b));
  },
  (r) => {
    const a = groupIban(iban13(r, 'PL'));
    const b = iban13(r, 'BR');
    return pos('iban/payroll-mail', `Subject: Re: wypłata listopad\n> Proszę o zmianę konta do wynagrodzenia na: ${a}\n> (previous: ${b}, closed)\nHR-bot: change request #${r.int(1000, 9999)} failed validation`, fin('iban', a), fin('iban', b));
  },
  (r) => {
    const ibans = [iban13(r, 'FR'), iban13(r, 'BE'), iban13(r, 'NL')];
    return pos('iban/mandate-json', `{"error":{"type":"validation_failed","errors":[{"field":"account_number","message":"is invalid"}]},"requests":[${ibans.map((i) => `{"customer_bank_accounts":{"iban":"${i}","account_holder_name":"Acme Kunde"}}`).join(',')}]}`, ...ibans.map((i) => fin('iban', i)));
  },
  (r) => {
    const a = iban13(r, 'AE');
    const b = groupIban(iban13(r, 'TR'));
    return pos('iban/wise-recipient', `com.transferwise.ApiError: 422 {"errors":[{"code":"NOT_VALID","message":"Please specify a valid IBAN.","path":"IBAN"}]}\nrecipient(AED)=${a} recipient(TRY)="${b}"`, fin('iban', a), fin('iban', b));
  },
  (r) => {
    const rt = aba(r);
    const acct = r.digits(12);
    const line = `622${rt}${acct.padEnd(17, ' ')}${String(r.int(100, 999999)).padStart(10, '0')}${r.digits(15).padEnd(15)}${'KOWALCZYK J'.padEnd(22)}  0${r.digits(15)}`;
    return pos('bank/nacha-entry', `ACH return R03 (No Account/Unable to Locate Account) for entry:\n${line}`, fin('routing-number', rt), fin('bank-account', acct));
  },
  (r) => {
    const rt = aba(r);
    const acct = r.digits(10);
    return pos('bank/stripe-external-account', `Stripe::InvalidRequestError: (Status 400) (Request req_${r.b62(14)}) Routing number must have 9 digits\n  params: {"external_account"=>{"object"=>"bank_account", "country"=>"US", "currency"=>"usd", "routing_number"=>"${rt}", "account_number"=>"${acct}"}}`, fin('routing-number', rt), fin('bank-account', acct));
  },
  (r) => {
    const c = clabe(r);
    return pos('bank/spei', `SPEI devolución ${r.int(1, 30)} (Cuenta inexistente) ordenPago id=${r.digits(9)} cuentaBeneficiario=${c} tipoCuentaBeneficiario=40 monto=${r.int(100, 99999)}.00`, fin('clabe', c));
  },
  (r) => {
    const acct = r.digits(8);
    const sc = `${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}`;
    return pos('bank/bacs-modulr', `ModulrException: 400 [{"field":"destination.accountNumber","code":"INVALID"}] destination={"type":"SCAN","sortCode":"${sc}","accountNumber":"${acct}","name":"Brennan A"}`, fin('sort-code', sc), fin('bank-account', acct));
  },
  (r) => {
    const acct = r.digits(14);
    return pos('bank/razorpayx-payout', `RazorpayX payout failed: BAD_REQUEST_ERROR "Invalid IFSC Code in fund account" fund_account={"account_type":"bank_account","bank_account":{"name":"Priya N","ifsc":"HDFC000${r.digits(4)}","account_number":"${acct}"}}`, fin('bank-account', acct));
  },
  (r) => {
    const btc = bech32Address(r);
    const eth = `0x${r.hex(40)}`;
    return pos('crypto/withdrawal-log', `2026-11-${r.int(10, 28)} 14:02:11 WARN withdrawals: travel-rule check pending user=${r.int(10000, 99999)} btc_dest=${btc} amount=0.0${r.digits(4)}\n2026-11-${r.int(10, 28)} 14:02:12 WARN withdrawals: eth_dest=${eth} chainId=1 nonce=${r.int(1, 400)}`, fin('btc-bech32', btc), fin('eth-address', eth));
  },
  (r) => {
    const tron = base58check(0x41, r.bytes(20));
    const btc = base58check(0x00, r.bytes(20));
    return pos('crypto/payout-json', `{"event":"payout.failed","reason":"address_screening_hit","payouts":[{"asset":"USDT","network":"TRC20","to":"${tron}"},{"asset":"BTC","network":"bitcoin","to":"${btc}"}]}`, fin('tron-address', tron), fin('btc-legacy', btc));
  },
  (r) => {
    const wif = base58check(0x80, Buffer.concat([r.bytes(32), Buffer.from([1])]));
    return pos('crypto/hot-wallet-env', `panic: wallet: cannot sign tx ${r.hex(64)}: insufficient funds\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/cmd/sweeper/main.go:77 +0x1c5\nenv: NETWORK=mainnet HOT_WALLET_WIF=${wif} RPC_URL=http://bitcoind:8332 ID=${r.b62(8)}`, cred('btc-wif', wif));
  },
];

import { aba, brandCard, card, groupCard, groupIban, iban } from './blind-set-10-checks';
import { btcBech32, btcP2pkh, btcP2sh, btcTaproot, ethAddr, ltcBech32, tronAddr } from './blind-set-10-crypto';
import { type Rng10 } from './blind-set-10-rng';
import { fin, pos, type PosCase10 } from './blind-set-10-types';
import { fullName, reqId, ts } from './blind-set-10-values';

/** A CVC that does not also occur inside the card number (or elsewhere in the text). */
const cvcFor = (r: Rng10, pan: string, n = 3): string => {
  for (;;) {
    const c = r.digits(n);
    if (!pan.includes(c) && !/^0/.test(c)) return c;
  }
};

/** Cards, CVCs, IBANs, US bank accounts, SWIFT transfers and crypto wallets in payment-path logs. */
export const financial: PosCase10[] = [
  (r) => {
    const c = brandCard(r, 'visa');
    const g = groupCard(c, ' ');
    const cvc = cvcFor(r, c);
    return pos('fin/visa-spaced-cvc-json', `{"level":"error","msg":"tokenize failed: processor timeout","payment_method":{"card":{"number":"${g}","exp_month":${r.int(1, 12)},"exp_year":${r.int(2027, 2031)},"cvc":"${cvc}"}},"trace":"${reqId(r)}"}`, fin('card', g), fin('cvc', cvc));
  },
  (r) => {
    const c = brandCard(r, 'mastercard');
    const g = groupCard(c, '-');
    return pos('fin/mastercard-dashed-ruby', `ActiveMerchant::ResponseError: Failed with 500 Internal Server Error\n  #<ActiveMerchant::Billing::CreditCard number="${g}", month=${r.int(1, 12)}, year=2029, first_name="${fullName(r).split(' ')[0]}", brand="master">`, fin('card', g));
  },
  (r) => {
    const c = brandCard(r, 'amex');
    const cid = cvcFor(r, c, 4);
    return pos('fin/amex-cid-form-body', `POST /pay 504 upstream timeout body: cardholder=${encodeURIComponent(fullName(r))}&pan=${c}&cid=${cid}&amount=129.00`, fin('card', c), fin('cvc', cid));
  },
  (r) => {
    const c = brandCard(r, 'discover');
    return pos('fin/discover-sql-insert', `ERROR:  value too long for type character varying(12)\nSTATEMENT:  INSERT INTO legacy_payments (customer_id, card_no, exp) VALUES (${r.int(1000, 99999)}, '${c}', '0${r.int(1, 9)}/28')`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'jcb');
    const g = groupCard(c, ' ');
    return pos('fin/jcb-xml-gmo', `<Response><ErrCode>E01</ErrCode><ErrInfo>E01170003</ErrInfo><Request><CardNo>${g}</CardNo><Expire>2812</Expire></Request></Response>`, fin('card', g));
  },
  (r) => {
    const c = brandCard(r, 'unionpay');
    return pos('fin/unionpay-java-tostring', `java.lang.IllegalStateException: settlement mismatch for PaymentRequest{orderId='CN${r.digits(14)}', cardNo='${c}', currency='CNY', amount=3888.00}`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'diners');
    const g = groupCard(c, ' ');
    return pos('fin/diners-14-spaced-log', `${ts(r)} WARN gateway=worldline decline code=05 card=${g} merchant_ref=${reqId(r)}`, fin('card', g));
  },
  (r) => {
    const c = card(r, r.pick(['2200', '2201', '2202', '2204']), 16);
    return pos('fin/mir-card-yaml-fixture-leak', `cloudpayments: ошибка 5051 (недостаточно средств)\nrequest:\n  CardCryptogramPacket: null\n  CardNumber: "${c}"\n  Amount: 1490`, fin('card', c));
  },
  (r) => {
    const c = card(r, r.pick(['6759', '6761', '6763']), 19);
    return pos('fin/maestro-19-json-number', `{"event":"charge.failed","data":{"source":{"pan":${c},"scheme":"maestro"},"reason":"do_not_honor"}}`, fin('card', c));
  },
  (r) => {
    const c = brandCard(r, 'visa');
    const cvc = cvcFor(r, c);
    return pos('fin/visa-cvc-python-dict', `Traceback (most recent call last):\n  File "/app/checkout/adapters/legacy.py", line 112, in charge\n    raise GatewayError(payload)\ncheckout.errors.GatewayError: {'card_number': '${c}', 'cvv2': '${cvc}', 'exp': '11/29', 'zip': '94107'}`, fin('card', c), fin('cvc', cvc));
  },
  (r) => {
    const c = brandCard(r, 'mastercard');
    return pos('fin/mastercard-url-query', `10.4.3.7 - - [03/Nov/2026:11:20:09 +0000] "GET /legacy/3ds/return?PaRes=ok&pan=${c}&md=${r.hex(12)} HTTP/1.1" 500 0`, fin('card', c));
  },
  (r) => {
    const i = iban(r, 'DE');
    return pos('fin/de-iban-sepa-xml', `pain.001 rejected by bank (AC01 IncorrectAccountNumber)\n<CdtrAcct><Id><IBAN>${i}</IBAN></Id></CdtrAcct><Cdtr><Nm>${fullName(r)}</Nm></Cdtr>`, fin('iban', i));
  },
  (r) => {
    const i = groupIban(iban(r, 'FR'));
    return pos('fin/fr-iban-grouped-mail', `Qonto API 422 beneficiary create: {"errors":[{"code":"invalid","detail":"bic/iban mismatch"}]} iban="${i}" bic="BNPAFRPPXXX"`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'ES');
    return pos('fin/es-iban-csv-import', `remesas.csv línea 41: mandato SEPA duplicado\nreferencia;titular;iban;importe\nRM-${r.digits(6)};${fullName(r)};${i};59,90`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'NL');
    return pos('fin/nl-iban-mollie-mandate', `mollie mandates.create 422 consumerAccount=${i} consumerName="${fullName(r)}" method=directdebit`, fin('iban', i));
  },
  (r) => {
    const i = groupIban(iban(r, 'BE'));
    return pos('fin/be-iban-form-urlencoded', `POST /refunds 400 body: reason=damaged&iban=${encodeURIComponent(i)}&holder=${encodeURIComponent(fullName(r))}`, fin('iban-urlencoded', encodeURIComponent(i)));
  },
  (r) => {
    const i = iban(r, r.pick(['PT', 'NO', 'DK', 'FI', 'AT', 'CH', 'IE', 'PL', 'LU', 'SE']));
    return pos('fin/eu-iban-wise-recipient', `wise: POST /v1/accounts 422 {"errors":[{"code":"NOT_VALID","message":"Please specify a valid account","path":"IBAN"}]} details={"legalType":"PRIVATE","IBAN":"${i}"}`, fin('iban', i));
  },
  (r) => {
    const i = iban(r, 'GB');
    return pos('fin/gb-iban-modulr', `modulr payee check: CoP result=NO_MATCH name="${fullName(r)}" iban=${i} sortCode=${i.slice(8, 14)}`, fin('iban', i));
  },
  (r) => {
    const rt = aba(r);
    const acct = r.digits(r.int(9, 12));
    return pos('fin/us-ach-routing-account-json', `dwolla: funding source create 400 {"code":"ValidationError","_embedded":{"errors":[{"code":"Invalid","message":"Routing number invalid.","path":"/routingNumber"}]}} body={"routingNumber":"${rt}","accountNumber":"${acct}","bankAccountType":"checking","name":"Payroll"}`, fin('routing-number', rt), fin('bank-account-number', acct));
  },
  (r) => {
    const rt = aba(r);
    const acct = r.digits(10);
    return pos('fin/us-nacha-line', `ACH file validation failed at line 3 (entry detail):\n622${rt}${acct}     0000125000${r.digits(8)}      ${fullName(r).toUpperCase().padEnd(22)}  0${r.digits(15)}`, fin('routing-number', rt), fin('bank-account-number', acct));
  },
  (r) => {
    const bic = r.pick(['HSBCHKHHHKH', 'DEUTDEFF500', 'BOFAUS3N', 'CHASUS33', 'BARCGB22']);
    const acct = r.digits(12);
    return pos('fin/swift-mt103-fields', `MT103 NAK: field :59: invalid\n:50K:/${r.digits(10)}\n${fullName(r).toUpperCase()}\n:57A:${bic}\n:59:/${acct}\n${fullName(r).toUpperCase()}\n:71A:SHA`, fin('bank-account-number', acct));
  },
  (r) => {
    const a = btcBech32(r);
    return pos('fin/btc-bech32-withdrawal', `withdrawal ${r.uuid()} stuck: fireblocks status=BLOCKED sub_status=INSUFFICIENT_FUNDS destination=${a} amount=0.0412 BTC`, fin('crypto-address', a));
  },
  (r) => {
    const a = btcTaproot(r);
    return pos('fin/btc-taproot-json', `{"error":"bad-txns-inputs-missingorspent","request":{"method":"sendtoaddress","params":["${a}",0.25]}}`, fin('crypto-address', a));
  },
  (r) => {
    const a = r.next() < 0.5 ? btcP2pkh(r) : btcP2sh(r);
    return pos('fin/btc-base58-payout', `payout job failed: address ${a} rejected by custody policy (travel rule: originator ${fullName(r)} unverified)`, fin('crypto-address', a));
  },
  (r) => {
    const a = ethAddr(r);
    return pos('fin/eth-address-ethers', `Error: insufficient funds for intrinsic transaction cost [ See: https://links.ethers.org/v5-errors-INSUFFICIENT_FUNDS ] (error={"code":-32000}, method="sendTransaction", transaction={"from":"${a}","to":"0x${r.hex(40)}","value":{"type":"BigNumber","hex":"0x${r.hex(12)}"}})`, fin('crypto-address', a));
  },
  (r) => {
    const a = tronAddr(r);
    return pos('fin/tron-usdt-deposit', `tron deposit watcher: unmatched TRC20 transfer to=${a} amount=1500.000000 USDT txid=${r.hex(64)}`, fin('crypto-address', a));
  },
  (r) => {
    const a = ltcBech32(r);
    return pos('fin/ltc-bech32-refund', `refund ${reqId(r)} failed: coinpayments error "Invalid address" currency=LTC address=${a}`, fin('crypto-address', a));
  },
];

import { cardOf, cvcFor, grouped, ibanFor, ibanGrouped, routing, sortCode, btcBech32, btcLegacy } from './blind-set-17-money';
import { ethAddress } from './blind-set-17-keccak';
import { fin, iso17, jstr, once17, pos, qp, type PosCase17 } from './blind-set-17-types';

const tk = (r: Parameters<PosCase17>[0]): number => r.int(20000, 990000);

/** Cards, CVCs, IBANs, bank accounts and wallets in queues, audits and human text. */
export const posFinancial: PosCase17[] = [
  (r) => once17(() => {
    const c = cardOf(r, 'visa');
    const g = grouped(c);
    const cvc = cvcFor(r, c);
    return pos('fin/chat-card-prose', `Visitor: ugh the checkout keeps failing. my card is ${g}, exp 0${r.int(1, 9)}/${r.int(27, 31)}, cvc ${cvc}. can you just charge it manually?`, fin('card', g), fin('cvc', cvc));
  }),
  (r) => {
    const c = cardOf(r, 'mastercard');
    return pos('fin/sqs-dlq-card', `{"Body":"${jstr(JSON.stringify({ type: 'payment.retry', orderId: `ORD-${r.num(8)}`, card: { number: c, expMonth: r.int(1, 12), expYear: 2029 } }))}","Attributes":{"ApproximateReceiveCount":"4"}}`, fin('card', c));
  },
  (r) => {
    const c = cardOf(r, 'amex');
    const g = grouped(c, '-');
    return pos('fin/zendesk-amex', `Ticket #${tk(r)}: "please refund to my amex ${g} not the visa, thank you"`, fin('card', g));
  },
  (r) => {
    const c = cardOf(r, 'discover');
    return pos('fin/pg-log-card', `${iso17(r).replace('T', ' ').slice(0, 19)} UTC [${r.int(1000, 99999)}] LOG:  statement: INSERT INTO legacy_payments (order_no, pan, status) VALUES (${r.num(7)}, '${c}', 'DECLINED')`, fin('card', c));
  },
  (r) => {
    const c = cardOf(r, 'jcb');
    const g = grouped(c);
    return pos('fin/csv-refunds', `refunds_export.csv\norder,customer,card_number,amount,currency\n${r.num(7)},Kenji Tanaka,${g},${r.int(10, 900)}.${r.digits(2)},JPY\n${r.num(7)},Yuki Tanaka,,0.00,JPY`, fin('card', g));
  },
  (r) => {
    const c = cardOf(r, 'unionpay');
    return pos('fin/kafka-unionpay', `ConsumerRecord(topic='payments.authorizations', partition=${r.int(0, 8)}, offset=${r.num(7)}, value=b'{"pan":"${c}","scheme":"UNIONPAY","amount":${r.int(100, 99999)},"currency":"CNY"}')`, fin('card', c));
  },
  (r) => once17(() => {
    const c = cardOf(r, 'diners');
    const g = grouped(c);
    const cvc = cvcFor(r, c);
    return pos('fin/email-diners', `Subject: Booking guarantee\n\nPlease guarantee the reservation with my Diners Club ${g}, security code ${cvc}. Regards, R. Duarte`, fin('card', g), fin('cvc', cvc));
  }),
  (r) => {
    const c = cardOf(r, 'maestro');
    return pos('fin/graphql-maestro', `variables: {"input":{"paymentMethod":{"type":"CARD","cardNumber":"${c}","holder":"Lukas Hoffmann"}}}`, fin('card', c));
  },
  (r) => {
    const c = cardOf(r, 'mir');
    const g = grouped(c);
    return pos('fin/chat-mir', `Клиент: не проходит оплата, карта ${g}, что делать?`, fin('card', g));
  },
  (r) => {
    const c = cardOf(r, 'visa');
    return pos('fin/qp-card', `Content-Transfer-Encoding: quoted-printable\n\n${qp(`Hi,\nplease use this card for the renewal:\n${c}\nexpiry 11/28 – thanks, Hannah`)}`, fin('card', c));
  },
  (r) => {
    const c = cardOf(r, 'mastercard');
    const g = grouped(c);
    return pos('fin/slack-card', `${r.pick(['Rafael', 'Aisha'])}: customer read it out on the phone: ${g}, can someone put the charge through the terminal?`, fin('card', g));
  },
  (r) => once17(() => {
    const c = cardOf(r, 'amex');
    const cvc = cvcFor(r, c);
    return pos('fin/webhook-body-amex', `retry 6/6 POST https://pay.brightlane-logistics.com/legacy/charge body: card_number=${c}&cid=${cvc}&amount=${r.int(10, 999)}.00 -> 500`, fin('card', c), fin('cvc', cvc));
  }),
  (r) => {
    const i = ibanFor(r, 'DE');
    const g = ibanGrouped(i);
    return pos('fin/ticket-iban-de', `Ticket #${tk(r)}: "Bitte erstatten Sie den Betrag auf mein Konto: IBAN ${g}, Kontoinhaber Lukas Hoffmann"`, fin('iban', g));
  },
  (r) => {
    const i = ibanFor(r, 'FR');
    return pos('fin/debezium-iban-fr', `{"op":"u","before":{"iban":null},"after":{"fournisseur_id":${r.num(5)},"iban":"${i}","bic":"BNPAFRPPXXX"},"source":{"table":"fournisseurs"}}`, fin('iban', i));
  },
  (r) => {
    const i = ibanFor(r, 'ES');
    const g = ibanGrouped(i);
    return pos('fin/email-iban-es', `Hola, os paso mi cuenta para el reembolso: ${g}. Gracias`, fin('iban', g));
  },
  (r) => {
    const i = ibanFor(r, 'NL');
    return pos('fin/csv-iban-nl', `crediteuren.csv\nnaam;iban;bedrag\nDe Vries BV;${i};${r.int(100, 9999)},${r.digits(2)}`, fin('iban', i));
  },
  (r) => {
    const i = ibanFor(r, 'GB');
    const g = ibanGrouped(i);
    return pos('fin/jira-iban-gb', `FIN-${r.int(100, 999)}: supplier changed bank details — new IBAN ${g} (confirmed by phone)`, fin('iban', g));
  },
  (r) => {
    const i = ibanFor(r, 'BE');
    return pos('fin/cloudtrail-iban-be', `{"eventName":"PutItem","requestParameters":{"tableName":"payees","item":{"iban":{"S":"${i}"},"name":{"S":"Peeters"}}}}`, fin('iban', i));
  },
  (r) => {
    const i = ibanFor(r, 'AT');
    return pos('fin/sepa-mandate-mq', `amqp body: {"mandate":{"reference":"MNDT-${r.num(6)}","debtorIban":"${i}","signedAt":"${iso17(r).slice(0, 10)}"}} rejected: x-death count=3`, fin('iban', i));
  },
  (r) => {
    const i = ibanFor(r, 'CH');
    const g = ibanGrouped(i);
    return pos('fin/chat-iban-ch', `Kunde: meine IBAN ist ${g}, bitte bis Freitag überweisen`, fin('iban', g));
  },
  (r) => {
    const i = ibanFor(r, r.pick(['IE', 'PT', 'NO']));
    return pos('fin/graphql-iban', `variables: {"payout":{"accountHolder":"Siobhan Byrne","iban":"${i}"}}`, fin('iban', i));
  },
  (r) => once17(() => {
    const rt = routing(r);
    const acct = r.num(r.int(9, 12));
    return pos('fin/ticket-ach', `Ticket #${tk(r)}: "for direct deposit: routing ${rt}, account ${acct} (checking). Please update before payroll!"`, fin('routing-number', rt), fin('account-number', acct));
  }),
  (r) => once17(() => {
    const rt = routing(r);
    const acct = r.num(10);
    return pos('fin/mongo-ach', `{"op":"insert","ns":"payroll.bank_accounts","command":{"insert":"bank_accounts","documents":[{"employee":"E${r.num(5)}","routingNumber":"${rt}","accountNumber":"${acct}","type":"checking"}]}}`, fin('routing-number', rt), fin('account-number', acct));
  }),
  (r) => once17(() => {
    const sc = sortCode(r);
    const acct = r.num(8);
    return pos('fin/slack-uk-bank', `${r.pick(['Connor', 'Siobhan'])}: contractor's bank details for the invoice: sort code ${sc}, acc no ${acct}, name H Whitfield`, fin('sort-code', sc), fin('account-number', acct));
  }),
  (r) => {
    const w = btcLegacy(r);
    return pos('fin/ticket-btc', `Ticket #${tk(r)}: "I sent the payment to the wrong address, please refund to my BTC wallet ${w}"`, fin('btc-base58', w));
  },
  (r) => {
    const w = btcBech32(r);
    return pos('fin/kafka-btc-bech32', `value={"withdrawal":{"id":"wd_${r.an(16)}","asset":"BTC","destination":"${w}","amount":"0.${r.digits(6)}"}} headers=[x-retry:3]`, fin('btc-bech32', w));
  },
  (r) => {
    const w = ethAddress(r);
    return pos('fin/chat-eth', `user: pls send the USDC refund to ${w} (ERC-20, not Tron)`, fin('eth-address', w));
  },
  (r) => {
    const w = ethAddress(r);
    return pos('fin/audit-eth', `{"eventType":"payout.destination.changed","actor":"${r.pick(['tomasz', 'elif'])}@kestrel-analytics.io","newValue":"${w}","time":"${iso17(r)}"}`, fin('eth-address', w));
  },
];

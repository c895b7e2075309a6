import type { Positive4 } from './blind-set-4-types';

/** Payment and bank data in gateway logs, forms, SQL, XML and chat transcripts. */
export const FINANCIAL: Record<string, Positive4> = {
  gatewayRequestJson: (g) => {
    const card = g.card('visa');
    const cvc = String(g.r.int(100, 999));
    const text = `{"level":"error","msg":"gateway declined","request":{"amount":4999,"currency":"eur","card":{"number":"${card}","exp_month":9,"exp_year":2029,"cvc":"${cvc}"}}}`;
    return { text, values: [card, cvc] };
  },
  formBodyMastercard: (g) => {
    const card = g.card('mc');
    const text = `POST /v1/payment_methods HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ntype=card&card[number]=${card}&card[exp_month]=04&card[exp_year]=2028&billing_details[name]=Noah+Schneider`;
    return { text, values: [card] };
  },
  sqlPayoutIban: (g) => {
    const iban = g.iban('DE');
    const text = `2026-12-03 07:40:12 UTC [901] LOG:  duration: 3.112 ms  execute S_4: INSERT INTO payouts (merchant_id, iban, amount_cents, currency) VALUES (7712, '${iban}', 125000, 'EUR')`;
    return { text, values: [iban] };
  },
  sepaXml: (g) => {
    const debtor = g.iban('NL');
    const creditor = g.iban('FR');
    const text = `<PmtInf>\n  <DbtrAcct><Id><IBAN>${debtor}</IBAN></Id></DbtrAcct>\n  <CdtTrfTxInf>\n    <Amt><InstdAmt Ccy="EUR">1520.00</InstdAmt></Amt>\n    <CdtrAcct><Id><IBAN>${creditor}</IBAN></Id></CdtrAcct>\n  </CdtTrfTxInf>\n</PmtInf>`;
    return { text, values: [debtor, creditor] };
  },
  invoiceMailPrinted: (g) => {
    const iban = g.ibanPrinted(g.iban('GB'));
    const text = `mailer: rendered template invoice_reminder to=ap@fabrikam.io body="Please transfer the amount to IBAN: ${iban} (BIC NWBKGB2L), reference INV-2026-0412."`;
    return { text, values: [iban] };
  },
  chatAmexGrouped: (g) => {
    const card = g.grouped(g.card('amex'));
    const text = `[support-chat 2026-12-03 07:12] customer: my card is ${card} exp 08/28, why was it charged twice?`;
    return { text, values: [card] };
  },
  javaExceptionDashed: (g) => {
    const card = g.grouped(g.card('mc'), '-');
    const text = `java.lang.IllegalArgumentException: expiry in the past for card ${card}\n\tat com.northwind.pay.CardValidator.validate(CardValidator.java:58)`;
    return { text, values: [card] };
  },
  achJson: (g) => {
    const routing = g.routing();
    const account = g.r.num(g.r.int(10, 12));
    const text = `{"event":"bank_account.verified","ach":{"routing_number":"${routing}","account_number":"${account}","account_type":"checking","holder":"Maria Okafor"}}`;
    return { text, values: [routing, account] };
  },
  pythonReprDiscover: (g) => {
    const card = g.card('discover');
    const text = `WARNING:billing.retry:retrying PaymentMethod(id=8812, number='${card}', holder='Kofi Mensah', exp='11/27') after timeout`;
    return { text, values: [card] };
  },
  yamlPayoutSpain: (g) => {
    const iban = g.iban('ES');
    const text = `payout:\n  method: sepa\n  iban: ${iban}\n  bic: CAIXESBBXXX\n  schedule: weekly`;
    return { text, values: [iban] };
  },
  csvItalianIban: (g) => {
    const iban = g.iban('IT');
    const text = `import: line 17 rejected: "Elena Moreau";"${iban}";"2026-12-01";"-340,00"`;
    return { text, values: [iban] };
  },
  queryStringPan: (g) => {
    const card = g.card('visa');
    const text = `10.8.0.4 - - [03/Dec/2026:06:58:10 +0000] "GET /checkout/confirm?pan=${card}&exp=1228&amount=19.90 HTTP/1.1" 302 0`;
    return { text, values: [card] };
  },
  spacedCardRun: (g) => {
    const a = g.grouped(g.card('visa'));
    const b = g.grouped(g.card('mc'));
    const text = `ocr: extracted text from upload 7781.png: "${a} ${b}" (2 candidates)`;
    return { text, values: [a, b] };
  },
  belgianIbanGrouped: (g) => {
    const iban = g.ibanPrinted(g.iban('BE'));
    const text = `Rechnung 2026-1187: Bankverbindung ${iban}, Verwendungszweck Kundennr. 40218`;
    return { text, values: [iban] };
  },
};

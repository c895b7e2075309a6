import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const GIVEN = ['Radosław', 'Şükrü', 'Ngozi', 'Wilhelmina', 'Tiago', 'Małgorzata', 'Esperanza', 'Kwabena', 'Ingrid', 'Dariusz'];
const FAMILY = ['Wiśniewska', 'Yıldırım', 'Okonkwo', 'Vasconcelos', 'Lindqvist', 'Brzęczek', 'Castellano', 'Mensah', 'Haugland', 'Dąbrowski'];
const pick = <T>(a: readonly T[]): T => a[randomInt(a.length)]!;
const person = (): string => `${pick(GIVEN)} ${pick(FAMILY)}`;
const ascii = (): string => `${pick(['Ingrid', 'Tiago', 'Ngozi', 'Kwabena', 'Esperanza'])} ${pick(['Lindqvist', 'Okonkwo', 'Mensah', 'Castellano', 'Haugland'])}`;
const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');
const email = (): string => `u${digits(5)}@mailbox.org`;
const iban = (): string => `DE${digits(20)}`;
const form = (v: string): string => encodeURIComponent(v).replace(/%20/g, '+');

/** True when the leak findings of `text` cover all of `value`. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).some((f) => isLeak(f) && f.start <= at && f.end >= at + value.length);
}
/** True when some leak finding overlaps `value` in `text`. */
function touched(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).some((f) => isLeak(f) && f.start < at + value.length && f.end > at);
}
const expectCovered = (cases: [string, string][]): void => {
  for (const [t, v] of cases) expect({ t, ok: covered(t, v) }).toEqual({ t, ok: true });
};
const expectClean = (cases: [string, string][]): void => {
  for (const [t, v] of cases) expect({ t, touched: touched(t, v) }).toEqual({ t, touched: false });
};

describe('round f26a: a name under a key naming the person’s role, beside another identifier', () => {
  it('finds it in JSON, Python, XML, key=value and pipe-separated contexts, in many naming styles and languages', () => {
    for (let i = 0; i < 6; i++) {
      const n = person();
      expectCovered([
        [`{"method":"directdebit","consumerName":"${n}","consumerAccount":"${iban()}"}`, n],
        [`pending shipment ${digits(7)} recipient={'contact': {'personName': '${n}', 'phoneNumber': '+44 7700 9${digits(5)}'}}`, n],
        [`orden={"cuentaBeneficiario":"0${digits(17)}","nombreBeneficiario":"${n}","conceptoPago":"Reembolso ${digits(6)}"}`, n],
        [`<Shipment><ConsigneeName>${n}</ConsigneeName><ConsigneeEmail>${email()}</ConsigneeEmail></Shipment>`, n],
        [`[warning] payout.held_for_kyc seller=${n} email=${email()} doc_type=PASSPORT`, n],
        [`options={ folder: 'kyc', context: 'holder=${n}|passport_no=X${digits(8)}' }`, n],
        [`{"bank_details":{"account_name":"${n}","account_number":"${digits(9)}","bsb":"062-000"}}`, n],
        [`{"favorecido":{"nome":"${n}","banco":"341","conta":"${digits(7)}-${digits(1)}","cpf":"${digits(11)}"}}`, n],
        [`[{"holder":"${n}","pan":"6${digits(15)}","exp":"09/29"}]`, n],
        [`payload: {"BusinessPartnerFullName":"${n}","to_EmailAddress":[{"EmailAddress":"${email()}"}]}`, n],
      ]);
    }
    // Near misses: no person, a placeholder, no street.
    expectClean([
      [`{"consumerName":"John Doe","consumerAccount":"${iban()}"}`, 'John Doe'],
      [`{"sellerName":"Acme Trading GmbH","sellerEmail":"${email()}"}`, 'Acme Trading'],
      [`{"recipientName":"Support Team","email":"${email()}"}`, 'Support Team'],
      [`{"consumerName":"${ascii()}","status":"queued","attempt":2}`, '"consumerName":"'],
      [`{"productName":"Wireless Mouse","buyerEmail":"${email()}"}`, 'Wireless Mouse'],
    ]);
  });
});

describe('round f26a: names in message greetings, mailboxes and template parameters', () => {
  it('finds a full name after a greeting in many languages', () => {
    for (let i = 0; i < 4; i++) {
      const n = person();
      expectCovered([
        [`{"to":["+4670${digits(7)}"],"body":"Hallo ${n}, Ihre Bestellung #${digits(7)} ist unterwegs."}`, n],
        [`"notification":{"title":"Pedido enviado","body":"Olá ${n}, seu pedido ${digits(7)} saiu para entrega."}`, n],
        [`alert: { title: 'Order update', body: 'Hi ${n}, your parcel is out for delivery' }`, n],
        [`sms.send text="Hola ${n}, tu pedido ${digits(6)} ha sido enviado"`, n],
        [`{"message":"Bonjour ${n}, votre colis arrive demain"}`, n],
        [`{"text":"Merhaba ${n}, siparişiniz yola çıktı"}`, n],
      ]);
    }
  });
  it('finds the display name of a mailbox and the first template placeholder', () => {
    for (let i = 0; i < 4; i++) {
      const n = person();
      expectCovered([
        [`<<< 235 2.7.0 Authentication successful\nTo: "${n}" <${email()}>\nSubject: Your order has shipped`, n],
        [`Cc: ${n} <${email()}>`, n],
        [`{"messages":[{"from":"4478600${digits(5)}","to":"2771${digits(7)}","content":{"templateName":"order_shipped","templateData":{"body":{"placeholders":["${n}","ORD-${digits(6)}"]}}}}]}`, n],
      ]);
    }
    // Near misses: no person, a placeholder, no street.
    expectClean([
      [`{"body":"Hello World, this is a test"}`, 'World'],
      [`{"body":"Hi Team Lead, the deploy finished"}`, 'Team Lead'],
      [`{"body":"Hallo Max Mustermann, Ihre Bestellung ist da"}`, 'Max Mustermann'],
      [`From: "Shop Support Team" <noreply@shop.example>`, 'Shop Support Team'],
    ]);
  });
});

/** A NACHA entry-detail record: 94 characters, the individual's name at positions 55-76. */
function nachaEntry(name: string): string {
  return `622${digits(9)}${digits(12).padEnd(17, ' ')}${digits(10)}${`ID${digits(13)}`}${name.padEnd(22, ' ')}  0${digits(15)}`;
}

describe('round f26a: names in payment files (NACHA, ISO 20022) and logged SQL', () => {
  it('finds the individual name of a NACHA entry and an ISO 20022 party', () => {
    for (let i = 0; i < 4; i++) {
      const upper = ascii().toUpperCase();
      const n = person();
      expectCovered([
        [`ODFI rejected file SHOP${digits(6)}.ach (R03), offending entries:\n${nachaEntry(upper)}\n${nachaEntry('ACME PAYROLL INC')}`, upper],
        [`<DrctDbtTxInf><Dbtr><Nm>${n}</Nm><PstlAdr><Ctry>ES</Ctry></PstlAdr></Dbtr><DbtrAcct><Id><IBAN>${iban()}</IBAN></Id></DbtrAcct>`, n],
        [`<CdtTrfTxInf><Cdtr>\n  <Nm>${n}</Nm>\n</Cdtr>`, n],
      ]);
    }
    expectClean([[`entries:\n${nachaEntry('ACME PAYROLL INC')}`, 'ACME PAYROLL INC'], [`<Dbtr><Nm>Acme Holdings GmbH</Nm></Dbtr>`, 'Acme Holdings']]);
  });
  it('finds a name bound to a name column of a Postgres or T-SQL statement', () => {
    for (let i = 0; i < 4; i++) {
      const n = person();
      expectCovered([
        [`UTC [39694] checkout@shop STATEMENT:  INSERT INTO customers (name, email, phone) VALUES ($1, $2, $3)\nUTC [39694] checkout@shop DETAIL:  parameters: $1 = '${n}', $2 = '${email()}', $3 = '+55419${digits(8)}'`, n],
        [`exec sp_executesql N'INSERT INTO dbo.Payouts (HolderName, Iban, Email) VALUES (@p0, @p1, @p2)',N'@p0 nvarchar(100),@p1 nvarchar(34),@p2 nvarchar(256)',@p0=N'${n}',@p1=N'${iban()}',@p2=N'${email()}'`, n],
      ]);
    }
    expectClean([[`exec sp_executesql N'INSERT INTO dbo.Items (ProductName, Sku) VALUES (@p0, @p1)',N'@p0 nvarchar(100),@p1 nvarchar(20)',@p0=N'Wireless Mouse',@p1=N'SKU-1'`, 'Wireless Mouse']]);
  });
  it('finds names, streets and phones of an SAP IDoc customer master segment, and names after an order reference', () => {
    for (let i = 0; i < 4; i++) {
      const n = person();
      const street = `${pick(['Kerkstraat', 'Lindenallee', 'Storgatan'])} ${randomInt(1, 300)}A`;
      const phone = `06${digits(2)} ${digits(3)} ${digits(3)}`;
      const seg = `IDoc ${digits(16)} status 51 DEBMAS07\nE1KNA1M   K${digits(9)}${n.padEnd(35, ' ')}${street.padEnd(35, ' ')}1016 GV Amsterdam                  ${phone}    \nE1KNBKM   NL`;
      expectCovered([
        [seg, n],
        [seg, street],
        [seg, phone],
        [`WARNING geo.nominatim Nominatim 403 for delivery of SO${digits(7)} (${n}): GET https://geo.example/search?format=json`, n],
        [`refund failed for order #${digits(6)} (${n})`, n],
      ]);
    }
    expectClean([[`refund failed for order #${digits(6)} (Express Delivery)`, 'Express Delivery']]);
  });
});

describe('round f26a: form-encoded names', () => {
  it('decodes names in form bodies and query strings beside another identifier', () => {
    for (let i = 0; i < 4; i++) {
      const n = person();
      const han = form(pick(['陈芳', '王静明', '刘伟明']));
      expectCovered([
        [`{"params":"email=shop%40example.org&paymentMode=default&senderName=${form(n)}&senderCPF=${digits(11)}&senderPhone=9${digits(8)}"}`, form(n)],
        [`request: service=alipay.acquire.customs&amount=12.00&buyer_name=${han}&buyer_id_no=44030519${digits(10)}`, han],
        [`POST /checkout customer%5Bname%5D=${form(n)}&customer%5Bemail%5D=${encodeURIComponent(email())}`, form(n)],
      ]);
    }
    expectClean([[`product_name=Wireless+Mouse&buyer_email=${encodeURIComponent(email())}`, 'Wireless+Mouse']]);
  });
});

describe('round f26a: street lines under more address keys and in local layouts', () => {
  it('finds Indonesian, Turkish, Brazilian, Spanish, Swedish, German and Kenyan street lines under their keys', () => {
    for (let i = 0; i < 4; i++) {
      const no = randomInt(1, 300);
      const jl = `Jl. ${pick(['Kemang Raya', 'Sudirman', 'Gatot Subroto'])} No. ${no}, RT 00${randomInt(1, 10)}/RW 00${randomInt(1, 10)}`;
      const tr = `${pick(['Bağdat', 'Moda', 'Atatürk'])} Caddesi No:${no} D:${randomInt(1, 40)} Kadıköy`;
      const br = `Rua ${pick(['das Flores', 'Voluntários da Pátria', 'Augusta'])}, ${no}, apto ${randomInt(10, 300)}`;
      const es = `Calle ${pick(['Mayor', 'Gran Vía', 'Serrano'])}, ${no}, ${randomInt(1, 9)}º Izq.`;
      const se = `${pick(['Storgatan', 'Kungsgatan', 'Drottninggatan'])} ${no}, lgh ${1000 + no}`;
      const de = `Am ${pick(['Lustgarten', 'Kirchberg', 'Markt'])} ${no}a`;
      const ke = `${pick(['Moi', 'Kenyatta', 'Ngong'])} Avenue, House ${no}`;
      expectCovered([
        [`"customer_details":{"email":"${email()}","billing_address":{"address":"${jl}","city":"Jakarta"}}`, jl],
        [`"buyer":{"email":"${email()}","registrationAddress":"${tr}","city":"Istanbul"}`, tr],
        [`"destinatario":{"endereco":{"logradouro":"${br}","cep":"0${digits(7)}"}}`, br],
        [`<Dbtr><PstlAdr><Ctry>ES</Ctry><AdrLine>${es}</AdrLine></PstlAdr></Dbtr>`, es],
        [`{"class":"FraudReviewJob","args":[{"email":"${email()}","billing":"${se}","card_last4":"1087"}]}`, se],
        [`UPDATE \`quote_address\` SET \`email\` = '${email()}', \`street\` = '${de}', \`telephone\` = '0157 ${digits(8)}'`, de],
        [`Seller onboarding rejected: name=${ascii()} dob=06/09/1979 address=${ke}","endOfBatch":false`, ke],
        [`To: "${person()}" <${email()}>\nX-Shop-Ship-To: ${ke}\nX-Trace: ${digits(8)}`, ke],
      ]);
    }
  });
  it('finds Japanese addresses with their building, and addresses sent to a geocoder', () => {
    for (let i = 0; i < 4; i++) {
      const jp = `${pick(['東京都渋谷区神宮前', '大阪府大阪市北区梅田', '神奈川県横浜市中区山下町'])}${randomInt(1, 9)}-${randomInt(1, 30)}-${randomInt(1, 20)} ${pick(['グリーンハイツ', 'パークコート', 'メゾン桜'])}${randomInt(100, 999)}`;
      const q = form(`${pick(['Kerkstraat', 'Prinsengracht', 'Lindenallee'])} ${randomInt(1, 300)}, 1016 GV Amsterdam`);
      const g = form(`Rua das Flores, ${randomInt(1, 300)}, apto ${randomInt(10, 99)}, São Paulo`);
      expectCovered([
        [`shipping: {"address"=>{"country"=>"JP", "detail1"=>"${jp}", "recipient"=>{"firstName"=>"Yui"}}}`, jp],
        [`"OrdererModel":{"prefecture":"東京都","subAddress":"${jp}","phoneNumber1":"080-${digits(4)}-${digits(4)}"}`, jp],
        [`Nominatim 403: GET https://geo.shop.example/nominatim/search?q=${q}&format=jsonv2&limit=1`, q],
        [`geocode failed url=https://maps.googleapis.com/maps/api/geocode/json?address=${g}&region=br`, g],
      ]);
    }
    // Near misses: no person, a placeholder, no street.
    expectClean([
      [`{"shipping":"Express 2 days","billing":"Net 30 days"}`, 'Express'],
      [`{"address":"10.0.12.7","port":8080}`, '10.0.12.7'],
      [`GET https://geo.example/nominatim/search?q=coffee+near+me&format=json`, 'coffee+near+me'],
      [`{"billing":"Standard 48","shipping":"Priority 1"}`, 'Standard 48'],
    ]);
  });
});

describe('round f26a: phones of mobile-money parties and bare international mobiles', () => {
  it('finds M-Pesa party phones and bare mobiles of more countries under a recipient key', () => {
    for (let i = 0; i < 4; i++) {
      const ke = `2547${digits(8)}`;
      const id = `628${digits(10)}`;
      const ng = `2348${randomInt(0, 2)}${digits(8)}`;
      expectCovered([
        [`"CommandID":"BusinessPayment","Amount":${randomInt(100, 50000)},"PartyA":600981,"PartyB":"${ke}","Remarks":"Refund"`, ke],
        [`{"BusinessShortCode":174379,"PartyA":"${ke}","PartyB":174379,"PhoneNumber":"${ke}"}`, ke],
        [`"messages":[{"from":"4478600${digits(5)}","to":"${id}","content":{"text":"order shipped"}}]`, id],
        [`"messages":[{"from":"4478600${digits(5)}","to":"${ng}","content":{"text":"order shipped"}}]`, ng],
      ]);
    }
    expectClean([[`"CommandID":"BusinessPayment","PartyA":600981,"PartyB":"600000"`, '600981']]);
  });
});

describe('round f26a: CSV name columns named for more roles', () => {
  it('finds names under seller_name, buyer_name, consignee_name columns', () => {
    for (let i = 0; i < 4; i++) {
      const a = person();
      const b = person();
      const col = pick(['seller_name', 'buyer_name', 'consignee_name', 'sender_name']);
      expectCovered([
        [`--- attached: payouts_${digits(8)}.csv ---\npayout_id,${col},email,iban,amount\nPO-${digits(8)},"${a}",${email()},${iban()},12.50\nPO-${digits(8)},"${b}",${email()},${iban()},9.99`, a],
      ]);
    }
  });
});

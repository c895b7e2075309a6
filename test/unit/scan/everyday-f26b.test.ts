import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const pick = <T>(a: readonly T[]): T => a[randomInt(a.length)]!;
const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');
const pad = (n: number): string => String(n).padStart(2, '0');
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const from = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const hex = (n: number): string => from('0123456789abcdef', n);
/** Random letters of both cases with digits mixed in often enough to read as generated. */
const b62 = (n: number): string => {
  for (;;) {
    const v = from(B62, n);
    if (/[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v) && !/(.)\1{2}/.test(v)) return v;
  }
};
/** Digits that neither repeat one digit nor count (an account number's). */
const account = (n: number): string => `${randomInt(1, 10)}${digits(n - 3)}${randomInt(10, 100)}`;

/** An Indonesian NIK: province, regency and district, birth date (women: day + 40), serial. */
function nik(): string {
  const day = randomInt(1, 29) + (randomInt(2) === 1 ? 40 : 0);
  return `${pick(['31', '32', '33', '35', '36', '51', '73'])}${digits(4)}${pad(day)}${pad(randomInt(1, 13))}${pad(randomInt(60, 100))}${randomInt(1, 10)}${digits(3)}`;
}

/** A Mexican CURP with its check digit. */
function curp(): string {
  const chars = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  const cons = 'BCDFGHJKLMNPQRSTVWXZ';
  const body = `${pick(['GAMA', 'LOPF', 'HERJ', 'RAVD'])}${pad(randomInt(60, 100))}${pad(randomInt(1, 13))}${pad(randomInt(1, 29))}${pick(['H', 'M'])}${pick(['DF', 'JC', 'NL', 'MC'])}${from(cons, 3)}0`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(body[i]!) * (18 - i);
  return body + String((10 - (sum % 10)) % 10);
}

/** A Turkish TC Kimlik number with its two check digits. */
function tckn(): string {
  const d = [randomInt(1, 10), ...Array.from({ length: 8 }, () => randomInt(10))];
  const d10 = ((((d[0]! + d[2]! + d[4]! + d[6]! + d[8]!) * 7 - (d[1]! + d[3]! + d[5]! + d[7]!)) % 10) + 10) % 10;
  const d11 = [...d, d10].reduce((a, b) => a + b, 0) % 10;
  return [...d, d10, d11].join('');
}

/** A Kenyan national id: 8 digits, no check digit. */
const keId = (): string => `${randomInt(2, 4)}${digits(7)}`;

/** A Paytm merchant key: 16 characters, symbols among them. */
const paytmKey = (): string => {
  for (;;) {
    const v = from(`${B62}#%&@!_`, 16);
    if (/[A-Za-z]/.test(v) && /\d|[#%&@!_]/.test(v) && !/(.)\1{3}/.test(v) && !/&[A-Za-z_]+=/.test(v)) return v;
  }
};

const upi = (): string => `${pick(['priya.sharma', 'rohan', 'anjali.k', `9${digits(9)}`, 'vikram_iyer'])}${randomInt(2) ? digits(2) : ''}@${pick(['okaxis', 'okhdfcbank', 'oksbi', 'ybl', 'ibl', 'paytm', 'upi', 'axl', 'apl'])}`;

/** True when the leak findings of `text` cover all of `value`. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).some((f) => isLeak(f) && f.start <= at && f.end >= at + value.length);
}
const expectCovered = (cases: [string, string][]): void => {
  for (const [t, v] of cases) expect({ t, ok: covered(t, v) }).toEqual({ t, ok: true });
};
const expectNoLeak = (texts: string[]): void => {
  for (const t of texts) expect({ t, leaks: scanner.scan(t).filter(isLeak).map((f) => `${f.detector}:${t.slice(f.start, f.end)}`) }).toEqual({ t, leaks: [] });
};

describe('round f26b: UPI ids and Alipay buyer ids', () => {
  it('finds a VPA under any key and in any form', () => {
    for (let i = 0; i < 5; i++) {
      const v = upi();
      expectCovered([
        [`{"account_type":"vpa","vpa":{"address":"${v}"}}`, v],
        [`params: {MOBILE_NO=9${digits(9)}, PAYMENTMODE=UPI, PAYER_VPA=${v}, TXNAMOUNT=${randomInt(100, 9999)}.00}`, v],
        [`<Payee><Vpa>${v}</Vpa><Amount>120.00</Amount></Payee>`, v],
        [`collect request sent to ${v} for order ORD-${digits(6)}`, v],
        [`upi://pay?pa=${v}&pn=Shop&am=120.00`, v],
      ]);
    }
  });
  it('finds an Alipay buyer id (2088…) under a buyer key', () => {
    for (let i = 0; i < 5; i++) {
      const id = `2088${digits(12)}`;
      expectCovered([
        [`response={"trade_no":"2026${digits(24)}","buyer_user_id":"${id}","trade_status":"WAIT_BUYER_PAY"}`, id],
        [`service=alipay.acquire.customs&buyer_user_id=${id}&sign_type=MD5`, id],
        [`<alipay><response><trade><buyer_id>${id}</buyer_id></trade></response></alipay>`, id],
      ]);
    }
  });
  it('finds a VPA in a payout list and leaves mailboxes at the PSPs\' domains, bare handles and merchant (partner) ids', () => {
    const v = upi();
    expectCovered([[`[{"country":"MX","method":"spei"},{"country":"IN","method":"upi","vpa":"${v}"}]`, v]]);
    expectNoLeak([
      'contact support@paytm.com for refunds',
      'escalated to the partner desk for @ybl handles (PhonePe)',
      `service=alipay.trade.query&partner=2088${digits(12)}&_input_charset=UTF-8`,
      'supported PSP handles: @okaxis @oksbi @ybl @paytm',
    ]);
  });
});

describe('round f26b: national ids whose kind a sibling field or column names', () => {
  it('finds NIK, TC Kimlik, CURP and Kenyan ids beside a type field (logfmt, JSON, Serilog)', () => {
    for (let i = 0; i < 4; i++) {
      const n = nik();
      const t = tckn();
      const k = keId();
      expectCovered([
        [`payout.held_for_kyc seller=x doc_type=NIK doc_number=${n} reason=name_mismatch`, n],
        [`{"Country": "ID", "DocumentType": "NIK", "DocumentNumber": "${n}", "GivenNames": "Agus"}`, n],
        [`{"kyc_documents":[{"type":"IDENTITY_CARD","sub_type":"NATIONAL_ID","country":"ID","document_number":"${n}"}]}`, n],
        [`payout.held_for_kyc doc_type=TC_KIMLIK doc_number=${t} reason=name_mismatch`, t],
        [`{"country":"KE","applicant":{"id_type":"NATIONAL_ID","id_number":"${k}"}}`, k],
      ]);
    }
  });
  it('finds them in a CSV export whose header has a doc_type column', () => {
    for (let i = 0; i < 4; i++) {
      const k = keId();
      const c = curp();
      const text = `country;name;doc_type;doc_number;status\nKE;"A B";NATIONAL_ID;${k};rejected\nMX;"C D";CURP;${c};manual\nIN;"E F";PAN;ABCPK${digits(4)}Z;pending`;
      expectCovered([[text, k], [text, c]]);
    }
  });
  it('finds Kenyan and Nigerian ids in a record of that country', () => {
    for (let i = 0; i < 4; i++) {
      const k = keId();
      const ng = `${randomInt(1, 10)}${digits(10)}`;
      expectCovered([
        [`Seller onboarding rejected for KE: NATIONAL_ID=${k} name=Otieno dob=06/09/1979`, k],
        [`Seller onboarding rejected for NG: NIN=${ng} name=Aisha dob=28/12/1973`, ng],
        [`{"CommandID":"BusinessPayment","PartyB":"2547${digits(8)}","Remarks":"Refund ${digits(7)}","Occassion":"ID ${k} Njeri Mutua"}`, k],
      ]);
    }
  });
  it('finds a CURP under a compound key', () => {
    for (let i = 0; i < 4; i++) {
      const c = curp();
      expectCovered([
        [`orden={"nombreBeneficiario":"Fernanda","rfcCurpBeneficiario":"${c}","monto":"3914.00"}`, c],
        [`curp_titular=${c}&monto=100`, c],
      ]);
    }
  });
  it('finds an SA id beside its type and leaves numbers whose type is not an id, counts without a Kenyan context and a CURP with a wrong check digit', () => {
    // A South African id: birth date, serial, citizenship 0, `8`, a Luhn check digit.
    const body = `${pad(randomInt(60, 100))}${pad(randomInt(1, 13))}${pad(randomInt(1, 29))}${digits(4)}08`;
    let luhn = 0;
    for (let i = 0; i < 12; i++) {
      let d = Number(body[11 - i]) * (i % 2 === 0 ? 2 : 1);
      if (d > 9) d -= 9;
      luhn += d;
    }
    const said = `${body}${(10 - (luhn % 10)) % 10}`;
    expectCovered([[`payout.held_for_kyc doc_type=SA_ID doc_number=${said} reason=name_mismatch`, said]]);
    const c = curp();
    const bad = c.slice(0, 17) + String((Number(c[17]) + 1) % 10);
    expectNoLeak([
      `doc_type=INVOICE doc_number=${digits(11)} status=paid`,
      `{"Country": "DE", "DocumentType": "ORDER", "DocumentNumber": "${digits(16)}"}`,
      // Fixed values: about 1 in 11 random 8-digit numbers passes a national check digit that personal-id-under-key
      // accepts under NATIONAL_ID, which made this case fail one run in eleven.
      ...['31234568', '27750413', '22918374'].map((id) => `Seller onboarding rejected for DE: NATIONAL_ID=${id} reason=format`),
      `{"rfcCurpBeneficiario":"${bad}"}`,
    ]);
  });
});

describe('round f26b: provider secrets under their own names', () => {
  it('finds Paytm merchant keys, PayU salts, Flutterwave secret hashes', () => {
    for (let i = 0; i < 5; i++) {
      const pk = paytmKey();
      const salt = b62(32);
      const hash = b62(18);
      expectCovered([
        [`checksum mismatch for orderId=${digits(7)} mid=ShopGl${digits(14)} merchantKey=${pk}\nparams: {}`, pk],
        [`os.environ = environ({'PAYTM_MERCHANT_KEY': '${pk}', 'PATH': '/usr/bin'})`, pk],
        [`settings: PAYU_MERCHANT_KEY='DOk51l' PAYU_MERCHANT_SALT='${salt}'`, salt],
        [`payu.salt=${salt}`, salt],
        [`{"env":{"FLW_SECRET_HASH":"${hash}"}}`, hash],
        [`webhook headers: verif-hash: ${hash}`, hash],
      ]);
    }
  });
  it('finds secrets in env-var tables, crypt arrays, OAuth 1 token ids and an API key sent as the Basic user', () => {
    for (let i = 0; i < 5; i++) {
      const k = `sandbox-${b62(32)}`;
      const crypt = hex(32);
      const tokenId = hex(64);
      const user = b62(20);
      expectCovered([
        [` Name   Default value / Real value\n  IYZICO_SECRET_KEY              n/a  "${k}"\n  APP_ENV   n/a  "prod"`, k],
        [`app/etc/env.php loaded: 'db' => [], 'crypt' => ['key' => '${crypt}'] [] []`, crypt],
        [`{"crypt":{"key":"${crypt}"}}`, crypt],
        [`config: { consumerKey: '${hex(64)}', tokenId: '${tokenId}', tokenSecret: '${hex(64)}' }`, tokenId],
        [`auth: { username: '${user}', password: 'X' }`, user],
      ]);
    }
  });
  it('finds 16-character secrets: upper-case hex licence keys and random letters', () => {
    for (let i = 0; i < 5; i++) {
      let h = hex(16).toUpperCase();
      while (!/[A-F]/.test(h) || !/\d/.test(h)) h = hex(16).toUpperCase();
      let letters = from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16);
      while (!((letters.match(/[A-Z](?=[A-Z])/g) ?? []).length >= 3 && (letters.match(/[a-z](?=[A-Z])/g) ?? []).length >= 3 && /^(?=(?:[^A-Z]*[A-Z]){6,10}[^A-Z]*$)/.test(letters) && new Set(letters).size >= 10)) letters = from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16);
      expectCovered([
        [`AvaTax:LicenseKey=${h}`, h],
        [`Avalara:\n  LicenseKey=${h} (AzureKeyVaultConfigurationProvider)`, h],
        [`~ "VONAGE_API_SECRET"  = "${letters}"`, letters],
        [`mpesa:map[consumer_secret:${letters} shortcode:668234]`, letters],
      ]);
    }
  });
  it('finds an Adyen key whose third part has parentheses, and SFCC session cookies', () => {
    const adyen = `AQE${b62(80)}==-${b62(43)}=-*c(${b62(8)})Mlz`;
    const dwsid = `${b62(40)}-${b62(45)}`;
    expectCovered([
      [`headers={X-API-Key=${adyen}, Idempotency-Key=21536af3}`, adyen],
      [`SLAS token exchange failed 401: dwsid=${dwsid} token=abc`, dwsid],
      [`Cookie: dwsid=${dwsid}; dwanonymous_1=abc`, dwsid],
    ]);
  });
  it('leaves the published Daraja sandbox passkey, words run together and short hex ids', () => {
    expectNoLeak([
      "using Safaricom's published sandbox credentials: BusinessShortCode=174379 Passkey=bfb279f9aa9bdbcf158e97dd71a467cd2e0c893059b10f78e6b72ada1ed2c919 env=sandbox",
      'api_secret: "GetOrderDetailsNow"',
      `merchantKey=${'a'.repeat(16)}`,
      `doc tokenId: '${hex(64)}' (no secret beside)`,
    ]);
  });
});

describe('round f26b: bank accounts in ERP forms; bank codes alone; provider test cards', () => {
  it('finds accounts in bank-details fields, payroll XML and SAP IDoc bank segments', () => {
    for (let i = 0; i < 5; i++) {
      const a = account(8);
      const b = account(10);
      expectCovered([
        [`contact={'Name': 'x', 'BankAccountDetails': '${pad(randomInt(10, 99))}-${pad(randomInt(10, 99))}-${pad(randomInt(10, 99))} ${a}', 'IsSupplier': True}`, a],
        [`<EMPLOYEE><ACHBANKROUTINGNUMBER>${digits(6)}</ACHBANKROUTINGNUMBER><ACHACCOUNTNUMBER>${a}</ACHACCOUNTNUMBER></EMPLOYEE>`, a],
        [`<Payee><BankName>Barclays</BankName><AccountNumber>${a}</AccountNumber></Payee>`, a],
        [`E1KNBKM   ES  BBVAES2XXXX    ${b}        ES94${digits(20)}          `, b],
        [`E1LFBKM   DE  10070000    ${b}`, b],
      ]);
    }
  });
  it('does not count bank directory codes alone, but still counts them beside an account', () => {
    const code = `${pad(randomInt(10, 99))}-${pad(randomInt(10, 99))}-${pad(randomInt(10, 99))}`;
    const ifsc = `HDFC0${digits(6)}`;
    expectNoLeak([
      `bankdir: refreshed ${digits(5)} entries; samples IFSC ${ifsc} -> Indiranagar branch, sort code ${code} -> Barclays, BSB 062-${digits(3)} -> CBA`,
    ]);
    expectCovered([
      [`payee sort code ${code} account ${account(8)}`, code],
      [`{"bank_account":{"ifsc":"${ifsc}","account_number":"${account(11)}"}}`, ifsc],
    ]);
  });
  it("does not count Adyen's documented test cards", () => {
    expectNoLeak([
      '| Visa authorised | 4111 1111 4555 1142 | 03/2030 |\n| Mastercard 3DS2 | 5555 3412 4444 1115 | 03/2030 |\n| Amex | 3700 0000 0000 002 | 03/2030 |',
      '{"paymentMethod":{"type":"scheme","number":"4988438843884305","expiryMonth":"03","expiryYear":"2030"}}',
    ]);
  });
});

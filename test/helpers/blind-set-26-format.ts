/** Blind set 26's format checks: each planted value's own layout and check digits, after undoing its encoding. */
import { abaOk, cardOk, clabeOk, ibanOk } from './blind-set-26-checks';
import * as K from './blind-set-26-checks-ids';

/** Undoes one encoding named after `~` in a kind; undefined when the value does not decode. */
function decode(enc: string, v: string): string | undefined {
  try {
    switch (enc) {
      case 'url':
        return decodeURIComponent(v);
      case 'form':
        return decodeURIComponent(v.replace(/\+/g, ' '));
      case 'json':
        return JSON.parse(`"${v}"`) as string;
      case 'xml':
        return v
          .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, '&');
      case 'b64': {
        const s = Buffer.from(v, 'base64').toString('utf8');
        return Buffer.from(s).toString('base64').replace(/=+$/, '') === v.replace(/=+$/, '') ? s : undefined;
      }
      default:
        return undefined;
    }
  } catch {
    return undefined;
  }
}

const b64ok = (s: string) => /^[A-Za-z0-9+/\n]+={0,2}$/.test(s);
const jsonSeg = (s: string) => {
  try {
    return typeof JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) === 'object';
  } catch {
    return false;
  }
};

const RX: Record<string, RegExp> = {
  mollie: /^(live|test)_[A-Za-z0-9]{30}$/,
  'mollie-access': /^access_[A-Za-z0-9]{40}$/,
  klarna: /^klarna_(live|test)_api_[A-Za-z0-9_-]{64}$/,
  adyen: /^AQE[A-Za-z0-9+/]{83}==-[A-Za-z0-9+/]{43}=-[A-Za-z0-9()#%*]{16}$/,
  'checkout-sk': /^sk_(sbox_)?[a-z2-7]{27}$/,
  worldpay: /^[LT]_S_[0-9a-f-]{36}$/,
  mercadopago: /^(APP_USR|TEST)-\d{16}-\d{6}-[0-9a-f]{32}-\d{9}$/,
  'upper-hex': /^[0-9A-F]{16,64}$/,
  'razorpay-secret': /^[A-Za-z0-9]{24}$/,
  paytm: /^[A-Za-z0-9@#%&!_]{16}$/,
  xendit: /^xnd_(production|development)_[A-Za-z0-9+/]{66}==$/,
  midtrans: /^(SB-)?Mid-server-[A-Za-z0-9_-]{24}$/,
  iyzico: /^(sandbox-)?[A-Za-z0-9]{32}$/,
  paystack: /^sk_(live|test)_[0-9a-f]{40}$/,
  flutterwave: /^FLWSECK(_TEST)?-[0-9a-f]{32}-X$/,
  hex: /^[0-9a-f]{24,128}$/,
  b62: /^[A-Za-z0-9]{16,64}$/,
  rakuten: /^S[PL]\d{6}_[A-Za-z0-9]{16}$/,
  shopify: /^shp(at|ss|ca|pa)_[0-9a-f]{32}$/,
  woo: /^c[ks]_[0-9a-f]{40}$/,
  'lower-alnum': /^[a-z0-9]{31,32}$/,
  'ct-secret': /^[A-Za-z0-9_-]{32}$/,
  contentful: /^CFPAT-[A-Za-z0-9_-]{43}$/,
  mailchimp: /^[0-9a-f]{32}-us\d{1,2}$/,
  brevo: /^x(keysib|smtpsib)-[0-9a-f]{64}-[A-Za-z0-9]{16}$/,
  klaviyo: /^pk_[0-9a-f]{34}$/,
  fcm: /^AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}$/,
  maps: /^AIza[A-Za-z0-9_-]{35}$/,
  infobip: /^[0-9a-f]{32}-[0-9a-f-]{36}$/,
  easypost: /^EZ[AT]K[A-Za-z0-9]{54}$/,
  'qbo-refresh': /^AB11\d{13}[A-Za-z0-9]{33}$/,
  whsec: /^whsec_[A-Za-z0-9+/]{32}$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  password: /^\S{6,64}$/,
  secret: /^[\x21-\x7e]{12,}$/,
  token: /^[\x21-\x7e]{16,}$/,
  cookie: /^[\x21-\x7e]{16,}$/,
  'rsa-key': /^MII[A-Za-z0-9+/]{100,}={0,2}$/,
  email: /^[^@\s]+@[a-z0-9.-]+\.[a-z]{2,}$/i,
  name: /^(\p{L}[\p{L}' .-]* \p{L}[\p{L}' .-]*|\p{Script=Han}{2,4})$/u,
  address: /^(?=.*\d).{8,}$/u,
  dob: /(19[5-9]\d|200\d)/,
  passport: /^[A-Z0-9]{8,9}$/,
  licence: /^[A-Z0-9-]{7,18}$/,
  bvn: /^22\d{9}$/,
  'nin-ng': /^\d{11}$/,
  'ke-id': /^\d{7,8}$/,
  upi: /^[a-z0-9.]+@[a-z]+$/,
  wallet: /^2088\d{12}$/,
  account: /^\d{6,18}(-[\dX])?$/,
};

const FN: Record<string, (v: string) => boolean> = {
  phone: (v) => /^\+?[\d ()-]+$/.test(v) && v.replace(/\D/g, '').length >= 9 && v.replace(/\D/g, '').length <= 15,
  cpf: K.cpfOk,
  cnpj: K.cnpjOk,
  curp: K.curpOk,
  rfc: K.rfcOk,
  dni: K.dniNieOk,
  nie: K.dniNieOk,
  cf: K.cfOk,
  nir: K.nirOk,
  'steuer-id': K.steuerIdOk,
  nino: K.ninoOk,
  bsn: K.bsnOk,
  pesel: K.peselOk,
  personnummer: K.personnummerOk,
  'sa-id': K.saIdOk,
  tckn: K.tcknOk,
  'my-number': K.myNumberOk,
  rrn: K.rrnOk,
  'china-id': K.chinaIdOk,
  nik: K.nikOk,
  aadhaar: K.aadhaarOk,
  pan: K.panOk,
  iban: ibanOk,
  aba: abaOk,
  clabe: clabeOk,
  jwt: (v) => v.split('.').length === 3 && jsonSeg(v.split('.')[0]!) && jsonSeg(v.split('.')[1]!),
  basic: (v) => /^[^:\s]+:\S+$/.test(v),
  intercom: (v) => /^tok:[0-9a-f-]{36}:1:0$/.test(Buffer.from(v, 'base64').toString('utf8')),
  p8: (v) => v.startsWith('MIGTAgEAMBMGByqGSM49') && b64ok(v) && v.split('\n').every((l) => l.length <= 64),
  b64: (v) => b64ok(v) && v.length >= 16,
};

/** True when `value` has the layout (and check digits) of `kind`, decoding `base~enc` kinds first; false for unknown kinds. */
export function formatOk26(kind: string, value: string): boolean {
  const [base, ...encs] = kind.split('~');
  let v: string | undefined = value;
  for (const enc of encs.reverse()) {
    v = decode(enc, v);
    if (v === undefined) return false;
  }
  const card = /^card-(\w+)$/.exec(base!);
  if (card) return cardOk(card[1]!, v.replace(/[ -]/g, ''));
  const rx = RX[base!];
  if (rx) return rx.test(v);
  const fn = FN[base!];
  return fn ? fn(v) : false;
}

/** Credential generators for blind set 26, each in its provider's published format, plus log furniture. */
import { B62, B64URL, DIGITS, HEX, LOWER, UPPER, type Rng9 } from './blind-set-9-rng';

const B32L = 'abcdefghijklmnopqrstuvwxyz234567';

/** An ISO-8601 UTC timestamp in late 2026 with milliseconds. */
export function ts(r: Rng9): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `2026-${p(r.int(9, 12))}-${p(r.int(1, 28))}T${p(r.int(0, 23))}:${p(r.int(0, 59))}:${p(r.int(0, 59))}.${p(r.int(0, 999), 3)}Z`;
}

/** A W3C trace id (32 hex). */
export function traceId(r: Rng9): string {
  return r.hex(32);
}

/** A short order number as shops print them. */
export function orderNo(r: Rng9): string {
  return r.pick(['ORD-', '#', 'SO', 'WEB-', '']) + r.digits(7);
}

/** A base64url JSON segment. */
export function b64json(o: unknown): string {
  return Buffer.from(JSON.stringify(o)).toString('base64url');
}

/** A signed-looking JWT (HS256 or RS256) with the given claims. */
export function jwt(r: Rng9, claims: Record<string, unknown>): string {
  const alg = r.pick(['HS256', 'RS256', 'ES256']);
  return `${b64json({ alg, typ: 'JWT' })}.${b64json({ ...claims, iat: 1790000000 + r.int(0, 9999999) })}.${r.b64url(alg === 'RS256' ? 256 : 32)}`;
}

/** Base64 of a UTF-8 string. */
export function b64(s: string): string {
  return Buffer.from(s).toString('base64');
}

/** Provider key generators: each returns one key in the provider's published shape. */
export const key = {
  mollie: (r: Rng9, live = true) => `${live ? 'live' : 'test'}_${r.b62(30)}`,
  mollieAccess: (r: Rng9) => `access_${r.b62(40)}`,
  klarna: (r: Rng9) => `klarna_${r.pick(['live', 'test'])}_api_${r.b64url(48)}`,
  adyen: (r: Rng9) => `AQE${r.chars(B62 + '+/', 83)}==-${r.b64(32)}-${r.chars(B62 + '()#%*', 16)}`,
  checkout: (r: Rng9) => `sk_${r.pick(['sbox_', ''])}${r.chars(B32L, 27)}`,
  worldpay: (r: Rng9) => `${r.pick(['L', 'T'])}_S_${r.uuid()}`,
  mercadoPago: (r: Rng9) => `${r.pick(['APP_USR', 'TEST'])}-${r.digits(16)}-${r.digits(6)}-${r.hex(32)}-${r.int(100000000, 999999999)}`,
  pagseguro: (r: Rng9) => r.chars('0123456789ABCDEF', 32),
  razorpaySecret: (r: Rng9) => r.b62(24),
  razorpayId: (r: Rng9) => `rzp_${r.pick(['live', 'test'])}_${r.b62(14)}`,
  paytm: (r: Rng9) => r.chars(B62 + '@#%&!_', 16),
  xendit: (r: Rng9) => `xnd_${r.pick(['production', 'development'])}_${r.b64(49)}`,
  midtrans: (r: Rng9) => `${r.pick(['', 'SB-'])}Mid-server-${r.chars(B62 + '-_', 24)}`,
  payuSalt: (r: Rng9) => r.b62(32),
  iyzico: (r: Rng9) => `${r.pick(['sandbox-', ''])}${r.b62(32)}`,
  paystack: (r: Rng9) => `sk_${r.pick(['live', 'test'])}_${r.hex(40)}`,
  flutterwave: (r: Rng9) => `FLWSECK${r.pick(['', '_TEST'])}-${r.hex(32)}-X`,
  darajaSecret: (r: Rng9) => r.b62(r.pick([16, 64])),
  passkey: (r: Rng9) => r.hex(64),
  wechatV3: (r: Rng9) => r.b62(32),
  hex32: (r: Rng9) => r.hex(32),
  rakuten: (r: Rng9, p: 'SP' | 'SL') => `${p}${r.digits(6)}_${r.b62(16)}`,
  shopify: (r: Rng9, p = 'shpat') => `${p}_${r.hex(32)}`,
  woo: (r: Rng9, p: 'ck' | 'cs') => `${p}_${r.hex(40)}`,
  magento: (r: Rng9) => r.chars(LOWER + DIGITS, 32),
  bigcommerce: (r: Rng9) => r.chars(LOWER + DIGITS, 31),
  ctSecret: (r: Rng9) => r.chars(B62 + '-_', 32),
  algoliaApp: (r: Rng9) => r.chars(UPPER + DIGITS, 10),
  contentful: (r: Rng9) => `CFPAT-${r.chars(B64URL, 43)}`,
  mailchimp: (r: Rng9) => `${r.hex(32)}-us${r.int(1, 21)}`,
  brevo: (r: Rng9, p = 'xkeysib') => `${p}-${r.hex(64)}-${r.b62(16)}`,
  klaviyo: (r: Rng9) => `pk_${r.hex(34)}`,
  fcm: (r: Rng9) => `AAAA${r.chars(B64URL, 7)}:APA91b${r.chars(B64URL, 134)}`,
  maps: (r: Rng9) => `AIza${r.chars(B64URL, 35)}`,
  intercom: (r: Rng9) => Buffer.from(`tok:${r.uuid()}:1:0`).toString('base64'),
  infobip: (r: Rng9) => `${r.hex(32)}-${r.uuid()}`,
  plivoToken: (r: Rng9) => r.b62(40),
  easypost: (r: Rng9) => `EZ${r.pick(['AK', 'TK'])}${r.b62(54)}`,
  avalara: (r: Rng9) => r.chars('0123456789ABCDEF', 16),
  qboRefresh: (r: Rng9) => `AB11${r.digits(13)}${r.b62(33)}`,
  whsec: (r: Rng9) => `whsec_${r.b64(24)}`,
  upperHex: (r: Rng9, n: number) => r.chars('0123456789ABCDEF', n),
};

/** An APNs / ES256 PKCS#8 private key body (.p8), wrapped at 64 columns as Apple ships it. */
export function p8Body(r: Rng9): string {
  const full = 'MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg' + r.b64(114);
  return full.match(/.{1,64}/g)!.join('\n');
}

/** An RSA PKCS#8 private key body as one line (Alipay's SDKs take it unwrapped). */
export function rsaBodyLine(r: Rng9): string {
  return 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + r.b64(1170);
}

/** A Laravel encrypted session cookie value. */
export function laravelCookie(r: Rng9): string {
  return Buffer.from(JSON.stringify({ iv: r.b64(16), value: r.b64(96), mac: r.hex(64), tag: '' })).toString('base64');
}

/** A Rails cookie-store session value (`data--digest`). */
export function railsCookie(r: Rng9): string {
  return `${r.b64(72)}--${r.hex(40)}`;
}

/** A hex string (for hashes, keys). */
export function hexOf(r: Rng9, n: number): string {
  return r.chars(HEX, n);
}

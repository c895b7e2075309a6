import type { Rng, Sample } from './sample-rng';
import { B62, DIG, HEX } from './sample-rng';

const pad = (n: number): string => String(n).padStart(2, '0');

/** Random base62 of `n` holding a digit, a lowercase and an uppercase letter. */
const mixed = (r: Rng, n: number): string => `${r.str(B62, n - 3)}${r.str(DIG, 1)}${r.str('abcdefghijkmnpqrstuvwxyz', 1)}${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}`;

/** A random Indonesian NIK: province, regency and district, birth date (women: day + 40), serial. */
export function nik26b(r: Rng): string {
  const day = r.int(1, 28) + (r.int(0, 1) === 1 ? 40 : 0);
  return `${r.pick(['31', '32', '33', '35', '36', '51', '73'])}${r.str(DIG, 4)}${pad(day)}${pad(r.int(1, 12))}${pad(r.int(60, 99))}${r.int(1, 9)}${r.str(DIG, 3)}`;
}

/** A random Mexican CURP with its check digit. */
export function curp26b(r: Rng): string {
  const chars = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ';
  const body = `${r.pick(['GAMA', 'LOPF', 'HERJ', 'RAVD'])}${pad(r.int(60, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}${r.pick(['H', 'M'])}${r.pick(['DF', 'JC', 'NL', 'MC'])}${r.str('BCDFGHJKLMNPQRSTVWXZ', 3)}0`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += chars.indexOf(body[i]!) * (18 - i);
  return body + String((10 - (sum % 10)) % 10);
}

/** An account number: neither one repeated digit nor a counting run. */
const account = (r: Rng, n: number): string => `${r.int(1, 9)}${r.str(DIG, n - 3)}${r.int(10, 99)}`;

/** Samples of round f26b's detectors (blind set 26: the global commerce desk). */
export const F26B_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'national-id-doc-typed': (r) => ['payout.held_for_kyc doc_type=NIK doc_number=', nik26b(r), ' reason=name_mismatch'],
  'national-id-csv-typed': (r) => ['kyc-export: uploaded\ncountry;doc_type;doc_number;status\nKE;NATIONAL_ID;', `${r.int(2, 3)}${r.str(DIG, 7)}`, ';rejected'],
  'national-id-by-country': (r) => ['Seller onboarding rejected for KE: NATIONAL_ID=', `${r.int(2, 3)}${r.str(DIG, 7)}`, ' status=rejected'],
  'mx-curp-compound-key': (r) => ['STP registraOrden rechazada: orden={"rfcCurpBeneficiario":"', curp26b(r), '","monto":"3914.00"}'],
  'upi-vpa': (r) => ['payout fallback={"account_type":"vpa","vpa":{"address":"', `${r.pick(['priya.sharma', 'rohan', 'vikram_iyer'])}${r.str(DIG, 2)}@${r.pick(['okaxis', 'ybl', 'oksbi', 'paytm', 'ibl'])}`, '"}}'],
  'alipay-buyer-id': (r) => ['alipay.trade.query response={"buyer_user_id":"', `2088${r.str(DIG, 12)}`, '","trade_status":"WAIT_BUYER_PAY"}'],
  'paytm-merchant-key': (r) => [`checksum mismatch mid=ShopGl${r.str(DIG, 14)} merchantKey=`, `${mixed(r, 13)}#${r.str(DIG, 1)}@`, '\nparams: {}'],
  'payu-merchant-salt': (r) => ["settings: PAYU_MERCHANT_KEY='DOk51l' PAYU_MERCHANT_SALT='", mixed(r, 32), "'"],
  'flutterwave-secret-hash': (r) => ['Flutterwave transfer failed {"env":{"FLW_SECRET_HASH":"', mixed(r, 18), '"}}'],
  'api-key-as-username': (r) => ["FreshdeskError: 401\n  auth: { username: '", mixed(r, 20), "', password: 'X' }"],
  'oauth1-token-id': (r) => ["RESTlet call failed: 401 config: { account: '2891502_SB1', tokenId: '", r.str(HEX, 64), "', tokenSecret: '[hidden]' }"],
  'env-var-table-secret': (r) => [' Symfony Container Environment Variables\n  IYZICO_SECRET_KEY              n/a  "', `sandbox-${mixed(r, 32)}`, '"\n  APP_ENV   n/a  "prod"'],
  'crypt-key-array': (r) => ["main.DEBUG: app/etc/env.php loaded: 'crypt' => ['key' => '", r.str(HEX, 32), "'] [] []"],
  'bank-account-details-field': (r) => [`contact={'Name': 'x', 'BankAccountDetails': '${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)} `, account(r, 8), "', 'IsSupplier': True}"],
  'bank-account-xml-element': (r) => [`<EMPLOYEE><ACHBANKROUTINGNUMBER>${r.str(DIG, 6)}</ACHBANKROUTINGNUMBER><ACHACCOUNTNUMBER>`, account(r, 8), '</ACHACCOUNTNUMBER></EMPLOYEE>'],
  'sap-idoc-bank-segment': (r) => ['IDoc status 51 DEBMAS07\nE1KNBKM   ES  BBVAES2XXXX    ', account(r, 10), '        '],
};

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round r76p (blind set 76: localized logs of global integrations), bank details under local names:
 * - an Argentine CBU (22 digits, both blocks' check digits) under `CBU`/`cbu_destino`;
 * - a domestic account number under a label in a script beyond Latin-1 (`정산계좌: 081-08-005709`, `口座：みずほ銀行 普通 5861389`,
 *   `số tài khoản 998715887`, `खाता संख्या 57651450205523`, `บัญชีรับเงิน: 459-4-83472-4`, `номер счёта`, `рахунок`, `חשבון`);
 * - a German Bankleitzahl beside its Kontonummer, a Brazilian `agência` beside its `conta`.
 * Left alone on purpose: a BLZ or an agência alone (a bank's or a branch's public number), account-shaped numbers under
 * order, invoice or customer labels.
 */

const CBU_W1 = [7, 1, 3, 9, 7, 1, 3];
const CBU_W2 = [3, 9, 7, 1, 3, 9, 7, 1, 3, 9, 7, 1, 3];
/** A CBU's two check digits (bank and branch block, account block). */
export function cbuValid(v: string): boolean {
  if (!/^\d{22}$/.test(v) || /^(\d)\1+$/.test(v)) return false;
  const d = [...v].map(Number);
  const s1 = CBU_W1.reduce((a, w, i) => a + w * d[i]!, 0);
  const s2 = CBU_W2.reduce((a, w, i) => a + w * d[8 + i]!, 0);
  return (10 - (s1 % 10)) % 10 === d[7] && (10 - (s2 % 10)) % 10 === d[21];
}

/** Labels of an account number beyond Latin-1 (Korean, Japanese, Chinese, Vietnamese, Hindi, Thai, Russian, Ukrainian, Hebrew, Arabic, Greek). */
const NATIVE_ACCOUNT = [
  '계좌', '口座', '账户', '帳戶', '账号', '帳號', 'tài khoản', 'số tk', 'खाता संख्या', 'खाता नंबर', 'खाता', 'บัญชี', 'เลขที่บัญชี',
  'номер счёта', 'номер счета', 'расчётный счёт', 'расчетный счет', 'лицевой счёт', 'счёт', 'счет', 'рахунок', 'номер рахунку',
  'חשבון', 'מספר חשבון', 'رقم الحساب', 'الحساب', 'λογαριασμός', 'αριθμός λογαριασμού',
];
const alt = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).join('|');

/** Words that make a number under an account label something else (an order, an invoice, a customer or a contract number). */
const NOT_ACCOUNT = /注文|請求|顧客|会員|주문|송장|고객|订单|發票|发票|客户|đơn hàng|hóa đơn|khách hàng|ऑर्डर|चालान|ใบแจ้งหนี้|คำสั่งซื้อ|заказ|счёт-фактур|счет-фактур|счёт на оплату|счет на оплату|замовлення|הזמנה|חשבונית|فاتورة|طلب|παραγγελ|τιμολόγ/i;

export const ACCOUNTS_R76P_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'ar-cbu',
    name: 'Argentine CBU (22 digits with both check digits) under a CBU key',
    category: 'financial',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['cbu'],
    pattern: /(?<![A-Za-z])cbu(?:[_ -]?[A-Za-z]{1,16})?["']?[ \t]{0,3}(?:[:=]|=>)?[ \t]{0,3}["']?(?<v>\d{22})(?!\d)/i,
    mask: 'tail',
    validate: cbuValid,
    remediation: 'Log the payee id, not the CBU',
  }),
  defineDetector({
    id: 'bank-account-under-native-label',
    wideOnly: true,
    name: 'Domestic bank account number under a label beyond Latin-1 (`정산계좌: 081-08-005709`, `口座：みずほ銀行 普通 5861389`, `số tài khoản …`, `खाता संख्या …`)',
    category: 'financial',
    severity: 'high',
    priority: 48,
    confidence: 0.7,
    precheck: { re: new RegExp(alt(NATIVE_ACCOUNT), 'i'), reach: 0 },
    // The label, a few words (a bank's name, `普通`, `nhận`, `रिसीव`), a separator, and the number (dashes allowed).
    pattern: new RegExp(String.raw`(?<k>${alt(NATIVE_ACCOUNT)})[^\d\r\n]{0,28}?(?<v>\d{2,6}(?:-\d{1,8}){1,3}|\d{6,20})(?![\d-])`, 'i'),
    mask: 'tail',
    validate: (v, ctx) => {
      const d = v.replace(/-/g, '');
      if (d.length < 6 || d.length > 20 || /^(\d)\1+$/.test(d) || '01234567890123456789'.includes(d) || /^(?:19|20)\d{6}$/.test(d)) return false;
      const between = ctx.text.slice(Math.max(0, (ctx.matchStart ?? ctx.start) - 12), ctx.start);
      return !NOT_ACCOUNT.test(between);
    },
    remediation: 'Log the payee id, not the bank account number',
  }),
  defineDetector({
    id: 'de-blz-beside-kontonummer',
    name: 'German Bankleitzahl beside its Kontonummer (the old domestic account pair)',
    category: 'financial',
    severity: 'medium',
    priority: 46,
    confidence: 0.7,
    keywords: ['bankleitzahl', 'blz'],
    pattern: /(?<![A-Za-z])(?:Bankleitzahl|BLZ)["']?[ \t]{0,3}(?:[:=]|=>)?[ \t]{0,3}["']?(?<v>\d{3} ?\d{3} ?\d{2})(?!\d)/i,
    mask: 'tail',
    validate: (v, ctx) => /^[1-8]/.test(v) && /konto(?:[_ -]?(?:nummer|nr)|nr)|\bkto\b/i.test(ctx.text.slice(Math.max(0, ctx.start - 160), ctx.end + 160)),
    remediation: 'Log the payee id, not the bank details',
  }),
  defineDetector({
    id: 'br-agencia-beside-conta',
    name: 'Brazilian branch number (`agência`) beside its account (`conta`)',
    category: 'financial',
    severity: 'medium',
    // Above bank-branch-code (60), which reads the same `agência: 1234` when its keyword is near enough: one winner
    // whichever runs (the prefilter-equivalence test's long lines found the two naming one span differently).
    priority: 61,
    confidence: 0.7,
    // `ncia`: the ASCII tail of `agência` (the prefilter folds ASCII only).
    keywords: ['ncia'],
    pattern: /(?<![A-Za-z])ag(?:ê|e)ncia["']?[ \t]{0,3}(?:[:=]|=>)[ \t]{0,3}["']?(?<v>\d{4}(?:-[\dXx])?)(?![\d-])/i,
    mask: 'tail',
    validate: (_v, ctx) => /(?<![A-Za-z])conta(?:[_ ]?corrente)?["']?[ \t]{0,3}[:=][ \t]{0,3}["']?\d{3,12}-?[\dXx]?/i.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.end + 120)),
    remediation: 'Log the payee id, not the bank details',
  }),
];

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';

/**
 * Round f26b (blind set 26): payment addresses of Indian UPI (a VPA `name@psp`) and Alipay buyer ids
 * (`2088` + 12 digits, the payer's account), which the payers' banks and wallets route money to.
 */

/**
 * The UPI handles (`@psp`) NPCI lists for the apps and banks most payers use: Google Pay's `ok*`, PhonePe's `ybl`/
 * `ibl`/`axl`, Paytm's `paytm`/`pt*`, BHIM's `upi`, Amazon Pay's `apl`/`yapl`, WhatsApp's `wa*`, and the banks' own.
 */
const UPI_HANDLES = [
  'okaxis', 'okhdfcbank', 'okicici', 'oksbi', 'ybl', 'ibl', 'axl', 'paytm', 'ptyes', 'ptaxis', 'pthdfc', 'ptsbi', 'upi', 'apl', 'yapl', 'rapl',
  'waicici', 'wahdfcbank', 'waaxis', 'wasbi', 'axisbank', 'axisb', 'icici', 'hdfcbank', 'sbi', 'kotak', 'federal', 'indus', 'idfcbank', 'idfcfirst',
  'fbl', 'airtel', 'freecharge', 'jupiteraxis', 'abfspay', 'yesbank', 'yesbankltd', 'barodampay', 'aubank', 'dbs', 'rbl', 'hsbc', 'kbl', 'pnb',
  'boi', 'unionbank', 'uboi', 'cnrb', 'allbank', 'ikwik', 'postbank', 'mahb', 'uco', 'idbi', 'sib', 'tjsb', 'pingpay', 'okbizaxis', 'myicici',
  'kmbl', 'naviaxis', 'superyes', 'fam', 'slc', 'timecosmos', 'jio', 'citi', 'centralbank', 'indianbank', 'iob', 'psb', 'equitas', 'ujjivan',
];

export const WALLET_F26B_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'upi-vpa',
    name: 'UPI virtual payment address (VPA)',
    category: 'financial',
    severity: 'high',
    priority: 58,
    confidence: 0.85,
    keywords: UPI_HANDLES.map((h) => `@${h}`),
    // `"vpa":"priya.patel@okaxis"`, `PAYER_VPA=9506111748@ibl`, `upi://pay?pa=rohan@ybl`: a handle with no domain after it
    // (`support@paytm.com` is a mailbox, which the e-mail detector reads).
    pattern: new RegExp(String.raw`(?<![\w.+-])(?<v>[A-Za-z0-9][A-Za-z0-9._-]{1,62}@(?:${UPI_HANDLES.join('|')}))(?![\w.@-])`, 'i'),
    mask: 'tail',
    validate: (v) => !/^(?:x+|test|example|user|name|username|yourname|abc)@/i.test(v),
    remediation: 'Remove UPI ids (VPAs) from logged payloads; log the payout or contact id instead',
  }),
  defineDetector({
    id: 'alipay-buyer-id',
    name: 'Alipay buyer user id (the payer\'s account)',
    category: 'financial',
    severity: 'medium',
    priority: 58,
    confidence: 0.85,
    keywords: ['buyer_user_id', 'buyer_id', 'buyeruserid', 'buyerid', 'payer_user_id', 'payeruserid', 'buyer_open_id'],
    // `"buyer_user_id":"2088102146225135"`, `&buyer_id=2088…`: Alipay's account ids start with 2088 (16 digits). A
    // `partner`/`seller_id` 2088… is the merchant's, not a person's.
    pattern: /(?<![A-Za-z0-9])(?:buyer_?(?:user_?)?id|payer_?user_?id)["']?\s{0,2}(?::|=>|=|%3D|>)\s{0,2}["']?(?<v>2088\d{12})(?!\d)/i,
    mask: 'tail',
    remediation: 'Remove Alipay buyer ids from logged responses; log the trade number instead',
  }),
];

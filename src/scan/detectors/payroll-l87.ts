import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { abaValid } from '../validators';

/**
 * Round l87 (blind set 87: payroll integrations): a US routing number under Workday's `Bank_ID` in a worker's payment
 * election (`<bsvc:Bank_ID>073440066</bsvc:Bank_ID><bsvc:Account_Number>…`, also as a JSON key), checked by its ABA
 * digit and read only beside the election's account number (within 300 characters): a bank's id elsewhere is a BIC or a
 * bank's own number.
 */
export const PAYROLL_L87_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'workday-bank-id-routing',
    name: "Routing number under Workday's `Bank_ID` in a worker's payment election",
    category: 'financial',
    severity: 'high',
    priority: 40,
    confidence: 0.8,
    keywords: ['bank_id'],
    pattern: /(?:<(?:[\w-]{1,20}:)?Bank_ID>|\\{0,3}["']Bank_ID\\{0,3}["']\s{0,3}:\s{0,3}\\{0,3}["'])(?<v>\d{9})(?!\d)/,
    mask: 'full',
    validate: (v, ctx) => abaValid(v) && /Account_Number|Payment_Election|accountNumber/.test(ctx.text.slice(Math.max(0, ctx.start - 300), ctx.end + 300)),
    remediation: "Log Workday worker syncs without their payment elections (bank ids and account numbers)",
  }),
];

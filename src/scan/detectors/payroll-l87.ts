import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { abaValid } from '../validators';

/**
 * Round l87 (blind set 87: payroll integrations): a US routing number under Workday's `Bank_ID` in a worker's payment
 * election (`<bsvc:Bank_ID>073440066</bsvc:Bank_ID><bsvc:Account_Number>…`, also as a JSON key), checked by its ABA
 * digit and read only beside the election's account number (within 300 characters): a bank's id elsewhere is a BIC or a
 * bank's own number. And a worker's legal name as HR systems format it, family first, under a formatted-name key.
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
  defineDetector({
    id: 'person-name-formatted-family-given',
    name: "Person's name as `Family, Given` under a formatted-name key (ADP's `\"formattedName\":\"Raman, Priya\"`)",
    category: 'personal',
    severity: 'medium',
    priority: 36,
    confidence: 0.75,
    keywords: ['formattedname', 'formatted_name', 'formatted-name'],
    // Round l87 (blind set 87): HR systems print the legal name family first (`van den Berg, Ilse`, `Nguyễn, Hoa`).
    pattern: /\\{0,3}["']?formatted[_-]?[Nn]ame\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["'](?<v>(?:(?:van|von|de|der|den|da|dos|del|la|le|ten|ter) ){0,2}[A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024f\u1e00-\u1eff'’ -]{1,40}, [A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff][A-Za-zÀ-ÖØ-öø-ÿ\u0100-\u024f\u1e00-\u1eff'’ -]{1,40})(?=\\{0,3}["'])/,
    mask: 'full',
    validate: (v) => !/^(?:Doe|Test|Sample|User|Example)\b/i.test(v),
    remediation: 'Log HR worker syncs by worker id, not with the worker\'s legal name',
  }),
];

import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet33 } from '../../helpers/blind-set-33';
import { formatOk33 } from '../../helpers/blind-set-33-format';

/**
 * Sealed blind set 33: fintech back offices (open banking, bank files and rails, cards, treasury, accounting sync, lending/KYC, crypto custody); seeds 1-3: 750 positives, 3,157-3,162 values (1,658 credential, 462-463 financial, 1,036-1,042 personal), 198 negatives.
 *
 * First sight (lead, 2026-12-05 23:20 UTC, main 2bded03, 804 detectors): seeds 1–3 84.7–84.9 % covered (credential 90.5–90.9,
 * personal 74.6–75.1, financial 85.7–86.8), 14.1–16.7 % flagged.
 * After round r33 (826 detectors: wallet secrets, RPC/exchange tokens, bank-file parties and accounts, LAU/webhook keys, MX logins;
 * on-chain addresses, directory routing rows and a company's own EIN/VAT kept clean): seeds 1–5 91.8–92.1 % covered
 * (credential 97.5–97.8, personal 81.8–82.5, financial 93.1–94.4), 0.0 % flagged.
 */
describeBlindSet({ n: 33, build: buildBlindSet33, formatOk: formatOk33, minSize: { positives: 550, values: 1600, negatives: 170 }, minCovered: 0.915, minByGroup: { credential: 0.972, personal: 0.815, financial: 0.928 }, maxFlagged: 0.01 });

import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet69 } from '../../helpers/blind-set-69';
import { formatOk69 } from '../../helpers/blind-set-69-format';

/**
 * Sealed blind set 69: identity verification (KYC/KYB/AML) and e-signature integrations as their failures reach an alert —
 * Onfido, Jumio, Persona, Veriff, Socure, Alloy, Trulioo, Sumsub, Middesk, ComplyAdvantage, Stripe Identity; DocuSign (JWT
 * grant, auth code grant, Connect HMAC), Adobe Acrobat Sign, Dropbox Sign, PandaDoc; document OCR (TD3/TD1 MRZs with valid
 * check digits, UK and US licences, AAMVA barcodes, Aadhaar/PAN/DNI/CIE/CNH text), watchlist screening, webhook signature
 * failures, bank-account verification (IBAN, ABA + account, sort code, NACHA, MT103, SEPA XML) and secret-store dumps;
 * seed 1: 908 positives from 162 templates, 2331 values (1261 credential, 727 personal, 343 financial; 97 kinds),
 * 176 negatives from 44 templates.
 * Measured at first sight: seeds 1–3 87.8–88.1 % covered (credential 93.5–93.9 %, personal 73.5–74.8 %, financial 95.6–96.2 %),
 * 10.2–10.8 % flagged.
 * After round r69 (31 detectors, kyc-r69.ts, kyc-names-r69.ts, kyc-ocr-r69.ts): seeds 1–3 98.3–98.6 % (credential 99.8 %,
 * personal 95.0–95.9 %, financial 99.7–100 %), 0 % flagged; left: names in prose and comparisons (`given name María José`,
 * `input: "…"`/`extracted: "…"`, an agreement title `Offer Letter - …`, a file name `passport_First_Last.jpg`, MT103 `:59:`
 * lines with umlauts, CSV and webhook names in Cyrillic or CJK without a name key), the raw line end between a passport
 * MRZ's two lines (each line is found by mrz-td3-name-line and mrz-line), a Florida licence number under a bare
 * `identification-number`, a Jumio form's URL-encoded address, a key (UUID or hex) named only by prose (`Socure (key …)`,
 * `API-Key` in a CSV preamble), a password in a pgbouncer `user:password@host` banner, a doubled `@@` mailbox.
 */
describeBlindSet({
  n: 69,
  build: buildBlindSet69,
  formatOk: formatOk69,
  minSize: { positives: 450, values: 1400, negatives: 160 },
  minCovered: 0.983,
  minByGroup: { credential: 0.997, personal: 0.95, financial: 0.996 },
  maxFlagged: 0.003,
});

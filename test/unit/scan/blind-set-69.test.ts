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
 */
describeBlindSet({ n: 69, build: buildBlindSet69, formatOk: formatOk69, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });

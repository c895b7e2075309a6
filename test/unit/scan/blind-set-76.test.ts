import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet76 } from '../../helpers/blind-set-76';
import { formatOk76 } from '../../helpers/blind-set-76-format';

/**
 * Sealed blind set 76: localized and non-English logs of global companies' integrations. Key names, labels, messages and
 * framework errors in German, French, Spanish, Portuguese, Italian, Dutch, Polish, Turkish, Russian, Ukrainian, Japanese,
 * Chinese (simplified and traditional), Korean, Arabic, Hebrew, Hindi, Thai, Vietnamese, Greek, the Nordic languages, Czech,
 * Hungarian and Romanian, with full-width CJK punctuation (`：`, `＝`, `「」`), right-to-left text around left-to-right values,
 * non-ASCII passwords, `\uXXXX`-escaped JSON and percent-encoded form bodies with non-Latin keys.
 *
 * Sources (the id's first segment): `framework` (Spring/Hibernate, Laravel/Symfony, Django/Flask/Celery, Rails, .NET,
 * localized JVMs, PHP PDO, Node/Nest/Ktor/Go errors), `provider` (Mercado Pago, PagSeguro, PIX, Bizum/Redsys, EBANX, MB WAY,
 * LINE, Rakuten, PayPay, WeChat Pay, Alipay, DingTalk, Feishu, WeCom, Kakao, Naver, Razorpay, Paytm, YooKassa, VK, Telegram,
 * Mollie, Klarna, Swish, Vipps, MobilePay, Przelewy24, Satispay), `einvoice` (SAT CFDI, NF-e/NFS-e, KSeF, FatturaPA),
 * `helpdesk` (Zendesk/Freshdesk/Salesforce/HubSpot tickets and notes in 17 languages), `app` (payroll, KYC, SEPA/Bacs/BSB
 * payouts, national e-invoicing, alerts, config snippets), `config` (localized .env/yaml/properties/appsettings/k8s dumps),
 * `http` (HTTP and curl dumps, escaped JSON, urlencoded forms), `market` (Ozon, Bitrix24, amoCRM, Trendyol, Allegro, Coupang,
 * Mercado Libre, Shopee, Flipkart), `cloud` (Naver, Huawei, Baidu, Yandex Cloud, SAP, Odoo).
 *
 * Planted: credentials (passwords under localized keys, DB/SMTP passwords, connection-string passwords, API keys and secrets of
 * regional providers, JWTs, GitHub tokens with CRC32 tails, Basic-auth blobs, private keys, session cookies, CSRF tokens,
 * webhook URLs/keys, signed-URL signatures); personal data (names in native scripts and transliterated, also JSON-escaped and
 * percent-encoded, emails, national phones, birth dates in local layouts, addresses, national ids with valid check digits:
 * Steuer-ID, NIR, DNI/NIE, CURP, RFC, CPF, CNPJ of a MEI sole trader, NIF, codice fiscale, BSN, PESEL, TCKN, СНИЛС, ИНН,
 * РНОКПП, My Number, 身份证号, 身分證字號, 주민등록번호, personnummer, CPR, fødselsnummer, henkilötunnus, Teudat Zehut, Aadhaar
 * (Verhoeff), AMKA, rodné číslo, TAJ, CNP, Thai id, Emirates id, NSS; PAN, CCCD, passports); financial data (IBANs of 24
 * countries, CLABE, CBU, cards with Luhn incl. Mir/UnionPay/JCB/Troy/RuPay/Elo/Hipercard, CVCs, BLZ + Kontonummer, sort code +
 * account, BSB + account, IFSC + account, local account numbers).
 *
 * Negatives: the same localized formats holding no sensitive datum: order, invoice, tracking and product numbers, company
 * registry and tax numbers (HRB, USt-IdNr, SIREN/SIRET, CIF, NIPC, CNPJ of a LTDA, CUIT 30-, P.IVA, KRS/REGON, ИНН/ОГРН of
 * organisations, org.nr, CVR, VKN, 法人番号, 统一社会信用代码, 사업자등록번호, GSTIN, company RFC), dates that are not birth
 * dates, localized placeholders (`<Passwort>`, `***`, `（省略）`, `[FILTERED]`, `${DB_PASSWORD}`, `changeme`), masked cards,
 * UUIDs, trace ids, hashes, public keys and harmless base64.
 *
 * Seed 1: 772 positives from 180 templates, 3279 values (1788 credential, 996 personal, 495 financial), 228 negatives from
 * 57 templates.
 * First sight (lead, 2026-12-07 05:52 UTC, main 8238f0a, 1591 detectors): seeds 1–3 71.3–71.6 % of values fully covered
 * (credential 72.3–72.5 %, personal 62.6–63.3 %, financial 85.1 %), 7.0–7.5 % of negatives flagged.
 * After round r76 (2 detectors, src/scan/detectors/localized-r76.ts: localized-secret-label, native-secret-label; small fixes in
 * telecom-t31 (banking/signing PIN keys), prose-passwords (masked-value asterisks, public keys), foreign-key-names (digits under
 * key words, words closed by punctuation), keyed-ids and national-ids-more (company RFC/CUIT)): seeds 1–3 81.6–81.9 % of values
 * fully covered (credential 91.3–91.4 %, personal 62.6–63.3 %, financial 85.1 %), 0 % of negatives flagged. Left (credential): English `SECRET_JWT`-like keys (left to the English key machinery),
 * `\uXXXX`-escaped JSON keys, Huawei/Naver AK/SK pairs, WeChat `api-v3-key`, CSRF tokens (a CSRF token is no secret by the
 * key-name machinery's rule), Django `sessionid` in a debug page, passwords told in sentences without a label (`yeni şifrem X`,
 * `비밀번호는 X 입니다`), Symfony's repeated `{"first","second"}`, Hibernate binds without column names, Bitrix24 webhook codes in
 * URLs, the P24 CRC under `P24_CRC`, ECPay HashKey/HashIV.
 * After round r76p (21 detectors, src/scan/detectors/names-r76p.ts, accounts-r76p.ts, ids-r76p.ts, contact-r76p.ts: names,
 * bank accounts, national ids, phones and birth dates under labels in ~25 languages and scripts; CBU check digits) merged with r76:
 * seeds 1–3 94.0–94.2 % (credential 91.3–91.4 %, personal 96.6–97.1 %, financial 98.4 %), 0 % flagged.
 */
describeBlindSet({ n: 76, build: buildBlindSet76, formatOk: formatOk76, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.935, minByGroup: { credential: 0.91, personal: 0.96, financial: 0.98 }, maxFlagged: 0.005 });

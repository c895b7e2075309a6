import { buildBlindSet19 } from '../../helpers/blind-set-19';
import { formatOk19 } from '../../helpers/blind-set-19-format';
import { describeBlindSet } from '../../helpers/blind-set-suite';

/**
 * Blind held-out set 19: languages and encodings. Integration error logs, exports, mails and payloads
 * from companies operating in many countries, where the values arrive wrapped in the encodings real
 * systems use. 189 positives with 214 planted values (112 credential 52 %, 68 personal 32 %, 34
 * financial 16 %) and 124 negatives per seed; every value is fresh per seed and many cases pick their
 * label spelling, template or layout (grouped/compact, national/international) from the seed.
 * Texts are written in or around Japanese, Chinese, Korean, German, French, Spanish, Portuguese,
 * Italian, Dutch, Polish, Turkish, Russian, Arabic and Hindi (plus Swedish, Finnish, Norwegian).
 * Credentials (112): passwords under localized labels (`Passwort:`, `Kennwort =`, `mot de passe :`,
 * `MDP :`, `contraseña=`, `clave=`, `senha=`, `wachtwoord:`, `hasło:`, `şifre:`, `parola:`, `пароль:`,
 * `كلمة المرور:`, `पासवर्ड=`, `パスワード：` with full-width colon and full-width spaces, `密码：`, `口令=`,
 * `비밀번호=`/`암호=` in a form body, YAML with Japanese keys, a password typed in full-width characters),
 * URL-encoded and double-URL-encoded passwords (the encoded form is the value), connection strings
 * (Postgres inside JSON with `\/` escapes and a URL-encoded user, MongoDB SRV, Redis, JDBC MySQL, SQL
 * Server ADO, PlanetScale), Basic headers (Toss, Adyen, Xendit, Mailgun, nginx proxy_set_header; the
 * base64 is the value), a k8s Secret `data:` field and a base64url webhook body holding a password,
 * JWTs (HTML-entity wrapped, Supabase service_role), PEM keys (raw, PKCS8 in an Alipay config, escaped
 * in GCP service-account JSON), and provider tokens in their published shapes: AWS (in a Japanese
 * BOM CSV), Alibaba Cloud, Tencent Cloud, Yandex Cloud and Yandex OAuth, Azure storage key, GitHub
 * classic (CRC32) and fine-grained, GitLab PAT and runner, Stripe sk/rk, PAY.JP, Toss Payments,
 * Razorpay, Paytm, WeChat appsecret and Pay APIv3 key, Mercado Pago, Mollie, iyzico, Xendit, Square,
 * Braintree, Shopify, WooCommerce, LINE channel token, Kakao admin key, Naver client secret, Telegram
 * and Discord bots, Slack bot (in a Go %#v dump), OpenAI (in Python bytes repr), Anthropic (in a
 * native2ascii .properties), DeepSeek, Groq, Hugging Face, Google API key, FCM server key, SendGrid,
 * Brevo, Mailchimp, Mailgun, Twilio key+secret, npm, PyPI, Docker Hub, Vault, Terraform Cloud,
 * Atlassian, Notion, Linear, Airtable, Sentry, New Relic, Grafana, Meta/WhatsApp, Buildkite,
 * CircleCI, Cloudflare; in QP mail bodies, MIME encoded-word mails, HTML error pages, JSON with
 * `\uXXXX` escapes, Python/Go reprs, SOAP with CDATA, TOML, YAML.
 * Personal (68): national ids of 21 countries with real check digits (ES DNI/NIE, NL BSN, PL PESEL,
 * FR NIR spaced/compact, BR CPF, IN Aadhaar (Verhoeff), KR RRN, TR T.C. Kimlik, CN resident id, JP My
 * Number (also full-width digits), IT codice fiscale, PT NIF, BE national number, RU SNILS and personal
 * INN, SE personnummer, FI henkilötunnus, NO fødselsnummer, DE Steuer-ID, SA national id, UAE Emirates
 * ID); phones in 15 national layouts (JP also full-width `０９０－…`, DE URL-encoded `%2B49%20…`);
 * mailboxes plain, in MIME From/Reply-To beside encoded-word names, HTML-entity and NCR mails, QP
 * bodies, TSV, URL-encoded (`%40`) and double-URL-encoded (`%2540`); an OIDC id_token payload segment
 * and a base64 SMS body carrying an e-mail/phone (the base64 string is the value); postal addresses
 * in native layouts and scripts (JP 〒, CN, KR, DE (JSON `\u` escaped — the escaped form is the
 * value), FR, ES in BOM CSV, PL, TR, RU).
 * Financial (34): cards of regional brands (JCB also full-width, UnionPay 16/19, Mir, Troy, RuPay,
 * Elo) and Visa/Mastercard/Amex, grouped by space or dash, URL-encoded in a form body, in QP mail,
 * BOM CSV, HTML; CVC/CID beside cards; mod-97 IBANs of 14 countries (DE FR ES IT NL PL PT TR SA AE BE
 * CH AT NO; FR and ES with their national keys); BTC base58 and bech32, EIP-55 ETH addresses.
 * Written by an author who did not read src/scan/, docs/scanner.md, the README's scanner section,
 * the fixtures or other sets' cases. A value counts only when every character of every occurrence
 * lies inside leak findings; a negative is flagged when any leak finding lands anywhere in its text.
 * BLIND19_SEED picks the seed; BLIND19_REPORT=1 prints the misses and false alarms themselves.
 *
 * Decisions (124 negatives): localized prose about passwords/keys with no value (`Passwort vergessen?`,
 * `パスワードが違います`, policies, expiry and reset notices in 14 languages, JSON-`\u`, HTML-entity, QP,
 * MIME and URL-encoded prose), empty or placeholder fields (`<Passwort>`, `（非表示）`, `（未入力）`,
 * `[ausgeblendet]`, `<tu-contraseña>`, `请填写您的密钥`, `«скрыт»`, `${…}`, `${{ secrets.X }}`, k8s
 * secretKeyRef, Vault paths), masked values (`****1234`, `j***@firma.de`, `090-****-1234`, masked
 * IBAN, `110105********087X`). Public company registration and tax numbers are NOT personal data and
 * are negatives even with valid check digits: Japanese 法人番号 and the qualified-invoice T-number
 * (T + 法人番号, published by the NTA), Chinese USCC (mod-31 check), German HRB and USt-IdNr., French
 * SIREN/SIRET (Luhn), Polish NIP, Russian company INN (10 digits) and KPP, Korean 사업자등록번호,
 * Italian P.IVA, Spanish CIF, UAE TRN, Indian GSTIN, a Brazilian NF-e access key. Also negatives:
 * request/trace ids, UUIDs, SHA-1/256 digests, image digests, ETag/Content-MD5, base64 of non-secret
 * JSON (Pub/Sub data, a ConfigMap-like config), order/invoice/tracking/SKU/JAN numbers, a 16-digit
 * non-Luhn batch reference, postal codes, dates, amounts, versions, IPs, MACs, Kafka offsets,
 * coordinates, Stripe object ids; published documentation/test values (AKIAIOSFODNN7EXAMPLE pair,
 * 4242…, 4111…, Stripe test cards, DE89 3704 0044 0532 0130 00, GB82 WEST…, jwt.io's sample, the
 * docs' Basic `username:password`, the NIR example from the notice, RSSMRA80A01H501U, Ofcom/555
 * drama numbers, the BTC genesis address, the USDT contract), example.* mailboxes (plain, JSON,
 * URL-encoded, HTML), company hotlines (0120 free dial, French 09 69 service number); public keys
 * (ssh-ed25519, PEM PUBLIC KEY, JWKS) and public-by-design client identifiers (Stripe and PAY.JP
 * pk_live_, Toss live_ck_ client key, Firebase web config, Google OAuth client id, reCAPTCHA site
 * key, Mapbox pk., Sentry DSN); transaction hashes; URL-encoded non-secret query strings and redirects.
 * Judgement calls on the positive side: key ids that are only half a pair (AWS AKIA…, Alibaba LTAI…,
 * Tencent AKID…, Razorpay rzp_live_, WooCommerce ck_) count as credentials beside their secrets; an
 * encoded value is planted in the encoding the text carries (URL-encoded e-mail/phone/card/password,
 * `\u`-escaped address, full-width digits); a base64 blob whose decoded body holds a password or
 * personal data is itself the value; a JWT is one credential value even when it also carries claims.
 *
 * FIRST SIGHT (2026-12-05 04:02 UTC, scanner = branch b19 as branched, untouched, built with `npm run
 * build`; cases committed first in a845bcb; 189 positives, 214 values: 112 credential, 68 personal,
 * 34 financial; 124 negatives). No harness fix was needed after measuring (every value sat in its
 * text and passed its checksum before the measurement; nothing was changed afterwards).
 *   seed  overall          credential       personal        financial       flagged
 *   1     81.3 % (174/214) 83.9 % (94/112)  77.9 % (53/68)  79.4 % (27/34)  7.3 % (9/124)
 *   2     81.3 % (174/214) 83.9 % (94/112)  77.9 % (53/68)  79.4 % (27/34)  6.5 % (8/124)
 *   3     81.3 % (174/214) 84.8 % (95/112)  76.5 % (52/68)  79.4 % (27/34)  7.3 % (9/124)
 *   4     81.3 % (174/214) 83.9 % (94/112)  77.9 % (53/68)  79.4 % (27/34)  7.3 % (9/124)
 *   5     81.8 % (175/214) 84.8 % (95/112)  77.9 % (53/68)  79.4 % (27/34)  6.5 % (8/124)
 *   6     81.3 % (174/214) 83.0 % (93/112)  79.4 % (54/68)  79.4 % (27/34)  7.3 % (9/124)
 *   7     81.3 % (174/214) 84.8 % (95/112)  76.5 % (52/68)  79.4 % (27/34)  7.3 % (9/124)
 *   8     81.3 % (174/214) 83.9 % (94/112)  77.9 % (53/68)  79.4 % (27/34)  6.5 % (8/124)
 *   9     80.8 % (173/214) 83.9 % (94/112)  76.5 % (52/68)  79.4 % (27/34)  6.5 % (8/124)
 *   10    81.3 % (174/214) 83.0 % (93/112)  79.4 % (54/68)  79.4 % (27/34)  6.5 % (8/124)
 * Misses by class (every seed unless said; "none" = no leak finding anywhere in the text):
 *   credential (17-19 a seed): passwords under non-English labels — `密码：`/`口令=` (Chinese), `パスワード：`
 *     with full-width colon and spaces, YAML key `パスワード:`, Korean `비밀번호=`/`암호=` in a form body
 *     (found when the key drawn is `password=`; missed on 6 seeds), Hindi `पासवर्ड=`, Russian `пароль:`/
 *     `Пароль=`, Arabic `كلمة المرور:`, Polish `hasło:` (its password also holds one non-ASCII letter),
 *     a German BOM CSV column under a `Passwort` header; passwords in encodings — QP mail bodies
 *     (Japanese, and Italian where `=C3=A8` sits between `password` and the value), a plain-text body
 *     after a MIME encoded-word Subject (Chinese `临时密码`, Russian `Пароль:`), an HTML page where the
 *     password sits between `&#39;` entities, a SOAP `<senha><![CDATA[…]]>`, a double-URL-encoded
 *     password (`%2525…%2540`) in a redirect; a password typed in full-width characters; the WeChat Pay
 *     APIv3 key (32 base62 under `wxpay.api-v3-key=`); on 3 seeds a Naver client secret (10 letters,
 *     found when it holds a digit).
 *   personal (14-16 a seed): national ids with only a native-language label — FR NIR (spaced or
 *     compact) in an HTML table, JP My Number (spaced, compact and full-width), RU SNILS and personal INN,
 *     Saudi national id; Aadhaar compact under a Hindi label (8 seeds; the spaced layout was found);
 *     a full-width Japanese mobile number; a double-URL-encoded mailbox (`%2540`); a base64 JSON SMS
 *     body with a Turkish name and phone; addresses in native scripts/layouts — CN, KR, RU (only the
 *     phone beside it found), TR `Cad. No:… D:…`, a DE address with JSON `\u00df`/`\u00fc` escapes, and
 *     on 3 seeds a Spanish `C/ …, N, Nº X, CP Ciudad` address in CSV (only the street part found).
 *   financial (7 every seed): UnionPay 19-digit card under a Chinese label, Troy (9792) card, JCB in
 *     full-width digits, a URL-encoded grouped card (`5113%204076%20…`), CVCs beside found cards under
 *     `Prüfziffer=` (form body), `cryptogramme=` and `CID&nbsp;`.
 * False alarms by class (every seed unless said): a masked mailbox `m****r@web.de` (`r@web.de` reported),
 *   `hanako@example.jp` (JPRS reserves example.jp for documentation), the `.env.example` URL with the
 *   placeholder password `passwort`, the documentation Basic header `username:password`, the dummy
 *   Japanese mobile `090-0000-0000`, a French company service number `09 69 …`, the public USDT ERC-20
 *   contract address (all lowercase), the textbook codice fiscale RSSMRA80A01H501U; on seeds 1, 3, 4, 6
 *   and 7 a device MAC address next to a serial number.
 * Realism slips noticed after measuring, left as written (cases are not changed after first sight):
 *   Japanese 〒 postcodes are drawn independently of the ward (and Spanish CP/Turkish PK of the city);
 *   the codice fiscale draws the female day offset regardless of the name; Italian IBANs carry a random
 *   CIN letter (mod-97 holds, the national CIN does not) and German/Polish/Austrian/Swiss BBANs have no
 *   real bank codes; a NIR can draw department 20 (Corsica is 2A/2B); card expiries print as `5/30` not
 *   `05/30`; `Prüfziffer` appears un-encoded in a URL-encoded form body; PEM bodies are random DER-like
 *   bytes; the Notion (ntn_), Atlassian (ATATT…), CircleCI (CCIPAT_) and Discord token shapes are from
 *   the author's memory of the published formats, not checked against a spec.
 * NOT HELD OUT AGAINST A ROUND: this set was written after round 5 and fix18, and measured at first sight on main
 *   81480ca (508 detectors) with no round aimed at its theme; its first sight is the honest held-out figure of that
 *   scanner on fresh material (issue 13's bars: 95 % / 5 %, missed on both: 80.8-81.8 % / 6.5-7.3 %).
 * TUNED (round fix19, 2026-12-05 04:20 UTC, 511 detectors, tests in test/unit/scan/blind-19-fixes.test.ts; an upper
 *   bound): passwords under labels in non-Latin scripts (`native-script-password`: 密码, パスワード, 비밀번호, пароль,
 *   كلمة المرور, पासवर्ड, hasło… with a full-width colon or a space alone) and the same labels quoted-printable or
 *   percent-encoded (`encoded-native-password`); national ids under such labels (`native-keyed-id`: マイナンバー/個人番号,
 *   СНИЛС and ИНН with new check-digit validators, رقم الهوية, आधार); `Passwort`/`contraseña` table columns, `<senha>`
 *   and CDATA values; full-width forms read as ASCII before scanning (same offsets); 17-19-digit card runs beginning
 *   2-6 (UnionPay); `kart`/卡号/カード as card context (Troy); `Prüfziffer`, `CID&nbsp;` CVC labels; `&nbsp;` between an
 *   id's label and value. Not leaks: masked mailboxes (`m****r@`), example.jp, other languages' word for password as
 *   a value (`passwort`), documentation's Basic `username:password`, dummy phones (`090-0000-0000`), the textbook
 *   codice fiscale, quoted or bracketed words (`«скрыт»`, `（非表示）`). Seeds 1-10: 92.5-93.5 % covered (credential
 *   94.6-95.5 %, personal 88.2-89.7 %, financial 94.1 %), flagged 1.6-2.4 %. Left: native-script addresses (CN, KR,
 *   RU, TR) and `\u`-escaped ones, double URL-encoding (`%2540`), HTML-entity quotes around a password, a WeChat
 *   Pay APIv3 key with no prefix, a label far from its value (`…（入力：Ｐａｒｉｓ…）`), URL-encoded grouped cards
 *   (`5113%204076…`), a base64 SMS body; still flagged: a device MAC beside a serial (we report MACs), a French
 *   09 69 company number, the public USDT contract address (lower case).
 * Floors (first set a hair under the lowest first-sight figure over seeds 1-10, flagged a hair above the highest;
 * now under the tuned figures) fail on a regression.
 */
const MIN_COVERED = 0.92;
const MIN_BY_GROUP: Record<string, number> = { credential: 0.94, personal: 0.88, financial: 0.94 };
const MAX_FLAGGED = 0.025;

describeBlindSet({
  n: 19,
  build: buildBlindSet19,
  formatOk: formatOk19,
  minSize: { positives: 170, values: 200, negatives: 120 },
  minShare: { credential: 0.5, personal: 0.27, financial: 0.13 },
  minCovered: MIN_COVERED,
  minByGroup: MIN_BY_GROUP,
  maxFlagged: MAX_FLAGGED,
});

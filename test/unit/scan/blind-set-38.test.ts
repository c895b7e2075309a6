import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet38 } from '../../helpers/blind-set-38';
import { formatOk38 } from '../../helpers/blind-set-38-format';

/**
 * Sealed blind set 38: web hosting, content management and agency operations; seed 1: 891 positives, 3240 values (1683 credential, 1125 personal, 432 financial), 300 negatives.
 *
 * First sight (lead, 2026-12-06, main 5a7f75e, 921 detectors): seeds 1–3 88.3–88.4 % of values fully covered (credential
 * 85.9–86.1 %, personal 87.2–87.6 %, financial 100 %), 6.7 % of negatives flagged (20/300).
 *
 * After round r38 (954 detectors: Drupal hash_salt, wp-config salts and DB passwords, Joomla mail/FTP properties, Postfix
 * sasl_passwd lines, DirectAdmin login keys, S3-compatible and B2 key ids, Netlify build hooks, Strapi APP_KEYS, ACF PRO,
 * licence-UUID, WP Rocket and Akismet keys, Google app passwords, SFTP user specs, sshd username-prompt passwords, SSHPASS;
 * chat, note, ticket and WP-CLI passwords, EPP codes in tables, Laravel insert columns; names after mailboxes, under WHOIS and
 * contact labels, in usermeta rows, form answers, split fields, ticket quotes and note signatures, form birth dates, AUTH
 * LOGIN usernames, CF7 `your-name` columns; Authorize.Net XML keys, multi-line Magento crypt keys and `login ->` pairs in
 * the existing detectors; DMARC/TLS-RPT mailboxes and Ghost Content API keys kept clean): seeds 1-5 99.3–99.4 % covered
 * (credential 98.8–98.9, personal 99.6–99.9, financial 100.0), 0.0 % flagged. Left: htpasswd apr1/bcrypt hashes (salted
 * hashes are look-alikes by convention), `&` inside unquoted form-encoded passwords, hybrid `Rue des … Close` streets.
 */
describeBlindSet({ n: 38, build: buildBlindSet38, formatOk: formatOk38, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.99, minByGroup: { credential: 0.985, personal: 0.993, financial: 0.995 }, maxFlagged: 0.01 });

import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet82 } from '../../helpers/blind-set-82';
import { formatOk82 } from '../../helpers/blind-set-82-format';

/** Sealed blind set 82: what an outside tester throws at an alerting service as "fresh random payloads" — a combinatorial
 * grammar, written blind, that composes random but realistic payloads so no two seeds look alike.
 *
 * Containers (38 sources): JSON nested 1-5 deep and arrays of objects, JSON inside JSON strings (escaped once and twice),
 * YAML block and flow, TOML, INI, .properties, dotenv, XML elements/attributes/appSettings, SOAP with WS-Security, HTML
 * forms, URL queries and fragments, x-www-form-urlencoded and multipart bodies, HTTP request headers and responses,
 * cookies, logfmt, RFC 5424 syslog structured data, Go `%+v`, Python repr, Ruby hashes, PHP print_r/var_export, Java
 * toString, Elixir maps/keyword lists, Rust Debug, C# anonymous objects, SQL INSERT/UPDATE and bind logs (Postgres DETAIL,
 * Hibernate, Rails), shell commands (env prefixes, `--flag=`, `-p`), CSV, Markdown tables, GraphQL variables, protobuf text
 * format and ad-hoc `key <op> value` lines. Keys come from a multilingual vocabulary spelled snake/camel/Pascal/kebab/
 * SCREAMING/dotted/Train-Case/flat, bracketed, prefixed or suffixed.
 *
 * Planted: provider credentials in documented formats (Stripe sk_/rk_live, GitHub ghp_/github_pat_, GitLab glpat-, Slack
 * xoxb/xoxp and webhooks, AWS AKIA/ASIA + secret, Google ya29./1//, OpenAI sk-proj-, Anthropic sk-ant-, Twilio auth tokens
 * and API secrets, SendGrid, Mailgun, npm, PyPI, Shopify, Datadog, JWTs, PEM private keys, passwords with punctuation,
 * spaces and quotes, URL and connection-string passwords, session cookies, S3 presigned signatures, Basic auth); personal
 * data (names, emails, phones of 15 countries, addresses, birth dates, SSN, NINO, Steuer-ID, NIR, DNI, codice fiscale, CPF,
 * Aadhaar, BSN, public IPv4/IPv6); financial (Luhn cards of 7 brands bare/spaced/dashed with CVCs, IBANs of 16 countries,
 * ABA routing + account). Some values are further \u-escaped, entity-encoded or percent-encoded, or also carried in a
 * base64 JSON blob; each recorded value is exactly the substring that must be redacted, as the container escaped it.
 *
 * Negatives: the same containers holding placeholders, env and template references, masks, null/true/empty values under
 * secret keys, labelled hashes, key ids and secret references, publishable and SSH public keys, token types, expiries and
 * lengths, commit shas, trace ids, UUIDs, checksums, base64 image data, company contacts and documentation examples.
 *
 * Seed 1: 520 positives, 1706 values (940 credential, 481 personal, 285 financial), 210 negatives.
 *
 * First sight (lead, 2026-12-07, on the 1681-detector build; the same on the 1709-detector build after rounds r81, r83
 * and l82, nothing aimed at it): seeds 1-2 90.8-91.4 % of values fully covered (credential 91.5-92.4 %, personal
 * 89.3-91.5 %, financial 88.1-90.6 %), 3.8-8.6 % of negatives flagged (seed 1: 18/210; company addresses with a legal
 * form, 0800 000 0000 and (555) 010-01xx phones, `env:STRIPE_KEY` references, cookies of harmless pairs).
 * Round r82 (branch r82: passwords read to their container's end, session ids under session keys, names under name
 * keys, the false-alarm classes above; 94.1-94.6 % and 0 % on this set) is held back: merged together with round r79b,
 * the scan suite failed 103 tests (older sets' false-alarm floors among them), and the two were not separated in time.
 * Lead round l84 (2026-12-07, on fresh seeds 5 and 6: 90.6 % and 89.3 %): bare passwords with punctuation up to the next
 * field, session ids in their framework's format under session keys; seeds 5/6/1 92.3/90.5/92.2 %, no new false alarm.
 * Lead round l85 (2026-12-07, on fresh seeds 7 and 8: 92.7 % / 5.2 % flagged and 92.2 % / 4.3 %): names under bare
 * name/holder keys with a common given name first, base64 user:password under authorization keys, a leak holding a
 * public id takes the finding over, quoted values read past deeper-escaped quotes, bracketed form keys, table rows of
 * password words, and the false-alarm classes above. Seeds 7/8 94.6/94.0 %, 0.5 % flagged; seeds 1/5/6 (not looked at
 * this round) 93.7/93.8/92.4 %, 0/1/1 of 210 flagged; seeds 9/10 (fresh) 93.2/94.2 %, 1.0/1.4 % flagged.
 * Lead round l86 (2026-12-07, seed 11: 93.4 %, 4/210 flagged): key suffixes, other languages' password words read by
 * password-assignment, doubled quotes inside quoted values, bank numbers and card codes under keys in any convention,
 * revision cookies, AWS's example key percent-encoded: seed 11 95.7 %, 2/210; seed 1 95.3 % (credential 96.2, personal
 * 94.4, financial 93.7), 0/210; seed 12, not looked at, 94.4 %, 1/210.
 */
describeBlindSet({ n: 82, build: buildBlindSet82, formatOk: formatOk82, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.95, minByGroup: { credential: 0.955, personal: 0.94, financial: 0.93 }, maxFlagged: 0.005 });

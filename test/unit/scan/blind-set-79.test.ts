import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet79 } from '../../helpers/blind-set-79';
import { formatOk79 } from '../../helpers/blind-set-79-format';

/**
 * Sealed blind set 79: fresh random payloads from a grammar, not a list of templates. Each case draws from the seed a
 * container (JSON nested 0-4 levels or inside a JSON string, YAML with block scalars, TOML, INI, .properties, env lines,
 * shell `export`, CLI flags, query strings, form bodies, HTTP headers, cookies, XML elements and attributes, logfmt, Go
 * `%+v`, Python repr, Ruby hashes, PHP print_r/var_dump, Java toString and Lombok, Rust Debug, Elixir maps, C# dumps, SQL
 * INSERT/UPDATE, GraphQL variables, protobuf text, CSV, Markdown tables, free key-value lines with `=`, `:`, `=>`, `:=`,
 * `->`, tabs), key names from the many real names of secrets and personal/financial fields with vendor prefixes and
 * suffixes in eight naming conventions, the container's own quoting/escaping (JSON, doubled quotes, XML entities,
 * percent/form encoding, shell quotes), and surroundings (log prefix, stack trace, alert title, Datadog webhook body,
 * PagerDuty payload, Slack message, Kubernetes event, compose log prefixes, Sentry, syslog). Planted: ~50 provider
 * credential formats, passwords with spaces, `;`, `&`, `#` and quotes (planted whole, as escaped in the text), hex/base64
 * secrets, JWTs, session ids, Basic credentials, passwords inside connection URLs, PEM private keys; names, emails, phones
 * (E.164 and national), birth dates, SSNs, NINOs, DNIs, BSNs, street addresses, end-user IPs; Luhn cards in several
 * groupings with CVVs, IBANs of seven countries, account + ABA routing, sort code + account. Negatives from the same
 * grammar: secret-ish keys with harmless values (types, lengths, names, flags, null, placeholders, env references,
 * masks, vault references, public keys) and harmless keys with high-entropy values (trace ids, hashes, UUIDs, etags,
 * cursors of harmless JSON, object ids). Seed 1: 540 positives, 1712 values (903 credential, 541 personal,
 * 268 financial), 190 negatives.
 *
 * First sight (1662 detectors): seeds 1–2 88.6–89.4 % (credential 86.3–87.0 %, personal 90.8–91.1 %, financial
 * 88.9–97.0 %), 3.7–4.7 % of negatives flagged.
 * After round r79 (6 detectors in keyed-r79.ts, one key/value reader for every container: keys in any convention with
 * the words that name a copy of the value, operators `->`, tabs, `] =>`, table cells, XML elements, CLI flags, values
 * spanned as each container escapes them; the same copy suffixes and `pw` in the generic assignments; harmless cookie
 * pairs in http-cookie): seeds 1–3 96.8–97.1 % (credential 96.1–96.8 %, personal 97.1–97.8 %, financial 96.9–98.9 %),
 * 0.0 % of negatives flagged. The reader stays under every older detector (priority 20) and leaves to them the forms they
 * read: a bare `session_id`/`Session-ID` under `=`/`:` (audit logs' and TLS's session ids, benign in earlier sets), a bare
 * `name` without another field of a person on its line, passwords that password-assignment reads whole. Left: columns of CSV and multi-column Markdown tables whose header names the value on
 * another line (passwords with `;`, names, session ids), PHP var_dump values under the key on the line before, short
 * `-p` password flags, form-encoded phones `%28212%29+666-0017`, provider keys in header-less CSV rows.
 */
describeBlindSet({ n: 79, build: buildBlindSet79, formatOk: formatOk79, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.965, minByGroup: { credential: 0.955, personal: 0.97, financial: 0.965 }, maxFlagged: 0.005 });

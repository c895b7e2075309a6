import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet80 } from '../../helpers/blind-set-80';
import { formatOk80 } from '../../helpers/blind-set-80-format';

/**
 * Sealed blind set 80: observability and security pipelines relaying another tool's record into an alert. Sources (the
 * id's first segment): Sentry event JSON (request headers, cookies, query string, body, user, breadcrumbs, extra, local
 * variables), OpenTelemetry (OTLP JSON spans and log records, collector debug exporter output), Jaeger and Zipkin span
 * tags, Datadog log JSON and facets, CloudWatch Logs Insights rows and metric-filter alarms, GCP LogEntry (httpRequest,
 * jsonPayload, audit protoPayload), Azure Monitor / App Insights customDimensions, Kubernetes audit events (Secret data
 * and stringData, pod env), Envoy/Istio access logs, AWS WAF and Cloudflare firewall logs, Kong/Apigee/Tyk gateway logs,
 * NGINX access and error logs, PagerDuty/Opsgenie payloads, Alertmanager/Grafana alerts, Falco and Elastic SIEM alerts,
 * GitHub Actions/GitLab CI logs with set -x, Vault audit logs with log_raw, syslog and journald relays.
 * Planted: bearer JWTs, Basic credentials, session cookies, provider keys (GitHub, GitLab, Slack, Stripe, AWS, Google,
 * SendGrid, Twilio, OpenAI, Anthropic, Datadog, npm, Shopify, Mailgun, Docker Hub, Vault, New Relic, Okta, Telegram,
 * Cloudflare, Azure, Grafana and others), passwords in DSNs, command lines and quoted passphrases, base64 Secret data,
 * PEM private keys; end users' names, emails, phones, IPs, addresses, birth dates, SSNs; cards, IBANs, US account and
 * routing numbers. Negatives: the same records with trace/span ids, Vault hmac-sha256 values, [Filtered]/<redacted>
 * values, hashed IPs and emails, private IPs, service accounts, k8s uids and resourceVersions, image digests, public
 * SSH keys, masked keys, env references, business contacts, metrics.
 * Seed 1: 556 positives, 3761 values (2021 credential, 1093 personal, 647 financial), 198 negatives.
 *
 * First sight (1662 detectors): seeds 1–2 95.5–95.7 % of values (credential 95.9–96.3 %, personal 93.3–93.4 %,
 * financial 97.5–97.7 %), 0 % of negatives flagged.
 * After round r80 (`pipelines-r80.ts`, 11 detectors; the Amex 4-6-5 grouping as a row's card in rows-r39's ROW_SIBLING; a
 * WAF-blocked request that carried a user's bearer token or Basic credentials no longer counts as an attacker's in
 * isThreatSourceAddress): seeds 1–3 99.97–100.0 % (credential 100 %, personal 100 %, financial 99.8–100 %), 0 % flagged.
 * Fixed by class: secrets under OTLP/Jaeger attribute objects (`{"key":…,"value":{"stringValue":…}}`), secrets and names
 * in NGINX `\x22`-escaped bodies, quoted passphrases with spaces after `sshpass -p`/`redis-cli -a`, Cloudflare tokens after a
 * token label in a Cloudflare log, account numbers under a payment party's account key in a transfer record, names
 * before `(account …)`, after on-call/owner/contact labels before a phone, under `*_contact` keys beside a phone or
 * mailbox. Left: a bare `account.number` span tag with no routing, IBAN or bank word (Herald's convention since round
 * h28: an account number needs a branch code or a bank label beside it).
 */
describeBlindSet({ n: 80, build: buildBlindSet80, formatOk: formatOk80, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.999, minByGroup: { credential: 0.999, personal: 0.999, financial: 0.997 }, maxFlagged: 0.005 });

import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet88 } from '../../helpers/blind-set-88';
import { formatOk88 } from '../../helpers/blind-set-88-format';

/**
 * Blind set 88 (sealed, written without sight of the scanner's detectors): secrets and personal
 * data in developer config files, dotfiles and repositories, as they reach an alert.
 *
 * Sources (37): .npmrc, .yarnrc(.yml), .pypirc/pip.conf/poetry, .netrc/.git-credentials/git config,
 * cargo/gem/composer credentials, docker config.json and dockerconfigjson secrets, kubeconfig,
 * AWS credentials/config/STS output, gcloud service-account and ADC JSON, Azure publish profiles and
 * connection strings, Terraform tfvars/tfstate/plan, Ansible inventory/group_vars/task output,
 * Kubernetes Secrets and Helm values, docker-compose/inspect, Spring, Rails, Django, Laravel,
 * WordPress, Gradle/Android signing, Maven/NuGet, .pgpass/my.cnf/redis.conf/pgbouncer userlist/mongosh,
 * SSH/PEM/GPG private keys, .env files, shell histories (bash/zsh/fish), notebooks and VS Code
 * configs, git diffs/log/blame, CI configs and logs, Firebase mobile/web configs, Wrangler/Netlify/
 * Heroku/Vercel, Postman/Insomnia/HAR/HTTPie, s3cmd/rclone/boto, SQL/CSV/YAML/JSON seed fixtures,
 * git authors and .mailmap, payment fixtures (cards, IBANs, routing + account numbers, payroll),
 * crash dumps of the environment, and support tickets with pasted files. Each is wrapped at random
 * raw, in Datadog markdown, JSON-escaped once or twice, as a Slack attachment, with per-line log
 * prefixes or HTML-escaped in a mail; a value counts in its printed form only where contiguous.
 *
 * Planted: tokens and keys in their real shapes, passwords of many styles, private keys; names,
 * emails, phones, addresses, birth dates, SSNs, NI numbers; Luhn-valid cards, mod-97 IBANs, ABA
 * routing and account numbers, live Stripe keys. Negatives: placeholders and references
 * (`${VAR}`, `{{ .Values.x }}`, `op://`, `vault:`, changeme), encrypted values (`!vault`,
 * `ENC(...)`, SOPS, SealedSecrets), AWS's documented example keys, lockfile and checksum hashes,
 * git SHAs, image digests, public keys, certificates, known_hosts, UUIDs, masked output, doc
 * samples with example.com emails and 555-01xx phones, empty values.
 *
 * Seed 1: 500 positives carrying 1442 values (808 credential, 422 personal, 212 financial) and
 * 220 negatives.
 * First sight (lead, 2026-12-08 02:31 UTC, build 449b796: the session's first changes, none aimed at this set): seeds 1-2
 * 95.8/94.3 % of values (credential 95.3/94.2 %, personal 95.3/91.9 %, financial 99.1/99.6 %), 15/17 of 220 negatives
 * flagged (6.8/7.7 %: SealedSecret ciphertext whose third character was not kubeseal's, jasypt `ENC(…)` values,
 * `xoxb-[REDACTED]`).
 * After round l88 on it: seeds 1-2 99.0/98.7 %, 0 flagged; seed 4 (its cases not looked at) 98.4 %, 0 flagged.
 * Left, judged against the set: Google `AIza` keys in Firebase mobile configs (GoogleService-Info.plist,
 * google-services.json) are public by design (issue 13) and stay public; passphrases given to `gpg` on a command line.
 */
describeBlindSet({
  n: 88,
  build: buildBlindSet88,
  formatOk: formatOk88,
  minSize: { positives: 425, values: 1225, negatives: 187 },
  minCovered: 0.975,
  minByGroup: { credential: 0.97, personal: 0.96, financial: 0.98 },
  maxFlagged: 0.01,
});

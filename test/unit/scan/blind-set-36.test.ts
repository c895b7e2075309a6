import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet36 } from '../../helpers/blind-set-36';
import { formatOk36 } from '../../helpers/blind-set-36-format';

/**
 * Sealed blind set 36: API gateways, service mesh, message brokers, caches, internal auth, feature flags, payment integrations and dead-letter queues; seed 1: 738 positives, 1944 values (1008 credential, 684 personal, 252 financial), 250 negatives.
 *
 * First sight (lead, 2026-12-06, main 5a7f75e, 921 detectors): seeds 1–3 91.3–91.5 % of values fully covered (credential
 * 84.0–84.5 %, personal 98.5–98.7 %, financial 100 %), 8.0 % of negatives flagged (20/250).
 *
 * After round r36 (933 detectors: Kong flow-sequence secrets, Apigee consumer keys in traces, `__Host-` session cookies,
 * `az` secret output, ConfigCat SDK keys, Envoy inline generic secrets, curl bundled `-su`, etcdctl `--user`, Sentinel
 * auth-pass, JAAS `user_*` entries, Consul SecretIDs, names before `<+phone>` and capital names with Latin Extended-A
 * letters; Kong `{vault://…}` references and Erlang node names kept clean): seeds 1-5 97.1–97.2 % covered (credential
 * 94.4–94.6 %, personal 100 %, financial 100 %), 0.0 % flagged. Left by convention: salted password hashes (RabbitMQ's
 * `password_hash`, htpasswd apr1, bcrypt) and Stripe publishable keys (`pk_live_`).
 */
describeBlindSet({ n: 36, build: buildBlindSet36, formatOk: formatOk36, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.97, minByGroup: { credential: 0.943, personal: 0.995, financial: 0.995 }, maxFlagged: 0.01 });

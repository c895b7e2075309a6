import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet66 } from '../../helpers/blind-set-66';
import { formatOk66 } from '../../helpers/blind-set-66-format';

/**
 * Sealed blind set 66: internal APIs, API gateways and service mesh as their errors reach an alert — gRPC status errors and
 * metadata dumps (grpcurl -v, grpc-go, grpc-java, grpc-js, Python grpc, grpc-gateway), GraphQL errors with variables and
 * resolver paths (Apollo Server/Router/Client, Hasura actions and event triggers, graphql-java, DGS), Envoy/Istio/Linkerd access
 * logs, debug header dumps, tap traces, ext_authz and jwt_authn, API gateways (Kong, Apigee, Tyk, AWS API Gateway execution logs,
 * Azure APIM traces, Traefik, NGINX Plus), OpenAPI/JSON-schema validation errors echoing the body, rate-limiter and auth-filter
 * denials, internal service-to-service calls (mTLS, JWT forwarding, HMAC signing, internal API keys, service account tokens),
 * egress to third-party APIs and internal payment APIs — carrying keys, tokens and passwords and the customer data they echo;
 * seed 1: 737 positives from 121 templates, 2134 values (1124 credential, 684 personal, 326 financial), 176 negatives from 44 templates.
 *
 * First sight (lead, 2026-12-06 22:20 UTC, on the build after rounds r60–r65 and the encoded-run rules, nothing aimed at it):
 * seeds 1–3 94.4–94.6 % of values fully covered (credential 93.7 %, personal 95.9–96.1 %, financial 93.9–94.5 %), 4.5 % of negatives flagged. Floors under it.
 *
 * After round r66 (17 detectors, src/scan/detectors/gateways-r66.ts and gateways-r66-people.ts): seeds 1–3 100.0 % (credential 100.0 %,
 * personal 100.0 %, financial 100.0 %), 0.0 % flagged (a digest counter key and a signature beside its key id read as no secrets);
 * left: nothing the set plants; the rules are the classes (inspected header maps, name/value Authorization schemes, gateway trace XML,
 * Tyk and NGINX Plus keyval keys, APIM and signer keys, validation echoes, account/routing pairs), not its strings. Floors just under.
 */
describeBlindSet({ n: 66, build: buildBlindSet66, formatOk: formatOk66, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.995, minByGroup: { credential: 0.995, personal: 0.995, financial: 0.995 }, maxFlagged: 0.01 });

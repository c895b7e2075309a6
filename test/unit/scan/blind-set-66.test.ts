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
 */
describeBlindSet({ n: 66, build: buildBlindSet66, formatOk: formatOk66, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.94, minByGroup: { credential: 0.935, personal: 0.955, financial: 0.935 }, maxFlagged: 0.05 });

import type { Tpl66 } from './blind-set-66-values';

/** gRPC: grpcurl -v, grpc-go, grpc-java, grpc-js, Python grpc, grpc-gateway, protoc-gen-validate. */
export const GRPC66: Tpl66[] = [
  (g) => {
    const jwt = g.userJwt('ops-bot@internal');
    const key = g.alnum(40, 'internal_api_key');
    const name = g.name();
    const email = g.email();
    const phone = g.phoneE164();
    const card = g.card();
    return `$ grpcurl -v -H 'authorization: Bearer ${jwt}' -H 'x-api-key: ${key}' -d '{"customer":{"full_name":"${name}","email":"${email}","phone":"${phone}"},"card":{"number":"${card}","exp_month":${g.int(1, 12)},"exp_year":${g.int(2027, 2031)}}}' payments.internal:443 acme.payments.v1.PaymentService/CreatePayment

Resolved method descriptor:
// Creates a card payment for a customer.
rpc CreatePayment ( .acme.payments.v1.CreatePaymentRequest ) returns ( .acme.payments.v1.Payment );

Request metadata to send:
authorization: Bearer ${jwt}
x-api-key: ${key}

Response headers received:
content-type: application/grpc
date: Tue, 0${g.int(1, 9)} Mar 2026 10:${g.int(10, 59)}:${g.int(10, 59)} GMT
x-request-id: ${g.uuid()}

Response trailers received:
(empty)
Sent 1 request and received 0 responses
ERROR:
  Code: FailedPrecondition
  Message: issuer declined card for customer ${email}: do_not_honor`;
  },
  (g) => {
    const tok = g.saToken(g.pick(['payments', 'ledger', 'kyc']), g.pick(['payout-worker', 'ledger-api', 'kyc-sync']));
    const ik = g.hex64('internal_api_key');
    return `${g.ts().replace('T', ' ').slice(0, 19).replace(/-/g, '/')} ERROR grpc call failed: rpc error: code = PermissionDenied desc = caller not in allow-list method=/ledger.v1.LedgerService/PostEntries md=map[:authority:[ledger.ledger.svc.cluster.local:9090] authorization:[Bearer ${tok}] content-type:[application/grpc] user-agent:[grpc-go/1.64.0] x-internal-key:[${ik}] x-request-id:[${g.uuid()}]]`;
  },
  (g) => {
    const key = g.apigwKey();
    const b = g.basic('partner-api', undefined);
    return `io.grpc.StatusRuntimeException: UNAUTHENTICATED: invalid credentials for partner gateway
	at io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)
	at io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:249)
	at io.grpc.stub.ClientCalls.blockingUnaryCall(ClientCalls.java:167)
	at com.acme.partners.v1.PartnerServiceGrpc$PartnerServiceBlockingStub.syncOrders(PartnerServiceGrpc.java:412)
	at com.acme.sync.PartnerSyncJob.run(PartnerSyncJob.java:88)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)
Caused by trailers: Metadata(content-type=application/grpc,www-authenticate=Basic realm="partners")
Request headers: Metadata(x-api-key=${key},authorization=Basic ${b},grpc-accept-encoding=gzip,user-agent=grpc-java-netty/1.63.0)`;
  },
  (g) => {
    const iban = g.iban();
    const name = g.name();
    return `{"code":3,"message":"invalid CreateBeneficiaryRequest.Beneficiary: embedded message failed validation | caused by: invalid Beneficiary.Bic: value does not match regex pattern \\"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$\\"","details":[{"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[{"field":"beneficiary.bic","description":"value does not match regex pattern"}]},{"@type":"type.googleapis.com/google.rpc.DebugInfo","detail":"request={\\"beneficiary\\":{\\"holder_name\\":\\"${name}\\",\\"iban\\":\\"${iban}\\",\\"bic\\":\\"${g.pick(['DEUTDEF', 'BNPAFRP', 'INGBN'])}\\"}}"}]}`;
  },
  (g) => {
    const [f, l] = g.firstLast();
    const email = g.email();
    const dob = g.dob(0);
    const ssn = g.ssn();
    const street = g.street();
    return `{"level":"warn","ts":${1780000000 + g.int(0, 999999)}.${g.int(100, 999)},"caller":"onboarding/server.go:214","msg":"validation failed","grpc.method":"SubmitApplication","grpc.service":"onboarding.v2.Onboarding","grpc.code":"InvalidArgument","error":"invalid SubmitApplicationRequest.Applicant: embedded message failed validation | caused by: invalid Applicant.Phone: value length must be at least 8 runes","request":"applicant:{given_name:\\"${f}\\" family_name:\\"${l}\\" email:\\"${email}\\" date_of_birth:\\"${dob}\\" ssn:\\"${ssn}\\" address:{line1:\\"${street}\\" country:\\"US\\"} phone:\\"\\"}"}`;
  },
  (g) => {
    const key = g.googleKey();
    const tok = g.ya29();
    return `Traceback (most recent call last):
  File "/app/geo/resolve.py", line 61, in resolve_batch
    resp = stub.BatchResolve(req, metadata=[("x-goog-api-key", "${key}"), ("authorization", "Bearer ${tok}"), ("x-goog-request-params", "parent=projects/acme-geo-prod")], timeout=5)
  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1181, in __call__
    return _end_unary_response_blocking(state, call, False, None)
  File "/usr/local/lib/python3.12/site-packages/grpc/_channel.py", line 1006, in _end_unary_response_blocking
    raise _InactiveRpcError(state)  # pytype: disable=not-instantiable
grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:
	status = StatusCode.PERMISSION_DENIED
	details = "Requests from this API key are blocked."
	debug_error_string = "UNKNOWN:Error received from peer ipv4:142.250.${g.int(0, 255)}.${g.int(1, 254)}:443 {grpc_message:"Requests from this API key are blocked.", grpc_status:7, created_time:"${g.ts()}"}"
>`;
  },
  (g) => {
    const key = g.alnum(48, 'internal_api_key');
    const jwt = g.userJwt(`${g.pick(['svc-notify', 'svc-orders'])}@acme.internal`);
    const phone = g.phoneE164();
    return `Error: 7 PERMISSION_DENIED: tenant mismatch for recipient ${phone}
    at callErrorFromStatus (/srv/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)
    at Object.onReceiveStatus (/srv/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76)
    at process.processTicksAndRejections (node:internal/process/task_queues:77:11) {
  code: 7,
  details: 'tenant mismatch for recipient ${phone}',
  metadata: Metadata {
    internalRepr: Map(3) {
      'x-api-key' => [ '${key}' ],
      'authorization' => [ 'Bearer ${jwt}' ],
      'x-tenant-id' => [ 't_${g.hex(8)}' ]
    },
    options: {}
  }
}`;
  },
  (g) => {
    const hmac = g.hex64('hmac_secret');
    const acct = g.account();
    const rt = g.routing();
    const name = g.name();
    return `$ grpcurl -plaintext -rpc-header 'x-signing-secret: ${hmac}' -rpc-header 'x-caller: ${g.user()}' -d '{"ach":{"account_number":"${acct}","routing_number":"${rt}","account_holder":"${name}","type":"CHECKING"}}' localhost:7443 treasury.v1.Ach/CreateDebit
ERROR:
  Code: Unavailable
  Message: connection error: desc = "transport: Error while dialing: dial tcp [::1]:7443: connect: connection refused"`;
  },
  (g) => {
    const name = g.name();
    const email = g.email();
    const card = g.card();
    const street = g.street();
    return `${g.ts()} ERROR 1 --- [ault-executor-${g.int(0, 9)}] c.a.checkout.grpc.CheckoutGrpcService    : CreateOrder failed: INVALID_ARGUMENT: billing address rejected by AVS
request: customer {
  display_name: "${name}"
  email: "${email}"
}
payment {
  card {
    pan: "${card}"
    exp: "${String(g.int(1, 12)).padStart(2, '0')}/${g.int(27, 31)}"
  }
  billing_address {
    line1: "${street}"
    country_code: "${g.pick(['US', 'GB', 'DE', 'FR'])}"
  }
}`;
  },
  (g) => {
    const token = g.jwt({ iss: 'token-exchange.acme.internal', sub: g.user(), aud: 'orders.v1', exp: 1790000000 + g.int(0, 9999999), act: { sub: g.user() } }, 'ES256', `k${g.int(1, 9)}`);
    return `grpc_cli call orders-api.internal:443 acme.orders.v1.Orders.GetOrder "order_id: 'ord_${g.hex(12)}'" --metadata "authorization:Bearer ${token}:x-tenant:eu-west" --channel_creds_type=ssl
connecting to orders-api.internal:443
Rpc failed with status code 16, error message: token audience does not match service`;
  },
  (g) => {
    const pw = g.password(18);
    const user = g.user();
    return `${g.ts()}	error	grpc/dial.go:73	failed to dial ledger	{"target": "dns:///ledger-db-proxy:5432", "dsn": "host=ledger-db-proxy port=5432 user=${user} password=${pw} dbname=ledger sslmode=verify-full", "error": "rpc error: code = Unavailable desc = connection error: desc = \\"transport: authentication handshake failed: x509: certificate signed by unknown authority\\""}`;
  },
  (g) => {
    const stripe = g.stripeSk();
    const email = g.email();
    const ip = g.ip();
    return `W${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(10, 28))} 10:${g.int(10, 59)}:${g.int(10, 59)}.${g.int(100000, 999999)}       1 billing_client.cc:${g.int(100, 400)}] Charge RPC returned UNKNOWN: upstream 401 from api.stripe.com (Authorization: Bearer ${stripe}); customer=${email} client_ip=${ip}`;
  },
  (g) => {
    const nino = g.nino();
    const name = g.name();
    const dob = g.dob(2);
    const pw = g.password(15);
    return `{"severity":"ERROR","message":"StatusRuntimeException: INVALID_ARGUMENT: NINO checksum/prefix rejected by HMRC stub","logging.googleapis.com/trace":"projects/acme-uk/traces/${g.traceId()}","grpc":{"method":"identity.v1.Verify/CheckNino","peer":"ipv4:${g.privIp()}:${g.int(30000, 60000)}"},"payload":{"nino":"${nino}","fullName":"${name}","dateOfBirth":"${dob}"},"upstream":{"endpoint":"https://test-api.service.hmrc.gov.uk/individuals/matching","client_secret":"${pw}"}}`;
  },
  (g) => {
    const dd = g.ddApi();
    const ip = g.ip();
    const email = g.email();
    return `2026-0${g.int(1, 9)}-1${g.int(0, 9)} 0${g.int(0, 9)}:${g.int(10, 59)}:${g.int(10, 59)}.${g.int(100, 999)} [grpc-default-worker-ELG-1-${g.int(1, 8)}] WARN  c.a.g.AccessLogInterceptor - rpc=/accounts.v1.Accounts/UpdateEmail status=ALREADY_EXISTS peer=/${ip}:${g.int(30000, 60000)} x-forwarded-for=${ip} new_email=${email} dd-api-key=${dd} took=${g.int(3, 90)}ms`;
  },
];

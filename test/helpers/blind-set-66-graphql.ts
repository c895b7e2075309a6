import type { Tpl66 } from './blind-set-66-values';

/** GraphQL: Apollo Server/Router/Client, Hasura actions, event triggers and remote schemas, graphql-java, DGS, dd-trace tags. */
export const GRAPHQL66: Tpl66[] = [
  (g) => {
    const name = g.name();
    const email = g.email();
    const phone = g.phone();
    const dob = g.dob(0);
    return `{"errors":[{"message":"Variable \\"$input\\" got invalid value { fullName: \\"${name}\\", email: \\"${email}\\", phone: \\"${phone}\\", birthDate: \\"${dob}\\", tier: \\"GOLD\\" }; Field \\"tier\\" is not defined by type \\"CustomerInput\\".","locations":[{"line":1,"column":24}],"extensions":{"code":"BAD_USER_INPUT","stacktrace":["GraphQLError: Variable \\"$input\\" got invalid value","    at coerceVariableValues (/app/node_modules/graphql/execution/values.js:147:13)"]}}]}`;
  },
  (g) => {
    const key = g.apolloKey(g.pick(['acme-supergraph', 'payments-graph', 'storefront']));
    return `${g.ts()} ERROR apollo_router::executable: failed to start the router: fetch failed from uplink: Unauthorized — check APOLLO_KEY and APOLLO_GRAPH_REF
  env: APOLLO_GRAPH_REF=acme-supergraph@prod APOLLO_KEY=${key} APOLLO_ROUTER_LOG=info
  at: https://uplink.api.apollographql.com/ (attempt 3/3)`;
  },
  (g) => {
    const key = g.alnum(40, 'api_key');
    const name = g.name();
    const email = g.email();
    const street = g.street();
    return `{"errors":[{"message":"http exception when calling webhook","extensions":{"code":"unexpected","path":"$","internal":{"error":"invalid JSON","response":{"status":502,"headers":[{"name":"content-type","value":"text/html"}],"body":"<html><body>Bad Gateway</body></html>"},"request":{"url":"http://kyc-actions.internal:3000/verifyCustomer","headers":[{"name":"x-api-key","value":"${key}"},{"name":"Content-Type","value":"application/json"}],"body":{"session_variables":{"x-hasura-role":"user","x-hasura-user-id":"${g.uuid()}"},"input":{"customer":{"name":"${name}","email":"${email}","address":"${street}"}},"action":{"name":"verifyCustomer"}}}}}}]}`;
  },
  (g) => {
    const secret = g.hasuraSecret();
    const email = g.email();
    return `$ curl -s https://hasura.internal.acme.io/v1/graphql -H 'x-hasura-admin-secret: ${secret}' -H 'content-type: application/json' -d '{"query":"mutation { insert_customers_one(object: {email: \\"${email}\\"}) { id } }"}'
{"errors":[{"extensions":{"path":"$.selectionSet.insert_customers_one.args.object","code":"constraint-violation"},"message":"Uniqueness violation. duplicate key value violates unique constraint \\"customers_email_key\\""}]}`;
  },
  (g) => {
    const iban = g.iban();
    const name = g.name();
    const sk = g.stripeSk();
    return `${g.ts()}  WARN 1 --- [nio-8080-exec-${g.int(1, 9)}] n.g.e.SimpleDataFetcherExceptionHandler  : Exception while fetching data (/createPayout/destination) : com.stripe.exception.AuthenticationException: Invalid API Key provided: ${sk}; request-id: req_${g.hex(14)}
ExecutionInput{query='mutation CreatePayout($iban: String!, $holder: String!) { createPayout(iban: $iban, holder: $holder) { id status } }', operationName='CreatePayout', context=graphql.GraphQLContext@${g.hex(7)}, graphQLContext=graphql.GraphQLContext@${g.hex(7)}, root='null', dataLoaderRegistry=org.dataloader.DataLoaderRegistry@${g.hex(7)}, variables={iban=${iban}, holder=${name}}, extensions={}}`;
  },
  (g) => {
    const sg = g.sendgrid();
    const email = g.email();
    return `{"errors":[{"message":"Upstream returned 401 for POST https://api.sendgrid.com/v3/mail/send (Authorization: Bearer ${sg})","locations":[{"line":2,"column":3}],"path":["sendReceipt"],"extensions":{"code":"INTERNAL_SERVER_ERROR","serviceName":"notifications","to":"${email}"}}],"data":{"sendReceipt":null}}`;
  },
  (g) => {
    const card = g.card(true);
    const name = g.name();
    const jwt = g.userJwt(`${g.pick(['ana', 'tom', 'lee'])}@acme.internal`);
    return `[GraphQL error]: Message: Your card was declined., Location: [{"line":1,"column":48}], Path: addPaymentMethod
Operation: AddPaymentMethod
Variables: {"input":{"cardNumber":"${card}","cardholderName":"${name}","expiry":"0${g.int(1, 9)}/2${g.int(7, 9)}"}}
Request headers: {"authorization":"Bearer ${jwt}","apollographql-client-name":"web-checkout","apollographql-client-version":"4.${g.int(0, 30)}.${g.int(0, 9)}"}`;
  },
  (g) => {
    const email = g.email();
    const ssn = g.ssn(false);
    const dob = g.dob(0);
    const ip = g.ip();
    return `span graphql.execute resource="mutation UpdateIdentity" service=identity-graphql env=prod error=1 graphql.operation.name=UpdateIdentity graphql.operation.type=mutation graphql.variables.input.email=${email} graphql.variables.input.ssn=${ssn} graphql.variables.input.dateOfBirth=${dob} http.client_ip=${ip} error.message="Field 'ssn' failed KBA verification"`;
  },
  (g) => {
    const secret = g.alnum(g.int(32, 44), 'webhook_secret_value');
    const email = g.email();
    const phone = g.phone(0);
    const iban = g.iban();
    return `{"type":"event-trigger","timestamp":"${g.ts()}","level":"error","detail":{"trigger_name":"customer_created","event_id":"${g.uuid()}","error":"webhook returned 500","request":{"url":"https://crm-sync.internal/hooks/customer","headers":[{"name":"X-Webhook-Secret","value":"${secret}"},{"name":"Content-Type","value":"application/json"}],"payload":{"event":{"op":"INSERT","data":{"old":null,"new":{"id":${g.int(10000, 99999)},"email":"${email}","phone":"${phone}","payout_iban":"${iban}"}}},"table":{"schema":"public","name":"customers"}}}}}`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['mia', 'raj', 'zoe'])}.${g.pick(['k', 'l', 'p'])}@gmail.com`);
    return `${g.ts()} DEBUG graphql-ws  [conn ${g.hex(6)}] <- {"type":"connection_init","payload":{"Authorization":"Bearer ${jwt}","x-client":"mobile-ios/7.${g.int(0, 9)}"}}
${g.ts()} WARN  graphql-ws  [conn ${g.hex(6)}] closing 4403 Forbidden: token expired`;
  },
  (g) => {
    const ssn = g.ssn();
    const dob = g.dob(1);
    const name = g.name();
    return `[PersistedQueryNotFound] hash=${g.hex(64)} falling back to full query text:
mutation { updateProfile(input: {legalName: "${name}", ssn: "${ssn}", dateOfBirth: "${dob}"}) { ok errors { field message } } }
errors: [{"message":"Cannot query field \\"errors\\" on type \\"UpdateProfilePayload\\".","locations":[{"line":1,"column":112}]}]`;
  },
  (g) => {
    const tok = g.hex32('api_key');
    return `{"errors":[{"message":"Error from remote schema: 401 Unauthorized","extensions":{"code":"remote-schema-error","internal":{"error":"Unauthorized","request":{"url":"https://inventory.internal/graphql","headers":[{"name":"Authorization","value":"Token ${tok}"},{"name":"X-Hasura-Role","value":"service"}],"method":"POST"},"response":{"status":401,"body":{"detail":"Invalid token."}}}}}]}`;
  },
  (g) => {
    const acct = g.account();
    const rt = g.routing();
    const name = g.name();
    const plaid = g.cred(g.hex(30), 'plaid_secret');
    return `${g.ts()} ERROR 7 --- [   dgs-exec-${g.int(1, 9)}] c.n.g.e.DefaultDataFetcherExceptionHandler : Exception while executing data fetcher for linkBankAccount: PlaidApiException: INVALID_API_KEYS (client_id=${g.hex(24)}, secret=${plaid})
  path: [linkBankAccount]  variables: {accountNumber=${acct}, routingNumber=${rt}, accountHolder=${name}, accountType=checking}`;
  },
  (g) => {
    const name = g.name();
    const email = g.email();
    const phone = g.phone();
    const street = g.street();
    const jwt = g.userJwt(email);
    return `{"timestamp":"${g.ts()}","level":"ERROR","target":"apollo_router::plugins::rhai","message":"coprocessor rejected request","request":{"headers":{"authorization":"Bearer ${jwt}"},"body":{"operationName":"UpdateShipping","variables":{"address":{"recipient":"${name}","line1":"${street}","phone":"${phone}","email":"${email}"}}}},"status":403}`;
  },
  (g) => {
    const key = g.hex32('algolia_admin_key');
    const email = g.email();
    return `GraphQLError: Cannot return null for non-nullable field Query.searchCustomers.
    at completeValue (/app/node_modules/graphql/execution/execute.js:559:13)
    at /app/node_modules/graphql/execution/execute.js:469:9
  originalError: AlgoliaApiError: Invalid Application-ID or API key
      at retryableRequest (/app/node_modules/@algolia/client-common/dist/client-common.cjs:286:15) {
    status: 403,
    request: { url: 'https://${g.chars8()}-dsn.algolia.net/1/indexes/customers/query', headers: { 'x-algolia-api-key': '${key}', 'x-algolia-application-id': '${g.chars8()}' }, data: '{"query":"${email}"}' }
  }`;
  },
];

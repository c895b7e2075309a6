import type { Tpl66 } from './blind-set-66-values';

const py = (s: string): string => (s.includes("'") ? `"${s}"` : `'${s}'`);

/** OpenAPI / JSON-schema request validation that echoes the body, rate-limiter and auth-filter denials. */
export const VALIDATION66: Tpl66[] = [
  (g) => {
    const name = g.name();
    const email = g.email();
    const phone = g.phone();
    return `${g.ts()} warn: openapi request validation failed {"status":400,"path":"/v1/signup","errors":[{"path":"/body/dateOfBirth","message":"must match format \\"date\\"","errorCode":"format.openapi.validation"}],"body":{"fullName":"${name}","email":"${email}","phone":"${phone}","dateOfBirth":"31/02/19${g.int(50, 99)}"},"requestId":"${g.uuid()}"}`;
  },
  (g) => {
    const phone = g.phone(1);
    const ssn = g.ssn(false);
    return `[{"instancePath":"/customer/phone","schemaPath":"#/properties/customer/properties/phone/pattern","keyword":"pattern","params":{"pattern":"^\\\\+[1-9]\\\\d{1,14}$"},"message":"must match pattern \\"^\\\\+[1-9]\\\\d{1,14}$\\"","data":"${phone}"},{"instancePath":"/customer/taxId","schemaPath":"#/properties/customer/properties/taxId/pattern","keyword":"pattern","params":{"pattern":"^\\\\d{3}-\\\\d{2}-\\\\d{4}$"},"message":"must match pattern","data":"${ssn}"}]`;
  },
  (g) => {
    const [f, l] = g.firstLast();
    const email = g.email();
    const dob = g.dob(0);
    const street = g.street();
    return `jsonschema.exceptions.ValidationError: Additional properties are not allowed ('middle_name' was unexpected)

Failed validating 'additionalProperties' in schema['properties']['applicant']:
    {'additionalProperties': False,
     'properties': {'address': {'type': 'string'},
                    'birth_date': {'format': 'date', 'type': 'string'},
                    'email': {'format': 'email', 'type': 'string'}},
     'type': 'object'}

On instance['applicant']:
    {'address': '${street}',
     'birth_date': '${dob}',
     'email': '${email}',
     'first_name': ${py(f)},
     'last_name': ${py(l)},
     'middle_name': 'J.'}`;
  },
  (g) => {
    const iban = g.iban(true);
    const name = g.name();
    return `${g.ts()}  WARN 1 --- [nio-8080-exec-${g.int(1, 9)}] .w.s.m.s.DefaultHandlerExceptionResolver : Resolved [org.springframework.web.bind.MethodArgumentNotValidException: Validation failed for argument [0] in public org.springframework.http.ResponseEntity<com.acme.transfers.TransferResponse> com.acme.transfers.TransferController.create(com.acme.transfers.TransferRequest) with 2 errors: [Field error in object 'transferRequest' on field 'iban': rejected value [${iban}]; codes [Iban.transferRequest.iban,Iban.iban,Iban.java.lang.String,Iban]; default message [must be a valid IBAN without spaces]] [Field error in object 'transferRequest' on field 'beneficiaryName': rejected value [${name}]; codes [Size.transferRequest.beneficiaryName]; default message [size must be between 0 and 16]] ]`;
  },
  (g) => {
    const acct = g.ukAccount();
    const name = g.name();
    const nino = g.nino();
    return `{"detail":[{"type":"string_pattern_mismatch","loc":["body","sort_code"],"msg":"String should match pattern '^\\\\d{2}-\\\\d{2}-\\\\d{2}$'","input":"${g.int(10, 99)}${g.int(10, 99)}${g.int(10, 99)}","ctx":{"pattern":"^\\\\d{2}-\\\\d{2}-\\\\d{2}$"}},{"type":"missing","loc":["body","reference"],"msg":"Field required","input":{"account_number":"${acct}","account_name":"${name}","ni_number":"${nino}"}}]}`;
  },
  (g) => {
    const key = g.alnum(40, 'api_key');
    const ip = g.ip();
    return `${g.ts()} WARN rate-limiter: 429 Too Many Requests limit=600/min window=60s key="ratelimit:apikey:${key}:${Math.floor(1780000000 / 60) + g.int(0, 9999)}" remote_ip=${ip} route=/v2/quotes retry_after=${g.int(1, 59)}s`;
  },
  (g) => {
    const b = g.basic(g.pick(['actuator', 'batch-admin', 'jenkins']));
    const ip = g.ip();
    return `${g.ts()} DEBUG 1 --- [nio-8443-exec-${g.int(1, 9)}] o.s.s.w.a.www.BasicAuthenticationFilter  : Failed to process authentication request for header 'Basic ${b}' from ${ip}
org.springframework.security.authentication.BadCredentialsException: Bad credentials
	at org.springframework.security.authentication.dao.AbstractUserDetailsAuthenticationProvider.authenticate(AbstractUserDetailsAuthenticationProvider.java:141)`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['dev', 'qa'])}.${g.pick(['ops', 'sre'])}@acme.internal`);
    const key = g.hex32('api_key');
    const ip = g.ip();
    return `{"decision_id":"${g.uuid()}","input":{"attributes":{"source":{"address":{"socketAddress":{"address":"${ip}","portValue":${g.int(20000, 60000)}}}},"request":{"http":{"method":"POST","path":"/v1/refunds","headers":{":authority":"refunds.internal","authorization":"Bearer ${jwt}","x-api-key":"${key}"}}}}},"labels":{"id":"${g.uuid()}","version":"0.66.0-envoy"},"path":"envoy/authz/allow","result":{"allowed":false,"headers":{"x-ext-auth-reason":"scope refunds:write missing"}},"timestamp":"${g.ts()}","type":"openpolicyagent.org/decision_logs"}`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['li.wei', 'sam.o'])}@hotmail.com`);
    return `${g.ts()} info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]
      Failed to validate the token.
      Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. Token does not have a kid. Keys tried: 'System.Text.StringBuilder'. Number of keys in TokenValidationParameters: '1'. Number of keys in Configuration: '0'. Exceptions caught: ''. token: '${jwt}'.
         at Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler.ValidateSignature(JsonWebToken jwtToken, TokenValidationParameters validationParameters, BaseConfiguration configuration)`;
  },
  (g) => {
    const jwt = g.userJwt(`${g.pick(['jo', 'al'])}@proton.me`);
    const ik = g.alnum(40, 'internal_api_key');
    const ip = g.ip();
    return `UnauthorizedError: jwt expired
    at /app/node_modules/express-jwt/dist/index.js:153:38 {
  code: 'invalid_token',
  status: 401,
  inner: TokenExpiredError: jwt expired { expiredAt: ${g.ts()} }
}
request: { method: 'GET', url: '/v1/me/statements', ip: '${ip}', headers: { authorization: 'Bearer ${jwt}', 'x-internal-key': '${ik}', 'user-agent': 'okhttp/4.12.0' } }`;
  },
  (g) => {
    const name = g.name();
    const iban = g.iban();
    const email = g.email();
    return `${g.ts()} [warn] kong oas-validation: request body validation failed with error: 'property "creditor" validation failed: property "iban" validation failed: string doesn't match the regular expression "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$"', body: {"creditor":{"name":"${name}","iban":"${iban} ","email":"${email}"},"amount":{"value":${g.int(10, 9000)}.${g.int(10, 99)},"currency":"EUR"}}`;
  },
  (g) => {
    const sin = g.sin();
    const name = g.name();
    const dob = g.dob(0);
    return `${g.ts()} ERROR c.n.schema.JsonSchema - $.applicant.sin: does not match the regex pattern ^[0-9]{9}$
payload={"applicant":{"name":"${name}","sin":"${sin}","dob":"${dob}","province":"${g.pick(['ON', 'QC', 'BC', 'AB'])}"}}`;
  },
  (g) => {
    const hmac = g.hex64('hmac_secret');
    const ip = g.ip();
    return `${g.ts()} WARN auth-filter: HMAC signature mismatch key_id=partner-${g.int(1, 40)} remote=${ip} method=POST path=/v1/settlements body_sha256=${g.hex(64)} shared_secret=${hmac} clock_skew=${g.int(0, 9)}s`;
  },
  (g) => {
    const name = g.name();
    const email = g.email();
    const card = g.card();
    const ip = g.ip();
    return `${g.ts()} WARN fraud-guard: blocked request rule=velocity_card_5m ip=${ip} customer="${name} <${email}>" pan=${card} attempts=${g.int(6, 30)} action=deny status=403`;
  },
  (g) => {
    const cpf = g.cpf();
    const name = g.name();
    const phone = g.phone(6);
    return `{"timestamp":"${g.ts()}","status":422,"error":"Unprocessable Entity","path":"/api/v1/clientes","errors":[{"field":"cpf","rejectedValue":"${cpf}","message":"CPF já cadastrado"}],"requestBody":{"nome":"${name}","cpf":"${cpf}","celular":"${phone}"}}`;
  },
  (g) => {
    const dni = g.dni();
    const iban = g.iban(false, 'ES');
    const name = g.name();
    return `${g.ts()} ERROR [validator] POST /api/v2/domiciliaciones 400 — titular.dni no coincide con el titular de la cuenta (IBAN), cuerpo: {"titular":{"nombre":"${name}","dni":"${dni}"},"cuenta":"${iban}","importe":${g.int(10, 900)}}`;
  },
];

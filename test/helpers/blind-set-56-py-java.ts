import type { T56 } from './blind-set-56-rails-django';

/** Flask and FastAPI: pydantic validation errors with inputs, werkzeug logs, httpx errors. */
export const FLASK: T56[] = [
  (x) => `pydantic_core._pydantic_core.ValidationError: 1 validation error for PaymentIn
card.number
  Value error, card expired [type=value_error, input_value='${x.card()}', input_type=str]
card.holder
  field required [type=missing, input_value={'holder_name': '${x.name()}'}, input_type=dict]`,
  (x) => `INFO:     ${x.ip()}:${x.int(30000, 60000)} - "GET /oauth/callback?code=${x.r.b62(30)}&state=${x.id(16)}&access_token=${x.jwt()} HTTP/1.1" 302 Found`,
  (x) => `{"detail":[{"type":"string_pattern_mismatch","loc":["body","iban"],"msg":"String should match pattern '^[A-Z]{2}'","input":"${x.iban()}"},{"type":"missing","loc":["body","bic"],"msg":"Field required","input":{"iban":"...","owner":"${x.name()}","email":"${x.email()}"}}]}`,
  (x) => `httpx.HTTPStatusError: Client error '401 Unauthorized' for url 'https://api.openai.com/v1/chat/completions'
Request headers: {'authorization': 'Bearer ${x.openai()}', 'content-type': 'application/json'}`,
  (x) => `127.0.0.1 - - [02/Apr/2026 11:${x.int(10, 59)}:0${x.int(1, 9)}] "POST /hooks/square HTTP/1.1" 500 -
square.core.api_error.ApiError: status_code: 401, body: {'errors': [{'code': 'UNAUTHORIZED'}]} token=${x.square()} buyer_email_address=${x.email()}`,
  (x) => `fastapi | ERROR: Exception in ASGI application
  File "/srv/app/routes/kyc.py", line ${x.int(30, 200)}, in submit
    raise HTTPException(422, detail=f"SSN {payload.ssn} failed verification")
fastapi.exceptions.HTTPException: 422: SSN ${x.ssn()} failed verification for ${x.name()} (born ${x.dob()})`,
  (x) => `app.config = {'ENV': 'production', 'SECRET_KEY': '${x.hexSecret(64, 'flask_secret_key')}', 'SQLALCHEMY_DATABASE_URI': 'mysql+pymysql://svc_herald:${x.urlPw()}@rds-prod.cluster-c9x.eu-west-1.rds.amazonaws.com/herald', 'GOOGLE_MAPS_KEY': '${x.google()}'}`,
  (x) => `sqlalchemy.engine.Engine INSERT INTO customers (full_name, email, phone, street) VALUES (%(full_name)s, %(email)s, %(phone)s, %(street)s)
sqlalchemy.engine.Engine [generated in 0.00041s] {'full_name': '${x.name()}', 'email': '${x.email()}', 'phone': '${x.phone()}', 'street': '${x.addr()}'}`,
  (x) => `uvicorn.error: Invalid HTTP request received. sentry_sdk breadcrumb: {"category":"httplib","data":{"url":"https://api.paypal.com/v1/oauth2/token","method":"POST","headers":{"Authorization":"Basic ${x.basic('AYSq3RDGsmBLJE-otTkBtM-jBRd1TCQwFf9RGfwddNXWz0uFU9ztymylOhRS')}"}}}`,
  (x) => `stripe.error.InvalidRequestError: Request req_${x.r.b62(14)}: No such customer: 'cus_${x.r.b62(14)}'
stripe.api_key = "${x.stripeSk()}"`,
];

/** Spring Boot: RestTemplate/WebClient exceptions, Hibernate binds, actuator env. */
export const SPRING: T56[] = [
  (x) => `org.springframework.web.client.HttpClientErrorException$BadRequest: 400 Bad Request: "{"error":{"code":"card_declined","message":"Your card was declined.","param":"number"},"request":{"card[number]":"${x.card()}","card[name]":"${x.name()}"}}"
	at org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:101)`,
  (x) => `${x.ts()} TRACE 1 --- [nio-8080-exec-${x.int(1, 9)}] org.hibernate.orm.jdbc.bind : binding parameter (1:VARCHAR) <- [${x.name()}]
${x.ts()} TRACE 1 --- [nio-8080-exec-3] org.hibernate.orm.jdbc.bind : binding parameter (2:VARCHAR) <- [${x.iban()}]
${x.ts()} TRACE 1 --- [nio-8080-exec-3] org.hibernate.orm.jdbc.bind : binding parameter (3:VARCHAR) <- [${x.email()}]`,
  (x) => `GET /actuator/env 200
{"name":"applicationConfig: [classpath:/application-prod.yml]","properties":{"spring.datasource.password":{"value":"${x.pw()}"},"adyen.api-key":{"value":"${x.adyen()}"},"adyen.hmac-key":{"value":"${x.c('adyen_hmac_key', x.r.hex(64).toUpperCase())}"}}}`,
  (x) => `org.springframework.web.reactive.function.client.WebClientResponseException$Unauthorized: 401 Unauthorized from POST https://login.salesforce.com/services/oauth2/token
  client_id=3MVG9${x.r.b62(80)}&client_secret=${x.c('salesforce_client_secret', x.r.hex(64).toUpperCase())}&username=integration%40herald.io&password=${x.urlPw()}`,
  (x) => `c.h.i.twilio.SmsSender : Sending verification to=${x.phone()} via accountSid=AC${x.id(32)} apiKey=SK${x.id(32)} secret=${x.twilioKey()}`,
  (x) => `DEBUG o.s.web.client.RestTemplate : Writing [{amount=1299, currency=USD, source={object=card, number=${x.card()}, exp_month=${x.int(1, 12)}, exp_year=20${x.int(27, 31)}, address_line1=${x.street()}}}] as "application/x-www-form-urlencoded"`,
  (x) => `spring:
  security:
    oauth2:
      client:
        registration:
          okta:
            client-id: 0oa${x.r.b62(17)}
            client-secret: ${x.auth0Secret()}
  mail:
    password: ${x.pw(18)}`,
  (x) => `feign.FeignException$Forbidden: [403 Forbidden] during [POST] to [https://api.hubapi.com/crm/v3/objects/contacts] [HubSpotClient#create(String,ContactInput)]: [{"status":"error","message":"This app hasn't been granted all required scopes"}]
	Authorization: Bearer ${x.hubspot()}
	body: {"properties":{"email":"${x.email()}","firstname":"${x.first()}","phone":"${x.phone()}"}}`,
  (x) => `Hibernate: insert into kyc_record (birth_date,full_name,nino,id) values (?,?,?,?)
o.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [DATE] - [${x.dob()}]
o.h.type.descriptor.sql.BasicBinder : binding parameter [2] as [VARCHAR] - [${x.name()}]
o.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [VARCHAR] - [${x.nino()}]`,
  (x) => `2026-05-14 ERROR [herald,${x.id(16)},${x.id(16)}] c.h.github.AppClient : GitHub API 401 for installation ${x.int(1e6, 9e7)} using token ${x.gh()}; falling back to PAT ${x.ghFine()}`,
];

/**
 * Blind set 84: provider SDK logs: stripe-python / stripe-ruby logfmt debug lines, SDK errors
 * (HubSpot HttpError, OpenAPI-generated Python ApiException, SendGrid ResponseError with the
 * message, a twilio-node client dump, a jsforce Connection), and Apollo Client GraphQL errors.
 */
import { jsonEsc, pyRepr, type Ctx, type Json } from './blind-set-84-ctx';
import { moment, stripeId } from './blind-set-84-noise';
import { person } from './blind-set-84-people';
import { inspectJs, raw, reprPy } from './blind-set-84-print';
import { ALNUM } from './blind-set-84-rng';
import { sfOrgId, sfRefresh, sfSession, shopifyToken, twilioSid } from './blind-set-84-tokens';
import { pickCall } from './blind-set-84-vendors';

function logfmtPy(props: Record<string, string>): string {
  return Object.keys(props).sort().map((k) => `${k}=${/\s/.test(props[k]!) ? pyRepr(props[k]!) : props[k]}`).join(' ');
}

function logfmtRb(props: Record<string, string>): string {
  return Object.entries(props).map(([k, v]) => `${k}=${/[\s="]/.test(v) || v === '' ? `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"` : v}`).join(' ');
}

/** stripe-python or stripe-ruby debug logging of one API request. */
export function stripeSdk(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { only: ['stripe'], fail: r.chance(0.7) });
  const body = call.respJson !== undefined ? JSON.stringify(call.respJson, null, 2) : call.respBody;
  const req = call.respHeaders.find(([k]) => k === 'Request-Id')?.[1] ?? stripeId(r, 'req');
  const path = new URL(call.url).pathname;
  if (r.chance(0.5)) {
    const pre = () => `${moment(r).log} stripe DEBUG `;
    return [`${moment(r).log} stripe INFO ${logfmtPy({ message: 'Request to Stripe api', method: 'post', url: call.url })}`, pre() + logfmtPy({ message: 'Post details', post_data: call.body, api_version: '2024-04-10' }), `${moment(r).log} stripe INFO ${logfmtPy({ message: 'Stripe API response', path: call.url, response_code: String(call.status) })}`, pre() + logfmtPy({ message: 'API response body', body }), pre() + logfmtPy({ message: 'Dashboard link for request', link: `https://dashboard.stripe.com/logs/${req}` })].join('\n');
  }
  const idem = r.uuid();
  const acct = `acct_${r.chars(ALNUM, 16)}`;
  return [logfmtRb({ message: 'Request to Stripe API', account: acct, api_version: '2024-04-10', idempotency_key: idem, method: 'post', num_retries: '0', path }), logfmtRb({ message: 'Request details', body: call.body, idempotency_key: idem, query: '' }), logfmtRb({ message: 'Response from Stripe API', account: acct, api_version: '2024-04-10', elapsed: `0.${r.digits(6)}`, idempotency_key: idem, method: 'post', path, request_id: req, status: String(call.status) }), logfmtRb({ message: 'Response details', body, idempotency_key: idem, request_id: req })].map((l) => `${moment(r).ruby.slice(0, 19)} DEBUG ${l}`).join('\n');
}

/** A provider SDK's own error object, with what the app logged beside it. */
export function sdkError(ctx: Ctx): string {
  const r = ctx.r;
  const k = r.int(0, 4);
  if (k === 0) {
    const call = pickCall(ctx, { only: ['hubspot'] });
    const props = (call.json as { properties: Json }).properties;
    return `HttpError: HTTP-Code: ${call.status}\nMessage: An error occurred.\nBody: ${call.respBody}\nHTTP response headers: ${JSON.stringify(Object.fromEntries(call.respHeaders.map(([a, b]) => [a.toLowerCase(), b])))}\n    at ObjectSerializer.deserialize (/app/node_modules/@hubspot/api-client/lib/codegen/crm/contacts/models/ObjectSerializer.js:318:19)\n    at BasicApiResponseProcessor.create (/app/node_modules/@hubspot/api-client/lib/codegen/crm/contacts/apis/BasicApi.js:232:19) {\n  code: ${call.status}\n}\ninput: SimplePublicObjectInputForCreate ${inspectJs({ associations: [], properties: props }, 2, 0)}\nclient: Client { config: { accessToken: ${inspectJs((call.headers[0]![1] ?? '').replace(/^Bearer /, ''))}, numberOfApiCallRetries: 3 } }`;
  }
  if (k === 1) {
    const call = pickCall(ctx, { only: ['plaid', 'xero', 'docusign', 'okta', 'zendesk'] });
    const mod = { plaid: 'plaid', xero: 'xero_python', docusign: 'docusign_esign.client.api_exception', okta: 'okta', zendesk: 'zenpy' }[call.vendor] ?? 'openapi_client';
    const hd = `HTTPHeaderDict({${call.respHeaders.map(([a, b]) => `${pyRepr(a)}: ${pyRepr(b)}`).join(', ')}})`;
    return `${moment(r).log} ERROR ${call.vendor}_sync request=${reprPy((call.json ?? call.body) as Json)} auth_headers=${reprPy(Object.fromEntries(call.headers.filter(([a]) => /auth|key|token/i.test(a))))}\nTraceback (most recent call last):\n  File "/app/sync/${call.vendor}_job.py", line ${r.int(20, 200)}, in run\n    api.${call.op.replace(/[A-Z]/g, (c) => '_' + c.toLowerCase())}(req)\n${mod}.exceptions.ApiException: (${call.status})\nReason: ${call.statusText}\nHTTP response headers: ${hd}\nHTTP response body: ${call.respBody}`;
  }
  if (k === 2) {
    const call = pickCall(ctx, { only: ['sendgrid'] });
    const pz = (call.json as { personalizations: { to: { email: string; name: string }[]; dynamic_template_data: Json }[] }).personalizations[0]!;
    const msg = { to: { email: pz.to[0]!.email, name: pz.to[0]!.name }, from: 'noreply@acmecorp.com', templateId: `d-${r.hex(32)}`, dynamicTemplateData: pz.dynamic_template_data };
    const key = call.headers[0]![1].replace(/^Bearer /, '');
    return `sendgrid send failed for msg=${inspectJs(msg, 2, 0)}\nResponseError: ${call.statusText}\n    at /app/node_modules/@sendgrid/client/src/classes/client.js:167:29\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {\n  code: ${call.status},\n  response: {\n    headers: ${inspectJs(Object.fromEntries(call.respHeaders.map(([a, b]) => [a.toLowerCase(), b])), 0, 4)},\n    body: { errors: [Array] }\n  }\n}\nclient request: ${inspectJs({ method: 'POST', url: '/v3/mail/send', headers: { Accept: 'application/json', 'User-Agent': 'sendgrid/8.1.3;nodejs', Authorization: `Bearer ${key}` }, baseURL: 'https://api.sendgrid.com/' }, 2, 0)}`;
  }
  if (k === 3) {
    const call = pickCall(ctx, { only: ['twilio'] });
    const sid = /Accounts\/(AC[0-9a-f]{32})/.exec(call.url)?.[1] ?? twilioSid(r);
    const body = JSON.parse(call.respBody) as { code: number; message: string; more_info: string };
    return `RestException [Error]: ${body.message}\n    at success (/app/node_modules/twilio/lib/base/Version.js:79:23)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5) {\n  status: ${call.status},\n  code: ${body.code},\n  moreInfo: '${body.more_info}',\n  details: undefined\n}\nclient: ${inspectJs({ username: sid, password: call.auth?.pass ?? '', accountSid: sid, env: undefined, edge: undefined, region: undefined, logLevel: 'debug', autoRetry: true, maxRetries: 3, opts: { lazyLoading: true }, _httpClient: raw('[RequestClient]') }, 1, 0).replace(/^\{/, 'Twilio {')}\nparams: ${inspectJs(Object.fromEntries(new URLSearchParams(call.body)), 1, 0)}`;
  }
  const org = sfOrgId(r);
  const token = ctx.cred('salesforce-session', sfSession(r, org));
  const p = person(r);
  const conn = { version: '59.0', loginUrl: 'https://login.salesforce.com', instanceUrl: `https://${r.pick(['acmecorp', 'northwind'])}.my.salesforce.com`, accessToken: token, refreshToken: ctx.cred('salesforce-refresh', sfRefresh(r)), userInfo: { id: `005${r.chars(ALNUM, 15)}`, organizationId: org, url: `https://login.salesforce.com/id/${org}/005${r.chars(ALNUM, 15)}` } };
  return `Error: INVALID_FIELD: No such column 'SSN__c' on sobject of type Contact\n    at HttpApi.getError (/app/node_modules/jsforce/lib/http-api.js:250:16) {\n  errorCode: 'INVALID_FIELD',\n  data: { message: "No such column 'SSN__c' on sobject of type Contact", errorCode: 'INVALID_FIELD' }\n}\nrecord: ${inspectJs({ LastName: ctx.part('last-name', p.last), Email: ctx.pers('email', p.email), MobilePhone: ctx.pers('phone', p.phone) }, 1, 0)}\nconnection: Connection ${inspectJs(conn, 1, 0)}`;
}

function gqlInspect(v: Json): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(gqlInspect).join(', ')}]`;
  return `{ ${Object.entries(v).map(([k, x]) => `${k}: ${gqlInspect(x)}`).join(', ')} }`;
}

/** Apollo Client errors against Shopify's GraphQL Admin API (or an internal gateway), variables and headers logged. */
export function apolloGraphql(ctx: Ctx): string {
  const r = ctx.r;
  const p = person(r);
  const shop = r.chance(0.6);
  const header: [string, string] = shop ? ['X-Shopify-Access-Token', ctx.cred('shopify-token', shopifyToken(r))] : ['authorization', `Bearer ${ctx.cred('api-key', r.chars(ALNUM, 48))}`];
  const input: Record<string, Json> = { email: ctx.pers('email', p.email), phone: ctx.pers('phone', p.phone), firstName: ctx.part('first-name', p.first), lastName: ctx.part('last-name', p.last), addresses: [{ address1: ctx.pers('address', p.street), city: p.city, zip: p.postal, countryCode: p.cc }] };
  if (r.chance(0.4)) input['note'] = `DOB ${ctx.pers('dob', p.dob)}`;
  const op = shop ? 'customerCreate' : 'CreateMember';
  const url = shop ? `https://${r.pick(['acme-store', 'northwind-outlet'])}.myshopify.com/admin/api/2024-04/graphql.json` : 'https://graph.internal.acmecorp.net/graphql';
  const status = r.pick([200, 401]);
  const gqlErr = `Variable $input of type CustomerInput! was provided invalid value for phone (Phone is invalid)`;
  const lines = status === 200 ? [`[GraphQL error]: Message: ${gqlErr}, Location: [object Object], Path: undefined`, r.chance(0.5) ? `[GraphQL error]: Message: Variable "$input" got invalid value ${gqlInspect(input)}; Field "note" is not defined by type "CustomerInput".` : ''] : [`[Network error]: ServerError: Response not successful: Received status code 401`];
  const err = `ApolloError: ${status === 200 ? gqlErr : 'Response not successful: Received status code 401'}\n    at new ApolloError (/app/node_modules/@apollo/client/errors/errors.cjs:41:28)\n    at /app/node_modules/@apollo/client/core/core.cjs:5044:30`;
  const operation = inspectJs({ operationName: op, variables: { input }, extensions: {}, context: { headers: Object.fromEntries([header]), uri: url } }, 4, 0);
  return [...lines.filter(Boolean), err, `operation: ${operation}`, `${moment(r).iso} error ${op} failed (${jsonEsc(url)})`].join('\n');
}

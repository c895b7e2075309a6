/**
 * Blind set 84: CRM and identity vendors: Salesforce, HubSpot, Zendesk, Intercom, DocuSign, Okta
 * and Auth0 calls that carry contact records and the vendors' own token formats.
 */
import { failStatus, mkCall, type Vendor } from './blind-set-84-call';
import { type Json } from './blind-set-84-ctx';
import { thin } from './blind-set-84-vendors-oauth';
import { hubspotIds, oktaErrorId, reqIdB64, sfId } from './blind-set-84-noise';
import { card, iban } from './blind-set-84-money';
import { clientIp, person, ssn } from './blind-set-84-people';
import { ALNUM, b64 } from './blind-set-84-rng';
import { clientSecret64, hubspotPat, intercomToken, oktaToken, sfSession, zendeskToken } from './blind-set-84-tokens';
import { accessJwt, docusignToken, password } from './blind-set-84-tokens2';

const SF_DOMAINS = ['acmecorp', 'northwind-logistics', 'brightpath', 'stellarhealth'];

/** Salesforce REST sobject create with a session id as the bearer token. */
export const salesforce: Vendor = (ctx, o) => {
  const r = ctx.r;
  const p = person(r);
  const dom = r.pick(SF_DOMAINS);
  const tok = ctx.cred('salesforce-session', sfSession(r));
  const obj = r.pick(['Contact', 'Lead']);
  const json: Record<string, Json> = { LastName: ctx.part('last-name', p.last), FirstName: ctx.part('first-name', p.first), Email: ctx.pers('email', p.email), Phone: ctx.pers('phone', r.chance(0.5) ? p.phone : p.phoneNational), MailingStreet: ctx.pers('address', p.street), MailingCity: p.city, MailingPostalCode: p.postal };
  if (r.chance(0.4)) json['Birthdate'] = ctx.pers('dob', p.dob);
  if (r.chance(0.2)) json['SSN__c'] = ctx.pers('ssn', ssn(r));
  if (r.chance(0.3)) json['Payout_IBAN__c'] = ctx.fin('iban', iban(r).value);
  if (r.chance(0.5)) json['Description'] = `Signup from web form: ${ctx.pers('name', p.name)}`;
  thin(r, json, 0.45, 1);
  const status = o.fail || r.chance(0.8) ? r.pick([400, 401]) : 201;
  const respJson: Json = status === 401 ? [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }] : status === 400 ? [{ message: 'Use one of these records?', errorCode: 'DUPLICATES_DETECTED', fields: [], duplicateResult: { allowSave: false, duplicateRule: 'Standard_Contact_Duplicate_Rule', matchResults: [{ entityType: obj, matchRecords: [{ record: { attributes: { type: obj }, Id: sfId(r, obj === 'Contact' ? '003' : '00Q') } }], size: 1, success: true }] } }] : { id: sfId(r, '003'), success: true, errors: [] };
  return mkCall(ctx, { vendor: 'salesforce', client: 'SalesforceClient', op: `create${obj}`, method: 'POST', url: `https://${dom}.my.salesforce.com/services/data/v${r.pick(['58.0', '59.0', '60.0'])}/sobjects/${obj}`, headers: [['Authorization', `${r.pick(['Bearer', 'Bearer', 'OAuth'])} ${tok}`], ['Sforce-Call-Options', `client=${dom}-sync`]], json, status, respJson, respHeaders: [['Sforce-Limit-Info', `api-usage=${r.int(1000, 90000)}/100000`]] });
};

/** HubSpot CRM v3 contacts with a private app token. */
export const hubspot: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const ids = hubspotIds(r);
  const props: Record<string, Json> = { email: ctx.pers('email', p.email), firstname: ctx.part('first-name', p.first), lastname: ctx.part('last-name', p.last), phone: ctx.pers('phone', r.chance(0.5) ? p.phone : p.phoneNational), address: ctx.pers('address', p.street), city: p.city, zip: p.postal, lifecyclestage: 'customer' };
  if (r.chance(0.3)) props['date_of_birth'] = ctx.pers('dob', p.dob);
  if (r.chance(0.3)) props['hs_ip_timezone'] = 'Europe/London';
  thin(r, props, 0.45, 1);
  const status = r.pick([400, 401, 409, 409]);
  const respJson: Json = status === 409 ? { status: 'error', message: `Contact already exists. Existing ID: ${ids.objectId}`, correlationId: ids.correlationId, category: 'CONFLICT' } : status === 401 ? { status: 'error', message: 'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview', correlationId: ids.correlationId, category: 'INVALID_AUTHENTICATION' } : { status: 'error', message: `Property values were not valid: [{"isValid":false,"message":"Email address ${ctx.pers('email', p.email)} is invalid","error":"INVALID_EMAIL","name":"email","localizedErrorMessage":"Email address ${ctx.pers('email', p.email)} is invalid"}]`, correlationId: ids.correlationId, category: 'VALIDATION_ERROR' };
  const legacy = r.chance(0.25);
  return mkCall(ctx, { vendor: 'hubspot', client: 'HubSpotClient', op: 'createContact', method: 'POST', url: `https://api.hubapi.com/crm/v3/objects/contacts${legacy ? `?hapikey=${ctx.cred('hubspot-api-key', r.uuid())}` : ''}`, headers: legacy ? [] : [['Authorization', `Bearer ${ctx.cred('hubspot-token', hubspotPat(r))}`]], json: { properties: props }, status, respJson, respHeaders: [['X-HubSpot-Correlation-Id', ids.correlationId], ['X-HubSpot-RateLimit-Remaining', String(r.int(1, 190))]] });
};

/** Zendesk users and tickets with `email/token:` basic auth. */
export const zendesk: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const agent = `${r.pick(['integrations', 'support-bot', 'ops'])}@${r.pick(['acmecorp.com', 'northwind-logistics.com'])}`;
  const ztok = zendeskToken(r);
  const basic = ctx.cred('basic-auth', b64(`${agent}/token:${ztok}`));
  const auth = { user: `${agent}/token`, pass: ctx.cred('zendesk-token', ztok) };
  const sub = r.pick(['acmecorp', 'northwind', 'brightpath-help']);
  if (r.chance(0.3)) {
    const json: Json = { webhook: { name: 'Ticket sync', endpoint: `https://hooks.acmecorp.com/zendesk/${r.hex(6)}`, http_method: 'POST', request_format: 'json', status: 'active', subscriptions: ['conditional_ticket_events'], authentication: { type: 'basic_auth', data: { username: 'zendesk-hook', password: ctx.cred('password', password(r)) }, add_position: 'header' } } };
    return mkCall(ctx, { vendor: 'zendesk', auth, client: 'ZendeskClient', op: 'createWebhook', method: 'POST', url: `https://${sub}.zendesk.com/api/v2/webhooks`, headers: [['Authorization', `Basic ${basic}`]], json, status: r.pick([400, 401, 403]), respJson: { errors: [{ code: 'InvalidValue', title: 'Invalid endpoint', detail: 'Endpoint must be a valid https URL' }] } });
  }
  const ticket = r.chance(0.5);
  const json: Json = ticket
    ? { ticket: { subject: `Refund request for order #${r.int(10000, 99999)}`, comment: { body: `Customer ${ctx.pers('name', p.name)} (${ctx.pers('email', p.email)}, ${ctx.pers('phone', p.phoneNational)}) asked for a refund.${r.chance(0.4) ? ` They wrote: "please refund to my card ${ctx.fin('card', card(r, 'spaced').printed)}, thanks"` : ''}` }, requester: { name: ctx.pers('name', p.name), email: ctx.pers('email', p.email) }, priority: 'normal' } }
    : { user: thin(r, { name: ctx.pers('name', p.name), email: ctx.pers('email', p.email), phone: ctx.pers('phone', p.phone), user_fields: { address: ctx.pers('address', p.street) }, role: 'end-user' }, 0.4, 1) };
  const status = r.pick([401, 422, 429]);
  const respJson: Json = status === 401 ? { error: 'Couldn\'t authenticate you' } : status === 429 ? { error: 'APIRateLimitExceeded', description: 'Number of allowed API requests per minute exceeded' } : { error: 'RecordInvalid', description: 'Record validation errors', details: { email: [{ description: `Email: ${ctx.pers('email', p.email)} is already being used by another user`, error: 'DuplicateValue' }] } };
  return mkCall(ctx, { vendor: 'zendesk', auth, client: 'ZendeskClient', op: ticket ? 'createTicket' : 'createOrUpdateUser', method: 'POST', url: `https://${sub}.zendesk.com/api/v2/${ticket ? 'tickets.json' : 'users/create_or_update.json'}`, headers: [['Authorization', `Basic ${basic}`], ['Accept', 'application/json']], json, status, respJson, respHeaders: [['X-Zendesk-Origin-Server', `app-server-${r.hex(8)}`], ['X-Request-Id', `${r.hex(16)}-${r.pick(['IAD', 'SEA'])}`]] });
};

/** Intercom contacts with a `dG9r…` access token. */
export const intercom: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const json: Json = thin(r, { role: 'user', external_id: String(r.int(100000, 9999999)), email: ctx.pers('email', p.email), phone: ctx.pers('phone', p.phone), name: ctx.pers('name', p.name), custom_attributes: { last_ip: ctx.pers('ip', clientIp(r)), plan: r.pick(['pro', 'starter']) } }, 0.45, 3);
  const status = r.pick([400, 401, 409]);
  const respJson: Json = { type: 'error.list', request_id: r.uuid().slice(0, 20), errors: [{ code: status === 401 ? 'unauthorized' : status === 409 ? 'conflict' : 'parameter_invalid', message: status === 401 ? 'Access Token Invalid' : status === 409 ? `A contact matching those details already exists with id=${r.hex(24)}` : 'Phone number is invalid' }] };
  return mkCall(ctx, { vendor: 'intercom', client: 'IntercomClient', op: 'createContact', method: 'POST', url: 'https://api.intercom.io/contacts', headers: [['Authorization', `Bearer ${ctx.cred('intercom-token', intercomToken(r))}`], ['Intercom-Version', r.pick(['2.10', '2.11'])], ['Accept', 'application/json']], json, status, respJson });
};

/** DocuSign eSignature envelopes with signers. */
export const docusign: Vendor = (ctx) => {
  const r = ctx.r;
  const a = person(r);
  const b = person(r);
  const acct = r.uuid();
  const json: Json = { emailSubject: 'Please sign your loan agreement', status: 'sent', templateId: r.uuid(), templateRoles: [{ email: ctx.pers('email', a.email), name: ctx.pers('name', a.name), roleName: 'Borrower' }, { email: ctx.pers('email', b.email), name: ctx.pers('name', b.name), roleName: 'Co-Borrower' }] };
  const status = r.pick([400, 401]);
  const respJson: Json = status === 401 ? { errorCode: 'USER_AUTHENTICATION_FAILED', message: 'One or both of Username and Password are invalid. Invalid access token' } : { errorCode: 'INVALID_EMAIL_ADDRESS_FOR_RECIPIENT', message: 'The email address for the recipient is invalid. The recipient Id follows.' };
  return mkCall(ctx, { vendor: 'docusign', client: 'DocuSignClient', op: 'createEnvelope', method: 'POST', url: `https://${r.pick(['na3', 'na4', 'eu', 'demo'])}.docusign.net/restapi/v2.1/accounts/${acct}/envelopes`, headers: [['Authorization', `Bearer ${ctx.cred('docusign-token', docusignToken(r))}`]], json, status, respJson, respHeaders: [['X-DocuSign-TraceToken', r.uuid()]] });
};

/** Okta users API with an SSWS token, creating users with a password. */
export const okta: Vendor = (ctx) => {
  const r = ctx.r;
  const p = person(r);
  const org = r.pick(['acmecorp', 'northwind', 'brightpath']);
  const ssws: [string, string] = ['Authorization', `SSWS ${ctx.cred('okta-token', oktaToken(r))}`];
  if (r.chance(0.35)) {
    const json: Json = { name: 'User lifecycle to CRM', events: { type: 'EVENT_TYPE', items: ['user.lifecycle.create', 'user.lifecycle.deactivate'] }, channel: { type: 'HTTP', version: '1.0.0', config: { uri: `https://hooks.acmecorp.com/okta/${r.hex(6)}`, headers: [{ key: 'X-Hook-Key', value: ctx.cred('webhook-secret', r.chars(ALNUM, 32)) }], authScheme: { type: 'HEADER', key: 'Authorization', value: ctx.cred('webhook-secret', r.chars(ALNUM, 40)) } } } };
    return mkCall(ctx, { vendor: 'okta', client: 'OktaClient', op: 'createEventHook', method: 'POST', url: `https://${org}.okta.com/api/v1/eventHooks`, headers: [ssws, ['Accept', 'application/json']], json, status: 400, respJson: { errorCode: 'E0000001', errorSummary: 'Api validation failed: channel.config.uri', errorLink: 'E0000001', errorId: oktaErrorId(r), errorCauses: [{ errorSummary: 'The URI must be publicly reachable.' }] } });
  }
  const json: Json = { profile: thin(r, { firstName: ctx.part('first-name', p.first), lastName: ctx.part('last-name', p.last), email: ctx.pers('email', p.email), login: ctx.pers('email', p.email), mobilePhone: ctx.pers('phone', p.phone) }, 0.45, 0), credentials: { password: { value: ctx.cred('password', password(r)) } } };
  const status = r.pick([400, 401, 403]);
  const respJson: Json = status === 400 ? { errorCode: 'E0000001', errorSummary: 'Api validation failed: password', errorLink: 'E0000001', errorId: oktaErrorId(r), errorCauses: [{ errorSummary: 'password: Password requirements were not met. Password requirements: at least 12 characters, a lowercase letter, an uppercase letter, a number, no parts of your username.' }] } : { errorCode: status === 401 ? 'E0000011' : 'E0000006', errorSummary: status === 401 ? 'Invalid token provided' : 'You do not have permission to perform the requested action', errorLink: status === 401 ? 'E0000011' : 'E0000006', errorId: oktaErrorId(r), errorCauses: [] };
  return mkCall(ctx, { vendor: 'okta', client: 'OktaClient', op: 'createUser', method: 'POST', url: `https://${org}.okta.com/api/v1/users?activate=${r.pick(['true', 'false'])}`, headers: [ssws, ['Accept', 'application/json']], json, status, respJson, respHeaders: [['X-Okta-Request-Id', reqIdB64(r, 27)], ['X-Rate-Limit-Remaining', String(r.int(1, 599))]] });
};

/** Auth0: client-credentials token requests and Management API user creation. */
export const auth0: Vendor = (ctx, o) => {
  const r = ctx.r;
  const tenant = `${r.pick(['acme', 'northwind', 'brightpath'])}${r.pick(['', '-prod'])}.${r.pick(['us', 'eu'])}.auth0.com`;
  if (r.chance(0.5)) {
    const json: Json = { grant_type: 'client_credentials', client_id: r.chars(ALNUM, 32), client_secret: ctx.cred('client-secret', clientSecret64(r)), audience: `https://${tenant}/api/v2/` };
    const status = o.fail || r.chance(0.7) ? failStatus(ctx, [401, 403, 429]) : 200;
    const respJson: Json = status === 200 ? { access_token: ctx.cred('jwt', accessJwt(r, `https://${tenant}/`, `https://${tenant}/api/v2/`, 'read:users create:users')), scope: 'read:users create:users', expires_in: 86400, token_type: 'Bearer' } : { error: 'access_denied', error_description: status === 429 ? 'Global limit has been reached' : 'Unauthorized' };
    return mkCall(ctx, { vendor: 'auth0', client: 'Auth0AuthenticationClient', op: 'clientCredentialsGrant', method: 'POST', url: `https://${tenant}/oauth/token`, headers: [], json, status, respJson });
  }
  const p = person(r);
  const json: Json = thin(r, { email: ctx.pers('email', p.email), password: ctx.cred('password', password(r)), connection: 'Username-Password-Authentication', given_name: ctx.part('first-name', p.first), family_name: ctx.part('last-name', p.last), name: ctx.pers('name', p.name), phone_number: ctx.pers('phone', p.phone), user_metadata: { birthdate: ctx.pers('dob', p.dob) } }, 0.5, 3);
  const status = r.pick([400, 401, 409]);
  const respJson: Json = { statusCode: status, error: STATUS[status] ?? 'Bad Request', message: status === 409 ? 'The user already exists.' : status === 401 ? 'Expired token received for JSON Web Token validation' : 'PasswordStrengthError: Password is too weak', errorCode: status === 409 ? 'auth0_idp_error' : 'invalid_body' };
  return mkCall(ctx, { vendor: 'auth0', client: 'Auth0ManagementClient', op: 'createUser', method: 'POST', url: `https://${tenant}/api/v2/users`, headers: [['Authorization', `Bearer ${ctx.cred('jwt', accessJwt(r, `https://${tenant}/`, `https://${tenant}/api/v2/`, 'create:users'))}`]], json, status, respJson });
};

const STATUS: Record<number, string> = { 400: 'Bad Request', 401: 'Unauthorized', 409: 'Conflict' };

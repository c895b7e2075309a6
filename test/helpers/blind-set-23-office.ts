import { B62 } from './blind-set-9-rng';
import { cred, fin, pers, type PosTemplate23 } from './blind-set-23-types';

/** Back office: payroll and HR (Gusto, BambooHR, Deel, Personio, ADP), accounting (QuickBooks, Xero, NetSuite), DocuSign, Dropbox, Box. */
export const officeCases23: PosTemplate23[] = [
  [
    'gusto-employee',
    (g) => {
      const tok = g.chars(B62 + '-_', 43);
      const p = g.person();
      const ssn = g.ssn();
      const acct = g.digits(g.int(8, 12));
      const routing = g.routing();
      return {
        text: `Gusto API 422 on PUT /v1/employees/${g.uuid()}/bank_accounts {"errors":[{"error_key":"routing_number","category":"invalid_attribute_value","message":"Routing number is invalid"}]}
  Authorization: Bearer ${tok}
  body: {"name":"${p.full} Checking","routing_number":"${routing}","account_number":"${acct}","account_type":"Checking"}
  employee: {"first_name":"${p.first}","last_name":"${p.last}","ssn":"${ssn}","date_of_birth":"${g.dob()}"}`,
        values: [cred('gusto-access-token', tok), fin('aba-routing', routing), fin('bank-account-number', acct), pers('ssn', ssn)],
      };
    },
  ],
  [
    'bamboohr-basic',
    (g) => {
      const key = g.hex(40);
      const basic = Buffer.from(`${key}:x`).toString('base64');
      const p = g.person();
      const phone = g.phone('GB');
      const nino = g.nino();
      return {
        text: `[hris-sync] BambooHR GET /api/gateway.php/acme/v1/employees/${g.int(100, 999)}?fields=firstName,lastName,mobilePhone,ssn,nin 200 but mapping failed: TypeError: employee.workEmail is null
  request.headers.authorization="Basic ${basic}"
  response={"id":"${g.int(100, 999)}","firstName":"${p.first}","lastName":"${p.last}","mobilePhone":"${phone}","nin":"${nino}","ssn":null}`,
        values: [cred('basic-auth-base64', basic), pers('phone', phone), pers('nino', nino)],
      };
    },
  ],
  [
    'deel-contractor',
    (g) => {
      const tok = g.jwt({ sub: g.uuid(), iss: 'https://app.deel.com', aud: 'deel-api', scope: 'contracts:read people:read', iat: g.epoch(), exp: g.epoch() + 86400 * 30 }, 'RS256');
      const p = g.person();
      const iban = g.iban(g.pick(['ES', 'FR', 'BE'] as const));
      const email = g.email(p);
      return {
        text: `{"timestamp":"${g.iso()}","level":"ERROR","logger":"payouts.deel","message":"payout method rejected","status":400,"body":{"errors":[{"message":"IBAN does not match beneficiary country"}]},"beneficiary":{"legal_name":"${p.full}","email":"${email}","iban":"${g.spaced(iban)}","bic":"${g.pick(['CAIXESBBXXX', 'BNPAFRPPXXX', 'GEBABEBB'])}"},"authorization":"Bearer ${tok}"}`,
        values: [cred('jwt', tok), pers('email', email), fin('iban', g.spaced(iban))],
      };
    },
  ],
  [
    'personio-employee-de',
    (g) => {
      const secret = `papi-${g.uuid()}`;
      const p = g.person();
      const iban = g.iban('DE');
      const a = g.address('DE');
      const taxid = g.steuerId();
      return {
        text: `personio.sync ERROR attribute mapping failed for employee ${g.int(1000000, 9999999)}: ValueError: unknown attribute 'dynamic_${g.int(100000, 999999)}'
  client_secret=${secret}
  attributes={'first_name': '${p.first}', 'last_name': '${p.last}', 'iban': '${iban}', 'address': '${a.line1}, ${a.postal} ${a.city}', 'steuer_id': '${taxid}', 'geburtsdatum': '${g.dob()}'}`,
        values: [cred('personio-client-secret', secret), fin('iban', iban), pers('street-address', `${a.line1}, ${a.postal} ${a.city}`), pers('de-steuer-id', taxid)],
      };
    },
  ],
  [
    'payroll-export-fr',
    (g) => {
      const p = g.person();
      const nir = g.nir();
      const iban = g.iban('FR');
      return {
        text: `2026-12-01 07:30:02,114 ERROR payroll.export.fr [export_dsn] rejected line 42: "Numéro de sécurité sociale invalide pour le salarié"
  row={'matricule': 'E${g.digits(5)}', 'nom': '${p.last.toUpperCase()}', 'prenom': '${p.first}', 'nir': '${nir}', 'iban': '${g.spaced(iban)}', 'salaire_brut': '${g.int(2000, 6000)},00'}`,
        values: [pers('fr-nir', nir), fin('iban', g.spaced(iban))],
      };
    },
  ],
  [
    'quickbooks-refresh',
    (g) => {
      const refresh = `AB11${g.epoch()}${g.chars(B62, 36)}`;
      const secret = g.chars(B62, 40);
      return {
        text: `intuit-oauth: OAuthClientException: The Refresh token is invalid, please Authorize again. { "error": "invalid_grant" }
  intuit_tid=${g.uuid()}
  oauthClient = new OAuthClient({ clientId: 'AB${g.chars(B62, 48)}', clientSecret: '${secret}', environment: 'production', redirectUri: 'https://app.acme.io/qbo/callback' })
  token: { token_type: 'bearer', refresh_token: '${refresh}', x_refresh_token_expires_in: 8726400, realmId: '${g.digits(19)}' }`,
        values: [cred('oauth-client-secret', secret), cred('quickbooks-refresh-token', refresh)],
      };
    },
  ],
  [
    'xero-invoice',
    (g) => {
      const secret = g.chars(B62 + '-_', 48);
      const p = g.person();
      const email = g.workEmail(p);
      return {
        text: `Xero.NetStandard.OAuth2.Client.ApiException: Error calling CreateInvoices: {"ErrorNumber":10,"Type":"ValidationException","Message":"A validation exception occurred","Elements":[{"Contact":{"Name":"${p.full}","EmailAddress":"${email}"},"ValidationErrors":[{"Message":"Account code '4000' is not a valid code for this document."}]}]}
   at Xero.NetStandard.OAuth2.Api.AccountingApi.CreateInvoicesAsyncWithHttpInfo(...)
XeroConfiguration { ClientId = "${g.hex(32).toUpperCase()}", ClientSecret = "${secret}", Scope = "accounting.transactions offline_access" }`,
        values: [cred('xero-client-secret', secret), pers('email', email), pers('person-name', p.full)],
      };
    },
  ],
  [
    'netsuite-tba',
    (g) => {
      const cs = g.hex(64);
      const ts = g.hex(64);
      return {
        text: `NetSuite RESTlet 403 {"error":{"code":"INVALID_LOGIN_ATTEMPT","message":"Invalid login attempt."}}
OAuth realm="${g.int(1000000, 9999999)}",oauth_consumer_key="${g.hex(64)}",oauth_token="${g.hex(64)}",oauth_signature_method="HMAC-SHA256",oauth_timestamp="${g.epoch()}",oauth_nonce="${g.b62(11)}",oauth_version="1.0",oauth_signature="${encodeURIComponent(g.b64(32))}"
NS_CONSUMER_SECRET=${cs}
NS_TOKEN_SECRET=${ts}`,
        values: [cred('netsuite-consumer-secret', cs), cred('netsuite-token-secret', ts)],
      };
    },
  ],
  [
    'docusign-jwt-grant',
    (g) => {
      const pem = g.pem('RSA PRIVATE KEY', 18);
      const raw = pem.join('\n');
      const p = g.person();
      const email = g.email(p);
      return {
        text: `docusign_esign.client.api_exception.ApiException: (400)
Reason: Bad Request
HTTP response body: b'{"error":"consent_required"}'
envelope recipient: {"email": "${email}", "name": "${p.full}", "recipientId": "1", "routingOrder": "1"}
DS_PRIVATE_KEY (from env):
${raw}`,
        values: [cred('private-key', raw), pers('email', email), pers('person-name', p.full)],
      };
    },
  ],
  [
    'dropbox-token',
    (g) => {
      const tok = `sl.${g.chars(B62 + '-_', 138)}`;
      return {
        text: `dropbox.exceptions.AuthError: AuthError('${g.hex(32)}', AuthError('expired_access_token', None))
  dbx = dropbox.Dropbox(oauth2_access_token='${tok}', app_key='${g.lowerAlnum(15)}')
  dbx.files_upload(data, '/Finance/2026-11/payroll.xlsx', mode=WriteMode('overwrite'))`,
        values: [cred('dropbox-access-token', tok)],
      };
    },
  ],
  [
    'box-jwt-config',
    (g) => {
      const secret = g.chars(B62, 32);
      const pass = g.hex(32);
      return {
        text: `BoxAPIError: Failed to get access token: status 400 {"error":"invalid_client","error_description":"The client credentials are invalid"}
box_config.json: {"boxAppSettings":{"clientID":"${g.lowerAlnum(32)}","clientSecret":"${secret}","appAuth":{"publicKeyID":"${g.lowerAlnum(8)}","privateKey":"-----BEGIN ENCRYPTED PRIVATE KEY-----\\n...redacted by box-cli...\\n-----END ENCRYPTED PRIVATE KEY-----\\n","passphrase":"${pass}"}},"enterpriseID":"${g.digits(9)}"}`,
        values: [cred('box-client-secret', secret), cred('key-passphrase', pass)],
      };
    },
  ],
  [
    'adp-worker-dump',
    (g) => {
      const p = g.person();
      const sin = g.sin();
      const a = g.address('CA');
      const phone = g.phone('CA');
      return {
        text: `ADP Workforce Now worker import failed (HTTP 400 "Invalid postal code format") for worker AOID G${g.upperAlnum(15)}:
{"person":{"legalName":{"givenName":"${p.first}","familyName1":"${p.last}"},"governmentIDs":[{"idValue":"${sin}","nameCode":{"codeValue":"SIN"}}],"legalAddress":{"lineOne":"${a.line1}","cityName":"${a.city}","countrySubdivisionLevel1":{"codeValue":"${a.region}"},"postalCode":"${a.postal.replace(' ', '')}"},"communication":{"mobiles":[{"formattedNumber":"${phone}"}]}}}`,
        values: [pers('ca-sin', sin), pers('street-address', a.line1), pers('phone', phone)],
      };
    },
  ],
];

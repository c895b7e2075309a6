import { amount, host, level, ts } from './blind-set-33-noise';
import { address, emailOf, iban, jwt, person, phone, usAccount, aba, type Template33 } from './blind-set-33-values';

/** Open banking and aggregators: Plaid, TrueLayer, Tink, Yapily, GoCardless Bank Account Data, MX, Finicity, Akoya. */
export const OPENBANK_TEMPLATES: readonly Template33[] = [
  {
    area: 'openbank', name: 'plaid-exchange-error',
    make: (c, r) => {
      const body = { client_id: r.hex(24), secret: c.c('plaid-secret', r.hex(30)), access_token: c.c('plaid-access-token', `access-${r.pick(['production', 'development'])}-${r.uuid()}`) };
      return `${ts(r)} ${level(r)} [link-svc] plaid POST /item/get failed: status=400 error_code=INVALID_ACCESS_TOKEN request_id=${r.b62(15)}\n  request body: ${JSON.stringify(body)}\n  at PlaidApi.itemGet (node_modules/plaid/dist/api.js:${r.int(1000, 9999)}:27)`;
    },
  },
  {
    area: 'openbank', name: 'plaid-env-dump',
    make: (c, r) => `# printenv in ${host(r, 'payouts-worker')} (crashloop debug)\nPLAID_ENV=production\nPLAID_CLIENT_ID=${r.hex(24)}\nPLAID_SECRET=${c.c('plaid-secret', r.hex(30))}\nPLAID_PRODUCTS=auth,transactions,identity\nPLAID_PROCESSOR_TOKEN_DWOLLA=${c.c('plaid-processor-token', `processor-production-${r.uuid()}`)}\nNODE_ENV=production`,
  },
  {
    area: 'openbank', name: 'plaid-auth-numbers',
    make: (c, r) => {
      const p = person(r, 'US');
      const acct = c.f('ach-account', usAccount(r));
      const body = `{"accounts":[{"account_id":"${r.b62(37)}","mask":"${acct.slice(-4)}","name":"Plaid Checking","subtype":"checking"}],"numbers":{"ach":[{"account":"${acct}","account_id":"${r.b62(37)}","routing":"${aba(r)}","wire_routing":"${aba(r)}"}]},"owners":[{"names":["${c.p('account-holder-name', p.full)}"],"emails":[{"data":"${c.p('email', emailOf(r, p))}","primary":true}],"phone_numbers":[{"data":"${c.p('phone', phone(r, 'US'))}","type":"mobile"}]}]}`;
      return `${level(r)} ach-verify: balance check failed for item ${r.b62(37)}, dumping /auth/get + /identity/get response:\n${body}`;
    },
  },
  {
    area: 'openbank', name: 'plaid-identity-addresses',
    make: (c, r) => {
      const p = person(r, 'US');
      return `plaid.identity.mismatch score=${r.int(10, 60)} item=${r.b62(37)}\n  owner.names[0]      = "${c.p('account-holder-name', p.full.toUpperCase())}"\n  owner.addresses[0]  = "${c.p('postal-address', address(r, 'US'))}"\n  owner.emails[0]     = ${c.p('email', emailOf(r, p))}\n  applicant.name      = "${c.p('applicant-name', p.full)}"`;
    },
  },
  {
    area: 'openbank', name: 'truelayer-token-refresh',
    make: (c, r) => {
      const at = c.c('truelayer-access-jwt', jwt(r, { alg: 'RS256', kid: r.hex(16).toUpperCase(), typ: 'at+jwt' }, { iss: 'https://auth.truelayer.com', nbf: 1760000000 + r.int(0, 9e6), client_id: `app-${r.hex(6)}`, scope: ['info', 'accounts', 'balance', 'offline_access'] }));
      const rt = c.c('truelayer-refresh-token', r.hex(64).toUpperCase());
      return `${ts(r)} WARN TrueLayerClient: token refresh raced, both responses logged\n> POST https://auth.truelayer.com/connect/token grant_type=refresh_token&client_id=${r.pick(['acme', 'northwind', 'kestrel'])}-${r.hex(6)}&client_secret=${c.c('truelayer-client-secret', r.uuid())}&refresh_token=${rt}\n< 200 {"access_token":"${at}","expires_in":3600,"token_type":"Bearer","refresh_token":"${rt}","scope":"info accounts balance offline_access"}`;
    },
  },
  {
    area: 'openbank', name: 'tink-accounts',
    make: (c, r) => {
      const p = person(r, r.pick(['DE', 'NL', 'ES', 'FR']));
      return `$ curl -s -X POST https://api.tink.com/api/v1/oauth/token -d client_id=${r.hex(32)} -d client_secret=${c.c('tink-client-secret', r.hex(32))} -d grant_type=authorization_code -d code=${r.hex(32)}\n$ curl -s https://api.tink.com/data/v2/accounts -H "Authorization: Bearer ${c.c('tink-access-token', jwt(r, { alg: 'ES256', kid: r.uuid() }, { scope: 'accounts:read,balances:read', exp: 1760000000 + r.int(0, 9e6) }, 64))}"\n{"accounts":[{"id":"${r.hex(32)}","name":"Girokonto","identifiers":{"iban":{"iban":"${c.f('iban', iban(r, 'DE'))}"}},"customerSegment":"PERSONAL","holderName":"${c.p('account-holder-name', p.full)}"}]}`;
    },
  },
  {
    area: 'openbank', name: 'yapily-consent',
    make: (c, r) => {
      const basic = c.c('yapily-basic-auth', Buffer.from(`${r.uuid()}:${r.uuid()}`).toString('base64'));
      return `POST /consent-auth-code HTTP/1.1\r\nHost: api.yapily.com\r\nAuthorization: Basic ${basic}\r\nContent-Type: application/json\r\n\r\n{"authCode":"${r.b62(40)}","authState":"${r.uuid()}"}\r\n--- 500 response, consent ${r.uuid()} ---\r\n{"id":"${r.uuid()}","institutionId":"${r.pick(['monzo_ob', 'natwest-sandbox', 'revolut-eu'])}","status":"AUTHORIZED","consentToken":"${c.c('yapily-consent-token', jwt(r, { alg: 'HS512' }, { INSTITUTION: 'monzo_ob', CONSENT: r.uuid(), APPLICATION_USER_ID: `user-${r.int(1000, 99999)}` }, 64))}"}`;
    },
  },
  {
    area: 'openbank', name: 'gocardless-bad-details',
    make: (c, r) => {
      const p = person(r, r.pick(['GB', 'FR', 'ES', 'NL', 'PL']));
      const cc = p.country === 'GB' ? 'GB' : p.country;
      return `[nordigen] token/new/ payload={"secret_id": "${r.uuid()}", "secret_key": "${c.c('gocardless-bad-secret-key', r.hex(128))}"}\n[nordigen] GET /api/v2/accounts/${r.uuid()}/details/ -> 200\n{"account": {"resourceId": "${r.b62(20)}", "iban": "${c.f('iban', iban(r, cc))}", "currency": "EUR", "ownerName": "${c.p('account-holder-name', p.full)}", "product": "Current Account", "cashAccountType": "CACC"}}\n[nordigen] access=${c.c('gocardless-bad-access-jwt', jwt(r, { alg: 'HS256', typ: 'JWT' }, { token_type: 'access', exp: 1760000000 + r.int(0, 9e6), jti: r.hex(32), id: r.int(10000, 99999), secret_id: r.hex(32), allowed_cidrs: ['0.0.0.0/0', '::/0'] }, 32))}`;
    },
  },
  {
    area: 'openbank', name: 'mx-members',
    make: (c, r) => {
      const p = person(r, 'US');
      const key = c.c('mx-api-key', r.hex(40));
      return `mx-platform-node: Request failed with status code 409\n    config.auth: { username: 'a${r.hex(7)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}', password: '${key}' }\n    config.data: '{"member":{"credentials":[{"guid":"CRD-${r.uuid()}","value":"${c.p('bank-login-username', `${p.first.toLowerCase()}${r.int(10, 99)}`)}"},{"guid":"CRD-${r.uuid()}","value":"${c.c('bank-login-password', r.password(14))}"}],"institution_code":"chase"}}'\n    response.data: { error: { message: 'Member already exists', user_guid: 'USR-${r.uuid()}' } }`;
    },
  },
  {
    area: 'openbank', name: 'finicity-headers',
    make: (c, r) => `Finicity call failed (401 Unauthorized) — request headers:\n  Finicity-App-Key: ${c.c('finicity-app-key', r.hex(32))}\n  Finicity-App-Token: ${c.c('finicity-app-token', r.b62(20))}\n  Accept: application/json\nauthentication body was {"partnerId":"${r.digits(13)}","partnerSecret":"${c.c('finicity-partner-secret', r.b62(20))}"}\ncustomerId=${r.digits(10)} institutionLoginId=${r.digits(10)}`,
  },
  {
    area: 'openbank', name: 'akoya-tokens',
    make: (c, r) => {
      const p = person(r, 'US');
      return `akoya:\n  provider: ${r.pick(['mikomo', 'wellsfargo', 'capitalone', 'chase'])}\n  client_id: ${r.b62(26).toLowerCase()}\n  client_secret: "${c.c('akoya-client-secret', r.b62(40))}"\n  last_id_token: ${c.c('akoya-id-jwt', jwt(r, { alg: 'RS256', kid: r.hex(8) }, { iss: 'https://sandbox-idp.ddp.akoya.com', sub: r.uuid(), email: '', name: '' }))}\n# holder on last sync: ${c.p('account-holder-name', p.full)}, acct ending ${r.digits(4)}, balance ${amount(r)}`;
    },
  },
  {
    area: 'openbank', name: 'aggregator-webhook-replay',
    make: (c, r) => {
      const p = person(r, r.pick(['GB', 'IE', 'DE']));
      const inner = JSON.stringify({ event: 'payment.executed', payer: { name: p.full, iban: iban(r, p.country === 'DE' ? 'DE' : p.country) }, signing_secret: r.b64(32) });
      const parsed = JSON.parse(inner) as { payer: { name: string; iban: string }; signing_secret: string };
      c.p('debtor-name', parsed.payer.name);
      c.f('iban', parsed.payer.iban);
      c.c('webhook-signing-secret', parsed.signing_secret);
      return JSON.stringify({ level: 'error', msg: 'webhook replay rejected: signature mismatch', ts: ts(r), raw: inner });
    },
  },
  {
    area: 'openbank', name: 'ob-payment-initiation',
    make: (c, r) => {
      const p = person(r, 'GB');
      const acct = c.f('uk-account-number', r.digits(8));
      return `PISP domestic-payment-consents 400 UK.OBIE.Field.Invalid\n<<< {"Data":{"Initiation":{"InstructionIdentification":"${r.hex(16)}","EndToEndIdentification":"E2E${r.digits(10)}","InstructedAmount":{"Amount":"${amount(r, 5, 9000)}","Currency":"GBP"},"CreditorAccount":{"SchemeName":"UK.OBIE.SortCodeAccountNumber","Identification":"${r.digits(6)}${acct}","Name":"${c.p('creditor-name', p.full)}"}}},"Risk":{"PaymentContextCode":"PartyToParty"}}\n<<< x-fapi-financial-id: 0015800001041RHAAY\n<<< Authorization: Bearer ${c.c('ob-access-token', r.b64url(30))}`;
    },
  },
];

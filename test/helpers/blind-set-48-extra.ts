import type { Make48 } from './blind-set-48-hotel';

/** Credential-heavy material across the theme: CI logs, deploy configs, secrets dumps, SDK setup. */
export const SECRETS: Record<string, Make48> = {
  'gha-deploy-log': (c) =>
    `Run ./deploy.sh booking-engine prod\n+ export STRIPE_API_KEY=${c.stripe('sk')}\n+ export EXPEDIA_RAPID_SECRET=${c.alnum('expedia-shared-secret', 13)}\n+ docker login -u sunsetci -p ${c.pw()} registry.sunsetgroup.net\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\n+ aws configure set aws_secret_access_key ${c.awsSecret()}`,
  'terraform-tfvars': (c) =>
    `# envs/prod/terraform.tfvars — reservations platform\nregion              = "eu-west-1"\nrds_master_password = "${c.pw()}"\ndatadog_api_key     = "${c.hex('datadog-api-key', 32)}"\ndatadog_app_key     = "${c.hex('datadog-app-key', 40)}"\npagerduty_token     = "${c.cred('pagerduty-token', `u+${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 18)}`)}"\n`,
  'docker-compose-pms': (c) =>
    `services:\n  pms-api:\n    image: sunset/pms-api:4.12.0\n    environment:\n      - SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/pms\n      - SPRING_DATASOURCE_PASSWORD=${c.pw()}\n      - KEYCARD_ASSA_ABLOY_API_SECRET=${c.hex('api-secret', 48)}\n      - OHIP_CLIENT_SECRET=${c.opaque('oauth-client-secret', 36)}\n  redis:\n    command: redis-server --requirepass ${c.pw()}\n`,
  'mongo-uri-log': (c) =>
    `{"t":{"$date":"${c.ts()}"},"s":"E","c":"NETWORK","msg":"Error connecting","attr":{"uri":"mongodb+srv://ota-search:${c.urlPw()}@search-prod.x${c.r.b62(5).toLowerCase()}.mongodb.net/hotels?retryWrites=true","error":"Authentication failed."}}\nINFO elastic: using api key ${c.cred('elastic-api-key', Buffer.from(`${c.r.b62(20)}:${c.r.b62(22)}`).toString('base64'))}`,
  'npmrc-and-pip': (c) =>
    `$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken=${c.cred('npm-token', `npm_${c.r.b62(36)}`)}\n@flyhop:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${c.github()}\n$ cat ~/.pip/pip.conf\n[global]\nextra-index-url = https://deploy:${c.urlPw()}@pypi.flyhop.internal/simple`,
  'azure-appsettings': (c) =>
    `{\n  "ConnectionStrings": {\n    "Loyalty": "Server=tcp:loyalty-sql.database.windows.net,1433;Initial Catalog=loyalty;User ID=loyalty_app;Password=${c.pw()};Encrypt=True;",\n    "ServiceBus": "Endpoint=sb://loyalty-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${c.cred('azure-sas-key', c.r.b64(32))}"\n  },\n  "AzureAd": { "ClientId": "${c.r.uuid()}", "ClientSecret": "${c.azure()}", "TenantId": "${c.r.uuid()}" }\n}`,
  'bearer-curl-history': (c) =>
    `  512  curl -H "Authorization: Bearer ${c.jwt({ sub: 'svc-rates', aud: 'https://api.sunsetgroup.net', scope: 'rates:write inventory:write', iss: 'https://auth.sunsetgroup.net/' })}" https://api.sunsetgroup.net/v2/rates/${c.hotelCode()}\n  513  curl -u admin:${c.pw()} http://10.0.12.4:15672/api/queues\n  514  export MAPBOX_TOKEN=${c.cred('mapbox-secret-token', `sk.eyJ1Ijoic3Vuc2V0Z3JvdXAiLCJhIjoi${c.r.b62(22)}In0.${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22)}`)}`,
  'ssh-key-in-ticket': (c) =>
    `Jira OPS-${c.r.int(1000, 9999)}: "GDS bastion access for contractor"\nComment: pasting the key here so you can add it, password for the bastion user is ${c.pw()}\n{code}\n${c.pem('OPENSSH PRIVATE KEY')}\n{code}`,
  'sendgrid-mailgun-py': (c) =>
    `# notifications/settings.py (booking confirmations)\nSENDGRID_API_KEY = os.environ.get("SENDGRID_API_KEY", "${c.sendgrid()}")\nMAILGUN_KEY = "${c.mailgun()}"\nSLACK_BOOKINGS_WEBHOOK = "${c.slackHook()}"\nTWILIO_AUTH_TOKEN = "${c.twilio()}"\n`,
  'k8s-env-dump': (c) =>
    `$ kubectl exec deploy/car-pricing -- env | sort\nAVIS_CLIENT_SECRET=${c.hex('oauth-client-secret', 32)}\nHOSTNAME=car-pricing-7f9c8d6b5-x2k4q\nKAFKA_SASL_PASSWORD=${c.pw()}\nKUBERNETES_SERVICE_HOST=172.20.0.1\nSIXT_API_KEY=${c.opaque('api-key', 40)}\nSTRIPE_SECRET_KEY=${c.stripe('sk')}`,
  'php-wp-config': (c) =>
    `<?php // wp-config.php — boutique hotel website with booking widget\ndefine( 'DB_NAME', 'hotel_wp' );\ndefine( 'DB_USER', 'hotel_wp' );\ndefine( 'DB_PASSWORD', '${c.pw()}' );\ndefine( 'AUTH_KEY', '${c.cred('wp-salt', c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );\ndefine( 'CLOUDBEDS_WIDGET_SECRET', '${c.hex('api-secret', 40)}' );`,
  'ruby-gds-exception': (c) =>
    `Faraday::UnauthorizedError (the server responded with status 401)\n  request: POST https://api.travelport.com/11/air/authentication/oauth2/token\n  body: "grant_type=password&username=${c.r.pick(['tpapi', 'flyhop_api'])}_${c.r.digits(4)}&password=${c.pw()}&client_id=${c.r.hex(24)}&client_secret=${c.opaque('oauth-client-secret', 32)}"\n  from app/services/travelport/auth.rb:23:in 'fetch_token'`,
  'webhook-secrets-yaml': (c) =>
    `webhooks:\n  stripe: { secret: ${c.stripe('whsec')} }\n  duffel: { secret: ${c.opaque('webhook-secret', 32)}, token: ${c.duffel()} }\n  mews: { client_token: ${c.mews()} }\n`,
  'hmac-signing-go': (c) =>
    `// internal/partners/hotelbeds.go\nconst (\n\thbAPIKey = "${c.hex('hotelbeds-api-key', 32)}"\n\thbSecret = "${c.alnum('hotelbeds-secret', 10)}"\n)\n// sabre fallback token while the refresh job is broken\nvar sabreToken = "${c.sabre()}"`,
  'square-pos-logs': (c) =>
    `I/SquareSDK(4211): init environment=production applicationId=sq0idp-${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22)}\nD/SquareSDK(4211): OAuth access_token=${c.square()}\nD/SquareSDK(4211): application secret sq0csp-${c.cred('square-app-secret', c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43))}`,
  'session-cookies-har': (c) =>
    `"headers": [\n  { "name": "Cookie", "value": "JSESSIONID=${c.cred('session-cookie', c.r.hex(32).toUpperCase())}; XSRF-TOKEN=${c.r.uuid()}; remember_me=${c.opaque('session-cookie', 64)}" },\n  { "name": "X-Api-Key", "value": "${c.alnum('api-key', 40)}" },\n  { "name": "Authorization", "value": "Bearer ${c.jwt({ sub: c.r.uuid(), role: 'agent', agency: 'IATA ' + c.r.digits(8) }, 'HS256')}" }\n]`,
};

/** Financial-heavy material: payouts, SEPA and ACH files, virtual cards, chargebacks. */
export const FINANCE: Record<string, Make48> = {
  'sepa-pain001': (c) =>
    `<CstmrCdtTrfInitn><GrpHdr><MsgId>PAYOUT-${c.r.digits(10)}</MsgId><NbOfTxs>2</NbOfTxs></GrpHdr><PmtInf><DbtrAcct><Id><IBAN>${c.iban('DE')}</IBAN></Id></DbtrAcct><CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${c.amount()}</InstdAmt></Amt><CdtrAcct><Id><IBAN>${c.iban()}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Commission ${c.day()}</Ustrd></RmtInf></CdtTrfTxInf><CdtTrfTxInf><CdtrAcct><Id><IBAN>${c.iban()}</IBAN></Id></CdtrAcct></CdtTrfTxInf></PmtInf></CstmrCdtTrfInitn>`,
  'vcc-batch-csv': (c) => {
    const rows = ['booking_id,vcc_number,vcc_cvc,expiry,amount,currency'];
    for (let i = 0; i < 2; i++) rows.push(`${c.r.digits(10)},${c.card('plain', c.r.pick(['mc', 'visa']))},${c.cvv()},${c.exp()},${c.amount()},EUR`);
    return `# Booking.com Payments — virtual cards due for charge (from the extranet export)\n${rows.join('\n')}`;
  },
  'owner-payout-json': (c) =>
    `{"payoutId":"po_${c.r.b62(16)}","owner":{"name":"${c.name('full')}","taxId":"${c.ein()}"},"bank":{"routingNumber":"${c.routing()}","accountNumber":"${c.account()}","type":"checking"},"amount":"${c.amount()}","currency":"USD","status":"failed","failureCode":"account_closed"}`,
  'chargeback-notice': (c) =>
    `Chargeback CB-${c.r.digits(8)} received for transaction ${c.r.hex(12).toUpperCase()}: cardholder claims no-show fee not authorised. Card ${c.card('dashed')} exp ${c.exp()}, amount ${c.amount()} USD, reason code 13.1. Please upload the signed registration card. Refund alternative: account ${c.account()} routing ${c.routing()}.`,
  'gst-invoice-india': (c) =>
    `TAX INVOICE  GSTIN: 27${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5)}${c.r.digits(4)}${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}1Z${c.r.digits(1)}\nGuest: ${c.name('full')}   PAN: ${c.pan()}\nRoom charges ${c.amount()}  CGST 6%  SGST 6%\nPaid by card ${c.card('spaced')}`,
  'uk-bacs-refund': (c) => {
    const [sort, acct] = c.ukSortAccount();
    return `BACS refund file line: ${sort} ${acct} 99 ${c.r.digits(6)} ${c.amount()} "HOLIDAY REFUND ${c.r.digits(6)}"\nalt IBAN ${c.iban('GB')}`;
  },
};

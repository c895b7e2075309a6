import { CLINICS, type T50 } from './blind-set-50-ctx';

/** Config fragments and payment feeds that carry several secrets or bank details each. */
export const DENSE_TEMPLATES: T50[] = [
  {
    area: 'infra', name: 'clinic-platform-env', n: 12,
    make: (c) => `# ${c.pick(CLINICS)} practice platform - production (.env)
NODE_ENV=production
DATABASE_URL=postgresql://pm_app:${c.cr('password', c.urlPw())}@pm-prod.${c.lowerAlnum(12)}.us-east-1.rds.amazonaws.com:5432/practice
REDIS_URL=redis://:${c.cr('password', c.urlPw())}@redis-${c.int(10000, 19999)}.c${c.int(1, 300)}.us-east-1-2.ec2.cloud.redislabs.com:${c.int(10000, 19999)}
JWT_SECRET=${c.cr('secret', c.hex(64))}
STRIPE_SECRET_KEY=${c.cr('stripe-secret-key', `sk_live_${c.b62(99)}`)}
STRIPE_WEBHOOK_SECRET=${c.cr('webhook-secret', `whsec_${c.b62(32)}`)}
SENDGRID_API_KEY=${c.cr('api-key', c.sendgrid())}
GOOGLE_MAPS_API_KEY=${c.cr('api-key', c.googleKey())}
SENTRY_ENVIRONMENT=production`,
  },
  {
    area: 'tele', name: 'telehealth-platform-env', n: 12,
    make: (c) => `ZOOM_ACCOUNT_ID=${c.b64urlChars(22)}
ZOOM_CLIENT_ID=${c.b62(22)}
ZOOM_CLIENT_SECRET=${c.cr('client-secret', c.b62(32))}
ZOOM_VIDEO_SDK_KEY=${c.b62(22)}
ZOOM_VIDEO_SDK_SECRET=${c.cr('api-secret', c.b62(36))}
TWILIO_AUTH_TOKEN=${c.cr('auth-token', c.hex(32))}
VONAGE_API_KEY=${c.hex(8)}
VONAGE_API_SECRET=${c.cr('api-secret', c.b62(16))}
DAILY_API_KEY=${c.cr('api-key', c.hex(64))}
RECORDINGS_BUCKET_KMS_KEY=arn:aws:kms:us-east-1:${c.dig(12)}:key/${c.uuid()}
OPENAI_API_KEY=${c.cr('api-key', `sk-proj-${c.b64urlChars(48)}T3BlbkFJ${c.b64urlChars(48)}`)}`,
  },
  {
    area: 'wear', name: 'wearable-hub-secrets', n: 12,
    make: (c) => `wearables:
  fitbit:   { client_id: "${c.upAlnum(6)}", client_secret: "${c.cr('client-secret', c.hex(32))}" }
  garmin:   { consumer_key: "${c.uuid()}", consumer_secret: "${c.cr('client-secret', c.b62(27))}" }
  withings: { client_id: "${c.hex(64)}", client_secret: "${c.cr('client-secret', c.hex(64))}" }
  oura:     { client_id: "${c.upAlnum(16)}", client_secret: "${c.cr('client-secret', c.upAlnum(32))}" }
  strava:   { client_id: ${c.int(10000, 199999)}, client_secret: "${c.cr('client-secret', c.hex(40))}" }
  dexcom:   { client_id: "${c.b62(32)}", client_secret: "${c.cr('client-secret', c.b62(16))}", env: sandbox }
queue:
  amqp_url: amqps://sync:${c.cr('password', c.urlPw())}@b-${c.uuid()}.mq.us-east-1.amazonaws.com:5671`,
  },
  {
    area: 'erx', name: 'pharmacy-portal-properties', n: 12,
    make: (c) => `# pharmacy-portal application-prod.properties
spring.datasource.url=jdbc:postgresql://rxdb-prod:5432/pharmacy
spring.datasource.username=rx_portal
spring.datasource.password=${c.cr('password', c.pw())}
surescripts.client.keystore.password=${c.cr('password', c.pw(14))}
surescripts.portal.password=${c.cr('password', c.words())}
fdb.api.client.secret=${c.cr('client-secret', c.b62(40))}
payments.authorizenet.transaction-key=${c.cr('api-key', c.upAlnum(16))}
payments.authorizenet.api-login-id=${c.b62(10)}
management.endpoints.web.exposure.include=health,info`,
  },
  {
    area: 'lab', name: 'lab-interface-config', n: 12,
    make: (c) => `<?xml version="1.0"?>
<interfaceConfig site="${c.pick(['RIVERBEND', 'SUMMIT', 'LAKESIDE'])}">
  <quest><sftpHost>sftp.questdiagnostics.com</sftpHost><user>q${c.dig(6)}</user><password>${c.cr('password', c.pw())}</password></quest>
  <labcorp><apiBase>https://api.labcorp.com/link/v1</apiBase><clientId>${c.uuid()}</clientId><clientSecret>${c.cr('client-secret', c.b62(40))}</clientSecret></labcorp>
  <healthGorilla><clientId>${c.b62(24)}</clientId><clientSecret>${c.cr('client-secret', c.b62(32))}</clientSecret><signingKey>${c.cr('secret', c.r.b64(32))}</signingKey></healthGorilla>
  <warehouse url="jdbc:sqlserver://labdw:1433;databaseName=Results" user="iface" password="${c.cr('password', c.pw().replace(/[;"]/g, ''))}"/>
</interfaceConfig>`,
  },
  {
    area: 'claims', name: 'billing-gateway-env', n: 10,
    make: (c) => `CLEARINGHOUSE=change-healthcare
CHC_CLIENT_ID=${c.b62(32)}
CHC_CLIENT_SECRET=${c.cr('client-secret', c.b62(c.int(16, 32)))}
STEDI_API_KEY=${c.cr('api-key', c.b62(40))}
BRAINTREE_MERCHANT_ID=${c.lowerAlnum(16)}
BRAINTREE_PRIVATE_KEY=${c.cr('api-key', c.hex(32))}
PLAID_SECRET=${c.cr('api-secret', c.hex(30))}
SETTLEMENT_ROUTING=${c.fi('routing-number', c.aba())}
SETTLEMENT_ACCOUNT=${c.fi('bank-account', c.account())}
PRACTICE_TIN=${c.fi('ein', c.ein())}`,
  },
  {
    area: 'claims', name: 'ach-enrollment-csv', n: 10,
    make: (c) => {
      const rows = ['provider_group,tin,bank_name,routing_number,account_number,account_type,contact'];
      for (let i = 0; i < 2; i++) rows.push(`"${c.pick(CLINICS)}",${c.fi('ein', c.ein())},${c.pick(['Chase', 'Wells Fargo', 'PNC', 'US Bank', 'Truist'])},${c.fi('routing-number', c.aba())},${c.fi('bank-account', c.account())},${c.pick(['checking', 'savings'])},${c.pe('person-name', c.person().full)}`);
      return `# EFT enrollment batch ${c.dig(6)} (CAQH EnrollHub export)\n${rows.join('\n')}`;
    },
  },
  {
    area: 'claims', name: 'gateway-decline-log', n: 10,
    make: (c) => {
      const brand = c.pick(['visa', 'mc', 'amex', 'disc']);
      const card = c.fi('card-number', c.card(brand));
      const cvv = c.fi('cvv', c.cvv(brand === 'amex' ? 4 : 3));
      return `${c.ts()} ERROR AuthorizeNetGateway - createTransactionRequest failed resultCode=Error code=E00027 text="The transaction was unsuccessful."
  request={"merchantAuthentication":{"name":"${c.b62(10)}","transactionKey":"${c.cr('api-key', c.upAlnum(16))}"},"transactionRequest":{"transactionType":"authCaptureTransaction","amount":"${c.int(15, 250)}.00","payment":{"creditCard":{"cardNumber":"${card}","expirationDate":"20${c.int(26, 31)}-${c.pad(c.int(1, 12), 2)}","cardCode":"${cvv}"}},"order":{"invoiceNumber":"RX${c.dig(8)}"}}}`;
    },
  },
  {
    area: 'claims', name: 'vendor-remit-sepa', n: 10,
    make: (c) => {
      const pain = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>
 <GrpHdr><MsgId>REMIT-${c.dig(10)}</MsgId><CreDtTm>${c.ts(false).slice(0, 19)}</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>
 <PmtInf><DbtrAcct><Id><IBAN>${c.fi('iban', c.iban())}</IBAN></Id></DbtrAcct>
  <CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${c.int(500, 20000)}.00</InstdAmt></Amt><Cdtr><Nm>${c.pick(['Medisana GmbH', 'Withings SA', 'Beurer GmbH', 'Philips Respironics'])}</Nm></Cdtr><CdtrAcct><Id><IBAN>${c.fi('iban', c.iban())}</IBAN></Id></CdtrAcct></CdtTrfTxInf>
  <CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${c.int(500, 20000)}.00</InstdAmt></Amt><Cdtr><Nm>${c.pick(['Nonin Medical', 'Omron Healthcare Europe', 'iHealth Labs Europe'])}</Nm></Cdtr><CdtrAcct><Id><IBAN>${c.fi('iban', c.iban())}</IBAN></Id></CdtrAcct></CdtTrfTxInf>
 </PmtInf></CstmrCdtTrfInitn></Document>`;
      return pain;
    },
  },
];

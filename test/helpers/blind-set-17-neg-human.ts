import { luhnOk } from './blind-set-9-checks';
import { iso17, neg, type NegCase17 } from './blind-set-17-types';

const tk = (r: Parameters<NegCase17>[0]): number => r.int(20000, 990000);
/** Sixteen digits grouped by four that fail the Luhn check (a voucher or order reference). */
const nonLuhn16 = (r: Parameters<NegCase17>[0]): string => {
  for (;;) {
    const d = r.num(16);
    if (!luhnOk(d)) return d.match(/.{4}/g)!.join(' ');
  }
};

/** Look-alikes people write: prose about secrets, masked and test values, public keys, references. */
export const negHuman: NegCase17[] = [
  (r) => neg('nh/reset-password', `Ticket #${tk(r)}: "Hi, I forgot my password and the reset email never arrives. Could you please reset your password link for me? My username is the usual one."`),
  (r) => neg('nh/pw-sent-separately', `Freshdesk #${tk(r)}\nLogin details:\nlogin: admin\npassword: (sent separately by SMS)\nhost: reports.brightlane-logistics.com`),
  (_r) => neg('nh/pw-policy', `Agent: the new password must be at least 12 characters, with one number and one symbol. You can't reuse your last 5 passwords.`),
  (r) => neg('nh/masked-card', `Visitor: the charge on •••• ${r.digits(4)} went through twice on ${iso17(r).slice(0, 10)}, can you refund one?`),
  (r) => neg('nh/masked-pan', `{"payment_method":{"card":{"brand":"visa","masked":"411111******1111","last4":"1111","exp_month":${r.int(1, 12)},"exp_year":2029,"fingerprint":"${r.an(16)}"}}}`),
  (r) => neg('nh/stripe-test-card', `QA-${r.int(100, 999)}: checkout fails on staging with the test card 4242 4242 4242 4242, any CVC, any future date. Production is fine.`),
  (_r) => neg('nh/test-cards-list', `Test cards for the sandbox:\n  Visa 4111 1111 1111 1111\n  Mastercard 5555 5555 5555 4444\n  Amex 378282246310005\nUse any three-digit CVC.`),
  (r) => neg('nh/jwt-io-sample', `Jira API-${r.int(10, 999)}: the docs example still uses the jwt.io sample eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c — please replace it with a real walkthrough`),
  (r) => neg('nh/placeholders', `${r.pick(['Hannah', 'Tomasz'])}: the template is\n  STRIPE_SECRET_KEY=<your-stripe-secret-key>\n  SENDGRID_API_KEY=\${SENDGRID_API_KEY}\n  DATABASE_URL=postgres://app:****@localhost:5432/app`),
  (r) => neg('nh/pk-live', `Ticket #${tk(r)}: "our checkout page shows 'Invalid API key' — the publishable key in the page source is pk_live_${r.an(99)}, is that the right one?"`),
  (r) => neg('nh/firebase-config', `Slack: web config for the new app (this one is public, it ships in the bundle):\nconst firebaseConfig = { apiKey: "AIza${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 35)}", authDomain: "kestrel-portal.firebaseapp.com", projectId: "kestrel-portal", appId: "1:${r.num(12)}:web:${r.hex(22)}" };`),
  (r) => neg('nh/sentry-dsn', `Jira WEB-${r.int(10, 999)}: browser errors go to Sentry.init({ dsn: "https://${r.hex(32)}@o${r.num(6)}.ingest.de.sentry.io/${r.num(7)}" }) — is that the right project?`),
  (r) => neg('nh/example-emails', `Ticket #${tk(r)}: "the invite form rejects john.doe@example.com and test.user@acme.test — are reserved domains blocked on purpose? also tried noreply@mail.invalid"`),
  (r) => neg('nh/fictional-phones', `Agent note: the caller gave (312) 555-01${r.digits(2)} and 07700 900${r.int(100, 999)} — both are fictional numbers from the test script, ignore.`),
  (r) => neg('nh/order-numbers', `Ticket #${tk(r)}: "order ${r.num(10)} and invoice INV-2026-${r.num(6)} never arrived, tracking 1Z${r.chars('0123456789ABCDEFGHJKLMNPRSTUVWXYZ', 16)}"`),
  (r) => neg('nh/voucher-non-luhn', `Customer: my gift voucher code is ${nonLuhn16(r)} and the till says it's expired already??`),
  (r) => neg('nh/masked-contact', `Intercom: verification code sent to +44 ••••• ••${r.digits(4)} and j•••@${r.pick(['gmail.com', 'outlook.com'])} at ${iso17(r)}`),
  (r) => neg('nh/masked-ssn', `W-9 received for vendor ${r.num(6)}: TIN ***-**-${r.digits(4)} (masked), status verified`),
  (r) => neg('nh/doc-iban', `FIN-${r.int(100, 999)}: the supplier form still shows the sample IBAN DE89 3704 0044 0532 0130 00 from the bank's documentation — please replace with a real field hint`),
  (r) => neg('nh/masked-iban', `Kunde: Erstattung bitte auf das hinterlegte Konto (IBAN DE** **** **** **** **${r.digits(2)} ${r.digits(2)}), danke`),
  (_r) => neg('nh/example-ids', `HR form help text: "enter your NI number like QQ 12 34 56 C" and "SSN format: 123-45-6789" (examples only)`),
  (r) => neg('nh/dates-not-dob', `Incident review: outage started on the 3rd of March 2026 at 14:02, resolved ${iso17(r).slice(0, 10)}; postmortem due 2026-03-10.`),
  (r) => neg('nh/versions', `Slack: upgraded the agent from 7.${r.int(40, 60)}.${r.int(0, 9)} to 7.${r.int(61, 70)}.${r.int(0, 9)}; .NET runtime 8.0.${r.int(1000, 1199)}.${r.int(10000, 60000)}; still crashing`),
  (r) => neg('nh/doc-ips', `Jira NET-${r.int(10, 999)}: traffic from 192.0.2.${r.int(1, 254)} and 2001:db8::${r.hex(4)} is blocked by the WAF, allow-list please (these are in the test plan)`),
  (r) => neg('nh/ssh-pubkey', `please add my public key to the bastion: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).replace(/=+$/, '')} ${r.pick(['hannah', 'kenji'])}@laptop`),
  (r) => neg('nh/pem-public', `Partner sent their webhook verification key:\n-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r.b64(64).slice(0, 28)}\n${r.b64(48).slice(0, 58)}==\n-----END PUBLIC KEY-----`),
  (r) => neg('nh/masked-key', `Linear comment: rotated — old key sk_live_…${r.an(4)} revoked at ${iso17(r)}, new one stored in Vault at secret/payments/stripe`),
  (r) => neg('nh/uuid-request', `Customer: support asked for the request id, it's ${r.uuid()} (x-request-id) and the trace id ${r.hex(32)}`),
  (r) => neg('nh/csv-masked', `export customers_2026-11.csv (PII masked):\ncustomer_id,name,email,date_of_birth,segment\n${r.num(6)},A. O.,a***@***.com,****-**-**,gold\n${r.num(6)},T. K.,t***@***.de,****-**-**,silver`),
  (_r) => neg('nh/sheet-vault-refs', `pasted from "IT accounts.xlsx":\nService\tUser\tPassword\tNotes\nWiFi guest\tguest\t(in 1Password)\trotate quarterly\nNAS admin\tadmin\tsee vault: it/nas\tbasement rack`),
  (r) => neg('nh/tx-hash', `user: the refund tx is 0x${r.hex(64)}, block ${r.num(8)} — still pending on my side`),
  (r) => neg('nh/mapbox-public', `Ticket #${tk(r)}: map tiles don't load; the page uses access token pk.${Buffer.from(JSON.stringify({ u: 'fleetview', a: 'cl' + r.hex(22) })).toString('base64url')}.${r.b64url(16)}`),
  (r) => neg('nh/counters', `Slack: consumer lag is 4155550123 messages?? offset ${r.num(11)}, partition ${r.int(0, 11)}, ${r.num(9)} bytes behind`),
  (r) => neg('nh/ean-isbn', `Warehouse ticket: item with EAN 4006381333931 and ISBN 978-3-16-148410-0 shows zero stock at depot ${r.int(1, 80)}`),
  (_r) => neg('nh/test-bsn', `QA note: the registration form accepts the test BSN 111222333 from the government test set; production validation is fine.`),
  (r) => neg('nh/slack-ids', `{"type":"message","channel":"C${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}","user":"U${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}","team":"T${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}","text":"deploy done :rocket: (token rotated, see vault)","ts":"${1796000000 + r.int(0, 9999)}.${r.digits(6)}","client_msg_id":"${r.uuid()}"}`),
];

import { B62, B64, DIGITS, UPPER } from './blind-set-9-rng';
import * as g from './blind-set-44-gen';
import type { Tpl } from './blind-set-44-gen';

/** Blind set 44, area `pm`: property management (AppFolio, Yardi, Buildium, RentCafe, Entrata) and tenant screening. */
export const PM: Tpl[] = [
  ['appfolio-reports-curl', 6, (r, v) => {
    const t = g.fullName(r);
    return `$ curl -s "https://${r.hex(32)}:${v.c('api-secret', r.hex(32))}@${r.pick(['summitpm', 'oakline', 'bluedoorprops'])}.appfolio.com/api/v1/reports/rent_roll.json?property_visibility=active"
{"results":[{"Unit":"${r.int(100, 420)}","Tenant":"${v.p('person-name', t)}","PhoneNumbers":"Mobile: ${v.p('phone', g.phone(r))}","Emails":"${v.p('email', g.emailFor(r, t))}","Rent":"${r.int(900, 3900)}.00"}]}`;
  }],
  ['yardi-voyager-soap', 8, (r, v) => `<soap:Body><GetResidentTransactions_Login xmlns="http://tempuri.org/YSI.Interfaces.WebServices/ItfResidentTransactions20">
  <UserName>${r.pick(['rentpay', 'itf_int', 'portal'])}_${r.digits(3)}</UserName>
  <Password>${v.c('password', g.pw(r))}</Password>
  <ServerName>${r.pick(['afqoml_live', 'sql_yardi01'])}</ServerName><Database>${r.pick(['afqoml_live', 'voyager_prod'])}</Database><Platform>SQL Server</Platform>
  <YardiPropertyId>${r.digits(4)}</YardiPropertyId><InterfaceEntity>${r.pick(['Rent Payment Vendor', 'Screening Partner'])}</InterfaceEntity>
  <InterfaceLicense>${v.c('license-key', r.chars(B64, 76) + '==')}</InterfaceLicense>
</GetResidentTransactions_Login></soap:Body>`],
  ['buildium-headers', 4, (r, v) => {
    const t = g.fullName(r);
    return `> GET /v1/rentals/tenants?limit=50 HTTP/2
> Host: api.buildium.com
> x-buildium-client-id: ${r.uuid()}
> x-buildium-client-secret: ${v.c('api-secret', r.b64(32).replace(/=+$/, ''))}
< 200
[{"Id":${r.digits(6)},"FirstName":"${t.split(' ')[0]}","LastName":"${t.split(' ').pop()}","DateOfBirth":"${v.p('dob', g.dob(r, 0))}","Email":"${v.p('email', g.emailFor(r, t))}","PhoneNumbers":[{"Number":"${v.p('phone', g.phone(r))}","Type":"Cell"}],"EmergencyContact":{"Name":"${v.p('person-name', g.fullName(r))}","Phone":"${v.p('phone', g.phone(r))}"}}]`;
  }],
  ['rentcafe-api-url', 6, (r, v) => `${g.logTs(r)} INFO  RentCafeClient - GET https://api.rentcafe.com/rentcafeapi.aspx?requestType=apartmentavailability&apiToken=${v.c('api-token', r.uuid())}&companyCode=${r.chars(UPPER, 1)}${r.digits(8)}&propertyCode=p${r.digits(7)} -> 200 (${r.int(100, 800)} ms)
${g.logTs(r)} INFO  RentCafeClient - lead posted for ${v.p('email', g.email(r))} from ${v.p('ipv4', g.ipv4(r))}`],
  ['screening-report-json', 3, (r, v) => {
    const n = g.fullName(r);
    return JSON.stringify({ screeningRequestId: r.uuid(), product: r.pick(['SmartMove Premium', 'RentSpree ScreeningPlus', 'RentPrep Gold']), applicant: { fullName: v.p('person-name', n), ssn: v.p('ssn', g.ssn(r)), dateOfBirth: v.p('dob', g.dob(r, 1)), currentAddress: v.p('street-address', g.address(r)), monthlyIncome: r.int(3000, 15000) },
      result: { creditScore: r.int(520, 820), evictions: 0, criminal: 'CLEAR' } });
  }],
  ['rental-application-form', 4, (r, v) => {
    const n = g.fullName(r);
    return `first_name=${n.split(' ')[0]}&last_name=${encodeURIComponent(v.p('person-name', n.split(' ').pop()!))}&email=${v.p('email', encodeURIComponent(g.emailFor(r, n)))}&ssn=${v.p('ssn', g.ssn(r, false))}&dl_number=${v.p('driver-licence', encodeURIComponent(g.driverLicence(r)[1]))}&bank_routing=${v.f('routing', g.aba(r))}&bank_account=${v.f('bank-account', g.account(r))}&pets=${r.int(0, 2)}`;
  }],
  ['nacha-rent-debit', 4, (r, v) => {
    const rows = [0, 1].map(() => {
      const rt = v.f('routing', g.aba(r));
      const acct = v.f('bank-account', g.account(r));
      const name = v.p('person-name', g.fullName(r).toUpperCase().replace(/[^A-Z ]/g, '').slice(0, 22));
      return `627${rt}${acct.padEnd(17, ' ')}${String(r.int(80000, 390000)).padStart(10, '0')}${('U' + r.digits(5)).padEnd(15, ' ')}${name.padEnd(22, ' ')}  0${r.digits(15)}`;
    });
    return `101 ${g.aba(r)} ${r.digits(10)}2604${r.int(10, 28)}0600A094101${'OAKLINE PROPERTY MGMT'.padEnd(23)}${'FIRST BANK'.padEnd(23)}\n5200OAKLINE PROP       RENT JUNE           ${r.digits(10)}PPDRENT      2606012600001${r.digits(8)}0000001\n${rows.join('\n')}`;
  }],
  ['move-in-email', 8, (r, v) => {
    const n = g.fullName(r);
    return `Subject: Welcome home, ${v.p('person-name', n)}! Move-in details for Unit ${r.int(100, 999)}
Building entry (ButterflyMX): ${v.c('access-code', String(r.int(1, 9)) + r.digits(5))}
Mailbox #${r.int(10, 99)}
WiFi: ${r.pick(['Lofts-Resident', 'TheMeridian_5G'])} / password ${v.c('wifi-password', g.hardPw(r))}
Your resident portal login was sent to ${v.p('email', g.emailFor(r, n))}.`;
  }],
  ['entrata-toml', 9, (r, v) => `[entrata]
domain = "${r.pick(['meridianliving', 'parkview'])}.entrata.com"
api_key = "${v.c('api-key', r.uuid())}"
username = "api@${r.pick(['meridianliving', 'parkview'])}"
password = "${v.c('password', g.hardPw(r))}"

[database]
url = "mysql://pm_sync:${v.c('db-password', g.urlPw(r))}@10.0.${r.int(1, 9)}.${r.int(2, 200)}:3306/pm"

[payments.operating]
routing_number = "${v.f('routing', g.aba(r))}"
account_number = "${v.f('bank-account', g.account(r))}"
company_tax_id = "${v.f('ein', g.ein(r))}"`],
  ['maintenance-ticket', 6, (r, v) => {
    const n = g.fullName(r);
    return `Ticket #WO-${r.digits(6)} | Priority: Urgent | Category: Plumbing
Resident: ${v.p('person-name', n)} — ${v.p('phone', g.phone(r))}
Unit address: ${v.p('street-address', g.address(r))}
Permission to enter: YES. Lockbox on hose bib, code ${v.c('lockbox-code', r.digits(4))}; dog is friendly.
Vendor: ${r.pick(['RotoRooter', 'AllFix Plumbing'])} (dispatched via Property Meld)`;
  }],
  ['rent-roll-csv', 3, (r, v) => {
    const rows = [0, 1].map(() => { const n = g.fullName(r); return `${r.int(1, 40)}${r.pick(['A', 'B', 'C'])},"${v.p('person-name', n.split(' ').pop() + ', ' + n.split(' ')[0])}",${v.p('email', g.emailFor(r, n))},${v.p('phone', g.phone(r))},${r.int(900, 3200)}.00,2026-0${r.int(1, 9)}-01`; });
    return `Unit,Tenant,Email,Phone,Rent,Lease Start\n${rows.join('\n')}`;
  }],
  ['tenant-card-ticket', 6, (r, v) => {
    const n = g.fullName(r);
    return `Zendesk #${r.digits(6)} — "Autopay failed"
${n.split(' ')[0]}: hi my autopay keeps failing, here's the card again ${v.f('card', g.card(r))} exp ${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)} cvv ${v.f('card-cvv', r.digits(3))}, name on card ${v.p('person-name', n)}
Agent note: redact! stripe key used by portal: ${v.c('stripe-secret', g.stripeSecret(r, 'sk_live_'))}`;
  }],
  ['laravel-env', 9, (r, v) => `APP_NAME="Resident Portal"
APP_ENV=production
APP_KEY=base64:${v.c('app-key', r.b64(32))}
DB_CONNECTION=mysql
DB_PASSWORD="${v.c('db-password', g.hardPw(r))}"
MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_PASSWORD=${v.c('smtp-password', r.hex(32) + '-' + r.hex(8) + '-' + r.hex(8))}
PUSHER_APP_SECRET=${v.c('api-secret', r.chars('abcdef' + DIGITS, 20))}
AWS_ACCESS_KEY_ID=${v.c('aws-key-id', g.awsKeyId(r))}
AWS_SECRET_ACCESS_KEY=${v.c('aws-secret', g.awsSecret(r))}`],
  ['hoa-violation-letter', 6, (r, v) => {
    const n = g.fullName(r);
    return `Owner of record: ${v.p('person-name', n)}, ${v.p('street-address', g.address(r))}
Mailing: ${v.p('email', g.emailFor(r, n))}
Balance due $${g.money(r, 50, 900)}. Autodraft on file: routing ${v.f('routing', g.aba(r))}, account ending ${r.digits(4)}.
Portal API (TownSq) bearer: ${v.c('jwt', g.jwt(r, { role: 'manager', community: r.b62(8) }))}`;
  }],
  ['realpage-webhook-secret', 9, (r, v) => `export REALPAGE_PMC_ID=${r.digits(7)}
export REALPAGE_LICENSE_KEY='${v.c('license-key', r.uuid().toUpperCase())}'
export REALPAGE_WEBHOOK_SIGNING_SECRET='${v.c('signing-secret', r.chars(B62, 48))}'
export ONESITE_PASSWORD='${v.c('password', g.pw(r))}'
export TRUST_ACCT_ABA=${v.f('routing', g.aba(r))} TRUST_ACCT_NO=${v.f('bank-account', g.account(r))}`],
];

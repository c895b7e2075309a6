import { A57, pw57, type Ctx57 } from './blind-set-57-ctx';
import { ALL_PROVIDERS, type Multi57 } from './blind-set-57-multi';
import { aba57, account57, address57, card57, dob57, iban57, ip57, nationalId57, person57, phone57, ssn57, usPhone } from './blind-set-57-people';

const M = (name: string, make: (c: Ctx57) => string): Multi57 => ({ name, make });
const byKind = (k: string) => ALL_PROVIDERS.find((p) => p.kind === k)!;
const ph = (c: Ctx57): string => c.pers('phone', phone57(c.r));
const card = (c: Ctx57): string => c.fin('card-number', card57(c.r));
const iban = (c: Ctx57): string => c.fin('iban', iban57(c.r));
const nid = (c: Ctx57): string => {
  const [k, v] = nationalId57(c.r);
  return c.pers(k, v);
};
const many = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** Fixtures, seed files and sample payloads that rule-test suites plant beside secrets. */
export const FIXTURES: readonly Multi57[] = [
  M('rails-seeds', (c) => `# db/seeds.rb\n` + many(2, () => {
    const p = person57(c);
    return `User.create!(name: "${p.full}", email: "${p.email}", phone: "${ph(c)}", password: "${c.cred('password', pw57(c.r))}")`;
  }).join('\n')),
  M('django-fixture', (c) => JSON.stringify(many(2, (i) => {
    const p = person57(c);
    return { model: 'accounts.customer', pk: 100 + i, fields: { full_name: p.full, email: p.email, phone: ph(c), date_of_birth: c.pers('date-of-birth', dob57(c.r)), payout_iban: iban(c) } };
  }), null, 2)),
  M('sql-insert-customers', (c) => `INSERT INTO customers (id, name, email, phone, card_number) VALUES\n` + many(2, (i) => {
    const p = person57(c);
    return `  (${c.r.int(1000, 9999) * 10 + i}, '${p.full.replace(/'/g, "''")}', '${p.email}', '${ph(c)}', '${card(c)}')`;
  }).join(',\n') + ';'),
  M('csv-export', (c) => `customer_name,email,phone,iban\n` + many(3, () => {
    const p = person57(c);
    return `"${p.full}",${p.email},"${ph(c)}",${iban(c)}`;
  }).join('\n')),
  M('payroll-csv', (c) => `employee,ssn,routing_number,account_number,net_pay\n` + many(2, () => {
    const p = person57(c, true, false);
    return `${p.full},${c.pers('us-ssn', ssn57(c.r))},${c.fin('aba-routing', aba57(c.r))},${c.fin('bank-account', account57(c.r))},${c.r.int(1800, 6400)}.${c.r.digits(2)}`;
  }).join('\n')),
  M('stripe-event-fixture', (c) => {
    const p = person57(c);
    return JSON.stringify({ id: `evt_${c.r.b62(24)}`, type: 'payment_intent.succeeded', data: { object: { id: `pi_${c.r.b62(24)}`, amount: c.r.int(500, 90000), currency: 'usd', receipt_email: p.email, shipping: { name: p.full, phone: ph(c), address: { line1: c.pers('street-address', address57(c.r)), country: 'US' } } } } }, null, 2) + `\n// signed with ${c.secret(byKind('stripe-webhook-secret'))}`;
  }),
  M('shopify-order', (c) => {
    const p = person57(c);
    return JSON.stringify({ order: { id: Number(`5${c.r.digits(12)}`), email: p.email, phone: ph(c), customer: { first_name: p.first, last_name: p.last }, billing_address: { name: p.full, address1: c.pers('street-address', address57(c.r)) }, client_details: { browser_ip: c.pers('ip-address', ip57(c.r)) } } });
  }),
  M('hubspot-contact', (c) => {
    const p = person57(c);
    return JSON.stringify({ properties: { email: p.email, firstname: p.first, lastname: p.last, phone: ph(c), hs_full_name_or_email: p.full } }) + `\n# token: ${c.secret(byKind('hubspot-pat'))}`;
  }),
  M('salesforce-contact', (c) => {
    const p = person57(c);
    return `{"attributes":{"type":"Contact","url":"/services/data/v59.0/sobjects/Contact/003${c.r.b62(15)}"},"Name":"${p.full}","Email":"${p.email}","MobilePhone":"${ph(c)}","Birthdate":"${c.pers('date-of-birth', `${c.r.int(1950, 2003)}-0${c.r.int(1, 9)}-${c.r.int(10, 28)}`)}"}`;
  }),
  M('zendesk-ticket', (c) => {
    const p = person57(c);
    return `ticket #${c.r.int(100000, 999999)} requester="${p.full}" <${p.email}>\nbody: "Hi, please update the card on file to ${card(c)} and call me back on ${ph(c)}."`;
  }),
  M('sepa-mandate-xml', (c) => {
    const p = person57(c, false, false);
    return `<DrctDbtTxInf>\n  <PmtId><EndToEndId>E2E-${c.r.digits(10)}</EndToEndId></PmtId>\n  <MndtRltdInf><MndtId>MNDT-${c.r.digits(8)}</MndtId></MndtRltdInf>\n  <Dbtr><Nm>${c.pers('person-name', p.full)}</Nm></Dbtr>\n  <DbtrAcct><Id><IBAN>${c.fin('iban', iban57(c.r).replace(/ /g, ''))}</IBAN></Id></DbtrAcct>\n</DrctDbtTxInf>`;
  }),
  M('plaid-accounts', (c) => JSON.stringify({ numbers: { ach: [{ account: c.fin('bank-account', account57(c.r)), routing: c.fin('aba-routing', aba57(c.r)), wire_routing: null, account_id: c.r.b62(37) }] }, item: { institution_id: 'ins_109508' } }, null, 2) + `\n# PLAID_SECRET=${c.secret(byKind('plaid-secret'))}`),
  M('kyc-record', (c) => {
    const p = person57(c);
    return `kyc:\n  applicant: ${p.full}\n  email: ${p.email}\n  dob: "${c.pers('date-of-birth', dob57(c.r))}"\n  national_id: "${nid(c)}"\n  address: "${c.pers('street-address', address57(c.r))}"\n  phone: "${ph(c)}"\n  payout_account: "${iban(c)}"`;
  }),
  M('auth0-user-export', (c) => {
    const p = person57(c);
    return JSON.stringify({ user_id: `auth0|${c.r.hex(24)}`, email: p.email, email_verified: true, name: p.full, last_ip: c.pers('ip-address', ip57(c.r)), logins_count: c.r.int(1, 300) });
  }),
  M('mailchimp-member', (c) => {
    const p = person57(c);
    return `PUT /3.0/lists/${c.r.hex(10)}/members/${c.r.hex(32)}\n{"email_address":"${p.email}","status_if_new":"subscribed","merge_fields":{"FNAME":"${p.first}","LNAME":"${p.last}","FULLNAME":"${p.full}","PHONE":"${ph(c)}"}}\napikey: ${c.secret(byKind('mailchimp-api-key'))}`;
  }),
  M('segment-identify', (c) => {
    const p = person57(c);
    return `analytics.identify("${c.r.hex(16)}", {\n  name: "${p.full}",\n  email: "${p.email}",\n  phone: "${ph(c)}",\n  address: { street: "${c.pers('street-address', address57(c.r))}" },\n});`;
  }),
  M('sendgrid-events', (c) => JSON.stringify(many(2, () => {
    const p = person57(c, false);
    return { email: p.email, event: c.r.pick(['open', 'click', 'delivered']), ip: c.pers('ip-address', ip57(c.r)), sg_event_id: c.r.b64url(16), timestamp: 1717000000 + c.r.int(0, 999999) };
  }))),
  M('redactor-unit-test', (c) => {
    const cc = card(c);
    return `it('masks the card', () => {\n  expect(mask('paid with ${cc}')).toBe('paid with ****${cc.slice(-4)}');\n  expect(mask('mail ${person57(c, false).email}')).not.toContain('@');\n});`;
  }),
  M('python-test-data', (c) => {
    const p = person57(c);
    return `CUSTOMER = {\n    "name": "${p.full}",\n    "email": "${p.email}",\n    "ssn": "${c.pers('us-ssn', ssn57(c.r))}",\n    "phone": "${c.pers('phone', usPhone(c.r))}",\n    "iban": "${iban(c)}",\n}`;
  }),
  M('laravel-factory-state', (c) => {
    const p = person57(c);
    return `Customer::factory()->create([\n    'name' => '${p.full.replace(/'/g, "\\'")}',\n    'email' => '${p.email}',\n    'card_number' => '${card(c)}',\n    'billing_phone' => '${ph(c)}',\n]);`;
  }),
  M('java-test-builder', (c) => {
    const p = person57(c);
    return `Customer c = Customer.builder()\n    .fullName("${p.full}")\n    .email("${p.email}")\n    .taxId("${nid(c)}")\n    .iban("${iban(c)}")\n    .build();`;
  }),
  M('csharp-seed', (c) => {
    const p = person57(c);
    return `modelBuilder.Entity<Customer>().HasData(new Customer {\n    Id = ${c.r.int(1, 999)},\n    Name = "${p.full}",\n    Email = "${p.email}",\n    CardNumber = "${card(c)}",\n    Phone = "${ph(c)}"\n});`;
  }),
  M('go-test-fixture', (c) => {
    const p = person57(c);
    return `var testCustomer = Customer{\n\tName:    "${p.full}",\n\tEmail:   "${p.email}",\n\tRouting: "${c.fin('aba-routing', aba57(c.r))}",\n\tAccount: "${c.fin('bank-account', account57(c.r))}",\n\tAPIKey:  "${c.secret(byKind(c.r.pick(['stripe-secret-key', 'plaid-secret', 'square-access-token'])))}",\n}`;
  }),
  M('adyen-notification', (c) => {
    const p = person57(c, false);
    return JSON.stringify({ live: 'true', notificationItems: [{ NotificationRequestItem: { eventCode: 'AUTHORISATION', merchantAccountCode: 'AcmeECOM', additionalData: { shopperName: c.pers('person-name', p.full), shopperEmail: p.email, 'bankAccount.iban': c.fin('iban', iban57(c.r).replace(/ /g, '')), shopperIP: c.pers('ip-address', ip57(c.r)) } } }] });
  }),
  M('paypal-payer', (c) => {
    const p = person57(c);
    return JSON.stringify({ payer: { name: { given_name: p.first, surname: p.last }, email_address: p.email, payer_id: c.r.chars(A57.uan, 13), phone: { phone_number: { national_number: c.pers('phone', usPhone(c.r, false).replace(/\D/g, '')) } } }, purchase_units: [{ shipping: { name: { full_name: p.full } } }] }) + `\n# client secret ${c.secret(byKind('paypal-client-secret'))}`;
  }),
  M('intercom-user', (c) => {
    const p = person57(c);
    return `curl https://api.intercom.io/contacts -H 'Authorization: Bearer ${c.secret(byKind('intercom-token'))}' -d '{"role":"user","email":"${p.email}","name":"${p.full}","phone":"${ph(c)}"}'`;
  }),
  M('twilio-sms-log', (c) => `2025-03-14T08:12:44Z INFO sms.sent sid=SM${c.r.hex(32)} to=${c.pers('phone', phone57(c.r).replace(/[ -]/g, ''))} from=+1${c.r.int(2, 9)}${c.r.digits(9)} auth_token=${c.secret(byKind('twilio-auth-token'))}`),
  M('card-vault-yaml', (c) => {
    const p = person57(c);
    return `- holder: ${p.full}\n  pan: "${card(c)}"\n  exp: "${String(c.r.int(1, 12)).padStart(2, '0')}/${c.r.int(27, 31)}"\n  billing_email: ${p.email}`;
  }),
  M('uk-bank-details', (c) => {
    const p = person57(c);
    return `[payee]\nname = "${p.full}"\nsort_code = "${c.fin('uk-sort-code', `${c.r.int(10, 99)}-${c.r.digits(2)}-${c.r.digits(2)}`)}"\naccount_number = "${c.fin('bank-account', `${c.r.int(1, 9)}${c.r.digits(7)}`)}"\nemail = "${p.email}"`;
  }),
  M('wire-instructions', (c) => {
    const p = person57(c);
    return `Beneficiary: ${p.full}\nIBAN: ${iban(c)}\nContact: ${ph(c)} / ${p.email}`;
  }),
];

import type { Positive4 } from './blind-set-4-types';

/** Personal data as applications log it: profiles, mail logs, SQL, ORM dumps, CRM webhooks, forms. */
export const PERSONAL: Record<string, Positive4> = {
  profileUpdateJson: (g) => {
    const email = g.email();
    const phone = g.phone();
    const b = g.dob();
    const dob = `${b.y}-${b.m}-${b.d}`;
    const text = `{"ts":"2026-12-03T09:12:44Z","level":"info","event":"profile.updated","user_id":88213,"changes":{"email":"${email}","phone":"${phone}","date_of_birth":"${dob}"}}`;
    return { text, values: [email, phone, dob] };
  },
  postfixDelivery: (g) => {
    const email = g.email();
    const text = `Dec  3 09:01:17 mx2 postfix/smtp[22114]: 4F1A2C0E3B: to=<${email}>, relay=mx.provider.net[198.51.100.25]:25, delay=0.62, delays=0.01/0/0.3/0.31, dsn=2.0.0, status=sent (250 2.0.0 OK)`;
    return { text, values: [email] };
  },
  sqlInsertCustomer: (g) => {
    const email = g.email();
    const phone = g.phone();
    const ssn = g.ssn();
    const text = `INSERT INTO customers (first_name, last_name, email, phone, ssn, created_at) VALUES ('Tomas', 'Kowalski', '${email}', '${phone}', '${ssn}', '2026-12-03 08:55:00');`;
    return { text, values: [email, phone, ssn] };
  },
  accessLogEncodedEmail: (g) => {
    const email = g.email().replace('@', '%40');
    const text = `10.4.1.22 - - [03/Dec/2026:08:44:12 +0000] "GET /api/users/lookup?email=${email}&include=orders HTTP/1.1" 200 812 "-" "okhttp/4.12.0"`;
    return { text, values: [email] };
  },
  pythonDictNino: (g) => {
    const nino = g.nino();
    const b = g.dob();
    const dob = `${b.d}/${b.m}/${b.y}`;
    const text = `INFO:kyc.submit:applicant={'first_name': 'Aisha', 'last_name': 'Haddad', 'national_insurance_number': '${nino}', 'date_of_birth': '${dob}', 'postcode': 'M1 4BT'}`;
    return { text, values: [nino, dob] };
  },
  formEncodedContact: (g) => {
    const email = encodeURIComponent(g.email());
    const phone = encodeURIComponent(g.phone()).replace(/%20/g, '+');
    const text = `POST /contact HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nfirst_name=Jonas&last_name=Moreau&email=${email}&phone=${phone}&message=Please+call+me+back`;
    return { text, values: [email, phone] };
  },
  javaToStringCustomer: (g) => {
    const email = g.email();
    const phone = g.phone();
    const text = `2026-12-03 08:30:02.114 DEBUG [http-nio-8080-exec-4] c.n.crm.CustomerService : saving Customer{id=88213, name='Liam Brennan', email='${email}', phone='${phone}', ssnLast4='1234'}`;
    return { text, values: [email, phone] };
  },
  csvExportRow: (g) => {
    const email = g.email();
    const phone = `+46 70 ${g.r.int(100, 999)} ${g.r.int(10, 99)} ${g.r.int(10, 99)}`;
    const text = `exporter: wrote row 4: "Ingrid","Lindqvist","${email}","${phone}","Stockholm"`;
    return { text, values: [email, phone] };
  },
  yamlKycEvent: (g) => {
    const b = g.dob();
    const dob = `${b.y}-${b.m}-${b.d}`;
    const ssn = g.ssn();
    const addr = `${g.r.int(12, 9800)} ${g.r.one(['Elm', 'Maple', 'Lakeview', 'Hawthorne', 'Cedar'])} ${g.r.one(['Street', 'Avenue', 'Drive'])}, Springfield, IL 62704`;
    const text = `event: kyc.review_requested\napplicant:\n  full_name: Chen Nakamura\n  birth_date: ${dob}\n  tax_id: ${ssn}\n  address: ${addr}\n  risk_score: 0.42`;
    return { text, values: [dob, ssn, addr] };
  },
  zendeskWebhook: (g) => {
    const email = g.email();
    const phone = g.phone();
    const text = `{"ticket":{"id":40921,"subject":"Refund not received","requester":{"name":"Fatima Oliveira","email":"${email}","phone":"${phone}"},"tags":["billing","refund"]}}`;
    return { text, values: [email, phone] };
  },
  goOtpSent: (g) => {
    const phone = `+447${g.r.int(4, 9)}${g.r.chars('0123456789', 8)}`;
    const text = `time=2026-12-03T08:02:55Z level=info msg="otp sent" channel=sms to=${phone} provider=messagebird attempt=1`;
    return { text, values: [phone] };
  },
  railsSqlEmailBind: (g) => {
    const email = g.email();
    const text = `  User Load (0.4ms)  SELECT "users".* FROM "users" WHERE "users"."email" = $1 LIMIT $2  [["email", "${email}"], ["LIMIT", 1]]`;
    return { text, values: [email] };
  },
  salesforceContact: (g) => {
    const phone = g.phone();
    const b = g.dob();
    const dob = `${b.y}-${b.m}-${b.d}`;
    const email = g.email();
    const text = `{"attributes":{"type":"Contact"},"Id":"003${g.opaque(15)}","Email":"${email}","MobilePhone":"${phone}","Birthdate":"${dob}"}`;
    return { text, values: [email, phone, dob] };
  },
  e164InSmsWebhook: (g) => {
    const to = g.e164();
    const text = `POST /webhooks/sms-status 200 body=MessageStatus=delivered&To=${encodeURIComponent(to)}&MessageSid=SM${g.t.hex(32)}`;
    return { text, values: [encodeURIComponent(to)] };
  },
  supportChatSsn: (g) => {
    const ssn = g.ssn();
    const text = `[chat #55102] 08:41 customer: hi, the form keeps rejecting my social, it's ${ssn}, can you update it manually?`;
    return { text, values: [ssn] };
  },
  hrExportUndashedSsn: (g) => {
    const ssn = g.ssn(false);
    const email = g.email();
    const text = `payroll.sync employee={"employee_id":"E-20418","work_email":"${email}","ssn":"${ssn}","department":"Logistics"}`;
    return { text, values: [email, ssn] };
  },
  mobileCrashUserContext: (g) => {
    const email = g.email();
    const phone = g.phone();
    const text = `Fatal Exception: java.lang.NullPointerException\n    at com.northwind.app.checkout.AddressFragment.onResume(AddressFragment.kt:118)\nUser: id=88213 email=${email} phone="${phone}"`;
    return { text, values: [email, phone] };
  },
};

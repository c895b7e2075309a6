import * as K from './blind-set-46-cred';
import { aba, acct, addrEU, addrUS, bsn, card, dob, ein, email, first, fullName, iban, ipv4, last, nino, phone, phoneEU, phoneUS, sin, sortCode, ssn, ts, type Tpl46 } from './blind-set-46-gen';

/** Utility billing and customer systems: SAP IS-U, Oracle CC&B, meter-to-cash, payments, shut-off. */
export const utilTemplates: Tpl46[] = [
  { name: 'sap-isu-bp-change-log', n: 4, make: (x) => {
    const r = x.r; const f = first(r); const l = last(r);
    return `BP ${r.digits(10)} changed by ${r.pick(['WF-BATCH', 'CSR_', 'IDOC_IN'])}${r.digits(3)} (tcode FPP2)\n  BUT000-NAME_FIRST  '' -> '${x.p('name', f)}'\n  BUT000-NAME_LAST   '' -> '${x.p('name', l)}'\n  BUT000-BIRTHDT     00000000 -> ${x.p('dob', dob(r).replace(/-/g, ''))}\n  ADRC-STREET        -> '${x.p('address', addrEU(r))}'\n  BUT0BK-IBAN        -> ${x.f('iban', iban(r))}\n  DFKKBPTAXNUM-TAXNUM (DE2) -> ${x.f('tax_id', `${r.int(1, 9)}${r.digits(10)}`)}`;
  } },
  { name: 'sap-jco-destination', n: 12, make: (x) => {
    const r = x.r;
    return `#for tests only !\n#${new Date(Date.UTC(2026, r.int(0, 10), r.int(1, 28))).toUTCString()}\njco.client.lang=EN\njco.destination.peak_limit=10\njco.client.client=${r.pick(['100', '200', '300'])}\njco.client.passwd=${x.c('password', r.password(r.int(10, 16)))}\njco.client.user=RFC_ISU_${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}\njco.client.sysnr=00\njco.client.ashost=sapisu-${r.pick(['prd', 'p01'])}.corp.${r.pick(['evergy', 'nwpower', 'sw-energie'])}.net`;
  } },
  { name: 'ccb-customer-rest', n: 4, make: (x) => {
    const r = x.r; const nm = `${last(r)},${first(r)}`;
    const o = { personId: r.digits(10), personName: x.p('name', nm), emailAddress: x.p('email', email(r)), personPhone: [{ phoneType: 'CELL', phone: x.p('phone', phoneUS(r)) }], personIdentifier: [{ idType: 'SSN', personIdNumber: x.p('ssn', ssn(r)) }], autoPay: { routing: x.f('aba_routing', aba(r)), externalAccountId: x.f('bank_account', acct(r)) } };
    return `GET /spl/rest/apis/customer/person/${o.personId} 200\n${JSON.stringify(o, null, 2)}`;
  } },
  { name: 'ccb-weblogic-jdbc', n: 12, make: (x) => {
    const r = x.r;
    return `<jdbc-data-source>\n  <name>CISDS</name>\n  <jdbc-driver-params>\n    <url>jdbc:oracle:thin:@//ccbdb-${r.pick(['prod', 'prd2'])}.${r.pick(['utility', 'cooputil'])}.local:1521/CCBPRD</url>\n    <driver-name>oracle.jdbc.OracleDriver</driver-name>\n    <properties><property><name>user</name><value>CISUSER</value></property></properties>\n    <password-encrypted>${x.c('password', r.password(16))}</password-encrypted>\n  </jdbc-driver-params>\n</jdbc-data-source>`;
  } },
  { name: 'autopay-enrollment-form', n: 8, make: (x) => {
    const r = x.r; const nm = fullName(r); x.p('name', encodeURIComponent(nm).replace(/%20/g, '+'));
    const em = x.p('email', email(r, nm));
    return `POST /myaccount/autopay/enroll HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nCookie: ASP.NET_SessionId=${x.c('session_cookie', r.chars('abcdefghijklmnopqrstuvwxyz012345', 24))}\n\naccountHolder=${encodeURIComponent(nm).replace(/%20/g, '+')}&email=${encodeURIComponent(em)}&routingNumber=${x.f('aba_routing', aba(r))}&accountNumber=${x.f('bank_account', acct(r))}&accountType=checking&agree=on`.replace(encodeURIComponent(em), em);
  } },
  { name: 'payment-arrangement-note', n: 4, make: (x) => {
    const r = x.r;
    return `[CSR ${r.pick(['jdoe', 'mgarcia', 'tnguyen'])} ${ts(r)}] Payment arrangement set up for acct ${r.digits(10)}. Caller ${x.p('name', fullName(r))} (cb# ${x.p('phone', phoneUS(r))}) agreed to 6 installments of $${r.int(40, 300)}.${r.digits(2)}. First installment on card ${x.f('card', card(r, r.next() < 0.5))} exp ${r.int(1, 12)}/${r.int(27, 30)}. Verified with SSN ${x.p('ssn', ssn(r))}.`;
  } },
  { name: 'shutoff-notice-letter', n: 3, make: (x) => {
    const r = x.r; const nm = x.p('name', fullName(r));
    return `FINAL DISCONNECTION NOTICE\n\n${nm}\n${x.p('address', addrUS(r))}\n\nAccount No.: ${r.digits(4)}-${r.digits(5)}-${r.digits(2)}\nPast due: $${r.int(200, 1900)}.${r.digits(2)}\nService will be disconnected on or after ${r.int(1, 12)}/${r.int(1, 28)}/2026 unless payment is received.\nMedical certificate on file: ${r.pick(['No', 'Expired'])}  |  Contact phone: ${x.p('phone', phoneUS(r))}`;
  } },
  { name: 'billpay-webhook', n: 4, make: (x) => {
    const r = x.r; const nm = fullName(r);
    const body = { event: 'payment.completed', paymentId: `PMT${r.digits(12)}`, payer: { name: x.p('name', nm), email: x.p('email', email(r, nm)), ip: x.p('ipv4', ipv4(r)) }, tender: { type: 'CARD', number: x.f('card', card(r)) } };
    return `${ts(r)} webhook-receiver POST /hooks/paymentus sig=${r.hex(64)} body=${JSON.stringify(body)}`;
  } },
  { name: 'nacha-ach-file', n: 11, make: (x) => {
    const r = x.r; const lines = [`101 ${aba(r)} ${r.digits(10)}2611051230A094101${'FIRST NATL BANK'.padEnd(23)}${'CITY UTILITIES'.padEnd(23)}        `, `5200CITY UTILITIES                      ${r.digits(10)}PPDUTIL PYMT      261105   1${r.digits(8)}0000001`];
    for (let i = 0; i < r.int(2, 3); i++) {
      const rt = x.f('aba_routing', aba(r)); const ac = x.f('bank_account', acct(r)); const nm = `${last(r).toUpperCase()} ${first(r).toUpperCase()}`.slice(0, 22);
      x.p('name', nm);
      lines.push(`627${rt}${ac.padEnd(17)}${r.digits(10)}${r.digits(15)}${nm.padEnd(22)}  0${r.digits(15)}`);
    }
    return lines.join('\n');
  } },
  { name: 'meter-to-cash-batch-log', n: 12, make: (x) => {
    const r = x.r; const pw = x.c('password', r.urlPassword(18));
    return `${ts(r)} ERROR m2c-billing-run[${r.int(100, 9999)}] BillDeterminantsJob failed: org.postgresql.util.PSQLException: FATAL: too many connections\n  datasource=jdbc:postgresql://mdm-billing.${r.pick(['prod', 'int'])}.svc:5432/m2c?user=billing_svc&password=${pw}&ssl=true\n  at org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:${r.int(100, 400)})`;
  } },
  { name: 'liheap-application', n: 3, make: (x) => {
    const r = x.r; const nm = x.p('name', fullName(r));
    return `Energy Assistance Application (LIHEAP) - intake ${r.digits(8)}\nApplicant: ${nm}    DOB: ${x.p('dob', dob(r, 'us'))}    SSN: ${x.p('ssn', ssn(r))}\nHousehold member: ${x.p('name', fullName(r))} (spouse), SSN ${x.p('ssn', ssn(r))}\nService address: ${x.p('address', addrUS(r))}\nMonthly income: $${r.int(900, 3200)}\nBenefit deposit: routing ${x.f('aba_routing', aba(r))}, account ${x.f('bank_account', acct(r))}`;
  } },
  { name: 'collections-export-csv', n: 3, make: (x) => {
    const r = x.r; const rows = ['account_no,customer_name,phone,email,ssn,balance_due,days_past_due'];
    for (let i = 0; i < r.int(2, 3); i++) { const nm = fullName(r); rows.push(`${r.digits(10)},"${x.p('name', nm)}",${x.p('phone', phoneUS(r))},${x.p('email', email(r, nm))},${x.p('ssn', ssn(r))},${r.int(100, 4000)}.${r.digits(2)},${r.int(31, 180)}`); }
    return rows.join('\n');
  } },
  { name: 'portal-saml-login-log', n: 6, make: (x) => {
    const r = x.r;
    return `${ts(r)} portal-web INFO login ok user=${x.p('email', email(r))} idp=okta src_ip=${r.next() < 0.6 ? x.p('ipv4', ipv4(r)) : x.p('ipv6', `2600:1700:${r.hex(4)}:${r.hex(4)}::${r.hex(3)}`)} ua="Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"\n${ts(r)} portal-web DEBUG Set-Cookie: MYACCT_SESSION=${x.c('session_cookie', K.session(r))}; Path=/; Secure; HttpOnly; SameSite=Lax`;
  } },
  { name: 'sap-cpi-oauth-credentials', n: 12, make: (x) => {
    const r = x.r;
    return `{\n  "uaa": {\n    "clientid": "sb-${r.uuid()}!b${r.digits(5)}|it-rt-${r.pick(['isu-prod', 'm2c'])}!b${r.digits(3)}",\n    "clientsecret": "${x.c('client_secret', `${r.uuid()}$${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43)}=`)}",\n    "url": "https://isu-prod.authentication.eu10.hana.ondemand.com"\n  }\n}`;
  } },
  { name: 'bill-ready-email-magic-link', n: 6, make: (x) => {
    const r = x.r; const nm = x.p('name', fullName(r));
    return `Delivered-To: ${x.p('email', email(r, nm))}\nFrom: "${r.pick(['PG&E', 'Duke Energy', 'Xcel Energy', 'Octopus Energy'])}" <no-reply@${r.pick(['billing', 'myaccount'])}.${r.pick(['pge', 'duke-energy', 'xcelenergy', 'octopus'])}.com>\nSubject: Your bill is ready\n\nDear ${nm},\nView and pay without signing in:\nhttps://myaccount.${r.pick(['pge', 'duke-energy'])}.com/quickpay?t=${x.c('magic_link_token', r.b64url(32))}&acct=${r.digits(10)}`;
  } },
  { name: 'salesforce-crm-curl', n: 3, make: (x) => {
    const r = x.r;
    return `curl https://${r.pick(['nwpower', 'cityutil', 'coopenergy'])}.my.salesforce.com/services/data/v61.0/sobjects/Contact/ \\\n  -H "Authorization: Bearer ${x.c('salesforce_session', K.sfSession(r))}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"LastName":"${x.p('name', last(r).replace("'", ''))}","Email":"${x.p('email', email(r))}","MobilePhone":"${x.p('phone', phoneUS(r))}","Service_Address__c":"${x.p('address', addrUS(r))}"}'`;
  } },
  { name: 'move-in-request', n: 3, make: (x) => {
    const r = x.r; const nm = fullName(r);
    const o = { requestType: 'START_SERVICE', startDate: '2026-12-01', applicant: { fullName: x.p('name', nm), dateOfBirth: x.p('dob', dob(r)), driversLicense: { state: r.pick(['OR', 'TX', 'OH', 'CA']), number: x.p('drivers_licence', `${r.pick(['D', 'A', 'S', 'W'])}${r.digits(7)}`) }, email: x.p('email', email(r, nm)), phone: x.p('phone', phone(r)) }, newAddress: x.p('address', addrUS(r)), depositCard: x.f('card', card(r)) };
    return `POST /api/v2/service-requests\n${JSON.stringify({ payload: JSON.stringify(o) })}`;
  } },
  { name: 'sepa-lastschrift-mandat', n: 6, make: (x) => {
    const r = x.r;
    return `SEPA-Lastschriftmandat – Stadtwerke ${r.pick(['Musterstadt', 'Nordheim', 'Bergstadt'])}\nMandatsreferenz: SW${r.digits(10)}\nKontoinhaber/in: ${x.p('name', fullName(r))}\nGeburtsdatum: ${x.p('dob', dob(r, 'eu'))}\nAnschrift: ${x.p('address', addrEU(r))}\nIBAN: ${x.f('iban', iban(r, r.next() < 0.5))}\nTelefon: ${x.p('phone', phoneEU(r))}`;
  } },
  { name: 'uk-supplier-direct-debit', n: 6, make: (x) => {
    const r = x.r; const nm = fullName(r);
    return `{"customer":{"name":"${x.p('name', nm)}","email":"${x.p('email', email(r, nm))}","ni_number":"${x.p('nino', nino(r))}","whd_eligible":true},"direct_debit":{"sort_code":"${x.f('sort_code', sortCode(r))}","account_number":"${x.f('bank_account', r.digits(8).replace(/^0/, '4'))}","day":${r.int(1, 28)}}}`;
  } },
  { name: 'intl-credit-check', n: 4, make: (x) => {
    const r = x.r; const ca = r.next() < 0.5;
    return ca ? `CreditCheckRequest{bureau=EQUIFAX_CA, applicant=${x.p('name', fullName(r))}, sin=${x.p('sin', sin(r))}, dob=${x.p('dob', dob(r))}, address=${x.p('address', `${r.int(10, 999)} ${r.pick(['Bloor St W', 'Rue Sainte-Catherine', 'Jasper Ave'])}, ${r.pick(['Toronto ON M5S', 'Montréal QC H3B', 'Edmonton AB T5J'])} ${r.int(1, 9)}${r.pick(['A', 'K', 'R'])}${r.int(1, 9)}`)}}` : `Kredietcheck aanvraag energiecontract: naam=${x.p('name', fullName(r))}; BSN=${x.p('bsn', bsn(r))}; geboortedatum=${x.p('dob', dob(r, 'eu'))}; IBAN=${x.f('iban', iban(r))}`;
  } },
  { name: 'commercial-account-w9', n: 7, make: (x) => {
    const r = x.r;
    return `Commercial account setup - ${r.pick(['Riverside Dental LLC', 'Sunrise Bakery Inc', 'Kessler Machine Works'])}\nFederal EIN: ${x.f('ein', ein(r))}\nAuthorized signer: ${x.p('name', fullName(r))}, ${x.p('email', email(r))}\nRefund ACH: routing ${x.f('aba_routing', aba(r))} / acct ${x.f('bank_account', acct(r))}\nMailing: ${x.p('address', addrUS(r))}\nContact tel ${x.p('phone', phoneUS(r))}`;
  } },
  { name: 'ivr-payment-log', n: 7, make: (x) => {
    const r = x.r;
    return `${ts(r)}|IVR|call=${r.hex(12)}|ani=${x.p('phone', `+1${r.pick(['503', '512', '614'])}${r.int(2, 9)}${r.digits(6)}`)}|step=CARD_CAPTURE|dtmf_buffer=${x.f('card', card(r))}|ok\n${ts(r)}|IVR|call=${r.hex(12)}|step=ZIP|dtmf_buffer=${r.digits(5)}|ok\n${ts(r)}|IVR|gateway=braintree|merchant_token=${x.c('braintree_token', K.braintree(r))}`;
  } },
];

/** Financial-dense exports of the billing back office. */
export const utilFinTemplates: Tpl46[] = [
  { name: 'credit-balance-refund-batch', n: 10, make: (x) => {
    const r = x.r; const rows = ['contract_acct|refund_amt|payee_iban|payee_bic|reason'];
    for (let i = 0; i < r.int(3, 4); i++) rows.push(`${r.digits(12)}|${r.int(5, 400)},${r.digits(2)}|${x.f('iban', iban(r))}|${r.pick(['INGDDEFFXXX', 'BYLADEM1001', 'RABONL2U', 'NWBKGB2L'])}|${r.pick(['ZAHL_UEBER', 'SCHLUSSRG', 'MOVE_OUT'])}`);
    return rows.join('\n');
  } },
  { name: 'ach-returns-report', n: 10, make: (x) => {
    const r = x.r; const rows = ['trace_no,rdfi_routing,dfi_account,amount,return_code,return_reason'];
    for (let i = 0; i < r.int(3, 4); i++) rows.push(`${r.digits(15)},${x.f('aba_routing', aba(r))},${x.f('bank_account', acct(r))},${r.int(20, 900)}.${r.digits(2)},${r.pick(['R01', 'R02', 'R03', 'R29'])},${r.pick(['Insufficient Funds', 'Account Closed', 'No Account/Unable to Locate', 'Corporate Not Authorized'])}`);
    return rows.join('\n');
  } },
  { name: 'card-vault-migration-log', n: 10, make: (x) => {
    const r = x.r; const lines = [`${ts(r)} vault-migrate INFO start batch=${r.digits(5)} source=legacy_cis target=braintree creds=${x.c('braintree_token', K.braintree(r))}`];
    for (let i = 0; i < r.int(2, 3); i++) lines.push(`${ts(r)} vault-migrate WARN tokenize failed acct=${r.digits(10)} pan=${x.f('card', card(r))} exp=${String(r.int(1, 12)).padStart(2, '0')}${r.int(27, 31)} err="processor_declined"`);
    return lines.join('\n');
  } },
];

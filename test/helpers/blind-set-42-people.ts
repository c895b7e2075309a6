/** Set 42 positives: drivers', consignees', suppliers' and employees' personal and banking data (payroll, vendor master, remittances, P-cards). */
import { DIGITS } from './blind-set-9-rng';
import { tpl, ts, type Tpl42 } from './blind-set-42-gen';
import { account, address, bic, card, dob, iban, ipv4, nationalId, person, phone, routing } from './blind-set-42-persona';

export const PEOPLE_TEMPLATES: Tpl42[] = [
  tpl('payroll-csv', (x) => {
    const r = x.r;
    const rows = [0, 1].map(() => {
      const u = person(r);
      const id = nationalId(r);
      return `E${r.digits(5)},"${x.p('name', `${u.last}, ${u.first}`)}",${x.p(id.kind, id.value)},${x.p('dob', dob(r))},${x.f('aba-routing', routing(r))},${x.f('bank-account', account(r))},${r.pick(['Checking', 'Savings'])}`;
    });
    return `emp_id,name,tax_id,birth_date,routing,account,type\n${rows.join('\n')}`;
  }),
  tpl('adp-direct-deposit-change', (x) => {
    const r = x.r;
    const u = person(r);
    return `${ts(r)} AUDIT hcm.direct_deposit.update actor=${x.p('email', u.email)} src_ip=${x.p('ipv4', ipv4(r))} employee="${x.p('name', u.full)}" old_account=****${r.digits(4)} new_routing=${x.f('aba-routing', routing(r))} new_account=${x.f('bank-account', account(r))} allocation=100%`;
  }),
  tpl('vendor-master-export', (x) => {
    const r = x.r;
    const lines = [0, 1].map(() => {
      const u = person(r);
      return `${r.int(100000, 999999)};${x.p('name', u.full)} Transporte;${x.p('address', address(r).replace(/;/g, ','))};${x.p('phone', phone(r))};${x.f('iban', iban(r))};${bic(r)}`;
    });
    return `LIFNR;NAME;ADDRESS;PHONE;IBAN;BIC\n${lines.join('\n')}`;
  }),
  tpl('coupa-virtual-card', (x) => {
    const r = x.r;
    const c = x.f('card', card(r));
    const u = person(r, 'northwindfreight.com');
    return `{"id":${r.int(1000, 99999)},"type":"virtual_card","supplier":{"name":"${r.pick(['Pacific Pallet Co', 'Delta Forklift Rental', 'Gulf Reefer Repair'])}"},"card-number":"${c}","expiration":"${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}","requester":{"fullname":"${x.p('name', u.full)}","email":"${x.p('email', u.email)}"}}`;
  }),
  tpl('pcard-statement', (x) => {
    const r = x.r;
    const u = person(r);
    const c1 = x.f('card', card(r, 'space'));
    const c2 = x.f('card', card(r, 'plain'));
    return `P-Card reconciliation ${r.pick(['Jan', 'Feb', 'Mar'])} 2026 - cardholder ${x.p('name', u.full)}
  ${c1}   DIESEL MEM TERMINAL 4        $${r.int(200, 900)}.${r.digits(2)}
  ${c2}   LUMPERS INC GA               $${r.int(80, 400)}.${r.digits(2)}
Approver: ${x.p('email', person(r, 'tristate-dist.net').email)}`;
  }),
  tpl('cod-payment-log', (x) => {
    const r = x.r;
    const u = person(r);
    const c = x.f('card', card(r));
    return `${ts(r)} WARN pos-handheld DL-${r.int(100, 999)} cod_capture failed: gateway timeout {"consignee":"${x.p('name', u.full)}","pan":"${c}","amount":"${r.int(20, 900)}.${r.digits(2)}","phone":"${x.p('phone', phone(r))}","device_ip":"${x.p('ipv4', ipv4(r))}"}`;
  }),
  tpl('freight-payment-email', (x) => {
    const r = x.r;
    const u = person(r);
    return `From: ${x.p('name', u.full)} <${x.p('email', u.email)}>
Subject: Updated remittance details - owner operator ${r.pick(['MC', 'DOT'])}${r.digits(6)}

Hello AP team,
please pay my loads to the new account from now on:
  Bank: ${r.pick(['Regions Bank', 'First Horizon', 'Fifth Third'])}
  Routing (ABA): ${x.f('aba-routing', routing(r))}
  Account: ${x.f('bank-account', account(r))}
Mailing address: ${x.p('address', address(r))}
Thanks, ${u.first}`;
  }),
  tpl('nacha-entry', (x) => {
    const r = x.r;
    const rows = [0, 1, 2].map(() => {
      const rt = x.f('aba-routing', routing(r));
      const ac = x.f('bank-account', account(r));
      const nm = person(r).full.toUpperCase().slice(0, 22).trim();
      return `622${rt}${ac.padEnd(17, ' ')}${r.digits(10)}${r.digits(15)}${x.p('name', nm).padEnd(22, ' ')}  0${r.digits(15)}`;
    });
    return `5220NORTHWIND FREIGHT                   ${r.digits(10)}PPDDRVR PAY   260315260315   1${r.digits(8)}0000001\n${rows.join('\n')}`;
  }),
  tpl('consignee-delivery-json', (x) => {
    const r = x.r;
    const u = person(r);
    return JSON.stringify({
      shipment: `SHP${r.digits(9)}`,
      consignee: { name: x.p('name', u.full), phone: x.p('phone', phone(r)), email: x.p('email', u.email), address: x.p('address', address(r)) },
      pod: { signed_by: u.full, gps: [Number(`${r.int(30, 52)}.${r.digits(5)}`), Number(`-${r.int(70, 120)}.${r.digits(5)}`)], ip: x.p('ipv4', ipv4(r)) },
    });
  }),
  tpl('driver-onboarding-ticket', (x) => {
    const r = x.r;
    const u = person(r);
    const id = nationalId(r);
    return `[JIRA HR-${r.int(1000, 9999)}] New driver onboarding: ${x.p('name', u.full)}
DOB ${x.p('dob', dob(r))}, ${id.label} ${x.p(id.kind, id.value)}
Cell ${x.p('phone', phone(r))}, personal mail ${x.p('email', u.email)}
Home: ${x.p('address', address(r))}
Fuel card: ${x.f('card', card(r, 'dash'))}`;
  }),
  tpl('supplier-portal-sql', (x) => {
    const r = x.r;
    const u = person(r);
    return `INSERT INTO ap_vendor_bank (vendor_id, account_holder, iban, bic, contact_email, contact_phone) VALUES (${r.int(1000, 99999)}, '${x.p('name', u.full.replace(/'/g, "''"))}', '${x.f('iban', iban(r, false))}', '${bic(r)}', '${x.p('email', u.email)}', '${x.p('phone', phone(r))}');`;
  }),
  tpl('employee-ip-access', (x) => {
    const r = x.r;
    const a = person(r, 'kraemer-logistik.de');
    return `${ts(r)} sap-router: ${x.p('ipv4', ipv4(r))} -> ${r.pick(['s4p', 'bw'])}:3200 user=${x.p('email', a.email)} terminal=${r.pick(['DESKTOP', 'LT'])}-${r.chars(DIGITS, 5)} (${x.p('name', a.full)})`;
  }),
  tpl('wire-instruction-chat', (x) => {
    const r = x.r;
    const u = person(r);
    return `[${ts(r)}] ${u.first}: hey can you push the customs duty refund to ${x.p('name', u.full)}, IBAN ${x.f('iban', iban(r, true))}, and the deposit back on the card ${x.f('card', card(r))} ? cust phone ${x.p('phone', phone(r))}`;
  }),
];

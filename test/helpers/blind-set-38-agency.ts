import type { Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';

const A = 'agency';

/** Client handovers, tickets, WHOIS records, contractor and billing paperwork that reach the ops channel. */
export const AGENCY38: Tpl38[] = [
  {
    area: A,
    name: 'handover-doc',
    make: (d) => {
      const u = d.who(d.client());
      const wp = d.pw('wp-admin-password');
      const cp = d.pw('cpanel-account-password');
      const epp = d.c('domain-auth-code', d.r.password(16));
      const ph = d.phone();
      return `# Handover - ${d.client()} (attached to Jira WEB-${d.int(100, 999)}, synced to #handover)\n| System | Login | Password |\n|---|---|---|\n| WP admin | ${u.email} | ${wp} |\n| cPanel | ${d.client().split('.')[0]} | ${cp} |\n| Registrar EPP code | - | ${epp} |\nClient contact: ${u.name}, ${ph}`;
    },
  },
  {
    area: A,
    name: 'whois-record',
    make: (d) => {
      const u = d.who();
      const a = d.addr();
      const ph = d.phone();
      return `domain-expiry-monitor: ${d.client()} expires in 7 days, WHOIS (privacy OFF):\nRegistrant Name: ${u.name}\nRegistrant Organization:\nRegistrant Street: ${a}\nRegistrant Phone: ${ph}\nRegistrant Email: ${u.email}\nRegistrar: NameCheap, Inc.\nName Server: dns1.registrar-servers.com`;
    },
  },
  {
    area: A,
    name: 'contractor-w9',
    make: (d) => {
      const u = d.who();
      const s = d.p('ssn', g.ssn(d.r));
      const a = d.addr();
      const acct = d.account();
      const rt = d.routing();
      return `Zapier task failed (step 3: Create QuickBooks vendor): Duplicate Name Exists Error\ninput: {"DisplayName":"${u.name}","PrimaryEmailAddr":{"Address":"${u.email}"},"TaxIdentifier":"${s}","BillAddr":{"Line1":"${a}"},"BankAccount":{"AccountNumber":"${acct}","RoutingNumber":"${rt}"}}`;
    },
  },
  {
    area: A,
    name: 'uk-payroll-onboarding',
    make: (d) => {
      const u = d.who();
      const ni = d.p('nino', g.nino(d.r));
      const b = d.dob();
      const sc = d.sort();
      const acc = d.ukAccount();
      return `BambooHR -> Xero Payroll sync error for new starter (Junior Developer):\n  Employee: ${u.name} <${u.email}>\n  NI number: ${ni}\n  DOB: ${b}\n  Bank: sort code ${sc}, account ${acc}\n  error: "NationalInsuranceNumber already exists for another employee"`;
    },
  },
  {
    area: A,
    name: 'client-billing-card',
    make: (d) => {
      const u = d.who(d.client());
      const cardN = d.card();
      const cvv = d.cvv();
      const iban = d.iban();
      return `Freshdesk ticket #${d.int(10000, 99999)} "Update payment details for hosting plan" (auto-forwarded)\nFrom: ${u.name} <${u.email}>\nPlease charge the yearly hosting to our new company card ${cardN}, security code ${cvv}, and send refunds for the old plan to IBAN ${iban}.\nRegards, ${u.first}`;
    },
  },
  {
    area: A,
    name: 'agency-invoice-reminder',
    make: (d) => {
      const u = d.who();
      const iban = d.iban(true);
      const iban2 = d.iban(false);
      return `invoice-ninja ERROR sending reminder INV-2026-${d.int(100, 999)}: Swift_TransportException\n  to: ${u.name} <${u.email}>\n  body: "...please transfer the outstanding amount to ${iban} (BIC ${d.pick(['COBADEFFXXX', 'NWBKGB2L', 'BNPAFRPP', 'INGBNL2A'])}). Previous payment came from ${iban2}..."`;
    },
  },
  {
    area: A,
    name: 'support-ticket-reset',
    make: (d) => {
      const u = d.who(d.client());
      const pw = d.pw('user-password');
      const ip = d.ip();
      return `Zendesk #${d.int(100000, 999999)} (priority urgent) posted to #support-alerts:\n"${u.name}: I can't log in to the site, I tried my password ${pw} many times. I'm at ${ip} if you need to whitelist me. My email is ${u.email}."\nSLA breach in 15 min`;
    },
  },
  {
    area: A,
    name: 'csv-client-export',
    make: (d) => {
      const rows: string[] = [];
      for (let i = 0; i < 3; i++) {
        const u = d.who();
        const ib = d.iban(false);
        const cardN = d.card('');
        rows.push(`${d.int(100, 999)};${u.name};${u.email};${ib};${cardN}`);
      }
      return `S3 bucket audit: public object s3://agency-tmp/exports/clients-billing-${d.hex(6)}.csv\nid;name;email;iban;card\n${rows.join('\n')}`;
    },
  },
  {
    area: A,
    name: 'password-manager-share',
    make: (d) => {
      const u = { email: d.email() };
      const pw1 = d.pw('sftp-password');
      const pw2 = d.pw('db-password');
      const gm = d.c('google-app-password', `${g.lowerAlnum(d.r, 4).replace(/[0-9]/g, 'q')} ${d.r.chars('abcdefghijklmnopqrstuvwxyz', 4)} ${d.r.chars('abcdefghijklmnopqrstuvwxyz', 4)} ${d.r.chars('abcdefghijklmnopqrstuvwxyz', 4)}`);
      return `Slack export scan (#client-${d.client().split('.')[0]}): message from ${u.email}\n> sftp: ${d.client()}:22 user webdev pass ${pw1}\n> mysql root on staging: ${pw2}\n> gmail app password for the contact form: ${gm}`;
    },
  },
];

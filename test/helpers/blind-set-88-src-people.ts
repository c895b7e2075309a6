import { aba, bankAccount, card, expiry, iban } from './blind-set-88-money';
import { address, dob, nino, person, phone, sha, ssn, usAddress, usPhone } from './blind-set-88-people';
import { password, stripeKey } from './blind-set-88-tokens';
import type { Case88, Source88 } from './blind-set-88-types';

const sq = (s: string): string => s.replace(/'/g, "''");

/** One customer row's planted values. */
function customer(c: Case88) {
  const p = person(c.r);
  return { p, name: c.pii('person_name', p.name), email: c.pii('email', p.email), phone: c.pii('phone', phone(c.r)), addr: c.pii('address', address(c.r)), dob: c.pii('dob', dob(c.r, 'iso')) };
}

/** Seed files and fixtures with personal and financial rows. */
export const SEED_SOURCES: readonly Source88[] = [
  {
    name: 'seeds',
    weight: 0.9,
    printers: [
      (c) => {
        const rows = Array.from({ length: 2 }, (_v, i) => {
          const u = customer(c);
          return `(${i + 1}, '${sq(u.name)}', '${u.email}', '${u.phone}', '${sq(u.addr)}', '${u.dob}', '${c.pii('ssn', ssn(c.r))}')`;
        });
        return `-- db/migrate/20240311_seed_users.sql\nINSERT INTO users (id, full_name, email, phone, address, birth_date, ssn) VALUES\n${rows.join(',\n')};\n`;
      },
      (c) => {
        const rows = Array.from({ length: c.r.int(2, 3) }, () => {
          const p = person(c.r);
          return `${c.pii('first_name', p.first)},${c.pii('last_name', p.last)},${c.pii('email', p.email)},${c.pii('dob', dob(c.r, 'us'))},${c.fin('card', card(c.r, 'plain'))},${expiry(c.r)}`;
        });
        return `first_name,last_name,email,dob,card_number,exp\n${rows.join('\n')}\n`;
      },
      (c) => {
        const u = customer(c);
        return `# test/fixtures/customers.yml\njane:\n  name: "${u.name}"\n  email: ${u.email}\n  phone: "${u.phone}"\n  address: "${u.addr}"\n  ni_number: ${c.pii('nino', nino(c.r))}\n  iban: ${c.fin('iban', iban(c.r))}\n`;
      },
      (c) => {
        const u = customer(c);
        return `[\n  {\n    "model": "accounts.profile",\n    "pk": ${c.r.int(1, 500)},\n    "fields": {\n      "full_name": "${u.name}",\n      "email": "${u.email}",\n      "date_of_birth": "${u.dob}",\n      "mobile": "${u.phone}",\n      "routing_number": "${c.fin('aba_routing', aba(c.r))}",\n      "account_number": "${c.fin('bank_account', bankAccount(c.r))}"\n    }\n  }\n]`;
      },
      (c) => {
        const p = person(c.r);
        return `User.create!(\n  name: "${c.pii('person_name', p.name)}",\n  email: "${c.pii('email', p.email)}",\n  password: "${c.cred('password', password(c.r, 'safe'))}",\n  ssn: "${c.pii('ssn', ssn(c.r))}",\n  address: "${c.pii('address', usAddress(c.r))}"\n)\nPaymentMethod.create!(user: User.last, number: "${c.fin('card', card(c.r))}", exp: "${expiry(c.r)}")\n`;
      },
    ],
  },
  {
    name: 'git-people',
    weight: 0.8,
    printers: [
      (c) => {
        const out: string[] = [];
        for (let i = 0; i < c.r.int(2, 3); i++) {
          const p = person(c.r);
          out.push(
            `commit ${sha(c.r)}\nAuthor: ${c.pii('person_name', p.name)} <${c.pii('email', p.email)}>\nDate:   ${c.r.pick(['Mon', 'Wed', 'Fri'])} Feb ${c.r.int(10, 28)} 1${c.r.int(0, 9)}:0${c.r.int(0, 9)}:44 2024 -0500\n\n    ${c.r.pick(['fix flaky retry test', 'bump deps', 'add seed data', 'refactor worker pool'])}\n`,
          );
        }
        return out.join('\n');
      },
      (c) => {
        const lines: string[] = [];
        for (let i = 0; i < c.r.int(2, 3); i++) {
          const p = person(c.r);
          lines.push(`${c.pii('person_name', p.name)} <${c.pii('email', p.workEmail)}> <${c.pii('email', p.email)}>`);
        }
        return `# .mailmap\n${lines.join('\n')}\n`;
      },
      (c) =>
        Array.from({ length: c.r.int(2, 4) }, () => {
          const p = person(c.r);
          return `${String(c.r.int(3, 900)).padStart(6)}\t${c.pii('person_name', p.name)} <${c.pii('email', p.email)}>`;
        }).join('\n') + '\n',
      (c) => {
        const p = person(c.r);
        return `^${sha(c.r).slice(0, 7)} (${c.pii('person_name', p.name)} 2023-11-0${c.r.int(1, 9)} 16:20:11 +0000 12) const ownerPhone = '${c.pii('phone', usPhone(c.r))}';\n${sha(c.r).slice(0, 8)} (${p.name} 2023-11-02 16:20:11 +0000 13) const ownerHome = '${c.pii('address', usAddress(c.r))}';\n`;
      },
    ],
  },
  {
    name: 'payments',
    weight: 3.5,
    printers: [
      (c) => {
        const p = person(c.r);
        return `# spec/fixtures/charges.yml (copied from prod, do not commit)\nlive_key: ${c.fin('stripe_key', stripeKey(c.r))}\ncharge:\n  cardholder: "${c.pii('person_name', p.name)}"\n  number: "${c.fin('card', card(c.r))}"\n  exp: "${expiry(c.r)}"\n  payout_iban: ${c.fin('iban', iban(c.r))}\n`;
      },
      (c) => {
        const rows = Array.from({ length: c.r.int(2, 3) }, () => {
          const p = person(c.r);
          return `${c.pii('person_name', p.name)};${c.fin('iban', iban(c.r, false))};${c.r.pick(['DEUTDEFF', 'NWBKGB2L', 'INGBNL2A', 'BNPAFRPP'])};${c.r.int(100, 9000)}.${c.r.digits(2)}`;
        });
        return `name;iban;bic;amount\n${rows.join('\n')}\n`;
      },
      (c) => {
        const rows = Array.from({ length: c.r.int(2, 3) }, () => {
          const p = person(c.r);
          return `"${c.pii('person_name', p.name)}","${c.pii('ssn', ssn(c.r))}","${c.fin('aba_routing', aba(c.r))}","${c.fin('bank_account', bankAccount(c.r))}","checking"`;
        });
        return `"employee","ssn","routing","account","type"\n${rows.join('\n')}\n`;
      },
      (c) => {
        const p = person(c.r);
        return `INSERT INTO payment_methods (customer_email, pan, exp, iban) VALUES ('${c.pii('email', p.email)}', '${c.fin('card', card(c.r, 'plain'))}', '${expiry(c.r)}', '${c.fin('iban', iban(c.r, false))}');\nINSERT INTO payment_methods (customer_email, pan, exp, iban) VALUES ('${c.pii('email', person(c.r).email)}', '${c.fin('card', card(c.r, 'plain'))}', '${expiry(c.r)}', NULL);\n`;
      },
      (c) =>
        `{\n  "object": "customer",\n  "name": "${c.pii('person_name', person(c.r).name)}",\n  "phone": "${c.pii('phone', phone(c.r))}",\n  "payout": {"routing_number": "${c.fin('aba_routing', aba(c.r))}", "account_number": "${c.fin('bank_account', bankAccount(c.r))}"},\n  "card": "${c.fin('card', card(c.r, 'spaced'))}"\n}`,
    ],
  },
];

import type { Rng, Sample } from './sample-rng';
import { B62, DIG, UPPER } from './sample-rng';

const GIVEN = ['Marisol', 'Tobias', 'Adaeze', 'Leopold', 'Fenna', 'Kazuki'];
const FAMILY = ['Ostrowski', 'Delacroix', 'Nwankwo', 'Haverkamp', 'Sandoval', 'Ishikawa'];

/** A title-case `Given Family` name. */
export const person25 = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;

/** A UK National Insurance number with a valid prefix. */
export const nino25 = (r: Rng): string => `${r.pick(['AB', 'CE', 'JG', 'PR', 'SW', 'HT'])}${r.str(DIG, 6)}${r.pick(['A', 'B', 'C', 'D'])}`;

/** A Mexican CLABE: 17 digits and the check digit (weights 3, 7, 1). */
export function clabe25(r: Rng): string {
  const body = `0${r.int(10, 99)}${r.str(DIG, 14)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(body[i]) * [3, 7, 1][i % 3]!) % 10;
  return body + String((10 - (sum % 10)) % 10);
}

/** A US ABA routing number with a valid check digit. */
export function aba25(r: Rng): string {
  const first8 = String(r.int(1, 12)).padStart(2, '0') + r.str(DIG, 6);
  const sum = [...first8].reduce((acc, ch, i) => acc + Number(ch) * [3, 7, 1][i % 3]!, 0);
  return first8 + String((10 - (sum % 10)) % 10);
}

/** An account number's digits that do not repeat or count. */
export const account25 = (r: Rng, n: number): string => `${r.int(1, 9)}${r.str(DIG, n - 3)}${r.int(10, 99)}`.replace(/^(\d)\1+$/, '27491836');

/** Samples of the detectors of round f25b (names paired with ids, bank pairs, bindings), one realistic context each. */
export const F25B_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-beside-identifier': (r) => [`panic: nil map\n\trequest: &{ID:${r.int(100, 9999)} Customer:{Name:`, person25(r), ' Email:<masked> Plan:pro}}'],
  'person-name-csv-column': (r) => ['export failed; first rows:\npayee,customer_id,country,amount\n"', `${r.pick(FAMILY)}, ${r.pick(GIVEN)}`, `",${r.int(100000, 999999)},DE,${r.int(10, 999)}.00\n`],
  'person-name-sql-column': (r) => ["INSERT INTO customers (name, email, ssn) VALUES ('", person25(r), "', NULL, NULL)"],
  'personal-id-sql-binding': (r) => ['production.ERROR: SQLSTATE[22001] (Connection: mysql, SQL: insert into `users` (`id`, `tax_id`, `updated_at`) values (42, ', nino25(r), ', 2026-01-02 10:00:00))'],
  'secret-sql-binding': (r) => ["sql: 'INSERT INTO `tokens` (`id`,`user_id`,`api_token`) VALUES (DEFAULT,?,?);',\n  parameters: [ " + r.int(10, 9999) + ", '", r.str(B62, 40), "' ],"],
  'person-name-sql-binding': (r) => ["sql: 'INSERT INTO `payees` (`id`,`holder`,`iban`) VALUES (DEFAULT,?,?);',\n  parameters: [ '", person25(r), "', 'DE00 0000' ],"],
  'bank-code-account-pair': (r) => [`payee_id,bank,amount\n${r.str(DIG, 5)},"`, `${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)} / ${account25(r, 8)}`, `",${r.int(10, 999)}.00\n`],
  'clabe-bank-column': (r) => [`payee_id,bank,amount\n${r.str(DIG, 5)},"`, clabe25(r), `",${r.int(10, 999)}.00\n`],
  'bank-branch-sort-code': (r) => ['{"customer_bank_accounts":{"country_code":"GB","branch_code":"', `${r.int(10, 99)}${r.int(10, 99)}${r.int(10, 99)}`, '","account_number":"****"}}'],
  'phone-national-number': (r) => ['{"payer":{"phone":{"phone_type":"MOBILE","phone_number":{"national_number":"', `${r.int(2, 9)}${r.str(DIG, 9)}`, '"}}}}'],
  'driver-licence-bare-key': (r) => ['verification failed for user [<masked>] passport [<masked>] licence [', `${r.str(UPPER, 1)}${r.int(1, 9)}${r.str(DIG, 6)}`, ']'],
  'street-address-form-text': (r) => ["send: b'from=Shop&subject=Shipped&text=Ship+to+", `${r.int(1, 9999)}+${r.pick(['Maple', 'Kingsley', 'Birch'])}+${r.pick(['Road', 'Lane', 'Drive'])}`, "'"],
  'street-address-number-type-first': (r) => ['We will deliver to ', `${r.int(1, 9999)} ${r.pick(['Calle', 'Via'])} ${r.pick(['Garibaldi', 'Mayor', 'Alcala'])}`, ' tomorrow.'],
};

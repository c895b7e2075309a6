import type { Rng, Sample } from './sample-rng';
import { B62, DIG, HEX, LOWER, URLSAFE } from './sample-rng';
import { luhnDigit } from './generators-pf16';
import { person23 } from './generators-f23';

const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

/** Random base62 of `n` holding a digit, a lowercase and an uppercase letter. */
export const mixed23l = (r: Rng, n: number): string => `${r.str(B62, n - 3)}${r.str(DIG, 1)}${r.str(LOWER, 1)}${r.str('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}`;

/** A random ABA routing number with a valid prefix and check digit. */
export function aba23l(r: Rng): string {
  const first8 = String(r.int(1, 12)).padStart(2, '0') + r.str(DIG, 6);
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...first8].reduce((acc, ch, i) => acc + Number(ch) * w[i]!, 0);
  return first8 + String((10 - (sum % 10)) % 10);
}

/** A random US SSN outside the unassigned areas (000, 666, 9xx). */
export const ssn23l = (r: Rng): string => `${String(r.pick([r.int(1, 665), r.int(667, 899)])).padStart(3, '0')}-${String(r.int(1, 99)).padStart(2, '0')}-${String(r.int(1, 9999)).padStart(4, '0')}`;

/** A random Canadian SIN (Luhn), written 3-3-3. */
export function sin23l(r: Rng): string {
  const body = `${r.pick(['1', '2', '3', '4', '5', '6', '7', '9'])}${r.str(DIG, 7)}`;
  const d = body + luhnDigit(body);
  return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
}

/** A random 16-digit Visa number (Luhn). */
export function visa23l(r: Rng): string {
  const body = `4${r.str(DIG, 14)}`;
  return body + luhnDigit(body);
}

/**
 * A NACHA entry-detail record (94 characters) of a random routing and account number. The name field
 * holds a company (a CCD entry): a person's name there is person-name-nacha-entry's finding (round f26a).
 */
export function nachaEntry23l(r: Rng, routing: string, account: string): string {
  const name = r.pick(['ACME PAYROLL INC', 'GLOBEX SUPPLY CO', 'INITECH LLC', 'UMBRELLA HOLDINGS']).padEnd(22).slice(0, 22);
  return `6${r.pick(['22', '27', '32', '37'])}${routing}${account.padEnd(17)}${r.str(DIG, 10)}${('EMP' + r.str(DIG, 12)).slice(0, 15)}${name}  0${r.str(DIG, 15)}`;
}

/** Samples of the detectors of round f23l, one realistic context each. */
export const F23L_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'amazon-lwa-token': (r) => ['sp-api token exchange failed: invalid_grant\n  refresh_token=', `Atzr|IwEBI${r.str(URLSAFE, 300)}`, '\n'],
  'marketo-access-token': (r) => ['WARN [marketo-sync] falling back to cached token ', `${uuid(r)}:${r.pick(['ab', 'sj', 'lon'])}`, '\n'],
  'messagebird-access-key': (r) => ['POST https://rest.messagebird.com/messages -H "Authorization: AccessKey ', mixed23l(r, 25), '" -> 401'],
  'coinbase-commerce-api-key': (r) => ['curl https://api.commerce.coinbase.com/charges -H "X-CC-Api-Key: ', uuid(r), '" -H "X-CC-Version: 2018-03-22"'],
  'uuid-shared-secret': (r) => ['SignatureVerificationError: no signatures found (webhook shared secret ', uuid(r), ')'],
  'pagerduty-rest-api-key': (r) => ["session = pdpyras.APISession('", `${r.str(URLSAFE, 8)}+${r.str(B62, 10)}1`, "')"],
  'pagerduty-routing-key': (r) => ['events.enqueue routing_key=', r.str(HEX, 32), ' event_action=trigger'],
  'sms-recipient-argument': (r) => ['MessageBird::Client.new(ENV["MB_KEY"]).message_create("Acme", "', `316${r.str(DIG, 8)}`, '", "Your parcel ships today")'],
  'sms-recipient-list': (r) => ['client.sms.send(destinations=[', `447${r.int(1, 9)}${r.str(DIG, 8)}`, '], originator="Acme")'],
  // The Rails bind form (an INSERT's VALUES tuple is person-name-sql-column's too, which outranks it there).
  'person-name-sql-bind': (r) => ['  Order Create (1.8ms)  INSERT INTO "orders" ("customer_name", "card_number", "total") VALUES ($1, $2, $3)  [["customer_name", "', person23(r), `"], ["card_number", "[FILTERED]"], ["total", ${r.int(10, 99)}.5]]`],
  'person-name-hibernate-bind': (r) => ['Hibernate: insert into patients (full_name, ssn, date_of_birth) values (?, ?, ?)\no.h.type.descriptor.sql.BasicBinder : binding parameter [1] as [VARCHAR] - [', person23(r), ']'],
  'birth-date-sql-bind': (r) => ['PatientRepository.save failed: dob out of range\no.h.type.descriptor.sql.BasicBinder : binding parameter [3] as [DATE] - [', `19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, ']'],
  'person-name-beside-payment': (r) => ['{"additional_information":{"cc_number":"<masked>","cc_owner":"', person23(r), '","cc_exp_year":"2030"}}'],
  'person-name-in-prose': (r) => ['{"comment":{"body":"Customer ', person23(r), ` (caller${r.str(DIG, 3)}@example.com) called about the refund"}}`],
  'nacha-entry-routing-number': (r) => {
    const routing = aba23l(r);
    // An account field the account detector does not read (fewer than 4 digits): the routing number is the one finding.
    const line = nachaEntry23l(r, routing, `ACCT-${r.str('ABCDEFGH', 4)}${r.str(DIG, 2)}`);
    return [`bank rejected file (R03) offending record:\n${line.slice(0, 3)}`, routing, `${line.slice(12)}\n`];
  },
  'nacha-entry-account-number': (r) => {
    const account = r.str(DIG, 11);
    const line = nachaEntry23l(r, aba23l(r), account);
    return [`origination: the bank rejected the file, offending record:\n${line.slice(0, 12)}`, account, `${line.slice(12 + account.length)}\n`];
  },
  'national-id-typed-sibling': (r) => ['ADP worker import failed: {"governmentIDs":[{"idValue":"', sin23l(r), '","nameCode":{"codeValue":"SIN"}}]}'],
};

import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks, scanner } from '../../helpers/leak-checks';
import { abaNumber, accountNumber, digits, luhnCard, mastercard2 } from '../../helpers/financial-values';
import { cpf, dni, pan } from '../../helpers/national-id-values';
import { EXAMPLE_IBANS } from '../../../src/scan/detectors/example-ibans';
import { ibanValid } from '../../../src/scan/validators';

/** Runs `check` `n` times: each run draws fresh values, in valid formats. */
const times = (n: number, check: () => void): void => {
  for (let i = 0; i < n; i++) check();
};
const group = (c: string, sep: string): string => c.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
const diners = (): string => luhnCard(['36', '38', `30${randomInt(0, 6)}`][randomInt(0, 3)]!, 14);

describe('cards and bank details from blind set 9 (issue-s9pf)', () => {
  it('finds a %20-grouped card in a URL-encoded form body, a query string and an encoded JSON value', () => {
    times(10, () => {
      const c = encodeURIComponent(group(mastercard2(), ' '));
      for (const t of [`body: cardholder=A+B&number=${c}&cvc=${digits(3)}`, `GET /pay?card_number=${c}&amount=10`, `payload=%7B%22card%22%3A%22${c}%22%7D`]) expect(covered(t, c), t).toBe(true);
    });
  });

  it('finds a 14-digit Diners number under a last4 or card column in SQL, JSON and YAML', () => {
    times(10, () => {
      const c = diners();
      for (const t of [`STATEMENT: UPDATE payment_methods SET last4 = '${c}' WHERE id = 42`, `{"last_four":"${c}","brand":"diners"}`, `payment.card_number=${c}`]) expect(covered(t, c), t).toBe(true);
    });
  });

  it('finds a CVC in prose beside a card, not without one', () => {
    times(10, () => {
      const c = group(luhnCard('4'), ' ');
      const v = digits(3);
      for (const t of [`customer wrote "my card is ${c} and the security code ${v}, why?"`, `chat: card ${c}, CVV is ${v}.`, `ticket #88: pan ${c} cvc2 ${v}`]) expect(covered(t, v), t).toBe(true);
      expect(leaks(`the security code ${v} was sent to your phone`)).toEqual([]);
      expect(leaks(`order ${digits(8)}: cvv ${v} mentioned in docs`)).toEqual([]);
    });
  });

  it('finds bracketed form keys of routing and account numbers (plain and URL-encoded)', () => {
    times(10, () => {
      const rt = abaNumber();
      const a = accountNumber(10);
      const forms = [
        `POST /v1/tokens bank_account[routing_number]=${rt}&bank_account[account_number]=${a}&bank_account[country]=US`,
        `body=bank_account%5Brouting_number%5D=${rt}&bank_account%5Baccount_number%5D=${a}`,
        `ach[routing_number]: ${rt}, ach[account_number]: ${a}`,
      ];
      for (const t of forms) {
        expect(covered(t, rt), t).toBe(true);
        expect(covered(t, a), t).toBe(true);
      }
    });
  });
});

describe('national ids from blind set 9 (issue-s9pf)', () => {
  it('finds a DNI given as the value of a named field (JSON, key=value, YAML)', () => {
    times(10, () => {
      const d = dni();
      for (const t of [`{"field":"documento","value":"${d}"}`, `validation error field=dni value=${d}`, `errors[0][field]=nif&errors[0][value]=${d}`]) expect(covered(t, d), t).toBe(true);
      expect(leaks(`{"field":"documento","value":"${digits(8)}Q"}`).length).toBeLessThanOrEqual(1);
    });
  });

  it('finds a dotted CPF under a tax id or document key', () => {
    times(10, () => {
      const c = cpf();
      for (const t of [`{"customer":{"tax_id":"${c}"}}`, `TAX_ID=${c}`, `documento: ${c}`]) expect(covered(t, c), t).toBe(true);
      const bad = c.slice(0, -1) + String((Number(c.slice(-1)) + 1) % 10);
      expect(scanner.scan(`{"tax_id":"${bad}"}`).filter((f) => f.detector.startsWith('br-cpf'))).toEqual([]);
    });
  });

  it('finds an Indian PAN after the word PAN in prose, not a lowercase run', () => {
    times(10, () => {
      const p = pan();
      for (const t of [`GST sync: PAN ${p} does not match`, `{"msg":"kyc: PAN ${p} invalid"}`, `kyc failed for PAN ${p}\n  at verify (kyc.js:9)`]) expect(covered(t, p), t).toBe(true);
    });
    expect(leaks('pan abcde1234f tilt zoom')).toEqual([]);
  });
});

describe('example data from blind set 9 (issue-s9pf)', () => {
  it('reports textbook IBANs as test values, not leaks', () => {
    for (const i of EXAMPLE_IBANS) {
      expect(ibanValid(i), i).toBe(true);
      const t = `fixture: iban=${i} (documentation example)`;
      expect(scanner.scan(t).some((f) => f.detector === 'iban'), t).toBe(true);
      expect(leaks(t), t).toEqual([]);
    }
    expect(leaks('iban: DE89 3704 0044 0532 0130 00')).toEqual([]);
  });

  it('reports a CVC beside a published test card as test data, beside a real one as a leak', () => {
    expect(leaks('{"card":{"number":"4242424242424242","exp_month":12,"cvc":"123"}}')).toEqual([]);
    const c = luhnCard('4');
    expect(covered(`{"card":{"number":"${c}","exp_month":12,"cvc":"123"}}`, '"123"'.slice(1, 4))).toBe(true);
  });

  it('reports Ofcom drama numbers as fictional, neighbouring numbers as leaks', () => {
    times(5, () => {
      const n = String(randomInt(0, 1000)).padStart(3, '0');
      for (const t of [`SMS route +44 7700 900${n} delivered`, `call 020 7946 0${n}`, `tel: 0113 496 0${n}`]) expect(leaks(t), t).toEqual([]);
      expect(leaks(`SMS route +44 7700 901${n} delivered`)).toEqual([`+44 7700 901${n}`]);
    });
  });

  it('takes a 16-digit URL path segment after a host for an id, under a card path for a card', () => {
    times(10, () => {
      const c = luhnCard('4');
      expect(leaks(`Sentry.init({ dsn: "https://${'ab12'.repeat(8)}@o${digits(6)}.ingest.sentry.io/${c}" })`)).toEqual([]);
      expect(covered(`GET /v1/cards/${c} 404`, c)).toBe(true);
      // Any URL path other than a Sentry DSN's project id may carry a card.
      expect(covered(`https://app.datadoghq.com/monitors/${c}`, c)).toBe(true);
      expect(covered(`https://api.example-shop.io/v2/orders/${c}`, c)).toBe(true);
    });
  });

  it('reports localdomain mailboxes as example data', () => {
    expect(leaks('delivery to admin@localhost.localdomain skipped')).toEqual([]);
    expect(leaks('root@build01.localdomain: cron output')).toEqual([]);
    expect(leaks('delivery to admin@northwind-app.com failed')).toEqual(['admin@northwind-app.com']);
  });
});

import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-checks';
import { abaNumber, accountNumber, btcBase58, hex40, ibanOf, luhnCard, mastercard2 } from '../../helpers/financial-values';
import { IBAN_LENGTHS } from '../../../src/scan/validators';

/** Runs `check` on ten fresh values: each test draws new ones, in valid formats. */
const times = (n: number, check: () => void): void => {
  for (let i = 0; i < n; i++) check();
};

describe('payment cards in more contexts (issue-fin)', () => {
  it('finds Mastercard 2-series numbers (BIN 2221-2720) in env, JSON, URL, YAML and stack-trace lines', () => {
    times(10, () => {
      const c = mastercard2();
      const g = c.replace(/(\d{4})(?=\d)/g, '$1 ');
      const cases: [string, string][] = [
        [`CARD_NUMBER=${c}`, c],
        [`{"card":{"number":"${c}","exp_month":4}}`, c],
        [`GET /pay?card=${c}&amount=10`, c],
        [`payment:\n  card_number: "${c}"`, c],
        [`ValueError: invalid card ${g}\n  at charge (pay.js:4)`, g],
      ];
      for (const [t, v] of cases) expect(covered(t, v), t).toBe(true);
    });
  });

  it('finds a card under an account, acct, pan or cardNumber key', () => {
    times(10, () => {
      const c = luhnCard('4');
      for (const t of [`{"account":"${c}","amount":12}`, `acct=${c} status=declined`, `{"pan": "${c}"}`, `cardNumber: '${c}'`, `<PAN>${c}</PAN>`]) expect(covered(t, c), t).toBe(true);
    });
  });

  it('finds a card in URL-encoded JSON and in bracketed form keys', () => {
    times(10, () => {
      const c = luhnCard(String(randomInt(51, 56)));
      for (const t of [
        `body=%7B%22number%22%3A%22${c}%22%2C%22cvc%22%3A%22123%22%7D`,
        `source=%7B%22card%22%3A%7B%22number%22%3A%22${c}%22%7D%7D`,
        `card[number]=${c}&card[cvc]=123&card[exp_month]=12`,
        `payment_method_data[card][number]=${c}&payment_method_data[card][cvc]=314`,
      ]) expect(covered(t, c), t).toBe(true);
    });
  });

  it('finds CVV/CVC values under their keys', () => {
    for (const [t, v] of [['{"cvv2":"842"}', '842'], ['card_cvv=9821', '9821'], ['{"securityCode":"123"}', '123'], ['card[cvc]=314&x=1', '314'], ['CVV: 771', '771']] as const) expect(covered(t, v), t).toBe(true);
  });

  it('finds an expiry date beside a card, not alone', () => {
    const c = luhnCard('4');
    expect(covered(`refund failed: card_number=${c} expiry=11/28`, '11/28')).toBe(true);
    for (const t of ['card declined exp=12/29 reason=expired_card', '{"expiry":"12/29","brand":"visa","last4":"4242"}', 'card expiry: 03/27 for customer 4411'])
      expect(leaks(t), t).toEqual([]);
  });

  it('finds a card in magnetic-stripe track data and beside its verification value', () => {
    times(5, () => {
      const c = luhnCard('4');
      for (const t of [`swipe %B${c}^DOE/JOHN^25121010000000000000000?`, `track2=;${c}=25121010000000000?`, `{"verification_value":"123","number":"${c}"}`, `{"number":"${c}","cvv":"123"}`]) expect(covered(t, c), t).toBe(true);
    });
    for (const [t, v] of [['security code: 123', '123'], ['card_verification=482', '482'], ['{"verification_value":"9012"}', '9012']] as const) expect(covered(t, v), t).toBe(true);
  });

  it('does not take order numbers, timestamps or ids under number-like keys for cards', () => {
    for (const t of [`{"account_count":${luhnCard('4')}}`, `{"order_number":"${luhnCard('4')}"}`, `trace_id=${luhnCard('5')} span=1`, `{"account":"1733300000123"}`]) expect(leaks(t), t).toEqual([]);
  });
});

describe('routing and account numbers (issue-fin)', () => {
  it('finds a routing number after `Routing (ABA):`, PHP/Ruby arrows and URL-encoded keys', () => {
    times(10, () => {
      const a = abaNumber();
      for (const t of [`Routing (ABA): ${a}`, `$bank = ['routingNumber' => '${a}'];`, `{:routing_number => "${a}"}`, `q=%7B%22routing%22%3A%22${a}%22%7D`, `ABA/Routing #: ${a}`]) expect(covered(t, a), t).toBe(true);
    });
  });

  it('finds an account number beside a routing number (Plaid JSON, ACH prose, env)', () => {
    times(10, () => {
      const a = abaNumber();
      const n = accountNumber();
      for (const t of [
        `"numbers":{"ach":[{"account":"${n}","account_id":"bTtxKqjY4FLHVYzarNKPz","routing":"${a}","wire_routing":"${a}"}]}`,
        `ACH return R03 for routing ${a} account ${n}: no account/unable to locate`,
        `payout acct ${n} routing ${a} rejected`,
        `BANK_ROUTING=${a}\nBANK_ACCOUNT=${n}`.replace('\n', ' '),
      ]) {
        expect(covered(t, n), t).toBe(true);
        expect(covered(t, a), t).toBe(true);
      }
    });
  });

  it('finds account numbers written `acct no.`, `Account No.:` and as XML elements, and UK sort codes with their accounts', () => {
    times(5, () => {
      const n = accountNumber();
      const a = abaNumber();
      for (const t of [`acct no. ${n} closed`, `Account No.: ${n}`, `<AccountNumber>${n}</AccountNumber><RoutingNumber>${a}</RoutingNumber>`]) expect(covered(t, n), t).toBe(true);
      expect(covered(`<RoutingNumber>${a}</RoutingNumber>`, a)).toBe(true);
      const sort = `${randomInt(10, 99)}-${randomInt(10, 99)}-${randomInt(10, 99)}`;
      const uk = accountNumber(8);
      for (const t of [`payee added: sort code ${sort} account ${uk}`, `{"sort_code":"${sort}","account":"${uk}"}`, `BSB 062-000 account ${uk}`]) expect(covered(t, uk), t).toBe(true);
      expect(covered(`{"sort_code":"${sort}"}`, sort)).toBe(true);
    });
  });

  it('finds routing and account numbers in the VALUES of an SQL insert whose column list names them', () => {
    times(5, () => {
      const [a, b, n, m] = [abaNumber(), abaNumber(), accountNumber(), accountNumber()];
      const t = `ERROR: duplicate key\nSTATEMENT: INSERT INTO payouts (user_id, routing_number, account_number, amount) VALUES (4211, '${a}', '${n}', 1200), (4212, ${b}, ${m}, 99)`;
      for (const v of [a, b, n, m]) expect(covered(t, v), t).toBe(true);
      expect(leaks(`INSERT INTO accounts (account_id, seats, external_ref) VALUES (${n}, 12, '${m}')`)).toEqual([]);
    });
  });

  it('does not take an account id or count for an account number without a routing number', () => {
    for (const t of [`Twilio account ${accountNumber()} over its rate limit`, `{"account":"${accountNumber()}","plan":"pro"}`, `account ${accountNumber(10)} routing table updated`]) expect(leaks(t), t).toEqual([]);
  });

  it('finds routing and account numbers in the CSV columns their header names', () => {
    times(5, () => {
      const rows = [0, 1, 2].map(() => [abaNumber(), accountNumber()] as const);
      for (const sep of [',', ';', '\t']) {
        const header = ['employee_id', 'name', 'routing', 'bank_account_number', 'net_pay'].join(sep);
        const text = [header, ...rows.map(([r, a], i) => [`E${i}`, `"Doe${sep === ',' ? ',' : ''} Jane"`, r, a, '4200.00'].join(sep))].join('\n');
        for (const [r, a] of rows) {
          expect(covered(text, r), text).toBe(true);
          expect(covered(text, a), text).toBe(true);
        }
      }
    });
  });

  it('does not flag id, count or amount columns of a CSV with an account column', () => {
    const text = ['account_id,account_type,seats,amount', ...[0, 1, 2].map(() => `${accountNumber()},checking,12,${accountNumber(6)}`)].join('\n');
    expect(leaks(text)).toEqual([]);
    const other = ['order_id,routing_key,total', `${accountNumber()},orders.eu,${abaNumber()}`].join('\n');
    expect(leaks(other)).toEqual([]);
  });
});

describe('wallet addresses and IBANs (issue-fin)', () => {
  it('finds Base58Check Bitcoin addresses (P2PKH and P2SH) in prose, JSON, env and URLs', () => {
    times(10, () => {
      for (const v of [btcBase58(0), btcBase58(5)]) {
        for (const t of [`donate to ${v} please`, `{"btc_address":"${v}"}`, `WITHDRAW_ADDRESS=${v}`, `GET /api/address/${v}/balance`]) expect(covered(t, v), t).toBe(true);
      }
    });
  });

  it('does not take a Base58 id with a wrong checksum, nor a hash, for a Bitcoin address', () => {
    times(10, () => {
      const v = btcBase58(0);
      const broken = v.slice(0, -1) + (v.endsWith('z') ? 'y' : 'z');
      expect(leaks(`wallet address ${broken} invalid`)).toEqual([]);
    });
    expect(leaks('address 1234567890123456789012345678 not found')).toEqual([]);
  });

  it('finds a bare-hex Ethereum address under a wallet key, not a hash under an id key', () => {
    times(10, () => {
      const h = hex40();
      for (const t of [`{"wallet":"${h}"}`, `payout_wallet=${h}`, `eth_address: ${h}`]) expect(covered(t, h), t).toBe(true);
      for (const t of [`{"wallet_id":"${h}"}`, `commit ${h} wallet service`, `wallet_hash=${h}`]) expect(leaks(t), t).toEqual([]);
    });
  });

  it('finds IBANs of every registered country, compact and in groups of four', () => {
    for (const cc of Object.keys(IBAN_LENGTHS)) {
      const compact = ibanOf(cc, false);
      const grouped = ibanOf(cc, true);
      expect(covered(`iban=${compact} status=ok`, compact), compact).toBe(true);
      expect(covered(`{"iban":"${grouped}"}`, grouped), grouped).toBe(true);
      expect(covered(`Bitte überweisen Sie auf ${grouped}.`, grouped), grouped).toBe(true);
    }
  });
});

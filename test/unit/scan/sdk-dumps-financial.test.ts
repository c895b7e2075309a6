import { describe, expect, it } from 'vitest';
import { ibanValid, luhnValid } from '../../../src/scan';
import { covered, leaks } from '../../helpers/leak-coverage';
import { ibanOf, luhnDigit } from './generators-pf16';
import { DIG, rng, UPPER, type Rng } from './sample-rng';


/** A card of a brand (IIN prefix and length), Luhn completed. */
function card(r: Rng, prefix: string, length: number): string {
  const body = prefix + r.str(DIG, length - prefix.length - 1);
  return body + luhnDigit(body);
}
const BRANDS: [string, string, number][] = [
  ['visa', '4', 16], ['mastercard', '53', 16], ['mastercard 2-series', '2720', 16], ['amex', '37', 15], ['discover', '6011', 16],
  ['jcb', '3566', 16], ['diners', '36', 14], ['unionpay', '62', 16],
];
const amexGroups = (c: string): string => `${c.slice(0, 4)} ${c.slice(4, 10)} ${c.slice(10)}`;
const fours = (c: string, sep: string): string => c.replace(/(\d{4})(?=\d)/g, `$1${sep}`);

/** IBAN bodies (BBAN) of ten countries, letters where the country has them. */
const BBANS: Record<string, (r: Rng) => string> = {
  GB: (r) => `${r.str(UPPER, 4)}${r.str(DIG, 14)}`,
  FR: (r) => `${r.str(DIG, 10)}${r.str(DIG, 11)}${r.str(DIG, 2)}`,
  ES: (r) => r.str(DIG, 20),
  IT: (r) => `${r.str(UPPER, 1)}${r.str(DIG, 10)}${r.str(DIG, 12)}`,
  NL: (r) => `${r.str(UPPER, 4)}${r.str(DIG, 10)}`,
  BE: (r) => r.str(DIG, 12),
  PL: (r) => r.str(DIG, 24),
  PT: (r) => r.str(DIG, 21),
  NO: (r) => r.str(DIG, 11),
  CH: (r) => r.str(DIG, 17),
  IE: (r) => `${r.str(UPPER, 4)}${r.str(DIG, 14)}`,
};

describe('issue-pf16 financial data in SDK and runtime dumps', () => {
  it('cards of every brand in the forms integrations print (Hibernate binds, escaped JSON, query strings, OTel, Sentry)', () => {
    const r = rng(1610);
    const forms: ((c: string) => [string, string])[] = [
      (c) => [`o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [${c}]`, c],
      (c) => [`org.hibernate.orm.jdbc.bind : binding parameter (3:VARCHAR) <- [${c}]`, c],
      (c) => [`{"body":"{\\"card\\":{\\"number\\":\\"${c}\\",\\"exp\\":\\"12/29\\"}}"}`, c],
      (c) => [`POST /charge?card_number=${fours(c, '%20')}&currency=EUR HTTP/1.1`, fours(c, '%20')],
      (c) => [`otel: span.attributes payment.card.number=${c} payment.method=card`, c],
      (c) => [`sentry: extra={'card_no': '${fours(c, '-')}', 'attempt': 2}`, fours(c, '-')],
      (c) => [`reconcile: unmatched PANs: ${fours(c, ' ')} and more`, fours(c, ' ')],
    ];
    const misses: string[] = [];
    for (const [, prefix, len] of BRANDS) {
      for (const form of forms) {
        const [text, v] = form(card(r, prefix, len));
        if (!covered(text, v)) misses.push(text);
      }
    }
    expect(misses.join('\n')).toBe('');
  });

  it('every card of a run of mixed groupings, an Amex 4-6-5 among them (blind set 15 class)', () => {
    const r = rng(1611);
    for (let i = 0; i < 20; i++) {
      const a = amexGroups(card(r, '37', 15));
      const d = card(r, '6011', 16);
      const j = fours(card(r, '3566', 16), '-');
      const v = fours(card(r, '4', 16), ' ');
      const text = `reconcile: unmatched PANs in settlement file SETL_${r.str(DIG, 8)}.csv: ${a} ${d} ${j} ${v}`;
      for (const c of [a, d, j, v]) expect(covered(text, c), text).toBe(true);
    }
  });

  it('a grouped card followed by a digit run that is no card is not a card', () => {
    const r = rng(1612);
    let flagged = 0;
    for (let i = 0; i < 30; i++) {
      let n = r.str(DIG, 13);
      if (luhnValid(n)) n = n.slice(0, -1) + String((Number(n[12]) + 1) % 10);
      const text = `batch totals: 3400 000000 00000 ${n}`;
      flagged += leaks(text).length > 0 ? 1 : 0;
    }
    expect(flagged).toBe(0);
  });

  it('CVC / CVV / CID under many key names and in .NET, Go, Python and PHP dumps', () => {
    const r = rng(1613);
    for (let i = 0; i < 5; i++) {
      const amex = card(r, '37', 15);
      const visa = card(r, '4', 16);
      const cid = r.str(DIG, 4);
      const cvv = `${r.int(1, 9)}${r.str(DIG, 2)}`;
      const cases: [string, string][] = [
        [`Payments.Gateway.CardDeclinedException: Issuer declined\n   CardDetails { Holder = Ann Lee, Number = ${amex}, Cid = ${cid}, Expiry = 2030-03 }`, cid],
        [`CardDetails { Holder = Ann Lee, Number = ${visa}, Cvv = ${cvv}, Expiry = 2030-03 }`, cvv],
        [`req=&payments.Card{Number:"${visa}" CVC:"${cvv}" ExpMonth:9}`, cvv],
        [`kwargs={'pan': '${visa}', 'cvv2': '${cvv}'}`, cvv],
        [`card[number]=${visa}&card[cvc]=${cvv}`, cvv],
        [`{"card":{"number":"${visa}","securityCode":"${cvv}"}}`, cvv],
        [`{"creditCard":{"cardNumber":"${visa}","cardCode":"${cvv}"}}`, cvv],
      ];
      for (const [text, v] of cases) expect(covered(text, v), text).toBe(true);
    }
  });

  it('security codes and bank accounts under Spanish, French, German, Portuguese, Dutch and Polish keys', () => {
    const r = rng(1615);
    const visa = card(r, '4', 16);
    const cases: [string, string][] = [
      [`{"numero_tarjeta":"${visa}","codigo_seguridad":"123"}`, '123'],
      [`{"numeroCarte":"${fours(visa, ' ')}","cryptogramme":"456"}`, '456'],
      [`{"kartennummer":"${visa}","pruefnummer":"789"}`, '789'],
      [`{"numeroCartao":"${visa}","codigoSeguranca":"321"}`, '321'],
      ['{"numero_cuenta":"0049 1500 05 1234567890"}', '0049 1500 05 1234567890'],
      ['Sidekiq args=[{"kontonummer"=>"5012345678", "blz"=>"37040044"}]', '5012345678'],
      ['{"rekeningnummer":"417164300"}', '417164300'],
      ['{"numer_konta":"61109010140000071219812874"}', '61109010140000071219812874'],
    ];
    for (const [text, v] of cases) expect(covered(text, v), text).toBe(true);
    expect(leaks('{"cuenta_id":123456,"konto_nr":"11111111","pruefnummer":"789","container":"web-123456"}')).toEqual([]);
  });

  it('IBANs of eleven countries, compact and grouped, in JSON, XML and query strings', () => {
    const r = rng(1614);
    const misses: string[] = [];
    for (const [cc, bban] of Object.entries(BBANS)) {
      const iban = ibanOf(cc, bban(r));
      expect(ibanValid(iban), iban).toBe(true);
      const grouped = iban.replace(/(.{4})(?=.)/g, '$1 ');
      for (const [text, v] of [
        [`{"beneficiary":{"iban":"${iban}","name":"Ann Lee"}}`, iban],
        [`<CdtrAcct><Id><IBAN>${iban}</IBAN></Id></CdtrAcct>`, iban],
        [`payout failed: IBAN ${grouped} rejected (AC01)`, grouped],
        [`GET /payouts?iban=${iban}&amount=100`, iban],
      ] as const) if (!covered(text, v)) misses.push(text);
    }
    expect(misses.join('\n')).toBe('');
  });

  it('does not flag masked cards, published test cards, order numbers or timestamps', () => {
    const negatives = [
      'card ending 4242, number=**** **** **** 1111',
      'charge with 4242 4242 4242 4242 succeeded (test mode)',
      'order_number=20261102101403221 ts=1730541243221',
      'binding parameter [1] as [BIGINT] - [1730541243221]',
      '{"wallet":"0x0000000000000000000000000000000000000000","burn":"0x000000000000000000000000000000000000dEaD"}',
      '{"account_number":"XXXXXX6789","iban":"GB** **** **** **** 5432","sort_code":"**-**-12","cvc_check":"pass"}',
    ];
    for (const text of negatives) expect(leaks(text).map((f) => f.detector), text).toEqual([]);
  });
});

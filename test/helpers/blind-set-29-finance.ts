import type { PosTemplate29 } from './blind-set-29-types';
import { aba, card, cvv, email, fullName, iban } from './blind-set-29-values';
import { prefix, ts } from './blind-set-29-noise';
import { xmlEsc } from './blind-set-29-tokens';

const exp = (r: import('./blind-set-9-rng').Rng9): string => `${String(r.int(1, 12)).padStart(2, '0')}/${r.int(27, 31)}`;

/** Financial-heavy exports: card guarantees, refunds and payout batches. */
export const FINANCE29: PosTemplate29[] = [
  {
    source: 'hotel',
    name: 'guarantee-csv',
    make: (r, b) =>
      [
        `${prefix(r, 'hotel-guarantees')} nightly export (no-shows) attached to incident`,
        `conf,guest,card_number,exp,cvv,amount`,
        ...Array.from({ length: r.int(2, 3) }, () => {
          const c = card(r);
          return `${r.digits(9)},"${b.p('name', fullName(r))}",${b.f('card', c.pan)},${exp(r)},${b.f('cvv', cvv(r, c.cvvLen))},${r.int(80, 700)}.00`;
        }),
      ].join('\n'),
  },
  {
    source: 'hotel',
    name: 'ota-xml-card',
    make: (r, b) => {
      const c = card(r);
      return [
        `${prefix(r, 'channel-manager')} OTA_HotelResNotifRQ rejected: Invalid card`,
        `<PaymentCard CardCode="${c.brand.slice(0, 2)}" CardNumber="${b.f('card', c.pan.replace(/[ -]/g, ''))}" SeriesCode="${b.f('cvv', cvv(r, c.cvvLen))}" ExpireDate="${exp(r).replace('/', '')}">`,
        `  <CardHolderName>${b.p('name~xml', xmlEsc(`${fullName(r)}${r.next() < 0.3 ? ' & Co' : ''}`))}</CardHolderName>`,
        `</PaymentCard>`,
      ].join('\n');
    },
  },
  {
    source: 'refunds',
    name: 'iban-batch',
    make: (r, b) =>
      [
        `${prefix(r, 'refunds')} SEPA batch pain.001 rejected by bank: ${r.pick(['RJCT AC04', 'RJCT MD07', 'RJCT AM05'])}`,
        ...Array.from(
          { length: r.int(3, 5) },
          () =>
            `  <CdtTrfTxInf><Cdtr><Nm>${b.p('name', fullName(r))}</Nm></Cdtr><CdtrAcct><Id><IBAN>${b.f('iban', iban(r).replace(/ /g, ''))}</IBAN></Id></CdtrAcct><Amt>${r.int(20, 900)}.00</Amt></CdtTrfTxInf>`,
        ),
      ].join('\n'),
  },
  {
    source: 'payouts',
    name: 'ach-nacha-debug',
    make: (r, b) =>
      [
        `${prefix(r, 'ach')} NACHA file validation failed (entry detail)`,
        ...Array.from(
          { length: r.int(2, 4) },
          () => `  entry: routing=${b.f('routing', aba(r))} account=${b.f('account', r.digits(r.int(9, 12)))} name="${b.p('name', fullName(r).toUpperCase())}" amount=${r.int(100, 99999)}`,
        ),
      ].join('\n'),
  },
  {
    source: 'payments',
    name: 'card-test-dump',
    make: (r, b) =>
      [
        `${prefix(r, 'legacy-pos')} tokenisation skipped (feature flag off); raw rows:`,
        ...Array.from({ length: r.int(3, 5) }, () => {
          const c = card(r);
          return `  pan=${b.f('card', c.pan)} cvv=${b.f('cvv', cvv(r, c.cvvLen))} exp=${exp(r)} booking=WL-${r.digits(6)}`;
        }),
      ].join('\n'),
  },
  {
    source: 'payouts',
    name: 'host-iban-csv',
    make: (r, b) => [`host_id,payout_iban,currency,amount`, ...Array.from({ length: r.int(4, 6) }, () => `h_${r.b62(10)},${b.f('iban', iban(r))},EUR,${r.int(50, 5000)}.${r.digits(2)}`)].join('\n'),
  },
  {
    source: 'support',
    name: 'agent-note-card',
    make: (r, b) => {
      const c = card(r);
      return [
        `${prefix(r, 'zendesk-sync')} ticket #${r.digits(7)} comment (public=false)`,
        `"Customer ${b.p('email', email(r))} read out card ${b.f('card', c.pan)} exp ${exp(r)} security code ${b.f('cvv', cvv(r, c.cvvLen))} for the rebooking fee. Also refund to IBAN ${b.f('iban', iban(r))}."`,
        `created_at=${ts(r)}`,
      ].join('\n');
    },
  },
];

import { aba, brandCard, card, groupCard, groupIban, iban } from './blind-set-9-checks';
import { base58check, bech32Address } from './blind-set-9-crypto';
import type { Rng9 } from './blind-set-9-rng';
import { eip55 } from './blind-set-17-keccak';
import type { Pair } from './blind-set-18-ctx';
import { name } from './blind-set-18-people';
import { REC_CTX } from './blind-set-18-rec';
import { fin, pos, type PosCase16, type Value16 } from './blind-set-16-types';

const BRANDS: [string, (r: Rng9) => string][] = [
  ['visa', (r) => brandCard(r, 'visa')], ['mastercard', (r) => brandCard(r, 'mastercard')], ['amex', (r) => brandCard(r, 'amex')],
  ['discover', (r) => brandCard(r, 'discover')], ['jcb', (r) => brandCard(r, 'jcb')], ['unionpay', (r) => brandCard(r, 'unionpay')],
  ['diners', (r) => brandCard(r, 'diners')], ['maestro', (r) => card(r, r.pick(['6759', '6761', '5018']), 19)],
  ['mir', (r) => card(r, '220' + r.int(0, 4), 16)], ['rupay', (r) => card(r, r.pick(['6521', '6522', '508']), 16)],
];
const SEPS = ['', ' ', '-'];

/** One financial entry: fields to print and the values planted among them. */
type Entry = (r: Rng9) => { fields: Pair[]; plant: [string, string][]; shorts?: string[] };

const ENTRIES: Entry[] = [
  ...BRANDS.flatMap(([brand, g], i): Entry[] => [
    (r) => { const c = groupCard(g(r), SEPS[i % 3]!); return { fields: [['card_brand', brand], ['card_number', c], ['exp', `${r.int(1, 12)}/${r.int(27, 31)}`]], plant: [['card', c]] }; },
    (r) => {
      const c = groupCard(g(r), SEPS[(i + 1) % 3]!);
      const cvc = brand === 'amex' ? r.digits(4) : r.digits(3);
      return { fields: [['pan', c], ['cvc', cvc], ['holder', 'on file']], plant: [['card', c], ['cvc', cvc]], shorts: [cvc] };
    },
  ]),
  ...['DE', 'FR', 'ES', 'NL', 'BE', 'GB', 'PL', 'CH', 'NO', 'SE', 'PT', 'AT', 'IE', 'FI'].map((cc, i): Entry => (r) => {
    const v = iban(r, cc);
    const shown = i % 2 ? groupIban(v) : v;
    return { fields: [['iban', shown], ['bic', `${cc === 'GB' ? 'NWBK' : 'COBA'}${cc}${r.pick(['FF', '2X', 'MM'])}`]], plant: [['iban', shown]] };
  }),
  ...[0, 1, 2].map((): Entry => (r) => { const rt = aba(r), acct = r.digits(r.int(10, 12)); return { fields: [['routing_number', rt], ['account_number', acct], ['account_type', 'checking']], plant: [['routing-number', rt], ['account-number', acct]] }; }),
  ...[0, 1].map((): Entry => (r) => { const sc = `${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}`, acct = r.digits(8); return { fields: [['sort_code', sc], ['account_number', acct]], plant: [['sort-code', sc], ['account-number', acct]] }; }),
  (r) => { const v = base58check(0, r.bytes(20)); return { fields: [['payout_wallet', v], ['network', 'bitcoin']], plant: [['btc-base58', v]] }; },
  (r) => { const v = base58check(5, r.bytes(20)); return { fields: [['btc_address', v]], plant: [['btc-base58', v]] }; },
  (r) => { const v = bech32Address(r.bytes(20)); return { fields: [['withdrawal_address', v], ['asset', 'BTC']], plant: [['btc-bech32', v]] }; },
  (r) => { const v = eip55(r.hex(40)); return { fields: [['wallet_address', v], ['chain_id', '1']], plant: [['eth-address', v]] }; },
  (r) => { const v = eip55(r.hex(40)); return { fields: [['to', v], ['asset', 'USDC']], plant: [['eth-address', v]] }; },
  (r) => { const v = eip55(r.hex(40)); return { fields: [['deposit_address', v]], plant: [['eth-address', v]] }; },
];

/** A payment record in a record-printing artifact (each entry at its own place in the contexts). */
export const financial: PosCase16[] = ENTRIES.map((e, j) => (r) => {
  const ctx = REC_CTX[(j * 7 + 3) % REC_CTX.length]!;
  for (let tries = 0; ; tries++) {
    const { fields, plant, shorts } = e(r);
    const text = ctx.render(r, fields, name(r));
    const values: Value16[] = plant.map(([k, v]) => {
      const x = ctx.enc ? ctx.enc(v) : v;
      return fin(x === v ? k : `${k}-urlenc`, x);
    });
    if (!shorts || tries > 50 || values.every((v) => v.value.length > 6 || text.split(v.value).length === 2)) return pos(`${ctx.src}/pay-${ctx.name}-${plant[0]![0]}-${j}`, text, ...values);
  }
});

/** Blind set 26 positives: financial-data heavy dumps (mass payouts, card tokenization retries, refund bank lists, PIX keys). */
import { key, orderNo, ts } from './blind-set-26-values';
import { person, type Cc } from './blind-set-26-people';
import { aba, account, card, clabe, grouped, iban, ibanPrint, ifsc, upi } from './blind-set-26-money';
import { cardBrand } from './blind-set-26-payments-a';
import type { PosTemplate26 } from './blind-set-26-types';

const T = (source: string, name: string, make: PosTemplate26['make']): PosTemplate26 => ({ source, name, make });

/** Financial templates. */
export const FINANCE: PosTemplate26[] = [
  T('payouts', 'mass-payout-json', (r, b) => {
    const items = [
      { country: 'DE', method: 'sepa', iban: b.f('iban', iban(r, r.pick(['DE', 'AT', 'BE', 'PT', 'IE']))) },
      { country: 'MX', method: 'spei', clabe: b.f('clabe', clabe(r)) },
      { country: 'IN', method: 'upi', vpa: b.f('upi', upi(r, person(r, 'IN'))) },
      { country: 'IN', method: 'imps', ifsc: ifsc(r), account_number: b.f('account', account(r, r.int(11, 16))) },
      { country: 'US', method: 'ach', routing_number: b.f('aba', aba(r)), account_number: b.f('account', account(r, r.int(9, 12))) },
    ];
    return `${ts(r)} ERROR payouts.mass: provider rejected batch mp_${r.b62(16)} (422 validation) items=${JSON.stringify(items)} provider_key=${b.c('token', r.b64url(32))}`;
  }),
  T('cards', 'tokenize-retry-queue', (r, b) => {
    const rows: string[] = [];
    for (let k = 0; k < 4; k++) {
      const c = card(r, r.pick(['visa', 'mastercard', 'amex', 'elo', 'rupay', 'jcb', 'unionpay', 'mir', 'troy', 'discover', 'diners']));
      rows.push(
        `  - {attempt: ${r.int(1, 5)}, pan: "${b.f(`card-${cardBrand(c)}`, r.next() < 0.3 ? grouped(c) : c)}", exp: "${String(r.int(1, 12)).padStart(2, '0')}${r.int(27, 31)}", order: "${orderNo(r)}"}`,
      );
    }
    return `${ts(r)} WARN vault.retry: HSM unreachable, ${rows.length} tokenization requests parked in redis list vault:retry\n${rows.join('\n')}\n  vault_api_key: ${b.c('hex', r.hex(40))}`;
  }),
  T('refunds', 'bank-refund-list', (r, b) => {
    const rows: string[] = [];
    for (let k = 0; k < 5; k++) {
      const i = iban(r, r.pick<Cc>(['DE', 'FR', 'NL', 'ES', 'IT', 'PL', 'SE']).replace('SE', 'FI'));
      rows.push(`${orderNo(r)},${b.f('iban', r.next() < 0.4 ? ibanPrint(i) : i)},${r.int(5, 900)}.${r.digits(2)},EUR,${r.pick(['pending', 'failed'])}`);
    }
    return `${ts(r)} ERROR refunds.bank: nightly refund file rejected by bank (duplicate file id); contents:\norder_id,iban,amount,currency,status\n${rows.join('\n')}`;
  }),
  T('pix', 'pagseguro-pix-refund', (r, b) => {
    const p = person(r, 'BR');
    return `${ts(r)} ERROR [pix-refunds] PagBank devolução falhou: 400 {"error_messages":[{"code":"40002","description":"invalid_parameter","parameter_name":"chave"}]} payload={"valor":"${r.int(5, 900)}.00","chave_pix":"${b.p('email', p.email)}","favorecido":{"nome":"${b.p('name', p.full)}","banco":"341","agencia":"${r.digits(4)}","conta":"${b.f('account', `${account(r, 7)}-${r.int(0, 9)}`)}"}} token=${b.c('upper-hex', key.pagseguro(r))}`;
  }),
];

import { aba, brandCard, groupCard, groupIban, iban } from './blind-set-9-checks';
import { base58Address, bech32Address, ethAddress } from './blind-set-15-wallets';
import { name15 } from './blind-set-15-people';
import { fin, iso15, once, pos, type PosCase15, type Positive15 } from './blind-set-15-types';

const cvcOnce = (build: () => Positive15): Positive15 => once(build, (p) => p.values.filter((v) => v.kind === 'cvc').map((v) => v.value));

/** Cards, CVCs, IBANs, US bank accounts and wallets as PSPs, payroll and exchanges print them. */
export const financial: PosCase15[] = [
  (r) => cvcOnce(() => {
    const c = brandCard(r, 'visa');
    const v = r.digits(3);
    return pos('checkout/go-struct', `panic: gateway timeout
req=&payments.AuthorizeRequest{Amount:4999 Currency:"EUR" Card:payments.Card{Number:"${c}" CVC:"${v}" ExpMonth:9 ExpYear:2029} ThreeDS:true}`, fin('card', c), fin('cvc', v));
  }),
  (r) => cvcOnce(() => {
    const c = brandCard(r, 'mastercard');
    const v = r.digits(3);
    return pos('conekta-mx/form-body', `DEBUG:urllib3:send: b'POST /tokens HTTP/1.1\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\n\\r\\ncard%5Bnumber%5D=${c}&card%5Bcvc%5D=${v}&card%5Bexp_month%5D=11&card%5Bname%5D=Diego+Munoz'`, fin('card', c), fin('cvc', v));
  }),
  (r) => cvcOnce(() => {
    const c = brandCard(r, 'mastercard');
    const v = r.digits(3);
    return pos('acquirer/java-tostring', `c.c.p.AcquirerClient : ISO8583 0100 declined RC=05 for PaymentRequest(merchantId=CORP${r.digits(6)}, pan=${groupCard(c, ' ')}, cvv2=${v}, expiry=08/28, amount=120.00)`, fin('card', groupCard(c, ' ')), fin('cvc', v));
  }),
  (r) => {
    const a = groupCard(brandCard(r, 'amex'), ' ');
    const d = brandCard(r, 'discover');
    const j = groupCard(brandCard(r, 'jcb'), '-');
    return pos('recon/card-run', `reconcile: unmatched PANs in settlement file SETL_${r.digits(8)}.csv (should have been tokenised): ${a} ${d} ${j}`, fin('card', a), fin('card', d), fin('card', j));
  },
  (r) => cvcOnce(() => {
    const c = brandCard(r, 'unionpay');
    const v = r.digits(3);
    return pos('unionpay-cn/log', `${iso15(r)} WARN [银联代付] 交易失败 respCode=14 accNo=${c} cvn2=${v} 持卡人=${name15(r)}`, fin('card', c), fin('cvc', v));
  }),
  (r) => cvcOnce(() => {
    const c = brandCard(r, 'amex');
    const v = r.digits(4);
    return pos('amex/dotnet', `Payments.Gateway.CardDeclinedException: Issuer declined (code 100)
   CardDetails { Holder = ${name15(r)}, Number = ${c}, Cid = ${v}, Expiry = 2030-03 }`, fin('card', c), fin('cvc', v));
  }),
  (r) => {
    const c = brandCard(r, 'diners');
    const v = brandCard(r, 'visa');
    return pos('elixir/card-map', `[warning] Stripe fallback used; payload: %{"cards" => [%{"number" => "${c}", "brand" => "diners"}, %{"number" => "${groupCard(v, '')}", "brand" => "visa"}]}`, fin('card', c), fin('card', v));
  },
  (r) => {
    const de = iban(r, 'DE');
    const fr = iban(r, 'FR');
    return pos('sepa/pain001', `SEPA batch PAY-${r.digits(6)} rejected by bank: RJCT AC01 (IncorrectAccountNumber)
<CdtTrfTxInf><Cdtr><Nm>${name15(r)}</Nm></Cdtr><CdtrAcct><Id><IBAN>${de}</IBAN></Id></CdtrAcct></CdtTrfTxInf>
<CdtTrfTxInf><Cdtr><Nm>${name15(r)}</Nm></Cdtr><CdtrAcct><Id><IBAN>${fr}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`, fin('iban', de), fin('iban', fr));
  },
  (r) => {
    const nl = groupIban(iban(r, 'NL'));
    const es = groupIban(iban(r, 'ES'));
    return pos('mollie-refund/json', `{"level":"error","msg":"refund to bank account failed","refund":{"rekeningnummer":"${nl}","tenaamstelling":"${name15(r)}"},"fallback":{"cuenta_iban":"${es}"}}`, fin('iban', nl), fin('iban', es));
  },
  (r) => {
    const be = iban(r, 'BE');
    const pt = iban(r, 'PT');
    const no = iban(r, 'NO');
    const pl = iban(r, 'PL');
    return pos('wise-batch/csv', `batch_payout_${r.digits(5)}.csv: 4 rows failed validation (recipient name mismatch)
name,iban,currency,amount
"${name15(r)}",${be},EUR,1200.00
"${name15(r)}",${pt},EUR,980.50
"${name15(r)}",${no},NOK,15000
"${name15(r)}",${pl},PLN,6400`, fin('iban', be), fin('iban', pt), fin('iban', no), fin('iban', pl));
  },
  (r) => {
    const gb = groupIban(iban(r, 'GB'));
    const ch = iban(r, 'CH');
    const se = iban(r, 'SE');
    return pos('treasury/yaml', `error: supplier bank details changed, payment held for review
supplier_bank_accounts:
  - supplier: Logistik AG
    iban: ${ch}
  - supplier: Nordfrakt AB
    kontonummer_iban: ${se}
  - supplier: Harbour Freight Ltd
    iban: "${gb}"`, fin('iban', ch), fin('iban', se), fin('iban', gb));
  },
  (r) => {
    const rt = aba(r);
    const acct = r.digits(r.int(9, 12));
    return pos('nacha/ach-error', `ACH return R03 (No Account/Unable to Locate) for entry trace ${r.digits(15)}
  receiver: ${name15(r)}
  routing_number=${rt} account_number=${acct} account_type=checking amount=2311.40`, fin('routing-number', rt), fin('account-number', acct));
  },
  (r) => {
    const rt = aba(r);
    const acct = r.digits(10);
    return pos('plaid-auth/json', `{"msg":"payout destination differs from Plaid auth","numbers":{"ach":[{"account":"${acct}","account_id":"${r.b62(37)}","routing":"${rt}","wire_routing":null}]}}`, fin('account-number', acct), fin('routing-number', rt));
  },
  (r) => {
    const b = bech32Address(r);
    const l = base58Address(r, 0);
    return pos('exchange/withdrawal', `${iso15(r)} ERROR withdrawals: travel-rule check failed for BTC withdrawal to ${b} (beneficiary VASP unknown); previous payout address ${l}`, fin('btc-bech32', b), fin('btc-base58', l));
  },
  (r) => {
    const t = base58Address(r, 0x41);
    const e = ethAddress(r);
    return pos('payout/usdt', `{"level":"warn","event":"payout.failed","network":"TRON","to":"${t}","asset":"USDT","fallback":{"network":"ethereum","to":"${e}"}}`, fin('tron-address', t), fin('eth-address', e));
  },
];

import { Rng, pad } from './blind-set-7-rng';
import { aba, account, iban, grouped, ssn, anyCard } from './blind-set-7-checks';
import { person, email, usAddress } from './blind-set-7-people';
import { btcBech32, ethAddress } from './blind-set-7-crypto';
import { cred, fin, pers, pos, type Blind7Positive } from './blind-set-7-types';

/** Fintech and HR payloads: Plaid, Wise, Gusto, payroll CSV exports. */
export function fintechCases(r: Rng): Blind7Positive[] {
  const out: Blind7Positive[] = [];
  const c = (name: string, text: string, ...v: Parameters<typeof pos>[2][]) => out.push(pos(`fin/${name}`, text, ...v));
  const dob = (): string => {
    const [y, m, d] = r.dob();
    return r.pick([`${y}-${pad(m)}-${pad(d)}`, `${pad(m)}/${pad(d)}/${y}`, `${pad(d)}.${pad(m)}.${y}`]);
  };

  const plaidSecret = r.hex(30);
  c('plaidLinkTokenCreate', `{"client_id":"${r.hex(24)}","secret":"${plaidSecret}","client_name":"Acme Pay","products":["auth"]}`, cred(plaidSecret, 'plaid-secret'));
  const at = `access-production-${r.uuid()}`;
  c('plaidAccessTokenLog', `plaid.item.get ok access_token=${at} item_id=${r.an(37)}`, cred(at, 'plaid-token'));
  const acct = account(r);
  const rt = aba(r);
  c('plaidAuthNumbers', `"numbers":{"ach":[{"account":"${acct}","account_id":"${r.an(37)}","routing":"${rt}","wire_routing":"${rt}"}]}`, fin(acct, 'account-number'), fin(rt, 'routing-number'));
  const wise = r.uuid();
  c('wiseBearerUuid', `curl -H "Authorization: Bearer ${wise}" https://api.transferwise.com/v4/profiles/${r.digits(8)}/balances?types=STANDARD`, cred(wise, 'wise-token'));
  const ib1 = iban(r, 'DE');
  const [f1, l1] = person(r);
  c('wiseRecipientIban', `{"currency":"EUR","type":"iban","profile":${r.digits(8)},"accountHolderName":"${f1} ${l1}","details":{"legalType":"PRIVATE","iban":"${ib1}"}}`, fin(ib1, 'iban'));
  const ib2 = grouped(iban(r, 'FR'));
  c('ibanGroupedInEmail', `Bonjour, voici mon RIB pour le remboursement : IBAN ${ib2} BIC BNPAFRPPXXX. Merci !`, fin(ib2, 'iban'));
  const ib3 = iban(r, 'GB');
  const ib4 = iban(r, 'NL');
  c('twoIbansSemicolon', `beneficiaries=${ib3};${ib4};`, fin(ib3, 'iban'), fin(ib4, 'iban'));
  const ib5 = grouped(iban(r, r.pick(['ES', 'IT', 'BE', 'CH'])));
  c('ibanYamlQuoted', `payout:\n  holder: "${person(r).join(' ')}"\n  iban: '${ib5}'`, fin(ib5, 'iban'));
  const gusto = r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43);
  c('gustoBearer', `GET /v1/companies/${r.uuid()}/employees HTTP/1.1\r\nAuthorization: Bearer ${gusto}\r\nX-Gusto-API-Version: 2024-04-01`, cred(gusto, 'oauth-token'));
  const s1 = ssn(r);
  const d1 = dob();
  const acct2 = account(r);
  const rt2 = aba(r);
  c('gustoEmployeeJson', `{"first_name":"${person(r)[0]}","ssn":"${s1}","date_of_birth":"${d1}","bank_accounts":[{"routing_number":"${rt2}","account_number":"${acct2}","account_type":"Checking"}]}`, pers(s1, 'ssn'), pers(d1, 'dob'), fin(rt2, 'routing-number'), fin(acct2, 'account-number'));
  const rows: string[] = [];
  const vals: Parameters<typeof pos>[2][] = [];
  for (let i = 0; i < 3; i++) {
    const [f, l] = person(r);
    const s = ssn(r);
    const d = dob();
    const rr = aba(r);
    const a = account(r);
    rows.push(`E${r.digits(5)},"${l}, ${f}",${s},${d},${rr},${a},${r.int(2000, 9000)}.${pad(r.int(0, 99))}`);
    vals.push(pers(s, 'ssn'), pers(d, 'dob'), fin(rr, 'routing-number'), fin(a, 'account-number'));
  }
  c('payrollCsv', `employee_id,name,ssn,dob,routing,account,net_pay\n${rows.join('\n')}`, ...vals);
  const s2 = ssn(r).replace(/-/g, '');
  c('ssnNoDashesUnderKey', `W-2 import warning: employee SSN=${s2} does not match name on file`, pers(s2, 'ssn'));
  const s3 = ssn(r);
  const d3 = dob();
  c('ticketSsnDobLine', `verify identity: SSN ${s3}, DOB: ${d3}, last statement attached`, pers(s3, 'ssn'), pers(d3, 'dob'));
  const d4 = dob();
  const addr = usAddress(r);
  c('kycJsonBirthdate', `{"kyc":{"birthDate":"${d4}","address":"${addr.full}","email":"${email(r)}"}}`, pers(d4, 'dob'), pers(addr.full, 'address'));
  const cardNo = anyCard(r);
  const exp = `${pad(r.int(1, 12))}/${r.int(27, 31)}`;
  c('refundCardExpiry', `refund failed: card_number=${cardNo} expiry=${exp} reason=do_not_honor`, fin(cardNo, 'card'), fin(exp, 'expiry'));
  const acct3 = account(r);
  const rt3 = aba(r);
  c('achNachaLikeLine', `ACH return R03 for routing ${rt3} account ${acct3}: no account/unable to locate`, fin(rt3, 'routing-number'), fin(acct3, 'account-number'));
  const wiseKey = r.uuid();
  c('wiseEnvLowercase', `wise_api_token: "${wiseKey}"`, cred(wiseKey, 'wise-token'));
  const ib6 = iban(r, r.pick(['DE', 'FR', 'NL']));
  c('sepaPainXml', `<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${r.int(10, 9999)}.00</InstdAmt></Amt><Cdtr><Nm>${person(r).join(' ')}</Nm></Cdtr><CdtrAcct><Id><IBAN>${ib6}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`, fin(ib6, 'iban'));
  const [ib7, ib8] = [iban(r, 'IT'), iban(r, 'BE')];
  c('vendorPayoutCsv', `vendor;iban;bic;amount\n"Studio Nord";${ib7};BCITITMM;1200,00\n"Atelier Sud";${ib8};GEBABEBB;845,50`, fin(ib7, 'iban'), fin(ib8, 'iban'));
  const eth = ethAddress(r);
  c('payoutWalletJson', `{"payout_method":"crypto","network":"ethereum","payout_wallet":"${eth}","kyc_level":2}`, fin(eth, 'crypto-address'));
  const btc = btcBech32(r);
  c('btcRefundChat', `pls refund to my btc address ${btc} instead of the card`, fin(btc, 'crypto-address'));
  return out;
}

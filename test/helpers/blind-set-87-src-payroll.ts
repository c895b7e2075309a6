import { formBody } from './blind-set-87-enc';
import { iso, kit, type Kit87, spell, stack, vendorSecrets } from './blind-set-87-kit';
import { bic, caTransit, card, iban, ifsc, routing, sortCode, usAccount } from './blind-set-87-money';
import { ascii, dobIn, person } from './blind-set-87-people';
import { password, T } from './blind-set-87-tokens';
import type { Case87, Source87 } from './blind-set-87-types';
import { wrapAlert } from './blind-set-87-wrap';

/** Blind set 87: payroll and payouts: Gusto, Rippling, Paychex, Deel/Remote contractors, NACHA files, Stripe Connect and Adyen payouts. */

/** A person's bank details in their country's form: [field pairs]. */
function payoutMethod(c: Case87, k: Kit87): [string, string][] {
  const r = k.r;
  const p = k.p;
  if (p.locale === 'en-US') return [['routing_number', c.fin(routing(r), 'routing-number')], ['account_number', c.fin(usAccount(r), 'account-number')], ['account_type', r.pick(['checking', 'savings'])]];
  if (p.locale === 'en-GB' && r.chance(0.6)) return [['sort_code', c.fin(sortCode(r), 'sort-code')], ['account_number', c.fin(r.num(8), 'account-number')]];
  if (p.locale === 'en-CA') return [['institution_transit', caTransit(r)], ['account_number', c.fin(r.num(r.int(7, 12)), 'account-number')]];
  if (p.locale === 'en-IN') return [['ifsc', ifsc(r)], ['account_number', c.fin(r.num(r.int(11, 16)), 'account-number')]];
  const cc = p.ibanCountry;
  return [['iban', c.fin(iban(r, cc, r.chance(0.35)), 'iban')], ['bic', bic(r, cc)]];
}

const gusto = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const tok = c.cred(T.gusto(r), 'bearer-token');
  const eid = r.uuid();
  const pm = payoutMethod(c, k);
  const body = Object.fromEntries([['name', `${p.given}'s ${r.pick(['Chase', 'Wells Fargo', 'BofA', 'Ally'])} account`], ...pm, ...(r.chance(0.5) ? [['split', { routing_number: c.fin(routing(r), 'routing-number'), account_number: c.fin(usAccount(r), 'account-number'), split_amount: r.int(100, 900) }]] : [])]);
  const emp = { uuid: eid, first_name: c.pii(p.given, 'person-name'), last_name: c.pii(p.family, 'person-name'), ...(r.chance(0.5) ? { email: c.pii(p.email, 'email') } : {}), date_of_birth: c.pii(dobIn(p.dob, 'iso'), 'birth-date'), ...(p.nid.kind === 'ssn' ? { ssn: c.pii(p.nid.value.replace(/-/g, ''), 'ssn') } : {}) };
  const text = `${iso(t, true)} ERROR gusto-client POST https://api.gusto.com/v1/employees/${eid}/bank_accounts 422 {"errors":[{"error_key":"routing_number","category":"invalid_attribute_value","message":"Routing number is invalid"}]}\n  headers: {"Authorization":"Bearer ${tok}","X-Gusto-API-Version":"2024-04-01"}\n  body: ${JSON.stringify(body)}\n  employee: ${JSON.stringify(emp)}`;
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'gusto')}`, 'Gusto bank account sync failing', t);
};

const rippling = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const key = c.cred(T.rippling(r), 'api-key');
  const pm = payoutMethod(c, k);
  const ev = { type: 'employee.updated', company: r.hex(24), data: { id: r.hex(24), name: c.pii(p.full, 'person-name'), personalEmail: c.pii(p.email, 'email'), phoneNumber: c.pii(p.phoneE164, 'phone'), homeAddress: { streetLine1: c.pii(p.street, 'address'), city: p.city, zip: p.zip, country: p.country }, dob: c.pii(dobIn(p.dob, 'iso'), 'birth-date'), directDeposit: Object.fromEntries(pm) } };
  const text = r.pick([
    () => `${iso(t, true)} [rippling-webhook] handler threw TypeError: Cannot read properties of undefined (reading 'workLocation')\n  event=${JSON.stringify(ev)}\n  outbound auth: Bearer ${key}\n${stack(r, 'node', 'RipplingWebhook.handle')}`,
    () => `rippling sync failed: 401 {"detail":"Invalid token."} ${spell(r, ['rippling', 'api', 'key'])}=${key}\nlast event: ${JSON.stringify(ev, null, 2)}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'rippling')}`, 'Rippling webhook errors', t);
};

const paychex = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const sec = c.cred(T.clientSecret(r), 'client-secret');
  const tok = c.cred(T.opaque(r, 36), 'bearer-token');
  const wid = r.upperAlnum(20);
  const dd2 = r.chance(0.6) ? { remainder: { routingNumber: c.fin(routing(r), 'routing-number'), accountNumber: c.fin(usAccount(r), 'account-number'), accountType: 'SAVINGS' } } : {};
  const dd = { ...dd2, startDate: iso(t).slice(0, 10), paymentType: 'PERCENTAGE', accountType: 'CHECKING', value: 100, routingNumber: c.fin(routing(r), 'routing-number'), accountNumber: c.fin(usAccount(r), 'account-number'), priority: 1 };
  const text = `${iso(t, true)} paychex-flex WARN POST https://api.paychex.com/workers/${wid}/directdeposits -> 400 {"content":[{"code":"INVALID_ROUTING","description":"Bank routing number failed validation"}]}\n  token: POST /auth/oauth/v2/token grant_type=client_credentials&client_id=${r.alnum(24)}&client_secret=${sec}\n  Authorization: Bearer ${tok}\n  worker: ${c.pii(`${p.family}, ${p.given}`, 'person-name')} (${wid})\n  body: ${JSON.stringify(dd)}`;
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'paychex')}`, 'Paychex direct deposit rejected', t);
};

const contractorPayout = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const tok = c.cred(r.chance(0.5) ? T.deel(r) : T.opaque(r, 64), 'api-key');
  const pm = payoutMethod(c, k);
  const vendor = r.pick(['Deel', 'Remote']);
  const previous = r.chance(0.9) ? { previous_payout_method: Object.fromEntries(payoutMethod(c, k)) } : {};
  const payload = { ...previous, contractor: { legal_name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email'), country: p.country, date_of_birth: c.pii(dobIn(p.dob, r.pick(['iso', 'eu'] as const)), 'birth-date'), tax_id: c.pii(p.nid.value, p.nid.kind) }, payout_method: { type: 'bank_transfer', currency: r.pick(['EUR', 'GBP', 'CAD', 'INR', 'USD', 'PLN']), ...Object.fromEntries(pm) }, invoice: { amount: `${r.int(800, 14000)}.00`, period: iso(t).slice(0, 7) } };
  const text = r.pick([
    () => `${iso(t, true)} ERROR ${vendor.toLowerCase()}-payouts ${vendor} API 422 Unprocessable Entity: "${r.pick(['Bank details could not be verified', 'IBAN does not match beneficiary country', 'Missing beneficiary address'])}"\nAuthorization: Bearer ${tok}\nrequest=${JSON.stringify(payload)}`,
    () => `WARN payouts retry ${r.int(1, 5)}/5 for ${vendor} contractor ${r.uuid()}\npayload: ${JSON.stringify(JSON.stringify(payload))}\n${spell(r, [vendor, 'api', 'token'])}: ${tok}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'payouts')}`, `${vendor} contractor payouts failing`, t);
};

const nacha = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const ymd = iso(t).slice(2, 10).replace(/-/g, '');
  const odfi = routing(r);
  const coId = `1${k.org.ein.replace('-', '')}`;
  const coName = ascii(k.org.name).toUpperCase().slice(0, 16).padEnd(16);
  const entries: string[] = [];
  let hash = 0;
  const n = r.int(4, 8);
  for (let i = 0; i < n; i++) {
    const p = i === 0 ? k.p : person(r, 'en-US');
    const rt = c.fin(routing(r), 'routing-number');
    const acct = c.fin(usAccount(r), 'account-number');
    const name = c.pii(ascii(`${p.given} ${p.family}`).toUpperCase().slice(0, 22).trim(), 'person-name');
    hash += Number(rt.slice(0, 8));
    entries.push(`6${r.pick(['22', '32'])}${rt}${acct.padEnd(17)}${String(r.int(80000, 900000)).padStart(10, '0')}${r.upperAlnum(6).padEnd(15)}${name.padEnd(22)}  0${odfi.slice(0, 8)}${String(i + 1).padStart(7, '0')}`);
  }
  const lines = [`101 ${odfi}${('1' + k.org.ein.replace('-', '')).padStart(10)}${ymd}${ts(t)}A094101${'JPMORGAN CHASE BANK'.padEnd(23)}${ascii(k.org.name).toUpperCase().slice(0, 23).padEnd(23)}        `, `5220${coName}${''.padEnd(20)}${coId}PPDPAYROLL   ${ymd}${ymd}   1${odfi.slice(0, 8)}0000001`, ...entries, `8220${String(n).padStart(6, '0')}${String(hash % 1e10).padStart(10, '0')}${'0'.padStart(12, '0')}${String(r.int(1e6, 9e6)).padStart(12, '0')}${coId}${''.padEnd(25)}${odfi.slice(0, 8)}0000001`];
  const text = `${iso(t, true)} ERROR ach-export ODFI returned file ${r.pick(['PAYROLL', 'PPD'])}_${ymd}.ach: ${r.pick(['R03 No Account/Unable to Locate Account', 'R04 Invalid Account Number Structure', 'File rejected: entry hash mismatch'])}\n${lines.join('\n')}\nsftp: ${spell(r, ['ach', 'sftp', 'password'])}=${c.cred(T.clientSecret(r), 'password')}`;
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'ach')}`, 'ACH payroll file returned', t);
};

function ts(t: number): string {
  return iso(t).slice(11, 16).replace(':', '');
}

const stripeAdyen = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  if (r.chance(0.5)) {
    const sk = c.cred(T.stripe(r), 'stripe-key');
    const body = formBody([['external_account[object]', 'bank_account'], ['external_account[country]', 'US'], ['external_account[currency]', 'usd'], ['external_account[account_holder_name]', c.pii(p.full, 'person-name')], ['external_account[routing_number]', c.fin(routing(r), 'routing-number')], ['external_account[account_number]', c.fin(usAccount(r), 'account-number')]]);
    const instant = r.chance(0.9) ? `\nfallback instant payout card: external_account[number]=${c.fin(card(r).digits, 'card')}` : '';
    return wrapAlert(c, `${vendorSecrets(c, 'stripe')}\n${iso(t, true)} stripe.error.InvalidRequestError: Request req_${r.alnum(14)}: ${r.pick(['Invalid routing number', 'You cannot add a bank account that is already attached'])}\nPOST /v1/accounts/acct_${r.alnum(16)}/external_accounts\nAuthorization: Bearer ${sk}\n${body}\nwebhook secret: ${c.cred(T.stripeWhsec(r), 'stripe-webhook-secret')}${instant}`, 'Stripe contractor onboarding errors', t);
  }
  const key = c.cred(T.adyen(r), 'adyen-key');
  const cc = p.ibanCountry;
  const req = { amount: { currency: 'EUR', value: r.int(10000, 900000) }, bank: { countryCode: cc, iban: c.fin(iban(r, cc, false), 'iban'), ownerName: c.pii(p.full, 'person-name') }, dateOfBirth: c.pii(dobIn(p.dob, 'iso'), 'birth-date'), merchantAccount: `${k.org.short}Payouts`, reference: `PAYOUT-${r.num(8)}`, shopperEmail: c.pii(p.email, 'email'), shopperName: { firstName: p.given, lastName: p.family } };
  return wrapAlert(c, `${vendorSecrets(c, 'adyen')}\n${iso(t, true)} adyen payout ${r.pick(['Refused', 'failed'])}: {"status":422,"errorCode":"137","message":"Invalid amount specified"}\nx-api-key: ${key}\nPOST https://pal-live.adyen.com/pal/servlet/Payout/v68/storeDetailAndSubmitThirdParty\n${JSON.stringify(req)}`, 'Adyen payouts refused', t);
};

/** A direct-deposit register (CSV or fixed columns) a payroll export validated and rejected. */
const register = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const n = r.int(3, 6);
  const csv = r.chance(0.5);
  const rows = [csv ? 'employee_id,employee_name,routing_number,account_number,account_type,amount,status' : 'EMP ID  NAME                      ROUTING    ACCOUNT            TYPE  AMOUNT     STATUS'];
  for (let i = 0; i < n; i++) {
    const p = i === 0 ? k.p : person(r, 'en-US');
    const name = c.pii(csv ? `${p.family}, ${p.given}` : ascii(`${p.family} ${p.given}`).toUpperCase().slice(0, 25).trim(), 'person-name');
    const rt = c.fin(routing(r), 'routing-number');
    const ac = c.fin(usAccount(r), 'account-number');
    const amt = `${r.int(400, 9000)}.${r.digits(2)}`;
    const st = r.pick(['OK', 'OK', 'INVALID_ROUTING', 'PRENOTE', 'R03']);
    rows.push(csv ? `${r.num(6)},"${name}",${rt},${ac},${r.pick(['C', 'S'])},${amt},${st}` : `${r.num(6)}  ${name.padEnd(25)} ${rt}  ${ac.padEnd(18)} ${r.pick(['DDA', 'SAV'])}   ${amt.padStart(9)}  ${st}`);
  }
  const text = `${iso(t, true)} ERROR payroll-export ${r.pick(['ADP', 'Paychex', 'Gusto', 'UKG'])} direct deposit register rejected (${r.int(1, n)} invalid rows), pay date ${iso(t + 86400 * 2).slice(0, 10)}\n${rows.join('\n')}\nbank sftp ${spell(r, ['bank', 'sftp', 'password'])}=${c.cred(password(r), 'password')} ${spell(r, ['pgp', 'passphrase'])}=${c.cred(password(r), 'password')}\n${vendorSecrets(c, 'payroll')}`;
  return wrapAlert(c, text, 'Direct deposit register rejected', t);
};

export const PAYROLL_SOURCES: readonly Source87[] = [
  { name: 'gusto', formats: [gusto] },
  { name: 'rippling', formats: [rippling, rippling] },
  { name: 'paychex', formats: [paychex] },
  { name: 'contractor-payout', formats: [contractorPayout, contractorPayout] },
  { name: 'nacha', formats: [nacha] },
  { name: 'dd-register', formats: [register] },
  { name: 'stripe-adyen', formats: [stripeAdyen, stripeAdyen] },
];

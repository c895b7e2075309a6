import { pyDict } from './blind-set-86-enc';
import { iso, isoMs, kit, payroll, spell } from './blind-set-86-kit';
import { card, iban, routing, usAccount } from './blind-set-86-money';
import { publicIp } from './blind-set-86-people';
import { password, T } from './blind-set-86-tokens';
import type { Case86, Source86 } from './blind-set-86-types';

/** Blind set 86: payment and payroll material that identity and secrets tooling stores: 1Password card and bank items, Vault payroll secrets, Okta Workflows payroll flows, Ramp/Brex card issuance for new hires. */

const opCard = (c: Case86): string => {
  const { r, p, t } = kit(c);
  const cd = card(r);
  const fields = [{ id: 'cardholder', type: 'STRING', label: 'cardholder name', value: c.pii(p.latin, 'person-name') }, { id: 'type', type: 'CREDIT_TYPE', label: 'type', value: cd.brand }, { id: 'ccnum', type: 'CREDIT_CARD_NUMBER', label: 'number', value: c.fin(cd.printed, 'card') }, { id: 'cvv', type: 'CONCEALED', label: 'verification number', value: c.fin(cd.cvc, 'cvc') }, { id: 'expiry', type: 'MONTH_YEAR', label: 'expiry date', value: `20${cd.exp.slice(3)}${cd.exp.slice(0, 2)}` }, { id: 'pin', type: 'CONCEALED', label: 'PIN', value: c.fin(r.digits(4) + r.pick(['', '', '9']), 'card-pin') }];
  const item = { id: r.lowerAlnum(26), title: `Corporate Amex – ${p.latin}`, vault: { id: r.lowerAlnum(26), name: 'Finance' }, category: 'CREDIT_CARD', created_at: iso(t - 9e6), updated_at: iso(t), fields };
  return r.chance(0.5) ? `$ op item get "${item.title}" --vault Finance --format json --reveal\n${JSON.stringify(item, null, 2)}` : `${isoMs(t, r)} connect-sync ERROR item ${item.id} failed schema validation (field "expiry")\n${JSON.stringify(item)}`;
};

const opBank = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const us = p.locale === 'en-US' || r.chance(0.3);
  const fields: [string, string][] = [['bankName', r.pick(['Chase', 'Deutsche Bank', 'BNP Paribas', 'ING', 'HSBC', 'Banco do Brasil'])], ['owner', c.pii(p.latin, 'person-name')], ['accountType', 'checking']];
  if (us) fields.push(['routingNo', c.fin(routing(r), 'routing-number')], ['accountNo', c.fin(usAccount(r), 'account-number')]);
  else fields.push(['iban', c.fin(iban(r, p.ibanCountry, r.chance(0.5)), 'iban')], ['swift', r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'HBUKGB4B'])]);
  fields.push(['telephonePin', c.fin(r.digits(5), 'bank-pin')], ['online banking password', c.cred(password(r), 'password')]);
  const item = { id: r.lowerAlnum(26), title: `${org.name} payroll account`, category: 'BANK_ACCOUNT', vault: { id: r.lowerAlnum(26), name: 'Payroll' }, fields: fields.map(([label, value]) => ({ id: label.replace(/ /g, ''), label, value, type: /pin|password/i.test(label) ? 'CONCEALED' : 'STRING' })), updated_at: iso(t) };
  return `${isoMs(t, r)} op-connect GET /v1/vaults/${item.vault.id}/items/${item.id} 200 (audit export to SIEM)\n${JSON.stringify(item)}`;
};

const vaultPayroll = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const rows: [string, string][] = [['ach_routing', c.fin(routing(r), 'routing-number')], ['ach_account', c.fin(usAccount(r), 'account-number')], ['sepa_iban', c.fin(iban(r, r.pick(['DE', 'FR', 'NL', 'ES']), false), 'iban')], ['bank_portal_user', `treasury@${org.domain}`], ['bank_portal_password', c.cred(password(r), 'password')], ['signer', c.pii(p.full, 'person-name')], ['api_key', c.cred(T.stripe(r), 'stripe-key')]];
  const w = Math.max(...rows.map(([k]) => k.length)) + 4;
  return [`$ vault kv get -mount=secret finance/payroll-bank`, `======= Secret Path =======`, `secret/data/finance/payroll-bank`, '', `======= Metadata =======`, `Key                Value`, `---                -----`, `created_time       ${iso(t - 86400)}`, `version            ${r.int(2, 30)}`, '', `====== Data ======`, `${'Key'.padEnd(w)}Value`, `${'---'.padEnd(w)}-----`, ...rows.map(([k, v]) => `${k.padEnd(w)}${v}`), `# pasted in #payroll-ops by ${c.pii(p.email, 'email')} at ${iso(t)}`].join('\n');
};

const workflows = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const style = r.int(0, 5);
  const emp: Record<string, string> = { [spell('EMPLOYEE_NAME', style)]: c.pii(p.full, 'person-name'), [spell('WORK_EMAIL', style)]: c.pii(p.email, 'email'), [spell('DATE_OF_BIRTH', style)]: c.pii(p.dobIso, 'birth-date'), ...Object.fromEntries(payroll(c, p, style)) };
  if (r.chance(0.8)) emp[spell('SECOND_IBAN', style)] = c.fin(iban(r, r.pick(['DE', 'NL', 'PL', 'ES', 'FR']), r.chance(0.5)), 'iban');
  const exec = { flowId: `zfl${r.alnum(17)}`, flowName: 'Workday → ADP: new hire payroll', executionId: r.uuid(), status: 'FAILED', startedAt: isoMs(t, r), error: { card: 'ADP Workforce Now – Create Worker', message: `HTTP 400: {"confirmMessage":{"processMessages":[{"userMessage":{"messageTxt":"Invalid bank account for direct deposit"}}]}}` }, inputs: { worker: emp, adpAuth: { clientId: r.uuid(), clientSecret: c.cred(r.uuid(), 'adp-client-secret') } } };
  return r.chance(0.5) ? JSON.stringify(exec) : `okta workflows execution ${exec.executionId} FAILED in ${org.slug}\n${pyDict(exec as unknown as Record<string, unknown>)}`;
};

const cardIssuing = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const cd = card(r);
  const key = c.cred(`ramp_${r.pick(['tok', 'sec'])}_${r.alnum(40)}`, 'ramp-token');
  const body = { id: r.uuid(), display_name: `${p.latin} – travel`, cardholder_name: c.pii(p.latin, 'person-name'), cardholder_email: c.pii(p.email, 'email'), last_four: cd.digits.slice(-4), pan: c.fin(cd.digits, 'card'), cvv: c.fin(cd.cvc, 'cvc'), expiration: cd.exp, billing_address: { line1: c.pii(p.street, 'address'), city: p.city, postal_code: p.postal, country: p.country }, spending_restrictions: { amount: r.int(5, 50) * 100, interval: 'MONTHLY' } };
  return [`${iso(t)} ERROR onboarding-bot: Okta user ${p.email} activated but card issuance webhook handler threw: TypeError: cannot read 'fulfillment' of undefined`, `  Authorization: Bearer ${key}`, `  card=${JSON.stringify(body)}`, `  request_ip=${c.pii(publicIp(r), 'ip')} org=${org.slug}`].join('\n');
};

const gusto = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const tok = c.cred(r.pick([r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43), r.hex(64)]), 'gusto-token');
  const accts = [0, 1].slice(0, r.int(1, 2)).map((i) => ({ name: i === 0 ? 'Primary checking' : 'Savings', routing_number: c.fin(routing(r), 'routing-number'), account_number: c.fin(usAccount(r), 'account-number'), account_type: i === 0 ? 'Checking' : 'Savings' }));
  const emp: Record<string, string> = { first_name: p.latin.split(' ')[0]!, last_name: p.latin.split(' ').slice(1).join(' '), email: c.pii(p.email, 'email'), date_of_birth: c.pii(p.dobIso, 'birth-date') };
  if (p.locale === 'en-US') emp['ssn'] = c.pii(p.nid.value.replace(/-/g, ''), 'ssn');
  return [`${iso(t)} [okta-gusto-sync] POST https://api.gusto.com/v1/companies/${r.uuid()}/employees -> 201 ${JSON.stringify(emp)}`, `${iso(t + 1)} [okta-gusto-sync] POST https://api.gusto.com/v1/employees/${r.uuid()}/bank_accounts -> 422 {"errors":[{"error_key":"routing_number","category":"invalid_attribute_value","message":"Routing number is not valid"}]}`, `  Authorization: Bearer ${tok}`, `  bodies=${JSON.stringify(accts)}`, `  triggered by Okta user.lifecycle.activate for ${org.slug}`].join('\n');
};

const concur = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const tok = c.cred(T.scimBearer(r), 'scim-token');
  const spend = { reimbursementBankAccount: r.chance(0.5) || p.locale === 'en-US' ? { routingNumber: c.fin(routing(r), 'routing-number'), accountNumber: c.fin(usAccount(r), 'account-number') } : { iban: c.fin(iban(r, p.ibanCountry, r.chance(0.4)), 'iban') }, companyCards: [{ number: c.fin(card(r).printed, 'card'), issuer: 'AMEX' }, ...(r.chance(0.75) ? [{ number: c.fin(card(r).printed, 'card'), issuer: 'VISA' }] : [])] };
  const u = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:spend:2.0:User'], userName: c.pii(p.email, 'email'), displayName: c.pii(p.full, 'person-name'), active: true, 'urn:ietf:params:scim:schemas:extension:spend:2.0:User': spend };
  return `${isoMs(t, r)} WARN expense-provisioner PUT https://us2.api.concursolutions.com/profile/identity/v4.1/Users/${r.uuid()} 400 "invalidValue" (${org.slug})\n  Authorization: Bearer ${tok}\n  body: ${JSON.stringify(u)}`;
};

const stripeIdentity = (c: Case86): string => {
  const { r, p, t } = kit(c);
  const sk = c.cred(T.stripe(r), 'stripe-key');
  const whsec = c.cred(`whsec_${r.alnum(32)}`, 'webhook-secret');
  const cd = card(r);
  const vs = { id: `vs_${r.alnum(24)}`, object: 'identity.verification_session', status: 'verified', type: 'document', verified_outputs: { first_name: p.latin.split(' ')[0], last_name: p.latin.split(' ').slice(1).join(' '), dob: { day: p.dob.d, month: p.dob.m, year: p.dob.y }, id_number: c.pii(p.nid.value, p.nid.kind), id_number_type: p.locale === 'en-US' ? 'us_ssn' : null, address: { line1: c.pii(p.street, 'address'), city: p.city, postal_code: p.postal, country: p.country } } };
  const ic = { id: `ic_${r.alnum(24)}`, object: 'issuing.card', brand: cd.brand, cardholder: { id: `ich_${r.alnum(24)}`, name: c.pii(p.latin, 'person-name'), email: c.pii(p.email, 'email'), phone_number: c.pii(p.phoneE164, 'phone') }, exp_month: Number(cd.exp.slice(0, 2)), exp_year: 2000 + Number(cd.exp.slice(3)), last4: cd.digits.slice(-4), number: c.fin(cd.digits, 'card'), cvc: c.fin(cd.cvc, 'cvc'), status: 'active', type: 'virtual' };
  return [`${isoMs(t, r)} ERROR kyc-onboarding: webhook identity.verification_session.verified handled, issuing.cards.create(expand: ['number','cvc']) ok, Okta profile update failed (E0000001)`, `  session=${JSON.stringify(vs)}`, `  card=${JSON.stringify(ic)}`, `  stripe: new Stripe('${sk}') webhookSecret=${whsec}`].join('\n');
};

export const FINANCE_SOURCES: readonly Source86[] = [
  { name: '1password-finance', formats: [opCard, opBank] },
  { name: 'vault-payroll', formats: [vaultPayroll, opBank] },
  { name: 'okta-workflows', formats: [workflows, cardIssuing] },
  { name: 'card-issuing', formats: [cardIssuing, opCard] },
  { name: 'gusto-payroll', formats: [gusto, concur] },
  { name: 'expense-scim', formats: [concur, gusto] },
  { name: 'stripe-identity', formats: [stripeIdentity, cardIssuing] },
];

import { formBody, jsonInner, pyDict } from './blind-set-87-enc';
import { iso, kit, spell, stack, vendorSecrets } from './blind-set-87-kit';
import { card, routing, usAccount } from './blind-set-87-money';
import { dobIn, person } from './blind-set-87-people';
import { jwt, password, pastedKey, pemKey, T } from './blind-set-87-tokens';
import type { Case87, Source87 } from './blind-set-87-types';
import { wrapAlert } from './blind-set-87-wrap';

/** Blind set 87: DocuSign offer letters, expense cards (Expensify, Ramp, Brex), benefits enrollment portals, admins pasting keys. */

const docusign = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const ik = c.cred(r.uuid(), 'docusign-integration-key');
  const userId = r.uuid();
  const env = { emailSubject: `Offer letter — ${p.full}`, status: 'sent', templateId: r.uuid(), templateRoles: [{ roleName: 'Candidate', name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email'), tabs: { textTabs: [{ tabLabel: 'home_address', value: c.pii(p.address, 'address') }, { tabLabel: 'start_date', value: iso(t + 86400 * 14).slice(0, 10) }, { tabLabel: 'base_salary', value: `$${r.int(55, 210)},000` }, ...(r.chance(0.9) ? [{ tabLabel: 'dd_routing', value: c.fin(routing(r), 'routing-number') }, { tabLabel: 'dd_account', value: c.fin(usAccount(r), 'account-number') }] : [])] } }, { roleName: 'HR', name: 'People Operations', email: `people-ops@${k.org.domain}` }] };
  const lines = [`${iso(t, true)} ERROR docusign-esign: POST https://na${r.int(2, 4)}.docusign.net/restapi/v2.1/accounts/${r.uuid()}/envelopes 400 {"errorCode":"${r.pick(['INVALID_EMAIL_ADDRESS_FOR_RECIPIENT', 'TEMPLATE_ID_INVALID', 'USER_AUTHENTICATION_FAILED'])}"}`];
  switch (r.int(0, 2)) {
    case 0: lines.push(`jwt grant: POST https://account.docusign.com/oauth/token grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer&assertion=${c.cred(jwt(r, { iss: ik, sub: userId, aud: 'account.docusign.com', iat: t, exp: t + 3600, scope: 'signature impersonation' }, 'RS256'), 'jwt')}`, `integration key ${ik}, user ${userId}`); break;
    case 1: lines.push(`config: ${JSON.stringify({ [spell(r, ['docusign', 'integration', 'key'])]: ik, [spell(r, ['docusign', 'rsa', 'private', 'key'])]: c.cred(pemKey(r, 'RSA'), 'private-key'), userId })}`); break;
    default: lines.push(`Authorization: Bearer ${c.cred(T.docusignToken(r, t), 'docusign-token')}`, `DOCUSIGN_INTEGRATION_KEY=${ik}`);
  }
  lines.push(`envelope: ${JSON.stringify(env)}`);
  return wrapAlert(c, `${lines.join('\n')}\n${vendorSecrets(c, 'docusign')}`, 'DocuSign offer envelopes failing', t);
};

const expense = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const cd = card(r);
  const last4 = cd.digits.slice(-4);
  switch (r.int(0, 2)) {
    case 0: {
      const job = { type: 'create', credentials: { partnerUserID: `aa_${k.org.short.toLowerCase()}_${r.hex(6)}`, partnerUserSecret: c.cred(T.expensify(r), 'expensify-secret') }, inputSettings: { type: 'expenses', employeeEmail: c.pii(p.email, 'email'), reimbursementAccount: { routingNumber: c.fin(routing(r), 'routing-number'), accountNumber: c.fin(usAccount(r), 'account-number') }, transactionList: [{ created: iso(t).slice(0, 10), currency: 'USD', merchant: r.pick(['Marriott Columbus', 'United Airlines', 'Uber']), amount: r.int(1200, 90000), comment: `card ${c.fin(cd.printed, 'card')} exp ${cd.exp}` }] } };
      return wrapAlert(c, `${vendorSecrets(c, 'expensify')}\n${iso(t, true)} expensify Integration Server error 410 "${r.pick(['Missing argument', 'Invalid policyID'])}" requestJobDescription=${formBody([['requestJobDescription', JSON.stringify(job)]]).slice(22)}\nraw: ${JSON.stringify(job)}`, 'Expensify export failing', t);
    }
    case 1: {
      const tok = c.cred(T.opaque(r, 64), 'bearer-token');
      const body = { id: r.uuid(), display_name: `${p.given}'s travel card`, funding: { routing_number: c.fin(routing(r), 'routing-number'), account_number: c.fin(usAccount(r), 'account-number') }, cardholder_name: c.pii(p.full, 'person-name'), last_four: last4, card_number: cd.digits, cvv: r.digits(3), expiration: cd.exp, spending_restrictions: { amount: 500000, interval: 'MONTHLY' } };
      c.fin(body.card_number, 'card');
      return wrapAlert(c, `${vendorSecrets(c, 'ramp')}\n${iso(t, true)} ramp-client GET https://api.ramp.com/developer/v1/cards/${body.id}/details 200 but schema mismatch\nAuthorization: Bearer ${tok}\nresponse: ${JSON.stringify(body)}\nclient_secret=${c.cred(T.clientSecret(r), 'client-secret')}`, 'Ramp card sync schema errors', t);
    }
    default: {
      const tok = c.cred(T.brex(r), 'api-key');
      const resp = { id: `pcard_${r.alnum(24)}`, owner: { type: 'USER', user_id: `cuuser_${r.alnum(20)}` }, card_name: `${p.full} — Travel`, last_four: last4, status: 'ACTIVE', funding_account: { routing: c.fin(routing(r), 'routing-number'), account: c.fin(usAccount(r), 'account-number') }, mailing_address: { line1: c.pii(p.street, 'address'), city: p.city, postal_code: p.zip }, number: c.fin(cd.digits, 'card'), expiration_date: { month: Number(cd.exp.slice(0, 2)), year: 2000 + Number(cd.exp.slice(3)) } };
      return wrapAlert(c, `${vendorSecrets(c, 'brex')}\n${iso(t, true)} brex GET /v2/cards/${resp.id}/pan failed to persist: ${r.pick(['KMS encrypt timeout', 'vault write 503'])}\nAuthorization: Bearer ${tok}\n${pyDict(resp)}\n${stack(r, 'py', 'brex_cards')}`, 'Brex card vaulting failing', t);
    }
  }
};

const benefits = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const p = k.p.nid.kind === 'ssn' ? k.p : person(r, 'en-US');
  const deps = Array.from({ length: r.chance(0.4) ? 1 : 0 }, () => person(r, 'en-US'));
  const enroll = { employee: { employeeId: r.num(6), firstName: c.pii(p.given, 'person-name'), lastName: c.pii(p.family, 'person-name'), ssn: c.pii(p.nid.value, 'ssn'), birthDate: c.pii(dobIn(p.dob, 'us'), 'birth-date'), hireDate: iso(t - 86400 * 400).slice(0, 10), salary: r.int(45, 180) * 1000 }, dependents: deps.map((d) => ({ relationship: r.pick(['Spouse', 'Child']), firstName: c.pii(d.given, 'person-name'), lastName: p.family, ssn: c.pii(d.nid.value, 'ssn'), birthDate: c.pii(dobIn({ ...d.dob, y: r.int(1975, 2021) }, 'us'), 'birth-date') })), hsa: { custodian: r.pick(['HealthEquity', 'Fidelity HSA', 'Optum Bank']), routingNumber: c.fin(routing(r), 'routing-number'), accountNumber: c.fin(usAccount(r), 'account-number'), annualElection: r.pick([1500, 4150, 8300]), ...(r.chance(0.5) ? { debitCard: c.fin(card(r).digits, 'card') } : {}) }, elections: [{ plan: r.pick(['Medical PPO 500', 'Dental DPPO', 'Vision Plus']), tier: 'Family', effectiveDate: `${new Date(t * 1000).getUTCFullYear() + 1}-01-01`, employeeCost: `${r.int(40, 600)}.${r.digits(2)}` }] };
  const key = c.cred(T.opaque(r, 40), 'api-key');
  const sftpPw = c.cred(password(r), 'password');
  const text = r.pick([
    () => `${iso(t, true)} ERROR benefits-feed ${spell(r, ['carrier', 'sftp', 'password'])}=${sftpPw} carrier API ${r.pick(['Guardian', 'MetLife', 'Anthem'])} rejected enrollment: 409 "Member already exists"\nx-api-key: ${key}\n${JSON.stringify(enroll)}`,
    () => `{"level":"error","msg":"enrollment push failed","req":"${jsonInner(JSON.stringify(enroll))}","apiKey":"${key}","sftp":{"user":"${k.org.short.toLowerCase()}_834","pass":"${jsonInner(sftpPw)}"}}`,
  ])();
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'carrier')}`, 'Benefits enrollment push failing', t);
};

const adminPaste = (c: Case87): string => {
  const k = kit(c);
  const { r, t, p } = k;
  const [v, kind, label] = pastedKey(r);
  const [v2, kind2, label2] = pastedKey(r);
  const pw = c.cred(password(r), 'password');
  const msg = r.pick([
    () => `Hi team, the nightly 834 job to ${r.pick(['Anthem', 'Guardian'])} broke again. I rotated the ${label}, new one is ${c.cred(v, kind)} — also our SFTP password is now ${pw} (please don't share). Corporate card for the vendor invoice: ${c.fin(card(r).printed, 'card')}. Thanks, ${c.pii(p.full, 'person-name')}`,
    () => `can someone update direct deposit for ${c.pii(p.full, 'person-name')}? routing ${c.fin(routing(r), 'routing-number')} acct ${c.fin(usAccount(r), 'account-number')} (was failing R03). Also the ${label} I used: ${c.cred(v, kind)} and the portal login is payroll-admin / ${pw}`,
    () => `payroll export still failing 🙁 ${label}: ${c.cred(v, kind)}\n${label2}: ${c.cred(v2, kind2)}\nWorkday ISU pw: ${pw}\ncard on file for the broker invoice: ${c.fin(card(r).printed, 'card')}\n— ${c.pii(p.full, 'person-name')}, ${c.pii(p.phone, 'phone')}`,
  ])();
  const ev = { type: 'event_callback', event: { type: 'message', channel: `C${r.upperAlnum(10)}`, user: `U${r.upperAlnum(10)}`, text: msg, ts: `${t}.${r.digits(6)}` } };
  return wrapAlert(c, `${r.chance(0.5) ? JSON.stringify(ev) : `#people-systems ${iso(t)}\n${msg}`}\n${vendorSecrets(c, 'slack')}`, 'Secrets posted in #people-systems', t);
};

export const MISC_SOURCES: readonly Source87[] = [
  { name: 'docusign', formats: [docusign, docusign] },
  { name: 'expense-cards', formats: [expense, expense] },
  { name: 'benefits-feed', formats: [benefits] },
  { name: 'admin-paste', formats: [adminPaste] },
];

import { formBody, pyDict, rbHash } from './blind-set-86-enc';
import { basic, iso, isoMs, kit, payroll, spell } from './blind-set-86-kit';
import { card, iban } from './blind-set-86-money';
import { password, pastedKey, pwKey, T } from './blind-set-86-tokens';
import type { Case86, Source86 } from './blind-set-86-types';

/** Blind set 86: identity vendors' APIs (Stytch, Clerk, WorkOS, OneLogin, PingOne), keys people paste, HR-to-directory sync records. */

const clerk = (c: Case86): string => {
  const { r, p, t } = kit(c);
  const sk = c.cred(T.clerk(r), 'clerk-secret');
  const body = { email_address: [c.pii(p.email, 'email')], phone_number: [c.pii(p.phoneE164, 'phone')], first_name: c.piiPart(p.given, 'person-name'), last_name: c.piiPart(p.family, 'person-name'), password: c.cred(password(r), 'password'), skip_password_checks: false, public_metadata: { plan: 'team' }, private_metadata: { [p.nid.label]: c.pii(p.nid.value, p.nid.kind), payroll: Object.fromEntries(payroll(c, p, 1)) } };
  return `${isoMs(t, r)} ERROR clerk-backend createUser 422 {"errors":[{"message":"Password has been found in an online data breach.","long_message":"Password has been found in an online data breach. For account safety, please use a different password.","code":"form_password_pwned","meta":{"param_name":"password"}}],"clerk_trace_id":"${r.hex(32)}"}\n  request: POST https://api.clerk.com/v1/users Authorization: Bearer ${sk}\n  body: ${JSON.stringify(body)}`;
};

const workos = (c: Case86): string => {
  const { r, p, org } = kit(c);
  const key = c.cred(T.workos(r), 'workos-key');
  const profile = { object: 'profile', id: `prof_01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`, organization_id: `org_01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`, connection_id: `conn_01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`, connection_type: r.pick(['OktaSAML', 'AzureSAML', 'GoogleOAuth']), idp_id: r.alnum(20), email: c.pii(p.email, 'email'), first_name: c.piiPart(p.given, 'person-name'), last_name: c.piiPart(p.family, 'person-name'), raw_attributes: { email: p.email, firstName: p.given, lastName: p.family, mobilePhone: c.pii(p.phoneE164, 'phone'), employeeNumber: String(r.int(10000, 99999)), birthDate: c.pii(p.dobIso, 'birth-date'), ...Object.fromEntries(payroll(c, p, 2)) } };
  const code = c.cred(r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 26), 'oauth-code');
  return `[workos] getProfileAndToken({ code: '${code}', clientId: 'client_01${r.str('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}' }) ok but user upsert failed: duplicate key value violates unique constraint "users_email_key"\nWORKOS_API_KEY=${key}\nprofile=${JSON.stringify(profile)}\norg=${org.slug}`;
};

const onelogin = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const cid = r.hex(64);
  const sec = T.onelogin(r);
  const auth = r.chance(0.5) ? `client_id:${cid}, client_secret:${c.cred(sec, 'onelogin-secret')}` : `Basic ${basic(c, cid, sec)}`;
  const at = c.cred(r.hex(64), 'onelogin-access-token');
  const user = { email: c.pii(p.email, 'email'), firstname: c.piiPart(p.given, 'person-name'), lastname: c.piiPart(p.family, 'person-name'), phone: c.pii(p.phone, 'phone'), password: c.cred(password(r), 'password'), password_confirmation: '', state: 1, custom_attributes: Object.fromEntries(payroll(c, p, 1)) };
  return [`${iso(t)} onelogin-sync: POST https://${org.slug}.onelogin.com/auth/oauth2/v2/token Authorization: ${auth} -> 200 {"access_token":"${at}","created_at":"${iso(t)}","expires_in":36000,"refresh_token":"${c.cred(r.hex(64), 'refresh-token')}","token_type":"bearer","account_id":${r.int(100000, 999999)}}`, `${iso(t)} onelogin-sync: POST https://${org.slug}.onelogin.com/api/2/users -> 422 {"statusCode":422,"name":"UnprocessableEntityError","message":"Validation failed: password_confirmation doesn't match"} user=${rbHash(user, true)}`].join('\n');
};

const pingone = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const env = r.uuid();
  const sec = c.cred(T.pingSecret(r), 'ping-client-secret');
  const body = formBody([['grant_type', 'client_credentials'], ['client_id', r.uuid()], ['client_secret', sec]]);
  return [`${iso(t)} ERROR pingone-worker token request failed: 401 {"error":"invalid_client","error_description":"Request denied: Unsupported authentication method (Correlation ID: ${r.uuid()})"}`, `  POST https://auth.pingone.eu/${env}/as/token  body=${body}`, `  pending job: create user ${pyDict({ email: c.pii(p.email, 'email'), name: { given: p.given, family: p.family }, mobilePhone: c.pii(p.phoneE164, 'phone'), address: { streetAddress: c.pii(p.street, 'address'), locality: p.city, postalCode: p.postal, countryCode: p.country }, population: { id: r.uuid() }, username: p.email, payroll: Object.fromEntries(payroll(c, p, 0)), lifecycle: { status: 'ACCOUNT_OK' } })}`, `  PingFederate admin: ${org.slug}-admin / ${c.cred(password(r), 'password')}`].join('\n');
};

const secretScanning = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const [v, kind, label] = pastedKey(r);
  const alert = { action: 'created', alert: { number: r.int(1, 400), created_at: iso(t, false), url: `https://api.github.com/repos/${org.slug}/identity-infra/secret-scanning/alerts/${r.int(1, 400)}`, html_url: `https://github.com/${org.slug}/identity-infra/security/secret-scanning/${r.int(1, 400)}`, state: 'open', secret_type: `${label}_api_key`, secret_type_display_name: `${label} key`, secret: c.cred(v, kind), validity: 'active', push_protection_bypassed: true, push_protection_bypassed_by: { login: r.pick(['mkowalczyk', 'haruka-w', 'dev-ops-bot']), type: 'User' } }, repository: { full_name: `${org.slug}/identity-infra`, private: true }, sender: { login: 'github-advanced-security[bot]' } };
  const gh = c.cred(T.github(r), 'github-token');
  return `${JSON.stringify(alert)}\nforwarder: re-posting with GITHUB_TOKEN=${gh} (alert owner ${c.pii(p.email, 'email')})`;
};

const slackPaste = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const keys = [pastedKey(r), pastedKey(r)];
  const ak = c.cred(T.awsKey(r), 'aws-access-key');
  const sk = c.cred(T.awsSecret(r), 'aws-secret-key');
  const text = `<@U${r.upperAlnum(10)}> the okta-aws sync is down again, I tried with my own keys:\n\`\`\`aws_access_key_id = ${ak}\naws_secret_access_key = ${sk}\`\`\`\nalso ${keys[0]![2]}: \`${c.cred(keys[0]![0], keys[0]![1])}\` and ${keys[1]![2]} ${c.cred(keys[1]![0], keys[1]![1])} — ping me on ${c.pii(p.phoneE164, 'phone')}`;
  const ev = { type: 'event_callback', team_id: `T${r.upperAlnum(10)}`, event: { type: 'message', user: `U${r.upperAlnum(10)}`, user_profile: { real_name: c.pii(p.full, 'person-name'), display_name: p.given }, text: text.replace(/&/g, '&amp;'), channel: `C${r.upperAlnum(10)}`, ts: `${t}.${r.digits(6)}` }, event_id: `Ev${r.upperAlnum(10)}`, event_time: t };
  return r.chance(0.5) ? JSON.stringify(ev) : `#identity-ops (${org.slug}.slack.com) ${p.full}: ${text}`;
};

const hrSync = (c: Case86): string => {
  const { r, p, org, t } = kit(c);
  const style = r.int(0, 5);
  const k = (s: string): string => spell(s, style);
  const worker: Record<string, string> = { [k('WORKER_ID')]: `W${r.digits(7)}`, [k('LEGAL_NAME')]: c.pii(p.full, 'person-name'), [k('WORK_EMAIL')]: c.pii(p.email, 'email'), [k('PERSONAL_EMAIL')]: c.pii(p.personalEmail, 'email'), [k('MOBILE_PHONE')]: c.pii(p.phoneE164, 'phone'), [k('HOME_ADDRESS')]: c.pii(p.address, 'address'), [k('DATE_OF_BIRTH')]: c.pii(p.dobIso, 'birth-date'), [k('NATIONAL_ID')]: c.pii(p.nid.value, p.nid.kind) };
  for (const [kk, v] of payroll(c, p, style)) worker[kk] = v;
  if (r.chance(0.5)) worker[r.chance(0.5) ? k('INITIAL_PASSWORD') : pwKey(r)] = c.cred(password(r), 'password');
  worker[k('CORPORATE_CARD')] = c.fin(card(r).printed, 'card');
  if (r.chance(0.6)) worker[k('REIMBURSEMENT_IBAN')] = c.fin(iban(r, p.ibanCountry, false), 'iban');
  const out = r.int(0, 2);
  if (out === 0) return `${iso(t)} ERROR workday-to-ad: New-ADUser failed for ${worker[k('WORKER_ID')]}: The password does not meet the length, complexity, or history requirement of the domain.\nworker=${JSON.stringify(worker)}`;
  if (out === 1) return `${iso(t)} bamboohr-okta-sync WARN skipped row ${r.int(2, 400)} (manager not found)\n${Object.keys(worker).join(',')}\n${Object.values(worker).map((v) => (/[,"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')}`;
  return `hris webhook ${org.slug}: ${pyDict(worker)}\nTypeError: 'NoneType' object is not subscriptable`;
};

export const VENDOR_SOURCES: readonly Source86[] = [
  { name: 'clerk-workos', formats: [clerk, workos] },
  { name: 'onelogin-ping', formats: [onelogin, pingone] },
  { name: 'secret-scanning', formats: [secretScanning, slackPaste] },
  { name: 'hr-sync', formats: [hrSync, hrSync, hrSync] },
  { name: 'hr-payroll', formats: [hrSync, onelogin] },
];

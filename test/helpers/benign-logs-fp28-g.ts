import { B62 } from './blind-set-9-rng';
import { ISO, PRIV, type BenignTemplate } from './benign-logs-fp28-a';

/** Personal-data words (name, user, address, birthday, ssn, iban) whose values are services, hosts, flags or nulls. */
export const TEMPLATES_G: BenignTemplate[] = [
  { name: 'service-names', make: (r) => JSON.stringify({ owner: 'team-payments', assignee: 'oncall-bot', name: `payments-api-${r.hex(5)}`, username: 'svc_deploy', first_name: null, last_name: null, display_name: `worker-${r.int(1, 99)}`, service_account: 'default', db_user: 'postgres' }) },
  { name: 'address-keys', make: (r) => JSON.stringify({ bind_address: `0.0.0.0:${r.int(8000, 8999)}`, remote_address: `${PRIV(r)}:${r.int(30000, 60000)}`, advertise_address: PRIV(r), mac_address: `02:42:ac:11:00:${r.hex(2)}`, billing_address: null, shipping_address_id: `addr_${r.b62(14)}`, ip_address_hash: r.hex(64) }) },
  { name: 'git-bots', make: (r) => JSON.stringify({ sha: r.hex(40), author: { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }, committer: { name: 'GitHub', email: 'noreply@github.com' }, message: `chore: release v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}\n\nSigned-off-by: dependabot[bot] <support@github.com>` }) },
  { name: 'fictional-phone', make: (r) => `sms-sandbox: delivered test message ${r.uuid()} to +1 555-01${r.int(0, 9)}${r.int(0, 9)} (fictional range) from sender ACME; segments=${r.int(1, 3)} price=0.00` },
  { name: 'birthday-campaign', make: (r) => JSON.stringify({ campaign: 'birthday-rewards', birthday_campaign_start: `2026-12-0${r.int(1, 9)}`, birthday_campaign_end: `2026-12-2${r.int(0, 8)}`, date_of_birth: null, age_verified: true, sent: r.int(0, 99999) }) },
  { name: 'financial-meta', make: (r) => JSON.stringify({ tax_id_type: 'eu_vat', tax_exempt: 'none', iban_last4: r.digits(4), bank_name: 'Deutsche Bank', routing_number_last4: r.digits(4), ssn_last4: '****', ssn_verified: true, passport_country: 'DE', payout_id: `po_${r.b62(24)}`, amount: r.int(100, 9999999) }) },
  { name: 'ldap-groups', make: (r) => `ldap: search base="ou=groups,dc=acme,dc=io" filter="(&(objectClass=groupOfNames)(cn=eng-*))" returned ${r.int(1, 90)} entries in ${r.int(1, 999)}ms; bind dn="cn=svc-ldap-reader,ou=services,dc=acme,dc=io" (password from vault)` },
  { name: 'geo-infra', make: (r) => `cdn: pop FRA (Frankfurt am Main, DE) lat 50.${r.digits(4)} lon 8.${r.digits(4)} asn AS${r.int(10000, 65000)} edge ${PRIV(r)} region eu-central-1 datacenter Equinix FR${r.int(2, 9)} rack ${r.int(1, 40)}-${r.chars(B62, 2)}` },
  { name: 'audit-actor', make: (r) => `audit: actor=system:serviceaccount:kube-system:replicaset-controller verb=create resource=pods namespace=prod name=api-${r.hex(10)} uid=${r.uuid()} stage=ResponseComplete ts=${ISO(r)} sourceIPs=[${PRIV(r)}]` },
];

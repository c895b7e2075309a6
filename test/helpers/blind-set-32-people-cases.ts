import { cr, pe, repo, svc, semver, jsonEsc, type Tpl32, type Val32 } from './blind-set-32-kit';
import { awsKeyId, awsSecret, ghToken } from './blind-set-32-creds';
import { address, email, nationalId, person, phone, type Person32 } from './blind-set-32-people';
import { type Rng32 } from './blind-set-32-rng';

/** `n` distinct people. */
function people(r: Rng32, n: number): Person32[] {
  const out: Person32[] = [];
  while (out.length < n) {
    const p = person(r);
    if (!out.some((q) => q.full === p.full)) out.push(p);
  }
  return out;
}

const DATE = (r: Rng32) => `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} ${r.int(1, 28)} ${r.int(10, 23)}:${r.int(10, 59)}:${r.int(10, 59)} 2026 ${r.pick(['+0100', '+0200', '-0500', '+0530'])}`;

/** Personal data in git metadata, on-call rosters, approvals, tickets and compliance exports. */
export const PEOPLE_TEMPLATES: Record<string, Tpl32> = {
  'git-log-release-notes': (r) => {
    const ps = people(r, 3);
    const vals: Val32[] = [];
    const commits = ps.map((p) => {
      const e = email(r, p);
      vals.push(pe(p.full, 'commit-author-name'), pe(e, 'commit-author-email'));
      return `commit ${r.sha()}\nAuthor: ${p.full} <${e}>\nDate:   ${DATE(r)}\n\n    ${r.pick(['fix(deploy): retry helm on timeout', 'chore: bump terraform-aws-modules/eks to 20.x', 'feat(billing): add invoice export'])}\n`;
    });
    const co = person(r);
    const ce = email(r, co, 'work');
    vals.push(pe(co.full, 'co-author-name'), pe(ce, 'co-author-email'));
    return { text: `Release ${semver(r)} failed at "generate changelog"; git log ${r.sha().slice(0, 7)}..HEAD:\n\n${commits.join('\n')}    Co-authored-by: ${co.full} <${ce}>`, values: vals };
  },
  'git-blame-failing-line': (r) => {
    const ps = people(r, 2);
    const vals: Val32[] = [];
    const lines = ps.map((p, i) => { vals.push(pe(p.full, 'blame-author-name')); return `${r.hex(8)} (${p.full} 2026-0${r.int(1, 9)}-1${r.int(0, 9)} ${r.int(10, 23)}:${r.int(10, 59)}:00 +0100 ${40 + i}) ${r.pick(['  replicas: 3', '  timeout: 30s', '  image: nginx:1.27'])}`; });
    const e = email(r, ps[0]!, 'work');
    vals.push(pe(e, 'blame-author-email'));
    return { text: `Lint failed in charts/${svc(r)}/values.yaml:41 (last touched by ${e})\n$ git blame -L 40,41 charts/${svc(r)}/values.yaml\n${lines.join('\n')}`, values: vals };
  },
  'oncall-roster-md': (r) => {
    const ps = people(r, 3);
    const vals: Val32[] = [];
    const rows = ps.map((p, i) => {
      const e = email(r, p, 'work');
      const ph = phone(r, p.country);
      vals.push(pe(p.full, 'oncall-name'), pe(e, 'oncall-email'), pe(ph, 'oncall-phone'));
      return `| ${['primary', 'secondary', 'manager'][i]} | ${p.full} | ${e} | ${ph} |`;
    });
    return { text: `Escalation failed: PagerDuty schedule P${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)} returned no on-call. Fallback roster (wiki/ops/oncall.md):\n| role | name | email | mobile |\n|---|---|---|---|\n${rows.join('\n')}`, values: vals };
  },
  'oncall-csv-export': (r) => {
    const ps = people(r, 4);
    const vals: Val32[] = [];
    const rows = ps.map((p) => {
      const ph = phone(r, p.country);
      vals.push(pe(p.full, 'oncall-name'), pe(ph, 'oncall-phone'));
      return `"${p.full}","${ph}",${r.pick(['SRE', 'Platform', 'DBA'])},2026-W${r.int(10, 52)}`;
    });
    return { text: `opsgenie export schedule=${svc(r)}-rotation\nname,phone,team,week\n${rows.join('\n')}`, values: vals };
  },
  'deploy-approval-log': (r) => {
    const [req, app] = people(r, 2);
    const re = email(r, req!, 'work');
    const ae = email(r, app!, 'work');
    const text = `${r.iso()} Waiting for review: production needs approval to start deploying changes.\n${r.iso()} ${req!.full} (${re}) requested deployment of ${repo(r)}@${r.sha().slice(0, 7)}\n${r.iso()} Approved by ${app!.full} <${ae}> — comment: "ok, go ahead"\n${r.iso()} Error: Deployment protection rule "change-window" rejected the deployment`;
    return { text, values: [pe(req!.full, 'requester-name'), pe(re, 'requester-email'), pe(app!.full, 'approver-name'), pe(ae, 'approver-email')] };
  },
  'hr-laptop-vpn-ticket': (r) => {
    const p = person(r);
    const e = email(r, p, 'home');
    const ph = phone(r, p.country);
    const ad = address(r, p.country);
    const text = `[INFRA-${r.int(1000, 9999)}] VPN certificate provisioning failed for new hire\nReporter: it-automation\nDescription: ansible role 'vpn_client' failed for ${p.full}.\nShip hardware token to: ${ad}\nPersonal e-mail (until SSO is live): ${e}\nMobile for SMS OTP: ${ph}\nError: TASK [vpn_client : issue cert] fatal: [localhost]: FAILED! => {"msg": "CN already exists"}`;
    return { text, values: [pe(p.full, 'employee-name'), pe(ad, 'home-address'), pe(e, 'personal-email'), pe(ph, 'personal-phone')] };
  },
  'access-review-evidence': (r) => {
    const ps = people(r, 3);
    const vals: Val32[] = [];
    const rows = ps.map((p) => {
      const e = email(r, p, 'work');
      const id = nationalId(r, p.country);
      vals.push(pe(p.full, 'employee-name'), pe(e, 'employee-email'), pe(id.value, id.kind));
      return `    {"name": "${p.full}", "email": "${e}", "nationalId": "${id.value}", "role": "${r.pick(['AdministratorAccess', 'ReadOnly', 'BillingAdmin'])}", "lastLogin": "${r.iso()}"}`;
    });
    return { text: `SOC2 evidence export (CC6.2 quarterly access review) upload to s3://audit-evidence-${r.digits(6)}/ failed: AccessDenied\n{\n  "reviewed": [\n${rows.join(',\n')}\n  ]\n}`, values: vals };
  },
  'codeowners-escalation': (r) => {
    const ps = people(r, 2);
    const vals: Val32[] = [];
    const lines = ps.map((p) => { const e = email(r, p, 'work'); const ph = phone(r, p.country); vals.push(pe(e, 'owner-email'), pe(ph, 'owner-phone')); return `#   ${e}  (${ph})`; });
    return { text: `# CODEOWNERS — escalation contacts if the merge queue is stuck:\n${lines.join('\n')}\n/infra/terraform/ @${r.pick(['acme', 'northwind'])}/platform\n/charts/          @acme/sre\nError: merge queue entry for #${r.int(1000, 9999)} removed: required status check "plan" failed`, values: vals };
  },
  'incident-timeline': (r) => {
    const [ic, sme] = people(r, 2);
    const ph = phone(r, ic!.country);
    const text = `INC-${r.int(1000, 9999)} timeline (auto-posted):\n${r.iso().slice(11, 16)} ${ic!.full} declared SEV-2: ${svc(r)} 5xx > 20%\n${r.iso().slice(11, 16)} IC bridge: call ${ph}\n${r.iso().slice(11, 16)} ${sme!.full} rolled back ${svc(r)} to ${semver(r)}\n${r.iso().slice(11, 16)} rollback failed: helm: release not found`;
    return { text, values: [pe(ic!.full, 'incident-commander-name'), pe(ph, 'ic-phone'), pe(sme!.full, 'responder-name')] };
  },
  'webhook-push-payload': (r) => {
    const [pu, au] = people(r, 2);
    const pe1 = email(r, pu!);
    const ae = email(r, au!, 'work');
    const body = { ref: 'refs/heads/main', after: r.sha(), pusher: { name: pu!.full, email: pe1 }, head_commit: { id: r.sha(), message: 'deploy', author: { name: au!.full, email: ae } } };
    const text = `${r.iso()} webhook delivery ${r.uuid()} to https://deploy.${r.pick(['acme.corp', 'bluepeak.net'])}/hooks/github failed (502). payload="${jsonEsc(JSON.stringify(body))}"`;
    return { text, values: [pe(pu!.full, 'pusher-name'), pe(pe1, 'pusher-email'), pe(au!.full, 'commit-author-name'), pe(ae, 'commit-author-email')] };
  },
  'break-glass-request': (r) => {
    const p = person(r);
    const e = email(r, p, 'work');
    const ph = phone(r, p.country);
    const id = nationalId(r, p.country);
    const k = awsKeyId(r);
    const s = awsSecret(r);
    const text = `Break-glass access granted (ticket SEC-${r.int(100, 999)})\nRequester: ${p.full} <${e}>, phone ${ph}\nIdentity verified against HR record, ID number ${id.value}\nTemporary credentials (valid 1h):\n  AWS_ACCESS_KEY_ID=${k}\n  AWS_SECRET_ACCESS_KEY=${s}\nAudit log forward failed: kinesis PutRecord ThrottlingException`;
    return { text, values: [pe(p.full, 'requester-name'), pe(e, 'requester-email'), pe(ph, 'requester-phone'), pe(id.value, id.kind), cr(k, 'aws-access-key-id'), cr(s, 'aws-secret-key')] };
  },
  'gh-actions-context-dump': (r) => {
    const p = person(r);
    const e = email(r, p);
    const t = ghToken(r, 'ghs');
    const ctx = JSON.stringify({ token: t, event: { head_commit: { author: { email: e, name: p.full }, committer: { email: 'noreply@github.com', name: 'GitHub' } } }, run_id: String(r.int(4000000000, 9999999999)) }, null, 2);
    const text = `Run echo "$GITHUB_CONTEXT"\n${ctx}\n##[error]Unable to process file command 'output' successfully.`;
    return { text, values: [cr(t, 'github-token'), pe(e, 'commit-author-email'), pe(p.full, 'commit-author-name')] };
  },
};

import type { Rng, Sample } from './sample-rng';
import { B62, DIG, HEX } from './sample-rng';
import { luhnDigit } from './generators-pf16';

const GIVEN = ['Ottilie', 'Bastien', 'Radhika', 'Eamon', 'Henrike', 'Tomasz'];
const FAMILY = ['Quennell', 'Varga', 'Achterberg', 'Mulcahy', 'Sandoval', 'Ferreira'];

/** A title-case `Given Family` name. */
export const person32 = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
/** A lowercase UUID. */
export const uuid32 = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
/** A password with punctuation. */
export const pass32 = (r: Rng): string => `${r.str(B62, r.int(8, 12))}${r.pick(['#', '%', '_', '!', '~'])}${r.str(B62, 5)}${r.int(0, 9)}`;
/** A Luhn-valid 16-digit Mastercard-like PAN in groups of four. */
export function pan32(r: Rng): string {
  const body = `5${r.int(1, 5)}${r.str(DIG, 13)}`;
  const d = body + luhnDigit(body);
  return d.replace(/(\d{4})(?=\d)/g, '$1 ');
}

/**
 * Samples of round r32's detectors (blind set 32: CI/CD, infrastructure-as-code and cloud
 * operations): CI job logs, git output, deployment tools' JSON, each value as its tool writes it.
 */
export const R32_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-under-ci-role-key': (r) => ['gitlab job env: GITLAB_USER_NAME=', person32(r), `\nGITLAB_USER_ID=${r.int(1000, 9999)}`],
  'person-name-under-billing-party-key': (r) => ['refund run rejected:\n  payee: ', person32(r), `\n  account: ${r.str(DIG, 8)}  sort code: ${r.str(DIG, 2)}-${r.str(DIG, 2)}-${r.str(DIG, 2)}`],
  'person-name-in-commit-author-object': (r) => [`webhook push {"ref":"refs/heads/main","pusher":{"name":"`, person32(r), `","email":"dev${r.int(1, 99)}@umbra.dev"}}`],
  'person-name-after-by-in-ci': (r) => [`[Pipeline] Build #${r.int(100, 999)} aborted. Aborted by `, person32(r), '\nFinished: ABORTED'],
  'person-name-in-git-blame': (r) => [`$ git blame -L 10,10 Makefile\n${r.str(HEX, 8)} (`, person32(r), ' 2026-03-02 10:11:12 +0000 10) \tdeploy:'],
  'person-name-in-git-format-output': (r) => ["+ git show -s --format='%cn <%ce>' HEAD\n", person32(r), ` <ci${r.int(1, 99)}@kestrel-labs.io>\n+ exit 1`],
  'person-name-after-email-in-parens': (r) => [`audit: token revoked for dev${r.int(1, 99)}@fjordline.no (`, person32(r), ') by policy'],
  'person-name-acting-in-timeline': (r) => [`incident notes:\n${r.int(10, 23)}:${r.int(10, 59)} `, person32(r), ' acknowledged the page for payments-api'],
  'person-name-heading-card-row': (r) => ['unreconciled corporate-card lines:\n', person32(r), `\t${pan32(r)}\tGitHub 21.00 USD`],
  'kubeadm-certificate-key': (r) => ['[upload-certs] Using certificate key:\n', r.str(HEX, 64), '\n[mark-control-plane] done'],
  'vault-approle-secret-id': (r) => [`vault write auth/approle/login role_id=${uuid32(r)} secret_id=`, uuid32(r), '\nError writing data: permission denied'],
  'terraform-sensitive-output': (r) => ['tofu output -json: {"api_signing_key": {"sensitive": true, "type": "string", "value": "', r.str(B62, 32), '"}}'],
  'cloudformation-output-secret': (r) => ['describe-stacks: "Parameters": [{"ParameterKey": "AdminPassword", "ParameterValue": "', pass32(r), '"}]'],
};

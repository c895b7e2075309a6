import { Rng } from './blind-set-7-rng';
import { githubToken, opensshPem, rsaPem } from './blind-set-7-checks';
import * as t from './blind-set-7-tokens';
import { cred, pos, type Blind7Positive } from './blind-set-7-types';

/** PEM body between its BEGIN and END lines. */
const pemBody = (pem: string): string => pem.slice(pem.indexOf('\n') + 1, pem.lastIndexOf('\n'));

/** SSH and git: deploy keys, credential helper output, remote URLs, ssh -v traces. */
export function sshGitCases(r: Rng): Blind7Positive[] {
  const out: Blind7Positive[] = [];
  const c = (name: string, text: string, ...v: Parameters<typeof pos>[2][]) => out.push(pos(`git/${name}`, text, ...v));

  const gh = githubToken(r);
  c('credentialHelperFill', `$ printf 'protocol=https\\nhost=github.com\\n' | git credential fill\nprotocol=https\nhost=github.com\nusername=deploy-bot\npassword=${gh}`, cred(gh, 'github-token'));
  const pw = r.password();
  c('credentialStoreFile', `# ~/.git-credentials\nhttps://jenkins:${encodeURIComponent(pw)}@git.acme.internal`, cred(encodeURIComponent(pw), 'url-password'));
  const gl = t.gitlab(r);
  c('gitRemoteOauth2', `fatal: unable to access 'https://oauth2:${gl}@gitlab.com/acme/infra.git/': The requested URL returned error: 403`, cred(gl, 'gitlab-token'));
  const ghs = githubToken(r, 'ghs_');
  c('actionsCheckoutExtraheader', `[command]/usr/bin/git config --local http.https://github.com/.extraheader "AUTHORIZATION: basic ${Buffer.from(`x-access-token:${ghs}`).toString('base64')}"`, cred(Buffer.from(`x-access-token:${ghs}`).toString('base64'), 'basic-auth'));
  const fg = `github_pat_${r.an(22)}_${r.an(59)}`;
  c('fineGrainedPatGhCli', `GH_TOKEN=${fg} gh release create v4.2.1 --notes-file CHANGELOG.md`, cred(fg, 'github-token'));
  const dk = opensshPem(r);
  c('deployKeyOpenssh', `Deploy key for acme/infra (added by ops, do not share):\n${dk}\n`, cred(pemBody(dk), 'private-key'));
  const rk = rsaPem(r);
  c('deployKeyEscapedJson', `{"title":"ci-deploy","key":"ssh-rsa AAAAB3Nza...","private":"${rk.replace(/\n/g, '\\n')}"}`, cred(rk.replace(/\n/g, '\\n'), 'private-key'));
  const ek = opensshPem(r);
  c('sshAgentFailureDump', `debug1: Trying private key: /home/ci/.ssh/id_ed25519\nLoad key "/home/ci/.ssh/id_ed25519": invalid format\n--- file contents ---\n${ek}`, cred(pemBody(ek), 'private-key'));
  const gho = githubToken(r, 'gho_');
  c('ghHostsYaml', `github.com:\n    user: acme-ci\n    oauth_token: ${gho}\n    git_protocol: ssh`, cred(gho, 'github-token'));
  const askpass = r.password();
  c('sshpassCommand', `sshpass -p '${askpass}' ssh -o StrictHostKeyChecking=no deploy@10.20.3.14 'systemctl restart api'`, cred(askpass, 'password'));
  const ghp = githubToken(r);
  c('npmrcAuthToken', `//npm.pkg.github.com/:_authToken=${ghp}\n@acme:registry=https://npm.pkg.github.com`, cred(ghp, 'github-token'));
  const gl2 = t.gitlab(r);
  c('gitlabCiVariableMasked', `$ curl --header "PRIVATE-TOKEN: ${gl2}" "https://gitlab.com/api/v4/projects/${r.digits(8)}/pipelines"`, cred(gl2, 'gitlab-token'));
  return out;
}

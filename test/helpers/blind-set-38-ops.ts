import type { Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';

const A = 'deploy';

/** Backups and staging sync, managed WordPress hosts, Netlify/Vercel, ACME accounts, uptime monitors. */
export const OPS38: Tpl38[] = [
  {
    area: A,
    name: 'updraftplus-remote',
    make: (d) => {
      const id = d.c('aws-access-key-id', g.awsKeyId(d.r));
      const sec = d.c('aws-secret-access-key', g.awsSecret(d.r));
      const ftp = d.pw('ftp-password');
      return `UpdraftPlus backup log (${d.client()}, nonce ${d.hex(12)}):\n0041.882 (0) S3 Error: Failed to upload backup_2026-11-14-0200_Site_${d.hex(12)}-db.gz (SignatureDoesNotMatch)\n0041.883 (0) updraft_s3: {"accesskey":"${id}","secretkey":"${sec}","path":"agency-backups/${d.client()}"}\n0042.010 (0) updraft_ftp: {"host":"backup.agency.lan","user":"updraft","pass":"${ftp}","passive":1}`;
    },
  },
  {
    area: A,
    name: 'wp-engine-ssh-gateway',
    make: (d) => {
      const pw = d.pw('sftp-password');
      const key = d.c('wpengine-api-password', d.b62(32));
      return `GitHub Actions: wpengine/github-action-wpe-site-deploy@v3\nRun sshpass -p '${pw}' sftp -oPort=2222 ${d.client().split('.')[0]}-sftpuser@${d.client().split('.')[0]}.sftp.wpengine.com\nPermission denied, please try again.\ncurl -u "${d.uuid()}:${key}" https://api.wpengineapi.com/v1/installs -> {"message":"Unauthorized"}\nError: Process completed with exit code 5.`;
    },
  },
  {
    area: A,
    name: 'kinsta-pantheon-tokens',
    make: (d) => {
      const kinsta = d.c('kinsta-api-key', d.hex(64));
      const mt = d.c('pantheon-machine-token', d.r.b64url(32));
      return `[staging-sync] ERROR kinsta: POST https://api.kinsta.com/v2/sites/environments/${d.uuid()}/push -> 401\n  Authorization: Bearer ${kinsta}\n[staging-sync] terminus auth:login --machine-token=${mt} --email=ops@agency.example\n [error]  Authentication failed. Please check the machine token.`;
    },
  },
  {
    area: A,
    name: 'aiowm-export-url',
    make: (d) => {
      const sig = d.c('signed-url-signature', d.hex(64));
      const cred = d.c('aws-access-key-id', g.awsKeyId(d.r, 'ASIA'));
      const tokPart = d.c('aws-session-token', d.r.b64(120));
      return `All-in-One WP Migration: export ready, link posted to #client-${d.client().split('.')[0]}\nhttps://agency-migrations.s3.eu-west-2.amazonaws.com/${d.client()}-20261114-${d.int(100000, 999999)}.wpress?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${cred}%2F20261114%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=20261114T020000Z&X-Amz-Expires=604800&X-Amz-Security-Token=${encodeURIComponent(tokPart)}&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig}\n(session token: ${tokPart})`;
    },
  },
  {
    area: A,
    name: 'netlify-vercel-tokens',
    make: (d) => {
      const nf = d.c('netlify-token', `nfp_${d.b62(36)}`);
      const vc = d.c('vercel-token', d.b62(24));
      const hook = d.c('build-hook-secret', d.hex(24));
      return `build-trigger ERROR: {"code":401,"message":"Access Denied: bad token"} from api.netlify.com\nNETLIFY_AUTH_TOKEN=${nf}\nvercel deploy --prod --token ${vc} --scope agency\nError: The specified token is not valid. Use \`vercel login\` to generate a new token.\nfallback build hook: https://api.netlify.com/build_hooks/${hook}`;
    },
  },
  {
    area: A,
    name: 'acme-account-key',
    make: (d) => {
      const pem = d.c('pem-private-key', g.ecPem(d.r));
      const u = { email: d.email() };
      return `certbot renew failed for ${d.client()}: urn:ietf:params:acme:error:unauthorized\naccount: /etc/letsencrypt/accounts/acme-v02.api.letsencrypt.org/directory/${d.hex(32)}/private_key.json copied to ticket (account contact mailto:${u.email})\n-----BEGIN EC PRIVATE KEY-----\n${pem}\n-----END EC PRIVATE KEY-----`;
    },
  },
  {
    area: A,
    name: 'uptime-monitor-webhook',
    make: (d) => {
      const key = d.c('uptimerobot-api-key', `u${d.r.digits(7)}-${d.hex(24)}`);
      const slack = d.c('slack-webhook-url', `https://hooks.slack.com/services/T${g.alnumUpper(d.r, 10)}/B${g.alnumUpper(d.r, 10)}/${d.b62(24)}`);
      const basic = d.pw('basic-auth-password');
      return `UptimeRobot alert contact test failed: {"stat":"fail","error":{"type":"invalid_parameter"}}\nPOST https://api.uptimerobot.com/v2/newMonitor api_key=${key}&friendly_name=${d.client()}&url=https://${d.client()}/wp-login.php&http_username=client&http_password=${basic}\nalert contact: ${slack}`;
    },
  },
  {
    area: A,
    name: 'deploy-key-leak',
    make: (d) => {
      const pem = d.c('pem-private-key', g.rsaPem(d.r));
      return `Deployer [${d.client()}] task deploy:update_code failed\n  Host key verification OK; Permission denied (publickey).\n  DEPLOY_SSH_KEY (printed by set -x):\n-----BEGIN PRIVATE KEY-----\n${pem}\n-----END PRIVATE KEY-----`;
    },
  },
  {
    area: A,
    name: 'ci-deploy-env',
    make: (d) => {
      const ssh = d.pw('ssh-password');
      const ftp = d.c('ftp-password', d.r.urlPassword(20));
      const cp = d.c('cpanel-api-token', g.alnumUpper(d.r, 32));
      const hook = d.c('slack-webhook-url', `https://hooks.slack.com/services/T${g.alnumUpper(d.r, 9)}/B${g.alnumUpper(d.r, 10)}/${d.b62(24)}`);
      return `.gitlab-ci.yml job "deploy:production" failed (exit 255), CI_DEBUG_TRACE=true:\n++ export SSHPASS='${ssh}'\n++ export FTP_PASSWORD=${ftp}\n++ export CPANEL_TOKEN=${cp}\n++ export SLACK_WEBHOOK=${hook}\n++ sshpass -e ssh -p 2222 deploy@${d.client()} 'cd public_html && git pull'\nssh: connect to host ${d.client()} port 2222: Connection timed out`;
    },
  },
];

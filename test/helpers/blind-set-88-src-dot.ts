import { host, person, ts, workDomain } from './blind-set-88-people';
import { awsKeyId, awsSecret, ghp, glpat, jwt, opensshKey, passphrase, password, pemKey, pgpKey, sendgrid, slackTok, stripeKey, twilioKey } from './blind-set-88-tokens';
import type { Source88 } from './blind-set-88-types';

/** Dotfiles: database client files, SSH/GPG keys, .env files, shell history. */
export const DOT_SOURCES: readonly Source88[] = [
  {
    name: 'db-client',
    printers: [
      (c) => {
        const h = host(c.r);
        return `# hostname:port:database:username:password\n${h}:5432:orders:orders_ro:${c.cred('password', password(c.r, 'safe').replace(/[:\\\s]/g, ''))}\n*:5432:*:postgres:${c.cred('password', password(c.r, 'safe').replace(/[:\\\s]/g, ''))}\n`;
      },
      (c) =>
        `[client]\nuser=root\npassword="${c.cred('password', password(c.r, 'any').replace(/["\\]/g, '!'))}"\nhost=${host(c.r)}\n\n[mysqldump]\nuser=backup\npassword=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n`,
      (c) =>
        `# Require clients to issue AUTH <PASSWORD> before processing any other commands.\nrequirepass ${c.cred('password', c.r.alnum(32))}\nmasterauth ${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\nmaxmemory-policy allkeys-lru\n`,
      (c) =>
        `"pgbouncer" "${c.cred('password', password(c.r, 'safe').replace(/["\s]/g, ''))}"\n"reporting" "md5${c.r.hex(32)}"\n"app" "${c.cred('password', password(c.r, 'safe').replace(/["\s]/g, ''))}"\n`,
      (c) =>
        `$ cat ~/.mongosh/mongosh_repl_history\nuse orders\nconnect("mongodb+srv://admin:${c.cred('password', password(c.r, 'url'))}@cluster0.${c.r.lower(5)}.mongodb.net/orders")\ndb.customers.find({ email: "${c.pii('email', person(c.r).email)}" })\n`,
    ],
  },
  {
    name: 'keys',
    printers: [
      (c) =>
        `$ cat ~/.ssh/id_ed25519\n${c.cred('private_key', opensshKey(c.r))}\n$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${c.r.b64(32).slice(0, 43)} ${c.pii('email', person(c.r).email)}\n`,
      (c) => `${c.cred('private_key', pemKey(c.r, 'RSA PRIVATE KEY'))}\n`,
      (c) => `deploy key for ${workDomain(c.r)} (owner: ${c.pii('person_name', person(c.r).name)})\n${c.cred('private_key', opensshKey(c.r, 'rsa'))}\n`,
      (c) => {
        const p = person(c.r);
        return `$ gpg --export-secret-keys --armor ${c.pii('email', p.email)}\n${c.cred('pgp_private_key', pgpKey(c.r))}\n$ echo ${c.cred('passphrase', passphrase(c.r))} | gpg --batch --passphrase-fd 0 --import\n`;
      },
      (c) => `-----BEGIN CERTIFICATE-----\n${c.r.b64(48)}\n-----END CERTIFICATE-----\n${c.cred('private_key', pemKey(c.r, 'EC PRIVATE KEY'))}\n`,
    ],
  },
  {
    name: 'dotenv',
    printers: [
      (c) =>
        `# --- database ---\nDB_HOST=${host(c.r)}\nDB_PASSWORD=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n# --- third party ---\nexport GITHUB_TOKEN=${c.cred('github_token', ghp(c.r))}\nSLACK_BOT_TOKEN="${c.cred('slack_token', slackTok(c.r))}"\nSTRIPE_SECRET_KEY='${c.fin('stripe_key', stripeKey(c.r))}'\nSUPPORT_PHONE=${c.pii('phone', '+44 7' + c.r.digits(3) + ' ' + c.r.digits(6))}\nFEATURE_FLAGS=beta,new-ui # comment\n`,
      (c) =>
        `NODE_ENV=production\nJWT_SECRET="${c.cred('password', password(c.r, 'any').replace(/["\\$`]/g, '#'))}"\nSENDGRID_API_KEY=${c.cred('sendgrid_key', sendgrid(c.r))}\nTWILIO_API_KEY=${twilioKey(c.r)}\nTWILIO_API_SECRET=${c.cred('twilio_secret', c.r.alnum(32))}\nEMPTY_VALUE=\n`,
      (c) =>
        `AWS_ACCESS_KEY_ID=${c.cred('aws_access_key_id', awsKeyId(c.r))}\nAWS_SECRET_ACCESS_KEY=${c.cred('aws_secret_access_key', awsSecret(c.r))}\nOWNER_NAME="${c.pii('person_name', person(c.r).name)}"\nOWNER_EMAIL=${c.pii('email', person(c.r).workEmail)}\nGITLAB_TOKEN=${c.cred('gitlab_token', glpat(c.r))}\n`,
      (c) =>
        `SUPABASE_URL=https://${c.r.lower(20)}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=${c.cred('jwt', jwt(c.r, { role: 'service_role', iss: 'supabase' }))}\nPRIVATE_KEY="${c.cred('private_key', pemKey(c.r, 'PRIVATE KEY')).replace(/\n/g, '\\n')}"\n`,
    ],
  },
  {
    name: 'shell-history',
    printers: [
      (c) =>
        `mysql -u root -p${c.cred('password', password(c.r, 'safe').replace(/\s/g, '').replace(/[!$]/g, '9'))} -h ${host(c.r)} orders\ncurl -H 'Authorization: Bearer ${c.cred('jwt', jwt(c.r))}' https://api.${workDomain(c.r)}/v1/me\nexport GITHUB_TOKEN=${c.cred('github_token', ghp(c.r))}\ngit push origin main\n`,
      (c) =>
        `: ${1700000000 + c.r.int(0, 9000000)}:0;export OPENAI_API_KEY=sk-proj-${c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 120)}\n: ${1700000000 + c.r.int(0, 9000000)}:0;psql "postgresql://admin:${c.cred('password', password(c.r, 'url'))}@${host(c.r)}/billing"\n`.replace(
          /(sk-proj-\S+)/,
          (m) => c.cred('openai_key', m),
        ),
      (c) =>
        `- cmd: set -gx STRIPE_API_KEY ${c.fin('stripe_key', stripeKey(c.r))}\n  when: ${1700000000 + c.r.int(0, 9000000)}\n- cmd: curl -u ${person(c.r).user}:${c.cred('password', password(c.r, 'safe').replace(/[\s:]/g, ''))} https://jenkins.${workDomain(c.r)}/api/json\n  when: ${1700000000 + c.r.int(0, 9000000)}\n`,
      (c) => {
        const p = person(c.r);
        return `  501  git config --global user.email "${c.pii('email', p.email)}"\n  502  git config --global user.name "${c.pii('person_name', p.name)}"\n  503  docker login -u ${p.user} -p ${c.cred('password', password(c.r, 'safe').replace(/[\s$!]/g, ''))} registry.${workDomain(c.r)}\n  504  sshpass -p '${c.cred('password', password(c.r, 'safe').replace(/'/g, ''))}' ssh root@${host(c.r)}\n  505  history\n`;
      },
      (c) =>
        `${ts(c.r)} [bash_history sync] uploaded 2 lines\n  aws configure set aws_secret_access_key ${c.cred('aws_secret_access_key', awsSecret(c.r))}\n  http POST https://api.${workDomain(c.r)}/login email=${c.pii('email', person(c.r).email)} password=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n`,
    ],
  },
];

import { card, iban } from './blind-set-88-money';
import { dob, host, nino, person, phone, ssn, ts, usAddress, workDomain } from './blind-set-88-people';
import { awsKeyId, awsSecret, datadogKey, ghp, jwt, npmTok, password, pemKey, sendgrid, slackTok, stripeKey } from './blind-set-88-tokens';
import type { Source88 } from './blind-set-88-types';

/** Crash dumps of the environment and support tickets where a developer pasted a file. */
export const MISC_SOURCES: readonly Source88[] = [
  {
    name: 'env-dump',
    printers: [
      (c) =>
        `=== crash report: worker exited with signal SIGSEGV ===\nenvironment:\nHOSTNAME=worker-${c.r.hex(5)}\nHOME=/root\nDD_API_KEY=${c.cred('datadog_api_key', datadogKey(c.r))}\nDATABASE_PASSWORD=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\nNPM_TOKEN=${c.cred('npm_token', npmTok(c.r))}\nSTRIPE_API_KEY=${c.fin('stripe_key', stripeKey(c.r, 'rk_live'))}\nSHLVL=1\n`,
      (c) =>
        `Uncaught Error: connect ECONNREFUSED ${host(c.r)}:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\nprocess.env = ${JSON.stringify({ NODE_ENV: 'production', PGPASSWORD: c.cred('password', password(c.r, 'any')), STRIPE_SECRET_KEY: c.fin('stripe_key', stripeKey(c.r)), GITHUB_TOKEN: c.cred('github_token', ghp(c.r)) })}\n`,
      (c) =>
        `environ({'PATH': '/usr/local/bin:/usr/bin', 'SECRET_KEY': '${c.cred('generic_secret', c.r.b64url(40))}', 'SLACK_BOT_TOKEN': '${c.cred('slack_token', slackTok(c.r))}', 'OPS_ONCALL_PHONE': '${c.pii('phone', phone(c.r))}', 'LANG': 'C.UTF-8'})\n`,
      (c) =>
        `$ systemctl show billing-worker -p Environment\nEnvironment=NODE_ENV=production AWS_ACCESS_KEY_ID=${c.cred('aws_access_key_id', awsKeyId(c.r))} AWS_SECRET_ACCESS_KEY=${c.cred('aws_secret_access_key', awsSecret(c.r))} SENDGRID_API_KEY=${c.cred('sendgrid_key', sendgrid(c.r))}\n`,
      (c) =>
        `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${c.r.hex(6)}]\n\ngoroutine 1 [running]:\nmain.loadConfig(0xc000${c.r.hex(6)})\n\t/src/cmd/worker/main.go:41 +0x1d\nconfig: &{DSN:postgres://worker:${c.cred('password', password(c.r, 'url'))}@${host(c.r)}/jobs JWTKey:${c.cred('jwt', jwt(c.r))}}\n`,
    ],
  },
  {
    name: 'ticket',
    printers: [
      (c) => {
        const p = person(c.r);
        return `Ticket #${c.r.int(10000, 99999)} — "npm install fails on CI"\nFrom: ${c.pii('person_name', p.name)} <${c.pii('email', p.workEmail)}>\n\nHi, here is my ~/.npmrc as requested:\n\n    //registry.npmjs.org/:_authToken=${c.cred('npm_token', npmTok(c.r))}\n    always-auth=true\n\nYou can call me at ${c.pii('phone', phone(c.r))} if easier.\n`;
      },
      (c) => {
        const p = person(c.r);
        return `Subject: Re: refund not received\n\n> Please confirm the card and your address.\nCard: ${c.fin('card', card(c.r))}\nName on card: ${c.pii('person_name', p.name)}\nAddress: ${c.pii('address', usAddress(c.r))}\nDOB: ${c.pii('dob', dob(c.r, 'us'))}\n-- \nsent from my phone\n`;
      },
      (c) => {
        const p = person(c.r);
        return `[${ts(c.r)}] ${p.first}: pasting the gcloud key, can someone check why auth fails?\n${c.cred('private_key', pemKey(c.r, 'PRIVATE KEY'))}\n[${ts(c.r)}] ${p.first}: my NI number for the payroll form is ${c.pii('nino', nino(c.r, c.r.chance(0.5)))} and bank ${c.fin('iban', iban(c.r))}\n`;
      },
      (c) => {
        const p = person(c.r);
        return `Jira ${c.r.pick(['OPS', 'SUP', 'INFRA'])}-${c.r.int(100, 9999)}\nReporter: ${c.pii('person_name', p.name)} (${c.pii('email', p.email)})\nDescription:\n{code:title=~/.aws/credentials}\n[default]\naws_access_key_id = ${c.cred('aws_access_key_id', awsKeyId(c.r))}\naws_secret_access_key = ${c.cred('aws_secret_access_key', awsSecret(c.r))}\n{code}\nSSN for background check: ${c.pii('ssn', ssn(c.r))}\nSlack channel: https://${workDomain(c.r).split('.')[0]}.slack.com/archives/C${c.r.alnum(8).toUpperCase()}\n`;
      },
    ],
  },
];

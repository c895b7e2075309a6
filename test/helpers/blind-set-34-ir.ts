import type { PosTemplate34 } from './blind-set-34-kit';
import { host34, ipPub, ts34 } from './blind-set-34-kit';
import { account34, card34, email34, expiry34, iban34, person34, routing34 } from './blind-set-34-people';
import { aws34, ghToken34, gOauth34, hexKey34, jwt34, okta34, pass34, slack34, stripe34, urlPass34, azureSecret34 } from './blind-set-34-secrets';

/** Incident-response templates: phishing reports and kit logs, chat timelines, forensic triage, stealer logs, SSO debugging. */
export const IR_TEMPLATES34: PosTemplate34[] = [
  {
    area: 'ir', name: 'phishing-report', draws: 12,
    make: (r, v) => {
      const rep = person34(r);
      const tgt = person34(r);
      const tEmail = email34(r, tgt);
      const pw = urlPass34(r);
      return `PhishER report #${r.int(10000, 99999)} — "Your mailbox is almost full"
Reported by: ${v.p('email', email34(r, rep))}
Also received by: ${v.p('email', tEmail)}
Landing page: hxxps://mail-quota-verify[.]com/owa/
Captured POST (from kit access log): email=${v.p('email-urlencoded', tEmail.replace('@', '%40').replace('+', '%2B'))}&pass=${v.c('password', pw)}&submit=Sign+in
Kit exfil config: $bot_token = "${v.c('telegram-bot-token', `${r.int(5e9, 7e9)}:AA${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)}`)}"; $chat_id = "-100${r.digits(10)}";`;
    },
  },
  {
    area: 'ir', name: 'phishing-kit-loot', draws: 12,
    make: (r, v) => {
      const lines: string[] = [];
      for (let i = 0; i < 2; i++) {
        const p = person34(r);
        lines.push(`|----------| ${r.pick(['0FF1CE', 'BANK', 'CC'])} |--------------|
Full Name   : ${v.p('name', p.full)}
Card Number : ${v.f('card-number', card34(r))}
Exp / CVV   : ${expiry34(r)} / ${v.f('card-cvv', r.digits(3))}
IP          : ${ipPub(r)}`);
      }
      return `Takedown evidence: results.txt recovered from the kit's server\n${lines.join('\n')}`;
    },
  },
  {
    area: 'ir', name: 'incident-chat-timeline', draws: 12,
    make: (r, v) => {
      const a = person34(r);
      const b = person34(r);
      const t = () => ts34(r).slice(11, 16);
      return `Timeline (pasted from #inc-${r.int(1000, 9999)}):
[${t()}] ${v.p('name', a.full)}: attacker logged in as svc_backup with ${v.c('password', pass34(r))} from ${ipPub(r)}
[${t()}] ${v.p('name', b.full)}: rotated. new one is ${v.c('password', pass34(r))}, it's in the vault too
[${t()}] ${a.first}: also their stolen Slack token ${v.c('slack-token', slack34(r))} — revoking
[${t()}] ${b.first}: bridge is on the usual number`;
    },
  },
  {
    area: 'ir', name: 'bash-history-triage', draws: 12,
    make: (r, v) => {
      const a = aws34(r);
      const gh = ghToken34(r);
      return `Forensic triage ${host34(r)}: /home/deploy/.bash_history (last 6)
export AWS_ACCESS_KEY_ID=${v.c('aws-access-key-id', a.id)}
export AWS_SECRET_ACCESS_KEY=${v.c('aws-secret-key', a.secret)}
mysql -uroot -p'${v.c('password', pass34(r))}' -e 'show databases'
curl -u admin:${v.c('password', urlPass34(r))} http://${host34(r)}:9200/_cat/indices
git clone https://x-access-token:${v.c('github-token', gh)}@github.com/northwind-labs/infra.git
history -c`;
    },
  },
  {
    area: 'ir', name: 'container-env-dump', draws: 12,
    make: (r, v) => {
      const env = [
        `DATABASE_URL=postgres://app:${v.c('password', urlPass34(r))}@${host34(r)}:5432/app`,
        `SECRET_KEY_BASE=${v.c('rails-secret-key-base', hexKey34(r, 128))}`,
        `STRIPE_SECRET_KEY=${v.c('stripe-key', stripe34(r))}`,
        `OKTA_API_TOKEN=${v.c('okta-api-token', okta34(r))}`,
        'RAILS_ENV=production',
        `HOSTNAME=${r.hex(12)}`,
      ];
      return `kubectl exec on compromised pod ${r.pick(['web', 'worker'])}-${r.hex(10)}-${r.b62(5).toLowerCase()} -- cat /proc/1/environ | tr '\\0' '\\n'\n${env.join('\n')}`;
    },
  },
  {
    area: 'ir', name: 'stealer-log-browser', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      return `Infostealer log for ${v.p('name', p.full)}'s laptop (RedLine format)
===== Passwords.txt =====
URL: https://login.microsoftonline.com/
Username: ${v.p('email', email34(r, p))}
Password: ${v.c('password', pass34(r))}
URL: https://www.paypal.com/signin
Username: ${v.p('email', email34(r, p, true))}
Password: ${v.c('password', pass34(r))}
===== CreditCards.txt =====
Holder: ${p.full} | Number: ${v.f('card-number', card34(r, 'compact'))} | Exp: ${expiry34(r)}
===== Autofill.txt =====
saved form fields: 14 (values omitted by triage script)`;
    },
  },
  {
    area: 'ir', name: 'wire-fraud-bec', draws: 11,
    make: (r, v) => {
      const ceo = person34(r);
      const cfo = person34(r);
      return `BEC incident: spoofed mail from "${v.p('name', ceo.full)}" to ${v.p('email', email34(r, cfo))}
"Please process today: beneficiary ${v.p('name', person34(r).full)}, IBAN ${v.f('iban', iban34(r))}, amount EUR ${r.int(20, 400)},${r.digits(3)}.00"
Legit vendor details on file: ABA ${routing34(r)} acct ${v.f('bank-account', account34(r))} / IBAN ${v.f('iban', iban34(r))}
Finance contact: ${v.p('name', cfo.full)}`;
    },
  },
  {
    area: 'sso', name: 'oidc-token-debug', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const em = email34(r, p);
      const cid = `${r.int(1e11, 9e11)}-${r.b62(32).toLowerCase()}.apps.googleusercontent.com`;
      const idt = jwt34(r, { iss: 'https://accounts.google.com', azp: cid, aud: cid, sub: r.digits(21), email: em, email_verified: true, name: p.full, iat: 1791000000, exp: 1791003600 });
      return `[oidc] token exchange failed: invalid_grant
POST https://oauth2.googleapis.com/token
body: grant_type=authorization_code&code=4%2F0A${r.b64url(40)}&client_id=${cid}&client_secret=${v.c('oauth-client-secret', gOauth34(r))}&redirect_uri=https%3A%2F%2Fherald.internal%2Fcb
previous response: {"access_token":"${v.c('oauth-access-token', `ya29.${r.b64url(80)}`)}","id_token":"${v.c('jwt', idt)}","refresh_token":"${v.c('oauth-refresh-token', `1//0${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 98)}`)}"}
user: ${v.p('email', em)}`;
    },
  },
  {
    area: 'sso', name: 'saml-assertion-debug', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const em = email34(r, p);
      return `SAML debug (Entra ID -> ${r.pick(['Splunk Cloud', 'Sumo Logic', 'Jira'])}): AudienceRestriction mismatch
<saml:Assertion ID="_${r.uuid()}" IssueInstant="${ts34(r)}" Version="2.0"><saml:Issuer>https://sts.windows.net/${r.uuid()}/</saml:Issuer>
<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${v.p('email', em)}</saml:NameID></saml:Subject>
<saml:AttributeStatement><saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/displayname"><saml:AttributeValue>${v.p('name', p.full)}</saml:AttributeValue></saml:Attribute>
</saml:AttributeStatement></saml:Assertion>
app registration secret used for Graph lookups: ${v.c('azure-client-secret', azureSecret34(r))}`;
    },
  },
];

import { B62, DIGITS, LOWER, UPPER, Rng9 } from './blind-set-9-rng';
import * as g from './blind-set-44-gen';
import type { Tpl } from './blind-set-44-gen';

function cpf(r: Rng9): string {
  const d = r.digits(9).split('').map(Number);
  if (new Set(d).size === 1) d[0] = (d[0]! + 1) % 10;
  for (const n of [9, 10]) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += d[i]! * (n + 1 - i);
    d.push(((sum * 10) % 11) % 10);
  }
  const s = d.join('');
  return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
}
function dni(r: Rng9): string { const n = r.int(10000000, 99999999); return `${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`; }
function nino(r: Rng9): string { return `${r.pick(['AB', 'CE', 'JH', 'NP', 'RT', 'WK', 'YA'])}${r.digits(6)}${r.pick(['A', 'B', 'C', 'D'])}`; }

/** Blind set 44, area `law`: legal practice management, e-discovery, court e-filing and PACER. */
export const LAW: Tpl[] = [
  ['clio-token-exchange', 9, (r, v) => `POST https://app.clio.com/oauth/token
grant_type=authorization_code&code=${r.b62(20)}&client_id=${r.b62(40)}&client_secret=${v.c('client-secret', r.b62(40))}&redirect_uri=https%3A%2F%2Fintake.${r.pick(['hlaw', 'firmflow'])}.com%2Fclio%2Fcallback

{"token_type":"bearer","access_token":"${v.c('oauth-token', r.chars(DIGITS, 8) + '-' + r.b62(40))}","expires_in":2592000,"refresh_token":"${v.c('oauth-refresh-token', r.b62(40))}"}`],
  ['clio-contact-custom-fields', 3, (r, v) => {
    const n = g.fullName(r);
    return `{"data":{"id":${r.digits(10)},"name":"${v.p('person-name', n)}","type":"Person","primary_email_address":"${v.p('email', g.emailFor(r, n))}","primary_phone_number":"${v.p('phone', g.phone(r))}","custom_field_values":[{"field_name":"Client SSN","value":"${v.p('ssn', g.ssn(r))}"},{"field_name":"DOB","value":"${v.p('dob', g.dob(r, 0))}"}]}}`;
  }],
  ['relativity-rest-curl', 8, (r, v) => `curl -s -u '${r.pick(['svc.relativity', 'rel_admin'])}@${r.pick(['kldiscovery', 'lit-support'])}.com:${v.c('password', g.pw(r))}' \\
  -H 'X-CSRF-Header: -' \\
  "https://${r.pick(['rel', 'review'])}.${r.pick(['kldiscovery', 'lit-support'])}.com/Relativity.REST/api/Relativity.ObjectManager/v1/workspace/${r.int(1000000, 1099999)}/object/query"`],
  ['relativity-instance-sql', 8, (r, v) => `-- Relativity Server instance setup
EXEC sp_addlinkedserver @server = N'RELSQL${r.int(1, 9)}', @srvproduct = N'SQL Server';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'RELSQL${r.int(1, 9)}', @useself = 'FALSE', @rmtuser = N'EDDSDBO', @rmtpassword = N'${v.c('db-password', g.pw(r))}';
UPDATE EDDS.eddsdbo.InstanceSetting SET Value = '${v.c('smtp-password', g.hardPw(r).replace(/'/g, ''))}' WHERE Name = 'SMTPPassword';`],
  ['imanage-work-auth', 9, (r, v) => `POST https://${r.pick(['cloudimanage.com', 'dms.harwoodllp.com'])}/auth/oauth2/token HTTP/1.1
username=${r.pick(['svc_dms', 'wsadmin'])}&password=${v.c('password', encodeURIComponent(g.hardPw(r)))}&grant_type=password&client_id=${r.uuid()}&client_secret=${v.c('client-secret', r.uuid())}

GET /work/api/v2/customers/${r.int(1, 400)}/libraries/ACTIVE/documents/search
X-Auth-Token: ${v.c('session-token', r.b64url(48))}`],
  ['pacer-authenticate', 8, (r, v) => `POST https://pacer.login.uscourts.gov/services/cso-auth
Content-Type: application/json
{"loginId":"${r.pick(['jdoe', 'parale', 'docketing'])}${r.digits(3)}","password":"${v.c('password', g.pw(r))}","clientCode":"${r.chars(UPPER, 4)}","redactFlag":"1"}

{"nextGenCSO":"${v.c('session-token', r.chars(B62, 128))}","loginResult":"0","errorDescription":""}`],
  ['pacer-cookie-header', 8, (r, v) => `GET /cgi-bin/DktRpt.pl?${r.digits(6)} HTTP/1.1
Host: ecf.${r.pick(['nysd', 'cacd', 'txsd', 'ilnd'])}.uscourts.gov
Cookie: NextGenCSO=${v.c('session-cookie', r.chars(B62, 128))}; PacerClientCode=${r.pick(['insdef', 'sub-lit'])}; PacerSession=${v.c('session-cookie', r.chars(B62, 128))}`],
  ['ediscovery-dat-load', 3, (r, v) => {
    const row = () => { const n = g.fullName(r); return `þ${r.chars(UPPER, 3)}${r.digits(7)}þ\x14þ${v.p('person-name', n)}þ\x14þ${v.p('email', g.emailFor(r, n))}þ\x14þSSN on claim form: ${v.p('ssn', g.ssn(r))}þ`; };
    return `þBEGBATESþ\x14þCUSTODIANþ\x14þFROMþ\x14þEXTRACTED_TEXT_SNIPPETþ\n${row()}\n${row()}`;
  }],
  ['privilege-log-csv', 3, (r, v) => {
    const rows = [0, 1, 2].map(() => { const a = g.fullName(r); return `${r.chars(UPPER, 4)}-${r.digits(6)},2025-${r.int(10, 12)}-${r.int(10, 28)},"${v.p('person-name', a)} <${v.p('email', g.emailFor(r, a))}>",Attorney-Client`; });
    return `Bates,Date,Author,Privilege\n${rows.join('\n')}`;
  }],
  ['lawpay-env', 6, (r, v) => `LAWPAY_SECRET_KEY=${v.c('api-secret', r.chars(LOWER + DIGITS, 64))}
LAWPAY_PUBLIC_KEY=${r.chars(LOWER + DIGITS, 32)}
IOLTA_ROUTING=${v.f('routing', g.aba(r))}
IOLTA_ACCOUNT=${v.f('bank-account', g.account(r))}
OPERATING_TAX_ID=${v.f('ein', g.ein(r))}`],
  ['efile-tyler-soap', 6, (r, v) => {
    const n = g.fullName(r);
    const [st, dl] = g.driverLicence(r);
    return `<AuthenticateRequest><Email>${r.pick(['efile', 'filing'])}@${r.pick(['brennanlaw', 'harwoodllp'])}.com</Email><Password>${v.c('password', g.pw(r))}</Password></AuthenticateRequest>
<tyler:PartyInformation><nc:PersonFullName>${v.p('person-name', n)}</nc:PersonFullName><nc:PersonBirthDate><nc:Date>${v.p('dob', g.dob(r, 0))}</nc:Date></nc:PersonBirthDate><j:DriverLicenseIdentification><nc:IdentificationID>${v.p('driver-licence', dl)}</nc:IdentificationID><nc:IdentificationJurisdictionText>${st}</nc:IdentificationJurisdictionText></j:DriverLicenseIdentification></tyler:PartyInformation>`;
  }],
  ['mycase-netdocs-config', 9, (r, v) => `{
  "mycase": { "apiKey": "${v.c('api-key', r.b62(32))}", "webhookSecret": "${v.c('signing-secret', r.hex(40))}" },
  "netdocuments": { "repository": "CA-${r.chars(UPPER + DIGITS, 8)}", "clientSecret": "${v.c('client-secret', r.chars(B62, 40))}" },
  "courtlistener": { "token": "${v.c('api-token', r.hex(40))}" },
  "trustAccount": { "aba": "${v.f('routing', g.aba(r))}", "number": "${v.f('bank-account', g.account(r))}" }
}`],
  ['settlement-disbursement', 4, (r, v) => {
    const n = g.fullName(r);
    return `SETTLEMENT DISBURSEMENT STATEMENT — ${n.split(' ').pop()} v. ${r.pick(['Allied Casualty', 'Great Plains Mutual'])}
Claimant: ${v.p('person-name', n)}   SSN: ${v.p('ssn', g.ssn(r))}   DOB: ${v.p('dob', g.dob(r, 1))}
Net to client $${g.money(r, 5000, 250000)} by wire: ABA ${v.f('routing', g.aba(r))} Acct ${v.f('bank-account', g.account(r))}
Medical lien payoff card on file: ${v.f('card', g.card(r, 'amex'))}`;
  }],
  ['intl-client-intake', 4, (r, v) => {
    const n = g.fullName(r);
    const k = r.int(0, 2);
    const id = k === 0 ? `CPF: ${v.p('br-cpf', cpf(r))}` : k === 1 ? `DNI/NIF: ${v.p('es-dni', dni(r))}` : `National Insurance No: ${v.p('uk-nino', nino(r))}`;
    return `Ficha de cliente / client intake — matter ${r.digits(5)}-${r.digits(3)}
Nome / Nombre: ${v.p('person-name', n)}
${id}
Correo: ${v.p('email', g.emailFor(r, n))}
Conta / IBAN: ${v.f('iban', g.iban(r, k === 0 ? 'FR' : k === 1 ? 'ES' : 'GB'))}`;
  }],
  ['docket-bot-git-diff', 9, (r, v) => `diff --git a/docketbot/settings.py b/docketbot/settings.py
@@ -12,6 +12,9 @@ PACER_USER = os.environ["PACER_USER"]
+PACER_PASS = "${v.c('password', g.pw(r))}"
+SLACK_BOT_TOKEN = "${v.c('slack-token', g.slackBot(r))}"
+SENDGRID_API_KEY = "${v.c('sendgrid-key', g.sendgrid(r))}"
 DOCKET_POLL_MINUTES = 15`],
  ['westlaw-teams-hook', 8, (r, v) => `# alerts.ps1
$hook = "${v.c('webhook-url', g.teamsHook(r, r.pick(['harwoodllp', 'brennanlaw'])))}"
$westlawKey = "${v.c('api-key', r.chars(B62, 36))}"
Invoke-RestMethod -Uri $hook -Method Post -Body (@{text="New citing ref"} | ConvertTo-Json)`],
];

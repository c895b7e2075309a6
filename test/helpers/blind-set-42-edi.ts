/** Set 42 positives: EDI X12 / EDIFACT, AS2, SFTP, VANs, customs and trade compliance. */
import { B62, DIGITS, UPPER } from './blind-set-9-rng';
import { gen, pem, tpl, ts, type Tpl42 } from './blind-set-42-gen';
import { account, address, iban, bic, nationalId, person, phone, routing } from './blind-set-42-persona';

const pad = (s: string, n: number): string => s.padEnd(n, ' ');
const isaPass = (r: import('./blind-set-9-rng').Rng9): string => r.chars(UPPER + DIGITS, 3) + r.chars(B62, 5) + r.pick(['#', '!', '*']).replace('*', '%') + r.digits(1);

export const EDI_TEMPLATES: Tpl42[] = [
  tpl('x12-isa-security', (x) => {
    const r = x.r;
    const auth = r.chars(UPPER + DIGITS, 10);
    const sec = x.c('x12-security-password', isaPass(r));
    const u = person(r);
    const ctl = r.digits(9);
    return `ISA*03*${auth}*01*${pad(sec, 10)}*ZZ*${pad('KRAEMERLOG', 15)}*12*${pad(r.digits(10), 15)}*260312*1408*U*00401*${ctl}*0*P*>~
GS*PO*KRAEMERLOG*${r.digits(10)}*20260312*1408*${r.int(1, 9999)}*X*004010~
ST*850*0001~
BEG*00*SA*PO${r.digits(7)}**20260312~
N1*ST*${x.p('name', u.full)}~
N3*${x.p('address', address(r).split(',')[0]!)}~
PER*IC*${u.full}*TE*${x.p('phone', phone(r))}~
SE*6*0001~`;
  }),
  tpl('x12-820-bpr', (x) => {
    const r = x.r;
    const rt = x.f('aba-routing', routing(r));
    const ac = x.f('bank-account', account(r));
    const rt2 = x.f('aba-routing', routing(r));
    const ac2 = x.f('bank-account', account(r));
    const u = person(r);
    return `ST*820*${r.digits(4)}~
BPR*C*${r.int(100, 99999)}.${r.digits(2)}*C*ACH*CCP*01*${rt}*DA*${ac}*${r.digits(10)}**01*${rt2}*DA*${ac2}*20260${r.int(1, 9)}15~
TRN*1*${r.digits(10)}~
N1*PE*${x.p('name', u.full)}~
RMR*IV*INV-${r.int(10000, 99999)}**${r.int(100, 9999)}.00~
SE*6*0001~`;
  }),
  tpl('edifact-unb-password', (x) => {
    const r = x.r;
    const pw = x.c('edifact-recipient-password', r.chars(UPPER + DIGITS, 4) + r.chars(B62, 6));
    const u = person(r);
    return `UNA:+.? '
UNB+UNOC:3+${r.digits(13)}:14+${r.digits(13)}:14+260312:0930+${r.digits(8)}+${pw}:AA++DESADV'
UNH+1+DESADV:D:96A:UN:EAN005'
BGM+351+DES${r.digits(6)}+9'
NAD+DP+++${x.p('name', u.full)}+${x.p('address', address(r))}'
CTA+IC+:${u.full}'
COM+${x.p('phone', phone(r).replace(/[() -]/g, '').replace(/^\+/, '00'))}:TE'
COM+${x.p('email', u.email)}:EM'`;
  }),
  tpl('as2-partner-config', (x) => {
    const r = x.r;
    const ks = x.c('keystore-password', gen.pass(r));
    const key = x.c('private-key', pem(r, 'PRIVATE KEY'));
    return `# OpenAS2 partnership WALMART_PRD <-> TRISTATE
as2_id=TRISTATEDIST
as2_receiver_id=${r.digits(8)}
as2_url=https://as2.tristate-dist.net:${r.pick([4080, 5443, 8443])}/as2
signature=sha256
encrypt=aes256_cbc
keystore.file=/etc/openas2/as2_certs.p12
keystore.password=${ks}
signing_key=
${key}`;
  }),
  tpl('sftp-batch', (x) => {
    const r = x.r;
    const pw = x.c('sftp-password', r.urlPassword(r.int(12, 20)));
    const u = person(r);
    return `#!/bin/bash
# nightly 856 pickup from SPS Commerce
set -euo pipefail
export SSHPASS='${pw}'
sshpass -e sftp -oBatchMode=no -P 10022 ${r.pick(['tristate', 'kraemer', 'bayside'])}@sftp.spscommerce.net <<EOF
cd /out
mget *.856
EOF
mail -s "856 pickup done" ${x.p('email', u.email)} < /var/log/edi/pickup.log`;
  }),
  tpl('sftp-url-moveit', (x) => {
    const r = x.r;
    const pw = x.c('sftp-password', r.urlPassword(r.int(14, 20)));
    const ip = x.p('ipv4', `${r.pick([52, 54, 185, 212])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`);
    return `${ts(r)} MOVEit Automation task "EDI_810_OUT" step 3: connecting sftp://edi_${r.pick(['ups', 'dhl', 'maersk'])}:${pw}@${ip}:22/inbound/810 ... Connection reset by peer`;
  }),
  tpl('ssh-key-van', (x) => {
    const r = x.r;
    const key = x.c('private-key', pem(r, 'OPENSSH PRIVATE KEY'));
    return `$ cat ~/.ssh/opentext_gxs_van
${key}
$ ssh-keygen -y -f ~/.ssh/opentext_gxs_van | head -c 40
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA`;
  }),
  tpl('van-mailbox', (x) => {
    const r = x.r;
    const pw = x.c('van-mailbox-password', gen.wordPass(r));
    const u = person(r, 'tristate-dist.net');
    return `Hi ${x.p('name', u.full)},

Your Kleinschmidt VAN mailbox is active.
  Mailbox ID: TRISTATE${r.int(10, 99)}
  Password:   ${pw}
  Qualifier/ID: 12/${r.digits(10)}
Please change the password on first login. Support: +1 847 ${r.int(200, 999)} ${r.digits(4)}`;
  }),
  tpl('customs-declarant', (x) => {
    const r = x.r;
    const u = person(r);
    const id = nationalId(r);
    return `{"declarationType":"IM","procedure":"4000","importer":{"type":"private","name":"${x.p('name', u.full)}","idType":"${id.label}","idNumber":"${x.p(id.kind, id.value)}","address":"${x.p('address', address(r))}","phone":"${x.p('phone', phone(r))}","email":"${x.p('email', u.email)}"},"goods":[{"hs":"8708.30","value":${r.int(50, 4000)},"currency":"EUR"}],"lrn":"26DE${r.digits(12)}"}`;
  }),
  tpl('customs-broker-api', (x) => {
    const r = x.r;
    const key = x.c('customs-api-key', r.b62(40));
    const cs = x.c('hmrc-client-secret', r.b62(36));
    return `# Descartes CustomsInfo + HMRC CDS declarations
CUSTOMSINFO_API_KEY=${key}
HMRC_CLIENT_ID=${r.b62(28)}
HMRC_CLIENT_SECRET=${cs}
HMRC_EORI=GB${r.digits(12)}`;
  }),
  tpl('avalara-license', (x) => {
    const r = x.r;
    const lic = x.c('avalara-license-key', r.hex(16).toUpperCase());
    const acct = String(r.int(2000000000, 2099999999));
    const b = x.c('basic-auth', Buffer.from(`${acct}:${lic}`).toString('base64'));
    return `<AvaTax>
  <AccountNumber>${acct}</AccountNumber>
  <LicenseKey>${lic}</LicenseKey>
  <ServiceUrl>https://rest.avatax.com</ServiceUrl>
</AvaTax>
<!-- header seen in trace: Authorization: Basic ${b} -->`;
  }),
  tpl('sepa-remittance', (x) => {
    const r = x.r;
    const u = person(r);
    const ib = x.f('iban', iban(r, false));
    const u2 = person(r);
    const ib2 = x.f('iban', iban(r, false));
    return `<CdtTrfTxInf><PmtId><EndToEndId>FRT-${r.digits(8)}</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">${r.int(100, 40000)}.${r.digits(2)}</InstdAmt></Amt>
<CdtrAgt><FinInstnId><BIC>${bic(r)}</BIC></FinInstnId></CdtrAgt><Cdtr><Nm>${x.p('name', u.full)}</Nm></Cdtr><CdtrAcct><Id><IBAN>${ib}</IBAN></Id></CdtrAcct>
<RmtInf><Ustrd>Haulage ${r.pick(['Duisburg-Venlo', 'Rotterdam-Hamburg'])} wk${r.int(1, 52)}</Ustrd></RmtInf></CdtTrfTxInf>
<CdtTrfTxInf><Cdtr><Nm>${x.p('name', u2.full)}</Nm></Cdtr><CdtrAcct><Id><IBAN>${ib2}</IBAN></Id></CdtrAcct></CdtTrfTxInf>`;
  }),
];

import type { Tpl43 } from './blind-set-43-gen';

/** Harder shapes: escaped JSON inside JSON, non-English labels, values split across a log's fields. */
export const EXTRA43: Tpl43[] = [
  {
    id: 'harder/escaped-json-in-json',
    make: (c) => `{"@timestamp":"2027-02-1${c.r.int(0, 9)}T10:00:0${c.r.int(0, 9)}Z","service":"aid-portal","message":"{\\"event\\":\\"profile_save\\",\\"ssn\\":\\"${c.ssn()}\\",\\"bank\\":{\\"routing\\":\\"${c.routing()}\\",\\"acct\\":\\"${c.account()}\\"},\\"api_key\\":\\"${c.b62('portal_api_key', 40)}\\"}"}`,
  },
  {
    id: 'harder/spanish-fafsa-ticket',
    make: (c) => `Ticket #${c.r.int(10000, 99999)} (es) — Ayuda con la FAFSA
Nombre del estudiante: ${c.name()}
Número de Seguro Social: ${c.ssn()}
Fecha de nacimiento: ${c.dob(3)}
Correo: ${c.email()}  Teléfono: ${c.phone(0)}
Mi contraseña de StudentAid.gov es «${c.oddPw()}» pero no funciona.
Cuenta bancaria para el reembolso: ${c.account()} (ruta ${c.routing()})`,
  },
  {
    id: 'harder/quebec-student-nas',
    make: (c) => `Dossier étudiant — Aide financière aux études
Nom : ${c.name()}   NAS : ${c.sin()}   Date de naissance : ${c.dob(3)}
IBAN du compte de dépôt : ${c.iban('FR')}
Mot de passe du portail : ${c.pw()}`,
  },
  {
    id: 'harder/split-log-fields',
    make: (c) => `${c.r.int(10, 28)}/06/2027 14:02:11 ach-batch[${c.r.int(100, 9999)}]: entry seq=${c.r.int(1, 900)} rdfi_routing=${c.routing()} dfi_acct=${c.account()} indiv_name="${c.pii('person_name', c.fullName().toUpperCase())}" trace=${c.r.digits(15)}
${c.r.int(10, 28)}/06/2027 14:02:11 ach-batch: sftp upload as odfi_user pass=${c.pw()} to ${c.pick(['ftp.fiserv-ach.net', 'ach.jackhenry.net'])}`,
  },
  {
    id: 'harder/nacha-file-line',
    make: (c) => {
      const rt = c.routing();
      const acct = c.account();
      return `101 ${c.r.digits(9)} ${c.r.digits(10)}2709010000A094101FIRST STATE BANK       CITY OF DAYTON PAYROLL
6${c.pick(['22', '32'])}${rt}${acct.padEnd(17, ' ')}${String(c.r.int(10000, 900000)).padStart(10, '0')}${c.r.digits(6).padEnd(15, ' ')}${c.pii('person_name', c.fullName().toUpperCase().slice(0, 22)).padEnd(22, ' ')}  0${c.r.digits(15)}`;
    },
  },
  {
    id: 'harder/urlencoded-form-login',
    make: (c) => `POST /parentportal/login HTTP/1.1
Content-Type: application/x-www-form-urlencoded

username=${c.pii('email', encodeURIComponent(c.rawEmail()))}&password=${c.cred('password', encodeURIComponent(c.r.password(14) + '&#'))}&remember=1&__RequestVerificationToken=${c.b64url('csrf_token', 64)}`,
  },
  {
    id: 'harder/toml-multiline-secrets',
    make: (c) => `[lti.canvas]
issuer = "https://canvas.instructure.com"
client_secret = """
${c.b62('lti_client_secret', 48)}
"""
[zoom]
account_id = "${c.r.b62(22)}"
client_secret = '${c.b62('zoom_client_secret', 32)}'`,
  },
  {
    id: 'harder/docusign-jwt-grant',
    make: (c) => `// enrollment-forms/docusign.js
const dsConfig = {
  integrationKey: '${c.r.uuid()}',
  userId: '${c.r.uuid()}',
  privateKey: \`${c.pem('rsa')}\`,
  hmacKey: '${c.cred('docusign_connect_hmac_key', c.r.b64(32))}',
};`,
  },
];

import { LOWER, type Rng, type Sample } from './sample-rng';
import { aba } from './generators-pf11';

/**
 * Round l87 (blind set 85 again, form-encoded bodies; blind sets 86 and 87): a sample for each of the round's detectors
 * (see generators.ts), in contexts of our own.
 */

const HEX = '0123456789abcdef';
const B64U = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

/** Samples of the round-l87 detectors, keyed by detector id. */
export const L87_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'hl7-xad-address': (r) => [`MSH|^~\\&|EPIC|LFC|||20240518222145||ADT^A08|${r.int(1000, 9999)}|P|2.5.1\rPID|1||${r.int(1000000, 9999999)}^^^LFC^MR||Brennick^Talisa^^^^L||19800101|F|||`, `Sitio ${r.pick(['Boa Vista', 'Santa Clara', 'Agua Limpa'])} KM ${r.int(2, 60)}^^${r.pick(['Lages', 'Chapeco', 'Caxias'])}^SC^${r.int(88000, 89999)}^BR^H`, '|||||S'],
  'password-manager-concealed-field': (r) => ['{"fields":[{"id":"username","type":"STRING","value":"svc-backup"},{"id":"pin","type":"CONCEALED","label":"PIN","value":"', `${r.int(10000, 99999)}`, '"}]}'],
  'password-reset-link-token': (r) => ['Reset it here: https://accounts.example-shop.io/password/reset/', `${r.str(HEX, 8)}${r.str(B64U, 24)}`, '\n\nIf you did not request this, ignore this mail.'],
  'ldap-bind-password-argument': (r) => ["ERROR auth.backends.ldap: simple_bind_s('uid=svc-portal,ou=apps,dc=corp', '", `${r.pick(['Winter', 'Falcon', 'Harbor'])}-${r.str(LOWER, 6)}-${r.int(10, 99)}`, "') raised INVALID_CREDENTIALS"],
  'cyberark-ccp-content': (r) => ['GET /AIMWebService/api/Accounts?AppID=okta&Safe=IAM -> 200\n{"Content":"', `${r.pick(['Moskva', 'Lisboa', 'Oslo'])}${r.int(1000, 9999)}.`, '","CreationMethod":"PVWA","Address":"corp.example","Safe":"IAM"}'],
  'workday-bank-id-routing': (r) => ['<bsvc:Payment_Election_Data><bsvc:Bank_ID>', aba(r), `</bsvc:Bank_ID><bsvc:Account_Number>${r.int(10000000, 99999999)}</bsvc:Account_Number></bsvc:Payment_Election_Data>`],
  'hl7-alternate-script-name': (r) => [`MSH|^~\\&|EPIC|LFC|||20240518222145||ADT^A08|${r.int(1000, 9999)}|P|2.5.1\rPID|1||${r.int(1000000, 9999999)}^^^LFC^MR||ORVIK^TALISA^^^^L~`, r.pick(['高橋 由紀', '张 伟', 'Νικόλαος Παπαδόπουλος', 'Ольга Смирнова']), '^^^^^^N||19800101|F'],
  'person-name-formatted-family-given': (r) => ['{"associateOID":"G3X","person":{"legalName":{"formattedName":"', `${r.pick(['Morvkest', 'Halvdrun', 'Pellorvik'])}, ${r.pick(['Zelan', 'Talisa', 'Quilla'])}`, '"}}}'],
  'crisp-plugin-token-key': (r) => [`E, [2024-06-01T10:00:00Z] ERROR -- : Crisp::RouteError 401 {"identifier" => "${uuid(r)}", "key" => "`, r.str(HEX, 64), `"}`],
};

import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r71 (blind set 71: legacy enterprise integration): a sample for each of the round's detectors (see
 * generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const GIVEN = ['PERPETUA', 'OSWIN', 'HALDIS', 'BARNABY', 'ISOLDE', 'EVANDER'];
const FAMILY = ['QUENNELL', 'ARKWRIGHT', 'VANTERPOOL', 'MEIKLEJOHN', 'DRUMMOND', 'TREVELYAN'];
const title = (w: string): string => w[0] + w.slice(1).toLowerCase();
const given = (r: Rng): string => r.pick(GIVEN);
const family = (r: Rng): string => r.pick(FAMILY);
const person = (r: Rng): string => `${title(given(r))} ${title(family(r))}`;
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const pw = (r: Rng, n: number): string => `${mixed(r, n - 1)}${r.pick(['!', '~', '#', '%'])}`;

/** An ABA routing number (drawn until its check digit holds). */
export const abaR = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 2)}${r.str(DIG, 7)}`;
    const d = v.split('').map(Number);
    if ((3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!)) % 10 === 0) return v;
  }
};
/** A Mexican CLABE with its check digit. */
export const clabeR = (r: Rng): string => {
  const b = `0${r.int(1, 7)}${r.str(DIG, 15)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(b[i]) * [3, 7, 1][i % 3]!) % 10;
  return b + String((10 - (sum % 10)) % 10);
};
/** A US SSN of valid parts. */
export const ssnR = (r: Rng): string => `${r.int(101, 665)}${r.int(10, 99)}${r.int(1001, 9999)}`;
const phone = (r: Rng): string => `${r.int(201, 989)}${r.int(201, 989)}${r.str(DIG, 4)}`;
const dob = (r: Rng): string => `19${r.int(40, 99)}0${r.int(1, 9)}${r.int(10, 28)}`;
const street = (r: Rng): string => `${r.int(10, 9999)} ${r.pick(['HAWTHORN', 'BIRCHWOOD', 'FALCONER', 'MILLSTONE'])} ${r.pick(['LN', 'RD', 'AVE', 'WAY'])}`;

/** Samples of the round-r71 detectors, keyed by detector id. */
export const R71_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'netrc-uppercase-password': (r) => ['SYSPRINT: using NETRC entry MACHINE xfer.bank.example LOGIN treas01 PASSWORD ', pw(r, 10), ''],
  'ftp-client-pass-echo': (r) => ['ftp -d xfer.partner.example\n---> USER payroll\n---> PASS ', pw(r, 12), '\n530 Login incorrect.'],
  'connect-direct-node-password': (r) => ['SUBMIT PROC=PAYXFER SNODE=BANKNODE SNODEID=(payxfer,', mixed(r, 8), ') &DSN=PAY.OUT'],
  'camel-raw-password': (r) => ['<to uri="ftps://treasury@xfer.example/out?passiveMode=true&amp;password=RAW(', pw(r, 14), ')"/>'],
  'aspnet-machine-key-hex': (r) => ['<machineKey decryption="AES" decryptionKey="', r.str('0123456789ABCDEF', 64), '" validation="SHA1" />'],
  'shell-trace-stdin-secret': (r) => ["\n+ echo '", pw(r, 14), "'\n+ kinit etl_loader@EXAMPLE.ORG\nkinit: Preauthentication failed"],
  'isql-dash-p-password': (r) => ['ERROR running: isql -S ASE01 -U settle -P ', pw(r, 12), ' -w 200 -i recon.sql'],
  'db2-connect-using-password': (r) => ['+ db2 CONNECT TO PAYDB USER payload USING ', pw(r, 11), '\nSQL30082N Security processing failed'],
  'mssql-braced-password': (r) => ['odbc.ini [Ledger_DSN] UID=ledger PWD={', `${mixed(r, 8)}}}${mixed(r, 6)}`, '} Port=1433'],
  'oracle-mkstore-credential': (r) => ['$ mkstore -wrl /etc/oracle/wallet -modifyCredential LEDGER ledger_app ', pw(r, 14), ''],
  'wallet-password-on-stdin': (r) => ['task: orapki wallet create -wallet /etc/oracle/wallet -auto_login\nstdin: ', pw(r, 16), '\nrc=1'],
  'jcl-job-card-password': (r) => ["\n//PAYRL01 JOB (ACCT),'PAYROLL',CLASS=A,\n//         USER=PAYBAT,PASSWORD=", `${r.str(UPPER, 3)}${r.str(DIG, 3)}${r.str(UPPER, 2)}`, '\n//STEP1 EXEC PGM=IEFBR14'],
  'jcl-job-card-programmer-name': (r) => ['\n//PAYRL02 JOB (4410),\'', `${given(r)[0]} ${family(r)}`, "',CLASS=B,MSGCLASS=H"],
  'racf-password-phrase': (r) => ['ICH408I USER(TREAS1) LOGON FAILED - RACF PASSWORD ', `${r.str(UPPER, 4)}${r.str(DIG, 4)}`, ' EXPIRED'],
  'ebics-subscriber-password': (r) => ['EBICS INI for partner TREAS01 failed: password=', pw(r, 14), ' rejected by bank'],
  'ach-json-routing-field': (r) => ['{"batch":{"originatingDfi":"', abaR(r), '","entries":12}}'],
  'ach-json-account-field': (r) => ['{"sweep":{"offsetAccount":"', `${r.int(1, 9)}${r.str(DIG, 10)}`, '","currency":"USD"}}'],
  'x12-n3-street-segment': (r) => ['N1*PR*ACME HEALTH PLAN~N3|', street(r), '|SUITE 4~N4|DENVER|CO|80202~'],
  'x12-per-phone': (r) => ['NM1*IL*1*DOE*JANE~PER*IP**TE*', phone(r), '~N3*1 MAIN ST~'],
  'x12-ent-ssn': (r) => ['BPR*I*100*C*ACH~ENT*1*2J*34*', ssnR(r), '~RMR*IK*1**100~'],
  'x12-pipe-nm1-person': (r) => ['ST|834|0001~NM1|IL|1|', `${family(r)}|${given(r)}`, '|||34|000000000~'],
  'x12-pipe-member-id': (r) => ['INS|Y|18|030|XN|A~REF|0F|', ssnR(r), '~DTP|336|D8|20240101~'],
  'x12-pipe-dmg-birth-date': (r) => ['N4|DENVER|CO|80202~DMG|D8|', dob(r), '|M~HD|030||HLT~'],
  'x12-999-ik4-bad-value': (r) => ['AK2*834*0002~IK3*DMG*14*2100*8~IK4*2*1251*8*', dob(r), '~IK5*R~'],
  'x12-guide-json-member-field': (r) => ['{"subscriber_last_name_03":"', family(r), '","errors":[]}'],
  'edifact-nad-person-name': (r) => ["UNH+1+PAYORD:D:96A:UN'NAD+BE+++", `${family(r)}:${given(r)}`, "+1 HIGH ST+LEEDS++LS1 1AA+GB'"],
  'edifact-nad-street': (r) => ["NAD+BE+++DOE:JANE+", `${r.int(2, 99)} RUE DES LILAS`, "+LYON++69001+FR'"],
  'ach-individual-name-field': (r) => ['{"entryDetail":{"individualName":"', `${given(r)} ${family(r)}`, '","amount":1200}}'],
  'mx-clabe-near-spei': (r) => ['SPEI lote 7 rechazado:\n4411|', clabeR(r), '|PROVEEDOR 12|100.00'],
  'spei-record-beneficiary': (r) => [`layout SPEI fila 4: 1|${clabeR(r)}|`, `${given(r)} ${family(r)}`, '|1500.00|RENTA'],
  'positive-pay-issue-record': (r) => ['positive pay file rejected:\n', `${r.int(1, 9)}${r.str(DIG, 9)}`, `,${r.int(100, 9999)},120.50,03/14/2026,${given(r)} ${family(r)}\n`],
  'positive-pay-issue-payee': (r) => [`positive pay file rejected:\n${r.int(1, 9)}${r.str(DIG, 9)},${r.int(100, 9999)},120.50,03/14/2026,`, `${given(r)} ${family(r)}`, '\n'],
  'escaped-xml-password-element': (r) => ['payload=&lt;Login&gt;&lt;User&gt;svc&lt;/User&gt;&lt;Password&gt;', pw(r, 14), '&lt;/Password&gt;&lt;/Login&gt;'],
  'escaped-xml-name-element': (r) => ['payload=&lt;Customer&gt;&lt;FullName&gt;', person(r), '&lt;/FullName&gt;&lt;/Customer&gt;'],
  'aspnet-form-name-field': (r) => ['Form: __VIEWSTATE=&txtLastName=', title(family(r)), '&btnGo=Search'],
  'govtalk-name-parts': (r) => ['<Claimant><Name><Ttl>Mr</Ttl><Fore>', title(given(r)), '</Fore></Name></Claimant>'],
  'govtalk-authentication-value': (r) => ['<IDAuthentication><SenderID>BUREAU9</SenderID><Authentication><Method>clear</Method><Value>', mixed(r, 14), '</Value></Authentication>'],
  'iso20022-json-party-name': (r) => ['{"Cdtr":{"Nm":"', person(r), '"},"CdtrAcct":{"Id":{"Othr":{"Id":"1"}}}}'],
  'bai2-account-identifier': (r) => ['01,BANK,CORP,260101,0600,1,,,2/\n02,CORP,BANK,1,260101,,USD,2/\n03,', `${r.int(1, 9)}${r.str(DIG, 9)}`, ',USD,010,100,,/\n'],
  'br-bank-account-agencia-numero': (r) => ['{"banco":"341","agencia":"0912","numero":"', `${r.int(1, 9)}${r.str(DIG, 6)}`, '"}'],
  'br-payee-name-key': (r) => ['{"titular":"', `${title(given(r))} ${title(family(r))}`, '","chave":"email"}'],
};

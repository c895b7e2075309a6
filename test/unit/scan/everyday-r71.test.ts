import { describe, expect, it } from 'vitest';
import { DIG, UP, aba, everydayProbe, mix, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r71 (blind set 71: legacy enterprise integration): mainframe FTP and JCL credentials, Connect:Direct node
 * passwords, Camel RAW options, ASP.NET machine keys, secrets a shell trace feeds on stdin, database CLI and wallet
 * passwords, EBICS passwords, ACH JSON fields, X12 segments (N3, PER, ENT, IK4, pipe-separated
 * NM1/REF/DMG, guide JSON), EDIFACT NAD parties, SPEI CLABEs, positive-pay records, BAI2 03 records, escaped XML and
 * GovTalk elements, ASP.NET form names, ISO 20022 JSON names, Brazilian accounts — in contexts other than the set's
 * (other providers, shells and log shapes); beside them the look-alikes that stay clean, and the set's false alarms:
 * `__API_KEY__` slots, `$env:` references, `AutoGenerate,IsolateApps`, four-part product versions.
 */
const { found, clean } = everydayProbe();
const pw = (): string => `${mix(11)}~`;
const clabe = (): string => {
  const b = `0${1 + randomInt(7)}${str(DIG, 15)}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (Number(b[i]) * [3, 7, 1][i % 3]!) % 10;
  return b + String((10 - (sum % 10)) % 10);
};

describe('round r71: mainframe, transfer and database credentials', () => {
  it('finds a capitalised NETRC password and an echoed PASS command, not a PASS without a value or a word', () => {
    const p = pw();
    expect(found(`NETRC: MACHINE ftp.bank.example LOGIN acct7 PASSWORD ${p}`, p)).toBe(true);
    expect(found(`ftp> ---> PASS ${p}\n230 User logged in`, p)).toBe(true);
    expect(clean('EZA1701I >>> PASS ********')).toEqual([]);
    expect(clean('MACHINE build01 LOGIN ok PASSWORD expired')).toEqual([]);
  });

  it('finds Connect:Direct node passwords and Camel RAW secrets, not a node id alone or a property slot', () => {
    const p = mix(8);
    expect(found(`SUBMIT PROC=X PNODEID=(cduser,${p}) SNODE=PARTNER`, p)).toBe(true);
    const s = pw();
    expect(found(`from("ftp://ops@files.example/in?password=RAW(${s})&binary=true")`, s)).toBe(true);
    expect(clean('SNODEID=(cduser) SNODE=PARTNER')).toEqual([]);
    expect(clean('sftp://edi@host/out?password=RAW({{sftp.password}})')).toEqual([]);
  });

  it('finds ASP.NET machine keys in hex, not AutoGenerate or a short hex id', () => {
    const k = str('0123456789ABCDEF', 96);
    expect(found(`<machineKey validationKey='${k}' validation='SHA1'/>`, k)).toBe(true);
    expect(clean('<machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" />')).toEqual([]);
    expect(clean('<machineKey validationKey="0000000000000000000000000000000000000000" />')).toEqual([]);
  });

  it('finds a secret a shell trace feeds to kinit or an MQ sample, not an echoed message', () => {
    const p = pw();
    expect(found(`+ printf '%s\\n' '${p}'\n+ amqsgetc APP.REPLY QM1`, p)).toBe(true);
    expect(found(`++ echo '${p}'\n++ kinit -c /tmp/cc etl@EXAMPLE.ORG`, p)).toBe(true);
    expect(clean("+ echo 'starting kinit'\n+ kinit etl@EXAMPLE.ORG")).toEqual([]);
  });

  it('finds isql, DB2 CLP, braced, mkstore and wallet stdin passwords; not a flag without a value', () => {
    const p = pw();
    expect(found(`$ isql -Usa -P${p} -SASE16 -w999`, p)).toBe(true);
    expect(found(`db2 => CONNECT TO SAMPLE USER db2inst1 USING ${p}`, p)).toBe(true);
    const b = `${mix(6)}}}${mix(6)}`;
    expect(found(`DSN=Ledger;UID=app;PWD={${b}};`, b)).toBe(true);
    expect(found(`mkstore -wrl ./w -createCredential LEDGER_TNS ledger ${p}`, p)).toBe(true);
    expect(found(`+ orapki wallet create -wallet ./w\nstdin: ${p}`, p)).toBe(true);
    expect(clean('db2 connect to SAMPLE user db2inst1 using $PASSWORD')).toEqual([]);
    expect(clean('isql -S ASE16 -U sa -P $SYBPW -i x.sql')).toEqual([]);
  });

  it('finds JCL and RACF passwords and the JOB card name, not a job card without them', () => {
    expect(found(`//NIGHTLY JOB (A1),'R QUENNELL',CLASS=A,\n//  USER=OPS1,PASSWORD=QX7R2B9`, 'QX7R2B9')).toBe(true);
    expect(found("//NIGHTLY JOB (A1),'R QUENNELL',CLASS=A", 'R QUENNELL')).toBe(true);
    expect(found('IRR012I RACF PASSWORD PW82KQ7 REJECTED', 'PW82KQ7')).toBe(true);
    expect(clean("//NIGHTLY JOB (A1),'NIGHTLY BATCH',CLASS=A")).toEqual([]);
    expect(clean('// see PASSWORD=RESET in the docs')).toEqual([]);
  });

  it('finds an EBICS passphrase, not a line about EBICS without one', () => {
    const p = pw();
    expect(found(`EBICS HPB download for PARTNER9 with key passphrase ${p} failed`, p)).toBe(true);
    expect(clean('EBICS HPB download for PARTNER9: password expired')).toEqual([]);
  });
});

describe('round r71: ACH, treasury and batch records', () => {
  it('finds routing and account numbers under ACH JSON fields, not a bad checksum', () => {
    const r = aba();
    expect(found(`{"immediateDestination":"${r}","fileIdModifier":"A"}`, r)).toBe(true);
    const a = `${str(DIG, 11)}7`;
    expect(found(`{"receivingAccount":"${a}"}`, a)).toBe(true);
    expect(clean('{"immediateOrigin":"123456789"}')).toEqual([]);
  });

  it('finds a CLABE on a record after SPEI, and its beneficiary', () => {
    const c = clabe();
    expect(found(`Archivo SPEI con errores:\n2|${c}|ISOLDE ARKWRIGHT|100.00`, c)).toBe(true);
    expect(found(`Archivo SPEI con errores:\n2|${c}|ISOLDE ARKWRIGHT|100.00`, 'ISOLDE ARKWRIGHT')).toBe(true);
    expect(clean('Archivo SPEI con errores:\n2|123456789012345678|100.00')).toEqual([]);
  });

  it('finds positive-pay issue records and BAI2 03 accounts, not totals or dates', () => {
    const t = 'Positive Pay issue file rejected\n4455667788,10021,250.00,02/02/2026,OSWIN DRUMMOND';
    expect(found(t, '4455667788')).toBe(true);
    expect(found(t, 'OSWIN DRUMMOND')).toBe(true);
    expect(found('03,55012398765,USD,010,100,,/', '55012398765')).toBe(true);
    expect(clean('49,2802707,4/\n98,1200,2,6/')).toEqual([]);
  });

  it('finds a Brazilian account beside its branch and a payee name', () => {
    expect(found('{"agencia":"0190","conta":"4455123-4"}', '4455123-4')).toBe(true);
    expect(found('{"recebedor":"Haldis Vanterpool","valor":10}', 'Haldis Vanterpool')).toBe(true);
    expect(clean('{"recebedor":"ACME SERVICOS LTDA"}'.replace('LTDA', 'GROUP'))).toEqual([]);
  });
});

describe('round r71: X12 and EDIFACT segments', () => {
  it('finds N3, PER, ENT and pipe-separated member elements; not a payer address or a control number', () => {
    expect(found('N1*IL*DOE~N3*77 BIRCHWOOD RD APT 4~N4*X*Y*1~', '77 BIRCHWOOD RD APT 4')).toBe(true);
    expect(found('NM1*QC*1*DOE*JANE~PER*IC**WP*3125559876~', '3125559876')).toBe(true);
    expect(found('ENT*3*2J*34*219099998~', '219099998')).toBe(true);
    expect(found('ST|834|1~NM1|IL|1|ARKWRIGHT|BARNABY|Q|||34|219099998~DMG|D8|19771231|M~', 'ARKWRIGHT|BARNABY|Q')).toBe(true);
    expect(found('ST|834|1~REF|0F|219099998~', '219099998')).toBe(true);
    expect(found('ST|834|1~DMG|D8|19771231|M~', '19771231')).toBe(true);
    expect(clean('ST*834*0001~SE*12*0001~')).toEqual([]);
    expect(clean('PER*IC**EM*ops@example~')).toEqual([]);
    expect(clean('ENT*3*2J*34*000000000~')).toEqual([]);
  });

  it("finds a 999's IK4 copy of a bad DMG value and guide-JSON member fields", () => {
    expect(found('IK3*DMG*9*2100*8~IK4*2*1251*8*19990231~IK5*R~', '19990231')).toBe(true);
    expect(found('{"dependent_first_name_04":"Casimir"}', 'Casimir')).toBe(true);
    expect(clean('IK3*HD*9*2300*8~IK4*3*1205*7*ZZZ~')).toEqual([]);
  });

  it('finds EDIFACT NAD person names and streets, not a company party', () => {
    const t = "NAD+PE+++TREVELYAN:ISOLDE+14 RUE DU PORT+NANTES++44000+FR'";
    expect(found(t, 'TREVELYAN:ISOLDE')).toBe(true);
    expect(found(t, '14 RUE DU PORT')).toBe(true);
    expect(clean("NAD+BE+++ACME TRADING GROUP+'")).toEqual([]);
  });
});

describe('round r71: names and secrets in payloads, and the set’s false alarms', () => {
  it('finds escaped XML passwords and names, GovTalk parts and ISO 20022 JSON names', () => {
    const p = pw();
    expect(found(`body: &lt;wsse:Password Type="#PasswordText"&gt;${p}&lt;/wsse:Password&gt;`, p)).toBe(true);
    expect(found('&lt;CustomerName&gt;Barnaby Meiklejohn&lt;/CustomerName&gt;', 'Barnaby Meiklejohn')).toBe(true);
    expect(found('<Name><Fore>Isolde</Fore><Sur>Quennell</Sur></Name>', 'Quennell')).toBe(true);
    const v = mix(12);
    expect(found(`<Authentication><Method>clear</Method><Value>${v}</Value></Authentication>`, v)).toBe(true);
    expect(found('{"UltmtDbtr":{"Nm":"Oswin Trevelyan"}}', 'Oswin Trevelyan')).toBe(true);
    expect(found('Form: txtFirstName=Perpetua&txtSurname=Drummond&cmd=Go', 'Perpetua')).toBe(true);
    expect(clean('<Authentication><Method>clear</Method><Value>password</Value></Authentication>')).toEqual([]);
  });

  it('stays clean on deploy slots, PowerShell env references and product versions', () => {
    expect(clean(`<add key="Smtp.Password" value="__SMTP_PASSWORD__" />`)).toEqual([]);
    expect(clean(`$headers = @{ 'Authorization' = $env:PARTNER_TOKEN }; secret = $env:EDI_SECRET`)).toEqual([]);
    expect(clean('Runtimes: Mule 4.6.2, IBM MQ 9.3.0.15, Oracle 19.21.0.0, WebSphere 9.0.5.17')).toEqual([]);
    expect(clean(`${str(UP, 3)}: validationKey="AutoGenerate" decryption="Auto"`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r34 (blind set 34: security operations and incident response): credentials as offensive and
 * forensic tools print them (mimikatz, secretsdump, Kerberoast, Metasploit, impacket), passwords typed
 * into Windows and Linux commands, SOC pipeline secrets, MFA backup codes, password-manager exports,
 * and people named by incident labels — in contexts other than the set's, values drawn at test time;
 * beside them the look-alikes that stay clean (IOC hashes and addresses, masked and placeholder values).
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const clean = (text: string) => leaks(text).map((f) => `${f.detector}:${text.slice(f.start, f.end)}`);

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const str = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const digits = (n: number): string => str('0123456789', n);
const pick = <T>(xs: readonly T[]): T => xs[randomInt(xs.length)]!;
/** A password as people choose them: a word, digits, a symbol, and some random letters. */
const pw = (): string => `${pick(['Lantern', 'Bramble', 'Quokka', 'Thistle', 'Nimbus'])}${digits(3)}${pick(['!', '#', '%', '+'])}${str(B62, 4)}`;
const FIRST = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Casimir'];
const LAST = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (): [string, string] => [pick(FIRST), pick(LAST)];
/** A Luhn-valid Visa number. */
function visa(): string {
  const body = `4${digits(14)}`;
  for (let d = 0; d < 10; d++) {
    const n = body + d;
    let sum = 0;
    for (let i = 0; i < n.length; i++) {
      let x = Number(n[n.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return n;
  }
  return body + '0';
}

describe('round r34: people named by incident tools and tickets', () => {
  it('finds names under incident labels, beside their own mailbox, as chat speakers, in SAML, case objects and Windows events', () => {
    const [f1, l1] = person();
    const a = `Case 4411 escalated\nAffected user: ${f1} ${l1}\nseverity: high`;
    expect(found(a, `${f1} ${l1}`), a).toBe(true);
    const [f2, l2] = person();
    const b = `Jira SEC-${digits(4)} watcher added: ${f2} ${l2} <${f2.toLowerCase()}.${l2.toLowerCase()}@kestrel-mail.net>`;
    expect(found(b, `${f2} ${l2}`), b).toBe(true);
    const [f3, l3] = person();
    const c = `#war-room export\n[14:02] ${f3} ${l3}: firewall rule pushed\n[14:05] bot: ack`;
    expect(found(c, `${f3} ${l3}`), c).toBe(true);
    const [f4, l4] = person();
    const d = `<Attribute Name="http://schemas.microsoft.com/identity/claims/displayname"><AttributeValue>${f4} ${l4}</AttributeValue></Attribute>`;
    expect(found(d, `${f4} ${l4}`), d).toBe(true);
    const [f5, l5] = person();
    const e = `{"case":"AML-${digits(5)}","patient":{"id":${digits(6)},"name":"${f5} ${l5}"}}`;
    expect(found(e, `${f5} ${l5}`), e).toBe(true);
    const [f6, l6] = person();
    const g = `EDR isolated ${f6} ${l6}'s workstation after beaconing`;
    expect(found(g, `${f6} ${l6}`), g).toBe(true);
    const [f7, l7] = person();
    const h = `<Event><EventData><Data Name="TargetUserName">x${digits(3)}</Data><Data Name="DisplayName">${f7} ${l7}</Data></EventData></Event>`;
    expect(found(h, `${f7} ${l7}`), h).toBe(true);
    const [f8, l8] = person();
    const i = `INC-${digits(5)} closed by ${f8} ${l8}: duplicate of INC-${digits(5)}`;
    expect(found(i, `${f8} ${l8}`), i).toBe(true);
    // Look-alikes: roles, teams and bots under the same labels, a name with someone else's mailbox, a documentation mailbox.
    expect(clean('Reporter: Security Operations\nOwner: Incident Response Team')).toEqual([]);
    expect(clean('[14:02] Release Bot: deploy finished')).toEqual([]);
    expect(clean(`Notify Security Desk <soc-alerts@kestrel-mail.net>`)).toEqual([]);
    expect(clean('Victim: Dana Kim <dana@example.com>')).toEqual([]);
  });
});

describe('round r34: credentials in offensive and forensic tool output', () => {
  it('finds mimikatz hashes, Kerberos keys, roast hashes and NT hashes after the empty LM hash; IOC hashes stay clean', () => {
    const nt = str(HEX, 32);
    const sha = str(HEX, 40);
    const a = `sekurlsa output for host ws-${digits(2)}:\n   msv :\n    * Username : jdoe\n    * NTLM     : ${nt}\n    * SHA1     : ${sha}\n`;
    expect(found(a, nt), a).toBe(true);
    expect(found(a, sha), a).toBe(true);
    const aes = str(HEX, 64);
    const b = `CONTOSO\\svc_web:aes256-cts-hmac-sha1-96:${aes}\nCONTOSO\\svc_web:des-cbc-md5:${str(HEX, 16)}`;
    expect(found(b, aes), b).toBe(true);
    const roast = `$krb5asrep$23$jdoe@CONTOSO.LOCAL:${str(HEX, 32)}$${str(HEX, 16 * randomInt(8, 20))}`;
    const c = `[*] AS-REP roastable users\n${roast}\n`;
    expect(found(c, roast), c).toBe(true);
    const nt2 = str(HEX, 32);
    const d = `loot: smb_hash administrator aad3b435b51404eeaad3b435b51404ee:${nt2} (pwdump)`;
    expect(found(d, nt2), d).toBe(true);
    // IOC lists, the empty-password constants and hashcat's status stay clean.
    expect(clean(`IOC bundle\nMD5: ${str(HEX, 32)}\nSHA1: ${str(HEX, 40)}\nSHA256: ${str(HEX, 64)}`)).toEqual([]);
    expect(clean('    * NTLM     : 31d6cfe0d16ae931b73c59d7e0c089c0')).toEqual([]);
    expect(clean('Hash.Mode........: 18200 (Kerberos 5, etype 23, AS-REP)\nRecovered........: 0/3 (0.00%) Digests')).toEqual([]);
  });

  it('finds passwords typed into Windows and Linux commands, impacket targets, Metasploit creds and incident chat', () => {
    const cases: [string, string][] = [];
    let p = pw();
    cases.push([`cmd history: net user backdoor$ ${p} /add`, p]);
    p = pw();
    cases.push([`runbook step 4: cmdkey /generic:TERMSRV/rdp-${digits(2)} /user:ops /pass:${p}`, p]);
    p = pw();
    cases.push([`schtasks.exe /create /tn "Sync" /tr c:\\tools\\sync.cmd /sc daily /ru CONTOSO\\svc_sync /rp ${p}`, p]);
    p = pw();
    cases.push([`reg add HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon /v DefaultPassword /t REG_SZ /d ${p} /f`, p]);
    p = pw();
    cases.push([`sc.exe config SqlAgent obj= CONTOSO\\svc_sql password= ${p}`, p]);
    p = pw();
    cases.push([`deploy.sh: sshpass -p '${p}' scp build.tgz ops@10.0.4.2:/srv`, p]);
    p = pw();
    cases.push([`type=EXECVE msg=audit(1790000000.1:77): argc=4 a0="mysql" a1="-u" a2="-p" a3="${p}"`, p]);
    p = pw();
    cases.push([`proxychains wmiexec.py CONTOSO/helpdesk:${p}@10.1.2.3 whoami`, p]);
    p = pw();
    cases.push([`10.2.0.8        1433/tcp (mssql)       sa             ${p}     Password`, p]);
    p = pw();
    cases.push([`[10:41] ir-lead: they logged in as jenkins with ${p} from the VPN pool`, p]);
    p = pw();
    cases.push([`analyst note: victim typed password ${p} into the fake portal`, p]);
    for (const [text, value] of cases) expect(found(text, value), text).toBe(true);
    // A prompt, a switch, a mask and a variable stay clean.
    expect(clean('net user backdoor$ * /add')).toEqual([]);
    expect(clean('net user jdoe /domain')).toEqual([]);
    expect(clean('cmdkey /add:fs01 /user:ops /pass:********')).toEqual([]);
    expect(clean('sshpass -p "$SSHPASS" ssh ops@bastion')).toEqual([]);
  });
});

describe('round r34: SOC pipeline secrets, MFA codes and exports', () => {
  it('finds Sumo Logic source tokens, Datadog app keys, AWS key pairs, backup codes, encoded PowerShell, CSV TOTP, accounts and CVVs', () => {
    const sumo = str(B62 + '_-', 80);
    const a = `fluentd out_sumo: url https://collectors.de.sumologic.com/receiver/v1/http/${sumo} returned 401`;
    expect(found(a, sumo), a).toBe(true);
    const share = str(B62 + '+/', 44);
    const share2 = str(HEX, 66);
    const u = `DR drill notes\nunseal_key_1 = "${share}"\nUnseal Key 3: ${share2}\n`;
    expect(found(u, share), u).toBe(true);
    expect(found(u, share2), u).toBe(true);
    const app = str(HEX, 40);
    const b = `datadog provider block: api_key = var.dd_api_key, app_key = "${app}"`;
    expect(found(b, app), b).toBe(true);
    const secret = str(B62, 40);
    const c = `handover: AKIA${str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}:${secret} (ci-user, rotate Friday)`;
    expect(found(c, secret), c).toBe(true);
    const codes = `${digits(4)} ${digits(4)}; ${digits(4)} ${digits(4)}; ${digits(4)} ${digits(4)}`;
    const d = `Helpdesk: recovery codes for the exec account are ${codes}`;
    expect(found(d, codes), d).toBe(true);
    const p = pw();
    const enc = Buffer.from(`$cred = New-Object PSCredential('CONTOSO\\ops', (ConvertTo-SecureString "${p}" -AsPlainText -Force)); Invoke-Command -ComputerName fs01 -Credential $cred {hostname}`, 'utf16le').toString('base64');
    const e = `ProcessCommandLine: "powershell.exe" -nop -enc ${enc}`;
    expect(found(e, enc), e).toBe(true);
    const seed = str(B32, 32);
    const f = `folder,favorite,type,name,login_uri,login_username,login_password,login_totp\nWork,0,login,VPN,https://vpn.kestrel.net,ops,${pw()},${seed}\n`;
    expect(found(f, seed), f).toBe(true);
    const acct = `${randomInt(1, 9)}${digits(9)}`;
    const g = `refund_id,customer_ref,amount,bank_account,status\nrf_${str(B62, 10)},C-${digits(5)},${randomInt(10, 999)}.00,${acct},pending\n`;
    expect(found(g, acct), g).toBe(true);
    const cvv = digits(3);
    const h = `{"items":[{"type":3,"name":"Travel card","card":{"brand":"Visa","expYear":"2030","code":"${cvv}"}}]}`;
    expect(found(h, cvv), h).toBe(true);
    const pan = visa();
    const i = `==== cards.txt ====\nHolder: ${pick(FIRST)} ${pick(LAST)}\nNumber: ${pan}\nExpiry: 09/29\n`;
    expect(found(i, pan), i).toBe(true);
    // Look-alikes: a documentation key pair, a Datadog key id that is no key, an encoded command without a secret, a csv id column.
    expect(clean('AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toEqual([]);
    const benign = Buffer.from('Get-Process | Sort-Object CPU -Descending | Select-Object -First 5', 'utf16le').toString('base64');
    expect(clean(`powershell.exe -NoProfile -EncodedCommand ${benign}`)).toEqual([]);
    expect(clean(`refund_id,order_no,amount\nrf_1,${digits(9)},12.00\n`)).toEqual([]);
  });

  it("leaves IOC addresses clean (GuardDuty's remote side, a WAF-blocked client, a scanner's target) and still reports a user's client address", () => {
    const ip = `${pick([45, 91, 185])}.${randomInt(10, 250)}.${randomInt(0, 255)}.${randomInt(1, 254)}`;
    expect(clean(`{"type":"Recon:EC2/Portscan","service":{"action":{"networkConnectionAction":{"remoteIpDetails":{"country":{"countryName":"NL"},"ipAddressV4":"${ip}"}}}}}`)).toEqual([]);
    expect(clean(`{"action":"BLOCK","terminatingRuleId":"SQLi","httpRequest":{"clientIp":"${ip}","uri":"/login"}}`)).toEqual([]);
    expect(clean(`[2026-11-02T10:00:00Z] [weak-cipher-suites] [ssl] [low] ${ip}:443 ["tls10"]`)).toEqual([]);
    const allowed = `{"action":"ALLOW","httpRequest":{"clientIp":"${ip}","uri":"/account"}}`;
    expect(found(allowed, ip), allowed).toBe(true);
  });
});

import type { PosTemplate34 } from './blind-set-34-kit';
import { host34, ip10, ts34 } from './blind-set-34-kit';
import { email34, person34 } from './blind-set-34-people';
import { ghToken34, gitlab34, pass34, psEncoded34, stripe34, urlPass34, vault34 } from './blind-set-34-secrets';

/** EDR/XDR templates: CrowdStrike, SentinelOne, Defender, Sysmon and auditd process events with secrets in command lines. */
export const EDR_TEMPLATES34: PosTemplate34[] = [
  {
    area: 'edr', name: 'falcon-curl-bearer', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const tok = r.next() < 0.5 ? ghToken34(r) : gitlab34(r);
      const det = { detection_id: `ldt:${r.hex(32)}:${r.int(1e9, 9e9)}`, severity: 'High', tactic: 'Credential Access', technique_id: 'T1552.001', device: { hostname: host34(r), local_ip: ip10(r) }, user_name: `CORP\\${p.user}`, user_principal: email34(r, p), cmdline: `curl -s -H "Authorization: Bearer ${tok}" https://api.github.com/user/repos?per_page=100`, parent_cmdline: 'bash -c ./sync.sh' };
      v.c(tok.startsWith('glpat') ? 'gitlab-token' : 'github-token', tok); v.p('email', det.user_principal);
      return `CrowdStrike Falcon detection -> Slack\n${JSON.stringify(det)}\nassigned to: tier2-queue`;
    },
  },
  {
    area: 'edr', name: 's1-encoded-powershell', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const pw = pass34(r);
      const script = `$pw = ConvertTo-SecureString '${pw}' -AsPlainText -Force; $c = New-Object PSCredential('CORP\\${p.user}', $pw); Enter-PSSession -ComputerName ${host34(r)} -Credential $c`;
      const blob = v.c('ps-encoded-command', psEncoded34(script));
      const pw2 = v.c('password', pass34(r));
      return `SentinelOne threat ${r.int(1e15, 9e15)} | classification: Malware | confidence: suspicious
endpoint: ${host34(r)}  lastLoggedInUser: ${v.p('name', p.full)}
cmdline: powershell.exe -NoP -W Hidden -EncodedCommand ${blob}
child:   powershell.exe -Command "$s = ConvertTo-SecureString '${pw2}' -AsPlainText -Force; Set-ADAccountPassword -Identity ${p.user} -NewPassword $s -Reset"
sha256: ${r.hex(64)}`;
    },
  },
  {
    area: 'edr', name: 'defender-persistence', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const lines = [
        `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d "${v.c('password', pass34(r))}" /f`,
        `cmdkey /add:${host34(r)} /user:CORP\\${p.user} /pass:${v.c('password', pass34(r))}`,
        `schtasks /create /tn Updater /tr C:\\ProgramData\\u.exe /sc onlogon /ru CORP\\svc_task /rp ${v.c('password', urlPass34(r))}`,
      ];
      return `Microsoft Defender for Endpoint alert da${r.int(1e17, 9e17)}: "Suspicious persistence"
AccountUpn: ${v.p('email', email34(r, p))}
ProcessCommandLine (3 events):
${lines.map((l, i) => `  [${i + 1}] ${l}`).join('\n')}`;
    },
  },
  {
    area: 'edr', name: 'sysmon-psexec-xml', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      const pw = v.c('password', urlPass34(r));
      return `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>1</EventID><Computer>${host34(r)}</Computer></System><EventData>
<Data Name="UtcTime">${ts34(r)}</Data><Data Name="ProcessGuid">{${r.uuid()}}</Data>
<Data Name="CommandLine">PsExec64.exe \\\\${host34(r)} -accepteula -u CORP\\${p.user} -p ${pw} cmd /c whoami</Data>
<Data Name="User">CORP\\${p.user}</Data><Data Name="Description">${v.p('name', p.full)} (helpdesk)</Data>
<Data Name="Hashes">SHA256=${r.hex(64).toUpperCase()},IMPHASH=${r.hex(32).toUpperCase()}</Data></EventData></Event>
forwarded by WEF; also saw: sqlcmd -S ${host34(r)} -U sa -P ${v.c('password', pass34(r))} -Q "select 1"`;
    },
  },
  {
    area: 'edr', name: 'auditd-execve', draws: 11,
    make: (r, v) => {
      const pw = v.c('password', urlPass34(r));
      const vt = v.c('vault-token', vault34(r));
      const id = r.int(10000, 99999);
      return `type=SYSCALL msg=audit(${r.int(1.79e9, 1.8e9)}.${r.int(100, 999)}:${id}): arch=c000003e syscall=59 success=yes exit=0 auid=${r.int(1000, 1999)} uid=0 comm="sshpass" exe="/usr/bin/sshpass" key="cred_in_args"
type=EXECVE msg=audit(${r.int(1.79e9, 1.8e9)}.${r.int(100, 999)}:${id}): argc=5 a0="sshpass" a1="-p" a2="${pw}" a3="ssh" a4="deploy@${host34(r)}"
type=EXECVE msg=audit(${r.int(1.79e9, 1.8e9)}.${r.int(100, 999)}:${id + 1}): argc=4 a0="vault" a1="login" a2="-no-print" a3="${vt}"
type=EXECVE msg=audit(${r.int(1.79e9, 1.8e9)}.${r.int(100, 999)}:${id + 2}): argc=3 a0="psql" a1="postgresql://billing:${v.c('password', urlPass34(r))}@${host34(r)}:5432/ledger" a2="-c"`;
    },
  },
  {
    area: 'edr', name: 'xdr-incident-summary', draws: 11,
    make: (r, v) => {
      const victim = person34(r);
            return `Cortex XDR incident #${r.int(1000, 99999)} (High) — "Credential theft via LSASS access"
Victim: ${v.p('name', victim.full)} <${v.p('email', email34(r, victim))}>, host ${host34(r)}
Analyst (tier 2): attacker ran
  rundll32.exe C:\\windows\\System32\\comsvcs.dll, MiniDump 624 C:\\temp\\l.dmp full
  then: echo ${v.c('stripe-key', stripe34(r))} > C:\\temp\\k.txt
  and: runas /user:CORP\\adm_${victim.user} "cmd"  (typed password ${v.c('password', pass34(r))} per keylogger)
MITRE: T1003.001, T1056.001`;
    },
  },
];

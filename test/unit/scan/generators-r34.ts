import type { Rng, Sample } from './sample-rng';
import { B62, DIG, HEX, UPPER, URLSAFE } from './sample-rng';

const GIVEN = ['Rowena', 'Ambrose', 'Tindra', 'Lucian', 'Maelis', 'Osric'];
const FAMILY = ['Thornbury', 'Ashdown', 'Kilbride', 'Penhallow', 'Wetherell', 'Carrick'];
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** A person's name and its mailbox's local part. */
const named = (r: Rng): [string, string] => {
  const f = r.pick(GIVEN);
  const l = r.pick(FAMILY);
  return [`${f} ${l}`, `${f.toLowerCase()}.${l.toLowerCase()}`];
};
const name = (r: Rng): string => named(r)[0];
/** A typed password: a word, digits, a symbol, random letters. */
const pw = (r: Rng): string => `${r.pick(['Heron', 'Sparrow', 'Basalt', 'Cinder'])}${r.str(DIG, 3)}${r.pick(['!', '#', '+'])}${r.str(B62, 5)}`;
/** A Luhn-valid Mastercard number. */
function mastercard(r: Rng): string {
  const body = `5${r.int(1, 5)}${r.str(DIG, 13)}`;
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

/** Samples of round r34's detectors (blind set 34: security operations and incident response), each value as its tool writes it. */
export const R34_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-under-incident-label': (r) => ['Case escalated to tier 3\nVictim: ', name(r), '\nHost: ws-12'],
  'person-name-with-own-mailbox': (r) => {
    const [n, m] = named(r);
    return ['watchers: ', n, ` <${m}@quarry-hill.net> (added)`];
  },
  'person-name-chat-timeline-speaker': (r) => ['bridge log\n[09:4' + r.int(0, 9) + '] ', name(r), ': containment started'],
  'person-name-saml-name-attribute': (r) => ['<saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/displayname"><saml:AttributeValue>', name(r), '</saml:AttributeValue>'],
  'person-name-in-party-object': (r) => ['{"case":"FRD-1","cardholder":{"id":"c_1","name":"', name(r), '"}}'],
  'person-name-windows-event-data': (r) => ['<EventData><Data Name="DisplayName">', name(r), '</Data></EventData>'],
  'person-name-possessive-device': (r) => ['triage: imaged ', name(r), "'s laptop before reimaging"],
  'person-name-after-ticket-by': (r) => ['SEC-1234 comment by ', name(r), ': rotated the key'],
  'mimikatz-credential-hash': (r) => ['  msv :\n   * Username : ops\n   * NTLM     : ', r.str(HEX, 32), '\n'],
  'kerberos-long-term-key': (r) => ['CORP\\svc_app:aes256-cts-hmac-sha1-96:', r.str(HEX, 64), '\n'],
  'kerberos-roast-hash': (r) => ['roast.txt:\n', `$krb5tgs$23$*svc_web$CORP.LOCAL$HTTP/web01*$${r.str(HEX, 32)}$${r.str(HEX, 16 * r.int(8, 16))}`, '\n'],
  'nt-hash-after-empty-lm': (r) => ['pth target: administrator aad3b435b51404eeaad3b435b51404ee:', r.str(HEX, 32), ' (smb)'],
  'metasploit-creds-password': (r) => ['10.0.0.5        22/tcp (ssh)         root           ', pw(r), '   Password\n'],
  'impacket-target-password': (r) => ['$ secretsdump.py CORP/backup_op:', pw(r), '@10.0.0.2 -just-dc'],
  'net-user-password': (r) => ['C:\\> net user helpdesk9 ', pw(r), ' /add /domain'],
  'windows-command-password-switch': (r) => ['cmdkey /add:fs02 /user:CORP\\ops /pass:', pw(r), '\n'],
  'sshpass-argv-password': (r) => [`type=EXECVE msg=audit(1790000000.${r.int(100, 999)}:812): argc=5 a0="sshpass" a1="-p" a2="`, pw(r), '" a3="ssh" a4="ops@nas"'],
  'chat-login-with-password': (r) => ['[11:02] lead: attacker logged in as svc_ci with ', pw(r), ' from tor exit'],
  'sumologic-http-source-token': (r) => ['POST https://endpoint4.collection.eu.sumologic.com/receiver/v1/http/', r.str(URLSAFE, 80), ' -> 403'],
  'vault-unseal-key-share': (r) => ['$ vault operator init\nUnseal Key 2: ', r.str(B62 + '+/', 44), '\nInitial Root Token: (revoked)'],
  'datadog-app-key-labelled': (r) => ['datadog: DD_SITE=datadoghq.eu app_key=', r.str(HEX, 40), '\n'],
  'aws-secret-after-key-id': (r) => [`creds: AKIA${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)} / `, `${r.str(UPPER, 2)}${r.str('abcdef', 2)}${r.str(DIG, 2)}${r.str(B62 + '+/', 34)}`, ' (old)'],
  'mfa-backup-codes': (r) => ['account recovery: backup codes ', `${r.str(DIG, 4)} ${r.str(DIG, 4)}, ${r.str(DIG, 4)} ${r.str(DIG, 4)}`, '\n'],
  'mfa-backup-code-key': (r) => ['{"user":"u1","action":"enrol","totp_backup":"', `${r.str(DIG, 4)}-${r.str(B62, 6)}`, '"}'],
  'powershell-encoded-command-secret': (r) => [
    'cmdline: powershell.exe -w hidden -enc ',
    Buffer.from(`$p = ConvertTo-SecureString '${pw(r)}' -AsPlainText -Force; New-LocalUser -Name x${r.str(DIG, 3)} -Password $p`, 'utf16le').toString('base64'),
    '\n',
  ],
  'password-manager-csv-totp': (r) => [`url,username,password,totp,extra,name,grouping,fav\nhttps://git.corp,ops,${pw(r)},`, r.str(B32, 32), ',,Git,Work,0\n'],
  'bank-account-csv-column': (r) => [`payout_id,payee_ref,bank_account,amount\npo_${r.str(B62, 8)},P-${r.str(DIG, 4)},`, `${r.int(1, 9)}${r.str(DIG, 9)}`, ',120.00\n'],
  'card-number-in-card-record': (r) => [`===== CreditCards.txt =====\nHolder: ${name(r)}\nNumber: `, mastercard(r), '\nExp: 10/29\n'],
  'card-cvv-export': (r) => [`|--- CC ---|\nCard Number : ${mastercard(r)}\nExp / CVV   : 08/28 / `, r.str(DIG, 3), '\n'],
};

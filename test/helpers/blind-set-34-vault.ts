import type { PosTemplate34 } from './blind-set-34-kit';
import { host34, ts34 } from './blind-set-34-kit';
import { account34, card34, email34, expiry34, iban34, person34, ssn34 } from './blind-set-34-people';
import { aws34, hexKey34, pass34, pem34, sendgrid34, totp34, unseal34, urlPass34 } from './blind-set-34-secrets';

const cardBrand = (pan: string) => (pan.startsWith('4') ? 'Visa' : pan.startsWith('3') ? 'Amex' : pan.startsWith('6') ? 'Discover' : 'Mastercard');

/** Password-manager exports, break-glass and key-rotation templates. */
export const VAULT_TEMPLATES34: PosTemplate34[] = [
  {
    area: 'vault', name: 'lastpass-csv-export', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const rows = ['url,username,password,totp,extra,name,grouping,fav'];
      for (let i = 0; i < 2; i++) rows.push(`https://${r.pick(['aws.amazon.com', 'github.com', 'vpn.contoso-fin.com', 'portal.azure.com'])},${v.p('email', email34(r, p))},${v.c('password', pass34(r))},${i === 0 ? v.c('totp-seed', totp34(r)) : ''},,${r.pick(['AWS root', 'GitHub', 'VPN', 'Azure'])},Work,0`);
      rows.push(`http://sn,,,,"NoteType:Credit Card\nLanguage:en-US\nName on Card:${v.p('name', p.full)}\nType:Visa\nNumber:${v.f('card-number', card34(r, 'compact'))}\nSecurity Code:${v.f('card-cvv', r.digits(3))}\nStart Date:,\nExpiration Date:${expiry34(r)}\nNotes:",Corporate card,Finance,0`);
      return `Exfil alert: lastpass_export.csv uploaded to personal Dropbox from ${host34(r)}; first lines of file:\n${rows.join('\n')}`;
    },
  },
  {
    area: 'vault', name: 'bitwarden-json-export', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const pan = card34(r, 'compact');
      const items = [
        { type: 1, name: 'Payroll portal', login: { username: v.p('email', email34(r, p)), password: v.c('password', pass34(r)), totp: `otpauth://totp/Payroll?secret=${v.c('totp-seed', totp34(r))}` } },
        { type: 3, name: 'Corporate card', card: { cardholderName: v.p('name', p.full), brand: cardBrand(pan), number: v.f('card-number', pan), expMonth: String(r.int(1, 12)), expYear: String(r.int(2027, 2031)), code: v.f('card-cvv', r.digits(4)) } },
        { type: 2, name: 'Wire template', notes: `IBAN ${v.f('iban', iban34(r, false))}` },
      ];
      return `bw export detected in /home/${p.user}/Downloads (DLP endpoint agent): ${JSON.stringify({ encrypted: false, items })}`;
    },
  },
  {
    area: 'vault', name: '1password-shared-item', draws: 11,
    make: (r, v) => {
      const a = person34(r);
            return `1Password Events API — item_usage
{"uuid":"${r.b62(26).toLowerCase()}","timestamp":"${ts34(r)}","used_version":3,"vault_uuid":"${r.b62(26).toLowerCase()}","action":"reveal","user":{"uuid":"${r.b62(26).toUpperCase()}","name":"${v.p('name', a.full)}","email":"${v.p('email', email34(r, a))}"}}
#it-help thread: someone pasted the item instead of sharing the link:
  title: Prod RDS master   username: admin   password: ${v.c('password', pass34(r))}
  notes: bank for vendor payments ${v.f('iban', iban34(r))}`;
    },
  },
  {
    area: 'vault', name: 'break-glass-ticket', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const keys = [unseal34(r), unseal34(r), unseal34(r)];
      return `SEC-${r.int(1000, 9999)} [Break-glass] Vault sealed after DR failover
Reporter: ${v.p('name', p.full)}
Steps taken:
1. Opened envelope #2 from the safe. Root password for ${host34(r)}: ${v.c('password', pass34(r))}
2. Unsealed with 3 of 5 shares:
   Unseal Key 1: ${v.c('vault-unseal-key', keys[0]!)}
   Unseal Key 3: ${v.c('vault-unseal-key', keys[1]!)}
   Unseal Key 4: ${v.c('vault-unseal-key', keys[2]!)}
3. Root token generated, will revoke after audit.`;
    },
  },
  {
    area: 'vault', name: 'key-rotation-ticket', draws: 12,
    make: (r, v) => {
      const p = person34(r);
      const a = aws34(r);
      const b = aws34(r);
      return `Key rotation checklist (owner ${v.p('name', p.full)}) — DONE
- AWS ci-deployer: old ${v.c('aws-access-key-id', a.id)} / ${v.c('aws-secret-key', a.secret)} -> new ${v.c('aws-access-key-id', b.id)} / ${v.c('aws-secret-key', b.secret)}
- Datadog API key: ${v.c('datadog-api-key', hexKey34(r, 32))} (app key ${v.c('datadog-app-key', hexKey34(r, 40))})
- SendGrid: ${v.c('sendgrid-key', sendgrid34(r))}
- Twilio auth token: ${v.c('twilio-auth-token', hexKey34(r, 32))}
ping #sre-oncall if anything breaks`;
    },
  },
  {
    area: 'vault', name: 'keystore-commands', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      return `Jenkins job cert-renew #${r.int(100, 999)} FAILED (by ${v.p('name', p.full)})
+ openssl pkcs12 -export -in tls.crt -inkey tls.key -out tls.p12 -passout pass:${v.c('pkcs12-password', urlPass34(r))}
+ keytool -importkeystore -srckeystore tls.p12 -srcstoretype PKCS12 -srcstorepass ${v.c('pkcs12-password', urlPass34(r))} -destkeystore app.jks -deststorepass ${v.c('jks-storepass', urlPass34(r))} -noprompt
keytool error: java.io.IOException: keystore password was incorrect`;
    },
  },
  {
    area: 'vault', name: 'pem-in-ticket', draws: 11,
    make: (r, v) => {
      const p = person34(r);
      const escaped = r.next() < 0.5;
      const key = pem34(r, escaped ? '\\n' : '\n');
      const body = escaped
        ? `{"type":"service_account","client_email":"deploy@prod-${r.int(100, 999)}.iam.gserviceaccount.com","private_key_id":"${r.hex(40)}","private_key":"${v.c('private-key', key)}\\n"}`
        : v.c('private-key', key);
      return `INC-${r.int(10000, 99999)} comment by ${v.p('name', p.full)}: here is the key that was on the compromised bastion, please confirm it is revoked:\n${body}`;
    },
  },
  {
    area: 'vault', name: 'hr-offboarding-vault', draws: 10,
    make: (r, v) => {
      const p = person34(r);
      return `Offboarding audit: vault item "HR - ${p.last}" still readable by all-staff
employee: ${v.p('name', p.full)} | SSN: ${v.p('ssn', ssn34(r))} | payroll ACH acct ${v.f('bank-account', account34(r))}
direct deposit IBAN: ${v.f('iban', iban34(r))} | corp card: ${v.f('card-number', card34(r))}`;
    },
  },
];

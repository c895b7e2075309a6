import { company71, host71, jsonEsc71, ts71, up71, z71, type Tpl71 } from './blind-set-71-core';
import { aba71, acct71, bic71, bsn71, card71, cf71, cpf71, dni71, iban71, nir71, pesel71, pnr71, steuerId71 } from './blind-set-71-ids';
import { akid71, awsSecret71, b64key71, basic71, pw71 } from './blind-set-71-keys';
import { dobText71, person71 } from './blind-set-71-people';

const K = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'treasury', name, make });

/** Treasury, payroll-bureau and KYC integrations: bank files next to the credentials that move them. */
export const EXTRA71: Tpl71[] = [
  K('mt940-sftp', (x, r) => {
    return `MT940 import failed (tag :61: amount format) for statement ${r.digits(6)}/${r.int(1, 9)} — file pulled from sftp://treasury:${x.c('sftp-password', r.urlPassword(r.int(12, 16)))}@${host71(r)}/out/
:20:${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 10)}
:25:${x.f('iban', iban71(r, r.pick(['DE', 'NL', 'GB', 'FR'])))}
:28C:${r.int(1, 366)}/1
:60F:C2601${z71(r.int(1, 28), 2)}EUR${r.int(1000, 900000)},${r.int(10, 99)}
:61:2601${z71(r.int(1, 28), 2)}D${r.int(10, 9000)}.${r.int(10, 99)}NTRFNONREF
:86:/IBAN/${x.f('iban', iban71(r))}/REMI/PAYROLL`;
  }),
  K('eu-kyc-batch', (x, r) => {
    const rows = r.pick([['PL', 'SE'], ['NL', 'ES'], ['IT', 'FR'], ['DE', 'PL'], ['SE', 'IT']]).map((c) => {
      const id = c === 'PL' ? x.p('pl-pesel', pesel71(r)) : c === 'SE' ? x.p('se-personnummer', pnr71(r)) : c === 'NL' ? x.p('nl-bsn', bsn71(r)) : c === 'ES' ? x.p('es-dni', dni71(r)) : c === 'IT' ? x.p('it-codice-fiscale', cf71(r)) : c === 'FR' ? x.p('fr-nir', nir71(r)) : x.p('de-steuer-id', steuerId71(r));
      return `${c};${id};${x.f('iban', iban71(r, c))}`;
    });
    return `KYC bureau upload rejected (HTTP 400 "row 2: duplicate national id") — ${company71(r)} payroll bureau
country;national_id;iban
${rows.join('\n')}
POST https://${host71(r)}/kyc/v2/batch  X-Api-Key: ${x.c('api-key', r.b62(r.pick([32, 40])))}`;
  }),
  K('gateway-batch-config', (x, r) => {
    const cards = [0, 1].map(() => x.f('card-number', card71(r)));
    return `${ts71(r)} ERROR RecurringBilling: batch ${r.digits(6)} rejected by gateway (E00007 User authentication failed due to invalid authentication values)
merchant.login=${r.pick(['acmeBill', 'globexRecurring'])}${r.int(1, 9)}
merchant.transactionKey=${x.c('gateway-transaction-key', r.b62(16))}
merchant.signatureKey=${x.c('gateway-signature-key', r.hex(128).toUpperCase())}
first items: ${cards.map((c) => `${c}|${r.int(1, 12)}/${r.int(27, 31)}|${r.int(5, 500)}.00`).join('  ')}`;
  }),
  K('odfi-portal', (x, r) => {
    const b = basic71(r, `odfi_${r.int(100, 999)}`);
    return `ACH origination API: 403 Forbidden for POST https://${host71(r)}/ach/v1/files
Authorization: Basic ${x.c('basic-auth', b.b64)}
{"file":{"immediateOrigin":"${x.f('aba-routing', aba71(r))}","settlementAccount":"${x.f('bank-account', acct71(r))}","offsetAccount":"${x.f('bank-account', acct71(r))}","companyId":"1${r.digits(9)}"}}`;
  }),
  K('brazil-pix-batch', (x, r) => {
    const p = person71(r, 'br');
    return `[${ts71(r)}] ERRO remessa PIX lote ${r.digits(6)}: chave inválida (DICT 404)
{"favorecido":"${x.p('person-name', jsonEsc71(p.full))}","cpf":"${x.p('br-cpf', cpf71(r))}","conta":{"ispb":"${r.digits(8)}","agencia":"${r.digits(4)}","numero":"${x.f('bank-account', r.digits(r.int(7, 10)))}"}}
client_id=pix-batch client_secret=${x.c('oauth-client-secret', r.b62(r.pick([32, 40])))} mTLS key pass=${x.c('keystore-password', pw71(r))}`;
  }),
  K('treasury-aws-archive', (x, r) => {
    return `S3 archive of payment file PAY_${r.digits(8)}.xml failed: InvalidAccessKeyId
AWS_ACCESS_KEY_ID=${x.c('aws-access-key-id', akid71(r))} AWS_SECRET_ACCESS_KEY=${x.c('aws-secret-access-key', awsSecret71(r))}
file header: <DbtrAcct><Id><IBAN>${x.f('iban', iban71(r))}</IBAN></Id></DbtrAcct><DbtrAgt><FinInstnId><BIC>${bic71(r)}</BIC></FinInstnId></DbtrAgt>
azure fallback: AccountKey=${x.c('azure-storage-key', b64key71(r, 64))}`;
  }),
  K('payroll-bureau-mixed', (x, r) => {
    const p = person71(r, r.pick(['de', 'fr', 'es', 'pl']));
    return `Lohnbüro-Export: SEPA-Datei nicht erzeugt — Empfänger ${x.p('person-name', up71(p.full))} ohne BIC (IBAN ${x.f('iban', iban71(r, r.pick(['DE', 'AT', 'CH'])))})
Verbindung: DATEV-Schnittstelle user=lohn_export kennwort=${x.c('password', pw71(r))}
Bank-Abruf: EBICS Teilnehmer ${r.pick(['LOHN01', 'PAY02'])} Passwort ${x.c('ebics-passphrase', r.urlPassword(r.int(12, 16)))}
geboren ${x.p('date-of-birth', dobText71(r, 'eu'))}`;
  }),
];

import { abaChecksumOk } from '../../../src/scan/validators';
import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r59 (blind set 59: cloud platforms' logs of integration services): a sample for each of the
 * round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const viet = (r: Rng): string => `${r.pick(['Thảo', 'Hương', 'Phượng', 'Dũng'])} ${r.pick(['Nguyễn', 'Trương', 'Đặng', 'Phạm'])}`;
const pw = (r: Rng): string => `${r.str(UPPER, 2)}${r.str(LOWER, 3)}${r.pick(['#', '%', '~', '!'])}${r.str(B62, 8)}${r.str(DIG, 2)}`;
const aba = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 9)}${r.str(DIG, 7)}`;
    if (abaChecksumOk(v)) return v;
  }
};
const nino = (r: Rng): string => `${r.pick(['AB', 'CE', 'JK', 'PR', 'SH'])}${r.str(DIG, 6)}${r.pick(['A', 'B', 'C', 'D'])}`;

/** Samples of the round-r59 detectors, keyed by detector id. */
export const R59_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-vietnamese-under-key': (r) => [`{"order":${r.str(DIG, 6)},"recipient_name":"`, viet(r), `","phone":"+84 90 ${r.str(DIG, 3)} ${r.str(DIG, 4)}"}`],
  'person-name-before-phone-label-paren': (r) => ['voicemail transcribed from ', person(r), ` (phone +44 7700 ${r.str(DIG, 6)}) about order ${r.str(DIG, 6)}`],
  'person-name-contact-before-phone': (r) => ['crm upsert failed: contact=', person(r), ` +1 415 ${r.str(DIG, 3)} ${r.str(DIG, 4)} reason=duplicate`],
  'person-name-after-iban-for': (r) => [`payout queued: IBAN DE${r.str(DIG, 2)} ${r.str(DIG, 4)} ${r.str(DIG, 4)} ${r.str(DIG, 4)} ${r.str(DIG, 4)} ${r.str(DIG, 2)} for `, person(r), ` amount=${r.int(10, 999)}.00`],
  'person-name-document-for-before-url': (r) => ['archiving invoice for ', person(r), ` to s3://billing-docs/${r.str(DIG, 6)}.pdf`],
  'person-name-full-key-beside-given-name': (r) => ['{"customer":{"first_name":"x","last_name":"y","full":"', person(r), `","email_verified":true,"id":${r.str(DIG, 6)}}}`],
  'person-name-form-pair-beside-contact': (r) => ['action failed: entries=[["name","', person(r), `"],["email","u${r.str(DIG, 4)}@mailbox.org"]]`],
  'person-name-vendor-key-beside-bank': (r) => ['{"supplier_name":"', person(r), `","iban":"NL${r.str(DIG, 2)}INGB${r.str(DIG, 10)}","terms":30}`],
  'foreign-national-id-under-ssn-key': (r) => ['kyc check: applicant_ssn=', nino(r), ` country=GB status=review`],
  'ipv6-in-postgres-log-prefix': (r) => ['2026-03-01 10:00:00 GMT:', `2a01:${r.str(HEX, 4)}:${r.str(HEX, 3)}::${r.str(HEX, 3)}:${r.str(HEX, 4)}`, `(${r.int(30000, 60000)}):app@orders:[${r.int(100, 9999)}]:LOG: connection authorized`],
  'registry-basic-auth-in-pull-error': (r) => [
    'Back-off pulling image: denied: unauthorized (auth "',
    Buffer.from(`deploy-bot:${r.str(B62, 20)}${r.str(DIG, 2)}`).toString('base64'),
    '") from registry.internal.example',
  ],
  'pagerduty-routing-key-labelled': (r) => ['notifier.properties: pagerduty.routingKey=', `R0${r.str(UPPER, 10)}${r.str(DIG, 4)}${r.str(UPPER + DIG, 16)}`, ' severity=critical'],
  'bank-account-name-value-parameter': (r) => ['step args=[{name:payee value:vendor-7} {name:account_number value:', `${r.int(1, 9)}${r.str(DIG, 9)}`, '} {name:dry_run value:false}]'],
  'azure-keyvault-audit-secret-value': (r) => [
    '{"operationName":"SecretSet","properties":{"id":"https://ops-kv.vault.azure.net/secrets/smtp-relay-password/1","value":"',
    pw(r),
    '"}}',
  ],
  'dotnet-config-path-secret': (r) => ['dotnet user-secrets list: {"Smtp__Password": "', pw(r), '"}'],
  'secret-piped-to-platform-secret-store': (r) => ['+ echo "', `${r.str(B62, 30)}${r.str(DIG, 2)}`, '" | gh secret set SENTRY_AUTH_TOKEN --repo ops/web'],
  'password-in-parentheses-label': (r) => ['mounting share //fs01/exports as svc-export (password: ', pw(r), ') done'],
  'underscore-pass-to-whitespace': (r) => ['ftps upload: ftp_pass=', `${r.str(UPPER, 3)}${r.str(LOWER, 3)};${r.str(B62, 6)}&${r.str(DIG, 3)}`, ' remote_dir=/in'],
  'actuator-env-passphrase': (r) => ['{"properties":{"MAIL_SMTP_PASSWORD":{"value":"', `${r.pick(['amber', 'cobalt'])} ${r.pick(['river', 'stone'])} ${r.str(DIG, 2)}!${r.str(UPPER, 2)}`, '","origin":"System Environment Property"}}'],
  'synthetics-password-step-value': (r) => ['Browser test "Checkout" failed at step 3 (Type text in "Password")\nValue: ', pw(r), '\nScreenshot: attached'],
  'ach-csv-row-after-label': (r) => ['wrote ACH file row: ', `${aba(r)},${r.int(1, 9)}${r.str(DIG, 9)},${person(r)}`, ',480.25'],
  'nacha-entry-detail-record': (r) => ['NACHA return R03 for record: 627', `${aba(r)}${r.int(1, 9)}${r.str(DIG, 9)}       00000${r.str(DIG, 5)}ID${r.str(DIG, 13)}${person(r)}`, ''],
  'api-key-in-parentheses-after-status': (r) => ['GET /v2/transfers -> 403 (key=', `${r.str(UPPER, 4)}${r.str(LOWER, 4)}${r.str(DIG, 4)}${r.str(B62, 30)}`, ') retry=false'],
};

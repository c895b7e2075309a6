import { abaValid } from '../../../src/scan/validators';
import { cpfValid } from '../../../src/scan/id-checksums';
import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r45 (blind set 45: developer workstations, package registries and source hosting): a sample
 * for each of the round's detectors (see generators.ts), in contexts of our own, values drawn from
 * the sample generator.
 */

/** Letters of both cases and digits, both present. */
const mix = (r: Rng, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, n - 3)}`;
const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const aba = (r: Rng): string => {
  for (;;) {
    const v = `0${r.int(1, 2)}${r.str(DIG, 7)}`;
    if (abaValid(v)) return v;
  }
};
const cpf = (r: Rng): string => {
  for (;;) {
    const d = r.str(DIG, 11);
    if (cpfValid(d)) return `${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6, 9)}-${d.slice(9)}`;
  }
};

export const R45_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'yarn-npm-auth-ident': (r) => ['npmScopes:\n  corp:\n    npmAuthIdent: "', `deploy-bot:${mix(r, 14)}!`, '"\n    npmAlwaysAuth: true'],
  'rubygems-credentials-host-key': (r) => [`:rubygems_api_key: rubygems_${r.str(HEX, 48)}\n:artifactory: `, mix(r, 24), '\n'],
  'bundler-host-credential': (r) => ['BUNDLE_ENTERPRISE__ACMECORP__NET: "', r.str(HEX, 40), '"\n'],
  'anaconda-channel-token': (r) => ['  - https://conda.anaconda.org/t/', `${r.str('abcdefghij', 2)}-${r.str(HEX, 8)}-${r.str(HEX, 4)}-${r.str(HEX, 4)}-${r.str(HEX, 12)}`, '/corp-private\n'],
  'vault-field-output': (r) => ['$ vault kv get -field=db_password kv/payments/prod\n', `${mix(r, 18)}#`, '\n$ '],
  'aws-configure-secret-prompt': (r) => [`AWS Access Key ID [****************ABCD]: AKIA${r.str(UPPER + '234567', 16)}\nAWS Secret Access Key [****************wxyz]: `, `${mix(r, 30)}/${r.str(B62, 9)}`, '\n'],
  'git-sendemail-smtp-pass': (r) => ['[sendemail]\n\tsmtpuser = dev@corp.example\n\tsmtpPass = ', `${mix(r, 14)}%`, '\n'],
  'har-cookie-session': (r) => ['"headers": [{"name": "cookie", "value": "theme=dark; app_session=', `${r.str(LOWER + DIG, 26)}`, '"}]'],
  // Four decimals (about 11 m): geo-coordinates-under-key (round r44) takes five or more.
  'geolocation-under-geo-key': (r) => ['{"device":"ios","last_location":"', `${r.int(10, 59)}.${r.str(DIG, 4)},-${r.int(10, 120)}.${r.str(DIG, 4)}`, '"}'],
  'nacha-file-header-routing': (r) => ['ach upload:\n101 ', aba(r), ` 1${r.str(DIG, 9)}2609141200A094101FIRST BANK`],
  'br-cpf-redis-hash-reply': (r) => ['127.0.0.1:6379> HGETALL cliente:88\n3) "cpf"\n4) "', cpf(r), '"\n'],
  'person-name-pretty-json-contact': (r) => ['{\n  "member": {\n    "fullName": "', person(r), '",\n    "phone": "+44 7700 900123"\n  }\n}'],
  'person-name-redis-hash-reply': (r) => ['redis> HGETALL member:771\n1) "full_name"\n2) "', person(r), '"\n3) "phone"\n4) "+4915112345678"'],
  'person-name-pg-copy-row': (r) => ['COPY public.members (id, full_name, email) FROM stdin;\n17\t', person(r), `\tm${r.str(DIG, 4)}@mailbox.org\n\\.`],
  'person-name-sql-values-beside-account': (r) => ["INSERT INTO `vendors` VALUES (12,'", person(r), `','${aba(r)}','${r.str(DIG, 10)}');`],
  'person-name-fixed-width-row': (r) => ['df.head():\n   user_id  name              email\n0  1001     ', person(r), `    x${r.str(DIG, 5)}@posteo.de\n`],
  'person-name-mailbox-pair': (r) => ['MANAGERS = [("', person(r), `", "x${r.str(DIG, 4)}@posteo.de")]`],
  'person-name-git-user-config': (r) => ['dotfiles:\n[user]\n\temail = dev@posteo.de\n\tname = ', person(r), '\n[core]\n'],
  'person-name-cli-name-flag': (r) => ['$ mycli contacts add --name "', person(r), '" --phone "+1 415 555 0134"'],
  'street-address-with-postcode-near-address-label': (r) => ['shipping address changed by the member: ', `${r.int(2, 999)} ${r.pick(['Keizersgracht', 'Oranienstraße', 'Drottninggatan', 'Rozengracht'])}, ${r.int(1000, 9899)} ${r.pick(['AB', 'KL', 'XZ'])} ${r.pick(['Utrecht', 'Haarlem', 'Leiden'])}`, ' (was PO box)'],
  'street-address-after-cjk-address-label': (r) => ['配送先の変更 住所: ', `${r.int(2, 999)} ${r.pick(['Keizersgracht', 'Oranienstraße', 'Drottninggatan'])}, ${r.int(10000, 99999)} ${r.pick(['Hamburg', 'Sevilla', 'Lyon'])}`, '。'],
  'street-address-cli-line1-flag': (r) => ['$ shopctl customers update cus_9 --shipping.line1 "', `${r.int(2, 9999)} ${r.pick(['Oranienstraße', 'Drottninggatan', 'Keizersgracht'])}`, '" --city Berlin'],
  'person-name-cjk-self-introduction': (r) => ['いつもお世話になっております。', person(r), 'と申します。注文番号 88213 について'],
  'person-name-self-introduction': (r) => ['ticket #4411 body: Bonjour, je m\'appelle ', person(r), ' et ma commande n\'est pas arrivée'],
};

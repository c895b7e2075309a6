import { DIG, HEX, LOWER, type Rng, type Sample } from './sample-rng';

/**
 * The lead's fixes after blind set 56 (web frameworks' logs) at first sight: a sample for each new
 * detector (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const nino = (r: Rng): string => `${r.pick(['AB', 'JH', 'CE', 'WP', 'SJ'])}${r.str(DIG, 6)}${r.pick(['A', 'B', 'C', 'D'])}`;

/** A nine-digit number with a valid ABA checksum, any prefix. */
function abaAny(r: Rng): string {
  for (;;) {
    const d = r.str(DIG, 8);
    const w = [3, 7, 1];
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(d[i]) * w[i % 3]!;
    const last = (10 - (sum % 10)) % 10;
    if (!/^(\d)\1+$/.test(d + last)) return d + String(last);
  }
}

/** Samples of the detectors added after blind set 56, keyed by detector id. */
export const L56_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-under-role-name-key': (r) => [`payout rejected: &Payout{ID:${r.str(DIG, 6)}, RemitterName:"`, `${given(r)} ${family(r)}`, '", Status:"failed"}'],
  'person-name-mail-address-field': (r) => ['smtp: 550 mailbox unavailable rcpt=', `${given(r)} ${family(r)}`, ` <${r.str(LOWER, 7)}${r.str(DIG, 2)}@gmail.com> queue=${r.str(HEX, 10)}`],
  'person-name-before-mailbox-cell': (r) => [`import rejected (duplicate): ${r.str(DIG, 5)};`, `${given(r)} ${family(r)}`, `;${r.str(LOWER, 8)}@outlook.com;GB`],
  'aba-routing-under-label': (r) => [`GuzzleHttp\\Exception\\ClientException: 422 {"body":{"account_type":"checking","branch_code":"`, abaAny(r), '"}}'],
  'uk-nino-person-row-cell': (r) => [`row ${r.str(DIG, 3)}: ${r.str(LOWER, 6)}@proton.me|`, nino(r), '|payroll'],
  'person-name-efcore-parameter': (r) => ['Executed DbCommand (2ms) [Parameters=[@p0=\'', `${given(r)} ${family(r)}`, `' (Size = 4000), @p1='${r.str(DIG, 4)}'], CommandType='Text']\n      INSERT INTO [Members] ([MemberName], [Pin]) VALUES (@p0, @p1);`],
  'private-packagist-token': (r) => ['composer config --global http-basic.repo.packagist.com token ', `packagist_${r.pick(['ort', 'out', 'uut'])}_${r.str(HEX, 68)}`, ''],
};

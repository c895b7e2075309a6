import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r79 (blind set 79: random payloads from a grammar of containers, key spellings and escapes): a sample for each
 * of the round's key/value reader detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;

/** A Dutch BSN (nine digits passing the eleven test), not starting with 0. */
function bsn(r: Rng): string {
  for (;;) {
    const d = `${r.int(1, 9)}${r.str(DIG, 7)}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
    const last = sum % 11;
    if (last <= 9) return `${d}${last}`;
  }
}

/** Samples of the round-r79 detectors, keyed by detector id. */
export const R79_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'password-keyed-any-container': (r) => ['request dump: MailerOptions { Host = smtp.internal, RelayPass = ', `${mixed(r, 8)}"${r.str(LOWER, 2)}'${r.str(B62, 4)}!`, ', Port = 587 }'],
  'secret-keyed-any-container': (r) => ['[upstream] Hmac-Secret->', `${r.str('abcdef', 2)}${r.str(DIG, 2)}${r.str(HEX, 36)}`, ', Enabled = false'],
  'session-id-keyed-any-container': (r) => ['worker ctx: user->42 | sid->', `${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(LOWER + DIG, 22)}`, ' | plan->pro'],
  'national-id-keyed-any-container': (r) => ['level=warn msg="kyc retry" national.id=', bsn(r), ' attempt=2'],
  'bank-field-keyed-any-container': (r) => ['<payee>\n  <ref>p-42</ref>\n  <sort_code>', `${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)}`, '</sort_code>\n</payee>'],
  'person-name-keyed-any-container': (r) => ['level=info msg="profile sync" given.name=', r.pick(GIVEN), ` family.name=${r.pick(FAMILY)} plan=pro`],
};

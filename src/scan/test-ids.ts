/**
 * National ids published as test or example values: the Dutch BSN `111222333` (Logius and
 * municipal test data) and `123456782` (the textbook example of the BSN eleven-test). Each passes
 * its checksum, so a detector reports it; it names no person, so it is reported as test data. Also Italy's textbook
 * codice fiscale `RSSMRA80A01H501U` (Mario Rossi, born in Rome on 1 January 1980).
 */
const PUBLISHED_TEST_IDS: ReadonlySet<string> = new Set(['111222333', '123456782', 'RSSMRA80A01H501U']);

/**
 * Round r78: bank numbers the payment providers publish for their sandboxes: Plaid's sandbox checking and savings
 * accounts `1111222233330000`/`1111222233331111` with routing `011401533`, Stripe's test ACH routing `110000000` with
 * account `000123456789`. They reach no one's money, so they are reported as test data.
 */
const PUBLISHED_SANDBOX_BANK_NUMBERS: ReadonlySet<string> = new Set(['1111222233330000', '1111222233331111', '011401533', '110000000', '000123456789']);

/** True when `value` (its digits, in any grouping) is a payment provider's published sandbox bank number. */
export function isSandboxBankNumber(value: string): boolean {
  if (value.length > 24) return false;
  return PUBLISHED_SANDBOX_BANK_NUMBERS.has(value.replace(/[\s.-]/g, ''));
}

/** True when `value` (its digits, in any grouping) is a published test or example national id. */
export function isPublishedTestId(value: string): boolean {
  if (value.length > 16) return false;
  const digits = value.replace(/[\s.-]/g, '').toUpperCase();
  return PUBLISHED_TEST_IDS.has(digits);
}

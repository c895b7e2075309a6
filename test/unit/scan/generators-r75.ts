import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';
import { abaR } from './generators-r71';

/**
 * Round r75 (blind set 75: hostile bodies and every encoding): a sample for each of the round's detectors (see
 * generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;

/** A Luhn-valid Visa number of 16 digits. */
function visa(r: Rng): string {
  const body = `4${r.str(DIG, 14)}`;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    let d = Number(body[14 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

/** A valid SSN (area 001–665, group and serial not zero). */
const ssn = (r: Rng): string => `${String(r.int(101, 665))}${String(r.int(10, 99))}${String(r.int(1000, 9999))}`;

/** Samples of the round-r75 detectors, keyed by detector id. */
export const R75_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'html-cell-secret': (r) => ['<table class="settings"><tr><th>Setting</th><th>Value</th></tr><tr><td>WEBHOOK_SIGNING_SECRET</td><td>', mixed(r, 32), '</td></tr></table>'],
  'html-cell-person': (r) => ['<dl class="claim"><dt>Full name</dt><dd>', person(r), '</dd><dt>Plan</dt><dd>Gold</dd></dl>'],
  'html-cell-bank': (r) => ['<table><tr><td>Payee</td><td>Northwind Ltd</td></tr><tr><td>Routing number</td><td>', abaR(r), '</td></tr></table>'],
  'quoted-bank-row-name': (r) => [`vendor_payments_${r.str(DIG, 6)}.csv rejected:\n"`, person(r), `","${abaR(r)}","${r.str(DIG, 10)}","125.00","CCD"`],
  'quoted-bank-row-routing': (r) => [`refund batch line ${r.int(2, 99)} rejected:\n"${person(r)}";"`, abaR(r), `";"${r.str(DIG, 11)}";"19,99";"USD"`],
  'quoted-bank-row-account': (r) => [`payout file error\n"${person(r)}","${abaR(r)}","`, `7${r.str(DIG, 9)}`, '","3400.00","PPD"'],
  'obfuscated-email': (r) => ['forum post: reach me at ', `${r.pick(GIVEN).toLowerCase()}.${r.pick(FAMILY).toLowerCase()} (at) protonmail (dot) com`, ' for the spare parts'],
  'shell-quoted-secret-assignment': (r) => ['++ export SMTP_PASSWORD=\'', `${mixed(r, 8)}'\\''${mixed(r, 8)}`, "'\n++ systemctl restart postfix"],
  'csv-doubled-quote-secret': (r) => ['accounts export failed:\nlogin,secret,team\n"deploy-bot","', `${mixed(r, 9)}""${mixed(r, 9)}`, '","platform"'],
  'ssm-securestring-value': (r) => ['  # aws_ssm_parameter.db:\n  resource "aws_ssm_parameter" "db" {\n    name  = "/prod/billing/db"\n    type  = "SecureString"\n    value = "', `${mixed(r, 14)}!`, '"\n  }'],
  'auth-command-password': (r) => ['redis-cli trace (10.0.3.7:6379): AUTH svc-cache ', mixed(r, 24), '\r\n+OK'],
  'html-input-field-secret': (r) => ['<form method="post"><input type="hidden" name="client_secret" value="', mixed(r, 40), '"><button>Authorize</button></form>'],
  'html-input-field-cvc': (r) => ['<input name="card[number]" value="4242"> <input type="text" name="card[cvc]" value="', String(r.int(100, 999)), '">'],
  'multipart-person-field': (r) => ['------WebKitFormBoundaryQ1\r\nContent-Disposition: form-data; name="last_name"\r\n\r\n', r.pick(FAMILY), '\r\n------WebKitFormBoundaryQ1--'],
  'card-mixed-separators': (r) => {
    const c = visa(r);
    return ['support chat: my card is ', `${c.slice(0, 4)} ${c.slice(4, 8)}-${c.slice(8, 12)} ${c.slice(12)}`, ' please update it'];
  },
  'cvc-in-prose': (r) => ['voicemail transcript: the expiry is March and the cvv is ', String(r.int(100, 999)), ', thanks'],
  'ssn-compound-key': (r) => ['bounce report: recipient flagged, ssn_on_file=', ssn(r), ' status=pending'],
  'underscored-name-under-name-key': (r) => ['metric tags: env:prod, plan:gold, account_holder_name:', `${r.pick(GIVEN).toLowerCase()}_${r.pick(FAMILY).toLowerCase()}`, ', region:eu'],
  'name-in-scim-filter': (r) => ['GET /scim/v2/Users?filter=name.givenName eq "', r.pick(GIVEN), '"&startIndex=1 -> 200'],
};

import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r58 (blind set 58: integration workers and HTTP clients in debug mode): a sample for each
 * of the round's detectors (see generators.ts), in contexts of our own, values drawn from the
 * sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
/** A routing number (check digit computed) with a Federal Reserve prefix. */
const aba = (r: Rng): string => {
  const head = `0${r.int(1, 9)}${r.str(DIG, 6)}`;
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...head].reduce((s, c, i) => s + Number(c) * w[i]!, 0);
  return head + String((10 - (sum % 10)) % 10);
};
/** A BSN (11-test computed; drawn until its check digit is a digit). */
const bsn = (r: Rng): string => {
  for (;;) {
    // A 9 first (no SSN area) and an ITIN-free group: only the BSN rule reads it.
    const head = `9${r.str(DIG, 2)}${r.int(0, 4)}${r.str(DIG, 4)}`;
    const sum = [...head].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
    const check = sum % 11;
    if (check <= 9) return head + String(check);
  }
};
const phone = (r: Rng): string => `+44 7${r.str(DIG, 3)} ${r.str(DIG, 6)}`;

/** Samples of the round-r58 detectors, keyed by detector id. */
export const R58_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-half-beside-contact': (r) => {
    const g = given(r);
    return [`crm.sync upsert {"contact":{"mail":"${g.toLowerCase()}.${r.str(LOWER, 3)}@posteo.de","first_name":"`, g, `","tier":"gold"}}`];
  },
  'person-name-recipient-user-key': (r) => ['mailer.render template=welcome to_name="', `${given(r)} ${family(r)}`, `" locale=en-GB id=${r.str(DIG, 6)}`],
  'person-given-name-greeted-in-body': (r) => ['push.send {"device":"ios","text":"Hello ', given(r), `! Your table is ready in ${r.int(2, 9)} minutes"}`],
  'person-name-this-is-beside-contact': (r) => [`voicemail.transcribed caller=+44 7${r.str(DIG, 3)} ${r.str(DIG, 6)} transcript="This is `, `${given(r)} ${family(r)}`, `, calling about invoice ${r.str(DIG, 5)}"`],
  'person-name-before-contact-label': (r) => ['note: escalate to ', `${given(r)} ${family(r)}`, `, mobile ${phone(r)}, before Friday`],
  'aba-routing-in-job-args': (r) => ['celery: Task payroll.direct_deposit[retry 3] args=["', aba(r), `", "${r.int(1, 9)}${r.str(DIG, 9)}", 1250.00]`],
  'bank-account-in-job-args': (r) => [`celery: Task payroll.direct_deposit[retry 3] args=("${aba(r)}", "`, `${r.int(1, 9)}${r.str(DIG, 9)}`, '", 980.50)'],
  'person-name-in-job-args': (r) => ['sidekiq: retry WelcomeMailer "args":["', `${given(r)} ${family(r)}`, `","${given(r).toLowerCase()}${r.str(DIG, 2)}@fastmail.fm",3]`],
  'aba-routing-under-dfi-label': (r) => ['nacha.parse entry seq=0004 rdfi_id: ', aba(r), ` trace=${r.str(DIG, 15)}`],
  'webhook-signature-key': (r) => ['shopify.webhooks config loaded: signing.signature_key = ', `${r.str(UPPER, 2)}${r.str(LOWER, 3)}${r.str(DIG, 2)}${r.str(B62, 18)}`, ' (rotated 2026-03-01)'],
  'webhook-verifier-token': (r) => ['intuit: webhook_verifier=', r.str(HEX, 64), ' realm=live'],
  'google-oauth-authorization-code': (r) => ['POST /oauth/callback?state=xyz&code=', `4/0A${r.str(UPPER, 2)}${r.str(LOWER, 3)}${r.str(DIG, 2)}${r.str(B62 + '_-', 60)}`, '&scope=email'],
  'bsn-under-social-security-key': (r) => ['kyc.submit {"country":"NL","social_security_number":"', bsn(r), '"}'],
  'person-given-name-in-charge-description': (r) => {
    const g = given(r);
    return [`POST /v1/payment_intents body=amount=${r.int(100, 9999)}&receipt_email=${g.toLowerCase()}.${family(r).toLowerCase()}@hey.com&description=`, g, '+renewal&currency=gbp'];
  },
};

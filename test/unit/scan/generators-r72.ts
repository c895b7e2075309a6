import { card } from './generators-pf10';
import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r72 (blind set 72: the mainstream API providers): a sample for each of the round's detectors (see
 * generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;

/** Samples of the round-r72 detectors, keyed by detector id. */
export const R72_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'login-call-password-argument': (r) => ["sf.login('etl@corp.example.org', '", `${mixed(r, 10)}!${mixed(r, 8)}`, "')\nINVALID_LOGIN"],
  'provider-named-key-map-value': (r) => ['llm keys loaded: {"deepseek": "', mixed(r, 36), '", "region": "eu"}'],
  'zendesk-email-token-pair': (r) => ['basic auth user=support-bot@helpdesk.example.net/token:', mixed(r, 40), ' rejected (401)'],
  'person-name-under-compound-full-name-key': (r) => ['{"shipping_full_name_display": "', person(r), '", "status": "held"}'],
  'person-name-quoted-after-crm-noun': (r) => ['dedupe skipped: prospect "', person(r), '" matched 2 records'],
  'birthday-month-day': (r) => ['merge_fields={"BIRTHDAY":"', `${r.int(10, 12)}/${r.int(10, 28)}`, '","PLAN":"pro"}'],
  'form-question-answer-personal': (r) => ['{"questions_and_answers":[{"question":"Your date of birth?","answer":"', `19${r.int(40, 99)}-0${r.int(1, 9)}-${r.int(10, 28)}`, '","position":1}]}'],
  'card-number-under-billing-number-key': (r) => ['Recurly::Errors::ValidationError\n  billing_info: {number: "', card(r, '4', 16), '", month: 9, address1: "x"}'],
  'client-secret-hex-in-prose': (r) => ['retrying link exchange with client secret ', r.str('0123456789abcdef', 30), ' (sandbox)'],
};

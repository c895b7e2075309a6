import { DIG, LOWER, type Rng, type Sample } from './sample-rng';

/**
 * Round r78 (blind set 78: personal and financial data inside SaaS and payment API objects in integration error logs):
 * a sample for each of the round's detectors (see generators.ts), in contexts of our own, values drawn from the sample
 * generator.
 */

const HEX = '0123456789abcdef';
const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
const hexMixed = (r: Rng, n: number): string => `${r.str('abcdef', 2)}${r.str(DIG, 2)}${r.str(HEX, n - 4)}`;

/** A Canadian SIN (Luhn, first digit 1-7), spaced 3-3-3. */
function sin(r: Rng): string {
  const d = [r.int(1, 7), ...Array.from({ length: 7 }, () => r.int(0, 9))];
  const sum = d.reduce((a, x, i) => a + (i % 2 === 1 ? (x * 2 > 9 ? x * 2 - 9 : x * 2) : x), 0);
  const s = `${d.join('')}${(10 - (sum % 10)) % 10}`;
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`;
}

/** Samples of the round-r78 detectors, keyed by detector id. */
export const R78_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-bracket-form-key': (r) => ['stripe-go: POST /v1/customers params=map[shipping[name]:[', person(r), `] shipping[address][city]:[Leeds] metadata[ref]:[${r.str(DIG, 6)}]]`],
  'street-line-bracket-form-key': (r) => ['400 from /v1/setup_intents params=map[shipping[address][line1]:[', `${r.int(2, 480)} ${r.pick(['Mill Lane', 'Harbour Road', 'Quarry Street'])}`, '] shipping[address][city]:[York]]'],
  'basic-auth-user-in-plain': (r) => {
    const k = hexMixed(r, 40);
    return [`GET /api/v1/reports/7 (Authorization: Basic ${Buffer.from(`${k}:x`).toString('base64')}) api user `, k, ' -> 401'];
  },
  'national-id-under-nin-or-tax-identifier': (r) => [`payroll row {"employee_id":${r.int(100, 999)},"nin":"`, sin(r), '","province":"ON"}'],
  'jp-chome-street-romaji': (r) => ['profile update {"home_address":"', `${r.int(1, 5)}-${r.int(1, 30)}-${r.int(1, 20)} ${r.pick(['Ebisuminami', 'Kamimeguro', 'Higashiyama'])}`, '","city":"Meguro-ku"}'],
  'au-unit-street-address': (r) => ['courier label: deliver to ', `Unit ${r.int(1, 40)}/${r.int(2, 300)} ${r.pick(['Hargrave', 'Glebe Point', 'Oxford'])} St`, ', Paddington NSW 2021'],
  'br-mobile-national-parens': (r) => ['{"cliente":{"celular":"', `(${r.int(11, 99)}) 9${r.str(DIG, 4)}-${r.str(DIG, 4)}`, '","uf":"RJ"}}'],
  'docusign-sender-provided-number': (r) => ['{"signers":[{"recipientId":"2","phoneAuthentication":{"senderProvidedNumbers":["', `+44 7${r.str(DIG, 3)} ${r.str(DIG, 6)}`, `"]},"clientUserId":"${r.str(LOWER, 6)}"}]}`],
};

import type { Rng, Sample } from './sample-rng';
import { B62, DIG } from './sample-rng';
import { iban } from './generators';

const GIVEN = ['Ottilie', 'Bastián', 'Yusra', 'Ruairí', 'Annika', 'Desmond'];
const FAMILY = ['Fairweather', 'Ó Briain', 'Kowalczyk', 'de la Cruz', 'Hämäläinen', 'Okonkwo'];

/** A title-case `Given Family` name (accents, particles). */
const person28 = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY).replace('Ó Briain', 'Brennan')}`;
/** Nine digits with an ABA routing number's 3-7-1 check digit and a prefix outside the Federal Reserve's (40-59). */
export function abaAnyPrefix(r: Rng): string {
  const first8 = `${r.int(40, 59)}${r.str(DIG, 6)}`;
  const w = [3, 7, 1, 3, 7, 1, 3, 7];
  const sum = [...first8].reduce((acc, ch, i) => acc + Number(ch) * w[i]!, 0);
  return first8 + String((10 - (sum % 10)) % 10);
}
/** A French NIR with its key, spaced as on the carte Vitale when `spaced`. */
export function nir28(r: Rng, spaced: boolean): string {
  const body = `${r.int(1, 2)}${r.str(DIG, 2)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 95)).padStart(2, '0')}${r.str(DIG, 3)}${r.str(DIG, 3)}`;
  const key = String(97n - (BigInt(body) % 97n)).padStart(2, '0');
  const s = body + key;
  return spaced ? `${s[0]} ${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7, 10)} ${s.slice(10, 13)} ${s.slice(13)}` : s;
}
/** An account number of `n` digits (no run of one digit). */
const account28 = (r: Rng, n: number): string => `${r.int(1, 9)}${r.str(DIG, n - 2)}${r.int(1, 9)}`;

/**
 * Samples of round h28's detectors (blind set 28: AI application and agent logs): prompts, tool arguments,
 * agent SQL results and voice-agent callbacks, each value under the label or table column that names it.
 */
export const H28_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'encoded-field-financial': (r) => ['voice-agent: POST /gather Caller=anon&Transcript=', `IBAN%3A%20${iban(r, true).replace(/ /g, '%20')}`, '&Lang=en'],
  'encoded-field-personal': (r) => ['voice-agent: POST /gather Caller=anon&Transcript=', `my%20date%20of%20birth%3A%20${String(r.int(10, 28))}%2F0${r.int(1, 9)}%2F19${r.int(50, 99)}`, '&Lang=en'],
  'pipe-table-financial': (r) => ['sql tool result:\n| account_number | status |\n| ', account28(r, 10), ' | pending |'],
  'pipe-table-personal': (r) => ['sql tool result:\n| member_name | points |\n| ', person28(r), ` | ${r.int(10, 900)} |`],
  'de-passport-labelled': (r) => ['kyc-agent: extracted fields Reisepass: ', `C${r.str('CFGHJKLMNPRTVWXYZ', 8)}`, ' expires 2031'],
  'fr-nir-labelled': (r) => ['mcp: tools/call create_member {"num_ro_de_s_curit_sociale": "', nir28(r, false), '"}'],
  'bsb-beside-account': (r) => ['tool: payout args="BSB #: ', `${r.int(10, 99)}${r.int(1, 9)}-${r.str(DIG, 3)}`, ', account: [FILTERED]"'],
  'bank-account-beside-branch-label': (r) => ['llm: prompt "Sort code: [FILTERED]\\nAccount: ', account28(r, 8), '"'],
  'aba-routing-beside-account': (r) => ['llm: prompt "wire the refund to routing # ', abaAnyPrefix(r), ', account #: [FILTERED]"'],
  'posthog-project-key': (r) => ['web-app: analytics init key=', `phc_${r.str(B62, 43)}`, ' host=https://eu.posthog.com'],
  'person-name-under-name-label': (r) => ["rag: retrieved chunk text='Applicant\\nName: ", person28(r), `\\ntax id: ${r.str(DIG, 3)}-${r.str(DIG, 2)}-[FILTERED]'`],
  'person-name-under-person-label': (r) => ['agent: tool call send_invoice {"args": "Patient name: ', person28(r), '\\nvisit: follow-up"}'],
};

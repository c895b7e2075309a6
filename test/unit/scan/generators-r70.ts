import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r70 (blind set 70: payroll, benefits and tax filing): a sample for each of the round's detectors (see
 * generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const upper = (r: Rng): string => `${family(r).toUpperCase()} ${given(r).toUpperCase()}`;
const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const uuid = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
const pay = (r: Rng): string => `${r.int(30, 240)}${r.str(DIG, 3)}.${r.str(DIG, 2)}`;
/** A Luhn-valid Canadian SIN, spaced. */
const sin = (r: Rng): string => {
  const body = `${r.int(1, 7)}${r.str(DIG, 7)}`;
  for (let c = 0; c <= 9; c++) {
    const d = body + c;
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let x = Number(d[i]) * (i % 2 === 1 ? 2 : 1);
      if (x > 9) x -= 9;
      sum += x;
    }
    if (sum % 10 === 0) return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
  }
  return '046 454 286';
};
const ssn = (r: Rng): string => `${r.int(100, 665)}${r.int(10, 99)}${r.int(1000, 9999)}`;

/** Samples of the round-r70 detectors, keyed by detector id. */
export const R70_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'slack-token-mrkdwn-italic': (r) => ['*Payout hold* posted by _bot ', `xoxb-${r.str(DIG, 12)}-${r.str(DIG, 13)}-${mixed(r, 24)}`, '_ in #finance-ops'],
  'modern-treasury-api-key-basic': (r) => [`curl https://app.moderntreasury.com/api/counterparties -u ${uuid(r)}:`, `live-${mixed(r, 64)}`, ' -d name=x'],
  'hmrc-govtalk-password': (r) => ['GovTalk IDAuthentication: <Method>clear</Method> <Role>Principal</Role> <Value>', `${mixed(r, 12)}#${r.str(DIG, 2)}`, '</Value></Authentication>'],
  'vertex-trusted-id': (r) => ['vertex.login trustedId=', mixed(r, 12), ' company=ACME01'],
  'cra-web-access-code': (r) => ['T4 upload to CRA IFT refused: web access code ', `${r.str(UPPER, 2)}${r.str(DIG, 4)}`, ' expired'],
  'avalara-license-key-flag': (r) => ['./avatax-sync --account 2000134479 --avalara-license ', `${r.str('0123456789ABCDEF', 6)}4E${r.str('0123456789ABCDEF', 8)}`, ' --env production'],
  'taxjar-api-token-flag': (r) => ['deploy: ./bin/tax-bridge --taxjar-key ', `${r.str(HEX, 10)}a9${r.str(HEX, 20)}`, ' --region us'],
  'twilio-auth-token-after-sid': (r) => ['twilio send failed; auth=AC' + r.str(HEX, 32) + ':', `${r.str(HEX, 10)}f3${r.str(HEX, 20)}`, ' (21211)'],
  'client-secret-space-separated': (r) => ['oauth: hint: client_secret ', mixed(r, 40), ' expired on 2026-02-01'],
  'basic-auth-bare-base64': (r) => ['AS2 resend using basic auth ', Buffer.from(`svc_${r.str(LOWER, 5)}:${mixed(r, 14)}`).toString('base64'), ' to partner EDI-77'],
  'whoops-env-table-secret': (r) => ['Environment Variables\nGUSTO_CLIENT_SECRET\t"', mixed(r, 40), '"\nAPP_ENV\t"production"'],
  'session-id-json-session-key': (r) => ['{"event":"payroll.approved","actor":"u_812","session":"', mixed(r, 40), '","ip":"10.2.3.4"}'],
  'bearer-assignment-uuid': (r) => ['GET /benefits/v2/plans bearer=', uuid(r), ' status=401'],
  'token-named-stale-or-previous': (r) => ['auth refresh: old access_token: ', mixed(r, 48), ' replaced'],
  'secret-assignment-suffixed-key': (r) => ['env diff: GUSTO_API_TOKEN_OLD=', mixed(r, 40), ' (rotated)'],
  'vertex-license-key-near': (r) => ['VertexTaxClient init failed (vertex o series 9.0)\n\tlicense_key=', mixed(r, 32), '\n'],
  'date-of-birth-elixir-sigil': (r) => ['%Hr.Person{id: 9, dob: ~D[', `19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`, '], state: :active}'],
  'ein-w2-box-b': (r) => ['W-2 reissue for employee 5521: box_b="', `${r.pick(['12', '31', '46', '52', '83'])}-${r.str(DIG, 7)}`, '" box_c=ACME INC'],
  'ca-sin-after-label': (r) => ['ROE upload: employee SIN on file: ', sin(r), ' block 10 missing'],
  'person-name-hr-name-key': (r) => ['worker.update: { legalName: { givenName: \'Oswin\', familyName1: \'', family(r), '\' } }'],
  'pay-amount-compensation-key': (r) => ['{"worker_id":"w-88","base_salary":"', pay(r), '","currency":"USD"}'],
  'pay-rate-payment-unit': (r) => ['compensation sync: {"rate": "', pay(r), '", "payment_unit": "Year"}'],
  'pay-amount-after-pay-word': (r) => [`offer letter for ${person(r)}: salary of `, `$${r.int(60, 240)},${r.str(DIG, 3)}`, ' per year'],
  'pay-amount-csv-column': (r) => ['payroll export:\nemployee_id,department,gross_pay,pay_date\nE-1029,Finance,', pay(r), ',2026-03-31'],
  'person-name-csv-employee-column': (r) => ['import rows:\nemployee,ssn_last4,plan\n"', person(r), '",4411,HSA-Family'],
  'ach-entry-amount-beside-individual-name': (r) => ['ach.add_entry(routing="011000015", account="9911223344", amount=', `${r.int(1000, 9999)}.${r.str(DIG, 2)}`, ', individual_name="OSWIN DRUMMOND")'],
  'nacha-entry-amount': (r) => [`ACH batch 0000003 dump:\n622011000015${'7788990011'.padEnd(17)}`, `${r.int(1, 9)}${r.str(DIG, 9)}`, `EMP${r.str(DIG, 5)}       ${upper(r).padEnd(22).slice(0, 22)}0091000010000001`],
  'bacs-standard18-record-fields': (r) => ['BACS input rejected (line 7):\n', `${r.str(DIG, 6)}${r.str(DIG, 8)}099${r.str(DIG, 6)}${r.str(DIG, 8)}    ${r.str(DIG, 6).padStart(11, '0')}`, 'ACME LTD          PAY MAR           OSWIN DRUMMOND    '],
  'person-name-bacs-standard18-named': (r) => [`BACS input rejected:\n${r.str(DIG, 6)}${r.str(DIG, 8)}099${r.str(DIG, 6)}${r.str(DIG, 8)}    ${r.str(DIG, 6).padStart(11, '0')}ACME LTD          PAY MAR           `, upper(r).slice(0, 18).trimEnd(), ''],
  'cpa005-credit-record-fields': (r) => [`CPA005 file returned:\nD${r.str(DIG, 9)}${r.str(DIG, 4)}200`, `${r.str(DIG, 3)}${r.int(1, 9)}${r.str(DIG, 6)}2609100${r.str(DIG, 8)}${r.str(DIG, 9)}`, `                   ${upper(r)}`],
  'person-name-cpa005-payee': (r) => [`CPA-005 file returned:\nD${r.str(DIG, 9)}${r.str(DIG, 4)}200000${r.int(1, 9)}${r.str(DIG, 6)}260910001000123${r.str(DIG, 9)}                   `, upper(r), ''],
  'au-becs-detail-fields': (r) => ['direct entry file dump:\n1', `0${r.pick(['62', '83', '33'])}-${r.str(DIG, 3)}`, `${r.str(DIG, 9)} 50${r.str(DIG, 10)}DRUMMOND OSWIN                  PAY MAR 26        062-000123456789ACME PTY LTD    00000000`],
  'contribution-record-pipe-fields': (r) => ['401k loan file rejected:\n', ssn(r), `|QUENNELL|HALDIS|EE|0000012500|ER|0000004200`],
  'person-name-contribution-record-pipe': (r) => [`FSA election file:\n${ssn(r)}|`, `${family(r).toUpperCase()}|${given(r).toUpperCase()}`, '|EE|0000009000|ER|0000000000'],
  'person-name-efw2-rw': (r) => [`AccuWage: RW record 3 rejected\nRW${ssn(r)}`, `${given(r).toUpperCase().padEnd(15)}${''.padEnd(15)}${family(r).toUpperCase()}`, '             0000000000000000'],
};

import { isLegalEntityName } from './business-records';

/** The last NM1 or N1 segment within 400 characters before `at`: its entity code, entity type (NM1 only) and name. */
const PARTY = /(?:^|[~\s'"])(?:NM1\*(?<code>[A-Z0-9]{2})\*(?<type>[12])\*(?<nm>[^*~\n]{0,60})|N1\*(?<n1code>[A-Z0-9]{2})\*(?<n1>[^*~\n]{0,60}))/g;

/**
 * Round l87 (blind set 87): true when the X12 segment at `at` belongs to an organisation's loop, not a person's: the party
 * segment before it is the payer's (`N1*PR`, `NM1*PR`), of entity type 2 (`NM1*85*2*…`, a non-person), or names an
 * organisation (`N1*PE*FERNWAY RETAIL GROUP`, a legal form or a noun such as `CLINIC`, `HOSPITAL`, `GROUP`). A payer's
 * `PER` phone and a group's `REF*TJ` tax id are the business's, printed on every remittance.
 */
export function inOrganisationLoop(text: string, at: number): boolean {
  const from = Math.max(0, at - 400);
  const window = text.slice(from, at);
  let last: RegExpExecArray | null = null;
  PARTY.lastIndex = 0;
  for (let m = PARTY.exec(window); m; m = PARTY.exec(window)) last = m;
  if (!last) return false;
  const g = last.groups!;
  const code = g['code'] ?? g['n1code'];
  if (code === 'PR') return true;
  if (g['type'] === '2') return true;
  const name = (g['nm'] ?? g['n1'] ?? '').trim();
  return name.length > 0 && isLegalEntityName(titleCase(name));
}

/** Legal forms as the organisation-name checks spell them. */
const LEGAL_SPELLING: Readonly<Record<string, string>> = { LLC: 'LLC', LLP: 'LLP', PLC: 'PLC', INC: 'Inc', LTD: 'Ltd', GMBH: 'GmbH' };

/** `FERNWAY RETAIL GROUP` as `Fernway Retail Group`, as the organisation-name checks read it (`ACME INC` as `Acme Inc`). */
function titleCase(s: string): string {
  return s.replace(/[A-Za-z][A-Za-z'.-]*/g, (w) => LEGAL_SPELLING[w.toUpperCase()] ?? w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

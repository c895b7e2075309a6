import { abaOk, ibanOk, luhnOk } from './blind-set-9-checks';
import { idChecksEu } from './blind-set-13-ids-eu';
import { idChecksWorld } from './blind-set-13-ids-world';
import { moneyChecks } from './blind-set-13-money';

const jwtOk = (v: string): boolean => {
  const [h, b] = v.split('.');
  try {
    return Boolean(JSON.parse(Buffer.from(h!, 'base64url').toString()).alg) && typeof JSON.parse(Buffer.from(b!, 'base64url').toString()) === 'object';
  } catch {
    return false;
  }
};
const decoded = (v: string): string => Buffer.from(v, 'base64').toString();
const ALL: Record<string, (v: string) => boolean> = {
  ...idChecksEu,
  ...idChecksWorld,
  ...moneyChecks,
  'k8s-sa-token': jwtOk,
  'mailgun-basic-b64': (v) => /^api:key-[0-9a-f]{32}$/.test(decoded(v)),
  'neptune-api-token': (v) => typeof JSON.parse(decoded(v)).api_key === 'string',
  'elastic-api-key': (v) => /^\w{20}:[\w-]{22}$/.test(decoded(v)),
};

/** Checks a planted value's own format (checksums, decodable structure); true when it has none to check. */
export function formatOk13(kind: string, value: string): boolean {
  const compact = value.replace(/[ -]/g, '');
  if (kind === 'iban') return ibanOk(compact);
  if (kind === 'card') return luhnOk(compact) && compact.length >= 14;
  if (kind === 'routing-number') return abaOk(value);
  if (kind === 'cvc') return /^\d{3,4}$/.test(value);
  const check = ALL[kind];
  return check ? check(value) : value.length > 0;
}

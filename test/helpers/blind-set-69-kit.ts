import type { Ctx69 } from './blind-set-69-ctx';
import { ID_CC, nationalId } from './blind-set-69-ids';
import { ALL_CC, dob, person, type Cc, type Person } from './blind-set-69-people';
import { address, phone, type Address } from './blind-set-69-places';

/** Shorthands templates use to plant personal values. */
export const name = (c: Ctx69, s: string): string => c.p('person-name', s);
export const mail = (c: Ctx69, s: string): string => c.p('email', s);
export const tel = (c: Ctx69, s: string): string => c.p('phone', s);
export const street = (c: Ctx69, s: string): string => c.p('street-address', s);
export const post = (c: Ctx69, s: string): string => c.p('postcode', s);
export const addr = (c: Ctx69, s: string): string => c.p('postal-address', s);
export const born = (c: Ctx69, s: string): string => c.p('date-of-birth', s);

/** An applicant with everything a template may print. */
export interface App {
  p: Person;
  a: Address;
  phone: string;
  e164: string;
  id: { kind: string; value: string };
}
export function app(c: Ctx69, cc?: Cc, idCountry = false): App {
  const p = person(c.r, cc ?? (idCountry ? c.pick(ID_CC) : c.pick(ALL_CC)));
  return { p, a: address(c.r, p.cc), phone: phone(c.r, p.cc, false), e164: phone(c.r, p.cc, true), id: nationalId(c.r, p) };
}
/** Plants the applicant's national id and returns it. */
export const nid = (c: Ctx69, x: App): string => c.p(x.id.kind, x.id.value);
export { dob };

/** Request and trace ids (no secrets). */
export const reqId = (c: Ctx69): string => c.r.hex(8) + '-' + c.r.hex(4) + '-' + c.r.hex(4) + '-' + c.r.hex(4) + '-' + c.r.hex(12);
export const traceId = (c: Ctx69): string => c.r.hex(32);
export const host = (c: Ctx69): string =>
  c.pick(['kyc-worker', 'onboarding-api', 'identity-svc', 'esign-gateway', 'compliance-jobs']) + '-' + c.r.hex(9) + '-' + c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5);
/** Header name in one of several casings. */
export const hcase = (c: Ctx69, h: string): string => c.pick([h, h.toLowerCase(), h.toUpperCase()]);
/** A quoted string the way a given language prints it. */
export const quote = (c: Ctx69, s: string): string => c.pick([`"${s}"`, `'${s}'`, s]);
/** A company of the integrating side (context, not personal). */
export const org = (c: Ctx69): string => c.pick(['Ledgerly', 'Paynest', 'Brightvault Capital', 'Nordlys Bank', 'Quanta Lending', 'Tallyhome', 'Fernhill Insurance', 'Orbit Payroll']);

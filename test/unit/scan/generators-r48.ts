import { luhnValid } from '../../../src/scan/validators';
import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r48 (blind set 48: hospitality and travel): a sample for each of the round's detectors
 * (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

/** Letters of both cases and digits, both present. */
const mix = (r: Rng, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, n - 3)}`;
const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
/** A Luhn-valid Visa number. */
const visa = (r: Rng): string => {
  for (;;) {
    const v = `4${r.str(DIG, 15)}`;
    if (luhnValid(v)) return v;
  }
};
/** An Indian PAN (holder type P). */
const pan = (r: Rng): string => `${r.str(UPPER, 3)}P${r.str(UPPER, 1)}${r.str(DIG, 4)}${r.str(UPPER, 1)}`;

export const R48_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'edifact-paxlst-document': (r) => ["ATT+2++F'\nDOC+P:110:111+", `X${r.str(UPPER, 1)}${r.str(DIG, 7)}`, "'\nDTM+36:301231'"],
  'edifact-paxlst-birth-date': (r) => ["NAT+2+FRA'\nDTM+329:", `${r.int(60, 99)}0${r.int(1, 9)}${r.int(10, 28)}`, "'\nLOC+178+CDG'"],
  'gds-form-of-payment-card': (r) => ['  7 FP CCVI', visa(r), `/0${r.int(1, 9)}${r.int(27, 31)}/N${r.str(DIG, 6)}`],
  'bacs-sort-code-account': (r) => ['Standing order via BACS: ', `${r.int(10, 99)}-${r.int(10, 99)}-${r.int(10, 99)} ${r.str(DIG, 8)}`, ' ref RENT-MARCH'],
  'in-pan-prose': (r) => ['Vendor onboarding: the PAN on the invoice reads ', pan(r), ', GST registered in Pune'],
  'loyalty-member-number': (r) => ['level=info event=tier_upgrade loyalty_number=', r.str(DIG, 10), ' tier=GOLD points=48211'],
  'loyalty-member-prose': (r) => [`Escalation: Member ${person(r)} (#`, r.str(DIG, 9), ') cannot redeem points at checkout'],
  'known-traveler-number-key': (r) => ['booking.update pnr=QX7K2M ktn=', `TT${r.str(DIG, 7)}`, ' seat=14C'],
  'drivers-licence-nested-number': (r) => ['{"driver":{"licence":{"number":"', `${r.str(UPPER, 1)}${r.str(DIG, 3)}-${r.str(DIG, 4)}-${r.str(DIG, 4)}`, '","country":"CA"}}}'],
  'address-after-label-prose': (r) => ['Ticket 4411: customer asked us to update the billing address ', `${r.int(10, 999)} Larkspur Lane, Ashford TN${r.int(10, 30)} 4AB`, '. Done.'],
  'shared-secret-prose': (r) => ['// webhook shared secret from the partner dashboard: ', mix(r, 18), '\n'],
  'person-given-name-before-surname': (r) => ['{"guest":{"name":"', given(r), `","surname":"${family(r)}"},"room":"1204"}`],
  'person-name-on-card-key': (r) => ['<payment><cc_name>', person(r).toUpperCase(), `</cc_name><cc_type>MC</cc_type></payment>`],
  'person-name-renter-passenger-key': (r) => ['{"booking":"PNR4421","passenger_name":"', person(r), `","seat":"22A","phone":"+1415${r.str(DIG, 7)}"}`],
  'person-name-scim-formatted': (r) => ['{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"name":{"formatted":"', person(r), '","givenName":"x"}}'],
  'person-name-edifact-nad': (r) => ["UNH+1+PAXLST:D:05B:UN:IATA'\nNAD+FL+++", `${family(r).toUpperCase()}:${given(r).toUpperCase()}`, "+12 High Street'"],
  'person-name-member-case-note': (r) => ['Fraud queue: Member ', person(r), ` (#${r.str(DIG, 9)}) changed e-mail twice today`],
  'person-name-after-card-cell': (r) => [`TXN|${visa(r)}|`, person(r).toUpperCase(), '|GRAND HOTEL|120.00|EUR'],
  'person-name-chat-intro': (r) => ['agent: how can I help?\nguest: hello, it\'s ', person(r), `, my booking under +44 7700 ${r.str(DIG, 6)} shows the wrong dates`],
};

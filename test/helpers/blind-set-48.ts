import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { AIR } from './blind-set-48-air';
import { Ctx48, type Planted48 } from './blind-set-48-ctx';
import { FINANCE, SECRETS } from './blind-set-48-extra';
import { CHANNEL, HOTEL_PMS, type Make48 } from './blind-set-48-hotel';
import { NEGATIVES } from './blind-set-48-neg';
import { CAR, EXPENSE, LOYALTY, OTA } from './blind-set-48-ota';

/** Positive templates by area (the area is the "source" in reports). */
const AREAS: Record<string, Record<string, Make48>> = {
  'hotel-pms': HOTEL_PMS,
  'channel-manager': CHANNEL,
  'airline-gds': AIR,
  ota: OTA,
  'car-rental': CAR,
  loyalty: LOYALTY,
  'travel-expense': EXPENSE,
  'ops-secrets': SECRETS,
  payments: FINANCE,
};

const PER_TEMPLATE = 8;
/** Templates of secrets only are drawn more often, those dense with guest data less, to keep the group shares. */
const SECRET_ONLY = new Set(['cloudbeds-env', 'opera-ohip-token', 'apaleo-client-creds', 'rms-cloud-python', 'housekeeping-app-config', 'rategain-yaml', 'channex-node-error', 'amadeus-selfservice-token', 'sabre-sessioncreate', 'sabre-rest-java', 'travelport-uapi-props', 'airline-app-gradle', 'gds-go-panic', 'seatmap-k8s-secret', 'tripcom-python-config', 'avis-api-token', 'turo-go-config', 'loyalty-partner-yaml', 'loyalty-braintree', 'concur-oauth-refresh', 'expensify-integration', 'travelperk-env', ...Object.keys(SECRETS)]);
const GUEST_DENSE = new Set(['opera-profile-json', 'guest-registration-csv', 'protel-sql-dump', 'amadeus-pnr-docs', 'apis-edifact', 'dcs-boarding-log', 'hostel-booking-csv', 'rental-agreement-json', 'damage-claim-ticket', 'points-transfer-log', 'member-profile-sql', 'navan-scim-webhook', 'refund-ticket-email', 'duffel-node', 'mews-connector-request', 'front-desk-ticket']);
const repeats = (name: string): number => (SECRET_ONLY.has(name) ? 13 : GUEST_DENSE.has(name) ? 5 : PER_TEMPLATE);
const PER_NEGATIVE = 6;
const ATTEMPTS = 200;

/** True when every value sits in the text and every short value sits there exactly once. */
function placed(text: string, values: readonly Planted48[]): boolean {
  return values.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2));
}

/**
 * Sealed blind set 48 (hospitality and travel): positives planted with credentials, personal and
 * financial data from hotel PMSs, channel managers, GDSs and airlines, OTAs, car rental, loyalty
 * programmes and travel-expense tools; negatives that look close but hold none. A pure function of the seed.
 */
export function buildBlindSet48(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: Planted48[] }[] = [];
  for (const [area, templates] of Object.entries(AREAS)) {
    for (const [name, make] of Object.entries(templates)) {
      for (let k = 0; k < repeats(name); k++) {
        const id = `${area}/${name}/${k}`;
        let done = false;
        for (let attempt = 0; attempt < ATTEMPTS && !done; attempt++) {
          const c = new Ctx48(hash9(`48:${seed}:${id}:${attempt}`));
          const text = make(c);
          if (!placed(text, c.values)) continue;
          positives.push({ id, text, values: c.values });
          done = true;
        }
        if (!done) throw new Error(`blind set 48: could not place the values of ${id}`);
      }
    }
  }
  const negatives: { id: string; text: string }[] = [];
  for (const [area, templates] of Object.entries(NEGATIVES)) {
    for (const [name, make] of Object.entries(templates)) {
      for (let k = 0; k < PER_NEGATIVE; k++) {
        const id = `${area}/${name}/${k}`;
        negatives.push({ id, text: make(new Rng9(hash9(`48:${seed}:${id}:0`))) });
      }
    }
  }
  return { positives, negatives };
}

import { B62, DIG, HEX, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r41 (blind set 41: integration platforms and workplace SaaS glue): a sample for each of the
 * round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

/** Letters of both cases and digits, both present. */
const mix = (r: Rng, n: number): string => `${r.str(UPPER, 1)}${r.str(LOWER, 1)}${r.str(DIG, 1)}${r.str(B62, n - 3)}`;
/** Hex with a digit and a letter. */
const hexMix = (r: Rng, n: number): string => `${r.str(DIG, 1)}${r.str('abcdef', 1)}${r.str(HEX, n - 2)}`;
const uuid = (r: Rng): string => `${hexMix(r, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-a${r.str(HEX, 3)}-${r.str(HEX, 12)}`;
const given = (r: Rng): string => r.pick(['Marisol', 'Benedikt', 'Aurelie', 'Casimir', 'Leontine', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Trevelyan', 'Ostrowski']);
export const R41_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'atlassian-automation-webhook-url': (r) => ['rule "Escalate P1" action: Send web request to ', `https://api-private.atlassian.com/automation/webhooks/jira/a/${uuid(r)}/${uuid(r)}`, ' (200)'],
  'tines-webhook-url': (r) => ['story trigger: ', `https://${r.pick(['quiet-lake', 'amber-hill'])}-${r.str(DIG, 4)}.tines.com/webhook/${hexMix(r, 32)}/${hexMix(r, 32)}`, ' received 1 event'],
  'workato-webhook-url': (r) => ['recipe 42 trigger url=', `https://webhooks.workato.com/webhooks/rest/${hexMix(r, 32)}/invoice-paid`, ' status=active'],
  'apim-subscription-key-named-value': (r) => ['headers: [{"key":"Ocp-Apim-Subscription-Key","value":"', hexMix(r, 32), '"}]'],
  'boxed-table-secret': (r) => ['│ WEBHOOK_SECRET │ ', mix(r, 36), ' │'],
  'properties-escaped-password': (r) => ['db.url=jdbc\\:mysql\\://db01\\:3306/crm?user\\=svc&password\\=', `${mix(r, 14)}~${r.str(DIG, 2)}`, '\n'],
  'person-name-beside-own-mailbox': (r) => {
    const g = given(r);
    const f = family(r);
    return ['<tr><td>Acme GmbH</td><td>', `${g} ${f}`, `</td><td>${g.toLowerCase()}.${f.toLowerCase()}${r.str(DIG, 2)}@outlook.com</td></tr>`];
  },
  'person-name-message-signoff': (r) => ['> please refund the duplicate charge to my card ending 4242. Kind regards, ', `${given(r)} ${family(r)}`, `\nticket #${r.str(DIG, 5)}`],
};

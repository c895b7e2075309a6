/**
 * Sealed blind set 42: logistics, manufacturing and the ERP back office (ERPs, WMS/TMS, carriers,
 * EDI/AS2, customs, telematics, OT gateways, procurement, payroll and vendor banking). Every case
 * draws its own stream from hash9(`42:${seed}:${id}:${attempt}`) and is redrawn until its values
 * sit verbatim in its text (short ones exactly once) and pass their format checks.
 */
import { Rng9, hash9 } from './blind-set-9-rng';
import type { BlindSetShape } from './blind-set-measure';
import { Ctx42, type Tpl42, type V42 } from './blind-set-42-gen';
import { formatOk42 } from './blind-set-42-format';
import { ERP_TEMPLATES } from './blind-set-42-erp';
import { SHIP_TEMPLATES } from './blind-set-42-ship';
import { EDI_TEMPLATES } from './blind-set-42-edi';
import { OT_TEMPLATES } from './blind-set-42-ot';
import { PEOPLE_TEMPLATES } from './blind-set-42-people';
import { INFRA_TEMPLATES } from './blind-set-42-infra';
import { WMS_TEMPLATES } from './blind-set-42-wms';
import { VAULT_TEMPLATES } from './blind-set-42-vault';
import { PAY_TEMPLATES } from './blind-set-42-pay';
import { NEG_TEMPLATES_A } from './blind-set-42-neg';
import { NEG_TEMPLATES_B } from './blind-set-42-neg2';

/** Each area with its templates and the cases drawn from each template (balancing the groups' shares). */
const POSITIVE_AREAS: [string, Tpl42[], number][] = [
  ['erp', ERP_TEMPLATES, 8],
  ['ship', SHIP_TEMPLATES, 6],
  ['edi', EDI_TEMPLATES, 6],
  ['ot', OT_TEMPLATES, 6],
  ['people', PEOPLE_TEMPLATES, 3],
  ['infra', INFRA_TEMPLATES, 8],
  ['wms', WMS_TEMPLATES, 6],
  ['vault', VAULT_TEMPLATES, 8],
  ['pay', PAY_TEMPLATES, 8],
];

const NEGATIVE_AREAS: [string, Tpl42[]][] = [
  ['neg-config', NEG_TEMPLATES_A],
  ['neg-ids', NEG_TEMPLATES_B],
];

/** Cases drawn from each negative template. */
const PER_NEGATIVE = 8;

const valid = (text: string, vals: readonly V42[]): boolean =>
  vals.length > 0 && vals.every((v) => text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2) && formatOk42(v.kind, v.value));

export function buildBlindSet42(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: V42[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  for (const [area, tpls, per] of POSITIVE_AREAS) {
    for (const t of tpls) {
      for (let i = 0; i < per; i++) {
        const id = `${area}/${t.id}/${i}`;
        for (let attempt = 0; attempt < 40; attempt++) {
          const x = new Ctx42(new Rng9(hash9(`42:${seed}:${id}:${attempt}`)));
          const text = t.make(x);
          if (valid(text, x.vals)) {
            positives.push({ id, text, values: x.vals });
            break;
          }
        }
      }
    }
  }
  for (const [area, tpls] of NEGATIVE_AREAS) {
    for (const t of tpls) {
      for (let i = 0; i < PER_NEGATIVE; i++) {
        const id = `${area}/${t.id}/${i}`;
        const x = new Ctx42(new Rng9(hash9(`42:${seed}:${id}:0`)));
        negatives.push({ id, text: t.make(x) });
      }
    }
  }
  return { positives, negatives };
}

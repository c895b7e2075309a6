import type { Rng9 } from './blind-set-9-rng';
import type { Bag28, Group28 } from './blind-set-28-types';
import { natId28 } from './blind-set-28-ids';
import { address28, bankPair28, card28, dob28, email28, iban28, jsonEsc28, licence28, name28, passport28, phone28 } from './blind-set-28-values';

/** How a value is written into its text. */
export type Enc28 = 'plain' | 'json' | 'jsonA' | 'url';

/** Encodes a raw value and plants the encoded form under `base` or `base~enc` when the encoding changed it. */
export function plant28(b: Bag28, group: Group28, base: string, raw: string, enc: Enc28 = 'plain'): string {
  let v = raw, e = '';
  if (enc === 'json' || enc === 'jsonA') { v = jsonEsc28(raw, enc === 'jsonA' || raw.length % 2 === 0); e = 'json'; }
  if (enc === 'url') { v = encodeURIComponent(raw); e = 'url'; }
  const kind = v !== raw ? `${base}~${e}` : base;
  if (group === 'credential') return b.c(kind, v);
  if (group === 'personal') return b.p(kind, v);
  return b.f(kind, v);
}

/** One labelled field of a customer record: label and planted (encoded) value. */
export interface Field28 { key: string; label: string; value: string }

/** Draws `n` labelled personal/financial fields of one person, planted in the bag with the encoding given. */
export function personFields28(r: Rng9, b: Bag28, n: number, enc: Enc28 = 'plain'): Field28[] {
  const nm = name28(r);
  const makers: (() => Field28[])[] = [
    () => [{ key: r.pick(['customer_name', 'full_name', 'name']), label: r.pick(['Name', 'Customer name', 'Full name']), value: plant28(b, 'personal', 'name', nm.full, enc) }],
    () => [{ key: r.pick(['email', 'customer_email', 'personal_email']), label: r.pick(['Email', 'E-mail', 'email']), value: plant28(b, 'personal', 'email', email28(r, nm), enc) }],
    () => [{ key: r.pick(['phone', 'mobile', 'phone_number']), label: r.pick(['Phone', 'Mobile', 'Tel']), value: plant28(b, 'personal', 'phone', phone28(r), enc) }],
    () => [{ key: r.pick(['home_address', 'address', 'shipping_address']), label: r.pick(['Home address', 'Address', 'Lives at']), value: plant28(b, 'personal', 'address', address28(r), enc) }],
    () => [{ key: r.pick(['dob', 'date_of_birth', 'birth_date']), label: r.pick(['DOB', 'Date of birth', 'born']), value: plant28(b, 'personal', 'dob', dob28(r), enc) }],
    () => { const id = natId28(r); return [{ key: id.label.replace(/\W+/g, '_').toLowerCase(), label: id.label, value: plant28(b, 'personal', id.kind, id.value, enc) }]; },
    () => [{ key: 'passport_number', label: r.pick(['Passport no.', 'Passport', 'passport #']), value: plant28(b, 'personal', 'passport', passport28(r), enc) }],
    () => [{ key: 'drivers_license', label: r.pick(["Driver's licence", 'DL#', 'Driver license']), value: plant28(b, 'personal', 'licence', licence28(r), enc) }],
    () => [{ key: r.pick(['card_number', 'card', 'pan']), label: r.pick(['Card', 'Card number', 'CC']), value: plant28(b, 'financial', 'card', card28(r), enc) }],
    () => {
      const card = card28(r);
      const cvv = r.digits(/^3[47]/.test(card) ? 4 : 3).replace(/^0/, '7');
      return [{ key: 'card_number', label: 'Card', value: plant28(b, 'financial', 'card', card, enc) }, { key: r.pick(['cvv', 'cvc']), label: r.pick(['CVV', 'CVC', 'security code']), value: plant28(b, 'financial', 'cvv', cvv, enc) }];
    },
    () => [{ key: 'iban', label: 'IBAN', value: plant28(b, 'financial', 'iban', iban28(r), enc) }],
    () => { const bp = bankPair28(r); return [{ key: bp.codeLabel.replace(/\W+/g, '_').toLowerCase(), label: bp.codeLabel, value: plant28(b, 'financial', bp.codeKind, bp.code, enc) }, { key: 'account_number', label: r.pick(['Account', 'Acct no.', 'account number']), value: plant28(b, 'financial', 'account', bp.account, enc) }]; },
  ];
  makers.push(makers[5]!, makers[5]!);
  const picked: Field28[] = [];
  const used = new Set<number>();
  const want = n >= 3 ? n - 1 : n;
  while (used.size < want) {
    const i = r.int(0, makers.length - 1);
    if (used.has(i) || (i >= 8 && i <= 11 && r.next() < 0.1) || ((i === 6 || i === 7) && r.next() < 0.2)) continue;
    used.add(i);
    picked.push(...makers[i]!());
  }
  return picked;
}

/** Fields as prose lines `Label: value`. */
export const asLines28 = (fs: Field28[], sep = ': ') => fs.map((f) => `${f.label}${sep}${f.value}`);
/** Fields as JSON members `"key": "value"` (values already escaped). */
export const asJson28 = (fs: Field28[]) => fs.map((f) => `"${f.key}": "${f.value}"`);

import type { Rng9 } from './blind-set-9-rng';
import type { Pair } from './blind-set-18-ctx';
import { idGen18 } from './blind-set-18-ids';
import { ADDRESSES, DOCS, PHONES, dob, email, name } from './blind-set-18-people';
import { REC_CTX, type RecCtx } from './blind-set-18-rec';
import { pers, pos, type PosCase16, type Value16 } from './blind-set-16-types';

/** The field name each national id usually sits under (some deliberately generic). */
const ID_LABEL: Record<string, string> = {
  'us-ssn': 'ssn', 'uk-nino': 'ni_number', 'de-steuer-id': 'tax_id', 'nl-bsn': 'bsn', 'es-dni': 'dni', 'fr-nir': 'nir',
  'it-codice-fiscale': 'codice_fiscale', 'pl-pesel': 'pesel', 'se-personnummer': 'personnummer', 'fi-hetu': 'hetu',
  'no-fodselsnummer': 'national_id', 'br-cpf': 'cpf', 'ca-sin': 'sin', 'in-aadhaar': 'aadhaar_number', 'cn-resident-id': 'id_card_number',
  'kr-rrn': 'resident_registration_no', 'sg-nric': 'nric', 'be-national-number': 'national_number', 'za-id': 'id_number',
  'tr-tc-kimlik': 'tc_kimlik_no', 'il-teudat-zehut': 'teudat_zehut', 'au-tfn': 'tfn', 'cl-rut': 'rut',
};
const ID_KINDS = Object.keys(ID_LABEL);

type Second = { kind: string; label: string; gen: (r: Rng9, who: [string, string]) => string; form?: boolean };
const SECONDS: Second[] = [
  ...PHONES.map(([layout, g]): Second => (layout === 'e164-urlenc'
    ? { kind: 'phone', label: 'phone', gen: (r) => decodeURIComponent(g(r)), form: true }
    : { kind: 'phone', label: ['phone', 'mobile', 'phone_number'][layout.length % 3]!, gen: (r) => g(r) })),
  { kind: 'email', label: 'email', gen: (r, w) => email(r, w) },
  { kind: 'email', label: 'email', gen: (r, w) => email(r, w), form: true },
  { kind: 'email', label: 'contact_email', gen: (r, w) => email(r, w) },
  { kind: 'email', label: 'email', gen: (r, w) => email(r, w), form: true },
  ...[0, 1, 2, 3, 4, 0].map((f, i): Second => ({ kind: 'dob', label: ['date_of_birth', 'dob', 'birth_date'][i % 3]!, gen: (r) => dob(r, f) })),
  ...ADDRESSES.map(([cc, g], i): Second => ({ kind: `address-${cc}`, label: ['address', 'street_address', 'home_address'][i % 3]!, gen: (r) => g(r) })),
  ...DOCS.map(([k, g]): Second => ({ kind: k, label: k.startsWith('passport') ? 'passport_number' : 'driving_licence_number', gen: (r) => g(r) })),
];
const FORM_CTX = REC_CTX.filter((c) => c.enc);

/** A person record: a national id and one more personal value, in a record-printing artifact. */
export const personal: PosCase16[] = SECONDS.map((s, j) => (r) => {
  const who = name(r);
  const idKind = ID_KINDS[j % ID_KINDS.length]!;
  const id = idGen18[idKind]!(r);
  const second = s.gen(r, who);
  const ctx: RecCtx = s.form ? FORM_CTX[0]! : REC_CTX[(j * 5) % REC_CTX.length]!;
  const fields: Pair[] = [[ID_LABEL[idKind]!, id], [s.label, second]];
  const plant = (kind: string, v: string): Value16 => {
    const e = ctx.enc ? ctx.enc(v) : v;
    return pers(e === v ? kind : `${kind}-urlenc`, e);
  };
  return pos(`${ctx.src}/person-${ctx.name}-${idKind}-${s.kind}`, ctx.render(r, fields, who), plant(idKind, id), plant(s.kind, second));
});

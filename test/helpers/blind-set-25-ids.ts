import { Rng9 } from './blind-set-9-rng';
import type { Bag25 } from './blind-set-25-types';
import * as V from './blind-set-25-values';

/** Blind set 25: national ids of 17 countries and bank details of 6 schemes, drawn with the field names their APIs use. */

export const IDS: readonly { kind: string; country: string; key: string; make: (r: Rng9) => string }[] = [
  { kind: 'ssn', country: 'US', key: 'ssn', make: V.ssn },
  { kind: 'nino', country: 'GB', key: 'national_insurance_number', make: V.nino },
  { kind: 'sin', country: 'CA', key: 'sin', make: V.sin },
  { kind: 'nir', country: 'FR', key: 'numero_securite_sociale', make: V.nir },
  { kind: 'steuer-id', country: 'DE', key: 'steuer_id', make: V.steuerId },
  { kind: 'dni', country: 'ES', key: 'dni', make: V.dni },
  { kind: 'nie', country: 'ES', key: 'nie', make: V.nie },
  { kind: 'codice-fiscale', country: 'IT', key: 'codice_fiscale', make: V.codiceFiscale },
  { kind: 'bsn', country: 'NL', key: 'bsn', make: V.bsn },
  { kind: 'personnummer', country: 'SE', key: 'personnummer', make: V.personnummer },
  { kind: 'cpf', country: 'BR', key: 'cpf', make: V.cpf },
  { kind: 'curp', country: 'MX', key: 'curp', make: V.curp },
  { kind: 'aadhaar', country: 'IN', key: 'aadhaar_number', make: V.aadhaar },
  { kind: 'pan-india', country: 'IN', key: 'pan', make: V.panIndia },
  { kind: 'tfn', country: 'AU', key: 'tax_file_number', make: V.tfn },
  { kind: 'my-number', country: 'JP', key: 'my_number', make: V.myNumber },
  { kind: 'rrn', country: 'KR', key: 'resident_registration_number', make: V.rrn },
  { kind: 'za-id', country: 'ZA', key: 'id_number', make: V.zaId },
  { kind: 'pesel', country: 'PL', key: 'pesel', make: V.pesel },
];

/** A national id planted as personal data: its field name, its country and the value (as `enc` encodes it). */
export function natId(r: Rng9, b: Bag25, enc?: Enc): { key: string; country: string; value: string } {
  return idOf(r.pick(IDS), r, b, enc);
}

type Enc = 'url' | 'form' | 'b64' | 'json' | 'html';

/** The national id of one scheme, planted as personal data as `enc` encodes it (plain when the encoding leaves it unchanged). */
export function idOf(t: (typeof IDS)[number], r: Rng9, b: Bag25, enc?: Enc): { key: string; country: string; value: string } {
  const plain = t.make(r);
  const encoded = enc === undefined ? plain : enc === 'url' ? V.url(plain) : enc === 'form' ? V.form(plain) : enc === 'b64' ? V.b64(plain) : enc === 'json' ? V.jsonU(plain) : V.html(plain);
  const kind = enc === undefined || encoded === plain ? t.kind : `${t.kind}~${enc}`;
  return { key: t.key, country: t.country, value: b.p(kind, encoded) };
}

/** A bank account planted as financial data, as one line of `key: value` pairs in the style `fmt` renders them. */
export function bank(r: Rng9, b: Bag25, fmt: (k: string, v: string) => string): string {
  return r
    .pick([
      () => [fmt('routing_number', b.f('aba-routing', V.aba(r))), fmt('account_number', b.f('bank-account', V.account(r)))],
      () => [fmt('iban', b.f('iban', V.iban(r))), fmt('bic', `${r.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'BARCGB22', 'CAIXESBB'])}`)],
      () => [fmt('iban', b.f('iban', V.spacedIban(V.iban(r))))],
      () => [fmt('sort_code', b.f('sort-code', V.sortCode(r))), fmt('account_number', b.f('bank-account', r.digits(8).replace(/^0/, '3')))],
      () => [fmt('bsb', b.f('bsb', V.bsb(r))), fmt('account_number', b.f('bank-account', `${r.int(1, 9)}${r.digits(8)}`))],
      () => [fmt('clabe', b.f('clabe', V.clabe(r)))],
    ])()
    .join(', ');
}

/** A card number planted as financial data (plain, spaced or dashed). */
export function cardNo(r: Rng9, b: Bag25): string {
  const c = V.card(r);
  return b.f('card', r.pick([c, c, V.spacedCard(c), V.spacedCard(c).replace(/ /g, '-')]));
}

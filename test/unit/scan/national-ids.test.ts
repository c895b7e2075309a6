import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks, pick } from '../../helpers/leak-checks';
import { bsn, codiceFiscale, cpf, dni, nie, nir, pan, sin, steuerId, tfn } from '../../helpers/national-id-values';

/** National ids under their keys, checksums verified (branch issue-pers); values generated at test time. */
const spacedNir = (v: string): string => `${v[0]} ${v.slice(1, 3)} ${v.slice(3, 5)} ${v.slice(5, 7)} ${v.slice(7, 10)} ${v.slice(10, 13)} ${v.slice(13)}`;
/** The value with its last character changed (so that its checksum fails). */
const broken = (v: string): string => v.slice(0, -1) + (/\d$/.test(v) ? String((Number(v.slice(-1)) + 1) % 10) : v.endsWith('A') ? 'B' : 'A');

const CASES: [string, () => string, string[]][] = [
  ['FR NIR', () => nir(), ['{"nir":"%"}', 'NUMERO_SECU=%', "UPDATE patients SET numero_secu='%' WHERE id=7"]],
  ['FR NIR (spaced)', () => spacedNir(nir()), ['Numéro de sécurité sociale : %', '<nir>%</nir>', 'insee: %']],
  ['ES DNI', () => dni(), ['mi DNI es %, gracias', '{"dni":"%"}', 'GET /clientes?nif=%&x=1']],
  ['ES NIE', () => nie(), ['{"nie":"%"}', 'NIE: %', 'documento_identidad=%']],
  ['IT codice fiscale', () => codiceFiscale(), ['{"codice_fiscale":"%"}', 'CF: %', 'fiscal_code=%']],
  ['NL BSN', () => bsn(), ['{"bsn":"%"}', 'BSN: %', 'burgerservicenummer=%']],
  ['DE Steuer-ID', () => steuerId(), ['{"steuer_id":"%"}', 'Steuer-ID: %', 'IdNr=%']],
  ['BR CPF', () => cpf(), ['{"cpf":"%"}', 'CPF nº %', 'cpf=%&nome=x']],
  ['CA SIN', () => sin(), ['{"sin":"%"}', 'SIN: %', 'social_insurance_number=%']],
  ['AU TFN', () => tfn(), ['{"tfn":"%"}', 'TFN: %', 'tax_file_number=%']],
  ['IN PAN', () => pan(), ['{"pan":"%"}', 'PAN: %', 'pan_number=%']],
];

describe('national ids under their keys', () => {
  it.each(CASES)('finds %s in three contexts', (_, gen, forms) => {
    for (const form of forms) {
      const v = gen();
      expect(covered(form.replace('%', v), v), form.replace('%', v)).toBe(true);
    }
  });
  it.each(CASES.filter(([n]) => n !== 'IN PAN'))('skips %s with a failed checksum', (_, gen, forms) => {
    const v = broken(gen());
    expect(leaks(forms[0]!.replace('%', v))).toEqual([]);
  });
  it('skips a BR CPF from 00 with a failed checksum: its layout is not a 00 international phone number', () => {
    // A draw that failed 4 runs in 552 of the test above (a CPF begins with 00 and a digit from 1 in about 1 draw in 110).
    expect(leaks('{"cpf":"002.664.907-10"}')).toEqual([]);
    expect(covered('{"cpf":"002.664.907-19"}', '002.664.907-19')).toBe(true);
  });
  it('skips ids, order numbers and hashes under other keys', () => {
    expect(leaks(`order_id=${randomInt(100000000, 999999999)} invoice=${nir().slice(0, 13)} sha=${pick('0123456789abcdef', 40)}`)).toEqual([]);
    expect(leaks(`{"span_id":"${pick('0123456789abcdef', 16)}","company":"ACME","dni_checked":true}`)).toEqual([]);
    expect(leaks(`using cache since ${randomInt(1700000000, 1800000000)} single=${randomInt(100000000, 999999999)}`)).toEqual([]);
  });
});

describe('UK National Insurance numbers', () => {
  // Prefixes HMRC never allocates (BG, GB, NK, KN, TN, NT, ZZ) are not drawn.
  const prefix = (): string => {
    for (;;) {
      const p = pick('ABCEGHJKLMNPRSTWXYZ', 1) + pick('ABCEGHJKLMNPRSTWXYZ', 1);
      if (!/^(?:BG|GB|NK|KN|TN|NT|ZZ)$/.test(p)) return p;
    }
  };
  const nino = (sp: string): string => `${prefix()}${sp}${pick('0123456789', 2)}${sp}${pick('0123456789', 2)}${sp}${pick('0123456789', 2)}${sp}${pick('ABCD', 1)}`;
  it('finds spaced and compact numbers under NI keys, the QQ prefix too', () => {
    const a = nino(' ');
    expect(covered(`NI number: ${a}`, a)).toBe(true);
    const b = nino('');
    expect(covered(`{"ni_number":"${b}"}`, b)).toBe(true);
    const c = `QQ ${pick('0123456789', 2)} ${pick('0123456789', 2)} ${pick('0123456789', 2)} C`;
    expect(covered(`National Insurance No. ${c}`, c)).toBe(true);
  });
});

describe('passports and driving licences under their keys', () => {
  it('finds passport numbers in JSON, env and prose', () => {
    const a = `${pick('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${pick('0123456789', 8)}`;
    expect(covered(`{"passportNumber":"${a}","nationality":"DE"}`, a)).toBe(true);
    const b = pick('0123456789', 9);
    expect(covered(`PASSPORT_NO=${b}`, b)).toBe(true);
    const c = `${pick('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}${pick('0123456789', 7)}`;
    expect(covered(`Traveller passport no. ${c} checked at gate`, c)).toBe(true);
    // An X first is a number, not a mask (1 draw in 23 above began so and failed).
    const x = `X${pick('123456789', 8)}`;
    expect(covered(`{"passportNumber":"${x}","nationality":"DE"}`, x)).toBe(true);
    expect(leaks(`{"passportNumber":"XXXXX1234","nationality":"DE"}`)).toEqual([]);
  });
  it('finds driving licence numbers in JSON, forms and YAML', () => {
    const a = `${pick('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${pick('0123456789', 3)}-${pick('0123456789', 3)}-${pick('0123456789', 2)}-${pick('0123456789', 3)}-0`;
    expect(covered(`{"drivers_license_number":"${a}"}`, a)).toBe(true);
    const b = `${pick('ABCDEFGHJKLMNPRSTUVWXYZ', 5)}${pick('0123456789', 6)}${pick('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}9${pick('ABCDEFGHJKLMNPRSTUVWXYZ', 2)}`;
    expect(covered(`driving_licence=${b}&consent=1`, b)).toBe(true);
    const c = `D${pick('0123456789', 7)}`;
    expect(covered(`applicant:\n  dl_number: ${c}\n`, c)).toBe(true);
  });
  it('skips expiry dates, countries, flags and placeholders under passport and licence keys', () => {
    expect(leaks(`passport_expiry=20300101 passport_country=DE passport_verified=true`)).toEqual([]);
    expect(leaks(`{"passport_number":"XXXXXXXXX","driver_license":"pending"}`)).toEqual([]);
    expect(leaks(`driver_license_state=CA driver=ext4 dl_url=https://cdn.example.com/x.tgz`)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  const local = (): string => `${pick('abcdefghijklmnopqrstuvwxyz', 5)}.${pick('abcdefghijklmnopqrstuvwxyz', 6)}`;
  it('finds URL-encoded addresses after encoded separators in query strings, form bodies and redirects', () => {
    const a = `${local()}%40acme.io`;
    expect(covered(`body=email%3D${a}%26name%3Dx`, a)).toBe(true);
    expect(covered(`redirect=https%3A%2F%2Fapp.io%2Fcb%3Femail%3D${a}`, a)).toBe(true);
    expect(covered(`GET /invite?email=${a}&ref=x`, a)).toBe(true);
  });
  it('reports bot and no-reply mailboxes as example data, not leaks', () => {
    expect(leaks(`commit by ci-bot@users.noreply.github.com, mail from noreply@acme.io and no-reply+bounce@mail.acme.io`)).toEqual([]);
    const p = `${local()}@acme.io`;
    expect(covered(`reply-to ${p} (from noreply@acme.io)`, p)).toBe(true);
  });
});

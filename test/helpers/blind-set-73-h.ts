import { Ctx73 } from './blind-set-73-core';
import { K73, jwt73, pw73 } from './blind-set-73-creds';
import * as I1 from './blind-set-73-ids';
import * as I2 from './blind-set-73-ids2';
import { card73, iban73, BRANDS73 } from './blind-set-73-money';
import { email73, person73, type Person73 } from './blind-set-73-person';
import { Rng9 } from './blind-set-9-rng';

/** Short helpers the templates write with: each marks what it returns. */
type IdGen = [string, (r: Rng9) => string];
export const IDS73: Record<string, IdGen[]> = {
  US: [['us_ssn', I1.ssn73], ['us_itin', I1.itin73]],
  GB: [['uk_nino', (r) => I1.nino73(r, r.int(0, 1) === 0)], ['uk_nhs', I1.nhs73]],
  CA: [['ca_sin', I1.sin73]],
  FR: [['fr_nir', (r) => I1.nir73(r, r.int(0, 1) === 0)]],
  ES: [['es_dni', I1.dniEs73], ['es_nie', I1.nie73]],
  IT: [['it_cf', I1.codiceFiscale73]],
  DE: [['de_steuer_id', I1.steuerId73]],
  NL: [['nl_bsn', I1.bsn73]],
  BE: [['be_nn', I1.beNN73]],
  PL: [['pl_pesel', I1.pesel73]],
  SE: [['se_pnr', I1.personnummer73]],
  DK: [['dk_cpr', I1.cpr73]],
  FI: [['fi_hetu', I1.hetu73]],
  NO: [['no_fnr', I1.fnrNo73]],
  PT: [['pt_nif', I1.nifPt73]],
  BR: [['br_cpf', (r) => I1.cpf73(r, r.int(0, 3) > 0)]],
  MX: [['mx_curp', I2.curp73], ['mx_rfc', I2.rfc73]],
  CL: [['cl_rut', I2.rut73]],
  AR: [['ar_dni', I2.dniAr73], ['ar_cuil', I2.cuil73]],
  IN: [['in_aadhaar', I2.aadhaar73], ['in_pan', I2.pan73]],
  SG: [['sg_nric', I2.nric73]],
  MY: [['my_mykad', I2.mykad73]],
  HK: [['hk_hkid', I2.hkid73]],
  KR: [['kr_rrn', I2.rrn73]],
  JP: [['jp_my_number', I2.myNumber73]],
  CN: [['cn_rid', I2.cnRid73]],
  AU: [['au_tfn', I2.tfn73], ['au_medicare', I2.medicare73]],
  NZ: [['nz_ird', I2.ird73]],
  ZA: [['za_id', I2.zaId73]],
  NG: [['ng_bvn', I2.bvn73], ['ng_nin', I2.ninNg73]],
  TR: [['tr_tckn', I2.tckn73]],
  IL: [['il_tz', I2.ilId73]],
};
export const ID_CC73 = Object.keys(IDS73);

/** A person, from any country or from one holding a checksummed national id. */
export const who = (x: Ctx73, cc?: string, latin = false): Person73 => person73(x.r, cc ?? x.pick([...ID_CC73, ...ID_CC73, 'AT', 'CH', 'IE', 'GR', 'RU', 'UA', 'AE', 'SA', 'EG', 'KE', 'PK', 'TW', 'TH', 'VN', 'ID', 'PH', 'CO', 'PE']), latin);
export const whoId = (x: Ctx73, latin = false): Person73 => person73(x.r, x.pick(ID_CC73), latin);
/** A person whose name needs no escaping inside single-quoted SQL or shell strings. */
export function whoPlain(x: Ctx73, cc?: string, latin = false): Person73 {
  for (;;) {
    const P = who(x, cc, latin);
    if (!/['’"]/.test(P.name.full)) return P;
  }
}
/** An email with a quoted local part (RFC 5321), for contexts that print it unescaped. */
export const qem = (x: Ctx73, P: Person73): string => x.p('email', email73(x.r, P.cc, P.name.handle, true));

export const nm = (x: Ctx73, P: Person73): string => x.p('person_name', P.name.full);
export const gn = (x: Ctx73, P: Person73): string => x.p('given_name', P.name.given);
export const fn = (x: Ctx73, P: Person73): string => x.p('family_name', P.name.family);
export const ph = (x: Ctx73, P: Person73): string => x.p('phone', P.phoneText);
export const e164 = (x: Ctx73, P: Person73): string => x.p('phone', P.phone.e164);
export const em = (x: Ctx73, P: Person73): string => x.p('email', P.email);
export const st = (x: Ctx73, P: Person73): string => x.p('street_address', P.street);
export const db = (x: Ctx73, P: Person73): string => x.p('date_of_birth', P.dob);
export const dbIso = (x: Ctx73, P: Person73): string => x.p('date_of_birth', P.dobIso);

/** The national id of the person's country (or a passport number where none is checksummed here). */
export function nid(x: Ctx73, P: Person73): { kind: string; value: string } {
  const gens = IDS73[P.cc];
  if (!gens) return { kind: 'passport', value: x.p('passport', I2.passport73(x.r, x.pick(['US', 'DE', 'FR', 'IN', 'CN', 'JP', 'KR', 'CA', 'XX']))) };
  const [kind, g] = x.pick(gens);
  return { kind, value: x.p(kind, g(x.r)) };
}
export const passport = (x: Ctx73, cc: string): string => x.p('passport', I2.passport73(x.r, cc));
export const licence = (x: Ctx73, cc: string, surname?: string): string => x.p('driver_licence', I2.licence73(x.r, cc, surname));

/** A credential of a known provider shape. */
export const K = (x: Ctx73, kind: keyof typeof K73 & string): string => x.c(kind, K73[kind]!(x.r));
export const pw = (x: Ctx73, quoted = false): string => x.c('password', pw73(x.r, quoted));
export const upw = (x: Ctx73): string => x.c('password', x.r.urlPassword(x.int(12, 22)));
export const jwt = (x: Ctx73, iss: string, sub?: string): string => x.c('jwt', jwt73(x.r, iss, sub));

export const iban = (x: Ctx73, cc?: string, grouped?: boolean): string => x.f('iban', iban73(x.r, cc, grouped));
export const card = (x: Ctx73, brand?: string): { brand: string; pan: string } => {
  const c = card73(x.r, brand ? BRANDS73.find((b) => b.name === brand) : undefined);
  x.f('card', c.pan);
  return c;
};
/** A public IPv4 of an end user (judged personal under GDPR: an online identifier of the person). */
export const userIp = (x: Ctx73): string => x.p('ip_address', `${x.pick([31, 37, 46, 77, 82, 89, 93, 109, 151, 176, 178, 185, 212, 217])}.${x.int(1, 254)}.${x.int(0, 254)}.${x.int(1, 254)}`);

import { B64URL } from './blind-set-9-rng';
import { jsonAscii, sigHex, tpl, type Tpl69 } from './blind-set-69-ctx';
import { cnId, curp, nie, nir, bsn, personnummer, pesel, sin } from './blind-set-69-ids';
import { app, name, reqId } from './blind-set-69-kit';
import { T } from './blind-set-69-tokens';

/** National identifiers of more countries, each beside the provider secret of the call that failed. */
export const NATID: Tpl69[] = [
  tpl('trulioo', 'nationalid-eu', (c) => {
    const fr = c.chance(0.5);
    const x = app(c, fr ? 'FR' : 'NL');
    const k = c.c('trulioo-api-key', T.hex(c.r, 32));
    const id = fr ? c.p('fr-nir', nir(c.r, x.p, c.chance(0.5))) : c.p('nl-bsn', bsn(c.r));
    return `x-trulioo-api-key=${k} -> 400 {"Message":"NationalIds[0].Number failed ${fr ? 'NIR' : 'BSN'} format validation","Number":"${id}","Type":"${fr ? 'SocialService' : 'NationalID'}","FirstSurName":"${name(c, jsonAscii(x.p.family))}"}`;
  }),
  tpl('sumsub', 'tin-nordic-pl', (c) => {
    const se = c.chance(0.5);
    const x = app(c, se ? 'SE' : 'PL');
    const tok = c.c('sumsub-app-token', T.sumsubAppToken(c.r));
    const id = se ? c.p('se-personnummer', personnummer(c.r, x.p, c.chance(0.5))) : c.p('pl-pesel', pesel(c.r, x.p));
    return `sumsub fixedInfo.tin rejected for country ${se ? 'SWE' : 'POL'}: "${id}" (applicant ${c.r.hex(24)}, lastName=${name(c, x.p.family)})
X-App-Token: ${tok}
X-App-Access-Sig: ${sigHex(c)}`;
  }),
  tpl('persona', 'curp-database', (c) => {
    const x = app(c, 'MX');
    const k = c.c('persona-api-key', T.personaKey(c.r));
    return `persona database verification (MX) failed: "identification-number does not match RENAPO record"
Authorization: Bearer ${k}
{"data":{"attributes":{"country-code":"MX","identification-number":"${c.p('mx-curp', curp(c.r, x.p))}","name-first":"${name(c, x.p.given)}"}}}`;
  }),
  tpl('veriff', 'cn-resident-id', (c) => {
    const x = app(c, 'CN');
    const s = c.c('veriff-shared-secret', c.r.uuid());
    return `veriff decision ${c.r.uuid()} declined: document.number checksum mismatch
person={"idNumber":"${c.p('cn-resident-id', cnId(c.r, x.p))}","fullName":"${name(c, c.chance(0.5) ? x.p.full : jsonAscii(x.p.full))}"} (verified with shared secret ${s})`;
  }),
  tpl('onfido', 'ca-sin', (c) => {
    const x = app(c, 'CA');
    const tok = c.c('onfido-api-token', T.onfidoToken(c.r));
    return `Onfido::RequestError 422 on POST /v3.6/applicants (token ${tok}): id_numbers[0] {"type":"social_insurance","value":"${c.p('ca-sin', sin(c.r, c.chance(0.6)))}"} not supported for country CAN; last_name=${name(c, x.p.family)}`;
  }),
  tpl('jumio', 'es-nie', (c) => {
    const x = app(c, 'ES');
    const w = c.c('jumio-client-secret', c.r.chars(B64URL, 32));
    return `jumio extraction: idNumber ${c.p('es-nie', nie(c.r))} for RESIDENCE_PERMIT did not match applicant input (given name ${name(c, x.p.given)}), workflow ${reqId(c)}
jumio.oauth.client-secret=${w}`;
  }),
];

import { UPPER } from './blind-set-9-rng';
import type { PosTemplate24 } from './blind-set-24-types';
import {
  aadhaar,
  bsn,
  codiceFiscale,
  cpf,
  curp,
  dni,
  fmtDate,
  iban,
  mxPerson,
  nie,
  nir,
  panIndia,
  person,
  personnummer,
  rfc,
  steuerId,
  azureClientSecret,
  googleClientSecret,
} from './blind-set-24-values';

/** Government and tax ids outside the US and UK: India, Brazil, Mexico, France, Germany, Italy, Spain, the Netherlands, Sweden. */

export const GOV_TEMPLATES: PosTemplate24[] = [
  {
    source: 'gov',
    name: 'india-ekyc',
    make: (r, b) => {
      const p = person(r);
      const secret = r.b62(36);
      return `kyc-service ERROR e-KYC verification failed: {"status":"FAILURE","error_code":"K-544","message":"Aadhaar number and PAN are not linked"}
  input: pan=${b.p('pan-india', panIndia(r, p))} aadhaar=${b.p('aadhaar', aadhaar(r))} consent=Y purpose=salary-onboarding
  gateway: client_id=kyc-prod-${r.digits(4)} client_secret=${b.c('client-secret', secret)}`;
    },
  },
  {
    source: 'gov',
    name: 'brazil-esocial-cpf',
    make: (r, b) => {
      const pw = r.password(12);
      return `esocial-sender: evento S-2200 rejeitado (lote ${r.digits(15)}): 
  <ocorrencia><codigo>${r.int(100, 999)}</codigo><descricao>O CPF informado no evento está cadastrado com data de nascimento divergente.</descricao></ocorrencia>
  <trabalhador><cpfTrab>${b.p('cpf', cpf(r).replace(/\D/g, ''))}</cpfTrab></trabalhador><ideEmpregador><tpInsc>1</tpInsc><nrInsc>${r.digits(8)}</nrInsc></ideEmpregador>
  certificado A1: /certs/empresa.pfx senha=${b.c('pfx-password', pw)}`;
    },
  },
  {
    source: 'gov',
    name: 'mexico-cfdi-nomina',
    make: (r, b) => {
      const p = mxPerson(r);
      const pw = r.password(14);
      return `timbrado CFDI 4.0 fallido (PAC respondió 301 "XML mal formado"): Receptor Rfc="${b.p('rfc', rfc(r, p))}" Nombre="${b.p('name', `${p.given} ${p.s1} ${p.s2}`)}" UsoCFDI="CN01"
  nomina12:Receptor Curp="${b.p('curp', curp(r, p))}" NumSeguridadSocial="${r.digits(11)}" TipoContrato="01"
  pac: usuario=timbrado_prd contrasena=${b.c('password', pw)}`;
    },
  },
  {
    source: 'gov',
    name: 'france-dsn-nir',
    make: (r, b) => {
      const p = person(r);
      const secret = azureClientSecret(r);
      return `dsn-export ERREUR contrôle CCH-11 : NIR incohérent avec la date de naissance (S21.G00.30.001)
S21.G00.30.001,'${b.p('nir', nir(r, p).replace(/ /g, ''))}'
S21.G00.30.006,'${fmtDate(p.dob, 'eu').replace(/\//g, '')}'
dépôt net-entreprises: AZURE_CLIENT_SECRET=${b.c('azure-client-secret', secret)}`;
    },
  },
  {
    source: 'gov',
    name: 'germany-elster-steuerid',
    make: (r, b) => {
      const pin = r.password(12);
      return `ERiC-Fehler 610301202 (ERIC_GLOBAL_PRUEF_FEHLER) bei Lohnsteuerbescheinigung, Datensatz ${r.int(1, 80)}:
  <IdNr>${b.p('steuer-id', steuerId(r).replace(/ /g, ''))}</IdNr> Feld "Identifikationsnummer" Prüfziffer fehlerhaft?
  ELSTER-Zertifikat: /srv/lohn/elster.pfx PIN=${b.c('pfx-password', pin)}`;
    },
  },
  {
    source: 'gov',
    name: 'italy-cf-entratel',
    make: (r, b) => {
      const p = person(r);
      const pw = r.password(14);
      return `invio 730/CU fallito: Entratel esito "scartato" - codice errore 0045 "codice fiscale del percipiente non valido"
  record H: ${b.p('codice-fiscale', codiceFiscale(r, p))}${' '.repeat(4)}${r.digits(8)}
  credenziali Fisconline: utente=${r.chars(UPPER, 2)}${r.digits(8)} password=${b.c('password', pw)}`;
    },
  },
  {
    source: 'gov',
    name: 'spain-aeat-modelo190',
    make: (r, b) => {
      const key = googleClientSecret(r);
      return `modelo-190 ERROR AEAT devolvió 4 errores en la presentación ${r.digits(16)}:
  perceptor 12: NIF ${b.p('dni', dni(r))} "NIF no identificado"
  perceptor 31: NIF ${b.p('nie', nie(r))} "NIE de extranjero dado de baja"
  sync (Google Workspace): GOOGLE_CLIENT_SECRET=${b.c('google-client-secret', key)}`;
    },
  },
  {
    source: 'gov',
    name: 'netherlands-loonaangifte',
    make: (r, b) => {
      return `loonaangifte: Belastingdienst foutbericht FG${r.digits(4)} bij inkomstenverhouding ${r.int(1, 500)}
  <SofiNr>${b.p('bsn', bsn(r))}</SofiNr><NumIV>${r.int(1, 9)}</NumIV>
  uitbetaling: <IBAN>${b.f('iban', iban(r, 'NL'))}</IBAN>`;
    },
  },
  {
    source: 'gov',
    name: 'sweden-agi',
    make: (r, b) => {
      const p = person(r);
      const secret = r.b62(40);
      return `AGI (arbetsgivardeklaration på individnivå) avvisad av Skatteverket: "Personnummer saknas i folkbokföringen" (fält 215)
  <agd:BetalningsmottagarId faltkod="215">${b.p('personnummer', (p.dob.y < 2000 ? '19' : '20') + personnummer(r, p).replace('-', ''))}</agd:BetalningsmottagarId>
  api: https://api.skatteverket.se/agi/v1 client_secret=${b.c('client-secret', secret)}`;
    },
  },
];

import { beNrn, bsn, dni, fnr, fuehrerschein, nif, nino, nir, passportNo, pesel, personnummer, steuerId, tcKimlik } from './blind-set-14-ids';
import { dob, mailbox, person, phone } from './blind-set-14-people';
import { ts } from './blind-set-14-tokens';
import { pers, pos, type PosCase14 } from './blind-set-14-types';

/** Personal data under European-language keys in HR, KYC and CRM payloads. */
export const personalEu: PosCase14[] = [
  (r) => {
    const p = person(r, 'de');
    const id = steuerId(r);
    const g = dob(r, 'dot');
    return pos('personio/webhook-de', `{"event":"employee.updated","data":{"Vorname":"${p.first}","Nachname":"${p.last}","Geburtsdatum":"${g}","Steuer-ID":"${id}","Steuerklasse":"1","Konfession":"rk"}}`, pers('steuer-id', id), pers('dob', g));
  },
  (r) => {
    const p = person(r, 'de');
    const tel = phone(r, 'DE');
    const m = mailbox(r, `${p.first}.${p.last}`, 'de');
    return pos('hubspot/contact-de', `HubSpot sync conflict for contact ${r.int(10000, 999999)}: {"Anrede":"Herr","Telefonnummer":"${tel}","E-Mail":"${m}","Firma":"Schäfer Logistik GmbH"}`, pers('phone-de', tel), pers('email', m));
  },
  (r) => {
    const a = `${r.pick(['Hauptstraße', 'Lindenallee', 'Am Mühlbach'])} ${r.int(1, 140)}, ${r.int(10115, 99998)} ${r.pick(['Leipzig', 'Bremen', 'Würzburg'])}`;
    return pos('dhl/label-error-de', `DHL Parcel DE API 400: {"status":{"title":"Bad Request"},"items":[{"validationMessages":[{"property":"consignee.addressStreet","validationMessage":"Hausnummer fehlt"}]}],"shipment":{"consignee":{"name1":"${person(r, 'de').last}","Anschrift":"${a}"}}}`, pers('address-de', a));
  },
  (r) => {
    const id = nir(r);
    const g = dob(r, 'slash');
    return pos('payfit/salarie-fr', `[payfit-sync] ${ts(r)} WARN salarié rejeté: {"nom":"${person(r, 'fr').last}","date_de_naissance":"${g}","numero_securite_sociale":"${id}","motif":"clé NIR invalide?"}`, pers('nir', id), pers('dob', g));
  },
  (r) => {
    const tel = phone(r, 'FR');
    const p = person(r, 'fr');
    const m = mailbox(r, `${p.first}${p.last}`, 'fr');
    return pos('zendesk/ticket-fr', `Zendesk ticket #${r.int(10000, 99999)} requester: ${p.first} ${p.last} <${m}> — « Rappelez-moi au ${tel} s'il vous plaît »`, pers('email', m), pers('phone-fr', tel));
  },
  (r) => {
    const id = dni(r);
    const tel = phone(r, 'ES');
    return pos('holded/cliente-es', `Error 422 al crear contacto en Holded: {"nombre":"${person(r, 'es').first}","DNI":"${id}","teléfono":"${tel}","provincia":"Zaragoza"}`, pers('dni', id), pers('phone-es', tel));
  },
  (r) => {
    const id = nif(r);
    const tel = phone(r, 'PT');
    return pos('moloni/cliente-pt', `moloni.customers.insert falhou: {"name":"${person(r, 'pt').first} ${person(r, 'pt').last}","vat":"${id}","telemovel":"${tel}"} → {"valid":0,"errors":["vat"]}`, pers('nif-pt', id), pers('phone-pt', tel));
  },
  (r) => {
    const tel = phone(r, 'IT');
    const m = mailbox(r, person(r, 'it').last, 'it');
    return pos('fattureincloud/cliente-it', `FattureInCloud 409 cliente duplicato: {"ragione_sociale":"Ricci Impianti","cellulare":"${tel}","email":"${m}","indirizzo_via":"Via Roma"}`, pers('phone-it', tel), pers('email', m));
  },
  (r) => {
    const id = bsn(r);
    const g = dob(r, 'iso');
    return pos('nmbrs/werknemer-nl', `Nmbrs SOAP fault: Employee_PersonalInfo_Update: <BurgerServiceNummer>${id}</BurgerServiceNummer><Geboortedatum>${g}</Geboortedatum><Achternaam>${person(r, 'nl').last}</Achternaam>`, pers('bsn', id), pers('dob', g));
  },
  (r) => {
    const tel = phone(r, 'NL');
    return pos('exact/relatie-nl', `Exact Online: CRM/Accounts POST mislukt – {"Name":"Bakker Installatie","Telefoonnummer":"${tel}","Plaats":"Utrecht"}`, pers('phone-nl', tel));
  },
  (r) => {
    const id = pesel(r);
    const tel = phone(r, 'PL');
    return pos('przelewy24/kyc-pl', `{"level":"warn","msg":"weryfikacja KYC nieudana","klient":{"imię":"${person(r, 'pl').first}","PESEL":"${id}","telefon":"${tel}","obywatelstwo":"PL"}}`, pers('pesel', id), pers('phone-pl', tel));
  },
  (r) => {
    const id = tcKimlik(r);
    const tel = phone(r, 'TR');
    return pos('iyzico/buyer-tr', `iyzipay: {"status":"failure","errorMessage":"buyer.identityNumber geçersiz","buyer":{"name":"${person(r, 'tr').first}","identityNumber":"${id}","gsmNumber":"${tel}"}}`, pers('tc-kimlik', id), pers('phone-tr', tel));
  },
  (r) => {
    const id = personnummer(r);
    return pos('fortnox/anstalld-se', `Fortnox 400 EmployeeId ${r.int(1, 400)}: {"Employee":{"PersonalIdentityNumber":"${id}","FirstName":"${person(r, 'en').first}","City":"Göteborg"}}`, pers('personnummer', id));
  },
  (r) => {
    const id = fnr(r);
    return pos('tripletex/ansatt-no', `tripletex.api.employee.put 422: {"validationMessages":[{"field":"nationalIdentityNumber","message":"Ugyldig fødselsnummer"}],"value":{"fødselsnummer":"${id}","etternavn":"Hansen"}}`, pers('fnr', id));
  },
  (r) => {
    const id = beNrn(r);
    return pos('itsme/claims-be', `itsme OIDC userinfo: {"sub":"${r.hex(24)}","http://itsme.services/v2/claim/BENationalNumber":"${id}","locale":"nl"}`, pers('be-nrn', id));
  },
  (r) => {
    const id = nino(r);
    const pp = passportNo(r);
    return pos('hibob/uk-employee', `hibob employees/search 200 but field mapping failed: {"personal":{"nationalInsuranceNumber":"${id}","passportNumber":"${pp}","nationality":["British"]}}`, pers('nino', id), pers('passport', pp));
  },
  (r) => {
    const lic = fuehrerschein(r);
    return pos('onfido/report-de', `Onfido document report: {"document_type":"driving_licence","issuing_country":"DEU","Führerscheinnummer":"${lic}","result":"consider","sub_result":"caution"}`, pers('driver-licence', lic));
  },
];

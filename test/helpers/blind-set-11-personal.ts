import { pers, pos, type PosCase11 } from './blind-set-11-types';
import { dob, person, phone, street, ukPostcode, usZip } from './blind-set-11-people';
import * as eu from './blind-set-11-ids';
import * as w from './blind-set-11-ids2';

/** Personal data in CRM, support-desk, signup, HR and KYC integration errors. */
export const personal11: PosCase11[] = [
  (r) => { const p = person(r); return pos('salesforce/duplicate-lead', `sfdc-sync ERROR DUPLICATES_DETECTED: Use one of these records? Lead{FirstName=${p.first}, LastName=${p.last}, Email=${p.email}, LeadSource=Webinar}`, pers('email', p.email)); },
  (r) => { const p = person(r), ph = phone(r, 'US'); return pos('hubspot/contact-validation', `{"status":"error","message":"Property values were not valid","correlationId":"${r.uuid()}","context":{"properties":{"email":"${p.email}","phone":"${ph}","lifecyclestage":"customer"}},"category":"VALIDATION_ERROR"}`, pers('email', p.email), pers('phone', ph)); },
  (r) => { const ph = phone(r, 'UK'); return pos('twilio/undeliverable-uk', `Twilio webhook: MessageStatus=undelivered ErrorCode=30006 To=${ph} From=AcmeBank Body="Your verification code is ${r.digits(6)}"`, pers('phone', ph)); },
  (r) => { const ph = phone(r, 'DE'); return pos('messagebird/de-mobile', `messagebird: recipient ${ph} rejected (code 25: not enough balance) for message ${r.hex(32)}`, pers('phone', ph)); },
  (r) => { const ph = phone(r, 'FR'); return pos('zendesk/fr-ticket', `Zendesk trigger failed for ticket #${r.int(100000, 999999)}: requester {"name":"Client","phone":"${ph}","locale":"fr"} — field custom_field_${r.int(1000, 9999)} invalid`, pers('phone', ph)); },
  (r) => { const ph = phone(r, 'BR'); return pos('vonage/br-whatsapp', `vonage messages api 422: {"type":"https://developer.vonage.com/api-errors/messages#1150","title":"Invalid params","detail":"The value of the \`to\` field is invalid: '${ph}'"}`, pers('phone', ph)); },
  (r) => { const ph = phone(r, 'IN'); return pos('freshdesk/in-contact', `Freshdesk contact create 409: {"errors":[{"field":"mobile","message":"It should be a unique value","value":"${ph}","code":"duplicate_value"}]}`, pers('phone', ph)); },
  (r) => { const ph = phone(r, 'JP'); return pos('braze/jp-sms', `braze-sms-export warn: subscriber phone=${ph} country=JP opted_out=false reason="carrier lookup failed"`, pers('phone', ph)); },
  (r) => { const ph = phone(r, 'AU'); return pos('intercom/au-user', `Intercom::ResourceNotFound user_id=${r.int(100000, 999999)} attributes={:phone=>"${ph}", :city=>"Brisbane"}`, pers('phone', ph)); },
  (r) => { const ph = phone(r); return pos('segment/identify', `segment: track rejected (400) {"type":"identify","userId":"${r.uuid()}","traits":{"phone":"${ph}","plan":"pro"},"context":{"library":{"name":"analytics-python"}}}`, pers('phone', ph)); },
  (r) => { const ph = phone(r); return pos('kyc/onfido-applicant', `onfido applicant create 422 validation_error: {"fields":{"phone_number":["is not a valid phone number for country"]},"submitted":{"first_name":"Hamza","phone_number":"${ph}"}}`, pers('phone', ph)); },
  (r) => { const v = eu.usSsn(r), d = dob(r, 'us'); return pos('workday/us-ssn', `Workday EIB load error row 412: Worker_Data/Personal_Data/Identification_Data/National_ID[ID_Type=USA-SSN] value "${v}" already assigned; Date_of_Birth ${d}`, pers('us-ssn', v), pers('date-of-birth', d)); },
  (r) => { const v = eu.ukNino(r); return pos('payroll/uk-nino', `[hmrc-rti] FPS submission rejected: Employee{surname='Ashworth', nino='${v}', payId='E${r.int(1000, 9999)}'} — error 7810 NI number not matched`, pers('uk-nino', v)); },
  (r) => { const v = eu.nhs(r); return pos('hl7/nhs-number', `HL7 ACK AE: PID segment invalid\nMSH|^~\\&|EPIC|RVH|ACMELAB|ACME|20261124101200||ADT^A08|${r.digits(10)}|P|2.5.1\nPID|1||${v.replace(/ /g, '')}^^^NHS^NH||Gallagher^Declan||19780412|M`, pers('uk-nhs', v.replace(/ /g, ''))); },
  (r) => { const v = eu.frNir(r); return pos('payfit/fr-nir', `PayFit import erreur ligne 17: numéro de sécurité sociale invalide pour le salarié Camille Lefebvre (nir=${v}, date d'entrée 2026-09-01)`, pers('fr-nir', v)); },
  (r) => { const v = eu.deSteuerId(r); return pos('datev/de-steuerid', `DATEV Lohn Export Fehler: Mitarbeiter 00${r.int(100, 999)} — Steuer-IdNr. ${v} bereits einem anderen Mitarbeiter zugeordnet (Personio sync)`, pers('de-steuer-id', v)); },
  (r) => { const v = eu.esDni(r); return pos('adyen-kyc/es-dni', `{"pspReference":"${r.digits(16)}","status":"invalid","invalidFields":[{"name":"individual.identificationData.number","value":"${v}","message":"Document number does not match name"}]}`, pers('es-dni', v)); },
  (r) => { const v = eu.esNie(r); return pos('holded/es-nie', `Holded API 400: contact.code "${v}" - El NIE ya existe en otra ficha de cliente`, pers('es-dni', v)); },
  (r) => { const v = eu.itCf(r); return pos('zucchetti/it-cf', `ERRORE import anagrafiche: codice_fiscale='${v}' non coerente con data di nascita — dipendente Giulia Romano`, pers('it-codice-fiscale', v)); },
  (r) => { const v = eu.nlBsn(r); return pos('nmbrs/nl-bsn', `Nmbrs SOAP fault: Employee_PersonalInfo_Update failed: <BurgerServiceNummer>${v}</BurgerServiceNummer> is al in gebruik`, pers('nl-bsn', v)); },
  (r) => { const v = eu.beNn(r); return pos('itsme/be-rrn', `itsme KYC callback: {"sub":"${r.b62(20)}","given_name":"Anouk","national_number":"${v}","status":"MISMATCH"}`, pers('be-national-number', v)); },
  (r) => { const v = eu.plPesel(r); return pos('comarch/pl-pesel', `Błąd synchronizacji kadr: pracownik Mateusz Kowalczyk, PESEL ${v} — niezgodna data urodzenia`, pers('pl-pesel', v)); },
  (r) => { const v = eu.sePnr(r); return pos('bankid/se-pnr', `bankid collect failed: {"orderRef":"${r.uuid()}","status":"failed","hintCode":"userCancel","completionData":{"user":{"personalNumber":"${v}","name":"Ingrid Lindqvist"}}}`, pers('se-personnummer', v)); },
  (r) => { const v = eu.noFnr(r); return pos('vipps/no-fnr', `Vipps login userinfo validation error: nin=${v} does not match stored customer 8${r.digits(6)}`, pers('no-fodselsnummer', v)); },
  (r) => { const v = eu.dkCpr(r); return pos('mitid/dk-cpr', `MitID broker: cpr-match failed for cpr=${v} (uuid ${r.uuid()})`, pers('dk-cpr', v)); },
  (r) => { const v = eu.fiHetu(r); return pos('visma/fi-hetu', `Visma Netvisor integration error: henkilötunnus ${v} virheellinen työntekijälle Nyström`, pers('fi-hetu', v)); },
  (r) => { const v = eu.ptNif(r); return pos('moloni/pt-nif', `Moloni API: customers/insert falhou {"vat":"${v}","name":"Thiago Carvalho","errors":[{"code":"2","field":"vat"}]}`, pers('pt-nif', v)); },
  (r) => { const v = eu.iePps(r); return pos('revenue/ie-ppsn', `ROS payroll submission 400: employee PPSN ${v} not found on Revenue records (employer ${r.digits(7)}T)`, pers('ie-ppsn', v)); },
  (r) => { const v = eu.chAhv(r); return pos('abacus/ch-ahv', `Abacus ELM-Meldung abgelehnt: AHV-Nr. ${v} unbekannt bei ZAS`, pers('ch-ahv', v)); },
  (r) => { const v = eu.atSvnr(r); return pos('bmd/at-svnr', `BMD Lohn: ELDA Anmeldung Fehler E12 — Versicherungsnummer ${v} ungültig`, pers('at-svnr', v)); },
];
void street; void ukPostcode; void usZip; void w;

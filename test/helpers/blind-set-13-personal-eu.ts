import { belgianNn, bsn, cnp, codiceFiscale, fnr, isikukood, nie, nif, nino, nir, ppsn, steuerId } from './blind-set-13-ids-eu';
import { ssn } from './blind-set-13-ids-world';
import { dob, email, person, phone } from './blind-set-13-people';
import { pers, pos, type PosCase13 } from './blind-set-13-types';

/** European and US personal data in KYC, CRM, HR and support payloads. */
export const personalEu: PosCase13[] = [
  (r) => {
    const n = nino(r);
    const b = dob(r);
    const addr = `${r.int(2, 180)} Rosebery Avenue, Leeds LS${r.int(1, 17)} ${r.int(1, 9)}${r.pick(['AB', 'QT', 'HN', 'DX'])}`;
    return pos('kyc/onfido-webhook', `{"payload":{"resource_type":"workflow_run","action":"workflow_run.completed","object":{"id":"${r.uuid()}","status":"review","output":{"applicant":{"first_name":"${person(r).first}","dob":"${b}","address":"${addr}","national_insurance_number":"${n}"}}}}}`, pers('nino', n), pers('dob', b), pers('address', addr));
  },
  (r) => {
    const b = bsn(r);
    const p = phone(r, 'NL');
    return pos('crm/salesforce-dml', `System.DmlException: Update failed. First exception on row 0 with id 003${r.b62(15)}; first error: FIELD_CUSTOM_VALIDATION_EXCEPTION, Telefoon moet met +31 beginnen: [MobilePhone]\nRecord: {Id=003${r.b62(12)}, LastName=${person(r).last}, BSN__c=${b}, MobilePhone=${p}}`, pers('bsn', b), pers('phone', p));
  },
  (r) => {
    const s = steuerId(r);
    const g = `${String(r.int(1, 28)).padStart(2, '0')}.${String(r.int(1, 12)).padStart(2, '0')}.19${r.int(55, 99)}`;
    return pos('hr/personio-csv', `WARN payroll-export: 1 row rejected by DATEV import (Zeile 14: Steuerklasse fehlt)\nPersonalnummer;Nachname;Vorname;Geburtsdatum;Steuer-ID;Steuerklasse\n${r.int(1000, 9999)};${person(r).last};${person(r).first};${g};${s};`, pers('steuer-id', s), pers('dob', g));
  },
  (r) => {
    const cf = codiceFiscale(r);
    const p = phone(r, 'IT');
    const e = email(r);
    return pos('crm/hubspot-it', `HubSpot import error ROW 212: INVALID_EMAIL? no - DUPLICATE_CONTACT\n{"properties":{"email":"${e}","mobilephone":"${p}","codice_fiscale":"${cf}","lifecyclestage":"customer","city":"Torino"}}`, pers('codice-fiscale', cf), pers('phone', p), pers('email', e));
  },
  (r) => {
    const n = nir(r);
    return pos('hr/django-integrity', `django.db.utils.IntegrityError: duplicate key value violates unique constraint "rh_salarie_nir_key"\nDETAIL:  Key (numero_securite_sociale)=(${n}) already exists.\n  File "/app/rh/imports.py", line 88, in import_salaries`, pers('nir', n));
  },
  (r) => {
    const n = nie(r);
    const p = phone(r, 'ES');
    return pos('crm/mongo-dup', `MongoServerError: E11000 duplicate key error collection: crm.clientes index: documento_1 dup key: { documento: "${n}" }\n    at InsertOneOperation.execute (/app/node_modules/mongodb/lib/operations/insert.js:51:19) {\n  keyValue: { documento: '${n}', telefono: '${p}' }\n}`, pers('nie', n), pers('phone', p));
  },
  (r) => {
    const f = fnr(r);
    const p = phone(r, 'NO');
    return pos('kyc/bankid-no', `2026-11-${r.int(10, 28)}T12:00:01Z INFO  bankid-callback: session ${r.uuid()} completed pid=${f} phone_number=${p} level=substantial`, pers('fodselsnummer', f), pers('phone', p));
  },
  (r) => {
    const nn = belgianNn(r);
    const e = email(r);
    return pos('kyc/itsme-be', `[itsme] userinfo ok: {"sub":"${r.b62(24)}","email":"${e}","http://itsme.services/v2/claim/BENationalNumber":"${nn}","locale":"nl"}`, pers('belgian-nn', nn), pers('email', e));
  },
  (r) => {
    const n = nif(r);
    const p = phone(r, 'PT');
    return pos('erp/invoicexpress', `InvoiceXpress 422: {"errors":[{"error":"Client fiscal_id is invalid for country"}]} client={"name":"${person(r).first} ${person(r).last}","fiscal_id":"${n}","phone":"${p}","country":"Portugal"}`, pers('nif', n), pers('phone', p));
  },
  (r) => {
    const c = cnp(r);
    const p = phone(r, 'RO');
    return pos('shop/ro-order', `order ${r.int(100000, 999999)} fiscal validation failed (ANAF e-Factura: BT-48 lipsă)\nbuyer: {"nume":"${person(r).last}","cnp":"${c}","telefon":"${p}","judet":"Cluj"}`, pers('cnp', c), pers('phone', p));
  },
  (r) => {
    const k = isikukood(r);
    return pos('kyc/smartid-ee', `smart-id: authentication OK sessionID=${r.uuid()} result.documentNumber=PNOEE-${k}-${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}-Q certificateLevel=QUALIFIED`, pers('isikukood', k));
  },
  (r) => {
    const p = ppsn(r);
    const b = dob(r);
    return pos('hr/revenue-ie', `ROS PAYE submission rejected: {"lineItem":3,"employee":{"ppsn":"${p}","dateOfBirth":"${b}","employmentID":"${r.int(1, 9)}"},"errors":["Employee not registered with this employer"]}`, pers('ppsn', p), pers('dob', b));
  },
  (r) => {
    const s = ssn(r);
    const b = `${String(r.int(1, 12)).padStart(2, '0')}/${String(r.int(1, 28)).padStart(2, '0')}/19${r.int(50, 99)}`;
    const p = phone(r, 'US');
    return pos('support/zendesk-fields', `Zendesk webhook delivery failed (HTTP 500) for ticket #${r.int(100000, 999999)}\n"custom_fields":[{"id":360${r.digits(9)},"value":"${s}"},{"id":360${r.digits(9)},"value":"${b}"}],"requester":{"phone":"${p}","locale":"en-US"}`, pers('ssn', s), pers('dob', b), pers('phone', p));
  },
];

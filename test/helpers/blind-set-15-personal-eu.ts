import { bsn, dni, fnr, hetu, nif, nir, nrn, pesel, personnummer, steuerId, tckn } from './blind-set-15-ids';
import { dobIso, dobParts, email15, houseNo, name15, p2, passportNo, PHONES } from './blind-set-15-people';
import { iso15, pers, pos, type PosCase15 } from './blind-set-15-types';

/** Personal data from European HR, payroll, KYC and support systems, keys in the local language. */
export const personalEu: PosCase15[] = [
  (r) => {
    const id = steuerId(r);
    const [y, m, d] = dobParts(r);
    const dob = `${p2(d)}.${p2(m)}.${y}`;
    const tel = PHONES['de']!(r);
    const mail = email15(r);
    return pos('personio/webhook-json', `WARN payroll-bridge: DATEV export rejected employee ${r.digits(6)} (Pflichtfeld fehlt: Krankenkasse)
{
  "employee": {
    "Vorname": "${name15(r).split(' ')[0]}",
    "Geburtsdatum": "${dob}",
    "Steuer-ID": "${id}",
    "Mobilnummer": "${tel}",
    "E-Mail (privat)": "${mail}",
    "Steuerklasse": 1
  }
}`, pers('steuer-id', id), pers('dob', dob), pers('phone', tel), pers('email', mail));
  },
  (r) => {
    const id = bsn(r);
    const dob = dobIso(r);
    const tel = PHONES['nl']!(r);
    return pos('kyc-nl/python-dict', `onboarding.kyc.VerificationFailed: document_mismatch
  applicant = {'achternaam': 'de Vries', 'geboortedatum': '${dob}', 'bsn': '${id}', 'telefoonnummer': '${tel}', 'document_type': 'ID_CARD'}`, pers('bsn', id), pers('dob', dob), pers('phone', tel));
  },
  (r) => {
    const id = dni(r);
    const tel = PHONES['es']!(r);
    return pos('nomina-es/sql', `ERROR 1062 (23000) at line 4412: Duplicate entry '${id}' for key 'empleados.uk_dni'
-- fila: INSERT INTO empleados (nombre, dni, telefono_movil, iban_nomina) VALUES ('${name15(r)}', '${id}', '${tel}', NULL);`, pers('dni', id), pers('phone', tel));
  },
  (r) => {
    const id = personnummer(r);
    const tel = PHONES['se']!(r);
    return pos('bankid-se/log', `${iso15(r)} ERROR bankid.collect orderRef=${r.uuid()} hintCode=userDeclinedCall completionData={"user":{"personalNumber":"${id.replace('-', '')}","name":"${name15(r)}"}} kontakt: personnummer=${id} mobil=${tel}`, pers('personnummer', id), pers('phone', tel));
  },
  (r) => {
    const id = pesel(r);
    const tel = PHONES['pl']!(r);
    return pos('kadry-pl/java', `javax.validation.ConstraintViolationException: zatrudnienie.pracownik: numer PESEL już istnieje
	at pl.corp.kadry.PracownikService.zapisz(PracownikService.java:144)
	Pracownik{imie='Tomasz', nazwisko='Nowak', pesel='${id}', telefon='${tel}', stanowisko='magazynier'}`, pers('pesel', id), pers('phone', tel));
  },
  (r) => {
    const id = hetu(r);
    const addr = `Mannerheimintie ${r.int(2, 120)} B ${r.int(1, 40)}, 00${r.int(10, 99)}0 Helsinki`;
    return pos('palkka-fi/py', `KeyError: 'verokortti'
  File "/srv/palkka/export.py", line 90, in rivi
  tyontekija = {'nimi': '${name15(r)}', 'henkilotunnus': '${id}', 'osoite': '${addr}', 'pankki': None}`, pers('hetu', id), pers('address', addr));
  },
  (r) => {
    const id = nir(r);
    const tel = PHONES['fr']!(r);
    const [y, m, d] = dobParts(r);
    const dob = `${p2(d)}/${p2(m)}/${y}`;
    return pos('paie-fr/var-dump', `PHP Fatal error:  Uncaught DomainException: DSN refusée (code 32)
array(4) {
  ["numero_securite_sociale"]=>
  string(21) "${id}"
  ["date_de_naissance"]=>
  string(10) "${dob}"
  ["telephone_portable"]=>
  string(14) "${tel}"
  ["statut"]=> string(5) "cadre"
}`, pers('nir', id), pers('dob', dob), pers('phone', tel));
  },
  (r) => {
    const id = nrn(r);
    const tel = PHONES['be']!(r);
    return pos('itsme-be/elixir', `[error] ItsmeCallback failed: :nonce_mismatch
  claims: %{"given_name" => "An", "family_name" => "Peeters", "http://itsme.services/v2/claim/BENationalNumber" => "${id}", "phone_number" => "${tel}"}`, pers('nrn', id), pers('phone', tel));
  },
  (r) => {
    const id = fnr(r);
    const tel = PHONES['no']!(r);
    return pos('vipps-no/json', `{"level":"warn","msg":"userinfo mismatch on login","userinfo":{"sub":"${r.uuid()}","nin":"${id}","phone_number":"${tel.replace(/ /g, '')}","name":"${name15(r)}"},"kontakt":{"telefon":"${tel}"}}`, pers('fnr', id), pers('phone', tel));
  },
  (r) => {
    const ni = `${r.pick(['AB', 'JT', 'NP', 'SC', 'WM'])} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.pick(['A', 'B', 'C', 'D'])}`;
    const pp = passportNo(r, 'uk');
    const tel = PHONES['uk']!(r);
    const addr = `${houseNo(r)} Ashby Road, Loughborough LE11 ${r.int(1, 9)}${r.pick(['TU', 'HX', 'QB'])}`;
    return pos('workday-uk/xml', `<wd:Validation_Error>Right-to-work check failed</wd:Validation_Error>
<wd:Worker>
  <wd:National_ID wd:Type="GBR-NI">${ni}</wd:National_ID>
  <wd:Passport_Number>${pp}</wd:Passport_Number>
  <wd:Phone_Number>${tel}</wd:Phone_Number>
  <wd:Address_Line>${addr}</wd:Address_Line>
</wd:Worker>`, pers('nino', ni), pers('passport', pp), pers('phone', tel), pers('address', addr));
  },
  (r) => {
    const id = tckn(r);
    const tel = PHONES['tr']!(r);
    return pos('iyzico-tr/request', `iyzipay error errorCode=12 errorMessage="Kart numarası geçersizdir" request={"buyer":{"id":"BY${r.digits(4)}","name":"Emre","surname":"Yılmaz","identityNumber":"${id}","gsmNumber":"${tel}","city":"Istanbul"}}`, pers('tckn', id), pers('phone', tel));
  },
  (r) => {
    const id = nif(r);
    const tel = PHONES['pt']!(r);
    const mail = email15(r);
    return pos('faturas-pt/yaml', `erro: AT rejeitou a fatura FT 2026/${r.int(100, 9999)} (NIF inválido para o regime)
cliente:
  nome: ${name15(r)}
  nif: "${id}"
  telemovel: "${tel}"
  email: ${mail}`, pers('nif', id), pers('phone', tel), pers('email', mail));
  },
];

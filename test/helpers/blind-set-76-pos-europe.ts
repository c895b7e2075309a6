import * as id from './blind-set-76-ids';
import { person } from './blind-set-76-people';
import { t, ts, lts, amount, dob, type Tpl } from './blind-set-76-types';
import * as v from './blind-set-76-values';

/** European providers and e-invoicing: Mollie, Klarna, Przelewy24, Swish, Vipps, MobilePay, FatturaPA, KSeF, SEPA, payroll. */
export const EUROPE: Tpl[] = [
  t('provider', 'mollie-nl', (r, p) => {
    const a = person(r, 'nl');
    return `Mollie\\Api\\Exceptions\\ApiException: [${ts(r)}] Fout bij het uitvoeren van API-aanroep (401: Unauthorized Request): Ongeldige API-sleutel: '${p.c('mollie-key', v.mollieKey(r))}'.
Betaling voor ${p.p('name', a.name)} <${p.p('email', a.email)}> — tegenrekening ${p.f('iban', v.iban(r, 'NL'))}
MOLLIE_ORGANIZATION_TOKEN=${p.c('mollie-oauth', `access_${r.b62(40)}`)}`;
  }),
  t('provider', 'klarna-sv', (r, p) => {
    const a = person(r, 'nordic');
    const user = `K${r.int(100000, 999999)}_${r.hex(12)}`;
    return `${lts(r)} FEL [klarna] Kunde inte skapa session: 401 BAD_CREDENTIALS
Authorization: Basic ${p.c('basic-auth', v.basic(user, r.b62(16)))}
kund: ${p.p('name', a.name)}, personnummer ${p.p('se-pnr', id.sePnr(r))}, mobil ${p.p('phone', a.phone)}
lösenord för delat konto: ${p.c('password', v.pw(r))}`;
  }),
  t('provider', 'swish-sv', (r, p) => {
    const a = person(r, 'nordic');
    return `Swish betalningsbegäran misslyckades: RP03 "Callback URL saknas eller är ogiltig"
payerAlias=${p.p('phone', `467${r.int(0, 9)}${r.digits(7)}`)} meddelande="Faktura ${r.int(1000, 9999)} ${p.p('name', a.name)}"
certifikat: /etc/swish/Swish_Merchant_${r.digits(10)}.p12 lösenord="${p.c('password', v.pw(r))}"`;
  }),
  t('provider', 'vipps-no', (r, p) => {
    const a = person(r, 'nordic');
    return `{"nivå":"FEIL","melding":"Vipps ePayment: 401 Unauthorized","headers":{"client_id":"${r.uuid()}","client_secret":"${p.c('client-secret', r.b64(30))}","Ocp-Apim-Subscription-Key":"${p.c('api-key', r.hex(32))}"},"kunde":{"navn":"${p.p('name', a.name)}","fødselsnummer":"${p.p('no-fnr', id.noFnr(r))}","mobil":"${p.p('phone', a.phone)}"}}`;
  }),
  t('provider', 'mobilepay-dk', (r, p) => {
    const a = person(r, 'nordic');
    return `MobilePay Subscriptions: 403 "Adgang nægtet" — API-nøgle: ${p.c('api-key', r.b64(32))}
kunde=${p.p('name', a.name)} cpr=${p.p('dk-cpr', id.dkCpr(r))} konto=${p.f('iban', v.iban(r, 'DK'))}`;
  }),
  t('app', 'fi-hetu-palkka', (r, p) => {
    const a = person(r, 'nordic');
    return `VIRHE palkanlaskenta: henkilötunnus ei täsmää verokorttiin
  nimi: ${p.p('name', a.name)}
  henkilötunnus: ${p.p('fi-hetu', id.fiHetu(r))}
  tilinumero: ${p.f('iban', v.iban(r, 'FI'))}
  Procountor salasana: ${p.c('password', v.pw(r))}\n  API-avain: ${p.c('api-key', r.hex(40))}`;
  }),
  t('provider', 'przelewy24-pl', (r, p) => {
    const a = person(r, 'pl');
    return `${lts(r)} BŁĄD [p24] Rejestracja transakcji nieudana: 401 "Incorrect authentication"
merchantId=${r.int(100000, 999999)} klucz CRC=${p.c('p24-crc', r.hex(16))} klucz API (raportów)=${p.c('api-key', r.hex(32))}
klient: ${p.p('name', a.name)}, ${p.p('email', a.email)}, tel. ${p.p('phone', a.phone)}`;
  }),
  t('einvoice', 'ksef-pl', (r, p) => {
    const a = person(r, 'pl');
    return `KSeF: wysyłka faktury odrzucona (kod 21405: Błąd walidacji pliku)
<Podmiot2><DaneIdentyfikacyjne><PESEL>${p.p('pesel', id.pesel(r))}</PESEL><Nazwa>${p.p('name', a.name)}</Nazwa></DaneIdentyfikacyjne><Adres><AdresL1>${p.p('address', `ul. ${r.pick(['Marszałkowska', 'Piotrkowska', 'Długa', 'Słoneczna'])} ${r.int(1, 200)}/${r.int(1, 60)}`)}</AdresL1></Adres></Podmiot2>
sessionToken: ${p.c('ksef-token', r.chars(v.HEXU, 64))}\nhasło do certyfikatu: ${p.c('password', v.pw(r))}`;
  }),
  t('app', 'blik-pl', (r, p) => {
    const a = person(r, 'pl');
    return `WARN  płatność BLIK odrzucona (ALIAS_DECLINED) użytkownik=${p.p('email', a.email)} rachunek=${p.f('iban', v.iban(r, 'PL'))} hasło_jednorazowe_do_panelu=${p.c('password', v.pw(r))} token_odświeżania=${p.c('refresh-token', r.b64url(48))}`;
  }),
  t('einvoice', 'fatturapa-it', (r, p) => {
    const a = person(r, 'it');
    return `SdI: notifica di scarto NS — 00305 "IdFiscaleIVA del CessionarioCommittente non valido"
<CessionarioCommittente><DatiAnagrafici><CodiceFiscale>${p.p('codice-fiscale', id.codiceFiscale(r))}</CodiceFiscale><Anagrafica><Nome>${p.p('name', a.first)}</Nome><Cognome>${p.p('name', a.last)}</Cognome></Anagrafica></DatiAnagrafici></CessionarioCommittente>
credenziali intermediario: utente=fatture_sdi parola d'ordine=${p.c('password', v.pw(r))} pin_firma=${p.c('pin', r.digits(8))}`;
  }),
  t('provider', 'satispay-it', (r, p) => {
    const a = person(r, 'it');
    return `Satispay GBusiness: firma non valida (401) keyId=${r.b62(20)}
chiave privata RSA caricata da SATISPAY_PRIVATE_KEY=${p.c('private-key', v.rsaKeyBody(r))}
cliente ${p.p('name', a.name)} cellulare ${p.p('phone', a.phone)}`;
  }),
  t('app', 'spid-it', (r, p) => {
    const a = person(r, 'it');
    return `[SPID] ${lts(r)} errore nella risposta SAML dell'IdP: ErrorCode nr19 — autenticazione fallita per ripetuta sottomissione di credenziali errate
  spidCode=${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4)}${r.digits(10)} fiscalNumber=TINIT-${p.p('codice-fiscale', id.codiceFiscale(r))}
  name=${p.p('name', a.name)} dateOfBirth=${p.p('dob', dob(r))} email=${p.p('email', a.email)}
  cookie SPIDSESSION=${p.c('session', r.b64url(32))}\n  client_secret=${p.c('client-secret', r.b64url(32))}`;
  }),
  t('app', 'sepa-lastschrift-de', (r, p) => {
    const a = person(r, 'de');
    return `${lts(r)} FEHLER SepaMandatService: Lastschrift zurückgegeben (MD06 – Rückgabe auf Verlangen des Zahlers)
  Kontoinhaber: ${p.p('name', a.name)}
  IBAN: ${p.f('iban', v.iban(r, 'DE'))}
  Mandatsreferenz: M-${r.int(100000, 999999)}
  Zugangsdaten GoCardless: access_token=${p.c('api-key', `live_${r.b62(40)}`)}`;
  }),
  t('app', 'altkonto-blz-de', (r, p) => {
    const a = person(r, 'de');
    return `WARN  Kontoprüfung: alte Bankverbindung im Stammsatz, IBAN-Konvertierung fehlgeschlagen
Kunde=${p.p('name', a.name)}; Kontonummer=${p.f('bank-account', v.deKonto(r))}; Bankleitzahl=${p.f('blz', v.blz(r))}; Geburtsdatum=${p.p('dob', dob(r, 'de'))}
HBCI-PIN=${p.c('pin', r.digits(5))} FinTS-Benutzerkennung=${p.c('fints-user', r.digits(10))}`;
  }),
  t('app', 'lohn-de-datev', (r, p) => {
    const a = person(r, 'de');
    return `DATEV-Export abgebrochen: Pflichtfeld fehlt (Sozialversicherungsnummer)
Personalnummer;Name;Steuer-ID;Geburtsdatum;IBAN
${r.int(10000, 99999)};${p.p('name', a.name)};${p.p('steuer-id', id.steuerId(r))};${p.p('dob', dob(r, 'de'))};${p.f('iban', v.iban(r, 'DE', false))}
DATEV-Zugangsdaten: Benutzername=lohnbuero Kennwort=${p.c('password', v.pw(r))}`;
  }),
  t('app', 'at-ch-ebanking', (r, p) => {
    const a = person(r, 'de');
    return `{"ebene":"FEHLER","nachricht":"PostFinance Checkout: Signatur ungültig","apiBenutzer":"${r.int(10000, 99999)}","authentifizierungsSchlüssel":"${p.c('api-key', r.b64(32))}","kunde":{"name":"${p.p('name', a.name)}","iban":"${p.f('iban', v.iban(r, r.pick(['CH', 'AT'])))}","telefon":"${p.p('phone', a.phone)}"}}`;
  }),
  t('app', 'fr-rib-prelevement', (r, p) => {
    const a = person(r, 'fr');
    return `[${lts(r)}] ERREUR prélèvement SEPA rejeté (AC04 — compte clôturé)
Titulaire : ${p.p('name', a.name)}
RIB : ${p.f('iban', v.iban(r, 'FR'))}
Date de naissance : ${p.p('dob', dob(r, 'fr'))}
Clé API GoCardless : ${p.c('api-key', `live_${r.b62(40)}`)}`;
  }),
  t('app', 'fr-ameli-nir', (r, p) => {
    const a = person(r, 'fr');
    return `WARN  TeleserviceMutuelle - Échec de rapprochement assuré : NIR ${p.p('nir', id.nir(r))} inconnu
nom=${p.p('name', a.name)} ; tél=${p.p('phone', a.phone)} ; mdp=${p.c('password', v.pw(r))} ; jeton=${p.c('token', v.jwt(r))}`;
  }),
  t('app', 'be-lu-payconiq', (r, p) => {
    const a = person(r, 'fr');
    return `Payconiq: 401 "INVALID_API_KEY" Authorization: Bearer ${p.c('api-key', r.uuid())}
payeur=${p.p('name', a.name)} compte=${p.f('iban', v.iban(r, r.pick(['BE', 'LU'])))} montant=${amount(r)} EUR`;
  }),
  t('app', 'es-sepa-recibos', (r, p) => {
    const a = person(r, 'es');
    return `ERROR remesa SEPA: recibo devuelto (AM04) deudor=${p.p('name', a.name)} NIF=${p.p('dni', id.dni(r))} cuenta=${p.f('iban', v.iban(r, 'ES'))}
  credenciales banca electrónica: usuario=${r.digits(8)} clave_acceso=${p.c('password', v.pw(r))} firma=${p.c('pin', r.digits(4))}`;
  }),
  t('app', 'pt-at-fatura', (r, p) => {
    const a = person(r, 'pt');
    return `Erro AT (Autoridade Tributária) ao comunicar fatura: -3 "NIF do adquirente inválido"
  adquirente=${p.p('name', a.name)} NIF=${p.p('nif-pt', id.nifPt(r))} IBAN=${p.f('iban', v.iban(r, 'PT'))}
  utilizador WSDL=${r.digits(9)}/1 senha=${p.c('password', v.pw(r))}`;
  }),
  t('app', 'tr-e-fatura', (r, p) => {
    const a = person(r, 'tr');
    return `e-Fatura gönderimi başarısız: GİB hata kodu 1150 (Alıcı VKN/TCKN mükellef listesinde bulunamadı)
Alıcı: ${p.p('name', a.name)} TCKN: ${p.p('tckn', id.tckn(r))} IBAN: ${p.f('iban', v.iban(r, 'TR'))}
Entegratör kullanıcı adı: efatura_api şifre: ${p.c('password', v.pw(r))}`;
  }),
  t('app', 'gr-mydata', (r, p) => {
    const a = person(r, 'el');
    return `myDATA: Σφάλμα 104 — Μη έγκυρος ΑΦΜ λήπτη
ονοματεπώνυμο=${p.p('name', a.name)} ΑΜΚΑ=${p.p('amka', id.amka(r))} IBAN=${p.f('iban', v.iban(r, 'GR'))}
aade-user-id=${r.pick(['eshop', 'timologia'])}${r.int(1, 99)} ocp-apim-subscription-key=${p.c('api-key', r.hex(32))}`;
  }),
  t('app', 'hu-nav-szamla', (r, p) => {
    const a = person(r, 'hu');
    return `NAV Online Számla hiba: INVALID_USER_RELATION — technikai felhasználó jelszava: ${p.c('password', v.pw(r))}, aláírókulcs: ${p.c('signing-key', `${r.hex(2)}-${r.hex(4)}-${r.hex(12)}${r.b62(10)}`)}, cserekulcs: ${p.c('exchange-key', r.b62(16))}
vevő: ${p.p('name', a.name)}, TAJ: ${p.p('hu-taj', id.huTaj(r))}, számlaszám: ${p.f('iban', v.iban(r, 'HU'))}`;
  }),
  t('app', 'cz-rodne-cislo', (r, p) => {
    const a = person(r, 'cs');
    return `CHYBA [pojisteni] Neplatné rodné číslo pojištěnce ${p.p('name', a.name)}: ${p.p('cz-rc', id.czRc(r))}
účet: ${p.f('iban', v.iban(r, 'CZ'))}, e-mail ${p.p('email', a.email)}, heslo do portálu: ${p.c('password', v.pw(r))}`;
  }),
  t('app', 'uk-sortcode-account', (r, p) => {
    const a = person(r, 'pl');
    return `${lts(r)} WARN  Bacs payment returned (ARUDD 0 — refer to payer) payee=${p.p('name', a.name)} sort code ${p.f('sort-code', v.sortCode(r))} account ${p.f('bank-account', v.ukAccount(r))}
note (PL support): "klient podał hasło ${p.c('password', v.pw(r))} w czacie"`;
  }),
  t('app', 'au-bsb-account', (r, p) => {
    const a = person(r, 'vi');
    return `Lỗi chuyển tiền sang Úc: tài khoản người nhận không hợp lệ — tên ${p.p('name', a.name)} BSB ${p.f('bsb', v.bsb(r))} số tài khoản ${p.f('bank-account', v.auAccount(r))}
Wise API token: ${p.c('api-key', r.uuid())}`;
  }),
];

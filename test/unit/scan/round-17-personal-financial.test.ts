import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-coverage';
import { btcBase58, ibanOf, luhnCard } from '../../helpers/financial-values';
import { codiceFiscale, dni, nir, steuerId } from '../../helpers/national-id-values';
import { fodselsnummer, hetuCode, ninoNumber, peselNumber, personnummer } from '../../helpers/national-id-values-2';

/**
 * Round pf17 (before sealed blind set 17: message queues, CDC events, audit and query logs, e-mail, and
 * people writing their own data in tickets and chats). Values are drawn per run with valid checksums;
 * each class has look-alikes that must stay unflagged.
 */
const int = (lo: number, hi: number): number => randomInt(lo, hi + 1);
const g4 = (s: string): string => s.replace(/(\d{4})(?=\d)/g, '$1 ');
const expiry = (): string => `${String(int(1, 12)).padStart(2, '0')}/${int(27, 31)}`;
const visa = (): string => luhnCard('4');
const ssn = (): string => `${int(100, 665)}-${int(10, 99)}-${int(1000, 9999)}`;

/** Asserts that every value is fully covered by leak findings in its text. */
function expectCovered(cases: readonly (readonly [string, ...string[]])[]): void {
  for (const [text, ...values] of cases) for (const v of values) expect(covered(text, v), `${v} in ${text}`).toBe(true);
}

/** Asserts that no leak finding is reported on any of the texts. */
function expectClean(texts: readonly string[]): void {
  for (const t of texts) expect(leaks(t).map((f) => `${f.detector}: ${t.slice(f.start, f.end)}`), t).toEqual([]);
}

describe('round pf17: dates of birth as people write them', () => {
  it('finds words, ordinals, two-digit years and prose cues in several languages', () => {
    expectCovered([
      ['Customer DOB 3rd of March 1984, please verify', '3rd of March 1984'],
      ['born on the 3rd of March, 1984', '3rd of March, 1984'],
      ['she was born 03.03.84 in Lyon', '03.03.84'],
      ['D.O.B: 3 Mar 1984', '3 Mar 1984'],
      ['my birthday is 14/07/1979', '14/07/1979'],
      ['né le 3 mars 1984 à Paris', '3 mars 1984'],
      ['nacido el 3 de marzo de 1984', '3 de marzo de 1984'],
      ['nato il 3 marzo 1984 a Roma', '3 marzo 1984'],
      ['geboren op 3 maart 1984', '3 maart 1984'],
      ['nascido em 3 de março de 1984', '3 de março de 1984'],
      ['geb. 03.03.1984', '03.03.1984'],
      ['nom;prénom;courriel;téléphone;date_de_naissance\nDupont;Jean;x@y.fr;0102030405;03/03/1984', '03/03/1984'],
      [`{"payload":{"after":{"id":7,"birth_date":${int(1000, 12000)}},"op":"c"}}`],
    ]);
    const days = int(1000, 12000);
    const text = `{"payload":{"after":{"id":7,"birth_date":${days}},"op":"c"}}`;
    expect(covered(text, String(days))).toBe(true);
    expect(covered('{"dob":447120000000}', '447120000000')).toBe(true);
  });

  it('leaves dates that are no birth dates alone', () => {
    expectClean([
      'build 03.03.84 deployed; release 1.2.84',
      'le 3 mars 2024 à 10h le serveur a redémarré',
      'container reborn 2024-03-03, created 2024-03-03',
      'dob is required; birthday is unknown',
      '{"after":{"id":7,"birth_date":0,"dob_verified":1}}',
      '{"birth_date_changes":12,"dob":1}',
      'dob=1990-13-45 created_at=2024-03-03',
    ]);
  });
});

describe('round pf17: national ids after a word people put between key and value', () => {
  it('finds ids after copulas and NI before a NINO', () => {
    const pesel = peselNumber(int);
    const pnr = personnummer(int);
    const hetu = hetuCode(int);
    const nino = ninoNumber(int, true);
    const cf = codiceFiscale();
    const n = nir();
    expectCovered([
      [`mój PESEL to ${pesel}`, pesel],
      [`mitt personnummer är ${pnr}`, pnr],
      [`henkilötunnus on ${hetu}`, hetu],
      [`il mio codice fiscale è ${cf}`, cf],
      [`numéro de sécurité sociale : ${n}`, n],
      [`customer (DOB 14/07/1979, NI ${nino}) called`, nino, '14/07/1979'],
    ]);
  });

  it('leaves look-alikes alone', () => {
    expectClean(['NI 12 34 56 and ni hao', 'PESEL to be added later: 12345678901', 'order to 100234567 shipped']);
  });
});

describe('round pf17: cards, security codes and expiry dates typed informally or in tables', () => {
  it('finds informal expiries, table columns, dotted groups and brand words', () => {
    const card = visa();
    const cvv = String(int(100, 999));
    const exp = expiry();
    const diners = luhnCard('36', 14);
    const elo = luhnCard('636368');
    expectCovered([
      [`hi my card is ${g4(card)} exp ${exp} cvv ${cvv} can you retry`, g4(card), exp, cvv],
      [`card ${g4(card)} expires ${exp}, CVV2 ${cvv}`, exp],
      [`${g4(card)} valid thru ${exp}`, exp],
      [`card number ${card} exp. ${exp.replace('/', '/20')}`, exp.replace('/', '/20')],
      [`card_number,exp,cvv,holder\n${card},${exp},${cvv},Jane Roe`, card, exp, cvv],
      [`holder\tcard_number\texpiry\tcvc\nJane Roe\t${card}\t${exp}\t${cvv}`, exp, cvv],
      [`card ${card.replace(/(\d{4})(?=\d)/g, '$1.')}`, card.replace(/(\d{4})(?=\d)/g, '$1.')],
      [`diners ${diners}`, diners],
      [`cartão Elo ${elo}`, elo],
      [`card ${g4(card)} and my PIN is 4821`, '4821'],
      [`{"card":"${card}","pin":"4821"}`, '4821'],
      [`Card number: ${g4(card)}\nExpiry: ${exp}\nCVV: ${cvv}`, exp, cvv],
      [`amex ${luhnCard('37', 15)} cid 4321`, '4321'],
    ]);
  });

  it('marks a test card’s expiry as test data and leaves masked cards, versions and lone codes alone', () => {
    expectClean([
      'card 4242 4242 4242 4242 exp 04/27 valid thru 05/28 cvc 123',
      'token exp 04/27, cache expires 12/30',
      'id,cvv,exp,status\n42,123,04/27,ok',
      'job,exp,build,status\nnightly,12/30,4521,ok',
      'version 4111.1111.1111.1111 of the reader firmware',
      'card •••• 4242 exp 04/27, pan 411111******1111',
      'reset pin 4821 for the kiosk; spin 2048 rpm; ping 1234 ms',
      'card 4242 4242 4242 4242 pin 1234',
      'Card number: •••• 4242\nExpiry: 04/27',
      'Card number: 4242 4242 4242 4242\nExpiry: 04/27',
      'card reader cid 4321 restarted',
    ]);
  });
});

describe('round pf17: bank details and wallets in chats and tables', () => {
  it('finds an account typed as acc beside a sort code, sort codes in columns, wallets after refund', () => {
    const acct = String(int(10000000, 99999999));
    const sort = `${int(10, 99)}-${int(10, 99)}-${int(10, 99)}`;
    const btc = btcBase58(0);
    const iban = ibanOf('FR', true);
    expectCovered([
      [`sort code ${sort} acc ${acct}`, sort, acct],
      [`name,sort_code,account_number\nJane,${sort},${acct}`, sort, acct],
      [`send the refund to ${btc} pls`, btc],
      [`IBAN ${iban} merci`, iban],
    ]);
  });

  it('leaves look-alikes alone', () => {
    expectClean(['acc 12345678 dropped by sort order', 'name,sort_code,status\nbuild,11-11-11,ok', 'IBAN DE89 3704 0044 0532 0130 00 (example)']);
  });
});

describe('round pf17: phones after a person asks to be called', () => {
  it('finds national layouts after asks in several languages', () => {
    expectCovered([
      [`rufen Sie mich an: 079 ${int(100, 999)} 48 75`],
      ['mój numer to 512 345 678', '512 345 678'],
      ['ring meg på 470 80 115', '470 80 115'],
      ['ring til mig på 21 34 36 78', '21 34 36 78'],
      ['bel mij op 0470 26 65 40', '0470 26 65 40'],
      ['ligue para 915 553 995', '915 553 995'],
      ['text me at 4155552671 after 5', '4155552671'],
    ]);
  });

  it('leaves counters and order numbers alone', () => {
    expectClean([
      'my order number is 100234567 and my ticket number 4115475895',
      'my number is 7, call 3 of 5 returned 200',
      'processed 1234 5678 9012 events',
      'callback id 2345678901 took 12 ms',
    ]);
  });
});

describe('round pf17: addresses', () => {
  it('finds flats, Eircodes, colonias and address columns', () => {
    expectCovered([
      ['deliver to Flat 12, MG Road, Bengaluru 560001', 'Flat 12, MG Road, Bengaluru 560001'],
      ['address 14 Grafton Street, Dublin 2, D02 VF65', '14 Grafton Street, Dublin 2, D02 VF65'],
      ['mi dirección: Av. Reforma 222, Col. Juárez, 06600 Ciudad de México', 'Av. Reforma 222, Col. Juárez, 06600 Ciudad de México'],
      ['name,address,city,postcode\nJane,27 Kingsway,Manchester,M19 2LL', '27 Kingsway'],
      ['name;strasse;plz;ort\nAnna;Musterstraße 12;10115;Berlin', 'Musterstraße 12'],
      ['indirizzo: Via Roma, 10 - 00184 Roma', 'Via Roma, 10 - 00184 Roma'],
      ['I moved to 48 Queen Street West, Toronto, ON M5H 2N2', '48 Queen Street West, Toronto, ON M5H 2N2'],
    ]);
  });

  it('leaves network addresses and prose in address columns alone', () => {
    expectClean(['name,address,port\nweb,10.0.0.1,80\napi,api.internal.local,443', 'name,address,role\nJane,12 things to do,admin', 'warehouse zip 75011 shipping zone 3']);
  });
});

describe('round pf17: message payloads, query logs and mail headers', () => {
  it('finds personal data in base64 payloads, Postgres parameters and accented CSV headers', () => {
    const email = `jane.${int(10, 99)}doe@gmail.com`;
    const b64 = Buffer.from(JSON.stringify({ email, plan: 'pro' })).toString('base64');
    const tax = `${int(100, 665)}${int(10, 99)}${int(1000, 9999)}`;
    const nino = ninoNumber(int, false);
    expectCovered([
      [`{"message":{"data":"${b64}","messageId":"123"}}`, b64],
      [`LOG:  execute <unnamed>: INSERT INTO customers (email, ssn) VALUES ($1, $2)\nDETAIL:  parameters: $1 = '${email}', $2 = '${tax}'`, email, tax],
      [`LOG:  execute S_1: UPDATE users SET national_id = $1, birth_date = $2 WHERE id = $3\nDETAIL:  parameters: $1 = '${nino}', $2 = '1984-03-03', $3 = '42'`, nino, '1984-03-03'],
      ['nombre,correo,teléfono,fecha_nacimiento\nLucía,x@y.es,623 364 989,03/03/1984', '623 364 989', '03/03/1984'],
      [`{"Message":"{\\"ssn\\":\\"${ssn()}\\"}"}`],
    ]);
  });

  it('finds ids under table headers in their own languages (accents, `N°`, spaces, hyphens)', () => {
    const st = steuerId();
    const n = nir();
    const d = dni();
    const cf = codiceFiscale();
    const h = hetuCode(int);
    const f = fodselsnummer(int);
    expectCovered([
      [`Nachname;Vorname;Steuer-ID;Ort\nMüller;Anna;${st};Köln`, st],
      [`Nom;Prénom;N° de sécurité sociale;Ville\nDupont;Jean;${n};Paris`, n],
      [`Nombre,Número de DNI,Ciudad\nLucía,${d},Madrid`, d],
      [`Nome;Codice Fiscale;Città\nMario;${cf};Roma`, cf],
      [`Nimi;Henkilötunnus;Kaupunki\nAino;${h};Espoo`, h],
      [`Navn;Fødselsnummer;By\nOla;${f};Oslo`, f],
    ]);
  });

  it('leaves message ids, harmless payloads and unnamed parameters alone', () => {
    expectClean([
      'Message-ID: <CAF=abc123XYZ@mail.gmail.com>',
      'References: <a1b2c3@mail.gmail.com> <CAF=x9y8@mail.example.org>',
      '{"message":{"data":"eyJldmVudCI6InBpbmciLCJjb3VudCI6M30=","messageId":"99"}}',
      "LOG:  execute <unnamed>: SELECT * FROM orders WHERE id = $1 AND status = $2\nDETAIL:  parameters: $1 = '100234567', $2 = 'shipped'",
      '{"MessageId":"6b1f9c1e-1e5e-4c1b-9d3b-2f8f0d6b1f9c","SequenceNumber":"18849496460467696128"}',
      'Nom;Prénom;N° de commande;Ville\nDupont;Jean;100234567;Paris',
      'Navn;Købsnummer;By\nOla;12079057388;Oslo',
    ]);
  });
});

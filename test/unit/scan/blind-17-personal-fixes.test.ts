import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/scan';
import { covered, leaks } from '../../helpers/leak-coverage';
import { luhnDigit } from './generators-pf16';
import { DIG, LOWER, rng, type Rng } from './sample-rng';

/** True when some leak finding overlaps `value` in `text`. */
const touched = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  return leaks(text).some((f) => f.start < at + value.length && at < f.end);
};

const scanner = createScanner();
const p2 = (n: number): string => String(n).padStart(2, '0');
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];

/** A South African id: YYMMDD, 4 sequence digits, citizenship 0/1, 8, Luhn check. */
const zaId = (r: Rng): string => {
  const body = `${p2(r.int(40, 99))}${p2(r.int(1, 12))}${p2(r.int(1, 28))}${r.str(DIG, 4)}${r.int(0, 1)}8`;
  return body + luhnDigit(body);
};
const NAMES = ['Mühlbach', 'Kirchberg', 'Anger', 'Berg', 'Alten Markt', 'Lindenhof'];
const CITIES = ['Berlin', 'Hamburg', 'München', 'Leipzig', 'Köln', 'Frankfurt am Main'];
const deAddress = (r: Rng): string =>
  `${r.pick(['Am', 'Im', 'Zum', 'Zur', 'An der', 'Auf dem', 'In den'])} ${r.pick(NAMES)} ${r.int(1, 140)}${r.pick(['', 'a', 'b'])}, ${r.int(10, 99)}${r.str(DIG, 3)} ${r.pick(CITIES)}`;
const itAddress = (r: Rng): string => {
  const [city, prov] = r.pick([['Bologna', 'BO'], ['Milano', 'MI'], ['Torino', 'TO'], ['Roma', 'RM']] as const);
  const p = r.pick([` ${prov}`, ` (${prov})`]);
  return `${r.pick(['Via Roma', 'Corso Italia', 'Via Giuseppe Verdi', 'Piazza Maggiore'])} ${r.int(1, 180)}, ${r.int(10, 99)}${r.str(DIG, 3)} ${city}${p}`;
};

describe('round fix17: SA ids and other keyed ids in typed JSON values', () => {
  const contexts = [
    (k: string, v: string) => `{"eventName":"PutItem","eventSource":"dynamodb.amazonaws.com","requestParameters":{"tableName":"applicants","item":{"${k}":{"S":"${v}"},"province":{"S":"Gauteng"}}}}`,
    (k: string, v: string) => `{"Records":[{"dynamodb":{"NewImage":{"${k}":{"S":"${v}"}}}}]}`,
    (k: string, v: string) => `{"after":{"${k}":{"string":"${v}"}},"op":"c"}`,
    (k: string, v: string) => `{"body":"{\\"item\\":{\\"${k}\\":{\\"S\\":\\"${v}\\"}}}"}`,
  ];
  it.each(SEEDS)('finds a 13-digit SA id under id_number, idNumber, national_id, sa_id (seed %i)', (seed) => {
    const r = rng(seed);
    for (const ctx of contexts) {
      const k = r.pick(['id_number', 'idNumber', 'national_id', 'sa_id', 'IdNumber']);
      const v = zaId(r);
      const text = ctx(k, v);
      expect(covered(text, v), text).toBe(true);
    }
  });
  it('finds other national ids in the typed form (PESEL, BSN)', () => {
    expect(covered('{"item":{"pesel":{"S":"44051401359"}}}', '44051401359')).toBe(true);
    expect(covered('{"NewImage":{"bsn":{"S":"999999990"}}}', '999999990')).toBe(true);
  });
  it.each(SEEDS)('leaves ids with a bad check, under other keys, and typed order numbers (seed %i)', (seed) => {
    const r = rng(seed);
    const v = zaId(r);
    const bad = v.slice(0, 12) + String((Number(v[12]) + 1) % 10);
    expect(touched(`{"item":{"idNumber":{"S":"${bad}"}}}`, bad)).toBe(false);
    expect(touched(`{"item":{"order_id":{"S":"${v}"}}}`, v)).toBe(false);
    expect(touched(`{"item":{"quantity":{"N":"${r.int(1, 99)}"},"sku":{"S":"SKU-${r.str(DIG, 6)}"}}}`, 'SKU')).toBe(false);
  });
});

describe('round fix17: German streets named by a preposition, postcode and city after the number', () => {
  const contexts = [
    (a: string) => `{"op":"u","after":{"kunde_id":1234,"lieferadresse":"${a}","telefon":null},"source":{"table":"kunden"}}`,
    (a: string) => `Freshdesk #4411\nHallo, die Lieferung ging an die falsche Adresse. Richtig ist: ${a}. Danke!`,
    (a: string) => `{"address":"${a}"}`,
    (a: string) => `<Address>${a}</Address>`,
    (a: string) => `Wir sind umgezogen, neue Anschrift ${a} ab Montag.`,
  ];
  it.each(SEEDS)('finds the address whole in CDC rows, tickets, keys, XML and prose (seed %i)', (seed) => {
    const r = rng(seed);
    for (const ctx of contexts) {
      const a = deAddress(r);
      expect(covered(ctx(a), a), ctx(a)).toBe(true);
    }
  });
  it('leaves dates, counts and prepositions without an address', () => {
    for (const t of [
      'Am 12. März, 10115 Teilnehmer waren angemeldet',
      'Im Jahr 2024, 50000 Besucher kamen',
      'Im Vorjahr 12, 30000 Einwohner',
      'Am Montag 3, 10000 Nutzer online',
      'In der Zeit 5, 20000 Anfragen',
      'Am Ende 7, 12345 Einträge verarbeitet',
      'I am here 5, 10115 things',
      'Im Tal 3 ohne Postleitzahl',
    ]) expect(leaks(t), t).toEqual([]);
  });
});

describe('round fix17: Italian addresses with a province code', () => {
  it.each(SEEDS)('covers the province too, and the phone beside it is its own (seed %i)', (seed) => {
    const r = rng(seed);
    const a = itAddress(r);
    const ph = `+39 3${r.int(20, 49)} ${r.str(DIG, 3)} ${r.str(DIG, 4)}`;
    const text = `Subject: Reso ordine\n\nBuongiorno, indirizzo per il ritiro: ${a}. Cellulare ${ph}.\nGrazie`;
    expect(covered(text, a), text).toBe(true);
    expect(covered(text, ph), text).toBe(true);
    const phone = leaks(text).find((f) => f.detector.startsWith('phone'));
    expect(phone && text.slice(phone.start, phone.end)).toBe(ph);
  });
  it('takes no lowercase word or longer capitals as a province', () => {
    const text = 'Via Roma 12, 40126 Bologna bo ok; Via Roma 12, 40126 Bologna BOX';
    for (const f of leaks(text)) expect(text.slice(f.start, f.end)).toBe('Via Roma 12, 40126 Bologna');
  });
});

describe('round fix17: false alarms', () => {
  it('reports published test BSNs as test data, not leaks; other valid BSNs stay leaks', () => {
    for (const [t, v] of [['bsn 111222333', '111222333'], ['{"burgerservicenummer":"123456782"}', '123456782'], ['BSN: 1112.22.333', '1112.22.333']] as const) {
      expect(touched(t, v), t).toBe(false);
      expect(scanner.scan(t).some((f) => f.test === true && t.slice(f.start, f.end).includes(v.slice(0, 4))), t).toBe(true);
    }
    expect(covered('bsn 999999990', '999999990')).toBe(true);
  });
  it.each(SEEDS)('GCP service accounts are robot identities; a person at a company stays personal (seed %i)', (seed) => {
    const r = rng(seed);
    const proj = `${r.str(LOWER, 6)}-prod`;
    for (const d of [`${proj}.iam.gserviceaccount.com`, 'developer.gserviceaccount.com', `${proj}.appspot.gserviceaccount.com`, 'cloudbuild.gserviceaccount.com']) {
      const m = `${r.pick(['looker-sa', 'etl', String(r.int(100000, 999999))])}@${d}`;
      expect(touched(`principalEmail: ${m} granted roles/bigquery.dataViewer`, m)).toBe(false);
    }
    expect(covered(`user: jane.doe@${proj}.com`, `jane.doe@${proj}.com`)).toBe(true);
    expect(covered('owner jane@gserviceaccount.com.evil.io', 'jane@gserviceaccount.com.evil.io')).toBe(true);
  });
  it.each(SEEDS)('IPv4 addresses in SPF, DKIM, Authentication-Results and Received headers are mail servers (seed %i)', (seed) => {
    const r = rng(seed);
    const ip = `54.240.${r.int(1, 9)}.${r.int(1, 254)}`;
    for (const t of [
      `Received-SPF: pass (google.com: domain of bounce@mail.io designates ${ip} as permitted sender) client-ip=${ip};`,
      `Authentication-Results: mx.google.com;\n       dkim=pass header.i=@mail.io;\n       spf=pass (google.com: domain of b@mail.io designates ${ip} as permitted sender) smtp.remote-ip=${ip}`,
      `Authentication-Results: spf=pass (sender IP is ${ip}) smtp.mailfrom=mail.io; dkim=pass`,
      `Received: from a8-17.smtp-out.amazonses.com ([${ip}])\n\tby mx.google.com with ESMTPS id x12`,
      `DKIM-Signature: v=1; a=rsa-sha256; d=mail.io; s=s1;\nX-SES-Outgoing: 2026.11.12-${ip}`,
    ]) expect(touched(t, ip), t).toBe(false);
  });
  it('a client address outside mail-server headers stays found', () => {
    expect(covered('X-Originating-IP: [81.2.69.160]', '81.2.69.160')).toBe(true);
    expect(covered('Received a request from 81.2.69.160', '81.2.69.160')).toBe(true);
    expect(covered('Accepted publickey for git from 81.2.69.160 port 5022', '81.2.69.160')).toBe(true);
  });
  it.each(SEEDS)('a 16-digit voucher code in groups is no UK phone; a UK phone alone stays found (seed %i)', (seed) => {
    const r = rng(seed);
    let code = '';
    do code = `07${r.str(DIG, 2)} ${r.str(DIG, 4)} ${r.str(DIG, 4)} ${r.str(DIG, 4)}`;
    while (luhnDigit(code.replace(/ /g, '').slice(0, 15)) === code.slice(-1));
    expect(leaks(`Your gift voucher code: ${code} (valid 12 months)`)).toEqual([]);
    const ph = `07${r.int(400, 999)} ${r.str(DIG, 6)}`;
    expect(covered(`call me on ${ph} tomorrow`, ph)).toBe(true);
  });
});

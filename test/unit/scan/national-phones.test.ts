import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks, pick } from '../../helpers/leak-checks';

/** Phone numbers in national layouts (branch issue-pers), values generated at test time. */
const digits = (n: number): string => pick('0123456789', n);
/** Two digits, not starting with 0 (so that no value is a run of zeros). */
const pair = (): string => String(randomInt(10, 100));
const frMobile = (sep: string): string => [`0${randomInt(6, 8)}`, pair(), pair(), pair(), pair()].join(sep);
const esMobile = (): string => `6${digits(2)} ${pair()} ${pair()} ${pair()}`;
const ukMobile = (): string => `07${randomInt(100, 1000)} ${randomInt(100000, 1000000)}`;
const deMobile = (sep: string): string => `01${randomInt(50, 80)}${sep}${randomInt(1000000, 100000000)}`;
const deLandline = (): string => `0${randomInt(20, 100)}/${randomInt(1000000, 100000000)}`;

describe('national phone layouts without a key', () => {
  it('finds FR pairs (spaces, dots, dashes) in prose, JSON and a signature', () => {
    const a = frMobile(' ');
    const b = frMobile('.');
    const c = frMobile('-');
    expect(covered(`Delivery note: leave at back door — ${a}, merci`, a)).toBe(true);
    expect(covered(`{"recipients":["${b}"],"originator":"Acme"}`, b)).toBe(true);
    expect(covered(`Cordialement,\nYuki\nTél. : ${c}\n`, c)).toBe(true);
  });
  it('finds ES 3-2-2-2, UK mobiles and landlines, DE and NL mobiles', () => {
    const es = esMobile();
    expect(covered(`{"event":"bounce","sms_fallback":"${es}","reason":"550 5.1.1"}`, es)).toBe(true);
    const uk = ukMobile();
    expect(covered(`twilio.rest: to=${uk} status=queued`, uk)).toBe(true);
    const uk3 = `07${randomInt(100, 1000)} ${randomInt(100, 1000)} ${randomInt(100, 1000)}`;
    expect(covered(`The 'To' number ${uk3} is not a valid phone number. code=21211`, uk3)).toBe(true);
    const ukl = `020 ${randomInt(3000, 9000)} ${digits(4)}`;
    expect(covered(`office.tel=${ukl}`, ukl)).toBe(true);
    const de = deMobile(' ');
    expect(covered(`  at Notify.send(Notify.java:88) recipient ${de}`, de)).toBe(true);
    const nl = `06-${randomInt(10000000, 100000000)}`;
    expect(covered(`INSERT INTO contacts VALUES ('Jansen', '${nl}')`, nl)).toBe(true);
  });
  it('skips rows of numbers, dates, versions, sizes and timestamps', () => {
    expect(leaks(`matrix row: 06 12 34 56 78 90 12 34`)).toEqual([]);
    expect(leaks(`matrix row: 07923 765 525 123 456`)).toEqual([]);
    expect(leaks(`order_id=${randomInt(1000000000, 9000000000)} status=ok ts=${randomInt(1700000000, 1800000000)}`)).toEqual([]);
    expect(leaks(`file size 612 345 678 bytes, build 2024.12.04.1530, version 1.2.3.4`)).toEqual([]);
    expect(leaks(`trace_id=${pick('0123456789abcdef', 32)} span_id=${pick('0123456789abcdef', 16)}`)).toEqual([]);
    expect(leaks(`invoice 2024/000123 posted on 12.03.2024 12:30`)).toEqual([]);
  });
});

describe('phone numbers after a phone word', () => {
  it('finds DE slash and single-space layouts in prose (de, es, it, nl, en)', () => {
    const a = deLandline();
    expect(covered(`Bitte um Rückruf unter ${a}, Herr Novak ist ab 14 Uhr erreichbar.`, a)).toBe(true);
    const b = deMobile(' ');
    expect(covered(`Telefon: ${b}`, b)).toBe(true);
    const c = `6${digits(2)} ${digits(3)} ${digits(3)}`;
    expect(covered(`mi móvil es ${c}, llámame`, c)).toBe(true);
    const d = `3${digits(2)} ${digits(3)} ${digits(4)}`;
    expect(covered(`cellulare: ${d}`, d)).toBe(true);
    const e = `06-${randomInt(10000000, 100000000)}`;
    expect(covered(`bel me op ${e} na vijf uur`, e)).toBe(true);
  });
  it('skips hotel and telemetry numbers, ids after a phone word, and fictional 555-01xx numbers', () => {
    expect(leaks(`hotel room 0123 4567890 booked`)).toEqual([]);
    expect(leaks(`otel exporter batch 0123 45678901 spans`)).toEqual([]);
    expect(leaks(`phone verified at ${randomInt(1700000000, 1800000000)}`)).toEqual([]);
    expect(leaks(`Call us at (${randomInt(201, 990)}) 555-01${digits(2)} or +1-${randomInt(201, 990)}-555-01${digits(2)}`)).toEqual([]);
    expect(leaks(`telephone updated on 2024-03-12 10:15`)).toEqual([]);
  });
});

describe('international numbers without a plus', () => {
  it('finds 00-prefixed numbers in prose, JSON and CSV, and MSISDNs under their key', () => {
    const a = `0044 20 ${randomInt(3000, 9000)} ${digits(4)}`;
    expect(covered(`call ${a} for support`, a)).toBe(true);
    const b = `0049 ${randomInt(150, 180)} ${randomInt(1000000, 10000000)}`;
    expect(covered(`{"contact":"${b}"}`, b)).toBe(true);
    const c = `44${randomInt(7000, 8000)}${digits(6)}`;
    expect(covered(`{"msisdn":"${c}","status":"DELIVRD"}`, c)).toBe(true);
  });
  it('skips long ids under an MSISDN-free key and fictional numbers under msisdn', () => {
    expect(leaks(`{"order_id":"44${digits(10)}"}`)).toEqual([]);
    expect(leaks(`{"msisdn":"1${randomInt(201, 990)}55501${digits(2)}"}`)).toEqual([]);
  });
});

describe('phone numbers under keys, URL-encoded', () => {
  it('finds %20 and %2F separators under `to` and phone keys in query strings and forms', () => {
    const a = `0151%20${randomInt(1000000, 10000000)}`;
    expect(covered(`GET https://rest.nexmo.com/sms/json?api_key=x&to=${a}&from=ACME`, a)).toBe(true);
    const b = `0157%2F${randomInt(1000000, 100000000)}`;
    expect(covered(`POST /v1/messages to=${b}&text=Hallo`, b)).toBe(true);
    const c = `0${randomInt(6, 8)}%20${pair()}%20${pair()}%20${pair()}%20${pair()}`;
    expect(covered(`body=name=Dupont&tel%3D${c}&consent=1`, c)).toBe(true);
    const e = `0${randomInt(6, 8)}+${pair()}+${pair()}+${pair()}+${pair()}`;
    expect(covered(`POST /signup body: name=Dupont&phone=${e}&consent=1`, e)).toBe(true);
  });
  it('finds numbers followed by a full stop, beside an SSN', () => {
    const p = `+1 ${randomInt(201, 990)}-${randomInt(201, 990)}-${digits(4)}`;
    expect(covered(`Please call me back at ${p}. For verification my social is 541-51-5872.`, p)).toBe(true);
    const q = `(${randomInt(201, 990)}) ${randomInt(201, 990)}-${digits(4)}`;
    expect(covered(`call me at ${q}.`, q)).toBe(true);
  });
  it('skips `to=` dates and ids, and files named like numbers', () => {
    expect(leaks(`GET /report?from=2024-01-01&to=2024-12-31`)).toEqual([]);
    expect(leaks(`route to=12345678901 hops=3`)).toEqual([]);
    expect(leaks(`fetched 415.555.2671.json from cache`)).toEqual([]);
  });
});

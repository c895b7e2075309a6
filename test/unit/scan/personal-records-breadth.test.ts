import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { covered, leaks, pick } from '../../helpers/leak-checks';

/** Dates of birth in any layout and in table columns, street addresses without keys (branch issue-pers). */
const two = (n: number): string => String(n).padStart(2, '0');
const birth = (): { y: number; m: number; d: number } => ({ y: randomInt(1940, 2006), m: randomInt(1, 13), d: randomInt(1, 29) });
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('dates of birth under birth keys, in every layout', () => {
  it('finds ISO, dotted, slashed, month-name and ISO-with-time dates in JSON, env, XML and prose', () => {
    const { y, m, d } = birth();
    const cases: [string, string][] = [
      [`{"dob":"%"}`, `${y}-${two(m)}-${two(d)}`],
      [`DATE_OF_BIRTH=%`, `${two(d)}.${two(m)}.${y}`],
      [`<birthDate>%</birthDate>`, `${two(d)}/${two(m)}/${y}`],
      [`"birthDate": "%"`, `${d} ${MONTHS[m - 1]} ${y}`],
      [`dob: %`, `${MONTHS[m - 1]} ${d}, ${y}`],
      [`"dateOfBirth":"%"`, `${y}-${two(m)}-${two(d)}T00:00:00.000Z`],
      [`fecha_nacimiento=%`, `${two(d)}/${two(m)}/${y}`],
      [`Date of birth: %`, `${two(d)}.${two(m)}.${y}`],
      [`patient born on % admitted to ward 3`, `${two(d)}/${two(m)}/${y}`],
      [`Kunde geboren am %`, `${two(d)}.${two(m)}.${y}`],
    ];
    for (const [form, value] of cases) expect(covered(form.replace('%', value), value), form).toBe(true);
  });
  it('finds them under URL-encoded keys and with URL-encoded slashes', () => {
    const { y, m, d } = birth();
    const a = `${two(d)}.${two(m)}.${y}`;
    expect(covered(`POST /kyc body=name%3Dx%26dob%3D${a}%26country%3DDE`, a)).toBe(true);
    const b = `${y}-${two(m)}-${two(d)}`;
    expect(covered(`form: user%5Bdob%5D=${b}&plan=pro`, b)).toBe(true);
    expect(covered(`form: user[date_of_birth]=${b}&plan=pro`, b)).toBe(true);
    const c = `${two(d)}%2F${two(m)}%2F${y}`;
    expect(covered(`GET /verify?birthdate=${c}&x=1`, c)).toBe(true);
  });
  it('skips dates under other keys, birth years and default dates', () => {
    expect(leaks(`created_at=2024-03-12 expires=2025-03-12 updated=12.03.2024`)).toEqual([]);
    expect(leaks(`dob_verified_at=2024-03-12T10:00:00Z birth_year=1987 born in 1987`)).toEqual([]);
    expect(leaks(`{"dob":"1900-01-01","birthdate":"YYYY-MM-DD"}`)).toEqual([]);
  });
});

describe('dates of birth in table columns', () => {
  it('finds the birth column of CSV, semicolon, TSV and pipe tables (quoted fields, a log prefix)', () => {
    const rows = Array.from({ length: 3 }, () => birth());
    const vals = rows.map(({ y, m, d }, i) => (i === 0 ? `${y}-${two(m)}-${two(d)}` : i === 1 ? `${two(d)}.${two(m)}.${y}` : `${two(m)}/${two(d)}/${y}`));
    const csv = `INFO export: employee_id,name,ssn,dob,net_pay\n` + vals.map((v, i) => `E${pick('0123456789', 5)},"Lindqvist, M${i}",,${v},7156.05`).join('\n');
    for (const v of vals) expect(covered(csv, v), csv).toBe(true);
    const semi = `id;created;birthdate;name\n1;2020-01-02;${vals[0]};x`;
    expect(covered(semi, vals[0]!)).toBe(true);
    const tsv = `id\tdate_of_birth\tsignup\n1\t${vals[1]}\t2020-01-01`;
    expect(covered(tsv, vals[1]!)).toBe(true);
    const md = `| id | date_of_birth | created |\n|----|----|----|\n| 1 | ${vals[2]} | 2020-01-01 |`;
    expect(covered(md, vals[2]!)).toBe(true);
  });
  it('skips the dates of other columns and tables without a birth column', () => {
    expect(leaks(`id;created;birthdate;name\n1;2020-01-02;;x`)).toEqual([]);
    expect(leaks(`id,created_at,dob_verified_at,expires\n1,1987-03-12,2020-01-01,2021-01-01`)).toEqual([]);
    expect(leaks(`order_id,shipped,delivered\n1,2024-03-12,2024-03-14`)).toEqual([]);
  });
});

describe('street addresses without a key', () => {
  const n = (): number => randomInt(2, 300);
  it('finds DE/NL street-first, FR, ES/IT and English layouts with their postcode and city', () => {
    const cases = [
      `Lindenstraße ${n()}, ${randomInt(10000, 99999)} Leipzig`,
      `Keizersgracht ${n()}, ${randomInt(1000, 9999)} CJ Amsterdam`,
      `${n()} rue de la Paix, 750${two(randomInt(1, 21))} Paris`,
      `${n()} avenue Jean Jaurès, 69007 Lyon`,
      `Calle Mayor ${n()}, 2º C, 280${two(randomInt(1, 60))} Madrid`,
      `Via Roma ${n()}, 00184 Roma`,
      `Karl-Marx-Allee ${n()}, 10243 Berlin`,
      `${n()} Amphitheatre Pkwy, Mountain View, CA 94043`,
      `Flat ${randomInt(1, 9)}, ${n()} High Street, London SW1A 1AA`,
    ];
    const forms = ['Recipient: % — tel on file', '{"shipping":"%","carrier":"dhl"}', "INSERT INTO addresses VALUES (7, '%', now())"];
    cases.forEach((a, i) => {
      const form = forms[i % forms.length]!;
      expect(covered(form.replace('%', a), a), a).toBe(true);
    });
    const keyed = `Old Mill Rd ${n()}`;
    expect(covered(`{"street1":"${keyed}","city":"Raleigh"}`, keyed)).toBe(true);
    const line = `${n()} Maple Avenue`;
    expect(covered(`{"address_to":{"street1":"${line}","city":"Raleigh","state":"NC","zip":"27658"}}`, line)).toBe(true);
  });
  it('skips postcodes alone, counts and durations, code and prose with street words', () => {
    expect(leaks(`zip=94043 city="Mountain View" postcode 10115 Berlin`)).toEqual([]);
    expect(leaks(`retrying in 5 Minutes Dr; version 2 Release Drive; Processed 12 rows via Kafka`)).toEqual([]);
    expect(leaks(`we need 3 place holders; the connection on port 5432 was closed; String 12 too long`)).toEqual([]);
    expect(leaks(`at Object.<anonymous> (/srv/app/street.js:12:5)`)).toEqual([]);
    expect(leaks(`GET /api/v2/contacts/14699 HTTP/1.1 took 200 ms via HTTP 2`)).toEqual([]);
  });
});

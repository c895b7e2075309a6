import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const GIVEN = ['Oluwaseun', 'Margit', 'Teodoro', 'Ines', 'Halvard', 'Yusuf', 'Brígida', 'Keanu'];
const FAMILY = ['Achterberg', 'Okonkwo', 'Villanueva', 'Lindahl', 'Faraday', "O'Connell", 'Sørlie', 'Baptiste'];
const pick = <T>(a: readonly T[]): T => a[randomInt(a.length)]!;
/** A random title-case person's name, sometimes with a family-name particle. */
const person = (): string => `${pick(GIVEN)} ${randomInt(4) === 0 ? 'van der ' : ''}${pick(FAMILY)}`;
const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');

/** True when the leak findings of `text` cover all of `value`. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).some((f) => isLeak(f) && f.start <= at && f.end >= at + value.length);
}
const leaks = (text: string): string[] => scanner.scan(text).filter(isLeak).map((f) => `${f.detector}:${text.slice(f.start, f.end)}`);

describe('round f23: a name in a contact record', () => {
  it('finds the name under a name key beside an e-mail, phone, street line or IBAN', () => {
    for (let i = 0; i < 6; i++) {
      const n = person();
      const texts = [
        `ERROR invoice sync: {"billTo":{"phone":"+1 415 555 ${digits(4)}","name":"${n}","country":"US"}}`,
        `delivery failed to={'name': '${n}', 'line1': '${randomInt(1, 999)} Juniper Court', 'city': 'Leeds'}`,
        `Faraday::ClientError recipient: {"full_name"=>"${n}", "email"=>"user${digits(3)}@mailbox.org"}`,
        `payout_rejected {"beneficiary":{"contactName":"${n}","iban":"DE${digits(20)}"}}`,
      ];
      for (const t of texts) expect({ t, ok: covered(t, n) }).toEqual({ t, ok: true });
    }
  });

  it('no alarm on products, companies, teams and names far from any contact field', () => {
    expect(leaks(`{"plan":{"name":"Premium Monthly","email":"billing@acme.io"}}`)).toEqual(expect.not.arrayContaining([expect.stringMatching(/person-name/)]));
    expect(leaks(`{"name":"Acme Support","email":"help@acme.io"}`).filter((l) => l.startsWith('person-name'))).toEqual([]);
    expect(leaks(`{"name":"Warehouse North","phone":"+1 212 555 0143"}`).filter((l) => l.startsWith('person-name'))).toEqual([]);
    expect(leaks(`{"queue":{"name":"Invoice Retry","attempts":${randomInt(1, 9)}}}`).filter((l) => l.startsWith('person-name'))).toEqual([]);
    expect(leaks(`{"name":"STRIPE_WEBHOOK","email":"ops@acme.io"}`).filter((l) => l.startsWith('person-name'))).toEqual([]);
  });
});

describe('round f23: an SMS recipient in international form without +', () => {
  it('finds the number under to/dst when a sender sits beside it', () => {
    for (let i = 0; i < 6; i++) {
      const uk = `447${randomInt(1, 10)}${digits(8)}`;
      const fr = `336${digits(8)}`;
      const us = `${randomInt(2, 10)}${digits(2)}${randomInt(2, 10)}${digits(6)}`;
      const cases: [string, string][] = [
        [`POST /v2/sms body={"sender":"ACME","dst":"${uk}","body":"code ${digits(6)}"} -> 403`, uk],
        [`sms.send(to='${fr}', from_='AcmeShop') raised TimeoutError`, fr],
        [`client.messages.create(from_="+14155550${digits(3)}", to="${us}") -> 21608`, us],
      ];
      for (const [t, v] of cases) expect({ t, ok: covered(t, v) }).toEqual({ t, ok: true });
    }
  });

  it('no alarm on ids under to= without a sender, landline-like or repeated digits', () => {
    const phoneLeaks = (t: string): string[] => leaks(t).filter((l) => l.startsWith('phone'));
    expect(phoneLeaks(`range from=0 to=4915${digits(9)} rows`)).toEqual([]);
    expect(phoneLeaks(`copied order ${digits(6)} to="${randomInt(2, 10)}${digits(12)}"`)).toEqual([]);
    expect(phoneLeaks(`migrate from=v${randomInt(1, 9)} to=447777777777`)).toEqual([]);
  });
});

describe('round f23: false alarms of set 23', () => {
  it('an admins@/notifications@ role mailbox at a company domain is no leak; admins@ at free mail still is', () => {
    expect(leaks(`reauth_required notify=admins@corp${randomInt(10, 99)}.io`).filter((l) => l.startsWith('email'))).toEqual([]);
    expect(leaks(`bounce to=notifications@shop${randomInt(10, 99)}.de`).filter((l) => l.startsWith('email'))).toEqual([]);
    expect(leaks(`notify=admins@gmail.com`).filter((l) => l.startsWith('email'))).toHaveLength(1);
  });

  it('a phone-shaped number after # (an order or ticket number) is no phone; a labelled phone still is', () => {
    const n = `${randomInt(2, 10)}${digits(2)}-${randomInt(2, 10)}${digits(2)}-${digits(4)}`;
    expect(leaks(`lookup miss: order #${n} (legacy POS number)`).filter((l) => l.startsWith('phone'))).toEqual([]);
    expect(covered(`callback requested, call ${n} after 5pm`, n)).toBe(true);
  });
});

describe('round f23: base64 padding after letters that spell a password word', () => {
  it('no prose-password in a hash header whose base64 has +pw== in it; a prose password still is one', () => {
    const b64 = (n: number): string => Buffer.from(Array.from({ length: n }, () => randomInt(256))).toString('base64');
    expect(leaks(`x-goog-hash: crc32c=Zq+pw==,md5=${b64(16)} x-goog-generation: ${digits(16)}`).filter((l) => l.startsWith('prose'))).toEqual([]);
    const pw = `Tq${digits(3)}-vRk${digits(2)}x`;
    expect(covered(`the new password is ${pw} until Friday`, pw)).toBe(true);
  });
});

describe('round f23: secrets in the environment table of an error page', () => {
  const b62 = (n: number): string => Array.from({ length: n }, () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'[randomInt(62)]).join('');
  it('finds NAME value rows under secret names when the rows around them form a table', () => {
    const pw = `${b62(12)}${digits(2)}`;
    const key = `${b62(30)}${digits(2)}`;
    const text = `Ignition: Call to undefined method\nServer Variables\nQUEUE_CONNECTION\tredis\nREDIS_HOST cache.internal\nREDIS_PASSWORD ${pw}\nPUSHER_APP_KEY ${key}\nLOG_LEVEL\tdebug`;
    expect(covered(text, pw)).toBe(true);
    expect(covered(text, key)).toBe(true);
  });

  it('no alarm on a lone NAME value line, placeholders or table rows with non-secret names', () => {
    const envLeaks = (t: string): string[] => leaks(t).filter((l) => l.startsWith('env-table'));
    expect(envLeaks(`missing setting DB_PASSWORD ${b62(14)}`)).toEqual([]);
    expect(envLeaks(`APP_ENV production\nDB_HOST db.internal\nDB_PASSWORD changeme_please\nDB_PORT 5432`)).toEqual([]);
    expect(envLeaks(`APP_ENV production\nDB_HOST db.internal\nDB_DATABASE orders_${digits(3)}\nDB_PORT 5432`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { B62, DIG, rng } from './sample-rng';
import { cardNumber } from './generators';

/**
 * Round f25a (blind set 25's credential and encoding misses, fixed as classes): quoted-printable
 * bodies, entity-escaped Django debug values, multipart form-data parts, Terraform state's
 * random_password, `;` inside a properties password, bracketed card keys with `+` groups, ids and
 * cards in base64 under a key that names them. Each in contexts other than the set's, with close negatives.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(Number(process.env['F25A_SEED'] ?? 252));
const SYM = '!?*^&#$%(@';
const pw = (n = 16): string => {
  let s = r.str(B62, n);
  for (let k = 0; k < 3; k++) {
    const i = r.int(1, n - 2);
    s = s.slice(0, i) + r.pick([...SYM]) + s.slice(i + 1);
  }
  return s.slice(0, 2) + r.int(0, 9) + s.slice(3);
};
const qp = (s: string): string => s.replace(/=/g, '=3D');
const ent = (s: string): string => s.replace(/[&"'/()@$!^]/g, (c) => (c === '&' ? '&amp;' : c === '"' ? '&quot;' : `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`));

describe('round f25a: quoted-printable bodies', () => {
  it('finds a password with =3D in a quoted-printable body (a random d7u2v= starts it)', () => {
    for (let i = 0; i < 4; i++) {
      const p = `${r.str(B62, 5)}=${r.str(B62, 6)}${r.int(10, 99)}=${r.str(B62, 3)}`;
      expect(found(`Content-Transfer-Encoding: quoted-printable\n\nHello,=0A=0AYour new password is ${qp(p)} (change it soon).`, qp(p))).toBe(true);
    }
  });

  it('leaves quoted-printable prose, soft breaks and encoded links without secrets alone', () => {
    const header = 'Content-Transfer-Encoding: quoted-printable\n\n';
    expect(leaks(`${header}Your password was changed.=0A=0AIf this wasn't you, reset it at https://app.example.com/res=\net?lang=3Den`)).toEqual([]);
    expect(leaks(`${header}Caf=C3=A9 opening hours: 9=E2=80=9317. See you!`)).toEqual([]);
    expect(leaks(`FOO=\\\nBAR=3D1 make all`)).toEqual([]);
  });
});

describe('round f25a: Django debug values, multipart parts, Terraform state, properties', () => {
  it('finds an entity-escaped password in the debug page, under numbered form fields too', () => {
    for (let i = 0; i < 4; i++) {
      const p = pw();
      const v = ent(p);
      const key = r.pick(['password1', 'password2', 'new_password', 'client_secret']);
      const q = r.pick(['&#39;', '&#x27;']);
      expect(found(`<tr><td>${key}</td><td class="code"><pre>${q}${v}${q}</pre></td></tr>`, v)).toBe(true);
      expect(found(`<tr>\n  <td>${key}</td>\n  <td class="code"><pre>${q}${v}${q}</pre></td>\n</tr>`, v)).toBe(true);
    }
    expect(leaks(`<tr><td>password1</td><td class="code"><pre>&#39;********************&#39;</pre></td></tr>`)).toEqual([]);
    expect(leaks(`<tr><td>plan</td><td class="code"><pre>&#39;team &amp; enterprise&#39;</pre></td></tr>`)).toEqual([]);
  });

  it('reads a multipart part name as the key of its value', () => {
    for (let i = 0; i < 4; i++) {
      const b = `----WebKitFormBoundary${r.str(B62, 16)}`;
      const key = `live_${r.str(B62, 32)}`;
      const ssn = `${r.int(100, 665)}-${r.int(10, 99)}-${r.int(1000, 9999)}`;
      const dob = `19${r.int(50, 99)}-0${r.int(1, 9)}-1${r.int(0, 9)}`;
      const part = (name: string, v: string, nl: string): string => `--${b}${nl}Content-Disposition: form-data; name="${name}"${nl}${nl}${v}${nl}`;
      for (const nl of ['\r\n', '\n']) {
        const text = `413 body: ${nl}${part('api_key', key, nl)}${part('ssn', ssn, nl)}${part('date_of_birth', dob, nl)}${part('note', 'hello there', nl)}--${b}--`;
        expect(found(text, key), text).toBe(true);
        expect(found(text, ssn), text).toBe(true);
        expect(found(text, dob), text).toBe(true);
      }
      const escaped = `b'--${b}\\r\\nContent-Disposition: form-data; name="client_secret"\\r\\n\\r\\n${key}\\r\\n--${b}--'`;
      expect(found(escaped, key), escaped).toBe(true);
    }
    const b = '----X';
    expect(leaks(`--${b}\nContent-Disposition: form-data; name="api_key"\n\n<API_KEY>\n--${b}\nContent-Disposition: form-data; name="checksum_sha256"\n\n${'ab12'.repeat(16)}\n--${b}--`)).toEqual([]);
    expect(leaks(`--${b}\nContent-Disposition: form-data; name="invoice_number"\n\nINV-2026-${r.str(DIG, 6)}\n--${b}--`)).toEqual([]);
  });

  it("finds a random_password's result in Terraform state, not other resources' results", () => {
    for (let i = 0; i < 4; i++) {
      const p = pw(24);
      const s = `{"version":4,"resources":[{"mode":"managed","type":"random_password","name":"db","instances":[{"schema_version":3,"attributes":{"bcrypt_hash":"$2a$10$${r.str(B62, 53)}","id":"none","length":24,"result":"${p}","special":true}}]}]}`;
      expect(found(s, p)).toBe(true);
      const esc = JSON.stringify({ msg: s });
      expect(found(esc, p)).toBe(true);
    }
    expect(leaks(`{"type":"random_string","instances":[{"attributes":{"result":"${r.str(B62, 12)}"}}]}`)).toEqual([]);
    expect(leaks(`{"type":"random_password","instances":[{"attributes":{"result":"(sensitive value)"}}]}`)).toEqual([]);
  });

  it('keeps a ; inside a properties or env password, not a shell command after one', () => {
    for (let i = 0; i < 4; i++) {
      const p = `${r.str(B62, 6)}${r.int(0, 9)}?${r.str(B62, 3)};${r.str(B62, 5)}`;
      expect(found(`spring.datasource.password=${p}\nspring.mail.host=smtp`, p)).toBe(true);
      expect(found(`DB_PASSWORD=${p}\nDB_HOST=db`, p)).toBe(true);
      const s = `${r.str(B62, 12)}${r.int(0, 9)}`;
      const hits = leaks(`MYSQL_PWD=${s}; mysql -u etl`);
      expect(hits.map((f) => f.end - f.start)).toEqual([s.length]);
    }
  });
});

describe('round f25a: cards and ids in form keys and base64', () => {
  it('finds a card under a bracketed form key with + groups', () => {
    for (let i = 0; i < 4; i++) {
      const c = cardNumber(r).replace(/\D/g, '');
      const grouped = c.match(/.{1,4}/g)!.join('+');
      for (const text of [`type=card&card%5Bnumber%5D=${grouped}&card%5Bcvc%5D=123`, `card[number]=${grouped}&card[exp_month]=12`, `payment[card_number]=${grouped}`]) expect(found(text, grouped), text).toBe(true);
    }
    expect(leaks('card%5Bnumber%5D=1234+5678+9012+3456&x=1')).toEqual([]);
  });

  it('finds ids and cards in base64 under keys that name them, not other base64', () => {
    const b64 = (s: string): string => Buffer.from(s).toString('base64');
    for (let i = 0; i < 4; i++) {
      const c = cardNumber(r).replace(/\D/g, '');
      const ssn = `${r.int(100, 665)}-${r.int(10, 99)}-${r.int(1000, 9999)}`;
      expect(found(`pan=${b64(c)} (b64) exp=3/31`, b64(c))).toBe(true);
      expect(found(`{"ssn_b64":"${b64(ssn)}"}`, b64(ssn))).toBe(true);
      expect(found(`card_number_base64: ${b64(c)}`, b64(c))).toBe(true);
      expect(leaks(`{"document_b64":"${b64(`INV-${r.str(DIG, 8)}`)}"} {"ssn_b64":"${b64('hello world')}"}`)).toEqual([]);
    }
  });
});

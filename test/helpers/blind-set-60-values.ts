import { DIGITS, UPPER } from './blind-set-9-rng';
import { Ctx60Base } from './blind-set-60-ctx';
import { AREAS60, CITIES60, DOMAINS60, FIRST60, IP160, LAST60, STREETS60, luhnDigit60, mod97of60 } from './blind-set-60-data';

export type { Planted60 } from './blind-set-60-ctx';
export { crcTail60, luhnDigit60, mod97of60 } from './blind-set-60-data';

/** A case's generator context: the credential generators plus personal and financial ones. */
export class Ctx60 extends Ctx60Base {
  // ---- personal ----
  first(): string {
    return this.pe(this.pick(FIRST60), 'first-name');
  }
  last(): string {
    return this.pe(this.pick(LAST60), 'last-name');
  }
  name(): string {
    return this.pe(`${this.pick(FIRST60)} ${this.pick(LAST60)}`, 'person-name');
  }
  email(): string {
    const f = this.pick(FIRST60).toLowerCase().replace(/[^a-z]/g, '');
    const l = this.pick(LAST60).toLowerCase().replace(/[^a-z]/g, '');
    const local = this.pick([`${f}.${l}`, `${f}${l}${this.int(7, 99)}`, `${f[0]}${l}`, `${l}.${f}${this.int(1970, 2004)}`, `${f}_${l}`]);
    return this.pe(`${local}@${this.pick(DOMAINS60)}`, 'email');
  }
  /** An e-mail address as a form body percent-encodes it. */
  emailEnc(): string {
    const e = this.email();
    this.values[this.values.length - 1]!.value = e.replace('@', '%40');
    return e.replace('@', '%40');
  }
  phone(): string {
    const r = this.r;
    const a = this.pick(AREAS60);
    const x = `${r.int(2, 9)}${r.digits(2)}`.replace(/^555$/, '556');
    const p = this.pick([
      () => `+1${a}${x}${r.digits(4)}`,
      () => `(${a}) ${x}-${r.digits(4)}`,
      () => `+1 ${a}-${x}-${r.digits(4)}`,
      () => `+447${r.int(1, 9)}${r.digits(8)}`,
      () => `07${r.int(1, 9)}${r.digits(2)} ${r.digits(6)}`,
      () => `+49 15${r.int(1, 9)} ${r.digits(8)}`,
      () => `+33 6 ${r.digits(2)} ${r.digits(2)} ${r.digits(2)} ${r.digits(2)}`,
      () => `+61 4${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`,
      () => `+5511 9${r.digits(4)}-${r.digits(4)}`,
    ])();
    return this.pe(p, 'phone');
  }
  street(): string {
    return this.pe(`${this.int(3, 4890)} ${this.pick(STREETS60)}`, 'street-address');
  }
  address(): string {
    return this.pe(`${this.int(3, 4890)} ${this.pick(STREETS60)}, ${this.pick(CITIES60)}`, 'postal-address');
  }
  dob(): string {
    const y = this.int(1948, 2004);
    const m = String(this.int(1, 12)).padStart(2, '0');
    const d = String(this.int(1, 28)).padStart(2, '0');
    return this.pe(this.pick([`${y}-${m}-${d}`, `${d}/${m}/${y}`, `${m}/${d}/${y}`, `${d}.${m}.${y}`]), 'date-of-birth');
  }
  ip(): string {
    return this.pe(`${this.pick(IP160)}.${this.int(1, 254)}.${this.int(0, 254)}.${this.int(1, 254)}`, 'ip-address');
  }
  ssn(): string {
    let a = this.int(1, 899);
    if (a === 666) a = 667;
    return this.pe(`${String(a).padStart(3, '0')}-${String(this.int(1, 99)).padStart(2, '0')}-${String(this.int(1, 9999)).padStart(4, '0')}`, 'us-ssn');
  }
  nino(): string {
    const L1 = 'ABCEGHJKLMNOPRSTWXYZ';
    const L2 = 'ABCEGHJKLMNPRSTWXYZ';
    let pre = this.r.chars(L1, 1) + this.r.chars(L2, 1);
    if (['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'].includes(pre)) pre = 'AB';
    const d = this.r.digits(6);
    const s = this.pick(['A', 'B', 'C', 'D']);
    return this.pe(this.pick([`${pre}${d}${s}`, `${pre} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${s}`]), 'uk-nino');
  }
  dni(): string {
    const n = this.int(10000000, 99999999);
    return this.pe(`${n}${'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}`, 'es-dni');
  }
  bsn(): string {
    for (;;) {
      const d = this.r.digits(8);
      let s = 0;
      for (let i = 0; i < 8; i++) s += Number(d[i]) * (9 - i);
      const last = s % 11;
      if (last < 10 && d[0] !== '0') return this.pe(d + last, 'nl-bsn');
    }
  }
  pnr(): string {
    const body = `${this.int(50, 99)}${String(this.int(1, 12)).padStart(2, '0')}${String(this.int(1, 28)).padStart(2, '0')}${this.r.digits(3)}`;
    return this.pe(`${body.slice(0, 6)}-${body.slice(6)}${luhnDigit60(body)}`, 'se-personnummer');
  }
  sin(): string {
    const body = `${this.int(1, 7)}${this.r.digits(7)}`;
    const n = body + luhnDigit60(body);
    return this.pe(`${n.slice(0, 3)} ${n.slice(3, 6)} ${n.slice(6)}`, 'ca-sin');
  }
  cpf(): string {
    const d = this.r.digits(9).split('').map(Number);
    const dv = (xs: number[]) => {
      let s = 0;
      for (let i = 0; i < xs.length; i++) s += xs[i]! * (xs.length + 1 - i);
      const r = (s * 10) % 11;
      return r === 10 ? 0 : r;
    };
    d.push(dv(d));
    d.push(dv(d));
    const s = d.join('');
    return this.pe(`${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`, 'br-cpf');
  }
  nationalId(): string {
    return this.pick([() => this.ssn(), () => this.nino(), () => this.dni(), () => this.bsn(), () => this.pnr(), () => this.sin(), () => this.cpf()])();
  }

  // ---- financial ----
  card(sep = ''): string {
    const r = this.r;
    const [pre, len] = this.pick<[string, number]>([[`4${r.int(0, 9)}${r.int(0, 9)}${r.int(1, 9)}`, 16], [`5${r.int(1, 5)}`, 16], [`22${r.int(21, 99)}`, 16], [`3${this.pick(['4', '7'])}`, 15], ['6011', 16]]);
    const body = (pre === '4242' ? '4243' : pre) + r.digits(len - 1 - pre.length);
    const n = body + luhnDigit60(body);
    const groups = len === 15 ? [n.slice(0, 4), n.slice(4, 10), n.slice(10)] : (n.match(/.{4}/g) as string[]);
    return this.fi(groups.join(sep), 'card-number');
  }
  iban(spaced = false): string {
    const r = this.r;
    const [cc, bban] = this.pick<[string, string]>([
      ['DE', r.digits(18)], ['GB', `${this.pick(['NWBK', 'BARC', 'LOYD', 'HBUK'])}${r.digits(14)}`], ['FR', r.digits(10) + r.chars(UPPER + DIGITS, 11) + r.digits(2)],
      ['NL', `${this.pick(['ABNA', 'INGB', 'RABO'])}${r.digits(10)}`], ['ES', r.digits(20)], ['IT', r.chars(UPPER, 1) + r.digits(10) + r.chars(DIGITS + UPPER, 12)], ['BE', r.digits(12)],
    ]);
    const chk = String(98 - mod97of60(`${bban}${cc}00`)).padStart(2, '0');
    const s = `${cc}${chk}${bban}`;
    return this.fi(spaced ? (s.match(/.{1,4}/g) as string[]).join(' ') : s, 'iban');
  }
  aba(): string {
    const pre = this.pick(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '26', '31']);
    const d = pre + this.r.digits(6);
    const w = [3, 7, 1, 3, 7, 1, 3, 7];
    let s = 0;
    for (let i = 0; i < 8; i++) s += Number(d[i]) * w[i]!;
    return this.fi(d + String((10 - (s % 10)) % 10), 'aba-routing');
  }
  account(): string {
    return this.fi(`${this.int(1, 9)}${this.r.digits(this.int(7, 11))}`, 'bank-account');
  }
}


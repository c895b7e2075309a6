import { LOWER, Rng9 } from './blind-set-9-rng';
import * as g from './blind-set-52-gen-pf';
import { cred } from './blind-set-52-gen-cred';

/** One planted value. */
export interface Planted52 {
  value: string;
  kind: string;
  group: 'credential' | 'personal' | 'financial';
}

/** A person drawn for a case (not planted until a method uses it). */
export interface Person52 {
  first: string;
  last: string;
}

/** One positive template: area (the report's source), name and a text builder that plants through the context. */
export interface Template52 {
  area: string;
  name: string;
  /** How many instances the set holds (default 6). */
  rounds?: number;
  make: (c: Ctx52) => string;
}

/** One negative template. */
export interface NegTemplate52 {
  area: string;
  name: string;
  make: (r: Rng9) => string;
}

const STAFF_DOMAINS = ['dfci.harvard.edu', 'broadinstitute.org', 'stanford.edu', 'ucsf.edu', 'mskcc.org', 'sanger.ac.uk', 'ebi.ac.uk', 'nih.gov', 'mayo.edu', 'jhmi.edu', 'fredhutch.org', 'crick.ac.uk', 'embl.de', 'scripps.edu', 'wustl.edu', 'regeneron.com', 'gene.com'];
const PUBLIC_DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'hotmail.co.uk', 'web.de', 'proton.me', 'comcast.net'];

/** The generator context of one case attempt: a seeded stream and the values planted so far. */
export class Ctx52 {
  readonly r: Rng9;
  readonly values: Planted52[] = [];
  readonly g = g;
  readonly k = cred;

  constructor(seed: number) {
    this.r = new Rng9(seed);
  }

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  int(lo: number, hi: number): number {
    return this.r.int(lo, hi);
  }

  /** Plants a credential value. */
  cr(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'credential' });
    return value;
  }

  /** Plants a personal value. */
  pi(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'personal' });
    return value;
  }

  /** Plants a financial value. */
  fi(kind: string, value: string): string {
    this.values.push({ value, kind, group: 'financial' });
    return value;
  }

  who(): Person52 {
    return { first: this.r.pick(g.FIRST52), last: this.r.pick(g.LAST52) };
  }

  name(p: Person52 = this.who(), style: 'full' | 'lastfirst' | 'upper' = 'full'): string {
    const v = style === 'lastfirst' ? `${p.last}, ${p.first}` : style === 'upper' ? `${p.last.toUpperCase()}, ${p.first.toUpperCase()}` : `${p.first} ${p.last}`;
    return this.pi('person_name', v);
  }

  /** A person's email: staff at an institution or a participant at a public mailbox. */
  mail(p: Person52 = this.who(), kind: 'staff' | 'public' = 'staff'): string {
    const f = p.first.toLowerCase().replace(/[^a-z]/g, '');
    const l = p.last.toLowerCase().replace(/[^a-z]/g, '');
    const local = kind === 'staff' ? this.r.pick([`${f}.${l}`, `${f[0]}${l}`, `${f}_${l}`, `${l}${f[0]}`]) : this.r.pick([`${f}.${l}${this.r.int(1, 99)}`, `${f}${l}${this.r.int(60, 99)}`, `${f[0]}${l}.${this.r.chars(LOWER, 2)}`]);
    return this.pi('email', `${local}@${this.r.pick(kind === 'staff' ? STAFF_DOMAINS : PUBLIC_DOMAINS)}`);
  }

  phone(intl = false): string {
    return this.pi('phone', intl ? g.phoneIntl52(this.r) : g.phoneUS52(this.r));
  }

  addr(uk = false): string {
    return this.pi('address', uk ? g.addressUK52(this.r) : g.addressUS52(this.r));
  }

  dob(style: 'iso' | 'us' | 'dmy' | 'cdisc' = 'iso'): string {
    return this.pi('date_of_birth', g.dob52(this.r, style));
  }

  ssn(): string {
    return this.pi('ssn', g.ssn52(this.r));
  }

  ip(v6 = false): string {
    return this.pi('ip_address', v6 ? g.ipv6Public52(this.r) : g.ipv4Public52(this.r));
  }

  /** A card number, returned as it is written in the text (formatting kept in the planted value). */
  card(brand?: 'visa' | 'mc' | 'amex' | 'disc', fmt = true): string {
    const n = g.card52(this.r, brand);
    return this.fi('card_number', fmt ? g.cardFmt52(this.r, n) : n);
  }

  cvv(amex = false): string {
    return this.fi('card_cvv', g.cvv52(this.r, amex));
  }

  iban(country?: string, fmt = true): string {
    const v = g.iban52(this.r, country);
    return this.fi('iban', fmt ? g.ibanFmt52(this.r, v) : v);
  }

  aba(): string {
    return this.fi('routing_number', g.aba52(this.r));
  }

  acct(): string {
    return this.fi('bank_account', g.account52(this.r));
  }

  ein(): string {
    return this.fi('tax_id', g.ein52(this.r));
  }

  exp(): string {
    return `${String(this.int(1, 12)).padStart(2, '0')}/${this.int(26, 31)}`;
  }

  pw(n = 16, url = false): string {
    return this.cr('password', url ? this.r.urlPassword(n) : this.r.password(n));
  }

  /** A non-secret hex id, uuid, timestamp etc. for surrounding noise. */
  uuid(): string {
    return this.r.uuid();
  }

  hex(n: number): string {
    return this.r.hex(n);
  }

  digits(n: number): string {
    return this.r.digits(n);
  }

  ts(): string {
    const d = new Date(Date.UTC(2024, 0, 1) + this.int(0, 600) * 86400000 + this.int(0, 86399) * 1000 + this.int(0, 999));
    return d.toISOString();
  }
}

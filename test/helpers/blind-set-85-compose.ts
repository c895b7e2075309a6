import { fill, PHRASES } from './blind-set-85-lang';
import { card, iban, routing, sortCode, usAccount } from './blind-set-85-money';
import type { Person85 } from './blind-set-85-people';
import type { Rng85 } from './blind-set-85-rng';
import { password, pastedKey } from './blind-set-85-tokens';
import type { Case85 } from './blind-set-85-types';

/** Blind set 85: the messages customers and agents write, with the values they paste planted as they go. */

export interface Company85 {
  name: string;
  domain: string;
  line: string;
  office: string;
}

export const COMPANIES: readonly Company85[] = [
  { name: 'Brightloom GmbH', domain: 'brightloom.de', line: '0800 664 2210', office: 'Am Sandtorkai 38, 20457 Hamburg' },
  { name: 'Nordpak B.V.', domain: 'nordpak.nl', line: '0800 0231', office: 'Stationsplein 45, 3013 AK Rotterdam' },
  { name: 'Maison Lumen SAS', domain: 'maisonlumen.fr', line: '0 800 94 11 20', office: '12 rue du Faubourg, 75010 Paris' },
  { name: 'Verdello S.r.l.', domain: 'verdello.it', line: '800 913 442', office: 'Via Tortona 27, 20144 Milano' },
  { name: 'Tienda Sol S.L.', domain: 'tiendasol.es', line: '900 812 331', office: 'Calle Serrano 41, 28001 Madrid' },
  { name: 'Lojas Aurora Lda.', domain: 'lojasaurora.pt', line: '800 207 118', office: 'Av. da República 50, 1050-196 Lisboa' },
  { name: 'Pakiet Sp. z o.o.', domain: 'pakiet.pl', line: '801 330 220', office: 'ul. Prosta 18, 00-850 Warszawa' },
  { name: 'Hikari Shoji K.K.', domain: 'hikari-shoji.co.jp', line: '0120-558-219', office: '東京都千代田区丸の内1-9-2' },
  { name: 'Kavala Tekstil A.Ş.', domain: 'kavalatekstil.com.tr', line: '444 0 528', office: 'Büyükdere Cad. No:185, 34394 Şişli/İstanbul' },
  { name: 'Acme Outfitters Inc.', domain: 'acmeoutfitters.com', line: '1-800-227-4630', office: '400 Pine St, Suite 900, Seattle, WA 98101' },
  { name: 'Fernway Ltd', domain: 'fernway.co.uk', line: '0800 046 5521', office: '3 Brindley Place, Birmingham B1 2JB' },
];

export function date(t: number): string {
  return new Date(t * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function rfc2822(t: number): string {
  const d = new Date(t * 1000);
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${days[d.getUTCDay()]}, ${d.getUTCDate()} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

type Leak = 'pw' | 'login' | 'key' | 'card' | 'cardNoCvc' | 'iban' | 'phone' | 'addr' | 'dob' | 'nid' | 'email';
const LEAKS: readonly (readonly [Leak, number])[] = [
  ['pw', 4], ['login', 0.7], ['key', 5.2], ['card', 3.1], ['cardNoCvc', 0.8], ['iban', 3.1], ['phone', 0.35], ['addr', 0.35], ['dob', 0.3], ['nid', 0.65], ['email', 0.05],
];

/** One sentence leaking something, in the customer's language; its values planted in `c`. */
export function leakLine(c: Case85, p: Person85, t: number, kind?: Leak): string {
  const r = c.rng;
  const k = kind ?? r.weighted(LEAKS);
  const ph = PHRASES[p.lang];
  switch (k) {
    case 'pw':
      return fill(r.pick(ph.pw), { pw: c.cred(password(r), 'password') });
    case 'login':
      return fill(r.pick(ph.login), { email: c.pii(p.email, 'email'), pw: c.cred(password(r), 'password') });
    case 'key': {
      const [v, kd, label] = pastedKey(r);
      return fill(r.pick(ph.key), { label, key: c.cred(v, kd) });
    }
    case 'card':
    case 'cardNoCvc': {
      const cd = card(r);
      if (k === 'cardNoCvc') return fill(r.pick(ph.cardNoCvc), { card: c.fin(cd.printed, 'card') });
      return fill(r.pick(ph.card), { card: c.fin(cd.printed, 'card'), exp: cd.exp, cvc: c.fin(cd.cvc, 'cvc') });
    }
    case 'iban': {
      if (p.locale === 'en-US') {
        if (r.chance(0.5)) return `Routing number ${c.fin(routing(r), 'routing-number')}, account ${c.fin(usAccount(r), 'account-number')} (checking).`;
        return `ABA ${c.fin(routing(r), 'routing-number')} / acct # ${c.fin(usAccount(r), 'account-number')}`;
      }
      if (p.locale === 'en-GB' && r.chance(0.5)) return `Sort code ${c.fin(sortCode(r), 'sort-code')}, account number ${c.fin(r.num(8), 'account-number')}.`;
      if (p.locale === 'ja-JP') return `振込先：${r.pick(['三菱UFJ銀行', 'みずほ銀行', '三井住友銀行', 'ゆうちょ銀行'])} ${r.pick(['渋谷', '新宿', '梅田', '栄'])}支店 普通 ${c.fin(r.num(7), 'account-number')}`;
      return fill(r.pick(ph.iban), { iban: c.fin(iban(r, p.ibanCountry, r.chance(0.55)), 'iban') });
    }
    case 'phone':
      return fill(r.pick(ph.phone), { phone: c.pii(r.chance(0.5) ? p.phone : p.phoneE164, 'phone') });
    case 'addr':
      return fill(r.pick(ph.addr), { addr: c.pii(p.address, 'address') });
    case 'dob':
      return fill(r.pick(ph.dob), { dob: c.pii(p.dobText, 'birth-date') });
    case 'nid':
      return fill(r.pick(ph.nid), { idlabel: p.nid.label, nid: c.pii(p.nid.value, p.nid.kind) });
    default:
      return fill(r.pick(ph.email), { email: c.pii(p.email, 'email') });
  }
}

/** A customer's message: greeting, one to three leaking sentences, sign-off and name. */
export function customerText(c: Case85, p: Person85, t: number, n?: number, sign = true): string {
  const r = c.rng;
  const ph = PHRASES[p.lang];
  const count = n ?? r.weighted([[1, 3], [2, 4], [3, 2]] as const);
  const lines = [r.pick(ph.hi), ''];
  for (let i = 0; i < count; i++) lines.push(leakLine(c, p, t));
  if (sign) {
    lines.push('', r.pick(ph.bye), c.pii(p.full, 'person-name'));
    if (r.chance(0.1)) lines.push(c.pii(r.chance(0.5) ? p.phone : p.phoneE164, 'phone'));
  }
  return lines.join('\n');
}

export function quote(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

/** An agent's reply over the customer's quoted message, signed with the company's published line. */
export function agentReply(c: Case85, p: Person85, co: Company85, quoted: string, t: number): string {
  const r = c.rng;
  const ph = PHRASES[p.lang];
  const agentFirst = r.pick(['Laura', 'Sam', 'Noor', 'Kai', 'Ines', 'Marek', 'Yuki', 'Deniz']);
  const wrote = fill(ph.wrote, { date: rfc2822(t - r.int(600, 90000)), name: c.pii(p.full, 'person-name'), email: c.pii(p.email, 'email') });
  return [r.pick(ph.agent), '', `${agentFirst} | ${co.name} Support`, `${co.line} · ${co.office}`, '', wrote, quote(quoted)].join('\n');
}

/** A forwarded block: a customer's message forwarded by a colleague or by the customer. */
export function forwarded(c: Case85, p: Person85, co: Company85, inner: string, t: number, subject: string): string {
  const r = c.rng;
  const ph = PHRASES[p.lang];
  return [r.chance(0.5) ? 'FYI, see below.' : '', '', ph.fwd, `From: ${c.pii(p.full, 'person-name')} <${c.pii(p.email, 'email')}>`, `Date: ${rfc2822(t - r.int(3600, 400000))}`, `Subject: ${subject}`, `To: <support@${co.domain}>`, '', inner].join('\n');
}

export function baseTime(r: Rng85): number {
  return 1711929600 + r.int(0, 60 * 86400);
}

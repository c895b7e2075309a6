import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { B62, DIG, HEX, UPPER, rng, type Rng } from './sample-rng';
import { cardNumber, iban, ssn } from './generators';

/**
 * What outside reviewers try first: common secrets and personal data, each encoded the ways webhooks, forms,
 * mail and terminals carry them, inside the string of a JSON webhook event. Each value must be covered whole
 * (for base64, the whole blob that holds it) in every encoding. Values are drawn fresh for every seed.
 * MATRIX_REPORT=1 prints the misses.
 */
const scanner = createScanner({ cleanTexts: false });
const r = rng(Number(process.env['MATRIX_SEED'] ?? 7));

interface Case {
  name: string;
  key: string;
  value: (g: Rng) => string;
}

const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');
const pw = (g: Rng): string => `${g.str(UPPER, 1)}${g.str(B62, 9)}${g.pick(['!', '@', '#', '&', '+', '%', '/'])}${g.str(DIG, 2)}${g.pick(['?', '=', '$', '*'])}${g.str(B62, 2)}`;
const jwtOf = (g: Rng): string =>
  `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from(`{"sub":"${g.str(DIG, 8)}","name":"svc","iat":${g.int(1700000000, 1790000000)}}`).toString('base64url')}.${g.str(B62 + '-_', 43)}`;
const pemOf = (g: Rng): string => {
  const lines = Array.from({ length: 6 }, () => g.str(B62 + '+/', 64));
  return `-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA${g.str(B62, 48)}\n${lines.join('\n')}\n-----END RSA PRIVATE KEY-----`;
};

const CASES: Case[] = [
  { name: 'aws-access-key-id', key: 'aws_access_key_id', value: (g) => `AKIA${g.str(UPPER + '234567', 16)}` },
  { name: 'aws-secret-key', key: 'aws_secret_access_key', value: (g) => g.str(B62 + '+/', 40) },
  { name: 'github-token', key: 'github_token', value: (g) => `ghp_${g.str(B62, 36)}` },
  { name: 'gitlab-token', key: 'gitlab_token', value: (g) => `glpat-${g.str(B62 + '_-', 20)}` },
  { name: 'slack-token', key: 'slack_token', value: (g) => `xoxb-${g.str(DIG, 12)}-${g.str(DIG, 13)}-${g.str(B62, 24)}` },
  { name: 'stripe-key', key: 'stripe_key', value: (g) => `sk_live_${g.str(B62, 24)}` },
  { name: 'twilio-auth-token', key: 'twilio_auth_token', value: (g) => g.str(HEX, 32) },
  { name: 'sendgrid-key', key: 'sendgrid_api_key', value: (g) => `SG.${g.str(B62 + '_-', 22)}.${g.str(B62 + '_-', 43)}` },
  { name: 'password', key: 'password', value: pw },
  { name: 'jwt', key: 'id_token', value: jwtOf },
  { name: 'pem-key', key: 'private_key', value: pemOf },
  { name: 'ssn', key: 'ssn', value: (g) => ssn(g) },
  { name: 'email', key: 'email', value: (g) => `${g.pick(['dana.whitfield', 'k.oyelaran', 'mbergstrom'])}${g.str(DIG, 2)}@${g.pick(['gmail.com', 'outlook.com', 'proton.me'])}` },
  { name: 'phone', key: 'phone', value: (g) => `+1 ${g.pick(['312', '415', '646'])} ${g.int(200, 989)} ${g.str(DIG, 4)}` },
  { name: 'iban', key: 'iban', value: (g) => iban(g, false) },
  { name: 'card', key: 'card_number', value: (g) => cardNumber(g).replace(/ /g, '') },
];

/** An encoding: the text `pre + value + post` as it is carried, in three parts (the value's part is what must be covered). */
type Encoding = (key: string, v: string) => [string, string, string];

const pct = (s: string): string => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const U_ESC = /[^A-Za-z0-9 ._-]/g;
const uEsc = (s: string): string => s.replace(U_ESC, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const HTML: Record<string, string> = { '"': '&quot;', '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&#39;', '@': '&#x40;', '\n': '&#10;' };
const html = (s: string): string => s.replace(/["&<>'@\n]/g, (c) => HTML[c]!);
/** Quoted-printable (RFC 2045): `=` and non-printables as `=XX`, lines soft-broken (`=\n`) at 76 characters. */
function qp(parts: [string, string, string]): [string, string, string] {
  const out: string[] = ['', '', ''];
  let col = 0;
  parts.forEach((p, i) => {
    for (const ch of Buffer.from(p, 'utf8')) {
      const c = String.fromCharCode(ch);
      if (ch === 10) {
        out[i] += '\n';
        col = 0;
        continue;
      }
      const e = ch === 61 || ch < 32 || ch > 126 ? `=${ch.toString(16).toUpperCase().padStart(2, '0')}` : c;
      if (col + e.length > 75) {
        out[i] += '=\n';
        col = 0;
      }
      out[i] += e;
      col += e.length;
    }
  });
  return out as [string, string, string];
}

const ENCODINGS: Record<string, Encoding> = {
  'query': (k, v) => [`https://hooks.example.net/cb?id=${r.str(DIG, 6)}&${k}=`, pct(v), '&ok=1'],
  'form': (k, v) => [`utf8=%E2%9C%93&${k}=`, pct(v), '&commit=Save'],
  'double-percent': (k, v) => [`next=${pct('/login?')}${pct(`${k}=`)}`, pct(pct(v)), pct('&s=1')],
  'base64-json': (k, v) => {
    const blob = b64(JSON.stringify({ user: 'svc-sync', [k]: v }));
    return ['body_b64=', blob, ''];
  },
  'u-escaped-json': (k, v) => [`{"${k}":"`, uEsc(v), '","ok":false}'],
  'html-entities': (k, v) => [`<pre>{&quot;${k}&quot;:&quot;`, html(v), '&quot;}</pre>'],
  'quoted-printable': (k, v) => {
    const [a, b, c] = qp([`Content-Transfer-Encoding: quoted-printable\n\nHi team, the sync config that failed (ticket ${r.str(DIG, 5)}) had ${k}=`, v, ' in it.\n']);
    return [a, b, c];
  },
  'ansi-colour': (k, v) => [`\x1b[1m${k}\x1b[0m=\x1b[31m`, v, '\x1b[0m (from env)'],
};

/** Extra encodings of a password: HTTP Basic (base64 of `user:pass`). */
const BASIC: Encoding = (_k, v) => ['Authorization: Basic ', b64(`svc-sync:${v}`), ''];

/** True when the value's part of `parts`, carried in a JSON webhook's string, is covered whole. */
function covered(parts: [string, string, string]): boolean {
  const js = (s: string): string => JSON.stringify(s).slice(1, -1);
  const head = `{"event":"form.submitted","id":"evt_${r.str(B62, 12)}","payload":"`;
  const pre = head + js(parts[0]);
  const mid = js(parts[1]);
  const text = pre + mid + js(parts[2]) + '"}';
  const mask = new Uint8Array(text.length);
  for (const f of scanner.scan(text).filter(isLeak)) mask.fill(1, f.start, f.end);
  for (let i = pre.length; i < pre.length + mid.length; i++) if (!mask[i] && !/\s/.test(text[i]!)) return false;
  return true;
}

/**
 * Cells not covered yet: a SendGrid key cut by a quoted-printable soft line break. (At round f24l's end,
 * personal data inside a base64 JSON blob was missed too; base64-wrapped-personal-data now reads such a
 * blob wherever it stands.) The test fails when one of them starts to pass, so the list is kept honest.
 */
const KNOWN_GAPS = new Set(['sendgrid-key / quoted-printable']);

describe('encodings matrix: secrets and personal data in a JSON webhook string', () => {
  it('covers every value whole in every encoding', () => {
    const misses: string[] = [];
    const gaps = new Set<string>();
    let total = 0;
    for (let round = 0; round < 3; round++) {
      for (const c of CASES) {
        const encs: [string, Encoding][] = Object.entries(ENCODINGS);
        if (c.name === 'password') encs.push(['basic-auth', BASIC]);
        for (const [ename, enc] of encs) {
          total++;
          const v = c.value(r);
          const cell = `${c.name} / ${ename}`;
          const ok = covered(enc(c.key, v));
          if (!ok) misses.push(`${cell}: ${JSON.stringify(v).slice(0, 60)}`);
          if (KNOWN_GAPS.has(cell) && !ok) gaps.add(cell);
        }
      }
    }
    if (process.env['MATRIX_REPORT']) console.log(`encodings matrix: ${total - misses.length}/${total} covered\n${misses.join('\n')}`);
    expect(misses.filter((m) => !KNOWN_GAPS.has(m.slice(0, m.indexOf(':'))))).toEqual([]);
    expect([...gaps].sort()).toEqual([...KNOWN_GAPS].sort());
  });
});

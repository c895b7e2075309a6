import { bareOk, csvEnc, dblSqEnc, formEnc, idEnc, jsonEnc, mdEnc, names79, shDqEnc, sqEnc, urlEnc, withSib, type Container79, type Enc, type Field79, type Rendered79 } from './blind-set-79-enc';
import { ALL_CONVS, type Conv } from './blind-set-79-keys';
import type { Rng79 } from './blind-set-79-rng';

/** A shell/env value: bare when safe, else double or single quoted. */
function shVal(r: Rng79, raw: string, multiline = false): { s: string; e: Enc } {
  if (!multiline && bareOk(raw) && r.next() < 0.6) return { s: raw, e: idEnc };
  if (!multiline && !raw.includes("'") && r.next() < 0.5) return { s: `'${raw}'`, e: idEnc };
  return { s: `"${shDqEnc(raw)}"`, e: shDqEnc };
}

/** A line-based container: each field becomes `render(key, value)` joined by `sep`. */
function lined(name: string, convs: readonly Conv[], multiline: boolean, head: (r: Rng79) => string, one: (r: Rng79, k: string, f: Field79) => { s: string; e: Enc }, sep: (r: Rng79) => string, tail: (r: Rng79) => string = () => ''): Container79 {
  return {
    name,
    multiline,
    render: withSib((fs, r): Rendered79 => {
      const ks = names79(r, fs, convs);
      const parts = fs.map((f, i) => one(r, ks[i]!, f));
      return { text: head(r) + parts.map((p) => p.s).join(sep(r)) + tail(r), encs: parts.map((p) => p.e) };
    }),
  };
}

const envLines = lined('env', ['screaming', 'screaming', 'snake', 'camel'], true, () => '', (r, k, f) => { const v = shVal(r, f.raw, f.multiline); return { s: `${k}=${v.s}`, e: v.e }; }, () => '\n');
const exportLines = lined('export', ['screaming', 'screaming', 'snake', 'pascal'], true, (r) => r.pick(['', '#!/usr/bin/env bash\nset -euo pipefail\n', '+ ']), (r, k, f) => { const v = shVal(r, f.raw, f.multiline); return { s: `export ${k}=${v.s}`, e: v.e }; }, () => '\n');
const cli = lined('cli', ['kebab'], false, (r) => `${r.pick(['Running:', 'exec', '$', 'argv:', 'Command failed:'])} ${r.pick(['/usr/local/bin/deploy', 'pg_dump', 'mysql', './migrate', 'curl', 'java -jar app.jar', 'terraform apply'])} `, (r, k, f) => {
  const v = bareOk(f.raw) ? { s: f.raw, e: idEnc } : shVal(r, f.raw);
  const short = /^(password|pass|pwd)$/.test(k) && r.next() < 0.4;
  if (short) return { s: `-p ${v.s}`, e: v.e };
  return r.next() < 0.5 ? { s: `--${k}=${v.s}`, e: v.e } : { s: `--${k} ${v.s}`, e: v.e };
}, () => ' ', (r) => r.pick(['', ' --verbose', ' 2>&1', ' --dry-run=false']));
const query = lined('query', ['snake', 'camel'], false, (r) => `${r.pick(['GET', 'POST', 'GET'])} ${r.pick(['/oauth/callback', '/v2/hooks/ingest', '/api/login', '/connect/token', '/checkout/confirm'])}?`, (_r, k, f) => ({ s: `${k}=${urlEnc(f.raw)}`, e: urlEnc }), () => '&', (r) => r.pick([' HTTP/1.1" 500', ' -> 401 Unauthorized', '&state=af0ifjsldkj', '']));
const form = lined('form', ['snake', 'camel'], false, (r) => `${r.pick(['POST /login', 'POST /oauth/token', 'PUT /account', 'POST /payments'])} ${r.pick(['body=', 'form: ', 'request body: ', 'data='])}`, (_r, k, f) => ({ s: `${k}=${formEnc(f.raw)}`, e: formEnc }), () => '&');
const headers = lined('headers', ['header'], false, (r) => r.pick(['> ', 'Request headers:\n', 'HTTP/1.1 POST /v1/charges\n']), (r, k, f) => {
  if (f.auth && /^[A-Za-z0-9._~+/-]+=*$/.test(f.raw) && r.next() < 0.4) return { s: `${r.pick(['Authorization', 'Authorization', 'Proxy-Authorization'])}: ${f.auth} ${f.raw}`, e: idEnc };
  return { s: `${k.startsWith('X-') || r.next() < 0.5 ? k : `X-${k}`}: ${f.raw}`, e: idEnc };
}, (r) => r.pick(['\n', '\n> ']));
const cookie = lined('cookie', ['snake', 'camel', 'kebab'], false, (r) => r.pick(['Cookie: ', 'cookie=', 'Set-Cookie: ']), (_r, k, f) => ({ s: `${k}=${urlEnc(f.raw)}`, e: urlEnc }), () => '; ', (r) => r.pick(['', '; Path=/; HttpOnly; Secure', '; SameSite=Lax']));
const logfmt = lined('logfmt', ['snake', 'dotted'], false, (r) => `level=${r.pick(['error', 'warn', 'info'])} msg="${r.pick(['request failed', 'config loaded', 'upstream rejected credentials', 'retrying'])}" `, (_r, k, f) => (bareOk(f.raw) && !f.raw.includes('=') ? { s: `${k}=${f.raw}`, e: idEnc } : { s: `${k}="${jsonEnc(f.raw)}"`, e: jsonEnc }), () => ' ');
const goStruct = lined('go', ['pascal'], false, (r) => r.pick(['&{', '{', `${r.pick(['config', 'req', 'user'])}=&{`]), (_r, k, f) => ({ s: `${k}:${f.raw}`, e: idEnc }), () => ' ', () => '}');
const csharp = lined('csharp', ['pascal'], false, (r) => r.pick(['{ ', `${r.pick(['Customer', 'SmtpSettings', 'PaymentRequest'])} { `]), (_r, k, f) => ({ s: `${k} = ${f.raw}`, e: idEnc }), () => ', ', () => ' }');
const javaTs = lined('java', ['camel'], false, (r) => `${r.pick(['User', 'DataSourceProperties', 'PaymentDetails', 'ApiClientConfig'])}{`, (_r, k, f) => ({ s: `${k}='${f.raw}'`, e: idEnc }), () => ', ', () => '}');
const lombok = lined('lombok', ['camel'], false, (r) => `${r.pick(['Customer', 'SmtpConfig', 'CardHolder'])}(`, (_r, k, f) => ({ s: `${k}=${f.raw}`, e: idEnc }), () => ', ', () => ')');
const rust = lined('rust', ['snake'], true, (r) => `${r.pick(['Config', 'Credentials', 'Customer', 'UpstreamAuth'])} { `, (_r, k, f) => ({ s: `${k}: "${jsonEnc(f.raw)}"`, e: jsonEnc }), () => ', ', () => ' }');
const elixir = lined('elixir', ['snake'], true, () => '%{', (r, k, f) => (r.next() < 0.5 ? { s: `${k}: "${jsonEnc(f.raw)}"`, e: jsonEnc } : { s: `"${k}" => "${jsonEnc(f.raw)}"`, e: jsonEnc }), () => ', ', () => '}');
const rubyRocket = lined('ruby', ['snake', 'camel'], true, (r) => r.pick(['{', 'Parameters: {']), (r, k, f) => ({ s: `${r.next() < 0.5 ? `"${k}"` : `:${k}`} => "${jsonEnc(f.raw)}"`, e: jsonEnc }), () => ', ', () => '}');
const rubySym = lined('ruby-sym', ['snake'], true, () => '{', (_r, k, f) => ({ s: `${k}: "${jsonEnc(f.raw)}"`, e: jsonEnc }), () => ', ', () => '}');
const python = lined('python', ['snake', 'camel', 'title', 'kebab'], true, (r) => r.pick(['{', 'kwargs={', 'payload = {']), (_r, k, f) => {
  if (f.raw.includes("'") && !f.raw.includes('"')) { const e: Enc = (s) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n'); return { s: `'${k}': "${e(f.raw)}"`, e }; }
  return { s: `'${k}': '${sqEnc(f.raw)}'`, e: sqEnc };
}, () => ', ', () => '}');
const kvline = lined('kv', ALL_CONVS.filter((c) => c !== 'title'), false, (r) => r.pick(['', 'ctx: ', 'fields ', '[params] ']), (r, k, f) => {
  const a = r.pick(['=', ':', ': ', '=>', ':=', '->', ' = ', '\t']);
  return /[\s,;|"]/.test(f.raw) || f.raw === '' ? { s: `${k}${a}"${jsonEnc(f.raw)}"`, e: jsonEnc } : { s: `${k}${a}${f.raw}`, e: idEnc };
}, (r) => r.pick([' ', ', ', ' | ', '; ', '\n']));

const sqlInsert: Container79 = {
  name: 'sql-insert',
  multiline: true,
  render: withSib((fs, r) => {
    const ks = names79(r, fs, ['snake']);
    const t = r.pick(['users', 'customers', 'integrations', 'payment_methods', 'api_credentials']);
    return { text: `${r.pick(['', 'ERROR: duplicate key value violates unique constraint; STATEMENT: ', 'Executing: '])}INSERT INTO ${t} (${ks.join(', ')}) VALUES (${fs.map((f) => `'${dblSqEnc(f.raw)}'`).join(', ')});`, encs: fs.map(() => dblSqEnc) };
  }),
};

const sqlUpdate: Container79 = {
  name: 'sql-update',
  multiline: false,
  render: withSib((fs, r) => {
    const ks = names79(r, fs, ['snake']);
    return { text: `UPDATE ${r.pick(['accounts', 'users', 'settings', 'merchants'])} SET ${fs.map((f, i) => `${ks[i]} = '${dblSqEnc(f.raw)}'`).join(', ')} WHERE id = ${r.int(10, 99999)};`, encs: fs.map(() => dblSqEnc) };
  }),
};

const csv: Container79 = {
  name: 'csv',
  multiline: false,
  render: withSib((fs, r) => {
    const ks = names79(r, fs, ['snake', 'title', 'camel']);
    const encs: Enc[] = [];
    const cells = fs.map((f) => {
      if (/[,"]/.test(f.raw) || r.next() < 0.3) { encs.push(csvEnc); return `"${csvEnc(f.raw)}"`; }
      encs.push(idEnc);
      return f.raw;
    });
    return { text: `${ks.join(',')}\n${cells.join(',')}`, encs };
  }),
};

const markdown: Container79 = {
  name: 'markdown',
  multiline: false,
  render: withSib((fs, r) => {
    const ks = names79(r, fs, ['title', 'snake', 'camel']);
    const cell = (f: Field79) => (r.next() < 0.3 && !f.raw.includes('`') ? `\`${mdEnc(f.raw)}\`` : mdEnc(f.raw));
    if (r.next() < 0.5) return { text: `| ${ks.join(' | ')} |\n|${ks.map(() => '---').join('|')}|\n| ${fs.map(cell).join(' | ')} |`, encs: fs.map(() => mdEnc) };
    return { text: `| Field | Value |\n|:--|:--|\n${fs.map((f, i) => `| ${ks[i]} | ${cell(f)} |`).join('\n')}`, encs: fs.map(() => mdEnc) };
  }),
};

/** Line and dump containers: env, export, CLI flags, query/form bodies, headers, cookies, logfmt, language dumps, SQL, CSV, Markdown, key-value lines. */
export const CONTAINERS_B: readonly Container79[] = [envLines, exportLines, cli, query, form, headers, cookie, logfmt, goStruct, csharp, javaTs, lombok, rust, elixir, rubyRocket, rubySym, python, kvline, kvline, sqlInsert, sqlUpdate, csv, markdown];

import { bsEsc, jsonEsc, type Container, type Field, type Rendered } from './blind-set-82-keys';
import type { Rng82 } from './blind-set-82-rng';
import { isField, jsonOf, same, styled, tree, type Node } from './blind-set-82-tree';

const id = (s: string) => s;
const sqlq = (s: string) => s.replace(/'/g, "''");
const shq = (s: string) => s.replace(/'/g, `'\\''`);
const cls = (n: string) => n.charAt(0).toUpperCase() + n.slice(1);
const table = (r: Rng82) => r.pick(['users', 'customers', 'integrations', 'payment_methods', 'api_credentials', 'accounts', 'signups']);

function sqlCol(f: Field): string {
  return styled(f, 'snake').replace(/[^\p{L}\p{N}_]/gu, '_');
}

export const CONTAINERS_C: Container[] = [
  { name: 'java-tostring', oneLine: true, render: (r, fs) => {
    const quote = r.chance(0.5);
    const of = (n: Node, name: string): string => `${name}{${n.kids.map((k) => (isField(k) ? `${styled(k, 'camel')}=${quote && !k.raw ? `'${k.val}'` : k.val}` : `${k.name}=${of(k, cls(k.name))}`)).join(', ')}}`;
    return { text: `${r.pick(['o.s.w.s.m.m.a.ExceptionHandlerExceptionResolver : Resolved', 'c.a.b.PaymentClient - request=', 'WARN  [main] Binding '])} ${of(tree(r, fs, 3), r.pick(['CreateUserRequest', 'PaymentDetails', 'DataSourceProperties', 'Credentials']))}`, enc: same(fs, id) };
  } },
  { name: 'elixir-map', render: (r, fs) => {
    const kw = r.chance(0.3);
    const of = (n: Node): string => {
      const inner = n.kids.map((k) => {
        const v = isField(k) ? (k.raw ? (k.val === 'null' ? 'nil' : k.val) : `"${bsEsc(k.val)}"`) : of(k);
        const key = isField(k) ? styled(k, 'snake') : k.name;
        return r.chance(0.5) && /^\w+$/.test(key) ? `${key}: ${v}` : `"${key}" => ${v}`.replace(/^"(\w+)" => (.*)$/, kw ? '$1: $2' : '"$1" => $2');
      });
      return kw && n.name === '' ? `[${inner.join(', ')}]` : `%{${inner.join(', ')}}`;
    };
    return { text: `${r.pick(['** (FunctionClauseError) no function clause matching in Billing.charge/1\n    args: ', '[error] GenServer terminating, last message: ', '[debug] params: '])}${of(tree(r, fs, 3))}`, enc: same(fs, bsEsc) };
  } },
  { name: 'rust-debug', render: (r, fs) => {
    const pretty = r.chance(0.4);
    const of = (n: Node, name: string, ind: string): string => {
      const items = n.kids.map((k) => `${styled(isField(k) ? k : { words: [k.name], key: k.name, val: '', plants: [] }, 'snake')}: ${isField(k) ? (k.raw ? k.val : `"${bsEsc(k.val)}"`) : of(k, cls(k.name), ind + '    ')}`);
      return pretty ? `${name} {\n${items.map((x) => `${ind}    ${x},`).join('\n')}\n${ind}}` : `${name} { ${items.join(', ')} }`;
    };
    return { text: `${r.pick(['[2026-03-01T09:12:44Z ERROR api::handlers] rejected ', 'thread \'tokio-runtime-worker\' panicked: called `Result::unwrap()` on ', 'DEBUG reqwest: '])}${of(tree(r, fs, 3), r.pick(['SignupForm', 'Config', 'ChargeRequest', 'Settings']), '')}`, enc: same(fs, bsEsc) };
  } },
  { name: 'csharp-anon', oneLine: true, render: (r, fs) => {
    const of = (n: Node): string => `{ ${n.kids.map((k) => (isField(k) ? `${styled(k, 'pascal')} = ${k.val}` : `${cls(k.name)} = ${of(k)}`)).join(', ')} }`;
    return { text: `${r.pick(['fail: Microsoft.AspNetCore.Server.Kestrel[13] Request: ', 'info: Api.Controllers.AccountController[0] Model bound ', 'Serilog @Request '])}${of(tree(r, fs, 3))}`, enc: same(fs, id) };
  } },
  { name: 'sql-insert', render: (r, fs) => {
    const vals = fs.map((f) => (f.raw ? f.val.toUpperCase() : `'${sqlq(f.val)}'`));
    if (r.chance(0.5)) return { text: `INSERT INTO ${table(r)} (${fs.map(sqlCol).join(', ')}) VALUES (${vals.join(', ')});`, enc: same(fs, sqlq) };
    return { text: `UPDATE ${table(r)} SET ${fs.map((f, i) => `${sqlCol(f)} = ${vals[i]}`).join(', ')} WHERE id = ${r.int(1, 99999)};`, enc: same(fs, sqlq) };
  } },
  { name: 'sql-bind-log', render: (r, fs) => {
    const cols = fs.map(sqlCol);
    const style = r.int(0, 2);
    if (style === 0) {
      const ps = fs.map((f, i) => `$${i + 1} = '${sqlq(f.val)}'`);
      return { text: `ERROR:  duplicate key value violates unique constraint "${table(r)}_pkey"\nSTATEMENT:  INSERT INTO ${table(r)} (${cols.join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})\nDETAIL:  parameters: ${ps.join(', ')}`, enc: same(fs, sqlq) };
    }
    if (style === 1) {
      const ps = fs.map((f, i) => `binding parameter [${i + 1}] as [VARCHAR] - [${f.val}]`);
      return { text: `Hibernate: insert into ${table(r)} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})\n${ps.map((p) => `TRACE o.h.type.descriptor.sql.BasicBinder - ${p}`).join('\n')}`, enc: same(fs, id) };
    }
    return { text: `  ${cls(table(r)).replace(/s$/, '')} Create (${r.int(1, 9)}.${r.digits(1)}ms)  INSERT INTO "${table(r)}" (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(', ')})  [${fs.map((f, i) => `["${cols[i]}", "${bsEsc(f.val)}"]`).join(', ')}]`, enc: same(fs, bsEsc) };
  } },
  { name: 'shell', render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const arg = (f: Field) => (/^[\w@%+=:,./-]+$/.test(f.val) ? (enc.set(f, id), f.val) : (enc.set(f, shq), `'${shq(f.val)}'`));
    const envs: string[] = [];
    const flags: string[] = [];
    for (const f of fs) {
      const x = r.next();
      if (x < 0.35) envs.push(`${styled(f, 'scream').replace(/[^\p{L}\p{N}_]/gu, '_')}=${arg(f)}`);
      else if (f.role === 'password' && x < 0.6) flags.push(`-p${arg(f)}`);
      else flags.push(r.chance(0.6) ? `--${styled(f, 'kebab')}=${arg(f)}` : `--${styled(f, 'kebab')} ${arg(f)}`);
    }
    const cmd = r.pick(['./bin/migrate', 'mysql -h db.internal -u app', 'python manage.py createsuperuser', 'node scripts/seed.js', 'docker run --rm acme/tool:1.4', 'terraform apply -auto-approve']);
    return { text: `${r.pick(['+ ', '$ ', 'sh: exit status 1: ', 'ps aux: deploy 4123 0.3 '])}${envs.length ? envs.join(' ') + ' ' : ''}${cmd} ${flags.join(' ')}`.trimEnd(), enc };
  } },
  { name: 'csv', render: (r, fs) => {
    const cell = (s: string, enc?: Map<Field, (s: string) => string>, f?: Field) => {
      const q = /[",\n]/.test(s) || r.chance(0.2);
      if (enc && f) enc.set(f, q ? (x) => x.replace(/"/g, '""') : id);
      return q ? `"${s.replace(/"/g, '""')}"` : s;
    };
    const enc: Rendered['enc'] = new Map();
    const header = fs.map((f) => cell(styled(f, r.pick(['snake', 'camel', 'flat'])))).join(',');
    return { text: `${r.pick(['export.csv line 2: ', 'import rejected row:\n', ''])}${header}\n${fs.map((f) => cell(f.val, enc, f)).join(',')}`, enc };
  } },
  { name: 'markdown-table', render: (r, fs) => {
    const e = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
    if (r.chance(0.5)) return { text: `| field | value |\n|---|---|\n${fs.map((f) => `| ${e(f.key)} | ${e(f.val)} |`).join('\n')}`, enc: same(fs, e) };
    return { text: `### Failing record\n\n| ${fs.map((f) => e(f.key)).join(' | ')} |\n|${fs.map(() => '---').join('|')}|\n| ${fs.map((f) => e(f.val)).join(' | ')} |`, enc: same(fs, e) };
  } },
  { name: 'graphql-vars', render: (r, fs) => {
    const vars = fs.map((f) => styled(f, 'camel').replace(/[^\p{L}\p{N}_]/gu, ''));
    const q = `mutation ${r.pick(['SignUp', 'UpdateBilling', 'Connect'])}(${vars.map((v) => `$${v}: String!`).join(', ')}) { ${r.pick(['signUp', 'updateBilling', 'connect'])}(input: {${vars.map((v) => `${v}: $${v}`).join(', ')}}) { id } }`;
    const varObj = jsonOf({ name: '', kids: fs.map((f, i) => ({ ...f, key: vars[i]! })) }, false);
    const text = `{"operationName":null,"query":"${jsonEsc(q)}","variables":${varObj}}`;
    return { text, enc: same(fs, jsonEsc) };
  } },
  { name: 'protobuf-text', render: (r, fs) => {
    const of = (n: Node, ind: string): string => n.kids.map((k) => (isField(k) ? `${ind}${styled(k, 'snake').replace(/[^\p{L}\p{N}_]/gu, '_')}: ${k.raw ? k.val : `"${bsEsc(k.val)}"`}` : `${ind}${k.name} {\n${of(k, ind + '  ')}\n${ind}}`)).join('\n');
    return { text: `${r.pick(['grpc: rpc error: code = InvalidArgument desc = bad request:\n', 'DEBUG request message:\n', ''])}${of(tree(r, fs, 4), '')}`, enc: same(fs, bsEsc) };
  } },
];

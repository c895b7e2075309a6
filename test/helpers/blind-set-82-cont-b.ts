import { bsEsc, formEsc, jsonEsc, pctEsc, sqEsc, type Container, type Field, type Rendered } from './blind-set-82-keys';
import type { Rng82 } from './blind-set-82-rng';
import { isField, jsonOf, same, styled, tree, type Node } from './blind-set-82-tree';

const id = (s: string) => s;
const host = (r: Rng82) => r.pick(['api.lumen-pay.io', 'app.corvid.dev', 'hooks.orbitcrm.com', 'edge.parcelly.net', 'console.tessellate.ai']);
const cookieEsc = (s: string) => s.replace(/[^A-Za-z0-9!#$&'()*+\-./:<=>?@[\]^_`{|}~]/g, (c) => encodeURIComponent(c));
const hdrName = (f: Field) => styled(f, 'train').replace(/[^A-Za-z0-9-]/g, '') || 'X-Field';

function headerLine(r: Rng82, f: Field, enc: Rendered['enc']): string {
  enc.set(f, id);
  if (f.role === 'bearer' && r.chance(0.6)) return `Authorization: Bearer ${f.val}`;
  if (f.role === 'basic') return `${r.pick(['Authorization', 'Proxy-Authorization'])}: Basic ${f.val}`;
  if (f.role === 'cookie') return `Cookie: ${f.key}=${f.val}; _ga=GA1.2.${r.int(1e8, 9e8)}.${r.int(1.6e9, 1.8e9)}`;
  const n = hdrName(f);
  return `${/^X-/i.test(n) || r.chance(0.4) ? '' : 'X-'}${n}: ${f.val}`;
}

export const CONTAINERS_B: Container[] = [
  { name: 'url-query', oneLine: true, render: (r, fs) => {
    const frag = r.chance(0.35) ? fs.filter((_, i) => i % 2 === 1) : [];
    const q = fs.filter((f) => !frag.includes(f)).map((f) => `${encodeURIComponent(r.chance(0.3) ? `${r.pick(['user', 'data'])}[${styled(f, 'snake')}]` : f.key)}=${pctEsc(f.val)}`);
    const url = `https://${host(r)}/${r.pick(['oauth/callback', 'v2/track', 'redirect', 'embed/widget', 'api/verify'])}?${q.join('&')}${frag.length ? `#${frag.map((f) => `${f.key}=${pctEsc(f.val)}`).join('&')}` : ''}`;
    return { text: r.chance(0.5) ? `${r.pick(['GET', 'WARN redirect to', 'Referer:', 'location='])} ${url}` : url, enc: same(fs, pctEsc) };
  } },
  { name: 'form-urlencoded', oneLine: true, render: (r, fs) => {
    const body = fs.map((f) => `${formEsc(r.chance(0.3) ? `${r.pick(['customer', 'card', 'account'])}[${styled(f, 'snake')}]` : f.key)}=${formEsc(f.val)}`).join('&');
    return { text: `POST /${r.pick(['v1/customers', 'login', 'signup', 'token'])} HTTP/1.1\nHost: ${host(r)}\nContent-Type: application/x-www-form-urlencoded\nContent-Length: ${body.length}\n\n${body}`, enc: same(fs, formEsc) };
  } },
  { name: 'multipart', render: (r, fs) => {
    const b = `----WebKitFormBoundary${r.b62(16)}`;
    const parts = fs.map((f) => `--${b}\nContent-Disposition: form-data; name="${f.key.replace(/"/g, '%22')}"\n\n${f.val}\n`);
    return { text: `Content-Type: multipart/form-data; boundary=${b}\n\n${parts.join('')}--${b}--`, enc: same(fs, id) };
  } },
  { name: 'http-request', oneLine: true, render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const lines = fs.map((f) => headerLine(r, f, enc));
    return { text: `${r.pick(['POST', 'PUT', 'GET', 'PATCH'])} /${r.pick(['v1/charges', 'api/sync', 'graphql', 'v3/messages'])} HTTP/1.1\nHost: ${host(r)}\nUser-Agent: ${r.pick(['okhttp/4.12.0', 'python-requests/2.32.3', 'Go-http-client/2.0', 'axios/1.7.2'])}\n${r.shuffle(lines).join('\n')}\nAccept: application/json`, enc };
  } },
  { name: 'http-response', render: (r, fs) => {
    const ck = fs.filter((f) => f.role === 'cookie' || (r.chance(0.3) && /^[\x21-\x7e]+$/.test(f.val) && !/[;,"\\]/.test(f.val)));
    const rest = fs.filter((f) => !ck.includes(f));
    const sc = ck.map((f) => `Set-Cookie: ${f.key.replace(/[^\w.-]/g, '_')}=${f.val}; Path=/; ${r.pick(['HttpOnly; Secure; SameSite=Lax', 'Max-Age=1209600; HttpOnly', 'Secure'])}`);
    const body = rest.length ? jsonOf(tree(r, rest, 3), r.chance(0.5)) : '{"ok":true}';
    const enc = same(rest, jsonEsc);
    for (const f of ck) enc.set(f, id);
    return { text: `HTTP/1.1 ${r.pick(['200 OK', '201 Created', '422 Unprocessable Entity'])}\nContent-Type: application/json\nX-Request-Id: ${r.uuid()}\n${sc.join('\n')}${sc.length ? '\n' : ''}\n${body}`, enc };
  } },
  { name: 'cookie-header', oneLine: true, render: (r, fs) => {
    const c = fs.map((f) => `${f.key.replace(/[^\w.-]/g, '_')}=${cookieEsc(f.val)}`);
    c.splice(r.int(0, c.length), 0, `_gid=GA1.2.${r.int(1e8, 9e8)}.${r.int(1.6e9, 1.8e9)}`, `theme=${r.pick(['dark', 'light'])}`);
    return { text: `${r.pick(['Cookie: ', 'cookie=', 'request.headers.cookie: '])}${c.join('; ')}`, enc: same(fs, cookieEsc) };
  } },
  { name: 'logfmt', oneLine: true, render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const kv = fs.map((f) => {
      const k = f.key.replace(/[\s="]/g, '_');
      if (/^[^\s"=\\]+$/.test(f.val)) return enc.set(f, id), `${k}=${f.val}`;
      return enc.set(f, bsEsc), `${k}="${bsEsc(f.val)}"`;
    });
    return { text: `time=2026-0${r.int(1, 9)}-1${r.int(0, 9)}T0${r.int(0, 9)}:1${r.int(0, 9)}:00Z level=${r.pick(['error', 'warn', 'debug'])} msg="${r.pick(['auth failed', 'retrying call', 'payload rejected'])}" ${kv.join(' ')}`, enc };
  } },
  { name: 'syslog-5424', oneLine: true, render: (r, fs) => {
    const e = (s: string) => s.replace(/([\\"\]])/g, '\\$1');
    const sd = fs.map((f) => `${f.key.replace(/[\s="[\]]/g, '_').slice(0, 32)}="${e(f.val)}"`);
    return { text: `<${r.int(128, 191)}>1 2026-0${r.int(1, 9)}-1${r.int(0, 9)}T1${r.int(0, 9)}:0${r.int(0, 9)}:3${r.int(0, 9)}.${r.digits(3)}Z ${r.pick(['web-7f9c', 'ip-10-0-3-12', 'worker02'])} ${r.pick(['php-fpm', 'sshd', 'payments', 'nginx'])} ${r.int(100, 65000)} ${r.pick(['ID47', 'AUDIT', '-'])} [${r.pick(['meta', 'req', 'ctx'])}@32473 ${sd.join(' ')}] ${r.pick(['request dump', 'validation failed', 'login attempt'])}`, enc: same(fs, e) };
  } },
  { name: 'go-struct', oneLine: true, render: (r, fs) => {
    const of = (n: Node): string => `{${n.kids.map((k) => (isField(k) ? `${styled(k, 'pascal')}:${k.val}` : `${k.name[0]!.toUpperCase()}${k.name.slice(1)}:${of(k)}`)).join(' ')}}`;
    return { text: `${r.pick(['level=error msg="create failed" req=', 'panic: unexpected state: ', 'DEBUG client.go:212: '])}&${of(tree(r, fs, 3))}`, enc: same(fs, id) };
  } },
  { name: 'python-repr', render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const q = (f: Field) => {
      if (f.raw) return f.val === 'null' ? 'None' : f.val === 'true' ? 'True' : f.val === 'false' ? 'False' : f.val;
      if (f.val.includes("'") && !f.val.includes('"')) {
        const e = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
        return enc.set(f, e), `"${e(f.val)}"`;
      }
      return enc.set(f, sqEsc), `'${sqEsc(f.val)}'`;
    };
    const of = (n: Node): string => `{${n.kids.map((k) => `'${isField(k) ? k.key.replace(/'/g, "\\'") : k.name}': ${isField(k) ? q(k) : of(k)}`).join(', ')}}`;
    return { text: `${r.pick(['Traceback context: kwargs=', 'DEBUG:celery.worker:task args: ', 'logger.info payload='])}${of(tree(r, fs, 3))}`, enc };
  } },
  { name: 'ruby-hash', render: (r, fs) => {
    const sym = r.chance(0.5);
    const of = (n: Node): string => `{${n.kids.map((k) => {
      const key = isField(k) ? styled(k, 'snake') : k.name;
      const v = isField(k) ? (k.raw ? (k.val === 'null' ? 'nil' : k.val) : `"${bsEsc(k.val)}"`) : of(k);
      return sym ? (/^\w+$/.test(key) ? `${key}: ${v}` : `"${key}": ${v}`) : `"${key}"=>${v}`;
    }).join(', ')}}`;
    return { text: `${r.pick(['Started POST "/api/v1/users" for 10.0.0.4\n  Parameters: ', 'E, [2026-03-02T10:11:12] ERROR -- : ', 'Sidekiq job args: '])}${of(tree(r, fs, 3))}`, enc: same(fs, bsEsc) };
  } },
  { name: 'php-array', render: (r, fs) => {
    const t = tree(r, fs, 3);
    if (r.chance(0.5)) {
      const pr = (n: Node, ind: string): string => `Array\n${ind}(\n${n.kids.map((k) => `${ind}    [${isField(k) ? k.key : k.name}] => ${isField(k) ? k.val : pr(k, ind + '        ')}`).join('\n')}\n${ind})\n`;
      return { text: `[${r.pick(['PHP Notice', 'debug', 'Laravel'])}] ${pr(t, '')}`, enc: same(fs, id) };
    }
    const e = (s: string) => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");
    const ve = (n: Node, ind: string): string => `array (\n${n.kids.map((k) => `${ind}  '${isField(k) ? e(k.key) : k.name}' => ${isField(k) ? (k.raw ? k.val.toUpperCase() : `'${e(k.val)}'`) : ve(k, ind + '  ')},`).join('\n')}\n${ind})`;
    return { text: `var_export: ${ve(t, '')}`, enc: same(fs, e) };
  } },
];

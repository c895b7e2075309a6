import { attrEsc, bare, jsonEsc, xmlEsc, type Container, type Field, type Rendered } from './blind-set-82-keys';
import type { Rng82 } from './blind-set-82-rng';
import { isField, jsonOf, jsonRender, same, styled, tree, yamlOf, type Node } from './blind-set-82-tree';

const j = jsonEsc;
const ts = (r: Rng82) => `2026-0${r.int(1, 9)}-${String(r.int(10, 28))}T${String(r.int(10, 23))}:${String(r.int(10, 59))}:${String(r.int(10, 59))}.${r.digits(3)}Z`;
const svc = (r: Rng82) => r.pick(['checkout-api', 'billing-worker', 'auth-gateway', 'notifier', 'ingest-edge', 'crm-sync', 'payout-svc']);

function xmlOf(n: Node, ind: string, enc: Rendered['enc']): string {
  return n.kids
    .map((k) => {
      if (!isField(k)) return `${ind}<${k.name}>\n${xmlOf(k, ind + '  ', enc)}\n${ind}</${k.name}>`;
      const tag = styled(k, 'camel').replace(/[^\p{L}\p{N}_.-]/gu, '_').replace(/^(\d)/, '_$1');
      if (!k.raw && /[<&]/.test(k.val) && !k.val.includes(']]>')) {
        enc.set(k, (s) => s);
        return `${ind}<${tag}><![CDATA[${k.val}]]></${tag}>`;
      }
      enc.set(k, xmlEsc);
      return `${ind}<${tag}>${xmlEsc(k.val)}</${tag}>`;
    })
    .join('\n');
}

export const CONTAINERS_A: Container[] = [
  { name: 'json-nested', render: (r, fs) => {
    const o = jsonRender(r, fs);
    return r.chance(0.5) ? { ...o, text: `${ts(r)} ERROR ${svc(r)} request failed: ${o.text}` } : o;
  } },
  { name: 'json-array', render: (r, fs) => {
    const groups: Field[][] = [[], []];
    fs.forEach((f, i) => groups[i % 2 === 0 || r.chance(0.3) ? 0 : 1]!.push(f));
    const items = groups.filter((g) => g.length).map((g) => jsonOf(tree(r, g, 3), false));
    return { text: `{"batch_id":"${r.uuid()}","count":${items.length},"${r.pick(['items', 'records', 'events', 'rows'])}":[${items.join(',')}]}`, enc: same(fs, j) };
  } },
  { name: 'json-in-json', render: (r, fs) => {
    const inner = jsonOf(tree(r, fs, 3), false);
    return { text: `{"level":"error","ts":"${ts(r)}","msg":"upstream rejected request","${r.pick(['body', 'raw', 'payload', 'request_body'])}":"${j(inner)}"}`, enc: same(fs, (s) => j(j(s))) };
  } },
  { name: 'json-in-json-twice', render: (r, fs) => {
    const inner = jsonOf(tree(r, fs, 2), false);
    const mid = `{"source":"${svc(r)}","event":"${j(inner)}"}`;
    return { text: `{"@timestamp":"${ts(r)}","log":{"level":"warn"},"message":"${j(mid)}"}`, enc: same(fs, (s) => j(j(j(s)))) };
  } },
  { name: 'yaml-block', render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const body = yamlOf(r, tree(r, fs, 4), '', enc);
    return { text: r.chance(0.5) ? `---\n# rendered values for ${svc(r)}\n${body}\n` : body, enc };
  } },
  { name: 'yaml-flow', oneLine: true, render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const of = (n: Node): string => `{${n.kids.map((k) => {
      if (!isField(k)) return `${k.name}: ${of(k)}`;
      const plain = k.raw || /^[A-Za-z0-9_.@+\/-]+$/.test(k.val);
      enc.set(k, plain ? (s) => s : j);
      return `${/^[\w.-]+$/.test(k.key) ? k.key : `"${j(k.key)}"`}: ${plain ? k.val : `"${j(k.val)}"`}`;
    }).join(', ')}}`;
    return { text: `${svc(r)}.values: ${of(tree(r, fs, 3))}`, enc };
  } },
  { name: 'toml', render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const line = (f: Field) => {
      const key = /^[A-Za-z0-9_.-]+$/.test(f.key) ? f.key : `"${j(f.key)}"`;
      if (f.raw) return `${key} = ${f.val}`;
      if (!/['\n]/.test(f.val) && r.chance(0.4)) return enc.set(f, (s) => s), `${key} = '${f.val}'`;
      return enc.set(f, j), `${key} = "${j(f.val)}"`;
    };
    const t = tree(r, fs, 3);
    const out: string[] = t.kids.filter(isField).map(line);
    const walk = (n: Node, path: string) => {
      const fields = n.kids.filter(isField);
      if (fields.length) out.push('', `[${path}]`, ...fields.map(line));
      for (const k of n.kids) if (!isField(k)) walk(k, `${path}.${k.name}`);
    };
    for (const k of t.kids) if (!isField(k)) walk(k, k.name);
    return { text: out.join('\n'), enc };
  } },
  { name: 'ini', oneLine: true, render: (r, fs) => {
    const sec = r.pick(['database', 'smtp', 'credentials', 'default', 'api', 'profile prod', 'client']);
    const sep = r.pick([' = ', '=', ': ']);
    const lines = fs.map((f) => (r.chance(0.2) && !f.val.includes('"') ? `${f.key}${sep}"${f.val}"` : `${f.key}${sep}${f.val}`));
    return { text: `; generated ${ts(r)}\n[${sec}]\n${lines.join('\n')}\n`, enc: same(fs, (s) => s) };
  } },
  { name: 'properties', render: (r, fs) => {
    const e = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
    const sep = r.pick(['=', ' = ', ': ', ':']);
    const pre = r.pick(['spring.datasource.', 'app.', '', 'mail.smtp.', 'integration.']);
    return { text: `#${new Date(1767225600000 + r.int(0, 9e9)).toUTCString()}\n${fs.map((f) => `${pre}${styled(f, r.pick(['dotted', 'camel', 'kebab']))}${sep}${e(f.val)}`).join('\n')}`, enc: same(fs, e) };
  } },
  { name: 'dotenv', render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const lines = fs.map((f) => {
      const k = `${r.chance(0.3) ? 'export ' : ''}${styled(f, 'scream')}`;
      if (bare(f.val) && r.chance(0.6)) return enc.set(f, (s) => s), `${k}=${f.val}`;
      if (!f.val.includes("'") && r.chance(0.5)) return enc.set(f, (s) => s), `${k}='${f.val}'`;
      const e = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
      return enc.set(f, e), `${k}="${e(f.val)}"`;
    });
    return { text: `# .env.${r.pick(['production', 'local', 'staging'])}\n${lines.join('\n')}\n`, enc };
  } },
  { name: 'xml-elements', render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const root = r.pick(['request', 'Customer', 'order', 'Account', 'Payload']);
    return { text: `<?xml version="1.0" encoding="UTF-8"?>\n<${root} id="${r.int(1000, 99999)}">\n${xmlOf(tree(r, fs, 4), '  ', enc)}\n</${root}>`, enc };
  } },
  { name: 'xml-attributes', render: (r, fs) => {
    const attrs = fs.map((f) => ` ${styled(f, r.pick(['camel', 'snake', 'kebab'])).replace(/[^\p{L}\p{N}_.-]/gu, '_')}="${attrEsc(f.val)}"`);
    const el = r.pick(['user', 'connection', 'credential', 'account', 'add']);
    const text = el === 'add' ? fs.map((f) => `  <add key="${attrEsc(f.key)}" value="${attrEsc(f.val)}" />`).join('\n') : `<${el}${attrs.join('')} />`;
    return { text: el === 'add' ? `<appSettings>\n${text}\n</appSettings>` : text, enc: same(fs, attrEsc) };
  } },
  { name: 'soap', render: (r, fs) => {
    const enc: Rendered['enc'] = new Map();
    const pw = fs.find((f) => f.role === 'password');
    const rest = fs.filter((f) => f !== pw);
    let header = '';
    if (pw) {
      enc.set(pw, xmlEsc);
      header = `\n  <soap:Header>\n    <wsse:Security><wsse:UsernameToken><wsse:Username>svc_${r.int(1, 9)}</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${xmlEsc(pw.val)}</wsse:Password></wsse:UsernameToken></wsse:Security>\n  </soap:Header>`;
    }
    const op = r.pick(['CreateCustomer', 'UpdatePaymentProfile', 'SubmitClaim', 'RegisterDevice']);
    const body = xmlOf(tree(r, rest, 3), '      ', enc);
    return { text: `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">${header}\n  <soap:Body>\n    <ns1:${op} xmlns:ns1="urn:svc:v${r.int(1, 4)}">\n${body}\n    </ns1:${op}>\n  </soap:Body>\n</soap:Envelope>`, enc };
  } },
  { name: 'html-form', render: (r, fs) => {
    const rows = fs.map((f) => {
      const name = attrEsc(r.chance(0.5) ? `${r.pick(['user', 'account', 'payment'])}[${styled(f, 'snake')}]` : f.key);
      if (f.val.includes('\n')) return `  <textarea name="${name}">${xmlEsc(f.val)}</textarea>`;
      return `  <input type="${f.role === 'password' ? 'password' : r.pick(['text', 'hidden'])}" name="${name}" value="${attrEsc(f.val)}">`;
    });
    const enc = new Map(fs.map((f) => [f, f.val.includes('\n') ? xmlEsc : attrEsc] as const));
    return { text: `<form method="post" action="/${r.pick(['signup', 'checkout', 'settings'])}">\n  <input type="hidden" name="form_version" value="v${r.int(2, 9)}.${r.int(0, 30)}">\n${rows.join('\n')}\n</form>`, enc };
  } },
];

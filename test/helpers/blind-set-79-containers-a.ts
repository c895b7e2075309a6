import { dblSqEnc, idEnc, json2Enc, jsonEnc, names79, nestPath79, withSib, xmlEnc, type Container79, type Enc, type Field79, type Rendered79 } from './blind-set-79-enc';
import { ALL_CONVS, CONFIG_CONVS, type Conv } from './blind-set-79-keys';
import type { Rng79 } from './blind-set-79-rng';

const numOk = (s: string) => /^[1-9]\d{0,14}$/.test(s);

/** A JSON object holding the fields under a nesting path, pretty or compact. */
function jsonObj(r: Rng79, fs: readonly Field79[], path: readonly string[], pretty: boolean, conv: readonly Conv[]): Rendered79 {
  const ks = names79(r, fs, conv);
  const encs: Enc[] = fs.map(() => jsonEnc);
  const ind = (d: number) => (pretty ? '\n' + '  '.repeat(d) : '');
  const sep = pretty ? ': ' : ':';
  const d0 = path.length;
  const body = fs.map((f, i) => `${ind(d0 + 1)}"${ks[i]}"${sep}${numOk(f.raw) && r.next() < 0.3 ? f.raw : `"${jsonEnc(f.raw)}"`}`).join(',');
  let s = `{${body}${ind(d0)}}`;
  for (let d = path.length - 1; d >= 0; d--) {
    const extra = r.next() < 0.4 ? `${ind(d + 1)}"${r.pick(['id', 'type', 'source', 'ts'])}"${sep}"${r.pick(['evt_9c1', 'update', 'sync', '2026-11-30T04:12:09Z'])}",` : '';
    s = `{${extra}${ind(d + 1)}"${path[d]}"${sep}${s}${ind(d)}}`;
  }
  return { text: s, encs };
}

const json: Container79 = { name: 'json', multiline: true, render: withSib((fs, r) => jsonObj(r, fs, nestPath79(r, 4), r.next() < 0.5, ALL_CONVS)) };

const jsonInString: Container79 = {
  name: 'json-str',
  multiline: true,
  render: withSib((fs, r) => {
    const inner = jsonObj(r, fs, nestPath79(r, 2), false, ['snake', 'camel']);
    const outerKey = r.pick(['payload', 'message', 'body', 'raw_event', 'detail']);
    return { text: `{"event":"${r.pick(['user.updated', 'webhook.received', 'config.sync', 'job.failed'])}","${outerKey}":"${jsonEnc(inner.text)}","attempt":${r.int(1, 4)}}`, encs: fs.map(() => json2Enc) };
  }),
};

const yaml: Container79 = {
  name: 'yaml',
  multiline: true,
  render: withSib((fs, r) => {
    const path = nestPath79(r, 3);
    const ks = names79(r, fs, [...CONFIG_CONVS, 'title']);
    const lines = path.map((p, d) => `${'  '.repeat(d)}${p}:`);
    const ind = '  '.repeat(path.length);
    const encs = fs.map((f, i) => {
      const k = ks[i]!.includes(' ') ? `"${ks[i]}"` : ks[i]!;
      if (f.multiline) {
        const e: Enc = (s) => s.split('\n').join(`\n${ind}  `);
        lines.push(`${ind}${k}: ${r.pick(['|', '|-', '|+'])}`, `${ind}  ${e(f.raw)}`);
        return e;
      }
      const plain = /^[A-Za-z0-9][^:#'"\n]*$/.test(f.raw) && !/\s$/.test(f.raw) && r.next() < 0.7;
      if (plain) { lines.push(`${ind}${k}: ${f.raw}`); return idEnc; }
      if (!f.raw.includes("'") && r.next() < 0.4) { lines.push(`${ind}${k}: '${dblSqEnc(f.raw)}'`); return dblSqEnc; }
      lines.push(`${ind}${k}: "${jsonEnc(f.raw)}"`);
      return jsonEnc;
    });
    return { text: (r.next() < 0.3 ? '---\n' : '') + lines.join('\n'), encs };
  }),
};

const toml: Container79 = {
  name: 'toml',
  multiline: true,
  render: withSib((fs, r) => {
    const path = nestPath79(r, 2);
    const ks = names79(r, fs, ['snake', 'kebab', 'camel', 'screaming', 'title']);
    const lines = path.length ? [`[${path.join('.')}]`] : [];
    const encs = fs.map((f, i) => {
      const k = ks[i]!.includes(' ') ? `"${ks[i]}"` : ks[i]!;
      if (f.multiline) { lines.push(`${k} = """`, f.raw, '"""'); return idEnc; }
      if (!f.raw.includes("'") && r.next() < 0.3) { lines.push(`${k} = '${f.raw}'`); return idEnc; }
      lines.push(`${k} = "${jsonEnc(f.raw)}"`);
      return jsonEnc;
    });
    return { text: lines.join('\n'), encs };
  }),
};

const ini: Container79 = {
  name: 'ini',
  multiline: false,
  render: withSib((fs, r) => {
    const ks = names79(r, fs, ['snake', 'camel', 'dotted', 'kebab']);
    const a = r.pick(['=', ' = ', ': ']);
    const val = (v: string) => (/[;#\s]/.test(v) && !v.includes('"') ? `"${v}"` : v);
    const lines = [`[${r.pick(['database', 'smtp', 'client', 'production', 'api', 'default', 'credentials'])}]`, ...fs.map((f, i) => `${ks[i]}${a}${val(f.raw)}`)];
    return { text: lines.join('\n'), encs: fs.map(() => idEnc) };
  }),
};

const properties: Container79 = {
  name: 'properties',
  multiline: false,
  render: withSib((fs, r) => {
    const path = nestPath79(r, 2);
    const ks = names79(r, fs, ['dotted', 'camel', 'kebab']);
    const a = r.pick(['=', ': ', ' = ', ' ']);
    const e: Enc = (s) => s.replace(/\\/g, '\\\\');
    const pre = path.length ? `${path.join('.')}.` : '';
    return { text: fs.map((f, i) => `${pre}${ks[i]}${a}${e(f.raw)}`).join('\n'), encs: fs.map(() => e) };
  }),
};

const xmlElems: Container79 = {
  name: 'xml',
  multiline: true,
  render: withSib((fs, r) => {
    const path = nestPath79(r, 3);
    const root = r.pick(['configuration', 'request', 'Envelope', 'settings', 'user']);
    const ks = names79(r, fs, ['snake', 'camel', 'pascal', 'kebab']);
    const d = path.length + 1;
    const inner = fs.map((f, i) => `${'  '.repeat(d)}<${ks[i]}>${r.next() < 0.15 && !f.raw.includes(']]>') ? `<![CDATA[${f.raw}]]>` : xmlEnc(f.raw)}</${ks[i]}>`);
    const encs = fs.map((f, i) => (inner[i]!.includes('CDATA') ? idEnc : xmlEnc));
    const open = path.map((p, i) => `${'  '.repeat(i + 1)}<${p}>`);
    const close = path.map((p, i) => `${'  '.repeat(i + 1)}</${p}>`).reverse();
    return { text: [`<?xml version="1.0" encoding="UTF-8"?>`, `<${root}>`, ...open, ...inner, ...close, `</${root}>`].join('\n'), encs };
  }),
};

const xmlAttrs: Container79 = {
  name: 'xml-attr',
  multiline: false,
  render: withSib((fs, r) => {
    const ks = names79(r, fs, ['camel', 'snake', 'kebab']);
    const el = r.pick(['add', 'connection', 'credential', 'datasource', 'user', 'endpoint']);
    return { text: `<${el} ${fs.map((f, i) => `${ks[i]}="${xmlEnc(f.raw)}"`).join(' ')} />`, encs: fs.map(() => xmlEnc) };
  }),
};

const protobuf: Container79 = {
  name: 'protobuf',
  multiline: true,
  render: withSib((fs, r) => {
    const path = nestPath79(r, 2);
    const ks = names79(r, fs, ['snake']);
    const lines = path.map((p, d) => `${'  '.repeat(d)}${p} {`);
    const ind = '  '.repeat(path.length);
    for (let i = 0; i < fs.length; i++) lines.push(`${ind}${ks[i]}: "${jsonEnc(fs[i]!.raw)}"`);
    for (let d = path.length - 1; d >= 0; d--) lines.push(`${'  '.repeat(d)}}`);
    return { text: lines.join('\n'), encs: fs.map(() => jsonEnc) };
  }),
};

const graphql: Container79 = {
  name: 'graphql',
  multiline: true,
  render: (fs, r) => {
    const ks = names79(r, fs, ['camel']);
    const op = r.pick(['UpdateIntegration', 'Login', 'CreatePaymentMethod', 'RotateCredentials', 'UpsertCustomer']);
    const decl = ks.map((k) => `$${k}: String!`).join(', ');
    const vars = fs.map((f, i) => `"${ks[i]}":"${jsonEnc(f.raw)}"`).join(',');
    const input = r.next() < 0.5;
    return { text: `{"operationName":"${op}","query":"mutation ${op}(${decl}) { ${op.charAt(0).toLowerCase() + op.slice(1)}(${input ? 'input: {' : ''}${ks.map((k) => `${k}: $${k}`).join(', ')}${input ? '}' : ''}) { id } }","variables":{${vars}}}`, encs: fs.map(() => jsonEnc) };
  },
};

const phpPrintR: Container79 = {
  name: 'php-print-r',
  multiline: true,
  render: withSib((fs, r) => {
    const ks = names79(r, fs, ['snake', 'camel']);
    const nest = r.next() < 0.5 ? r.pick(['data', 'credentials', 'customer', 'options']) : '';
    const ind = nest ? '            ' : '    ';
    const rows = fs.map((f, i) => `${ind}[${ks[i]}] => ${f.raw}`);
    const inner = nest ? [`    [${nest}] => Array`, '        (', ...rows, '        )', ''] : rows;
    return { text: ['Array', '(', ...inner, ')'].join('\n'), encs: fs.map(() => idEnc) };
  }),
};

const phpVarDump: Container79 = {
  name: 'php-var-dump',
  multiline: true,
  render: withSib((fs, r) => {
    const ks = names79(r, fs, ['snake', 'camel']);
    const rows = fs.flatMap((f, i) => [`  ["${ks[i]}"]=>`, `  string(${Buffer.byteLength(f.raw)}) "${f.raw}"`]);
    return { text: [`array(${fs.length}) {`, ...rows, '}'].join('\n'), encs: fs.map(() => idEnc) };
  }),
};

/** Structured containers: JSON (nested, in a string), YAML, TOML, INI, properties, XML, protobuf text, GraphQL, PHP dumps. */
export const CONTAINERS_A: readonly Container79[] = [json, json, jsonInString, yaml, yaml, toml, ini, properties, xmlElems, xmlAttrs, protobuf, graphql, phpPrintR, phpVarDump];

import type { Rng9 } from './blind-set-9-rng';
import { ts18, type Pair } from './blind-set-18-ctx';

/** Record contexts: how a person or payment record prints in each inspection artifact. */
export interface RecCtx {
  src: string;
  name: string;
  /** How a planted value is written into this artifact (identity unless the artifact encodes it). */
  enc?: (v: string) => string;
  render: (r: Rng9, fields: Pair[], who: [string, string]) => string;
}

const camel = (s: string): string => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const pascal = (s: string): string => camel(s).replace(/^./, (c) => c.toUpperCase());
const esc = (s: string): string => JSON.stringify(s).slice(1, -1);
const form = (v: string): string => encodeURIComponent(v).replace(/%20/g, '+').replace(/%2B/g, '%2B');
const uid = (r: Rng9): number => r.int(1000, 999999);

export const REC_CTX: RecCtx[] = [
  { src: 'errors', name: 'sentry-user', render: (r, f, [a, b]) => `"user": {\n    "id": "${uid(r)}",\n    "username": "${a.toLowerCase()}.${b.toLowerCase()}",\n${f.map(([k, v]) => `    "${k}": "${esc(v)}"`).join(',\n')},\n    "ip_address": "{{auto}}"\n  },` },
  { src: 'repl', name: 'rails-inspect', render: (r, f, [a, b]) => `irb(main):00${r.int(1, 9)}:0> Customer.last\n=> #<Customer id: ${uid(r)}, first_name: "${a}", last_name: "${b}", ${f.map(([k, v]) => `${k}: "${v}"`).join(', ')}, created_at: "${ts18(r).replace('T', ' ').slice(0, 19)}">` },
  { src: 'repl', name: 'java-tostring', render: (r, f, [a, b]) => `2026-12-04 ${ts18(r).slice(11, 23)}  WARN 1 --- [nio-8080-exec-${r.int(1, 9)}] c.a.kyc.KycService : verification failed for Applicant{id=${uid(r)}, fullName='${a} ${b}', ${f.map(([k, v]) => `${camel(k)}='${v}'`).join(', ')}, status=PENDING}` },
  { src: 'repl', name: 'go-plusv', render: (r, f, [a, b]) => `${ts18(r)} level=error msg="sync failed" member="{ID:${uid(r)} Name:${a} ${b} ${f.map(([k, v]) => `${pascal(k)}:${v}`).join(' ')} Active:true}"` },
  { src: 'repl', name: 'python-repr', render: (r, f, [a, b]) => `>>> svc.get_member(${uid(r)})\nMember(id=${uid(r)}, name='${a} ${b}', ${f.map(([k, v]) => `${k}='${v}'`).join(', ')}, tier='gold')` },
  {
    src: 'repl', name: 'psql-aligned', render: (r, f, [a]) => {
      const cols = [['id', String(uid(r))], ['first_name', a], ...f];
      const w = cols.map(([k, v]) => Math.max(k.length, [...v].length));
      return `app=> select * from customers where id = ${cols[0]![1]};\n ${cols.map(([k], i) => k.padEnd(w[i]!)).join(' | ')}\n-${w.map((x) => '-'.repeat(x)).join('-+-')}-\n ${cols.map(([, v], i) => v.padEnd(w[i]!)).join(' | ')}\n(1 row)`;
    },
  },
  { src: 'repl', name: 'psql-expanded', render: (r, f, [a, b]) => { const cols = [['id', String(uid(r))], ['full_name', `${a} ${b}`], ...f]; const w = Math.max(...cols.map(([k]) => k.length)); return `-[ RECORD 1 ]${'-'.repeat(Math.max(1, w - 12))}+----------------\n${cols.map(([k, v]) => `${k.padEnd(w)} | ${v}`).join('\n')}`; } },
  {
    src: 'repl', name: 'mysql-boxed', render: (r, f) => {
      const cols = [['id', String(uid(r))], ...f];
      const w = cols.map(([k, v]) => Math.max(k.length, [...v].length));
      const bar = '+' + w.map((x) => '-'.repeat(x + 2)).join('+') + '+';
      return `mysql> SELECT id, ${f.map(([k]) => k).join(', ')} FROM customers LIMIT 1;\n${bar}\n| ${cols.map(([k], i) => k.padEnd(w[i]!)).join(' | ')} |\n${bar}\n| ${cols.map(([, v], i) => v.padEnd(w[i]!)).join(' | ')} |\n${bar}\n1 row in set (0.00 sec)`;
    },
  },
  { src: 'repl', name: 'mysql-vertical', render: (r, f, [a, b]) => { const cols = [['id', String(uid(r))], ['name', `${a} ${b}`], ...f]; const w = Math.max(...cols.map(([k]) => k.length)); return `*************************** 1. row ***************************\n${cols.map(([k, v]) => `${k.padStart(w)}: ${v}`).join('\n')}\n1 row in set (0.00 sec)`; } },
  { src: 'repl', name: 'mongosh-doc', render: (r, f, [a, b]) => `orders> db.customers.findOne({ _id: ObjectId('${r.hex(24)}') })\n{\n  _id: ObjectId('${r.hex(24)}'),\n  name: { first: '${a}', last: '${b}' },\n${f.map(([k, v]) => `  ${camel(k)}: '${v}'`).join(',\n')},\n  createdAt: ISODate('${ts18(r)}')\n}` },
  { src: 'capture', name: 'har-postdata-form', enc: form, render: (r, f, [a]) => `"postData": {\n          "mimeType": "application/x-www-form-urlencoded",\n          "text": "first_name=${a}&${f.map(([k, v]) => `${k}=${form(v)}`).join('&')}&terms=on"\n        },` },
  { src: 'otel', name: 'span-event', render: (r, f) => `{"traceId":"${r.hex(32)}","spanId":"${r.hex(16)}","name":"POST /v1/applicants","events":[{"name":"applicant.validated","timeUnixNano":"${1796000000 + r.int(0, 999999)}${r.digits(9)}","attributes":{${f.map(([k, v]) => `"app.applicant.${k}":"${esc(v)}"`).join(',')}}}]}` },
  { src: 'browser', name: 'datadog-rum-usr', render: (r, f, [a, b]) => `{"type":"view","view":{"url":"https://app.acme.io/account"},"usr":{"id":"${uid(r)}","name":"${a} ${b}",${f.map(([k, v]) => `"${k}":"${esc(v)}"`).join(',')}},"session":{"id":"${r.uuid()}"}}` },
  { src: 'mobile', name: 'logcat-kotlin', render: (r, f, [a, b]) => `12-0${r.int(1, 4)} ${ts18(r).slice(11, 23)}  ${r.int(2000, 30000)}  ${r.int(2000, 30000)} D ProfileRepo: saved Profile(id=${uid(r)}, name=${a} ${b}, ${f.map(([k, v]) => `${camel(k)}=${v}`).join(', ')})` },
  { src: 'mobile', name: 'ios-swift-print', render: (r, f, [a, b]) => `${ts18(r).replace('T', ' ').slice(0, 23)}+0000 Acme[${r.int(300, 9000)}:${r.hex(5)}] [Onboarding] submitting Applicant(givenName: "${a}", familyName: "${b}", ${f.map(([k, v]) => `${camel(k)}: "${v}"`).join(', ')})` },
  { src: 'mobile', name: 'flutter-map', render: (r, f, [a]) => `flutter: ║ Body\nflutter: ║ {firstName: ${a}, ${f.map(([k, v]) => `${camel(k)}: ${v}`).join(', ')}, marketing: false}` },
  { src: 'errors', name: 'bugsnag-user-meta', render: (r, f, [a, b]) => `"user": {"id": "${uid(r)}", "name": "${a} ${b}"},\n  "metaData": {\n    "form": {\n${f.map(([k, v]) => `      "${camel(k)}": "${esc(v)}"`).join(',\n')}\n    }\n  }` },
  { src: 'browser', name: 'chrome-console-object', render: (r, f, [a]) => `checkout.js:${r.int(100, 900)} submit payload \n{firstName: '${a}', ${f.map(([k, v]) => `${camel(k)}: '${v}'`).join(', ')}, step: ${r.int(2, 5)}}` },
  { src: 'errors', name: 'sentry-vars-dict', render: (r, f) => `"vars": {\n  "request": "<WSGIRequest: POST '/onboarding/submit'>",\n  "cleaned": "{${f.map(([k, v]) => `'${k}': '${v}'`).join(', ')}}",\n  "attempt": "${r.int(1, 4)}"\n}` },
  { src: 'otel', name: 'otlp-attributes', render: (r, f) => `"attributes": [\n  {"key": "enduser.id", "value": {"stringValue": "${uid(r)}"}},\n${f.map(([k, v]) => `  {"key": "app.customer.${k}", "value": {"stringValue": "${esc(v)}"}}`).join(',\n')}\n]` },
  { src: 'capture', name: 'mitmproxy-json', render: (r, f, [a, b]) => `POST https://api.acme-bank.io/v2/customers\n    Content-Type:  application/json\n{\n    "full_name": "${a} ${b}",\n${f.map(([k, v]) => `    "${k}": "${esc(v)}"`).join(',\n')}\n}\n << 422 Unprocessable Entity ${r.int(60, 300)}b` },
  { src: 'shell', name: 'history-curl-json', render: (r, f) => `  ${r.int(1000, 2000)}  curl -X POST https://crm.internal/api/contacts -H 'Content-Type: application/json' -d '{${f.map(([k, v]) => `"${k}":"${esc(v)}"`).join(',')}}'` },
];

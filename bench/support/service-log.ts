import { prng } from './prng';

const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

/**
 * A varied service log of about `bytes` bytes: nginx access lines, JSON app logs, Java and
 * Node stack traces, Kubernetes events, SQL statements, with upstream (10.x) addresses,
 * UUIDs, trace ids and hashes everywhere, and a secret planted every `secretEvery` lines
 * (one in five of them a multi-line PEM key). Returns the text and how many secrets it holds.
 */
export function serviceLog(bytes: number, seed = 13, secretEvery = 20_000): { text: string; secrets: number } {
  const r = prng(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const str = (alpha: string, n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += alpha[Math.floor(r() * alpha.length)];
    return s;
  };
  const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-a${str(HEX, 3)}-${str(HEX, 12)}`;
  const ts = (): string => `2026-12-03T${String(int(0, 23)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')}.${String(int(0, 999)).padStart(3, '0')}Z`;
  const ip10 = (): string => `10.${int(0, 255)}.${int(0, 255)}.${int(1, 254)}`;
  const svc = (): string => pick(['checkout', 'billing-sync', 'crm-bridge', 'notifier', 'search', 'auth']);
  const path = (): string => pick(['/api/v2/orders', '/api/v2/contacts', '/healthz', '/api/v1/search', '/static/app.js', '/api/v2/invoices']) + pick(['', `/${int(1, 99999)}`, `?page=${int(1, 50)}&limit=100`]);
  const lines: (() => string)[] = [
    () => `${ip10()} - - [03/Dec/2026:${int(10, 23)}:${int(10, 59)}:${int(10, 59)} +0000] "${pick(['GET', 'POST', 'PUT'])} ${path()} HTTP/1.1" ${pick([200, 200, 200, 201, 304, 404, 502])} ${int(100, 99999)} "-" "${pick(['Mozilla/5.0 (X11; Linux x86_64)', 'kube-probe/1.29', 'python-requests/2.31.0', 'Go-http-client/1.1'])}" rt=${int(0, 2)}.${int(100, 999)} uct="0.000" upstream=${ip10()}:8080`,
    () => `{"ts":"${ts()}","level":"${pick(['info', 'info', 'debug', 'warn', 'error'])}","service":"${svc()}","msg":"${pick(['request completed', 'cache miss', 'job done', 'retrying upstream call', 'order synced'])}","trace_id":"${str(HEX, 32)}","span_id":"${str(HEX, 16)}","duration_ms":${int(1, 5000)},"user_id":${int(1, 999999)},"request_id":"${uuid()}"}`,
    () => `${ts()} ERROR ${svc()} java.net.SocketTimeoutException: Read timed out\n\tat java.base/java.net.SocketInputStream.socketRead0(Native Method)\n\tat org.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:${int(100, 300)})\n\tat com.acme.${svc().replace('-', '')}.Client.call(Client.java:${int(10, 400)})`,
    () => `${ts()} ERROR ${svc()}: Error: connect ECONNREFUSED ${ip10()}:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n    at async Pool.connect (/srv/app/node_modules/pg-pool/index.js:${int(40, 250)}:${int(2, 30)})`,
    () => `${ts()} Normal ${pick(['Scheduled', 'Pulled', 'Created', 'Started', 'Killing'])} pod/${svc()}-7d9f${str(B62.toLowerCase(), 6)}-${str(HEX, 5)} ${pick(['Successfully assigned default/' + svc() + ' to ip-' + ip10().replace(/\./g, '-'), 'Container image "registry.acme.io/' + svc() + '@sha256:' + str(HEX, 64) + '" already present on machine', 'Started container app'])}`,
    () => `${ts()} LOG:  duration: ${int(0, 900)}.${int(100, 999)} ms  statement: SELECT o.id, o.total, c.email_hash FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.updated_at > '2026-12-0${int(1, 3)}' AND o.status = '${pick(['paid', 'open', 'void'])}' LIMIT ${int(10, 500)}`,
    () => `${ts()} INFO ${svc()}: deployed commit ${str(HEX, 40)} version=1.${int(0, 40)}.${int(0, 9)} replicas=${int(2, 12)} cache_key=orders:v3:${str(HEX, 16)} token_count=${int(10, 4000)}`,
  ];
  const secrets: (() => string)[] = [
    () => `${ts()} ERROR billing-sync: stripe 401 {"Authorization":"Bearer sk_live_${str(B62, 99)}"}`,
    () => `${ts()} WARN crm-bridge: GET https://api.partner.io/v1/contacts?access_token=${str(B62, 40)} -> 401`,
    () => `${ts()} ERROR deploy: aws_secret_access_key=${str(B62 + '+/', 40)} region=eu-west-1`,
    () => `${ts()} ERROR notifier: postgres://app:${str(B62, 18)}@db.internal:5432/app refused`,
    () => `${ts()} ERROR auth: loaded key\n-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 12 }, () => str(B62 + '+/', 64)).join('\n')}\n-----END RSA PRIVATE KEY-----`,
  ];
  const out: string[] = [];
  let size = 0;
  let n = 0;
  let planted = 0;
  while (size < bytes) {
    const line = ++n % secretEvery === 0 ? (planted++, pick(secrets)()) : pick(lines)();
    out.push(line);
    size += line.length + 1;
  }
  return { text: out.join('\n') + '\n', secrets: planted };
}

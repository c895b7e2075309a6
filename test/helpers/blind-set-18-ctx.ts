import type { Rng9 } from './blind-set-9-rng';

/** Context renderers: how inspection tools really print name=value pairs, headers and records. */
export type Pair = [string, string];
export type EnvCtx = (r: Rng9, pairs: Pair[]) => string;
export type HeadCtx = (r: Rng9, name: string, value: string, path: string) => string;

export const ts18 = (r: Rng9): string => new Date((1796000000 + r.int(0, 3000000)) * 1000).toISOString();
const pid = (r: Rng9): number => r.int(300, 65000);
const svc = (r: Rng9): string => r.pick(['checkout-api', 'billing-worker', 'notify-svc', 'ledger', 'edge-gw', 'search-indexer', 'auth-bff']);
/** Ordinary variables to stand beside the planted ones. */
export const plainEnv = (r: Rng9): Pair[] => [
  ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  ['HOSTNAME', `${svc(r)}-${r.hex(10)}-${r.chars('bcdfghjklmnpqrstvwxz2456789', 5)}`],
  ['NODE_ENV', 'production'],
  ['PORT', String(r.pick([3000, 8080, 8000, 9090]))],
];
const mix = (r: Rng9, pairs: Pair[]): Pair[] => {
  const p = plainEnv(r);
  return [p[0]!, p[1]!, ...pairs, p[2]!, p[3]!];
};
const esc = (s: string): string => JSON.stringify(s).slice(1, -1);
const sq = (s: string): string => s.replace(/\\/g, '\\\\').replace(/'/g, "\\'");

/** Env-style contexts, in a fixed order so each case's artifact is set by its place. */
export const ENV_CTX: EnvCtx[] = [
  (r, ps) => `$ docker inspect ${svc(r)} --format '{{json .Config.Env}}'\n[${mix(r, ps).map(([k, v]) => JSON.stringify(`${k}=${v}`)).join(',')}]`,
  (r, ps) => `$ kubectl describe pod ${svc(r)}-${r.hex(10)}-${r.chars('bcdfghjk2456789', 5)} -n prod\n...\n    Environment:\n${mix(r, ps).map(([k, v]) => `      ${k}:`.padEnd(34) + `${v}`).join('\n')}\n    Mounts:\n      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-${r.chars('bcdfghjk2456789', 5)} (ro)`,
  (r, ps) => `$ kubectl get deploy ${svc(r)} -o yaml\n    spec:\n      containers:\n      - env:\n${ps.map(([k, v]) => `        - name: ${k}\n          value: "${esc(v)}"`).join('\n')}\n        - name: LOG_LEVEL\n          value: info\n        image: registry.internal/${svc(r)}:${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}`,
  (r, ps) => `# cat /proc/${pid(r)}/environ\n${mix(r, ps).map(([k, v]) => `${k}=${v}`).join('\\0')}\\0`,
  (r, ps) => `root@${svc(r)}:/# cat -v /proc/${pid(r)}/environ\n${mix(r, ps).map(([k, v]) => `${k}=${v}`).join('^@')}^@`,
  (r, ps) => `>>> open('/proc/${pid(r)}/environ','rb').read()\nb'${mix(r, ps).map(([k, v]) => `${k}=${sq(v)}`).join('\\x00')}\\x00'`,
  (r, ps) => `$ systemctl cat ${svc(r)}.service\n# /etc/systemd/system/${svc(r)}.service\n[Service]\nUser=app\n${ps.map(([k, v]) => `Environment="${k}=${v}"`).join('\n')}\nExecStart=/usr/bin/node /srv/app/dist/main.js\nRestart=on-failure`,
  (r, ps) => ps.map(([k, v], i) => `  ${500 + i + r.int(0, 40)}  export ${k}='${v}'`).join('\n') + `\n  ${600 + r.int(0, 99)}  ./bin/deploy --env prod`,
  (r, ps) => `Crashed Thread:        0  Dispatch queue: com.apple.main-thread\nException Type:        EXC_CRASH (SIGABRT)\n\nEnvironment Variables:\n${mix(r, ps).map(([k, v]) => `    ${k} = ${v}`).join('\n')}\n\nThread 0 Crashed:`,
  (r, ps) => `  # kubernetes_deployment.app will be updated in-place\n  ~ resource "kubernetes_deployment" "app" {\n          ~ container {\n${ps.map(([k, v]) => `              + env {\n                  + name  = "${k}"\n                  + value = "${esc(v)}"\n                }`).join('\n')}\n            }\n    }`,
  (r, ps) => `$ helm get values ${svc(r)} -n prod\nUSER-SUPPLIED VALUES:\nreplicaCount: ${r.int(2, 6)}\nextraEnv:\n${ps.map(([k, v]) => `  ${k}: "${esc(v)}"`).join('\n')}\nresources:\n  limits:\n    memory: 512Mi`,
  (r, ps) => `<host-${r.int(1, 40)}> ESTABLISH SSH CONNECTION FOR USER: deploy\nchanged: [app-${r.int(1, 9)}] => {\n    "changed": true,\n    "invocation": {\n        "module_args": {\n            "env": {\n${ps.map(([k, v]) => `                "${k}": "${esc(v)}"`).join(',\n')}\n            },\n            "name": "${svc(r)}",\n            "state": "started"\n        }\n    }\n}`,
  (r, ps) => `  File "/srv/app/settings.py", line ${r.int(20, 300)}, in <module>\n    raise ImproperlyConfigured(msg)\n  Local variables:\n    env = environ({${mix(r, ps).map(([k, v]) => `'${k}': '${sq(v)}'`).join(', ')}})`,
  (r, ps) => `USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\napp      ${pid(r)}  ${r.int(0, 9)}.${r.int(0, 9)}  2.1 1183220 88412 ?     Ssl  02:11   0:14 env ${ps.map(([k, v]) => `${k}=${v}`).join(' ')} node dist/main.js`,
  (r, ps) => `> process.env\n{\n${mix(r, ps).map(([k, v]) => `  ${k}: '${sq(v)}'`).join(',\n')}\n}`,
  (r, ps) => `irb(main):00${r.int(1, 9)}:0> ENV.to_h.slice(${ps.map(([k]) => `"${k}"`).join(', ')})\n=> {${ps.map(([k, v]) => `"${k}"=>"${v.replace(/"/g, '\\"')}"`).join(', ')}}`,
  (r, ps) => `$ heroku config -a ${svc(r)}\n=== ${svc(r)} Config Vars\n${ps.map(([k, v]) => `${(k + ':').padEnd(28)}${v}`).join('\n')}\nWEB_CONCURRENCY:            ${r.int(2, 8)}`,
  (r, ps) => `$ aws ecs describe-task-definition --task-definition ${svc(r)}:${r.int(3, 90)}\n            "environment": [\n${ps.map(([k, v]) => `                {\n                    "name": "${k}",\n                    "value": "${esc(v)}"\n                }`).join(',\n')}\n            ],`,
  (r, ps) => `${ts18(r)} E AndroidRuntime: FATAL EXCEPTION: main\n${ts18(r)} E AndroidRuntime: Process: com.example.shop, PID: ${pid(r)}\n${ts18(r)} D BuildConfigDump: ${ps.map(([k, v]) => `${k}=${v}`).join(', ')}`,
  (r, ps) => `$ docker compose config\nservices:\n  ${svc(r)}:\n    environment:\n${ps.map(([k, v]) => `      ${k}: ${v}`).join('\n')}\n      TZ: UTC`,
  (r, ps) => `${new Date((1796000000 + r.int(0, 3000000)) * 1000).toUTCString().slice(5, 25)} ip-10-0-${r.int(1, 9)}-${r.int(2, 250)} systemd[1]: ${svc(r)}.service: Executing: /usr/bin/env ${ps.map(([k, v]) => `${k}=${v}`).join(' ')} /srv/app/bin/start`,
  (r, ps) => `+ printenv | sort\n${mix(r, ps).sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}=${v}`).join('\n')}`,
];

const hv = (prefix: string, value: string): string => (prefix === '' ? value : prefix.endsWith('=') ? prefix + value : `${prefix} ${value}`);
/** Splits `Authorization: Bearer` into the header name and the scheme in front of the value. */
export const splitHeader = (h: string): [string, string] => {
  const at = h.indexOf(':');
  return [h.slice(0, at), h.slice(at + 1).trim()];
};

/** Header-style contexts: one header carrying the value, in HTTP inspection artifacts. */
export const HEAD_CTX: HeadCtx[] = [
  (r, n, v, p) => `{"traceId":"${r.hex(32)}","spanId":"${r.hex(16)}","name":"HTTP GET","kind":"SPAN_KIND_CLIENT","attributes":[{"key":"http.url","value":{"stringValue":"https://api.partner.io${p}"}},{"key":"http.request.header.${n.toLowerCase()}","value":{"arrayValue":{"values":[{"stringValue":"${esc(v)}"}]}}},{"key":"http.status_code","value":{"intValue":"${r.pick([401, 403, 500, 502])}"}}]}`,
  (r, n, v, p) => `{"traceID":"${r.hex(32)}","spanID":"${r.hex(16)}","operationName":"POST ${p}","tags":[{"key":"span.kind","type":"string","value":"client"},{"key":"http.request.header.${n.toLowerCase()}","type":"string","value":"${esc(v)}"},{"key":"error","type":"bool","value":true}]}`,
  (r, n, v, p) => `[{"traceId":"${r.hex(16)}","id":"${r.hex(16)}","kind":"CLIENT","name":"get","localEndpoint":{"serviceName":"${svc(r)}"},"tags":{"http.method":"GET","http.path":"${p}","http.request.header.${n.toLowerCase()}":"${esc(v)}","http.status_code":"${r.pick([401, 500])}"}}]`,
  (r, n, v, p) => `"request": {\n    "url": "https://${svc(r)}.internal${p}",\n    "method": "POST",\n    "headers": [\n      ["Content-Type", "application/json"],\n      ["${n}", "${esc(v)}"],\n      ["User-Agent", "python-requests/2.32.3"]\n    ]\n  },`,
  (r, n, v, p) => `        "headers": [\n          { "name": "Host", "value": "api.vendor.net" },\n          { "name": "${n}", "value": "${esc(v)}" },\n          { "name": "Accept", "value": "application/json" }\n        ],\n        "url": "https://api.vendor.net${p}",`,
  (r, n, v, p) => `*   Trying 52.${r.int(1, 250)}.${r.int(1, 250)}.${r.int(1, 250)}:443...\n* Connected to api.vendor.net port 443\n> GET ${p} HTTP/2\n> Host: api.vendor.net\n> user-agent: curl/8.5.0\n> accept: */*\n> ${n}: ${v}\n>\n< HTTP/2 ${r.pick([401, 403, 429])}`,
  (r, n, v, p) => `${ts18(r).slice(11, 19)} ${r.pick(['10.1.4.7', '172.18.0.5'])}:${r.int(40000, 60000)}: POST https://api.vendor.net${p}\n    Host:           api.vendor.net\n    Content-Type:   application/json\n    ${(n + ':').padEnd(16)}${v}\n << ${r.pick([401, 500])} ${r.int(20, 300)}b`,
  (r, n, v, p) => `${ts18(r).slice(11, 19)}.${r.digits(6)} IP 10.0.${r.int(0, 9)}.${r.int(2, 250)}.${r.int(40000, 60000)} > 10.0.${r.int(0, 9)}.${r.int(2, 250)}.80: Flags [P.], length ${r.int(200, 900)}: HTTP: GET ${p} HTTP/1.1\nE..${r.chars('!#$%&()*+,-./:;<=>?@AZaz', 4)}@.@.${r.chars('ABCDEFabcdef0123456789', 6)}...........P....GET ${p} HTTP/1.1..Host: backend.internal..${n}: ${v}..User-Agent: Go-http-client/1.1..Accept-Encoding: gzip....`,
  (r, n, v, p) => `fetch("https://api.vendor.net${p}", {\n  "headers": {\n    "accept": "application/json",\n    "${n.toLowerCase()}": "${esc(v)}",\n    "sec-fetch-mode": "cors"\n  },\n  "method": "GET"\n});`,
  (r, n, v, p) => `GET https://api.vendor.net${p} HTTP/1.1\nHost: api.vendor.net\n${n}: ${v}\nAccept-Encoding: gzip, deflate\nConnection: keep-alive\n\nHTTP/1.1 ${r.pick(['401 Unauthorized', '500 Internal Server Error', '503 Service Unavailable'])}`,
  (r, n, v, p) => {
    const t = ts18(r).slice(5, 19).replace('T', ' ');
    const head = `${t}.${r.int(100, 999)}  ${pid(r)}  ${pid(r)} D OkHttp  :`;
    return `${head} --> GET https://api.vendor.net${p}\n${head} ${n}: ${v}\n${head} --> END GET`;
  },
  (r, n, v, p) => `flutter: ╔╣ Request ║ GET \nflutter: ║  https://api.vendor.net${p}\nflutter: ╔ Headers \nflutter: ╟ ${n.toLowerCase()}: ${v}\nflutter: ╟ content-type: application/json\nflutter: ╚══════════════════════════`,
  (r, n, v, p) => `"metaData": {\n    "request": {\n      "url": "https://${svc(r)}.prod${p}",\n      "httpMethod": "GET",\n      "headers": {\n        "${n}": "${esc(v)}",\n        "Accept": "*/*"\n      }\n    }\n  }`,
  (r, n, v, p) => `  ${r.int(900, 2000)}  curl -sS -H '${n}: ${v}' https://api.vendor.net${p} | jq .`,
  (r, n, v, p) => `"request": {\n    "url": "https://app.example-shop.io${p}",\n    "cgi_data": {\n      "REQUEST_METHOD": "GET",\n      "HTTP_${n.toUpperCase().replace(/-/g, '_')}": "${esc(v)}",\n      "HTTP_ACCEPT": "text/html"\n    }\n  }`,
  (r, n, v, p) => `2026/12/0${r.int(1, 4)} ${ts18(r).slice(11, 19)} httputil dump: GET ${p} HTTP/1.1\r\nHost: api.vendor.net\r\nUser-Agent: Go-http-client/1.1\r\n${n}: ${v}\r\nAccept-Encoding: gzip\r\n\r\n`,
  (r, n, v, p) => `"request": {\n      "url": "https://${svc(r)}.prod${p}",\n      "method": "GET",\n      "headers": {\n        "${n.toLowerCase()}": "${esc(v)}",\n        "x-forwarded-proto": "https"\n      },\n      "user_ip": "$remote_ip"\n    },`,
  (r, n, v, p) => `ngrok inspect · ${r.pick(['GET', 'POST'])} ${p}  ${r.pick([401, 500])}\n  Headers\n    Accept-Encoding   gzip\n    ${n.padEnd(17)} ${v}\n    X-Forwarded-For   203.0.113.${r.int(1, 250)}`,
];

export { hv };

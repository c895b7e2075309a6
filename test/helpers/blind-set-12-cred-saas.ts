import { B62, B64URL } from './blind-set-12-rng';
import { cred, pos, type PosCase12 } from './blind-set-12-types';

/** Developer SaaS, observability and CI credentials, plus passwords in config and URLs. */
export const credSaas: PosCase12[] = [
  (r) => {
    const k = `lin_api_${r.b62(40)}`;
    return pos('dev/linear', `LinearError: Authentication required, not authenticated\n  at new LinearClient({ apiKey: "${k}" })`, cred('linear-key', k));
  },
  (r) => {
    const k = `figd_${r.chars(B64URL, 40)}`;
    return pos('dev/figma', `figma-export: GET /v1/files/${r.b62(22)} 403\n  X-Figma-Token: ${k}`, cred('figma-token', k));
  },
  (r) => {
    const k = `CFPAT-${r.chars(B64URL, 43)}`;
    return pos('cms/contentful', `contentful-management: AccessTokenInvalid\n  "config": {"accessToken": "${k}", "space": "${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}"}`, cred('contentful-pat', k));
  },
  (r) => {
    const k = `sk${r.b62(180)}`;
    return pos('cms/sanity', `SANITY_API_WRITE_TOKEN=${k}\nClientError: Unauthorized - Session not found (401)`, cred('sanity-token', k));
  },
  (r) => {
    const k = r.hex(32);
    return pos('search/algolia-admin', `AlgoliaSearchError: Method not allowed with this API key\n  algoliasearch('${r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}', '${k}') // ALGOLIA_ADMIN_KEY`, cred('algolia-admin', k));
  },
  (r) => {
    const k = `sk.${Buffer.from(JSON.stringify({ u: 'geo-ops', a: r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25) })).toString('base64url')}.${r.chars(B64URL, 22)}`;
    return pos('maps/mapbox-secret', `MAPBOX_DOWNLOADS_TOKEN=${k}\n> Task :app:mergeDebugNativeLibs FAILED 401 from api.mapbox.com`, cred('mapbox-secret', k));
  },
  (r) => {
    const sec = r.b64(57);
    return pos('media/mux', `Mux::Unauthorized: 401\n  MUX_TOKEN_ID=${r.uuid()}\n  MUX_TOKEN_SECRET=${sec}`, cred('mux-secret', sec));
  },
  (r) => {
    const sec = r.chars(B64URL, 27);
    return pos('media/cloudinary', `Error: Invalid Signature ${r.hex(40)}. String to sign - 'timestamp=${r.int(1.7e9, 1.75e9)}'.\nCLOUDINARY_URL=cloudinary://${r.digits(15)}:${sec}@acme-media`, cred('cloudinary-secret', sec));
  },
  (r) => {
    const t = `sl.u.${r.chars(B64URL, 140)}`;
    return pos('files/dropbox', `dropbox.exceptions.AuthError: AuthError('${r.hex(32)}', AuthError('expired_access_token', None))\n  dbx = dropbox.Dropbox("${t}")`, cred('dropbox-token', t));
  },
  (r) => {
    const s = r.b62(32);
    return pos('files/box-json', `{"boxAppSettings":{"clientID":"${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}","clientSecret":"${s}","appAuth":{"publicKeyID":"${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8)}"}},"enterpriseID":"${r.digits(9)}"}`, cred('box-secret', s));
  },
  (r) => {
    const k = r.hex(32);
    return pos('obs/rollbar', `ROLLBAR_ACCESS_TOKEN=${k}\nrollbar: POST https://api.rollbar.com/api/1/item/ returned 403: access token not found`, cred('rollbar-token', k));
  },
  (r) => {
    const t = r.b62(24);
    return pos('obs/logtail', `vector[1]: ERROR sink{component_id=logtail}: HTTP 401\n  [sinks.logtail.auth]\n  strategy = "bearer"\n  token = "${t}"`, cred('logtail-token', t));
  },
  (r) => {
    const t = r.uuid();
    return pos('obs/loggly', `rsyslog: omfwd error posting to https://logs-01.loggly.com/inputs/${t}/tag/http/ : 403`, cred('loggly-token', t));
  },
  (r) => {
    const k = `cxtp_${r.b62(30)}`;
    return pos('obs/coralogix', `otel-collector: exporter coralogix: rpc error: code = Unauthenticated\n  exporters:\n    coralogix:\n      private_key: "${k}"\n      domain: eu2.coralogix.com`, cred('coralogix-key', k));
  },
  (r) => {
    const t = r.chars(B62 + '+/', 84);
    return pos('obs/lightstep', `OTEL_EXPORTER_OTLP_HEADERS=lightstep-access-token=${t}\nfailed to export spans: 401`, cred('lightstep-token', t));
  },
  (r) => {
    const t = r.hex(50);
    return pos('ci/buildkite-agent', `buildkite-agent start --token "${t}" --tags queue=deploy\n2026-12-04 09:21:02 FATAL Failed to register agent: POST https://agent.buildkite.com/v3/register: 401 Unauthorized`, cred('buildkite-agent', t));
  },
  (r) => {
    const t = r.b62(24);
    return pos('ci/vercel', `Error: The specified token is not valid. Use \`vercel login\` to generate a new token.\n  > vercel deploy --prod --token=${t}`, cred('vercel-token', t));
  },
  (r) => {
    const t = `nfp_${r.b62(36)}`;
    return pos('ci/netlify', `  NETLIFY_AUTH_TOKEN: ${t}\nError: Unauthorized: could not retrieve project`, cred('netlify-token', t));
  },
  (r) => {
    const pw = r.password(18);
    return pos('cfg/spring-mail', `o.s.m.MailAuthenticationException: Authentication failed\nspring.mail.host=smtp.mailgun.org\nspring.mail.username=postmaster@mg.acme-notify.io\nspring.mail.password=${pw}`, cred('password', pw));
  },
  (r) => {
    const pw = r.urlPassword(16);
    return pos('cfg/amqp-url', `pika.exceptions.ProbableAuthenticationError: ConnectionClosedByBroker: (403) 'ACCESS_REFUSED'\n  broker_url = 'amqps://orders:${pw}@rabbit.internal.acme.io:5671/prod'`, cred('password', pw));
  },
  (r) => {
    const pw = r.password(14);
    return pos('cfg/docker-login', `+ docker login registry.acme.dev -u deploy-bot -p '${pw}'\nWARNING! Using --password via the CLI is insecure.\nError response from daemon: Get "https://registry.acme.dev/v2/": unauthorized`, cred('password', pw));
  },
  (r) => {
    const pw = r.password(16);
    return pos('cfg/mssql-conn', `System.Data.SqlClient.SqlException (0x80131904): Login failed for user 'svc_reports'.\n   ConnectionString: Server=tcp:sql-prod-02,1433;Database=Reports;User Id=svc_reports;Password=${pw};Encrypt=True`, cred('password', pw));
  },
  (r) => {
    const pw = r.urlPassword(14);
    return pos('cfg/form-encoded', `POST /oauth/token body: grant_type=password&username=ops%40northwind-labs.io&password=${pw}&client_id=portal`, cred('password', pw));
  },
];

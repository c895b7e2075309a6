import type { Area53 } from './blind-set-53-types';

/** Construction project management, plan rooms and BIM: Procore, ACC/APS, Aconex, Fieldwire, Bluebeam, Trimble, Bentley, OpenSpace. */
export const PM53: Area53 = {
  area: 'pm',
  templates: [
    ['procore-oauth-curl', 6, (c) => {
      const id = c.hexKey('oauth_client_secret', 64);
      return `$ curl -X POST https://login.procore.com/oauth/token -H 'Content-Type: application/json' \\\n  -d '{"grant_type":"client_credentials","client_id":"${c.hex(64)}","client_secret":"${id}"}'\n{"access_token":"${c.jwt({ iss: 'https://login.procore.com', sub: String(c.int(1000000, 9999999)), aud: 'procore', company_id: c.int(10000, 99999) })}","token_type":"Bearer","expires_in":5400,"refresh_token":"${c.b62Key('refresh_token', 43)}","created_at":${c.int(1700000000, 1730000000)}}`;
    }],
    ['procore-webhook-debug', 6, (c) => {
      const p = c.person();
      return `[procore-sync] ${c.ts()} DEBUG POST https://api.procore.com/rest/v1.0/projects/${c.int(100000, 999999)}/rfis\n> Authorization: Bearer ${c.jwt({ sub: String(c.int(1e6, 9e6)), company_id: c.int(1e4, 9e4), scope: 'rfis:write' })}\n> Procore-Company-Id: ${c.int(10000, 99999)}\n< 422 {"errors":{"assignee_ids":["User ${c.name(p).name} <${c.email(p, c.gc() + '.com')}> is not on project directory"]}}`;
    }],
    ['procore-env', 6, (c) => `# procore-erp-connector/.env (prod)\nPROCORE_CLIENT_ID=${c.hex(64)}\nPROCORE_CLIENT_SECRET=${c.hexKey('oauth_client_secret', 64)}\nPROCORE_COMPANY_ID=${c.int(10000, 99999)}\nSAGE_DB_URL=mssql://svc_procore:${c.urlPw()}@sage300-sql01.corp.local:1433/CONSTR\nSENDGRID_API_KEY=${c.sendgrid()}\nSENTRY_ENVIRONMENT=production\n`],
    ['aps-token-python', 6, (c) => {
      const sec = c.b62Key('oauth_client_secret', 16);
      return `Traceback (most recent call last):\n  File "/opt/bim-sync/aps_client.py", line 88, in authenticate\n    r.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://developer.api.autodesk.com/authentication/v2/token\nDEBUG request body: grant_type=client_credentials&scope=data%3Aread%20bucket%3Aread&client_id=${c.b62(32)}&client_secret=${sec}`;
    }],
    ['aps-acc-issues', 6, (c) => {
      const p = c.person();
      return `GET /construction/issues/v1/projects/${c.uuid()}/issues?filter[assignedTo]=${c.uuid()} HTTP/1.1\nHost: developer.api.autodesk.com\nAuthorization: Bearer ${c.jwt({ scope: ['data:read', 'account:read'], client_id: c.b62(32), aud: 'https://autodesk.com', userid: c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 12) }, 'RS256')}\nx-user-id: ${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 12)}\n\nHTTP/1.1 200 OK\n{"results":[{"title":"Firestop missing at L3 shaft","assignedTo":"${c.name(p).name}","createdBy":"${c.email(p, c.gc() + '.com')}","status":"open"}]}`;
    }],
    ['aconex-basic', 5, (c) => {
      const u = `${c.person().first.toLowerCase()}.${c.pick(['pm', 'dc', 'admin'])}`;
      const pw = c.r.password(14);
      return `2024-06-1${c.int(0, 9)} 08:1${c.int(0, 9)}:03,412 WARN  [aconex-mail-export] com.aconex.api.client.AconexClient - 403 from https://ap1.aconex.com/api/projects/${c.digits(10)}/mail?mail_box=inbox user=${u} Authorization=Basic ${c.basic(u, pw)} Aconex-Api-Key=${c.b62Key('api_key', 32)}`;
    }],
    ['fieldwire-yaml', 5, (c) => `fieldwire:\n  base_url: https://client-api.us.fieldwire.com/api/v3\n  refresh_token: ${c.b62Key('refresh_token', 48)}\n  account_id: ${c.int(100000, 999999)}\nnotify:\n  superintendent:\n    name: ${c.name().name}\n    mobile: "${c.phone()}"\n  twilio:\n    account_sid: AC${c.hex(32)}\n    auth_token: ${c.twilioToken()}\n`],
    ['bluebeam-studio-log', 5, (c) => {
      const p = c.person();
      return `Bluebeam.Studio.Api.StudioException: Session ${c.digits(3)}-${c.digits(3)}-${c.digits(3)} could not be joined (401)\n   at Bluebeam.Studio.Api.SessionClient.JoinAsync(String sessionId)\n   at PlanRoom.Sync.Worker.Run() in C:\\builds\\planroom\\Worker.cs:line 142\nContext: user=${c.email(p, c.gc() + '.com')} display="${c.name(p).name}" refresh_token=${c.b62Key('refresh_token', 40)} client_secret=${c.b62Key('oauth_client_secret', 32)}`;
    }],
    ['trimble-connect-json', 5, (c) => `{"level":"error","ts":"${c.ts()}","svc":"tc-model-uploader","msg":"upload failed","http":{"method":"PUT","url":"https://app21.connect.trimble.com/tc/api/2.0/files/fs/upload?parentId=${c.b62(22)}","status":403},"auth":{"bearer":"${c.jwt({ iss: 'https://id.trimble.com', azp: c.uuid(), sub: c.uuid() })}"},"uploader":{"email":"${c.email()}","ip":"${c.ip()}"}}`],
    ['bentley-itwin', 5, (c) => `ITWIN_CLIENT_ID=service-${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 12)}\nITWIN_CLIENT_SECRET=${c.b64Key('oauth_client_secret', 48)}\nITWIN_AUTHORITY=https://ims.bentley.com\nIMODEL_ID=${c.uuid()}\nSYNCHRO_PORTAL_ADMIN=${c.email()}\nAZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=bimdrop${c.int(10, 99)};AccountKey=${c.azureKey()};EndpointSuffix=core.windows.net`],
    ['openspace-capture', 5, (c) => {
      const p = c.person();
      return `# openspace export (api key ${c.b62Key('api_key', 32)})\ncapture_id,site,walker_name,walker_email,started_utc,start_lat,start_lon,device_ip\n${c.uuid()},Tower B L${c.int(2, 30)},${c.name(p).name},${c.email(p)},${c.ts()},${c.lat()},${c.lon()},${c.ip()}`;
    }],
    ['plangrid-node', 5, (c) => `UnhandledPromiseRejectionWarning: PlanGridError: 401 Unauthorized\n    at PlanGridClient.request (/srv/sheets-sync/node_modules/plangrid-client/lib/index.js:73:13)\n  config: {\n    url: 'https://io.plangrid.com/projects/${c.uuid()}/sheets',\n    headers: { Authorization: 'Basic ${c.basic(c.b62(32), '')}', Accept: 'application/vnd.plangrid+json; version=1' }\n  }`],
    ['drone-deploy', 5, (c) => `drone_flight_log: pilot="${c.name().name}" faa_part107="${c.digits(7)}" pilot_phone="${c.phone()}" home_point=(${c.lat()}, ${c.lon()}) dronedeploy_api_key=${c.b62Key('api_key', 32)} map_plan=${c.hex(24)}`],
    ['matterport-sdk', 5, (c) => `<script src="https://static.matterport.com/showcase-sdk/latest.js"></script>\n<!-- internal viewer: do not publish -->\n<script>\n  const MP_SDK_KEY = '${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25)}';\n  const MP_API_TOKEN_ID = '${c.hex(16)}';\n  const MP_API_TOKEN_SECRET = '${c.hexKey('api_secret', 32)}';\n  fetch('https://api.matterport.com/api/models/graph', { headers: { Authorization: 'Basic ' + '${c.basic(c.hex(16), c.hex(32))}' } });\n</script>`],
    ['egnyte-planroom', 5, (c) => {
      const p = c.person();
      return `Jun ${c.int(10, 28)} 04:12:55 planroom-sync egnyte-sync[${c.int(1000, 30000)}]: ERROR token refresh failed domain=${c.gc()}.egnyte.com client_id=${c.b62(24)} access_token=${c.b62Key('oauth_token', 24)} shared_by="${c.name(p).name}" <${c.email(p)}> remote_addr=${c.ip()}`;
    }],
    ['buildertrend-ticket', 5, (c) => {
      const p = c.person();
      return `Ticket #${c.int(200000, 999999)} — Homeowner portal login loop\nFrom: ${c.name(p).name} <${c.email(p)}>\nPhone: ${c.phone()}\nJob address: ${c.address()}\nI reset my password to ${c.pw()} like your agent said but it still kicks me out. Card on file for the change order is ${c.card()} if you need to verify.`;
    }],
    ['docusign-jwt-grant', 5, (c) => `# docusign_lien_waiver.py (signing service)\nDS_INTEGRATION_KEY = "${c.uuid()}"\nDS_USER_ID = "${c.uuid()}"\nDS_PRIVATE_KEY = """${c.pem('RSA')}"""\nDS_ACCOUNT_BASE = "https://na3.docusign.net/restapi"\n`],
  ],
};

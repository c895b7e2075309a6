/**
 * Blind set 84: token endpoints and signed requests: requests-oauthlib DEBUG lines, openid-client
 * TokenSet / OPError dumps, Spring Security's token-request logs and mTLS/private-key-JWT config;
 * S3, Azure SAS and GCS signed URLs in failed uploads; gRPC metadata in Go, Node, Python and Java.
 */
import { hdr, pyRepr, type Ctx, type Json } from './blind-set-84-ctx';
import { moment } from './blind-set-84-noise';
import { person } from './blind-set-84-people';
import { inspectJs, reprPy } from './blind-set-84-print';
import { ALNUM, b64, pctEnc } from './blind-set-84-rng';
import { awsKeyId, awsSessionToken, googleAccessToken, opaque } from './blind-set-84-tokens';
import { accessJwt, pemKey } from './blind-set-84-tokens2';
import { oauth } from './blind-set-84-vendors-oauth';

/** One token exchange as an OAuth library logs it. */
export function oauthToken(ctx: Ctx): string {
  const r = ctx.r;
  const call = oauth(ctx, { fail: r.chance(0.4) });
  const form: Record<string, string> = call.bodyType === 'json' ? Object.fromEntries(Object.entries(call.json as Record<string, string>)) : Object.fromEntries(new URLSearchParams(call.body));
  const k = r.int(0, 3);
  const py = (s: string) => `DEBUG:requests_oauthlib.oauth2_session:${s}`;
  if (k === 0) {
    const hs = { 'User-Agent': 'python-requests/2.31.0', 'Accept-Encoding': 'gzip, deflate', Accept: 'application/json', Connection: 'keep-alive', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8', 'Content-Length': String(call.body.length), ...Object.fromEntries(call.headers.filter(([a]) => a !== 'Accept')) };
    return [py(`Requesting url ${call.url.split('?')[0]} using method POST.`), py(`Supplying headers {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8'} and data ${reprPy(form)}`), py(`Passing through key word arguments {'timeout': None, 'auth': ${hdr(call.headers, 'Authorization') ? `<requests.auth.HTTPBasicAuth object at 0x7f${r.hex(10)}>` : 'None'}, 'verify': None, 'proxies': None, 'cert': None}.`), py(`Prepared fetch token request body ${call.body}`), py(`Request to fetch token completed with status ${call.status}.`), py(`Request url was ${call.url}`), py(`Request headers were ${reprPy(hs)}`), py(`Request body was ${call.body}`), py(`Response headers were ${reprPy(Object.fromEntries(call.respHeaders))} and content ${call.respBody}.`), py('Invoking 0 token response hooks.'), call.status >= 400 ? `oauthlib.oauth2.rfc6749.errors.${r.pick(['InvalidGrantError', 'InvalidClientError'])}: (${(call.respJson as { error?: string } | undefined)?.error ?? 'invalid_grant'}) ` : ''].filter(Boolean).join('\n');
  }
  if (k === 1) {
    if (call.status < 400 && call.respJson) {
      const ts = call.respJson as Record<string, Json>;
      return `${moment(r).iso} debug token refreshed for ${call.vendor}: TokenSet ${inspectJs({ ...ts, expires_at: moment(r).secs + 3600 }, 1, 0)}\n${moment(r).iso} error ${call.vendor} API call failed after refresh: 403 Forbidden`;
    }
    return `OPError: ${(call.respJson as { error?: string } | undefined)?.error ?? 'invalid_grant'} (${(call.respJson as { error_description?: string } | undefined)?.error_description ?? ''})\n    at processResponse (/app/node_modules/openid-client/lib/helpers/process_response.js:38:13)\n    at Client.grant (/app/node_modules/openid-client/lib/client.js:1340:22) {\n  error: '${(call.respJson as { error?: string } | undefined)?.error ?? 'invalid_grant'}',\n  response: IncomingMessage { statusCode: ${call.status}, body: ${inspectJs(call.respBody)} }\n}\ngrant body: ${inspectJs(form, 1, 0)}\ntoken endpoint auth: ${inspectJs({ method: hdr(call.headers, 'Authorization') ? 'client_secret_basic' : 'client_secret_post', authorization: hdr(call.headers, 'Authorization') || undefined }, 1, 0)}`;
  }
  if (k === 2) {
    const map = `{${Object.entries(form).map(([a, b]) => `${a}=[${b}]`).join(', ')}}`;
    const th = `[${r.pick(['scheduling-1', 'task-3', 'http-nio-8080-exec-2'])}]`;
    return [`${moment(r).iso} DEBUG 1 --- ${th} o.s.web.client.RestTemplate : HTTP POST ${call.url}`, `${moment(r).iso} DEBUG 1 --- ${th} o.s.web.client.RestTemplate : Accept=[application/json, application/*+json]`, `${moment(r).iso} DEBUG 1 --- ${th} o.s.web.client.RestTemplate : Writing [${map}] as "application/x-www-form-urlencoded;charset=UTF-8"`, `${moment(r).iso} DEBUG 1 --- ${th} o.s.web.client.RestTemplate : Response ${call.status} ${call.statusText.toUpperCase().replace(/ /g, '_')}`, call.status >= 400 ? `org.springframework.security.oauth2.core.OAuth2AuthorizationException: [invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: ${call.status} ${call.statusText}: "${call.respBody}"` : `${moment(r).iso} DEBUG 1 --- ${th} o.s.web.client.RestTemplate : Reading to [org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse] ${call.respBody}`].join('\n');
  }
  const cfg = { orgUrl: `https://${r.pick(['acmecorp', 'northwind'])}.okta.com`, authorizationMode: 'PrivateKey', clientId: `0oa${r.chars(ALNUM, 17)}`, scopes: ['okta.users.manage', 'okta.groups.read'], privateKey: ctx.cred('private-key', pemKey(r)), keyId: r.chars(ALNUM, 43) };
  return `${moment(r).iso} [error] okta client init failed: ${JSON.stringify(cfg)}\n${moment(r).iso} [error] token request: POST ${call.url} ${call.body} -> ${call.status} ${call.respBody}`;
}

/** A failed upload or download through a pre-signed S3, Azure SAS or GCS URL. */
export function signedUrl(ctx: Ctx): string {
  const r = ctx.r;
  const m = moment(r);
  const k = r.int(0, 2);
  const obj = `${r.pick(['invoices', 'exports', 'statements', 'kyc-docs'])}/2024/${r.int(1, 12)}/${r.pick(['inv', 'exp', 'stmt'])}_${r.chars(ALNUM, 10)}.${r.pick(['pdf', 'csv', 'zip'])}`;
  if (k === 0) {
    const bucket = r.pick(['acme-invoices-prod', 'nw-exports', 'bp-kyc-uploads']);
    const region = r.pick(['us-east-1', 'eu-west-1']);
    const date = m.iso.slice(0, 10).replace(/-/g, '');
    const amzDate = `${date}T${m.iso.slice(11, 19).replace(/:/g, '')}Z`;
    const keyId = ctx.clean ? 'AKIAIOSFODNN7EXAMPLE' : r.chance(0.6) ? awsKeyId(r).replace(/^AKIA/, 'ASIA') : awsKeyId(r);
    const sig = ctx.cred('aws-signature', r.hex(64));
    const tok = keyId.startsWith('ASIA') ? `&X-Amz-Security-Token=${pctEnc(ctx.cred('aws-session-token', awsSessionToken(r)))}` : '';
    const url = `https://${bucket}.s3.${region}.amazonaws.com/${obj}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${keyId}%2F${date}%2F${region}%2Fs3%2Faws4_request&X-Amz-Date=${amzDate}&X-Amz-Expires=${r.pick([300, 900, 3600])}${tok}&X-Amz-SignedHeaders=host&x-id=${r.pick(['PutObject', 'GetObject'])}&X-Amz-Signature=${sig}`;
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${r.pick(['SignatureDoesNotMatch', 'AccessDenied'])}</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message><AWSAccessKeyId>${keyId}</AWSAccessKeyId><StringToSign>AWS4-HMAC-SHA256\n${amzDate}\n${date}/${region}/s3/aws4_request\n${r.hex(64)}</StringToSign><SignatureProvided>${sig}</SignatureProvided><RequestId>${r.chars('ABCDEF0123456789', 16)}</RequestId><HostId>${b64(r.bytes(48))}</HostId></Error>`;
    return r.chance(0.5) ? `${m.iso} ERROR invoice-uploader: PUT ${url} failed: 403 Forbidden\n${body}` : JSON.stringify({ level: 'error', time: m.iso, msg: 'presigned upload failed', url, status: 403, body });
  }
  if (k === 1) {
    const acct = r.pick(['acmeexports', 'nwstatements', 'bpkycstore']);
    const sig = ctx.cred('azure-sas-sig', pctEnc(b64(r.bytes(32))));
    const url = `https://${acct}.blob.core.windows.net/${obj}?sv=2022-11-02&ss=b&srt=o&sp=${r.pick(['r', 'rw', 'racwdl'])}&se=2024-0${r.int(6, 9)}-1${r.int(0, 9)}T10%3A12%3A01Z&st=2024-0${r.int(1, 5)}-0${r.int(1, 9)}T10%3A12%3A01Z&spr=https&sig=${sig}`;
    const conn = r.chance(0.5) ? `\nstorage client: connectionString=DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${ctx.cred('azure-storage-key', b64(r.bytes(64)))};EndpointSuffix=core.windows.net` : '';
    return `${m.iso} [ERR] Azure blob download failed: Azure.RequestFailedException: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.\nRequestId:${r.uuid()}\nTime:${m.iso}\nStatus: 403 (Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.)\nErrorCode: AuthenticationFailed\n\nAdditional Information:\nAuthenticationErrorDetail: Signed expiry time [${m.http}] must be after signed start time [${m.http}]\n\nHeaders:\nServer: Microsoft-HTTPAPI/2.0\nx-ms-request-id: ${r.uuid()}\nx-ms-error-code: AuthenticationFailed\nDate: ${m.http}\n\n   at Azure.Storage.Blobs.BlobRestClient.DownloadAsync(...)\nSAS URL: ${url}${conn}`;
  }
  const sa = `${r.pick(['reports', 'exports', 'signer'])}@${r.pick(['acme-prod', 'nw-data-417'])}.iam.gserviceaccount.com`;
  const sig = ctx.cred('gcs-signature', pctEnc(b64(r.bytes(256))));
  const url = `https://storage.googleapis.com/${r.pick(['acme-reports', 'nw-exports'])}/${obj}?GoogleAccessId=${pctEnc(sa)}&Expires=${m.secs + 900}&Signature=${sig}`;
  const bearer = r.chance(0.5) ? `\n${m.log} DEBUG exporter: fallback upload with Authorization: Bearer ${ctx.cred('google-token', googleAccessToken(r))}` : '';
  return `${m.log} ERROR exporter: GET ${url} -> 403${bearer}\n<?xml version='1.0' encoding='UTF-8'?><Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your Google secret key and signing method.</Message><StringToSign>GET\n\n\n${m.secs + 900}\n/${obj}</StringToSign></Error>`;
}

/** gRPC call metadata as Go, Node, Python or Java print it, with the status error. */
export function grpcMetadata(ctx: Ctx): string {
  const r = ctx.r;
  const p = person(r);
  const k = r.int(0, 3);
  const google = r.chance(0.4);
  const auth = google ? `Bearer ${ctx.cred('google-token', googleAccessToken(r))}` : `${r.pick(['Bearer', 'bearer'])} ${ctx.cred('jwt', accessJwt(r, 'https://auth.acmecorp.net/', 'members-api', 'members:write'))}`;
  const md: [string, string][] = [['authorization', auth], [google ? 'x-goog-user-project' : 'x-tenant-id', google ? 'acme-prod' : 'acme'], ['x-api-key', ctx.cred('api-key', opaque(r, 32, 40))]];
  if (!google && r.chance(0.4)) md.splice(2, 1);
  const method = google ? '/google.pubsub.v1.Publisher/Publish' : '/members.v1.MemberService/CreateMember';
  const msg = `email:"${ctx.pers('email', p.email)}" full_name:"${ctx.pers('name', p.name)}" phone:"${ctx.pers('phone', p.phone)}"`;
  if (k === 0) return `${moment(r).go} grpc call ${method} failed: rpc error: code = Unauthenticated desc = Request had invalid authentication credentials.\n  md=metadata.MD{${md.map(([a, b]) => `"${a}":[]string{"${b}"}`).join(', ')}}\n  req=${msg}`;
  if (k === 1) return `Error: 16 UNAUTHENTICATED: Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:19)\n    at Object.onReceiveStatus (/app/node_modules/@grpc/grpc-js/build/src/client.js:193:76) {\n  code: 16,\n  details: 'Request had invalid authentication credentials.',\n  metadata: Metadata { internalRepr: Map(1) { 'www-authenticate' => [Array] }, options: {} }\n}\nsent metadata: Metadata {\n  internalRepr: Map(${md.length}) {\n${md.map(([a, b]) => `    '${a}' => [ '${b}' ]`).join(',\n')}\n  },\n  options: {}\n}\nrequest: { ${msg.replace(/(\w+):"/g, "$1: '").replace(/"/g, "'").replace(/' (\w)/g, "', $1")} }`;
  if (k === 2) return `${moment(r).log} ERROR members.client: ${method} failed with metadata=(${md.map(([a, b]) => `(${pyRepr(a)}, ${pyRepr(b)})`).join(', ')})\ngrpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.UNAUTHENTICATED\n\tdetails = "Request had invalid authentication credentials."\n\tdebug_error_string = "UNKNOWN:Error received from peer ipv4:${r.int(34, 199)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:443 {created_time:"${moment(r).iso}", grpc_status:16, grpc_message:"Request had invalid authentication credentials."}"\n>\nrequest: ${msg}`;
  return `io.grpc.StatusRuntimeException: UNAUTHENTICATED: Request had invalid authentication credentials.\n\tat io.grpc.stub.ClientCalls.toStatusRuntimeException(ClientCalls.java:268)\n\tat io.grpc.stub.ClientCalls.getUnchecked(ClientCalls.java:249)\n\tat com.acme.members.MemberClient.create(MemberClient.java:${r.int(30, 200)})\nheaders: Metadata(content-type=application/grpc,user-agent=grpc-java-netty/1.63.0,${md.map(([a, b]) => `${a}=${b}`).join(',')})\nrequest: ${msg}`;
}

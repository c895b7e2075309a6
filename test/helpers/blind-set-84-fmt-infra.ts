/**
 * Blind set 84: what sits around an integration failure on the same host: the app's follow-up
 * line when its retry queue or database is also down (connection URLs with passwords), and the
 * egress proxy's (Envoy) access log for the failed upstream call, whose custom format prints
 * request headers (`AUTHORIZATION=%REQ(AUTHORIZATION)%`) and the end user's forwarded IP.
 */
import { hostOf, noUserInfo, pathOf, type Ctx } from './blind-set-84-ctx';
import { moment } from './blind-set-84-noise';
import { clientIp } from './blind-set-84-people';
import { pctEnc } from './blind-set-84-rng';
import { password, serviceUser } from './blind-set-84-tokens2';
import { pickCall } from './blind-set-84-vendors';

/** A follow-up error line naming a broker or database URL with its password (or '' most of the time). */
export function infraLine(ctx: Ctx, p = 0.25): string {
  const r = ctx.r;
  if (!r.chance(p)) return '';
  const pass = pctEnc(ctx.cred('password', password(r)));
  const user = serviceUser(r);
  return r.pick([
    `${moment(r).iso} ERROR retry queue unavailable, dropping job: amqp://${user}:${pass}@rabbitmq.internal:5672/integrations (ECONNREFUSED)`,
    `${moment(r).iso} ERROR could not persist failed call for replay: connect to postgres://${user}:${pass}@db-prod.cluster-c9xk2.eu-west-1.rds.amazonaws.com:5432/integrations timed out`,
    `${moment(r).iso} WARN dead-letter publish failed (redis://default:${pass}@redis-dlq.internal:6379/3): READONLY You can't write against a read only replica.`,
    `${moment(r).iso} ERROR outbox flush failed: MongoServerSelectionError: connection <monitor> to 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:27017 closed (uri=mongodb+srv://${user}:${pass}@cluster0.${r.chars('abcdefghijklmnop0123456789', 5)}.mongodb.net/outbox?retryWrites=true)`,
  ]);
}

/** Envoy egress access log for the call: a custom text format echoing headers, or the JSON format. */
export function envoyEgress(ctx: Ctx): string {
  const r = ctx.r;
  const call = pickCall(ctx, { fail: r.chance(0.8) });
  const m = moment(r);
  const auth = call.headers.find(([k]) => k.toLowerCase() === 'authorization')?.[1] ?? '-';
  const key = call.headers.find(([k]) => /^(x-api-key|api-key|x-auth-token|x-shopify-access-token|ocp-apim-subscription-key|x-postmark-server-token)$/i.test(k))?.[1] ?? '-';
  const xff = ctx.pers('ip', clientIp(r));
  const up = `${r.int(3, 199)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:443`;
  const rid = r.uuid();
  const dur = r.int(30, 3000);
  const ua = r.pick(['axios/1.7.2', 'python-requests/2.31.0', 'Go-http-client/1.1', 'okhttp/4.12.0', 'Faraday v2.9.0']);
  const path = pathOf(noUserInfo(call.url));
  if (r.chance(0.5)) {
    return `[${m.iso}] "${call.method} ${path} HTTP/1.1" ${call.status} - via_upstream - "-" ${call.body.length} ${call.respBody.length} ${dur} ${dur - r.int(0, 20)} "${xff}" "${ua}" "${rid}" "${hostOf(call.url)}" "${up}" outbound|443||${hostOf(call.url)} AUTHORIZATION=${auth} X-API-KEY=${key}`;
  }
  return JSON.stringify({ start_time: m.iso, method: call.method, path, protocol: 'HTTP/1.1', response_code: call.status, response_flags: '-', bytes_received: call.body.length, bytes_sent: call.respBody.length, duration: dur, x_forwarded_for: xff, user_agent: ua, request_id: rid, authority: hostOf(call.url), upstream_host: up, upstream_cluster: `outbound|443||${hostOf(call.url)}`, req_authorization: auth, req_x_api_key: key });
}

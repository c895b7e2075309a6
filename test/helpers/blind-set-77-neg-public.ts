import { LOWER } from './blind-set-77-rng';
import { b62, hex, iso, lower, now, reqId, ts, ulid, type NegTpl } from './blind-set-77-gen';

const b64u = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

/** Negatives: public keys and client-side identifiers the providers publish on purpose. */
export const NEG_PUBLIC: NegTpl[] = [
  ['public', 'clerk-publishable-key', (r) => `<ClerkProvider publishableKey="pk_live_${Buffer.from(`clerk.${lower(r, 7)}.com$`).toString('base64').replace(/=+$/, '')}"> mounted in ${r.int(20, 400)} ms (clerk-js@5.${r.int(10, 60)}.${r.int(0, 9)})`],
  ['public', 'posthog-project-key', (r) => `posthog.init('phc_${b62(r, 43)}', { api_host: 'https://us.i.posthog.com', person_profiles: 'identified_only' }) // loaded ${r.int(3, 40)} flags`],
  ['public', 'launchdarkly-client-id', (r) => `[LaunchDarkly] Opening stream connection to https://clientstream.launchdarkly.com/eval/${hex(r, 24)}/${b64u({ kind: 'user', anonymous: true, key: r.uuid() })}`],
  ['public', 'statsig-client-key', (r) => `statsig-js: initialize(clientKey="client-${b62(r, 43)}", user={userID: "${r.uuid()}"}) took ${r.int(40, 900)}ms, ${r.int(10, 200)} gates`],
  ['public', 'growthbook-client-key', (r) => `GET https://cdn.growthbook.io/api/features/sdk-${b62(r, 16)} 200 (${r.int(1, 30)} KB, etag "${hex(r, 32)}")`],
  ['public', 'supabase-anon-key', (r) => {
    const ref = r.chars(LOWER, 20);
    return `NEXT_PUBLIC_SUPABASE_URL=https://${ref}.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=${b64u({ alg: 'HS256', typ: 'JWT' })}.${b64u({ iss: 'supabase', ref, role: 'anon', iat: now(r), exp: now(r) + 315360000 })}.${r.b64url(32)}`;
  }],
  ['public', 'supabase-publishable', (r) => `createClient(url, "sb_publishable_${r.chars(LOWER + 'ABCDEFGHIJ0123456789-_', 22)}_${b62(r, 8)}") // browser bundle`],
  ['public', 'paddle-client-token', (r) => `Paddle.Initialize({ token: "live_${hex(r, 27)}", eventCallback: onPaddleEvent }); Paddle.Environment.set("production")`],
  ['public', 'recurly-public-key', (r) => `<script>recurly.configure({ publicKey: 'ewr1-${b62(r, 22)}', fields: { number: { selector: '#card-number' } } })</script>`],
  ['public', 'lob-publishable', (r) => `lob address autocomplete widget: apiKey=live_pub_${hex(r, 31)} (publishable, safe for browsers)`],
  ['public', 'stytch-public-token', (r) => `StytchUIClient("public-token-live-${r.uuid()}") rendered OTP form in ${r.int(5, 90)} ms`],
  ['public', 'mixpanel-project-token', (r) => `mixpanel.init("${hex(r, 32)}", {track_pageview: "url-with-path", persistence: "localStorage"}) // project ${r.int(1000000, 3999999)}`],
  ['public', 'pusher-public-key', (r) => `new Pusher("${hex(r, 20)}", { cluster: "${r.pick(['mt1', 'eu', 'ap2', 'us2'])}", channelAuthorization: { endpoint: "/pusher/auth" } }) connected socket_id=${r.int(100000, 999999)}.${r.int(1000000, 9999999)}`],
  ['public', 'pubnub-sub-key', (r) => `PubNub({ subscribeKey: "sub-c-${r.uuid()}", userId: "anon-${hex(r, 8)}" }) heartbeat=${r.int(60, 300)}s`],
  ['public', 'uploadcare-public', (r) => `<uc-config ctx-name="uploader" pubkey="${hex(r, 20)}" max-local-file-size-bytes="${r.int(1, 50)}000000"></uc-config>`],
  ['public', 'flagsmith-client-env', (r) => `flagsmith.init({ environmentID: "${b62(r, 22)}", cacheFlags: true }) -> ${r.int(5, 80)} flags fetched in ${r.int(30, 400)}ms`],
  ['public', 'amplitude-browser-key', (r) => `amplitude.init('${hex(r, 32)}', { defaultTracking: { sessions: true, pageViews: true }, serverZone: 'EU' }) // browser SDK 2.${r.int(0, 20)}.${r.int(0, 9)}`],
  ['public', 'stream-api-key', (r) => `StreamVideoClient({ apiKey: "${lower(r, 12)}", user: { id: "guest-${hex(r, 6)}", type: "guest" } }) connected in ${r.int(100, 900)}ms`],
];

/** Negatives: object ids, event ids, request ids, signature timestamps and other non-secret identifiers. */
export const NEG_IDS: NegTpl[] = [
  ['ids', 'svix-headers-no-secret', (r) => `webhook received: svix-id=msg_${b62(r, 27)} svix-timestamp=${now(r)} type=user.updated data.id=user_${b62(r, 27)} processed in ${r.int(3, 90)}ms`],
  ['ids', 'workos-object-ids', (r) => `directory_user.updated: id=directory_user_${ulid(r)} directory_id=directory_${ulid(r)} organization_id=org_${ulid(r)} state=active`],
  ['ids', 'paddle-event-ids', (r) => `paddle event evt_${lower(r, 26)} (transaction.completed) for txn_${lower(r, 26)} customer ctm_${lower(r, 26)} subscription sub_${lower(r, 26)} amount 4900 USD`],
  ['ids', 'lemonsqueezy-ids', (r) => `lemon order ${r.int(1000000, 9999999)} store ${r.int(10000, 99999)} variant ${r.int(100000, 999999)} status=paid total=$${r.int(5, 400)}.00 test_mode=false`],
  ['ids', 'chargebee-event', (r) => `chargebee event ev_${b62(r, 17)} subscription_renewed subscription=${b62(r, 17)} customer=${b62(r, 17)} invoice=${r.int(10000, 99999)} amount_due=${r.int(1000, 90000)}`],
  ['ids', 'modern-treasury-ids', (r) => `payment_order ${r.uuid()} status=completed direction=credit amount=${r.int(1000, 9000000)} currency=USD originating_account_id=${r.uuid()} effective_date=2026-11-${String(r.int(1, 28)).padStart(2, '0')}`],
  ['ids', 'persona-ids', (r) => `persona inquiry inq_${b62(r, 24)} status=approved template itmpl_${b62(r, 24)} account act_${b62(r, 24)} verification ver_${b62(r, 24)}`],
  ['ids', 'mux-asset-ids', (r) => `mux asset ${b62(r, 44)} ready; playback_id=${b62(r, 44)} policy=public duration=${r.int(10, 4000)}.${r.digits(3)} upload_id=${b62(r, 44)}`],
  ['ids', 'easypost-tracker', (r) => `tracker trk_${hex(r, 32)} status=in_transit carrier=USPS tracking_code=94${r.digits(20)} est_delivery=${iso(r)}`],
  ['ids', 'shippo-transaction', (r) => `shippo transaction ${hex(r, 32)} SUCCESS label_url=https://deliver.goshippo.com/${hex(r, 32)}.pdf rate=${hex(r, 32)} parcel=${hex(r, 32)}`],
  ['ids', 'request-ids', (r) => `${ts(r)} upstream=api.resend.com status=200 request_id=${reqId(r)} x-amzn-trace-id=Root=1-${hex(r, 8)}-${hex(r, 24)} duration=${r.int(20, 900)}ms`],
  ['ids', 'trace-span', (r) => `otel span "POST /v1/charges" trace_id=${hex(r, 32)} span_id=${hex(r, 16)} parent=${hex(r, 16)} http.status_code=200 peer.service=lithic`],
  ['ids', 'git-shas', (r) => `deploy ${lower(r, 6)}-api ${hex(r, 40)}..${hex(r, 40)} via buildkite build ${r.int(1000, 99999)} (job ${r.uuid()})`],
  ['ids', 'content-hashes', (r) => `cloudinary upload ok: public_id=products/${hex(r, 12)} version=${now(r)} etag=${hex(r, 32)} signature_check=passed sha256=${hex(r, 64)}`],
  ['ids', 'signature-timestamps', (r) => `Paddle-Signature parsed: ts=${now(r)} (skew ${r.int(0, 4)}s, tolerance 5s) scheme=h1 result=verified`],
  ['ids', 'stripe-like-ids', (r) => `billing-sync: mapped cus_${b62(r, 14)} -> chargebee customer ${b62(r, 17)}; evt_${b62(r, 24)} acknowledged; pm_${b62(r, 24)} attached`],
  ['ids', 'webhook-endpoint-ids', (r) => `registered webhook ep_${b62(r, 27)} for events [order_created, subscription_updated] url=https://hooks.${lower(r, 7)}.com/lemonsqueezy status=enabled`],
  ['ids', 'atlas-project-ids', (r) => `atlas cluster Cluster0 in project ${hex(r, 24)} org ${hex(r, 24)} state=IDLE mongoDBVersion=7.0.${r.int(1, 20)} diskSizeGB=${r.int(10, 500)}`],
  ['ids', 'neon-project-ids', (r) => `neon branch br-${lower(r, 5)}-${lower(r, 6)}-${hex(r, 8)} created from main in project ${lower(r, 5)}-${lower(r, 5)}-${r.int(10000000, 99999999)} (endpoint ep-${lower(r, 6)}-${lower(r, 5)}-${hex(r, 8)})`],
  ['ids', 'convex-deployment', (r) => `convex: deployed functions to https://${lower(r, 5)}-${lower(r, 6)}-${r.int(100, 999)}.convex.cloud in ${r.int(2, 60)}s (${r.int(10, 200)} functions, schema ${hex(r, 16)})`],
  ['ids', 'ably-message-ids', (r) => `ably channel orders:${r.int(100, 999)} message id=${b62(r, 10)}:${r.int(0, 9)}:${r.int(0, 9)} connectionId=${b62(r, 10)} clientId=svc-order-events serial=${hex(r, 16)}`],
];


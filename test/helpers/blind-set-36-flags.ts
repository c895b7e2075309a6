import type { Draw, Template36 } from './blind-set-36-draw';

const t = (name: string, make: (d: Draw) => string): Template36 => ({ area: 'flags', name, make });

/** Feature flags: LaunchDarkly, Unleash, Flagsmith, Split, ConfigCat. */
export const FLAGS36: Template36[] = [
  t('launchdarkly-sdk-init', (d) => {
    const key = d.c('launchdarkly-sdk-key', `sdk-${d.r.uuid()}`);
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const ip = d.p('client-ip', d.ip());
    const name = d.p('name', per.full);
    return `[LaunchDarkly] ${d.ts()} ERROR: Received error 401 (invalid SDK key) for streaming connection - giving up permanently
LDClient config: { sdkKey: '${key}', stream: true, offline: false }
evaluating flag "new-checkout" for context {"kind":"user","key":"${d.r.uuid()}","email":"${email}","ip":"${ip}","name":"${name}"}`;
  }),
  t('launchdarkly-api-token', (d) => {
    const tok = d.c('launchdarkly-api-token', `api-${d.r.uuid()}`);
    return `+ curl -s -X PATCH https://app.launchdarkly.com/api/v2/flags/platform/kill-switch-payouts -H "Authorization: ${tok}" -H "Content-Type: application/json; domain-model=launchdarkly.semanticpatch"
{"code":"forbidden","message":"Access to the requested resource was denied"}`;
  }),
  t('unleash-proxy-token', (d) => {
    const tok = d.c('unleash-api-token', `${d.pick(['*', 'default', 'payments'])}:${d.pick(['production', 'development'])}.${d.r.hex(64)}`);
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const ip = d.p('client-ip', d.ip());
    return `[unleash] ${d.ts()} WARN Unleash Repository: Fetching feature toggles did not have an ok response ( 401 )
UNLEASH_URL=https://unleash.platform.internal/api
UNLEASH_API_TOKEN=${tok}
last context: userId=${email} remoteAddress=${ip} environment=production`;
  }),
  t('flagsmith-server-key', (d) => {
    const key = d.c('flagsmith-server-key', `ser.${d.alnum(22)}`);
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const ph = d.p('phone', d.phone());
    return `flagsmith.exceptions.FlagsmithAPIError: Invalid request made to Flagsmith API. Response status code: 401
  Flagsmith(environment_key="${key}", api_url="https://flags.internal/api/v1/")
  get_identity_flags(identifier="${email}", traits={"phone": "${ph}", "plan": "business"})`;
  }),
  t('split-sdk-yaml', (d) => {
    const key = d.c('split-sdk-key', d.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 36));
    const admin = d.c('split-admin-key', d.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 36));
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    return `split:
  apiKey: ${key}
  adminApiKey: "${admin}"
  impressionsMode: debug
---
SplitSDK ERROR ${d.ts()} [SyncManager] Error fetching splitChanges: 401
impression: feature=new_payout_flow key=${email} treatment=control label="exception"`;
  }),
  t('configcat-sdk-key', (d) => {
    const key = d.c('configcat-sdk-key', d.r.int(0, 1) ? `configcat-sdk-1/${d.r.b64url(16).slice(0, 22)}/${d.r.b64url(16).slice(0, 22)}` : `${d.r.b64url(16).slice(0, 22)}/${d.r.b64url(16).slice(0, 22)}`);
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    return `ConfigCat - ERROR - [1100] Your SDK Key seems to be wrong: '${key}'. You can find the valid SDK Key at https://app.configcat.com/sdkkey
  User Object: {"Identifier":"${d.r.uuid()}","Email":"${email}","Country":"${d.pick(['DE', 'US', 'FR', 'GB'])}"}`;
  }),
  t('launchdarkly-relay-env', (d) => {
    const sdk = d.c('launchdarkly-sdk-key', `sdk-${d.r.uuid()}`);
    const mob = d.c('launchdarkly-mobile-key', `mob-${d.r.uuid()}`);
    return `ld-relay ${d.ts()} ERROR: [env: Production] Invalid SDK key when relay connected to LaunchDarkly; will not retry
[Environment "Production"]
    sdkKey = "${sdk}"
    mobileKey = "${mob}"
    envId = "${d.r.hex(24)}"`;
  }),
];

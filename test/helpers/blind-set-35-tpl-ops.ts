import { B62, B64URL, DIGITS, UPPER } from './blind-set-35-rng';
import type { Template35 } from './blind-set-35-draw';
import { card35 } from './blind-set-35-checks';
import { epoch35, hexU35, humanPassword35, jwt35, unitySerial35, uuid35 } from './blind-set-35-creds';
import { person35, phone35 } from './blind-set-35-people';

/** Telemetry/crash reports and CI/build farm: Sentry, Backtrace, Crashlytics, Perforce, signing, Unity licenses, dev kits, Epic BPT. */
export const OPS_TEMPLATES35: Template35[] = [
  {
    area: 'telemetry', name: 'sentry-event-json',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `{"event_id":"${r.hex(32)}","platform":"csharp","release":"game@1.${r.int(0, 30)}.${r.int(0, 999)}","user":{"id":"${r.digits(17)}","email":"${d.p('email', who.email)}","username":"${d.p('person-name', who.full)}"},"request":{"url":"https://api.${r.pick(['studio', 'arena'])}.gg/v2/inventory","headers":{"Authorization":"Bearer ${d.c('jwt', jwt35(r, 'RS256', { sub: uuid35(r), scope: 'player', iat: epoch35(r) }, { kid: r.hex(8) }))}"}},"exception":{"values":[{"type":"NullReferenceException","value":"Object reference not set to an instance of an object"}]}}`;
    },
  },
  {
    area: 'telemetry', name: 'sentry-cli-upload',
    make: (d) => {
      const r = d.r, tokKind = r.next() < 0.5;
      const tok = tokKind ? 'sntryu_' + r.hex(64) : 'sntrys_' + Buffer.from(JSON.stringify({ iat: epoch35(r) + 0.5, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'studio' })).toString('base64').replace(/=+$/, '') + '_' + r.chars(B62 + '+/', 43);
      return `> sentry-cli debug-files upload --org studio --project game-client ./Symbols
error: API request failed (401)
  caused by: sentry reported an error: Invalid token
  SENTRY_AUTH_TOKEN=${d.c('sentry-token', tok)}
  SENTRY_DSN=https://${r.hex(32)}@o${r.digits(6)}.ingest.us.sentry.io/${r.digits(7)}`;
    },
  },
  {
    area: 'telemetry', name: 'backtrace-crash-attributes',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `backtrace submission rejected (403 invalid token) for crash ${r.hex(16)}
  url: https://submit.backtrace.io/${r.pick(['studio', 'arena-prod'])}/${d.c('backtrace-token', r.hex(64))}/minidump
  attributes:
    application.version = 0.${r.int(1, 9)}.${r.int(0, 9999)}
    device.id = ${uuid35(r, true)}
    player.email = ${d.p('email', who.email)}
    player.real_name = ${d.p('person-name', who.full)}
    session.token = ${d.c('session-token', r.chars(B64URL, 48))}
    gpu = NVIDIA GeForce RTX ${r.pick(['3060', '4070', '2080'])}`;
    },
  },
  {
    area: 'telemetry', name: 'crashlytics-custom-keys',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `Fatal Exception: java.lang.IllegalStateException: purchase flow in bad state
    at com.studio.game.billing.PurchaseFlow.confirm(PurchaseFlow.kt:${r.int(40, 400)})
Custom keys: installation_id=${r.chars(B62, 22)}, build=${r.int(1000, 9999)}
Logs:
  ${r.int(10, 23)}:${r.int(10, 59)}:01.${r.int(100, 999)} D/Billing: cardForm={number=${d.f('card-number', card35(r))}, name=${d.p('person-name', who.full)}}
  ${r.int(10, 23)}:${r.int(10, 59)}:02.${r.int(100, 999)} D/Auth: refreshToken=${d.c('refresh-token', r.chars(B64URL, 64))} phone=${d.p('phone', phone35(r))}`;
    },
  },
  {
    area: 'build', name: 'perforce-sync-failure', draws: 12,
    make: (d) => {
      const r = d.r, user = r.pick(['build', 'buildfarm', 'ci-agent']) + r.int(1, 40), host = `perforce-${r.pick(['eu', 'us', 'ap'])}.studio.internal`;
      return `[agent-${r.int(1, 99)}] p4 sync //depot/Game/Main/...@${r.int(100000, 999999)} failed: Perforce password (P4PASSWD) invalid or unset.
P4PORT=ssl:${host}:1666
P4USER=${user}
P4PASSWD=${d.c('password', r.password(r.int(12, 20)))}
cat ~/.p4tickets:
ssl:${host}:1666=${user}:${d.c('perforce-ticket', hexU35(r, 32))}`;
    },
  },
  {
    area: 'build', name: 'android-signing-gradle', draws: 12,
    make: (d) => {
      const r = d.r, ks = Buffer.concat([Buffer.from('feedfeed00000002', 'hex'), r.bytes(r.int(60, 120))]).toString('base64');
      return `> Task :app:packageRelease FAILED
Execution failed for task ':app:packageRelease'. Keystore was tampered with, or password was incorrect
gradle.properties (echoed by CI):
  RELEASE_STORE_FILE=release.jks
  RELEASE_STORE_PASSWORD=${d.c('password', r.password(14))}
  RELEASE_KEY_ALIAS=upload
  RELEASE_KEY_PASSWORD=${d.c('password', r.password(16))}
  ANDROID_KEYSTORE_BASE64=${d.c('keystore-base64', ks)}`;
    },
  },
  {
    area: 'build', name: 'unity-license-activation',
    make: (d) => {
      const r = d.r, who = person35(r);
      return `Unity -batchmode -quit -serial ${d.c('unity-serial', unitySerial35(r))} -username '${d.p('email', who.email)}' -password '${d.c('password', humanPassword35(r))}' -logFile -
[Licensing::Module] Error: Access token is unavailable; failed to update
[Licensing::Client] Successfully resolved entitlement details
UNITY_LICENSE_OWNER=${d.p('person-name', who.full)}`;
    },
  },
  {
    area: 'build', name: 'devkit-deploy',
    make: (d) => {
      const r = d.r, ip = `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(2, 250)}`;
      return `deploy-devkits.ps1 : kit ${ip} rejected credentials
  xbconnect ${ip} /U:devkitadmin /P:${d.c('password', r.password(12))}
  prospero-ctrl target add ${ip} --user ${r.pick(['qa', 'cert'])} --pass "${d.c('password', humanPassword35(r))}"
  GITHUB_TOKEN=${d.c('github-token', 'ghp_' + r.chars(B62, 36))}
  owner: ${d.p('person-name', person35(r).full)} (desk ${r.chars(UPPER, 1)}${r.chars(DIGITS, 3)})`;
    },
  },
  {
    area: 'build', name: 'epic-buildpatchtool',
    make: (d) => {
      const r = d.r;
      return `BuildPatchTool.exe -mode=UploadBinary -OrganizationId=o-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30)} -ProductId=${r.hex(32)} -ArtifactId=${r.hex(32)} -ClientId=xyza${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 28)} -ClientSecret=${d.c('eos-client-secret', r.chars(B62 + '+/', 43))} -CloudDir="D:\\\\bpt\\\\cloud" -BuildVersion=${r.int(1, 9)}.${r.int(0, 99)}.${r.int(0, 9999)}-CL-${r.int(10000000, 39999999)}
LogBuildPatchTool: Error: Failed to authenticate (401 errors.com.epicgames.account.invalid_client_credentials)
steamcmd +login ${r.pick(['studio_builder', 'ci_steam'])} ${d.c('password', r.password(16))} +run_app_build ../scripts/app_build_${r.int(400000, 2999999)}.vdf +quit`;
    },
  },
];

import { B62, B64URL, DIGITS, LOWER, UPPER } from './blind-set-35-rng';
import type { NegTemplate35 } from './blind-set-35-draw';
import { epoch35, hexU35, snowflake35, twitch30, uuid35 } from './blind-set-35-creds';
import { handle35 } from './blind-set-35-people';

const steamId = (r: { digits: (n: number) => string }): string => '7656119' + r.digits(10);
const xuid = (r: { digits: (n: number) => string }): string => '2535' + r.digits(12);

/** Negatives: game and media look-alikes (ids, hashes, public client ids, masked values, placeholders), no secret or personal data. */
export const NEG_TEMPLATES35: NegTemplate35[] = [
  { area: 'game-backend', name: 'matchmaking-timeout', make: (r) => `WARN matchmaker: lobby ${uuid35(r)} timed out after ${r.int(30, 120)}s
  players=[${steamId(r)}, ${steamId(r)}, ${steamId(r)}] region=${r.pick(['eu-west', 'us-east', 'ap-south'])} queue=ranked_${r.int(1, 5)}v${r.int(1, 5)}
  match_id=${r.hex(24)} build=${r.int(10000, 19999)} ticket_count=${r.int(1, 400)}` },
  { area: 'game-backend', name: 'xbox-xuid-presence', make: (r) => `presence-sync: rich presence update rejected (HTTP 409) xuid=${xuid(r)} titleId=${r.int(1000000000, 2000000000)} scid=${uuid35(r)}
  gamertag=${handle35(r)} activity="In Lobby" sandbox=${r.chars(UPPER, 5)}.${r.int(0, 99)}` },
  { area: 'game-backend', name: 'steam-depot-manifest', make: (r) => `"AppBuild" { "AppID" "${r.int(400000, 2999999)}" "Desc" "CL ${r.int(1000000, 9999999)}" "Depots" { "${r.int(400001, 2999999)}" { "manifest" "${r.digits(19)}" } } }
depot upload complete: ${r.int(10, 900)} MB, sha1 ${r.hex(40)}, BuildID ${r.int(10000000, 19999999)}` },
  { area: 'game-backend', name: 'eos-public-ids', make: (r) => `EOS SDK init ok: ProductId=${r.hex(32)} SandboxId=${r.hex(32)} DeploymentId=${r.hex(32)} ClientId=xyza${r.chars(LOWER + DIGITS, 28)}
  ClientSecret=<set via EOS_CLIENT_SECRET, not logged> ProductUserId=${r.hex(32)} EpicAccountId=${r.hex(32)}` },
  { area: 'game-backend', name: 'playfab-title-placeholder', make: (r) => `# PlayFab quickstart (docs example)
PLAYFAB_TITLE_ID=${hexU35(r, 5)}
PLAYFAB_SECRET_KEY=YOUR_TITLE_SECRET_KEY_HERE
PLAYFAB_PLAYER_ID=${hexU35(r, 16)}
# session tickets are never logged; see ticket_hash=${r.hex(64)}` },
  { area: 'live-ops', name: 'twitch-public-ids', make: (r) => `drops campaign ${uuid35(r)} activated for broadcaster_id=${r.digits(9)} game_id=${r.digits(6)}
  client_id=${twitch30(r)} (public) stream_id=${r.digits(11)} vod=https://www.twitch.tv/videos/${r.digits(10)}` },
  { area: 'live-ops', name: 'discord-ids', make: (r) => `mod-relay: message ${snowflake35(r)} in channel ${snowflake35(r)} (guild ${snowflake35(r)}) deleted by automod rule ${snowflake35(r)}
  author=${handle35(r)} reason=spam_links attachments=0` },
  { area: 'live-ops', name: 'youtube-public-video', make: (r) => `premiere scheduled: https://www.youtube.com/watch?v=${r.chars(B64URL, 11)} channel=UC${r.chars(B64URL, 22)} playlist=PL${r.chars(B64URL, 32)}
  thumbnail etag="${r.chars(B64URL, 27)}" status=upcoming` },
  { area: 'live-ops', name: 'masked-stream-keys', make: (r) => `restream: destination updated by ops
  youtube key=****-****-****-****-${r.chars(LOWER + DIGITS, 4)} (masked)
  twitch key=live_${r.digits(9)}_******************************
  mux stream_key=[REDACTED] playback_id=${r.chars(B62, 44)}` },
  { area: 'live-ops', name: 'agora-channel-stats', make: (r) => `agora rtc: joined channel "launch_${r.int(1, 99)}" appId=${r.hex(32)} uid=${r.int(100000, 999999)} sid=${hexU35(r, 32)}
  bitrate=${r.int(800, 6000)}kbps fps=${r.pick([30, 60])} lost=${r.int(0, 9)}%` },
  { area: 'media', name: 'asset-pipeline-hashes', make: (r) => `cook finished: /Game/Cinematics/Trailer_${r.int(1, 9)}.uasset guid={${uuid35(r, true)}} sha256=${r.hex(64)}
  bundle=${r.hex(32)}.bundle crc=${hexU35(r, 8)} size=${r.int(1000, 99999)}KB` },
  { area: 'media', name: 'spotify-public-ids', make: (r) => `soundtrack-sync: playlist spotify:playlist:${r.chars(B62, 22)} updated, ${r.int(5, 40)} tracks
  client_id=${r.hex(32)} track=spotify:track:${r.chars(B62, 22)} isrc=US${r.chars(UPPER + DIGITS, 3)}${r.digits(7)}` },
  { area: 'media', name: 'cdn-signed-url-expired', make: (r) => `403 from CDN: https://d${r.chars(LOWER + DIGITS, 13)}.cloudfront.net/trailers/${r.hex(16)}.m3u8?Expires=${epoch35(r)}&Signature=<omitted>&Key-Pair-Id=K${r.chars(UPPER + DIGITS, 13)}
  (signature stripped by logger) etag=${r.hex(32)}` },
  { area: 'creator-pay', name: 'masked-payout', make: (r) => `payout ${r.pick(['po', 'tr'])}_${r.chars(B62, 24)} paid: ${r.int(50, 5000)}.${r.digits(2)} USD to bank ****${r.digits(4)} (routing ending ${r.digits(2)}**)
  connected account acct_${r.chars(B62, 16)} card ending •••• ${r.digits(4)} status=paid` },
  { area: 'creator-pay', name: 'sku-promo-codes', make: (r) => `Store page copy (public): "Use code ${r.pick(['SUMMER', 'LAUNCH', 'FREEGEMS'])}${r.int(10, 99)} at checkout for 20% off" — promo published in patch notes ${r.int(1, 9)}.${r.int(0, 9)}
  skus: ${r.chars(UPPER, 3)}-${r.int(1000, 9999)}, ${r.chars(UPPER, 3)}-${r.int(1000, 9999)}; price_id=price_${r.chars(B62, 24)}` },
  { area: 'creator-pay', name: 'doc-example-config', make: (r) => `# payouts.example.env — copy to .env and fill in
STRIPE_SECRET_KEY=sk_live_REPLACE_ME
PAYPAL_CLIENT_SECRET=changeme
TIPALTI_API_KEY=<tipalti-api-key>
PAYEE_IBAN=XX00 0000 0000 0000 0000 00
PAYOUT_BATCH_SIZE=${r.int(50, 500)}` },
  { area: 'support', name: 'ticket-metrics', make: (r) => `support-digest: ${r.int(100, 900)} tickets closed, median first reply ${r.int(2, 40)}m, CSAT ${r.int(80, 99)}%
  top tags: refund (${r.int(10, 90)}), ban_appeal (${r.int(5, 60)}), age_gate (${r.int(1, 30)}) queue=${uuid35(r)}` },
  { area: 'telemetry', name: 'crash-signature', make: (r) => `crash group ${r.hex(32)}: EXCEPTION_ACCESS_VIOLATION_READ at GameThread+0x${r.hex(6)} (${r.int(2, 900)} users, build ${r.int(1000, 9999)})
  device ids hashed: sha256:${r.hex(64)} minidump=${uuid35(r)}.dmp` },
  { area: 'build', name: 'ci-build-summary', make: (r) => `build #${r.int(1000, 9999)} green: CL ${r.int(1000000, 9999999)} on //depot/Game/Main, artifacts ${uuid35(r)}.zip (sha1 ${r.hex(40)})
  P4PASSWD=(from vault) UNITY_SERIAL=(masked) signing=ok commit ${r.hex(40)}` },
];

import { B62, B64URL, DIGITS, HEX, LOWER } from './blind-set-35-rng';
import { jsonEsc35, type Template35 } from './blind-set-35-draw';
import { alnumL35, discordBot35, ecKey35, epoch35, googleKey35, jwt35, rsaKey35, snowflake35, twitch30, uuid35 } from './blind-set-35-creds';
import { person35 } from './blind-set-35-people';

/** Live-ops: Discord, Twitch, YouTube, Streamlabs/StreamElements, OBS, RTMP ingest, Mux, IVS, Cloudflare Stream, Agora, Vimeo, Wistia. */
export const LIVE_TEMPLATES35: Template35[] = [
  {
    area: 'live-ops', name: 'discord-bot-crash',
    make: (d) => {
      const r = d.r, tok = d.c('discord-bot-token', discordBot35(r));
      return `DiscordAPIError[40001]: Unauthorized
    at handleErrors (/app/node_modules/@discordjs/rest/dist/index.js:${r.int(600, 800)}:13)
    at async SequentialHandler.runRequest (/app/node_modules/@discordjs/rest/dist/index.js:${r.int(1100, 1200)}:23)
  config = { guildId: '${snowflake35(r)}', applicationId: '${snowflake35(r)}', token: '${tok}', intents: ${r.int(512, 65535)} }
  owner contact: ${d.p('person-name', person35(r).full)}`;
    },
  },
  {
    area: 'live-ops', name: 'discord-webhook-escaped',
    make: (d) => {
      const r = d.r, id = snowflake35(r), tok = d.c('discord-webhook-token', r.chars(B64URL, 68)), who = person35(r);
      const inner = JSON.stringify({ url: `https://discord.com/api/webhooks/${id}/${tok}`, content: `New report from ${who.full} <${who.email}>` });
      d.p('person-name', who.full);
      d.p('email', who.email);
      return `{"ts":${epoch35(r)},"level":"warn","logger":"mod-relay","msg":"webhook post failed 429","request":"${jsonEsc35(inner)}"}`;
    },
  },
  {
    area: 'live-ops', name: 'twitch-eventsub-env', draws: 12,
    make: (d) => {
      const r = d.r, user = r.pick(['studiobot', 'liveops_relay', 'dropsbot']) + r.int(1, 99);
      return `twitch-drops | EventSub subscription failed: 401 {"error":"Unauthorized","message":"invalid client secret"}
twitch-drops | TWITCH_CLIENT_ID=${twitch30(r)}
twitch-drops | TWITCH_CLIENT_SECRET=${d.c('twitch-client-secret', twitch30(r))}
twitch-drops | chat: < PASS oauth:${d.c('twitch-oauth-token', twitch30(r))}
twitch-drops | chat: < NICK ${user}
twitch-drops | helix: Authorization: Bearer ${d.c('twitch-oauth-token', twitch30(r))}`;
    },
  },
  {
    area: 'live-ops', name: 'youtube-data-api',
    make: (d) => {
      const r = d.r, vid = r.chars(B64URL, 11);
      return `googleapiclient.errors.HttpError: <HttpError 403 when requesting https://youtube.googleapis.com/youtube/v3/videos?part=snippet%2Cstatistics&id=${vid}&key=${d.c('google-api-key', googleKey35(r))}&alt=json returned "quotaExceeded">
oauth: client_id=${r.digits(12)}-${r.chars(LOWER + DIGITS, 32)}.apps.googleusercontent.com client_secret=${d.c('google-oauth-client-secret', 'GOCSPX-' + r.chars(B62 + '-_', 28))}
refresh_token=${d.c('google-refresh-token', '1//0' + r.chars(B62 + '-_', 99))}`;
    },
  },
  {
    area: 'live-ops', name: 'streamlabs-streamelements-jwt',
    make: (d) => {
      const r = d.r, iat = epoch35(r);
      const sl = d.c('jwt', jwt35(r, 'HS256', { token: r.hex(20).toUpperCase(), read_only: true, prevent_master: true, youtube_id: 'UC' + r.chars(B64URL, 22) }));
      const se = d.c('jwt', jwt35(r, 'HS256', { citadel: r.hex(24), channel: r.hex(24), role: 'owner', authToken: r.chars(B64URL, 43), iat, iss: 'StreamElements' }));
      return `alerts-bridge: socket closed (code 4001)
  connect wss://sockets.streamlabs.com/socket.io/?token=${sl}&EIO=3&transport=websocket
  fallback GET https://api.streamelements.com/kappa/v2/channels/me
    Authorization: Bearer ${se}`;
    },
  },
  {
    area: 'live-ops', name: 'obs-profile-dump',
    make: (d) => {
      const r = d.r, svc = r.pick(['Twitch', 'YouTube - RTMPS']);
      const key = svc === 'Twitch' ? `live_${r.digits(9)}_${r.chars(B62, 30)}` : `${alnumL35(r, 4)}-${alnumL35(r, 4)}-${alnumL35(r, 4)}-${alnumL35(r, 4)}-${alnumL35(r, 4)}`;
      return `obs-watchdog: profile "Launch Event" uploaded with crash bundle
--- basic/profiles/LaunchEvent/service.json
{"settings":{"bwtest":false,"key":"${d.c('stream-key', key)}","server":"auto","service":"${svc}"},"type":"rtmp_common"}
--- plugin_config/obs-websocket/config.json
{"alerts_enabled":false,"auth_required":true,"first_load":false,"server_enabled":true,"server_password":"${d.c('obs-websocket-password', r.chars(B62, 16))}","server_port":4455}`;
    },
  },
  {
    area: 'live-ops', name: 'ffmpeg-rtmp-ingest',
    make: (d) => {
      const r = d.r;
      const url = r.pick([
        () => `rtmp://a.rtmp.youtube.com/live2/${d.c('stream-key', `${alnumL35(r, 4)}-${alnumL35(r, 4)}-${alnumL35(r, 4)}-${alnumL35(r, 4)}-${alnumL35(r, 4)}`)}`,
        () => `rtmp://live-${r.pick(['fra', 'sea', 'iad'])}${r.int(2, 9)}.twitch.tv/app/${d.c('stream-key', `live_${r.digits(9)}_${r.chars(B62, 30)}`)}`,
        () => `rtmps://live-api-s.facebook.com:443/rtmp/${d.c('stream-key', `FB-${r.digits(15)}-0-${r.chars(B62 + '-_', 44)}`)}`,
        () => `rtmps://${r.hex(12)}.global-contribute.live-video.net:443/app/${d.c('stream-key', `sk_us-west-2_${r.chars(B62, 36)}`)}`,
      ])();
      return `[restream-${r.int(1, 20)}] ffmpeg exited with code 1
cmd: ffmpeg -re -i srt://127.0.0.1:${r.int(9000, 9999)} -c:v libx264 -preset veryfast -b:v ${r.int(3, 8)}000k -c:a aac -f flv "${url}"
[flv @ 0x${r.hex(12)}] Failed to update header with correct duration.
${url}: Broken pipe`;
    },
  },
  {
    area: 'live-ops', name: 'mux-live-stream-create', draws: 12,
    make: (d) => {
      const r = d.r, tid = uuid35(r), sec = d.c('mux-token-secret', r.chars(B62 + '+/', 75));
      const signing = d.c('mux-signing-key-b64', Buffer.from(rsaKey35(r, 'RSA PRIVATE KEY') + '\n').toString('base64'));
      return `MuxError: 401 Unauthorized (POST https://api.mux.com/video/v1/live-streams)
  MUX_TOKEN_ID=${tid}
  MUX_TOKEN_SECRET=${sec}
  Authorization: Basic ${d.c('basic-auth', Buffer.from(`${tid}:${sec}`).toString('base64'))}
  last stream: {"id":"${r.chars(B62, 44)}","stream_key":"${d.c('stream-key', uuid35(r))}","playback_ids":[{"policy":"public","id":"${r.chars(B62, 44)}"}]}
  MUX_SIGNING_KEY_ID=${r.chars(B62, 40)}
  MUX_SIGNING_PRIVATE_KEY=${signing}`;
    },
  },
  {
    area: 'live-ops', name: 'ivs-cloudflare-stream',
    make: (d) => {
      const r = d.r, acct = r.digits(12);
      return `ivs-provision: CreateStreamKey ok, CreatePlaybackKeyPair failed (ValidationException)
  channel arn:aws:ivs:us-west-2:${acct}:channel/${r.chars(B62, 12)}
  streamKey.value=${d.c('stream-key', `sk_us-west-2_${r.chars(B62, 36)}`)}
  playback private key:
${d.c('pem-private-key', ecKey35(r))}
cf-stream: PUT /client/v4/accounts/${r.hex(32)}/stream/live_inputs/${r.hex(32)}
  Authorization: Bearer ${d.c('cloudflare-api-token', r.chars(B62 + '_-', 40))}
  rtmps: {"url":"rtmps://live.cloudflare.com:443/live/","streamKey":"${d.c('stream-key', `${r.hex(32)}k${r.hex(32)}`)}"}`;
    },
  },
  {
    area: 'live-ops', name: 'agora-vimeo-wistia-env', draws: 12,
    make: (d) => {
      const r = d.r;
      return `# .env.production (attached to incident by deploy bot)
AGORA_APP_ID=${r.hex(32)}
AGORA_APP_CERTIFICATE=${d.c('agora-app-certificate', r.hex(32))}
AGORA_CUSTOMER_SECRET=${d.c('agora-customer-secret', r.chars(HEX, 32))}
VIMEO_CLIENT_ID=${r.hex(40)}
VIMEO_ACCESS_TOKEN=${d.c('vimeo-token', r.hex(32))}
WISTIA_API_TOKEN=${d.c('wistia-token', r.hex(64))}
STREAM_CHANNEL_ID=${r.chars(DIGITS, 9)}`;
    },
  },
  {
    area: 'live-ops', name: 'twitch-token-refresh-json',
    make: (d) => {
      const r = d.r;
      return `{"level":50,"time":${epoch35(r)}000,"msg":"token refresh failed","req":{"method":"POST","url":"https://id.twitch.tv/oauth2/token","body":"grant_type=refresh_token&refresh_token=${d.c('twitch-refresh-token', r.chars(LOWER + DIGITS, 50))}&client_id=${twitch30(r)}&client_secret=${d.c('twitch-client-secret', twitch30(r))}"},"res":{"status":400,"body":"{\\"status\\":400,\\"message\\":\\"Invalid refresh token\\"}"}}`;
    },
  },
];

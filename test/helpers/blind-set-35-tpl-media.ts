import { B62, B64URL, LOWER, UPPER } from './blind-set-35-rng';
import type { Template35 } from './blind-set-35-draw';
import { alnumL35, epoch35, jwt35, rsaKey35, uuid35 } from './blind-set-35-creds';
import { person35, phone35 } from './blind-set-35-people';

/** Media and music: Spotify, SoundCloud, Apple Music, stock media, CMSs, CDN signing, DRM. */
export const MEDIA_TEMPLATES35: Template35[] = [
  {
    area: 'media', name: 'spotify-client-credentials',
    make: (d) => {
      const r = d.r, id = r.hex(32), sec = d.c('spotify-client-secret', r.hex(32));
      return `soundtrack-sync: token request failed {"error":"invalid_client"}
+ curl -X POST https://accounts.spotify.com/api/token -d grant_type=client_credentials -u ${id}:${sec}
+ curl -H "Authorization: Basic ${d.c('basic-auth', Buffer.from(`${id}:${sec}`).toString('base64'))}" https://accounts.spotify.com/api/token
playlist owner: ${d.p('person-name', person35(r).full)}`;
    },
  },
  {
    area: 'media', name: 'apple-music-soundcloud',
    make: (d) => {
      const r = d.r, iat = epoch35(r), team = r.chars(UPPER + '0123456789', 10);
      return `music-licensing worker: catalog lookup 401
  apple: Authorization: Bearer ${d.c('jwt', jwt35(r, 'ES256', { iss: team, iat, exp: iat + 15777000 }, { kid: r.chars(UPPER + '0123456789', 10) }))}
  soundcloud: client_id=${r.chars(B62, 32)} client_secret=${d.c('soundcloud-client-secret', r.chars(B62, 32))}
  soundcloud oauth: OAuth ${d.c('soundcloud-token', `2-${r.digits(6)}-${r.digits(9)}-${r.chars(B62, 14)}`)}`;
    },
  },
  {
    area: 'media', name: 'stock-media-keys-yaml',
    make: (d) => {
      const r = d.r;
      return `# asset-pipeline/config/stock.yaml
getty:
  api_key: ${d.c('getty-api-key', alnumL35(r, 24))}
  api_secret: ${d.c('getty-api-secret', r.chars(B62, 44))}
shutterstock:
  consumer_key: ${r.chars(B62, 32)}
  consumer_secret: ${d.c('shutterstock-secret', r.chars(B62, 16))}
  token: "${d.c('shutterstock-token', 'v2/' + r.chars(B62 + '/+', 212))}"
licensing_contact:
  name: ${d.p('person-name', person35(r).full)}
  phone: "${d.p('phone', phone35(r))}"`;
    },
  },
  {
    area: 'media', name: 'cms-webhook-failure', draws: 12,
    make: (d) => {
      const r = d.r;
      return `build #${r.int(1000, 9999)} (site-preview) failed at step "fetch content"
  CONTENTFUL_SPACE_ID=${alnumL35(r, 12)}
  CONTENTFUL_MANAGEMENT_TOKEN=${d.c('contentful-token', 'CFPAT-' + r.chars(B62 + '-_', 43))}
  CONTENTFUL_DELIVERY_TOKEN=${d.c('contentful-token', r.chars(B62 + '-_', 43))}
  SANITY_PROJECT_ID=${alnumL35(r, 8)}
  SANITY_API_TOKEN=${d.c('sanity-token', 'sk' + r.chars(B62, 180))}
  BRIGHTCOVE_CLIENT_ID=${uuid35(r)}
  BRIGHTCOVE_CLIENT_SECRET=${d.c('brightcove-client-secret', r.chars(B64URL, 86))}`;
    },
  },
  {
    area: 'media', name: 'cdn-signing-secrets', draws: 11,
    make: (d) => {
      const r = d.r, kp = 'K' + r.chars(UPPER + '0123456789', 13);
      return `trailer-cdn: signed URL generation failed (key pair ${kp}): error:1E08010C:DECODER routines::unsupported
CLOUDFRONT_KEY_PAIR_ID=${kp}
CLOUDFRONT_PRIVATE_KEY<<EOF
${d.c('pem-private-key', rsaKey35(r, 'RSA PRIVATE KEY'))}
EOF
AKAMAI_EDGEAUTH_KEY=${d.c('akamai-token-key', r.hex(64))}
FASTLY_API_TOKEN=${d.c('fastly-token', r.chars(B62 + '-_', 32))}`;
    },
  },
  {
    area: 'media', name: 'drm-license-proxy', draws: 12,
    make: (d) => {
      const r = d.r, user = r.pick(['studio-ops', 'vod-prod', 'trailers']);
      return `drm-proxy ERROR license request rejected by upstream (HTTP 403)
  widevine: provider=${r.pick(['studio_vod', 'trailerhub'])} signing_key=${d.c('widevine-signing-key', r.hex(64))} signing_iv=${d.c('widevine-signing-iv', r.hex(32))}
  fairplay: ask=${d.c('fairplay-ask', r.hex(32))}
  ezdrm: https://${user}:${d.c('password', r.urlPassword(14))}@widevine-dash.ezdrm.com/widevine-php/widevine-foreignkey.php?pX=${r.hex(6).toUpperCase()}
  pallycon: site_id=${r.chars(UPPER, 4)} site_key=${d.c('pallycon-site-key', r.chars(B62, 32))} access_key=${d.c('pallycon-access-key', r.chars(B62, 32))}
  content_id=${r.chars(LOWER, 6)}-${r.int(1, 99)}`;
    },
  },
];

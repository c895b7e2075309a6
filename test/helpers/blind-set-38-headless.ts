import type { Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';
import { B62 } from './blind-set-38-rng';

const A = 'headless';

/** Headless CMS and site builders: Contentful, Sanity, Strapi, Prismic, Storyblok, Ghost, Webflow, Wix, HubSpot, Typeform. */
export const HEADLESS38: Tpl38[] = [
  {
    area: A,
    name: 'contentful-next-build',
    make: (d) => {
      const cma = d.c('contentful-management-token', `CFPAT-${d.r.b64url(32).slice(0, 43)}`);
      const cda = d.c('contentful-delivery-token', d.r.b64url(32).slice(0, 43));
      return `next build\nError occurred prerendering page "/blog". Read more: https://nextjs.org/docs/messages/prerender-error\nAccessTokenInvalid: {"status":401,"statusText":"Unauthorized","message":"The access token you sent could not be found or is invalid.","details":{},"request":{"url":"https://cdn.contentful.com/spaces/${g.lowerAlnum(d.r, 12)}/entries","headers":{"Authorization":"Bearer ${cda}"}}}\nenv CONTENTFUL_MANAGEMENT_TOKEN=${cma}`;
    },
  },
  {
    area: A,
    name: 'sanity-token',
    make: (d) => {
      const tok = d.c('sanity-token', `sk${d.b62(180)}`);
      return `sanity dataset import failed: ClientError: Unauthorized - Session not found\n  at onResponse (/app/node_modules/@sanity/client/dist/index.cjs:301:13)\n  config: { projectId: '${g.lowerAlnum(d.r, 8)}', dataset: 'production', apiVersion: '2025-02-19', token: '${tok}', useCdn: false }`;
    },
  },
  {
    area: A,
    name: 'strapi-api-token',
    make: (d) => {
      const tok = d.c('strapi-api-token', d.hex(256));
      const jwtSecret = d.c('strapi-jwt-secret', d.r.b64(16));
      return `[${d.ts()}] error: Forbidden access\nfrontend-revalidate: GET https://cms.${d.client()}/api/articles?populate=* Authorization: Bearer ${tok}\nconfig/.env on cms box: APP_KEYS=${d.c('strapi-app-key', d.r.b64(16))},${d.c('strapi-app-key', d.r.b64(16))} ADMIN_JWT_SECRET=${jwtSecret}`;
    },
  },
  {
    area: A,
    name: 'ghost-admin-key',
    make: (d) => {
      const id = d.hex(24);
      const sec = d.c('ghost-admin-secret', d.hex(64));
      const iat = 1780000000 + d.int(0, 999999);
      const tok = d.c('jwt', g.jwt(d.r, { iat, exp: iat + 300, aud: '/admin/' }));
      return `ghost-admin-api: Error: Unknown Admin API Key (status 401)\n  GHOST_ADMIN_API_KEY=${id}:${sec}\n  request: POST https://blog.${d.client()}/ghost/api/admin/posts/?source=html\n  Authorization: Ghost ${tok}`;
    },
  },
  {
    area: A,
    name: 'storyblok-prismic',
    make: (d) => {
      const sb = d.c('storyblok-token', `${d.b62(22)}tt`);
      const mg = d.c('storyblok-management-token', `${d.b62(22)}-${d.int(10000, 99999)}-${d.r.chars(B62, 20)}`);
      const pr = d.c('prismic-access-token', g.jwt(d.r, { type: 'user', id: d.uuid(), date: 1780000000 + d.int(0, 99999) }));
      return `astro build: [storyblok] 401 Unauthorized for https://api.storyblok.com/v2/cdn/stories?token=${sb}&version=draft\nSTORYBLOK_MANAGEMENT_TOKEN=${mg}\n[prismic] fetch failed: PRISMIC_ACCESS_TOKEN=${pr} (repository ${d.client().split('.')[0]})`;
    },
  },
  {
    area: A,
    name: 'webflow-wix-sync',
    make: (d) => {
      const wf = d.c('webflow-api-token', d.hex(64));
      const wix = d.c('wix-api-key', `IST.${g.jwt(d.r, { data: JSON.stringify({ id: d.uuid(), identity: { type: 'application' } }), iat: 1780000000 + d.int(0, 9999) }, 'RS256')}`);
      return `cms-sync cron: 2 errors\n1) Webflow: 401 {"code":"not_authorized","message":"Request not authorized"} token=${wf} collection=${d.hex(24)}\n2) Wix: 403 PERMISSION_DENIED for wix-site-id ${d.uuid()}; headers {"Authorization":"${wix}","wix-account-id":"${d.uuid()}"}`;
    },
  },
  {
    area: A,
    name: 'hubspot-form-submission',
    make: (d) => {
      const pat = d.c('hubspot-private-app-token', `pat-${d.pick(['na1', 'eu1'])}-${d.uuid()}`);
      const u = { first: d.p('first-name', d.pick(['Rosalind', 'Bartholomew', 'Gwendolyn', 'Maximilian'])), last: d.p('last-name', d.pick(['Featherstone', 'Papadopoulos', 'Castellanos', 'MacAllister'])), email: d.email() };
      const ph = d.phone();
      return `hubspot-forms-relay ERROR 400 POST https://api.hsforms.com/submissions/v3/integration/secure/submit/${d.int(1000000, 9999999)}/${d.uuid()}\nAuthorization: Bearer ${pat}\n{"fields":[{"name":"firstname","value":"${u.first}"},{"name":"lastname","value":"${u.last}"},{"name":"email","value":"${u.email}"},{"name":"phone","value":"${ph}"}],"context":{"ipAddress":"${d.ip()}","pageUri":"https://${d.client()}/contact"}}`;
    },
  },
  {
    area: A,
    name: 'typeform-formspree',
    make: (d) => {
      const tf = d.c('typeform-token', `tfp_${d.b62(44)}_${d.b62(14)}`);
      const u = d.who();
      const b = d.dob();
      const a = d.addr();
      return `typeform webhook replay failed (HMAC mismatch), TYPEFORM_TOKEN=${tf}\nform_response.answers: [{"type":"text","text":"${u.name}"},{"type":"email","email":"${u.email}"},{"type":"date","date":"${b}"},{"type":"text","text":"${a}"}]\nFormspree fallback: POST https://formspree.io/f/${g.lowerAlnum(d.r, 8)} 422 {"error":"Form not found"}`;
    },
  },
  {
    area: A,
    name: 'jamstack-env-dump',
    make: (d) => {
      const cf = d.c('contentful-delivery-token', d.r.b64url(32).slice(0, 43));
      const algolia = d.c('algolia-admin-key', d.hex(32));
      const nextauth = d.c('nextauth-secret', d.r.b64(32));
      const cloud = d.c('cloudinary-api-secret', d.r.b64url(20).slice(0, 27));
      const preview = d.c('preview-secret', d.r.b64url(24));
      const sanity = d.c('sanity-token', `sk${d.b62(180)}`);
      const reval = d.c('revalidate-token', d.hex(40));
      return `vercel build: Error: Environment variable validation failed (zod): NEXT_PUBLIC_SITE_URL is required\nprinted env (.env.production):\nCONTENTFUL_ACCESS_TOKEN='${cf}'\nALGOLIA_ADMIN_KEY=${algolia}\nNEXTAUTH_SECRET="${nextauth}"\nCLOUDINARY_URL=cloudinary://${d.r.digits(15)}:${cloud}@${d.client().split('.')[0]}\nCONTENTFUL_PREVIEW_SECRET=${preview}\nSANITY_API_WRITE_TOKEN=${sanity}\nREVALIDATE_TOKEN=${reval}`;
    },
  },
];

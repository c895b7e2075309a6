import { payBody, show, type Gen83 } from './blind-set-83-common';

export const herokuRouter: Gen83 = (k) => {
  const app = `${k.lower(6)}-prod`;
  const path = k.r.pick([
    () => `/password/reset?token=${k.c(k.r.b64url(24), 'reset-token')}&email=${k.emailU()}`,
    () => `/api/v2/users/lookup?email=${k.emailU()}&dob=${k.dob()}`,
    () => `/checkout/return?iban=${k.iban()}&session_id=${k.c('cs_live_' + k.r.b62(58), 'checkout-session')}`,
  ])();
  const lines = [
    `${k.ts()} heroku[router]: at=info method=GET path="${path}" host=${app}.herokuapp.com request_id=${k.reqId()} fwd="${k.ip()},172.70.${k.r.int(1, 250)}.${k.r.int(1, 250)}" dyno=web.${k.r.int(1, 4)} connect=0ms service=${k.r.int(2, 900)}ms status=200 bytes=${k.r.int(300, 9000)} protocol=https`,
    `${k.ts()} app[web.1]: Started POST "/api/v2/orders" for 10.1.${k.r.int(0, 255)}.${k.r.int(1, 254)} at 2026-11-14 09:12:44 +0000`,
    `${k.ts()} app[web.1]:   Parameters: ${JSON.stringify(payBody(k)).replace(/"([a-z_]+)":/g, '"$1"=>')}`,
    `${k.ts()} heroku[router]: at=error code=H12 desc="Request timeout" method=POST path="/api/v2/orders" host=${app}.herokuapp.com request_id=${k.reqId()} fwd="${k.ip6()}" dyno=web.1 connect=1ms service=30000ms status=503 bytes=0 protocol=https`,
  ];
  return lines.join('\n');
};

export const herokuConfig: Gen83 = (k) => {
  const app = `${k.lower(7)}-api`;
  return [
    `$ heroku config:set DATABASE_URL=postgres://u${k.lower(13)}:${k.c(k.r.hex(64), 'db-password')}@ec2-${k.r.int(3, 54)}-${k.r.int(1, 250)}-${k.r.int(1, 250)}-${k.r.int(1, 250)}.compute-1.amazonaws.com:5432/d${k.lower(13)} HEROKU_API_KEY=${k.heroku()} STRIPE_SECRET_KEY=${k.stripe()} -a ${app}`,
    `Setting DATABASE_URL, HEROKU_API_KEY, STRIPE_SECRET_KEY and restarting ⬢ ${app}... done, v${k.r.int(20, 400)}`,
    `SUPPORT_ESCALATION_CONTACT: ${k.name()} <${k.email()}>`,
    `TEST_PAYOUT_ACCOUNT:        ${k.account()} / ${k.routing()}`,
  ].join('\n');
};

export const vercel: Gen83 = (k) => {
  const id = `${k.r.pick(['iad1', 'fra1', 'sfo1'])}::${k.lower(5)}-${Date.UTC(2026, 10, 14) + k.r.int(0, 86400000)}-${k.r.hex(12)}`;
  return [
    `${k.ts()}  [POST] /api/checkout status=500 requestId=${id}`,
    `Error: Stripe request failed with key ${k.stripe()}`,
    `    at /var/task/.next/server/app/api/checkout/route.js:1:2048`,
    `  body: ${JSON.stringify(payBody(k))}`,
    `  headers: { "x-forwarded-for": "${k.ip()}", "x-vercel-ip-city": "Lyon", cookie: "__session=${k.jwt({ sub: `user_${k.r.b62(27)}`, sid: `sess_${k.r.b62(27)}`, exp: 1794000000 }, 'RS256')}" }`,
    `VERCEL_TOKEN=${k.vercel()} vercel deploy --prod --token=$VERCEL_TOKEN`,
  ].join('\n');
};

export const netlify: Gen83 = (k) => [
  `${k.r.int(10, 23)}:${k.r.int(10, 59)}:${k.r.int(10, 59)} PM: Build ready to start`,
  `${k.r.int(10, 23)}:${k.r.int(10, 59)}:${k.r.int(10, 59)} PM: $ netlify deploy --prod --auth ${k.netlify()}`,
  `Nov 14, 09:12:44 AM: ${k.r.hex(8)} ERROR  Invoke Error {"errorType":"Error","errorMessage":"Mailchimp rejected ${k.email()} (${k.name()}, ${k.phone()})"}`,
  `Nov 14, 09:12:44 AM: ${k.r.hex(8)} INFO   donation payload ${JSON.stringify(payBody(k))}`,
  `Nov 14, 09:12:44 AM: ${k.r.hex(8)} Duration: ${k.r.int(5, 900)}.${k.r.digits(2)} ms\tMemory Usage: ${k.r.int(60, 200)} MB`,
].join('\n');

export const render: Gen83 = (k) => [
  `==> Cloning from https://x-access-token:${k.gh('ghs_')}@github.com/${k.lower(6)}/api`,
  `==> Checking out commit ${k.r.hex(40)} in branch main`,
  `==> Running build command 'npm ci && npm run build'...`,
  `==> Starting service with 'node dist/server.js'`,
  `Error: getaddrinfo ENOTFOUND dpg-${k.lower(20)}-a`,
  `    DATABASE_URL=postgresql://app_user:${k.c(k.r.b62(32), 'db-password')}@dpg-${k.lower(20)}-a.oregon-postgres.render.com/app_db`,
  `[worker] failed to notify ${k.email()} about invoice for ${k.address()}`,
  `[worker] refund to card ${k.card()} failed`,
].join('\n');

export const railway: Gen83 = (k) => show(k, {
  message: 'unhandled rejection', level: 'error', timestamp: k.ts(), deploymentId: k.r.uuid(), serviceName: 'api',
  attributes: { env: { RAILWAY_TOKEN: k.c(k.r.uuid(), 'railway-token'), MONGO_URL: `mongodb://mongo:${k.c(k.r.b62(32), 'db-password')}@monorail.proxy.rlwy.net:${k.r.int(10000, 59999)}`, OPENAI_API_KEY: k.c(`sk-proj-${k.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 74)}T3BlbkFJ${k.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 74)}`, 'openai-key') }, request: payBody(k) },
});

export const flyio: Gen83 = (k) => [
  `${k.ts()} app[${k.r.hex(14)}] ${k.r.pick(['ams', 'cdg', 'iad'])} [info] Machine started in ${k.r.int(200, 900)}ms`,
  `${k.ts()} app[${k.r.hex(14)}] ams [info] $ fly secrets set SESSION_SECRET=${k.hexSecret('session-secret', 64)} --access-token "FlyV1 ${k.fly()}"`,
  `${k.ts()} app[${k.r.hex(14)}] ams [error] POST /signup 422 ${JSON.stringify({ name: k.name(), email: k.email(), birthdate: k.dob(), phone: k.phone() })} client=${k.ip6()}`,
  `${k.ts()} app[${k.r.hex(14)}] ams [error] sepa mandate rejected for ${k.iban()}`,
].join('\n');

export const supabase: Gen83 = (k) => {
  const lines = [
    `${k.ts().replace('T', ' ').replace('Z', ' UTC')} [${k.r.int(100, 99999)}] LOG:  statement: INSERT INTO public.profiles (full_name, email, phone, date_of_birth) VALUES ('${k.name()}', '${k.email()}', '${k.phone()}', '${k.dob()}')`,
    `${k.ts().replace('T', ' ').replace('Z', ' UTC')} [${k.r.int(100, 99999)}] LOG:  statement: UPDATE billing.payment_methods SET iban = '${k.iban()}' WHERE user_id = '${k.r.uuid()}'`,
    `${k.ts().replace('T', ' ').replace('Z', ' UTC')} [${k.r.int(100, 99999)}] ERROR:  permission denied for table secrets; request.jwt.claims ${JSON.stringify({ role: 'service_role', iss: 'supabase' })} apikey=${k.jwt({ iss: 'supabase', ref: k.lower(20), role: 'service_role', iat: 1712000000, exp: 2027576000 })}`,
  ];
  if (k.r.next() < 0.5) lines.push(`connection: postgresql://postgres.${k.lower(20)}:${k.pw()}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres`);
  return lines.join('\n');
};

export const firebase: Gen83 = (k) => [
  `${k.ts()} ? onOrderCreate: Function execution started`,
  `${k.ts()} E onOrderCreate: Error: 16 UNAUTHENTICATED at callErrorFromStatus; order=${JSON.stringify(payBody(k))}`,
  `${k.ts()} I onOrderCreate: idToken=${k.jwt({ iss: `https://securetoken.google.com/${k.lower(8)}-app`, aud: `${k.lower(8)}-app`, user_id: k.r.b62(28), email: k.emailStr(), email_verified: true, exp: 1794003600 }, 'RS256')}`,
  `${k.ts()} I onOrderCreate: Function execution took ${k.r.int(20, 9000)} ms, finished with status: 'error'`,
].join('\n');

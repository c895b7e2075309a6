import { B62, DIGITS, UPPER } from './blind-set-9-rng';
import * as g from './blind-set-44-gen';
import type { Tpl } from './blind-set-44-gen';

/** Blind set 44, area `re`: MLS feeds (RESO Web API), listing syndication, portals, brokerage sites. */
export const RE: Tpl[] = [
  ['reso-token-exchange', 8, (r, v) => {
    const host = r.pick(['api-trestle.corelogic.com/trestle/oidc/connect/token', 'retsapi.raprets.com/oauth/token', 'api.mlsgrid.com/oauth2/token']);
    const cid = `${r.pick(['trestle', 'idx', 'vow'])}_${r.b62(10)}`;
    return `POST https://${host}
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=${cid}&client_secret=${v.c('client-secret', r.b62(32))}&scope=api

HTTP/1.1 200 OK
{"access_token":"${v.c('jwt', g.jwt(r, { client_id: cid, scope: ['api'], aud: 'trestle' }, 'RS256'))}","expires_in":28800,"token_type":"Bearer"}`;
  }],
  ['bridge-odata-url', 8, (r, v) => {
    const owner = g.fullName(r);
    return `${g.isoTs(r)} info  replication GET https://api.bridgedataoutput.com/api/v2/OData/${r.pick(['actris', 'test', 'nwmls', 'stellar'])}/Property?access_token=${v.c('api-token', r.hex(32))}&$filter=ModificationTimestamp%20gt%202026-0${r.int(1, 9)}-01&$top=200 status=200 ms=${r.int(80, 900)}
${g.isoTs(r)} debug ListingKey=${r.hex(32)} PrivateRemarks="Vacant. Owner ${v.p('person-name', owner)} ${v.p('phone', g.phone(r))} must approve all showings; CBS code ${v.c('lockbox-code', r.digits(4) + r.pick(['#', '*']))}"`;
  }],
  ['spark-api-config', 8, (r, v) => `# config/spark.yml
production:
  api_key: "${r.pick(['sg', 'fbs', 'mls'])}_${r.b62(10)}"
  api_secret: "${v.c('api-secret', r.chars(B62, 25))}"
  api_user: "${r.hex(26)}"
  access_token: "${v.c('oauth-token', r.chars('0123456789abcdefghijklmnopqrstuvwxyz', 25))}"
  endpoint: https://sparkapi.com/v1`],
  ['mlsgrid-replicator', 9, (r, v) => `import os
MLSGRID_TOKEN = os.environ.get("MLSGRID_TOKEN", "${v.c('api-token', r.hex(40))}")
S3 = boto3.client("s3", aws_access_key_id="${v.c('aws-key-id', g.awsKeyId(r))}",
                  aws_secret_access_key="${v.c('aws-secret', g.awsSecret(r))}")
URL = "https://api.mlsgrid.com/v2/Property?$filter=OriginatingSystemName%20eq%20'${r.pick(['mred', 'carolina', 'actris', 'northstar'])}'&$expand=Media"`],
  ['zillow-lead-webhook', 4, (r, v) => {
    const name = g.fullName(r);
    return `POST /hooks/zillow/leads HTTP/1.1
Host: crm.${r.pick(['brightkeyrealty', 'summitlane-homes', 'urbannest-re'])}.com
X-Zillow-Partner-Key: ${v.c('api-key', 'X1-ZW' + r.b62(24))}
Content-Type: application/json

{"lead":{"contactName":"${v.p('person-name', name)}","contactEmail":"${v.p('email', g.emailFor(r, name))}","contactPhone":"${v.p('phone', g.phone(r))}","message":"Is ${r.int(100, 9999)} ${r.pick(['Elm St', 'Ridge Rd'])} still available? We're preapproved up to $${r.int(300, 900)}k","zpid":"${r.digits(8)}","visitorIp":"${v.p('ipv4', g.ipv4(r))}"}}`;
  }],
  ['syndication-ftp-ini', 8, (r, v) => `; listhub / realtor.com syndication feeds
[realtor_com]
url = ftp://brk${r.digits(6)}:${v.c('ftp-password', g.urlPw(r))}@feeds.move.com/inbound/
format = RETS-Syndication-2.0
[homes_com]
user = ${r.pick(['brokerfeed', 'mls_out'])}${r.digits(3)}
pass = ${v.c('ftp-password', g.pw(r))}
host = sftp.homes.com`],
  ['showing-confirmation', 8, (r, v) => {
    const buyer = g.fullName(r);
    return `ShowingTime: Appointment CONFIRMED for ${g.streetLine(r)} on Sat ${r.int(1, 28)}/0${r.int(1, 9)} ${r.int(9, 17)}:00.
Buyer: ${v.p('person-name', buyer)} (${v.p('phone', g.phone(r))}). Access: SentriLock, shackle code ${v.c('lockbox-code', r.digits(6))}. Alarm: disarm with ${r.pick(['keypad', 'panel'])} PIN ${v.c('alarm-pin', String(r.int(2, 9)) + r.digits(3) + r.pick(['*', '#']))}. Please leave lights off.`;
  }],
  ['idx-wp-config', 9, (r, v) => `<?php
define( 'DB_NAME', 'wp_idxsite' );
define( 'DB_USER', 'wp_${r.b62(6).toLowerCase()}' );
define( 'DB_PASSWORD', '${v.c('db-password', g.hardPw(r))}' );
define( 'AUTH_KEY',         '${v.c('wp-salt', r.chars(B62 + '!@#%^&*()-_[]{}<>~+=,.;:/?|', 64))}' );
define( 'IDX_BROKER_API_KEY', '${v.c('api-key', r.chars(B62 + '@', 22))}' );`],
  ['followupboss-basic', 8, (r, v) => {
    const key = 'fka_' + r.b62(34);
    const name = g.fullName(r);
    return `POST https://api.followupboss.com/v1/events
Authorization: Basic ${v.c('basic-auth', g.basic(key, ''))}
X-System: ${r.pick(['HomeSiteX', 'LuxuryIDX'])}
X-System-Key: ${v.c('api-key', r.hex(32))}

{"source":"website","type":"Registration","person":{"firstName":"${name.split(' ')[0]}","lastName":"${name.split(' ').pop()}","emails":[{"value":"${v.p('email', g.emailFor(r, name))}"}],"phones":[{"value":"${v.p('phone', g.phone(r))}"}]}}`;
  }],
  ['listing-site-compose', 9, (r, v) => `services:
  api:
    image: ghcr.io/${r.pick(['brightkey', 'nestwise'])}/listings-api:${r.hex(7)}
    environment:
      DATABASE_URL: postgres://listings:${v.c('db-password', g.urlPw(r))}@db:5432/listings
      REDIS_URL: redis://default:${v.c('redis-password', r.b62(32))}@cache:6379/0
      MAPBOX_SECRET_TOKEN: ${v.c('mapbox-secret', g.mapboxSecret(r))}
      NEXT_PUBLIC_MAPBOX_TOKEN: pk.eyJ1IjoibmVzdHdpc2UiLCJhIjoiY2x${r.b62(20)}`],
  ['offer-email', 4, (r, v) => {
    const a = g.fullName(r), b = g.fullName(r);
    return `From: ${a} <${v.p('email', g.emailFor(r, a))}>
To: listing.agent@${r.pick(['kw.com', 'compass.com', 'cbrealty.com'])}
Subject: Offer — ${g.mlsId(r)}

Attached is the signed RPA for my buyers ${v.p('person-name', b)} and spouse. Earnest money will be wired from their account ${v.f('bank-account', g.account(r))} at ${r.pick(['Chase', 'Ally', 'PNC'])}. Buyer cell ${v.p('phone', g.phone(r))}; current address ${v.p('street-address', g.address(r))}.`;
  }],
  ['k8s-secret-listings', 9, (r, v) => {
    const pass = r.b62(24);
    return `apiVersion: v1
kind: Secret
metadata:
  name: mls-sync-credentials
  namespace: ${r.pick(['listings', 'idx-prod'])}
type: Opaque
data:
  RESO_CLIENT_SECRET: ${v.c('k8s-secret-b64', Buffer.from(r.b62(32)).toString('base64'))}
  PG_PASSWORD: ${v.c('k8s-secret-b64', Buffer.from(pass).toString('base64'))}
stringData:
  SLACK_WEBHOOK: ${v.c('webhook-url', g.slackHook(r))}`;
  }],
  ['brokerage-actions-yml', 9, (r, v) => `name: deploy-idx
on: { push: { branches: [main] } }
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      VERCEL_TOKEN: ${v.c('api-token', r.b62(24))}
      GH_TOKEN: ${v.c('github-token', r.next() < 0.5 ? g.ghToken(r) : g.ghPat(r))}
      NPM_TOKEN: ${v.c('npm-token', g.npmToken(r))}`],
  ['open-house-signin-csv', 3, (r, v) => {
    const rows = [0, 1].map(() => { const n = g.fullName(r); return `"${v.p('person-name', n)}",${v.p('email', g.emailFor(r, n))},${v.p('phone', g.phone(r))},${r.pick(['yes', 'no'])},"${r.pick(['Working with agent', 'Just looking', 'Pre-approved'])}"`; });
    return `# Open house sign-in — ${g.streetLine(r)} — exported from Spacio\nname,email,phone,agent_contact_ok,notes\n${rows.join('\n')}`;
  }],
  ['agent-onboarding-w9', 4, (r, v) => {
    const name = g.fullName(r);
    return `Agent onboarding — ${r.pick(['eXp', 'Real Brokerage', 'Fathom'])} transfer
Legal name: ${v.p('person-name', name)}   License #: ${r.chars(UPPER, 2)}${r.digits(6)}
TIN (W-9): ${r.next() < 0.5 ? v.p('ssn', g.ssn(r)) : v.f('ein', g.ein(r))}
Commission disbursement — Routing: ${v.f('routing', g.aba(r))}  Account: ${v.f('bank-account', g.account(r))}
Home: ${v.p('street-address', g.address(r))}`;
  }],
  ['mls-lockbox-ekey-log', 6, (r, v) => `${g.isoTs(r)} supra-ekey sync member=${r.digits(7)} device=${r.chars(UPPER + DIGITS, 12)} auth=Bearer ${v.c('oauth-token', r.b64url(48))} result=OK geo=${v.p('geo', g.geo(r))} user=${v.p('email', g.email(r))}`],
];

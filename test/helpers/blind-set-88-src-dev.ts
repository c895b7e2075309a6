import { person, sha, ts, workDomain } from './blind-set-88-people';
import { awsKeyId, awsSecret, cfToken, datadogKey, ghPat, glpat, googleKey, herokuKey, jwt, npmTok, password, sendgrid, slackHook, slackTok, stripeKey } from './blind-set-88-tokens';
import type { Source88 } from './blind-set-88-types';

const j = (s: string): string => JSON.stringify(s).slice(1, -1);

/** Developer tools: notebooks and editor configs, git diffs, CI configs, mobile Firebase files. */
export const DEV_SOURCES: readonly Source88[] = [
  {
    name: 'notebook-editor',
    printers: [
      (c) => {
        const out = `{'HOME': '/home/jovyan', 'OPENAI_ORG': 'org-${c.r.alnum(24)}', 'AWS_SECRET_ACCESS_KEY': '${c.cred('aws_secret_access_key', awsSecret(c.r))}'}`;
        return `{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 3,\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "${j(out)}\\n"\n     ]\n    }\n   ],\n   "source": [\n    "import os\\n",\n    "os.environ[\\"DD_API_KEY\\"] = \\"${c.cred('datadog_api_key', datadogKey(c.r))}\\"\\n",\n    "print(dict(os.environ))"\n   ]\n  }\n ],\n "nbformat": 4\n}`;
      },
      (c) =>
        `{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "type": "node",\n      "request": "launch",\n      "name": "worker",\n      "program": "\${workspaceFolder}/dist/worker.js",\n      "env": {\n        "DATABASE_URL": "postgres://dev:${c.cred('password', password(c.r, 'url'))}@localhost:5432/dev",\n        "SLACK_TOKEN": "${c.cred('slack_token', slackTok(c.r))}",\n        "NPM_TOKEN": "${c.cred('npm_token', npmTok(c.r))}",\n        "STRIPE_KEY": "${c.fin('stripe_key', stripeKey(c.r, c.r.chance(0.5) ? 'sk_live' : 'sk_test'))}"\n      }\n    }\n  ]\n}`,
      (c) =>
        `{\n  "editor.formatOnSave": true,\n  "sqltools.connections": [\n    {\n      "name": "prod-ro",\n      "driver": "PostgreSQL",\n      "server": "db.${workDomain(c.r)}",\n      "username": "${c.pii('email', person(c.r).workEmail)}",\n      "password": "${c.cred('password', password(c.r, 'safe'))}"\n    }\n  ],\n  "github.copilot.advanced": {},\n  "rest-client.environmentVariables": {"prod": {"token": "${c.cred('jwt', jwt(c.r))}"}}\n}`,
      (c) => {
        const p = person(c.r);
        const df = `name,email,phone\n${p.name},${p.email},${'+1 646 ' + c.r.int(201, 989) + ' ' + c.r.digits(4)}`;
        c.pii('person_name', p.name);
        c.pii('email', p.email);
        c.pii('phone', df.split(',').pop()!);
        return `{\n "cell_type": "code",\n "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["${j(df).replace(/\\n/g, '\\n", "')}"]}}],\n "source": ["df = pd.read_sql('select * from customers limit 1', con)"]\n}`;
      },
    ],
  },
  {
    name: 'git-diff',
    printers: [
      (c) =>
        `diff --git a/.env.example b/.env.example\nindex ${c.r.hex(7)}..${c.r.hex(7)} 100644\n--- a/.env.example\n+++ b/.env.example\n@@ -3,4 +3,6 @@ NODE_ENV=development\n AWS_REGION=us-east-1\n-AWS_ACCESS_KEY_ID=\n-AWS_SECRET_ACCESS_KEY=\n+AWS_ACCESS_KEY_ID=${c.cred('aws_access_key_id', awsKeyId(c.r))}\n+AWS_SECRET_ACCESS_KEY=${c.cred('aws_secret_access_key', awsSecret(c.r))}\n LOG_LEVEL=info\n`,
      (c) => {
        const p = person(c.r);
        return `commit ${sha(c.r)}\nAuthor: ${c.pii('person_name', p.name)} <${c.pii('email', p.email)}>\nDate:   Tue Mar ${c.r.int(10, 28)} 14:${c.r.int(10, 59)}:02 2024 +0100\n\n    wip: hook up stripe\n\ndiff --git a/config/payments.yml b/config/payments.yml\n@@ -1,2 +1,3 @@\n stripe:\n+  secret_key: ${c.fin('stripe_key', stripeKey(c.r))}\n   currency: eur\n`;
      },
      (c) =>
        `--- a/src/notify.ts\n+++ b/src/notify.ts\n@@ -12,7 +12,7 @@ export async function notify(msg: string) {\n-  const hook = process.env.SLACK_WEBHOOK!;\n+  const hook = '${c.cred('slack_webhook', slackHook(c.r))}';\n   await fetch(hook, { method: 'POST', body: JSON.stringify({ text: msg }) });\n`,
      (c) =>
        `${sha(c.r).slice(0, 8)} (${c.pii('person_name', person(c.r).name)} 2024-0${c.r.int(1, 9)}-1${c.r.int(0, 9)} 09:12:44 +0200 41)   sendgridKey: '${c.cred('sendgrid_key', sendgrid(c.r))}',\n${sha(c.r).slice(0, 8)} (dependabot[bot]         2024-02-02 10:00:00 +0000 42)   retries: 3,\n`,
    ],
  },
  {
    name: 'ci-config',
    printers: [
      (c) =>
        `name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NODE_AUTH_TOKEN: ${c.cred('npm_token', npmTok(c.r))}\n      GH_TOKEN: ${c.cred('github_token', ghPat(c.r))}\n      STRIPE_SECRET_KEY: ${c.fin('stripe_key', stripeKey(c.r))}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n`,
      (c) =>
        `language: node_js\nnode_js:\n  - 20\nenv:\n  global:\n    - HEROKU_API_KEY=${c.cred('heroku_key', herokuKey(c.r))}\n    - secure: "${c.r.b64(256)}"\nnotifications:\n  email:\n    - ${c.pii('email', person(c.r).email)}\n`,
      (c) =>
        `version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/base:2024.02\n        auth:\n          username: ${person(c.r).user}\n          password: ${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n    environment:\n      CLOUDFLARE_API_TOKEN: ${c.cred('cloudflare_token', cfToken(c.r))}\n`,
      (c) =>
        `variables:\n  DOCKER_DRIVER: overlay2\n  GITLAB_API_TOKEN: "${c.cred('gitlab_token', glpat(c.r))}"\n  DB_PASSWORD: "${c.cred('password', password(c.r, 'safe'))}"\nstages: [test, deploy]\n`,
      (c) =>
        `2024-0${c.r.int(1, 9)}-1${c.r.int(0, 9)}T10:0${c.r.int(0, 9)}:11.${c.r.digits(7)}Z ##[group]Run ./scripts/deploy.sh\n2024-03-12T10:03:11.9000000Z + curl -sf -H "PRIVATE-TOKEN: ${c.cred('gitlab_token', glpat(c.r))}" https://gitlab.${workDomain(c.r)}/api/v4/projects\n2024-03-12T10:03:12.1000000Z + echo "using token ***"\n2024-03-12T10:03:12.1500000Z + curl -sf -u deploy:${c.cred('password', password(c.r, 'url'))} https://nexus.${workDomain(c.r)}/service/rest/v1/status\n2024-03-12T10:03:12.2000000Z ##[error]Process completed with exit code 22.\n`,
    ],
  },
  {
    name: 'firebase-mobile',
    printers: [
      (c) =>
        `{\n  "project_info": {\n    "project_number": "${c.r.digits(12)}",\n    "project_id": "shop-app-${c.r.lower(5)}",\n    "storage_bucket": "shop-app.appspot.com"\n  },\n  "client": [\n    {\n      "client_info": {\n        "mobilesdk_app_id": "1:${c.r.digits(12)}:android:${c.r.hex(16)}",\n        "android_client_info": { "package_name": "com.acme.shop" }\n      },\n      "api_key": [\n        { "current_key": "${c.cred('google_api_key', googleKey(c.r))}" }\n      ]\n    }\n  ]\n}`,
      (c) =>
        `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n\t<key>API_KEY</key>\n\t<string>${c.cred('google_api_key', googleKey(c.r))}</string>\n\t<key>GCM_SENDER_ID</key>\n\t<string>${c.r.digits(12)}</string>\n\t<key>BUNDLE_ID</key>\n\t<string>com.acme.shop</string>\n</dict>\n</plist>`,
      (c) =>
        `const firebaseConfig = {\n  apiKey: "${c.cred('google_api_key', googleKey(c.r))}",\n  authDomain: "shop-${c.r.lower(5)}.firebaseapp.com",\n  projectId: "shop-${c.r.lower(5)}",\n  appId: "1:${c.r.digits(12)}:web:${c.r.hex(22)}"\n};\n// admin SDK (do not ship!)\nconst adminToken = "${c.cred('jwt', jwt(c.r, { admin: true }))}";\n`,
    ],
  },
  {
    name: 'paas',
    printers: [
      (c) =>
        `name = "edge-worker"\nmain = "src/index.ts"\ncompatibility_date = "2024-03-01"\n\n[vars]\nENVIRONMENT = "production"\nAPI_TOKEN = "${c.cred('cloudflare_token', cfToken(c.r))}"\nSTRIPE_KEY = "${c.fin('stripe_key', stripeKey(c.r))}"\n`,
      (c) =>
        `[build]\n  command = "npm run build"\n  publish = "dist"\n[build.environment]\n  NODE_VERSION = "20"\n  CONTENTFUL_TOKEN = "${c.cred('generic_secret', c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 43))}"\n  SENDGRID_KEY = "${c.cred('sendgrid_key', sendgrid(c.r))}"\n`,
      (c) =>
        `=== shop-api Config Vars\nDATABASE_URL:     postgres://u${c.r.lower(13)}:${c.cred('password', c.r.hex(64))}@ec2-${c.r.int(3, 54)}-${c.r.int(1, 250)}.compute-1.amazonaws.com:5432/d${c.r.lower(13)}\nREDIS_URL:        rediss://:${c.cred('password', 'p' + c.r.hex(64))}@ec2-${c.r.int(3, 54)}.compute-1.amazonaws.com:${c.r.int(10000, 30000)}\nSTRIPE_SECRET_KEY: ${c.fin('stripe_key', stripeKey(c.r))}\nOWNER_EMAIL:      ${c.pii('email', person(c.r).email)}\n`,
      (c) =>
        `# Created by Vercel CLI\nVERCEL="1"\nVERCEL_ENV="development"\nVERCEL_OIDC_TOKEN="${c.cred('jwt', jwt(c.r, { owner: 'acme', project: 'web' }))}"\nNEXTAUTH_SECRET="${c.cred('generic_secret', c.r.b64(32))}"\nGITHUB_SECRET="${c.cred('oauth_client_secret', c.r.hex(40))}"\n${ts(c.r).slice(0, 0)}`,
    ],
  },
];

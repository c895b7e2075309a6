import { B62, HEX } from './blind-set-9-rng';
import type { T56 } from './blind-set-56-rails-django';

/** One more credential-only case per area: CI and deploy output around each framework. */
export const CI: Record<string, T56[]> = {
  rails: [(x) => `kamal deploy: env secrets -> RAILS_MASTER_KEY=${x.hexSecret(32, 'rails_master_key')} SENDGRID_API_KEY=${x.sendgrid()} SHOPIFY_API_SECRET=${x.shopify()} OKTA_API_TOKEN=${x.okta()}`],
  django: [(x) => `heroku config -a herald-django
DATABASE_URL:  postgres://u${x.r.chars('abcdefghijklmnopqrstuvwxyz', 13)}:${x.c('password', x.r.hex(64))}@ec2-3-${x.int(10, 250)}-1-9.compute-1.amazonaws.com:5432/d${x.id(13)}
HUBSPOT_TOKEN: ${x.hubspot()}
SLACK_BOT_TOKEN: ${x.slack()}
TWILIO_AUTH_TOKEN: ${x.twilioTok()}`],
  flask: [(x) => `- name: Deploy
  env:
    GOOGLE_API_KEY: "${x.google()}"
    STRIPE_KEY: "${x.stripeSk()}"
    AUTH0_CLIENT_SECRET: "${x.auth0Secret()}"
    SALESFORCE_TOKEN: "${x.sfToken()}"`],
  spring: [(x) => `kubectl get secret herald-spring -o yaml | yq .data -> decoded:
  ADYEN_API_KEY: ${x.adyen()}
  GITHUB_TOKEN: ${x.gh()}
  MAILGUN_KEY: ${x.mailgun()}
  DD_API_KEY: ${x.dd()}`],
  aspnet: [(x) => `##[debug]Evaluating: secrets.PAYPAL_SECRET => ${x.paypalSecret()}
##[debug]Evaluating: secrets.SQUARE_SECRET => ${x.squareSecret()}
##[debug]Evaluating: secrets.AWS_KEY => ${x.awsId()}:${x.awsSecret()}`],
  php: [(x) => `composer config --global --auth github-oauth.github.com ${x.gh()}
composer config http-basic.repo.packagist.com token ${x.c('packagist_token', 'packagist_' + x.r.chars('ou', 1) + 't_' + x.r.chars(HEX, 68))}
export SLACK_WEBHOOK="${x.slackHook()}" OPENAI_KEY="${x.openai()}"`],
  node: [(x) => `vercel env pull: STRIPE_SECRET_KEY="${x.stripeSk()}" NEXTAUTH_SECRET="${x.b64Secret(32, 'nextauth_secret')}" AUTH0_SECRET="${x.hexSecret(64, 'auth0_cookie_secret')}" SHOPIFY_ADMIN_TOKEN="${x.shopify()}"`],
  go: [(x) => `goreleaser: env GITHUB_TOKEN=${x.gh()} GITLAB_TOKEN=${x.c('gitlab_token', 'glpat-' + x.r.chars(B62, 20))} AWS_SECRET_ACCESS_KEY=${x.awsSecret()} TWILIO_API_SECRET=${x.twilioKey()}`],
};

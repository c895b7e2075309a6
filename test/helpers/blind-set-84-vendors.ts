/**
 * Blind set 84: all vendor templates and the weighted pick the printers use to get a call.
 */
import { type Vendor } from './blind-set-84-call';
import { type Call, type Ctx } from './blind-set-84-ctx';
import { azure, internal, netsuite, quickbooks, shopify, xero, zoho } from './blind-set-84-vendors-acct';
import { auth0, docusign, hubspot, intercom, okta, salesforce, zendesk } from './blind-set-84-vendors-crm';
import { github, mailgun, openai, postmark, sendgrid, slack, twilio } from './blind-set-84-vendors-msg';
import { docusignConnect, githubAppToken, mailgunWebhook, sendgridWebhook, shopifyGrant, slackOauth, stripeConnect } from './blind-set-84-vendors-apps';
import { oauth } from './blind-set-84-vendors-oauth';
import { adyen, braintree, plaid, stripe } from './blind-set-84-vendors-pay';

/** Every vendor template by name, with its weight in a random pick. */
export const VENDORS: Record<string, [Vendor, number]> = {
  stripe: [stripe, 6],
  adyen: [adyen, 6],
  braintree: [braintree, 4],
  plaid: [plaid, 5],
  salesforce: [salesforce, 2],
  hubspot: [hubspot, 2],
  zendesk: [zendesk, 2],
  intercom: [intercom, 1],
  docusign: [docusign, 1],
  okta: [okta, 2],
  auth0: [auth0, 2],
  twilio: [twilio, 2],
  sendgrid: [sendgrid, 1],
  mailgun: [mailgun, 2],
  postmark: [postmark, 1],
  slack: [slack, 1],
  github: [github, 2],
  openai: [openai, 2],
  shopify: [shopify, 2],
  netsuite: [netsuite, 3],
  quickbooks: [quickbooks, 2],
  xero: [xero, 3],
  zoho: [zoho, 1],
  internal: [internal, 7],
  azure: [azure, 4],
  oauth: [oauth, 16],
  'slack-oauth': [slackOauth, 2],
  'github-app': [githubAppToken, 2],
  'shopify-grant': [shopifyGrant, 2],
  'stripe-connect': [stripeConnect, 2],
  'sendgrid-webhook': [sendgridWebhook, 1],
  'mailgun-webhook': [mailgunWebhook, 1],
  'docusign-connect': [docusignConnect, 1],
};

/** What a printer asks of the pick: a failed call, or one of some vendors only. */
export interface PickOpts {
  fail?: boolean;
  only?: readonly string[];
  not?: readonly string[];
}

const POOLS: Record<string, string[]> = {
  pay: ['stripe', 'adyen', 'braintree', 'plaid', 'stripe-connect', 'azure'],
  crm: ['salesforce', 'hubspot', 'zendesk', 'intercom', 'docusign', 'okta', 'auth0', 'zoho'],
  msg: ['twilio', 'sendgrid', 'mailgun', 'postmark', 'slack', 'github', 'openai', 'slack-oauth', 'github-app', 'sendgrid-webhook', 'mailgun-webhook', 'docusign-connect'],
  acct: ['shopify', 'shopify-grant', 'netsuite', 'quickbooks', 'xero', 'internal'],
  oauth: ['oauth'],
};

/** The order in which a source's cases walk the vendor pools. */
export const POOL_ORDER = ['pay', 'oauth', 'crm', 'acct', 'oauth', 'msg', 'pay', 'oauth', 'acct', 'msg', 'pay', 'crm', 'oauth'];

/** A call to a vendor drawn by weight (among `only`, without `not`; from the slot's pool otherwise). */
export function pickCall(ctx: Ctx, o: PickOpts = {}): Call {
  const pool = !o.only && ctx.slot >= 0 ? POOLS[POOL_ORDER[ctx.slot % POOL_ORDER.length]!]! : null;
  let names = Object.keys(VENDORS).filter((n) => (!o.only || o.only.includes(n)) && !(o.not ?? []).includes(n));
  if (pool && names.some((n) => pool.includes(n))) names = names.filter((n) => pool.includes(n));
  const fail = o.fail ?? true;
  const total = names.reduce((s, n) => s + VENDORS[n]![1], 0);
  const mark = ctx.planted.length;
  for (let attempt = 0; ; attempt++) {
    let x = ctx.r.next() * total;
    const name = names.find((n) => (x -= VENDORS[n]![1]) < 0) ?? names[names.length - 1]!;
    const call = VENDORS[name]![0](ctx, { fail });
    // A failed call must have failed at the HTTP level; a vendor that answered 2xx is drawn again.
    if (!fail || call.status >= 400 || attempt >= 8) return call;
    ctx.planted.length = mark;
  }
}

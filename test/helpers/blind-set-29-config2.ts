import type { PosTemplate29 } from './blind-set-29-types';
import { CRED, jwt } from './blind-set-29-tokens';
import { plant29 } from './blind-set-29-config';
import { prefix, ts } from './blind-set-29-noise';

/** More credential-heavy dumps: proxies, collections, plans, containers. */
export const CONFIG2_29: PosTemplate29[] = [
  {
    source: 'proxy',
    name: 'har-headers',
    make: (r, b) =>
      [
        `# Charles/HAR export attached to JIRA MOB-${r.int(1000, 9999)}`,
        ...Array.from({ length: r.int(3, 5) }, () =>
          r.pick([
            () =>
              `${r.pick(['GET', 'POST'])} https://api.wanderly.app/v2/${r.pick(['trips', 'me', 'offers'])}  Authorization: Bearer ${b.c('jwt', jwt(r, { sub: r.uuid(), iss: 'https://auth.wanderly.app' }))}`,
            () => `POST https://api.duffel.com/air/offer_requests  Authorization: Bearer ${b.c('duffel', CRED['duffel']!(r))}`,
            () => `GET https://api.stripe.com/v1/payment_intents  Authorization: Bearer ${b.c('stripe_sk', CRED['stripe_sk']!(r))}`,
            () => `POST https://api2.amplitude.com/2/httpapi  Cookie: wl_session=${b.c('session', CRED['session']!(r))}`,
          ])(),
        ),
      ].join('\n'),
  },
  {
    source: 'postman',
    name: 'environment-export',
    make: (r, b) =>
      JSON.stringify(
        { name: 'Wanderly PROD', values: plant29(r, b, 2 + r.int(4, 7), 1).map(([key, value]) => ({ key, value, type: 'secret', enabled: true })), _postman_exported_at: ts(r) },
        null,
        r.pick([0, 2]),
      ),
  },
  {
    source: 'terraform',
    name: 'plan-unmasked',
    make: (r, b) =>
      [
        `Terraform will perform the following actions:`,
        `  # aws_ssm_parameter.mobile["prod"] will be updated in-place`,
        ...plant29(r, b, 2 + r.int(4, 7), 0).map(([n, v]) => `      ~ ${n.toLowerCase()} = "${v}"`),
        `Plan: 0 to add, ${r.int(1, 9)} to change, 0 to destroy.`,
      ].join('\n'),
  },
  {
    source: 'docker',
    name: 'inspect-env',
    make: (r, b) =>
      `${JSON.stringify([{ Id: r.hex(64), Config: { Image: `wanderly/bff:${r.hex(7)}`, Env: [...plant29(r, b, 2 + r.int(4, 7), 0).map(([n, v]) => `${n}=${v}`), 'NODE_ENV=production', `PORT=${r.int(3000, 9000)}`] } }], null, 2)}`,
  },
  {
    source: 'stripe',
    name: 'webhook-endpoints',
    make: (r, b) =>
      [
        `${prefix(r, 'webhooks-admin')} endpoint secrets reloaded:`,
        ...Array.from(
          { length: r.int(3, 5) },
          () =>
            `  we_${r.b62(24)} url=https://api.wanderly.app/hooks/${r.pick(['stripe', 'stripe-connect', 'stripe-billing', 'stripe-issuing'])} secret=${b.c('stripe_whsec', CRED['stripe_whsec']!(r))}`,
        ),
      ].join('\n'),
  },
  {
    source: 'github-actions',
    name: 'debug-step',
    make: (r, b) =>
      [
        `##[group]Run ./scripts/upload-build.sh`,
        `##[debug]Evaluating: secrets`,
        ...plant29(r, b, 2 + r.int(4, 6), 0).map(([n, v]) => `##[debug]  ${n}: ${v}`),
        `##[error]Process completed with exit code 1.`,
      ].join('\n'),
  },
];

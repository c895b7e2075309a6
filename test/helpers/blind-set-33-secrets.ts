import { mnemonic, extendedKey } from './blind-set-33-crypto';
import { host, ts } from './blind-set-33-noise';
import { B62, B64, type Rng33 } from './blind-set-33-rng';
import { password, type Case33, type Template33 } from './blind-set-33-values';

type Entry = readonly [key: string, kind: string, value: string];

/** Renders planted secrets in one of the forms config dumps take (env, YAML, JSON, k8s Secret, properties, tfvars, vault table, docker run). */
function dump(c: Case33, r: Rng33, title: string, entries: readonly Entry[]): string {
  const vals = entries.map(([k, kind, v]) => [k, c.c(kind, v)] as const);
  const style = r.int(0, 7);
  const lower = (k: string) => k.toLowerCase();
  switch (style) {
    case 0: return `# ${title}: env of ${host(r, 'svc')}\n${vals.map(([k, v]) => `${k}=${v}`).join('\n')}`;
    case 1: return `${title}:\n${vals.map(([k, v]) => `  ${lower(k)}: "${v}"`).join('\n')}`;
    case 2: return `${ts(r)} ERROR config validation failed (${title}): ${JSON.stringify(Object.fromEntries(vals.map(([k, v]) => [lower(k), v])))}`;
    case 3: return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${title.replace(/[^a-z]+/gi, '-').toLowerCase()}\ntype: Opaque\nstringData:\n${vals.map(([k, v]) => `  ${k}: '${v}'`).join('\n')}`;
    case 4: return `# ${title}.properties\n${vals.map(([k, v]) => `${lower(k).replace(/_/g, '.')}=${v}`).join('\n')}`;
    case 5: return `# terraform.tfvars (${title})\n${vals.map(([k, v]) => `${lower(k)} = "${v}"`).join('\n')}`;
    case 6: return `$ vault kv get -format=table secret/${title.replace(/\s+/g, '-')}\n====== Data ======\nKey${' '.repeat(25)}Value\n---${' '.repeat(25)}-----\n${vals.map(([k, v]) => `${lower(k).padEnd(28)}${v}`).join('\n')}`;
    default: return `+ docker run --rm ${vals.map(([k, v]) => `-e ${k}=${v.includes(' ') || /[$!;&]/.test(v) ? `'${v}'` : v}`).join(' ')} registry.internal/${title.replace(/\s+/g, '-')}:${r.hex(7)}\nexit status 137`;
  }
}

const pemOneLine = (r: Rng33) => `-----BEGIN PRIVATE KEY-----\\n${r.chars(B64, 64)}\\n${r.chars(B64, 64)}\\n${r.chars(B64, 40)}\\n-----END PRIVATE KEY-----`;

/** Credential-dense config dumps, one per back-office domain. */
export const SECRET_TEMPLATES: readonly Template33[] = [
  {
    area: 'secrets', name: 'payments-core', draws: 14,
    make: (c, r) => dump(c, r, 'payments core', [
      ['PLAID_SECRET', 'plaid-secret', r.hex(30)],
      ['STRIPE_SECRET_KEY', 'stripe-secret-key', `sk_live_51${r.b62(97)}`],
      ['STRIPE_WEBHOOK_SECRET', 'stripe-webhook-secret', `whsec_${r.b62(32)}`],
      ['ADYEN_HMAC_KEY', 'adyen-hmac-key', r.hex(64).toUpperCase()],
      ['WISE_API_TOKEN', 'wise-api-token', r.uuid()],
      ['DATABASE_PASSWORD', 'db-password', password(r)],
    ]),
  },
  {
    area: 'secrets', name: 'treasury-connectors', draws: 14,
    make: (c, r) => dump(c, r, 'treasury connectors', [
      ['CURRENCYCLOUD_API_KEY', 'currencycloud-api-key', r.hex(64)],
      ['AIRWALLEX_API_KEY', 'airwallex-api-key', r.hex(64)],
      ['MODERN_TREASURY_API_KEY', 'modern-treasury-api-key', `live-${r.b62(48)}`],
      ['PAYPAL_CLIENT_SECRET', 'paypal-client-secret', r.chars(B62 + '-', 80)],
      ['PAYONEER_CLIENT_SECRET', 'payoneer-client-secret', r.b62(32)],
      ['MT_WEBHOOK_KEY', 'modern-treasury-webhook-key', r.b62(40)],
    ]),
  },
  {
    area: 'secrets', name: 'erp-sync', draws: 14,
    make: (c, r) => dump(c, r, 'erp sync', [
      ['NETSUITE_CONSUMER_SECRET', 'netsuite-consumer-secret', r.hex(64)],
      ['NETSUITE_TOKEN_SECRET', 'netsuite-token-secret', r.hex(64)],
      ['XERO_CLIENT_SECRET', 'xero-client-secret', r.b64url(36)],
      ['QBO_CLIENT_SECRET', 'qbo-client-secret', r.b62(40)],
      ['BILLCOM_DEV_KEY', 'billcom-dev-key', r.b62(34)],
      ['EXPENSIFY_PARTNER_USER_SECRET', 'expensify-partner-secret', r.hex(40)],
    ]),
  },
  {
    area: 'secrets', name: 'exchange-keys', draws: 14,
    make: (c, r) => dump(c, r, 'exchange keys', [
      ['BINANCE_API_KEY', 'binance-api-key', r.b62(64)],
      ['BINANCE_SECRET_KEY', 'binance-secret-key', r.b62(64)],
      ['KRAKEN_API_KEY', 'kraken-api-key', r.chars(B64, 56)],
      ['KRAKEN_PRIVATE_KEY', 'kraken-private-key', r.b64(64)],
      ['OKX_SECRET_KEY', 'okx-secret-key', r.hex(32).toUpperCase()],
      ['OKX_PASSPHRASE', 'okx-passphrase', password(r)],
    ]),
  },
  {
    area: 'secrets', name: 'card-issuing', draws: 14,
    make: (c, r) => dump(c, r, 'card issuing', [
      ['MARQETA_ADMIN_ACCESS_TOKEN', 'marqeta-admin-token', r.uuid()],
      ['LITHIC_API_KEY', 'lithic-api-key', r.uuid()],
      ['LITHIC_WEBHOOK_SECRET', 'lithic-webhook-secret', `whsec_${r.b64(32)}`],
      ['CHECKOUT_SECRET_KEY', 'checkout-secret-key', `sk_${r.uuid()}`],
      ['BRAINTREE_PRIVATE_KEY', 'braintree-private-key', r.hex(32)],
      ['SQUARE_ACCESS_TOKEN', 'square-access-token', `EAAA${r.chars(B62 + '-_', 60)}`],
    ]),
  },
  {
    area: 'secrets', name: 'kyc-vendors', draws: 14,
    make: (c, r) => dump(c, r, 'kyc vendors', [
      ['PERSONA_API_KEY', 'persona-api-key', `persona_production_${r.uuid()}`],
      ['ONFIDO_API_TOKEN', 'onfido-api-token', `api_live.${r.b62(11)}.${r.b62(32)}`],
      ['SOCURE_API_KEY', 'socure-api-key', r.uuid()],
      ['ALLOY_WORKFLOW_SECRET', 'alloy-secret', r.b62(32)],
      ['JUMIO_API_SECRET', 'jumio-api-secret', r.b62(32)],
      ['EXPERIAN_CLIENT_SECRET', 'experian-client-secret', r.b62(16)],
    ]),
  },
  {
    area: 'secrets', name: 'open-banking-apps', draws: 14,
    make: (c, r) => dump(c, r, 'open banking apps', [
      ['TRUELAYER_CLIENT_SECRET', 'truelayer-client-secret', r.uuid()],
      ['TINK_CLIENT_SECRET', 'tink-client-secret', r.hex(32)],
      ['YAPILY_APPLICATION_SECRET', 'yapily-secret', r.uuid()],
      ['GOCARDLESS_SECRET_KEY', 'gocardless-bad-secret-key', r.hex(128)],
      ['MX_API_KEY', 'mx-api-key', r.hex(40)],
      ['FINICITY_PARTNER_SECRET', 'finicity-partner-secret', r.b62(20)],
    ]),
  },
  {
    area: 'secrets', name: 'custody-hot-wallet', draws: 14,
    make: (c, r) => dump(c, r, 'custody hot wallet', [
      ['HOT_WALLET_MNEMONIC', 'bip39-mnemonic', mnemonic(r, 12)],
      ['SIGNER_XPRV', 'bip32-xprv', extendedKey(r, 'xprv')],
      ['DEPLOYER_PRIVATE_KEY', 'eth-private-key', `0x${r.hex(64)}`],
      ['ALCHEMY_API_KEY', 'alchemy-api-key', r.chars(B62 + '_-', 32)],
      ['FIREBLOCKS_API_KEY', 'fireblocks-api-key', r.uuid()],
    ]),
  },
  {
    area: 'secrets', name: 'bank-connectivity', draws: 14,
    make: (c, r) => dump(c, r, 'bank connectivity', [
      ['SFTP_PASSWORD', 'sftp-password', password(r)],
      ['PGP_PASSPHRASE', 'pgp-passphrase', `${r.pick(['Treasury', 'Payroll', 'Ledger'])}-${r.b62(10)}-${r.int(10, 99)}`],
      ['EBICS_USER_PASSWORD', 'ebics-password', password(r)],
      ['KEYSTORE_PASSWORD', 'keystore-password', password(r)],
      ['SWIFT_ALLIANCE_LAU_KEY', 'swift-lau-key', r.hex(32).toUpperCase()],
      ['H2H_CLIENT_KEY', 'h2h-client-private-key', pemOneLine(r)],
    ]),
  },
  {
    area: 'secrets', name: 'webhook-signing', draws: 14,
    make: (c, r) => dump(c, r, 'webhook signing', [
      ['STRIPE_WEBHOOK_SECRET', 'stripe-webhook-secret', `whsec_${r.b62(32)}`],
      ['ADYEN_HMAC_KEY', 'adyen-hmac-key', r.hex(64).toUpperCase()],
      ['CHECKOUT_WEBHOOK_SECRET', 'checkout-webhook-secret', r.uuid()],
      ['SQUARE_WEBHOOK_SIGNATURE_KEY', 'square-webhook-signature-key', r.b64url(16)],
      ['PERSONA_WEBHOOK_SECRET', 'persona-webhook-secret', `wbhsec_${r.uuid()}`],
      ['PLAID_WEBHOOK_JWT_SECRET', 'webhook-signing-secret', r.b64(32)],
    ]),
  },
  {
    area: 'secrets', name: 'lending-platform', draws: 14,
    make: (c, r) => dump(c, r, 'lending platform', [
      ['TRANSUNION_SUBSCRIBER_PASSWORD', 'transunion-subscriber-password', password(r)],
      ['EQUIFAX_CLIENT_SECRET', 'equifax-client-secret', r.b62(16)],
      ['EXPERIAN_PASSWORD', 'experian-password', password(r)],
      ['SERVICING_DB_PASSWORD', 'db-password', password(r)],
      ['DIALER_API_TOKEN', 'dialer-api-token', r.b62(40)],
      ['DOCUSIGN_PRIVATE_KEY', 'docusign-private-key', pemOneLine(r)],
    ]),
  },
];

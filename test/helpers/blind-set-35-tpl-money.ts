import { B62, B64URL, UPPER } from './blind-set-35-rng';
import { jsonEsc35, type Template35 } from './blind-set-35-draw';
import { aba35, card35, iban35 } from './blind-set-35-checks';
import { epoch35, hexU35, jwt35, stripeKey35, uuid35 } from './blind-set-35-creds';
import { person35 } from './blind-set-35-people';

/** Money-heavy artifacts (payout batches, dispute reports, store payment breadcrumbs) and credential-only config dumps. */
export const MONEY_TEMPLATES35: Template35[] = [
  {
    area: 'creator-pay', name: 'ach-payout-batch-csv', draws: 12,
    make: (d) => {
      const r = d.r;
      const rows = [0, 1, 2, 3].map(() => `cr_${r.chars(B62, 10)},${d.f('aba-routing', aba35(r))},${d.f('bank-account', r.digits(r.int(8, 12)))},${r.pick(['checking', 'savings'])},${r.int(25, 4000)}.${r.digits(2)}`);
      return `payout-runner: batch ${uuid35(r)} failed validation (row 3: R04 invalid account number)
creator_id,routing_number,account_number,account_type,amount_usd
${rows.join('\n')}
submitted with key ${d.c('stripe-secret-key', stripeKey35(r, 'rk'))}`;
    },
  },
  {
    area: 'support', name: 'dispute-batch-report', draws: 12,
    make: (d) => {
      const r = d.r;
      const rows = [0, 1, 2].map(() => `| ${r.pick(['DSP', 'CB'])}${r.int(100000, 999999)} | ${d.f('card-number', card35(r))} | ${r.int(5, 200)}.${r.pick(['99', '49', '00'])} | ${r.pick(['fraudulent', 'product_not_received', 'duplicate'])} |`);
      return `Weekly disputes digest (raw processor export attached by mistake)
| case | pan | amount | reason |
|---|---|---|---|
${rows.join('\n')}
processor api: X-Api-Key ${d.c('processor-api-key', r.chars(B62, 48))}`;
    },
  },
  {
    area: 'creator-pay', name: 'xsolla-payout-settings',
    make: (d) => {
      const r = d.r, who = person35(r);
      const body = JSON.stringify({ payout_method: 'bank_transfer', beneficiary: { name: who.full, iban: iban35(r, false), swift: r.pick(['COBADEFFXXX', 'ABNANL2A', 'SOGEFRPP']) }, backup_card: card35(r) });
      const o = JSON.parse(body) as { beneficiary: { iban: string }; backup_card: string };
      d.p('person-name', who.full);
      d.f('iban', o.beneficiary.iban);
      d.f('card-number', o.backup_card);
      return `{"severity":"ERROR","service":"publisher-account","message":"Xsolla PUT /merchant/v2/merchants/${r.int(100000, 999999)}/payout_settings returned 422","body":"${jsonEsc35(body)}","auth":"Basic ${d.c('basic-auth', Buffer.from(`${r.int(100000, 999999)}:${r.hex(40)}`).toString('base64'))}"}`;
    },
  },
  {
    area: 'telemetry', name: 'store-sdk-breadcrumbs',
    make: (d) => {
      const r = d.r;
      return `Breadcrumbs (last 5) for crash ${r.hex(16)}:
  [ui] checkout.open sku=GEMS_${r.int(100, 5000)}
  [http] POST /v1/payment_methods card[number]=${d.f('card-number', card35(r).replace(/[ -]/g, ''))}&card[exp_month]=${r.int(1, 12)}&card[exp_year]=20${r.int(27, 32)} -> 402
  [http] POST /v1/sepa_debit iban=${d.f('iban', iban35(r, false))} -> 400
  [auth] Authorization: Bearer ${d.c('jwt', jwt35(r, 'HS256', { sub: r.digits(17), iat: epoch35(r), scope: 'store' }))}
  [net] X-Client-Session: ${d.c('session-token', r.chars(B64URL, 40))}`;
    },
  },
  {
    area: 'live-ops', name: 'k8s-secret-manifest', draws: 12,
    make: (d) => {
      const r = d.r;
      const e = (v: string) => Buffer.from(v).toString('base64');
      const tw = d.c('twitch-client-secret', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30));
      const ds = d.c('discord-webhook-token', r.chars(B64URL, 68));
      return `error: admission webhook denied the request, manifest echoed:
apiVersion: v1
kind: Secret
metadata: { name: liveops-bridge, namespace: live }
data:
  TWITCH_CLIENT_SECRET: ${d.c('base64-secret', e(tw))}
  DISCORD_WEBHOOK_TOKEN: ${d.c('base64-secret', e(ds))}
stringData:
  twitch: ${tw}
  discord: ${ds}
  obs_password: ${d.c('obs-websocket-password', r.chars(B62, 20))}`;
    },
  },
  {
    area: 'game-backend', name: 'hathora-photon-env', draws: 12,
    make: (d) => {
      const r = d.r;
      return `game-server-launcher: exit 78 (config)
HATHORA_APP_ID=app-${uuid35(r)}
HATHORA_APP_SECRET=secret-${d.c('hathora-app-secret', uuid35(r))}
HATHORA_DEVELOPER_TOKEN=${d.c('hathora-dev-token', r.chars(B64URL, 43))}
PHOTON_APP_ID=${uuid35(r)}
PHOTON_CUSTOM_AUTH_SECRET=${d.c('photon-auth-secret', r.chars(B62, 40))}
EAC_INTEGRITY_KEY=${d.c('anticheat-api-key', hexU35(r, 64))}
BUILD_TAG=${r.chars(UPPER, 3)}-${r.int(1000, 9999)}`;
    },
  },
];

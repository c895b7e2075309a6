import { luhnOk } from './blind-set-37-checks';
import { type Draw } from './blind-set-37-draw';
import { B62, B64URL } from './blind-set-37-rng';

export interface Neg37 {
  area: string;
  name: string;
  make: (d: Draw) => string;
}

/** 16 digits that fail the Luhn check (an order reference, not a card). */
function notCard(d: Draw): string {
  for (;;) {
    const x = String(d.int(1, 9)) + d.r.digits(15);
    if (!luhnOk(x)) return x;
  }
}

const TEST_CARDS = ['4242424242424242', '4000056655665556', '5555555555554444', '378282246310005', '6011111111111117', '4111111111111111'];

/** Look-alikes of the theme that hold nothing sensitive. */
export const NEG37: Neg37[] = [
  { area: 'neg-pos', name: 'square-ids', make: (d) => `square-sync ${d.ts()} WARN 429 RATE_LIMITED retry_after=${d.int(1, 30)}s location_id=L${d.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 12)} order_id=${d.chars(B62, 27)} idempotency_key=${d.uuid()} square-version=2025-10-16` },
  { area: 'neg-pos', name: 'toast-guid', make: (d) => `[toast-connector] restaurantGuid=${d.uuid()} menu publish took ${d.int(200, 9000)}ms, items=${d.int(40, 400)}, modifiers=${d.int(10, 300)}, etag=W/"${d.hex(40)}"` },
  { area: 'neg-pos', name: 'shopify-placeholders', make: (d) => `shopify.app.toml validation failed at line ${d.int(3, 30)}:
client_id = "${d.hex(32)}"
# set SHOPIFY_API_SECRET in your environment: SHOPIFY_API_SECRET=<your-api-secret>
access token: shpat_${'x'.repeat(32)} (placeholder)` },
  { area: 'neg-pos', name: 'masked-keys', make: (d) => `config audit ${d.ts()}: STRIPE_SECRET_KEY=sk_live_****${d.r.digits(4)} SQUARE_ACCESS_TOKEN=EAAA****************${d.chars(B64URL, 4)} CLOVER_TOKEN=[REDACTED] TOAST_CLIENT_SECRET=******** status=ok` },
  { area: 'neg-pay', name: 'stripe-publishable', make: (d) => `checkout page rendered: data-key="pk_live_${d.b62(99)}" location=tml_${d.b62(14)} reader=tmr_${d.b62(14)} sdk=stripe-terminal-js 0.${d.int(10, 29)}.0 latency=${d.int(20, 900)}ms` },
  { area: 'neg-pay', name: 'test-card-run', make: (d) => `e2e payments suite: card ${d.pick(TEST_CARDS)} exp 12/34 cvc 123 -> expected decline_code=${d.pick(['insufficient_funds', 'card_declined', 'expired_card'])}; run ${d.hex(7)} on branch feature/terminal-${d.int(10, 99)}` },
  { area: 'neg-pay', name: 'masked-pan-receipt', make: (d) => `receipt ${d.order()} store #${d.int(10, 999)} VISA ************${d.r.digits(4)} AUTH ${d.chars('0123456789ABCDEF', 6)} AID A0000000031010 TVR 0000008000 TSI E800 APPROVED total $${d.int(3, 90)}.${d.r.digits(2)}` },
  { area: 'neg-pay', name: 'batch-summary', make: (d) => `settlement batch ${d.int(100, 999)} closed: count=${d.int(50, 900)} net=$${d.int(1000, 90000)}.${d.r.digits(2)} terminal_id=${d.r.digits(8)} merchant=${d.pick(['Harbor Kitchen Group', 'Northside Bakery LLC'])} trace_id=${d.hex(32)}` },
  { area: 'neg-pay', name: 'adyen-psp', make: (d) => `adyen notification AUTHORISATION success=true pspReference=${d.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 16)} merchantReference=ORD-${d.order()} POIID=V400m-${d.r.digits(9)} cardSummary=${d.r.digits(4)} amount=EUR ${d.int(2, 90)}.${d.r.digits(2)}` },
  { area: 'neg-loyalty', name: 'giftcard-masked', make: (d) => `GiftCardService balance ok: card=XXXX-XXXX-XXXX-${d.r.digits(4)} balance=$${d.int(0, 200)}.${d.r.digits(2)} program=${d.pick(['Taco Loco Rewards', 'Mocha Mill Gift'])} request_id=${d.uuid()}` },
  { area: 'neg-loyalty', name: 'punchh-campaign', make: (d) => `punchh campaign ${d.int(1000, 99999)} "Double Points Weekend" sent to segment ${d.int(100, 999)}: delivered=${d.int(1000, 90000)} bounced=${d.int(0, 400)} reply-to=loyalty@${d.pick(['tacoloco', 'brewhaus'])}.com` },
  { area: 'neg-order', name: 'doordash-status', make: (d) => `doordash drive webhook DASHER_CONFIRMED external_delivery_id=D-${d.order()} support_reference=${d.int(100000000, 999999999)} tracking_url=https://track.doordash.com/share/${d.uuid()}/track pickup_time_estimated=${d.ts()}` },
  { area: 'neg-order', name: 'olo-docs-example', make: (d) => `# Olo webhook example from the docs (do not use in prod)
OLO_WEBHOOK_SECRET=\${OLO_WEBHOOK_SECRET}
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
retry ${d.int(1, 5)}/5 in ${d.int(1, 60)}s` },
  { area: 'neg-order', name: 'reservation-metrics', make: (d) => `opentable-sync rid=${d.int(10000, 999999)} covers_today=${d.int(40, 600)} no_shows=${d.int(0, 20)} avg_party=${d.int(2, 5)}.${d.int(0, 9)} sync_ms=${d.int(100, 9000)} version=v${d.int(1, 4)}.${d.int(0, 20)}.${d.int(0, 9)}` },
  { area: 'neg-staff', name: 'schedule-publish', make: (d) => `7shifts schedule published for week ${d.ts().slice(0, 10)}: location=${d.int(1000, 9999)} shifts=${d.int(40, 400)} labor_pct=${d.int(18, 35)}.${d.int(0, 9)} contact=scheduling@${d.pick(['burgerco', 'noodlebar'])}.com job=${d.uuid()}` },
  { area: 'neg-staff', name: 'payroll-summary', make: (d) => `payroll run ${d.uuid()} complete: employees=${d.int(20, 500)} gross=$${d.int(10000, 900000)}.${d.r.digits(2)} file_sha256=${d.hex(64)} routing ABA format check=passed sample_ssn=XXX-XX-${d.r.digits(4)}` },
  { area: 'neg-supply', name: 'edi-997', make: (d) => `EDI 997 accepted: ISA control ${d.r.digits(9)} GS ${d.int(1000, 9999)} ST 850 PO${d.r.digits(6)} partner=SYSCO sku_count=${d.int(5, 90)} commit=${d.hex(40)}` },
  { area: 'neg-supply', name: 'public-key', make: (d) => `supplier SFTP host key changed for sftp.usfoods.com: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${d.chars(B62 + '+/', 43)} fingerprint SHA256:${d.chars(B62 + '+/', 43)} - verify with vendor before accepting` },
  { area: 'neg-it', name: 'wifi-stats', make: (d) => `unifi: ssid "Store_Guest" clients=${d.int(0, 80)} ap=${d.privIp()} gw=${d.privIp()} dns=127.0.0.53 channel=${d.pick([1, 6, 11, 36, 149])} fw=${d.int(6, 8)}.${d.int(0, 9)}.${d.int(10, 99)} uptime=${d.int(1, 90)}d` },
  { area: 'neg-it', name: 'nvr-disk', make: (d) => `nvr-health ${d.privIp()}: hdd1 status=ok used=${d.int(10, 99)}% cams_online=${d.int(4, 32)}/${d.int(32, 32)} firmware V4.${d.int(30, 80)}.${d.int(0, 9)} build ${d.r.digits(6)} password=<set in vault>` },
  { area: 'neg-it', name: 'jwt-header-only', make: (d) => `kds auth debug: token header=${Buffer.from(JSON.stringify({ alg: 'RS256', kid: d.hex(8) })).toString('base64url')} (signature omitted) jwks=https://auth.${d.pick(['burgerco', 'noodlebar'])}.net/.well-known/jwks.json span_id=${d.hex(16)}` },
  { area: 'neg-supply', name: 'barcodes', make: (d) => `inventory count variance store ${d.store()}: sku=${d.int(100000, 999999)} upc=0${d.r.digits(11)} lot=L${d.r.digits(6)} order_ref=${notCard(d)} expected=${d.int(1, 90)} counted=${d.int(1, 90)} vendor=${d.pick(['Sysco', 'US Foods', 'Baldor'])}` },
  { area: 'neg-staff', name: 'masked-bank', make: (d) => `direct deposit updated for employee #${d.int(1000, 9999)}: routing ****${d.r.digits(4)} account ******${d.r.digits(4)} iban DE** **** **** **** **${d.r.digits(2)} effective ${d.ts().slice(0, 10)} by hr-bot (audit ${d.uuid()})` },
];

/** Blind set 26 negatives: identifiers that look like leaks but are not (order, payment, shipment, product and document ids). */
import type { Rng9 } from './blind-set-9-rng';
import { gs1Digit } from './blind-set-26-checks';
import { orderNo, traceId, ts } from './blind-set-26-values';
import type { NegTemplate26 } from './blind-set-26-types';

const N = (source: string, name: string, make: (r: Rng9) => string): NegTemplate26 => ({ source, name, make });
const UP = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const AN = UP + '0123456789';

/** An EAN-13 with a valid GS1 check digit and a real-looking GS1 prefix. */
export function ean13(r: Rng9): string {
  const body = `${r.pick(['400', '401', '789', '890', '450', '690', '871', '301'])}${r.digits(9)}`;
  return body + gs1Digit(body);
}

/** An SSCC-18 (serial shipping container code) with its check digit. */
export function sscc(r: Rng9): string {
  const body = `0${r.pick(['400', '789', '871'])}${r.digits(13)}`;
  return body + gs1Digit(body);
}

/** A UPS 1Z tracking number with its check digit. */
export function ups1z(r: Rng9): string {
  const body = `${r.chars(AN, 6)}${r.pick(['01', '02', '03', '12', '13'])}${r.digits(7)}`;
  let sum = 0;
  [...body].forEach((ch, i) => {
    const v = /\d/.test(ch) ? Number(ch) : (ch.charCodeAt(0) - 63) % 10;
    sum += i % 2 === 1 ? v * 2 : v;
  });
  return `1Z${body}${(10 - (sum % 10)) % 10}`;
}

/** A Royal Mail / UPU S10 item id (`AB123456789GB`) with its mod-11 check digit. */
export function s10(r: Rng9, cc = 'GB'): string {
  const d = r.digits(8);
  const w = [8, 6, 4, 2, 3, 5, 9, 7];
  let c = 11 - ([...d].reduce((a, x, i) => a + Number(x) * w[i]!, 0) % 11);
  if (c === 10) c = 0;
  if (c === 11) c = 5;
  return `${r.chars(UP, 2)}${d}${c}${cc}`;
}

/** Order, payment, shipping and catalogue identifier negatives. */
export const NEG_IDS: NegTemplate26[] = [
  N(
    'ids',
    'provider-payment-ids',
    (r) =>
      `${ts(r)} INFO payments.reconcile matched mollie=tr_${r.b62(10)} order=ord_${r.b62(9)} adyen_psp=${r.chars('0123456789ABCDEFGHJKLMNPQRSTUVWXYZ', 16)} checkout=pay_${r.chars('abcdefghijklmnopqrstuvwxyz234567', 26)} razorpay=pay_${r.b62(14)} order_id=order_${r.b62(14)} amount=${r.int(100, 99999)} currency=EUR status=paid`,
  ),
  N(
    'ids',
    'gs1-product-feed',
    (r) =>
      `sku;ean;title;price;stock\n${Array.from({ length: 4 }, () => `SKU-${r.chars(AN, 6)};${ean13(r)};${r.pick(['Cotton T-Shirt', 'Espresso Beans 1kg', 'USB-C Cable 2m', 'Running Shoes'])};${r.int(5, 200)}.${r.digits(2)};${r.int(0, 900)}`).join('\n')}\n${ts(r)} WARN feed-import: 4 rows skipped (GTIN already assigned to another listing)`,
  ),
  N(
    'ids',
    'ups-tracking-events',
    (r) =>
      `${ts(r)} INFO tracking.ups poll ok: ${Array.from({ length: 3 }, () => `${ups1z(r)}=${r.pick(['IN_TRANSIT', 'DELIVERED', 'OUT_FOR_DELIVERY', 'EXCEPTION'])}`).join(' ')} next_poll=${r.int(5, 60)}m`,
  ),
  N('ids', 'dhl-fedex-tracking-webhook', (r) =>
    JSON.stringify({
      event: 'shipment.status_changed',
      carrier: r.pick(['dhl_express', 'fedex']),
      tracking_number: r.next() < 0.5 ? r.digits(10) : r.digits(12),
      piece_ids: [`JD01${r.digits(16)}`],
      sscc: sscc(r),
      status: 'transit',
      location: { city: 'Leipzig', country_code: 'DE' },
      at: ts(r),
    }),
  ),
  N('ids', 'royal-mail-s10', (r) => `${ts(r)} INFO royalmail.tracking ${s10(r)} status=Delivered service=TPN24 ${s10(r)} status=InTransit service=SD1 manifest=${r.digits(6)}`),
  N(
    'ids',
    'invoice-numbers',
    (r) =>
      `${ts(r)} INFO billing.invoices generated INV-2026-${r.digits(6)} (credit note CN-2026-${r.digits(5)}, proforma PF${r.digits(8)}) for order ${orderNo(r)} total=${r.int(10, 9999)}.${r.digits(2)} EUR due=2026-12-${r.int(10, 28)}`,
  ),
  N(
    'ids',
    'company-vat-numbers',
    (r) =>
      `<Invoice><Seller><Name>Shop Global B.V.</Name><VatId>NL${r.digits(9)}B01</VatId></Seller><Buyer><Name>Müller Handels GmbH</Name><VatId>DE${r.digits(9)}</VatId></Buyer><Alt><VatId>FR${r.digits(11)}</VatId><VatId>IT${r.digits(11)}</VatId><VatId>ESB${r.digits(8)}</VatId><VatId>GB${r.digits(9)}</VatId></Alt><Total currency="EUR">${r.int(100, 90000)}.00</Total></Invoice>`,
  ),
  N(
    'ids',
    'merchant-ids',
    (r) =>
      `${ts(r)} DEBUG routing: adyen.merchantAccount=ShopGlobalECOM paytm.mid=ShopGl${r.digits(14)} payu.merchant_key=${r.b62(6)} worldpay.merchantCode=SHOPGLOBALECOM wechat.mch_id=19${r.digits(8)} linepay.channel_id=165${r.digits(7)} mpesa.shortcode=${r.int(100000, 999999)} klarna.merchant_id=K${r.digits(6)}`,
  ),
  N(
    'ids',
    'envoy-trace-only',
    (r) =>
      `[${ts(r)}] "GET /v1/orders/${r.uuid()}/status HTTP/2" 200 - 0 ${r.int(50, 900)} ${r.int(1, 90)} - "-" "shop-ios/7.${r.int(0, 9)}.${r.int(0, 9)}" "${r.uuid()}" "orders.internal:8443" traceparent=00-${traceId(r)}-${r.hex(16)}-01`,
  ),
  N(
    'ids',
    'sap-document-numbers',
    (r) => `${ts(r)} INFO idoc-inbound: IDoc 0000000${r.digits(9)} ORDERS05 status 53 (posted) -> sales order 00${r.digits(8)} delivery 80${r.digits(8)} material 0000000000${r.digits(8)} plant DE01`,
  ),
  N(
    'ids',
    'mpesa-receipts',
    (r) =>
      `${ts(r)} INFO mpesa.callback ResultCode=0 MerchantRequestID=${r.int(10000, 99999)}-${r.int(1000000, 9999999)}-1 CheckoutRequestID=ws_CO_${r.digits(14)}${r.digits(8)} MpesaReceiptNumber=${r.chars(UP, 1)}${r.chars(AN, 9)} Amount=${r.int(10, 9000)}.00 TransactionDate=2026${r.pick(['09', '10', '11', '12'])}${r.int(10, 28)}${r.int(10, 23)}${r.int(10, 59)}${r.int(10, 59)}`,
  ),
  N(
    'ids',
    'salesforce-netsuite-ids',
    (r) => `${ts(r)} INFO crm-sync: account 001${r.b62(15)} contact 003${r.b62(15)} -> netsuite customer internalId=${r.int(10000, 999999)} externalId=SF-${r.b62(18)} subsidiary=3`,
  ),
  N('ids', 'shopify-gids', (r) =>
    JSON.stringify({
      msg: 'order synced',
      order: `gid://shopify/Order/${r.digits(13)}`,
      line_items: [`gid://shopify/LineItem/${r.digits(14)}`, `gid://shopify/LineItem/${r.digits(14)}`],
      fulfillment: `gid://shopify/Fulfillment/${r.digits(13)}`,
      ms: r.int(10, 900),
    }),
  ),
  N(
    'ids',
    'edi-856-asn',
    (r) =>
      `ISA*00*          *00*          *ZZ*SHOPGLOBAL     *ZZ*RETAILER01     *261103*1422*U*00401*${r.digits(9)}*0*P*>~\nGS*SH*SHOPGLOBAL*RETAILER01*20261103*1422*${r.int(1, 9999)}*X*004010~\nST*856*0001~\nBSN*00*${r.digits(10)}*20261103*1422~\nN1*SF*Shop Global Warehouse*UL*${ean13(r)}~\nMAN*GM*${sscc(r)}~\nLIN**UP*${ean13(r).slice(1)}~\nSN1**${r.int(1, 99)}*EA~\nSE*8*0001~`,
  ),
  N(
    'ids',
    'card-bin-lookup',
    (r) =>
      `${ts(r)} DEBUG risk.bin bin=${r.pick(['4', '5'])}${r.digits(5)} brand=${r.pick(['VISA', 'MASTERCARD'])} type=credit issuer_country=${r.pick(['BR', 'IN', 'DE', 'JP'])} prepaid=false last4=${r.digits(4)} 3ds=required`,
  ),
  N(
    'ids',
    'refund-and-dispute-ids',
    (r) => `${ts(r)} INFO disputes: opened ch_${r.b62(24)} dispute=dp_${r.b62(24)} reason=fraudulent evidence_due=2026-12-${r.int(10, 28)} refund=re_${r.b62(24)} arn=${r.digits(23)}`,
  ),
];

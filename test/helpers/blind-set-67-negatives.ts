import type { Draw67 } from './blind-set-67-values';

/** A negative template: its source and a function drawing one text that holds no secret and no personal data. */
export type Neg67 = [source: string, build: (g: Draw67) => string];

const iso = (g: Draw67): string => g.ts();

/** Set 67 negatives: sync logs with ids, hashes, masked and placeholder values, public keys and amounts only. */
export const NEGATIVES67: Neg67[] = [
  ['qbo', (g) => `${g.logTs()} INFO [qbo-sync] intuit_tid=${g.uuid()} realm=${g.int(1e15, 9e15)} GET /v3/company/${g.int(1e15, 9e15)}/query?query=select%20*%20from%20Invoice%20STARTPOSITION%20${g.int(1, 900)}%20MAXRESULTS%201000 -> 200 in ${g.int(80, 2400)}ms (${g.int(0, 1000)} rows)`],
  ['qbo', (g) => `[QBO] Stale object error 5010 on Invoice Id=${g.int(100, 99999)} SyncToken=${g.int(0, 40)}; re-read and retrying (attempt ${g.int(1, 3)}/3) intuit_tid=${g.uuid()}`],
  ['qbo', (g) => `qbo token refresh OK: access_token=[REDACTED] refresh_token=[REDACTED] x_refresh_token_expires_in=${g.int(1000000, 8726400)} expires_in=3600 realm=${g.int(1e15, 9e15)}`],
  ['qbo', (g) => `# .env.example for ledger-sync\nQBO_CLIENT_ID=<your-client-id>\nQBO_CLIENT_SECRET=<your-client-secret>\nQBO_REFRESH_TOKEN=\${QBO_REFRESH_TOKEN}\nQBO_REDIRECT_URI=https://developer.intuit.com/v2/OAuth2Playground/RedirectUrl\nQBO_ENVIRONMENT=sandbox  # build ${g.hex(7)}`],
  ['xero', (g) => `Xero rate limit hit: X-MinLimit-Remaining=0 X-DayLimit-Remaining=${g.int(100, 4900)} Retry-After=${g.int(1, 60)} xero-tenant-id=${g.uuid()} xero-correlation-id=${g.uuid()}`],
  ['xero', (g) => `{"level":"info","svc":"xero-invoices","msg":"page done","page":${g.int(1, 80)},"invoices":${g.int(1, 100)},"modifiedAfter":"${iso(g)}","lastInvoiceID":"${g.uuid()}","durationMs":${g.int(100, 5000)}}`],
  ['xero', (g) => `xero webhook delivery ${g.uuid()} accepted: events=${g.int(1, 20)} firstEventSequence=${g.int(1, 99999)} lastEventSequence=${g.int(100000, 999999)} signature=ok (x-xero-signature length 44)`],
  ['xero', (g) => `XERO_CLIENT_ID=${g.hex(32).toUpperCase()}\nXERO_CLIENT_SECRET=********\nXERO_WEBHOOK_KEY=********\nXERO_SCOPES="openid profile email accounting.transactions offline_access"\n# secrets loaded from vault path secret/data/finance/xero (version ${g.int(2, 40)})`],
  ['netsuite', (g) => `NetSuite RESTlet ok: script=customscript_ledger_import deploy=customdeploy${g.int(1, 5)} account=${g.int(1000000, 9999999)}_SB1 records=${g.int(1, 500)} governance_remaining=${g.int(100, 5000)} elapsed=${g.int(200, 9000)}ms`],
  ['netsuite', (g) => `Authorization: OAuth realm="${g.int(1000000, 9999999)}",oauth_consumer_key="****${g.hex(4)}",oauth_token="****${g.hex(4)}",oauth_signature_method="HMAC-SHA256",oauth_timestamp="${g.epoch()}",oauth_nonce="<redacted>",oauth_version="1.0",oauth_signature="<redacted>"\n-> 200 OK`],
  ['netsuite', (g) => `SuiteQL page ${g.int(1, 40)}: SELECT id, tranid, trandate, foreigntotal FROM transaction WHERE type = 'VendBill' AND lastmodifieddate > TO_DATE('2025-0${g.int(1, 9)}-01','YYYY-MM-DD') -> ${g.int(0, 1000)} rows, hasMore=true, links.next=/services/rest/query/v1/suiteql?limit=1000&offset=${g.int(1, 40) * 1000}`],
  ['netsuite', (g) => `ns-m2m certificate rotated: certificateId=${g.b62(43)} fingerprint(SHA-256)=${g.hex(64).replace(/(..)(?=.)/g, '$1:').toUpperCase()} not_after=2027-0${g.int(1, 9)}-15 public key uploaded to Setup > Integration > OAuth 2.0 Client Credentials`],
  ['intacct', (g) => `<response><control><status>success</status><senderid>BillingBridge</senderid><controlid>${g.uuid()}</controlid></control><operation><authentication><status>success</status><companyid>PINEHILL-PROD</companyid><sessiontimeout>${iso(g)}</sessiontimeout></authentication><result><status>success</status><function>readByQuery</function><data listtype="GLENTRY" count="${g.int(0, 100)}" totalcount="${g.int(100, 9000)}" numremaining="${g.int(0, 8000)}" resultId="${g.hex(24)}"/></result></operation></response>`],
  ['intacct', (g) => `Sage Intacct GL batch posted: RECORDNO=${g.int(10000, 999999)} JOURNAL=GJ BATCH_DATE=2025/0${g.int(1, 9)}/${g.int(10, 28)} lines=${g.int(2, 400)} debit=${g.amount()} credit=same state=Posted`],
  ['freshbooks', (g) => `freshbooks-sync | ${g.logTs()} | INFO | accounts/${g.low(6)}/invoices/invoices page=${g.int(1, 30)} per_page=100 total=${g.int(100, 9000)} etag=W/"${g.hex(32)}"`],
  ['chargebee', (g) => `ChargeBee webhook ev_${g.b62(17)} (subscription_renewed) processed in ${g.int(20, 900)}ms; subscription=${g.b62(17)} plan=pro-annual-usd mrr_delta=0 next_billing_at=${g.epoch()}`],
  ['chargebee', (g) => `chargebee-bridge starting: site=pinehill api_key=live_****************************${g.b62(4)} webhook auth=basic (user cb_hooks, password from secret manager)`],
  ['chargebee', (g) => `Exported ${g.int(100, 9000)} invoices to s3://fin-exports/chargebee/2025/${g.int(1, 12)}/invoices.parquet sha256=${g.hex(64)} size=${g.int(10000, 99999999)} bytes`],
  ['recurly', (g) => `Recurly::Resources::Invoice number=${g.int(1000, 99999)} state=paid total=${g.amount()} currency=${g.cur()} account_code=${g.uuid()} collection_method=automatic  x-request-id=${g.hex(16)}-${g.pick(['IAD', 'SJC', 'DUB'])}`],
  ['recurly', (g) => `Recurly API key check: key ending ...${g.hex(4)} has scopes [accounts:read, invoices:read]; site subdomain pinehill; rate limit remaining ${g.int(100, 2000)}/2000 reset ${g.epoch()}`],
  ['zuora', (g) => `zuora-sync ${g.logTs()} INFO bill run BR-${String(g.int(1, 99999)).padStart(8, '0')} Completed: invoices=${g.int(0, 5000)} id=${g.hex(32)} processId=${g.hex(16).toUpperCase()}`],
  ['zuora', (g) => `Zuora-Request-Id: ${g.uuid()}\nZuora-Track-Id: ${g.uuid()}\nRateLimit-Remaining: ${g.int(0, 2000)}\nX-Zuora-Entity-Ids: ${g.hex(32)}\n{"success":true,"subscriptions":[],"nextPage":null}`],
  ['paddle', (g) => `paddle webhook ntf_01${g.low(24)} transaction.completed verified (Paddle-Signature ts=${g.epoch()};h1=${g.hex(64)}) -> ledger entry ${g.int(100000, 999999)} created`],
  ['paddle', (g) => `PADDLE_API_KEY=pdl_live_apikey_**************************\nPADDLE_WEBHOOK_SECRET=\${PADDLE_WEBHOOK_SECRET}\nPADDLE_ENV=production # rotated ${g.ts().slice(0, 10)}`],
  ['stripe', (g) => `Stripe-Signature: t=${g.epoch()},v1=${g.hex(64)}\nevent evt_${g.b62(24)} type=invoice.paid livemode=true api_version=2024-06-20 -> 200 (handled in ${g.int(5, 900)}ms)`],
  ['stripe', (g) => `stripe.js init: publishableKey=pk_live_51${g.b62(14)}${g.b62(83)} locale=auto (this key is public and safe to ship in the browser bundle ${g.hex(8)}.js)`],
  ['stripe', (g) => `Dunning summary ${g.ts().slice(0, 10)}: invoices_past_due=${g.int(0, 300)} retried=${g.int(0, 200)} recovered=${g.amount()} ${g.cur()} failed_with=card_declined(${g.int(0, 80)}),expired_card(${g.int(0, 40)}),insufficient_funds(${g.int(0, 50)}); key in use sk_live_****${g.b62(4)}`],
  ['stripe', (g) => `payout po_${g.b62(24)} paid: amount=${g.int(1000, 9999999)} currency=usd destination=ba_${g.b62(24)} (bank ****${g.int(1000, 9999)}) arrival_date=${g.epoch()} balance_transaction=txn_${g.b62(24)}`],
  ['avalara', (g) => `AvaTax CreateTransaction ok: code=INV-${g.int(10000, 99999)} totalTax=${g.amount()} jurisdictions=${g.int(1, 6)} (STATE ${g.pick(['CA', 'NY', 'TX', 'WA'])}, COUNTY, CITY, SPECIAL) rate=0.0${g.int(40, 99)}0 X-Correlation-Id=${g.uuid()}`],
  ['taxjar', (g) => `TaxJar nexus regions loaded: ${g.int(3, 45)} states; rate lookup zip 9${g.int(1000, 9999)} combined_rate=0.0${g.int(600, 999)} freight_taxable=false (token ${'*'.repeat(28)}${g.hex(4)})`],
  ['billcom', (g) => `Bill.com sync: ${g.int(1, 400)} bills pulled, ${g.int(0, 20)} payments (status=Scheduled) orgId=00801${g.b62(10)} response_status=0 sessionId=[masked] took ${g.int(1, 90)}s`],
  ['expensify', (g) => `expensify export job done: file=exportf${g.hex(8)}-${g.hex(4)}-${g.hex(4)}.csv reports=${g.int(1, 300)} policyID=${g.hex(16).toUpperCase()} partnerUserSecret=REDACTED`],
  ['ramp', (g) => `ramp-card-feed page cursor=${Buffer.from(JSON.stringify({ start: g.uuid(), page_size: 100 })).toString('base64')} transactions=${g.int(0, 100)} cleared=${g.int(0, 100)} pending=${g.int(0, 20)}`],
  ['brex', (g) => `brex-sync: card account ${g.uuid()} statement period 2025-0${g.int(1, 9)}-01..2025-0${g.int(1, 9)}-28 total=${g.amount()} USD cards_active=${g.int(1, 300)} last4 set hash=${g.hex(40)}`],
  ['plaid', (g) => `plaid /transactions/sync ok item_id=${g.b62(37)} added=${g.int(0, 500)} modified=${g.int(0, 50)} removed=${g.int(0, 5)} next_cursor=${g.b64(120)} request_id=${g.b62(15)}`],
  ['plaid', (g) => `plaid webhook verification key fetched: kid=${g.uuid()} alg=ES256 crv=P-256 x=${g.b62(43)} y=${g.b62(43)} (public JWK, cached 24h)`],
  ['yodlee', (g) => `yodlee refresh status: providerAccountId=${g.int(10000000, 99999999)} status=SUCCESS additionalStatus=AVAILABLE_DATA_RETRIEVED lastUpdated=${iso(g)} accounts=${g.int(1, 9)}`],
  ['gusto', (g) => `gusto-export: payroll ${g.uuid()} check_date=2025-0${g.int(1, 9)}-15 employees=${g.int(2, 400)} gross=${g.amount()} net=${g.amount()} journal lines=${g.int(10, 800)} posted to QBO JE #${g.int(1000, 9999)}`],
  ['adp', (g) => `-----BEGIN PUBLIC KEY-----\n${g.b64(64)}\n${g.b64(64)}\n${g.b64(64)}\n${g.b64(64)}\n${g.b64(32)}IDAQAB\n-----END PUBLIC KEY-----\nADP mTLS: server certificate pinned (serial ${g.hex(32)}); handshake ok`],
  ['adp', (g) => `ADP worker sync: associateOID=G3${g.hex(14).toUpperCase()} SSN=***-**-${g.int(1000, 9999)} DOB=**/**/**** bank=****${g.int(1000, 9999)} status=Active (all PII masked per policy)`],
  ['ledger', (g) => `traceparent: 00-${g.hex(32)}-${g.hex(16)}-01\nspan ledger.post_journal duration=${g.int(5, 900)}ms entries=${g.int(1, 400)} commit=${g.hex(40)} host=ledger-sync-${g.low(10)}-${g.low(5)} pod_ip=10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`],
  ['ledger', (g) => `month-end close check: GL 1200-AR balance ${g.amount()} vs subledger ${g.amount()} diff=${g.amount()} ${g.cur()}; bank rec 1010-Operating matched ${g.int(100, 4000)}/${g.int(4000, 5000)} lines; IBAN on file ${g.pick(['DE', 'GB', 'FR'])}** **** **** **** ${g.int(10, 99)}`],
  ['ledger', (g) => `config dump (secrets omitted): {"db":{"host":"pg-ledger-01.internal","port":5432,"user":"ledger_sync","password":"***"},"slack":{"webhook_url":"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"},"batch":${g.int(50, 500)},"build":"${g.hex(12)}"}`],
];

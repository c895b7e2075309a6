import type { Tpl66 } from './blind-set-66-values';

/** Internal payment APIs (card vault, ACH, SEPA, payouts) behind gateways, calling processors with their keys. */
export const PAYMENTS66: Tpl66[] = [
  (g) => {
    const ik = g.alnum(40, 'internal_api_key');
    const jwt = g.saToken('payments', 'card-vault-client');
    const card = g.card();
    const card2 = g.card(true);
    const sk = g.stripeSk();
    const wh = g.whsec();
    return `$ grpcurl -v -H 'x-internal-key: ${ik}' -H 'authorization: Bearer ${jwt}' -d '{"pans":["${card}","${card2}"]}' vault.payments.svc:9443 acme.vault.v1.Vault/TokenizeBatch
ERROR:
  Code: Internal
  Message: processor config invalid: stripe.secret_key=${sk} stripe.webhook_secret=${wh} (account disabled)`;
  },
  (g) => {
    const acct = g.account();
    const rt = g.routing();
    const key = g.hex64('signing_key');
    const pw = g.password(18);
    const tok = g.vault();
    const ik = g.apigwKey();
    return `{"level":"error","ts":"${g.ts()}","svc":"ach-originator","msg":"NACHA file upload failed","batch":"${g.int(100000, 999999)}","entry":{"dfi_account":"${acct}","rdfi_routing":"${rt}","amount_cents":${g.int(100, 999999)}},"sftp":{"host":"sftp.odfi-bank.internal","user":"acme_ach","password":"${pw}"},"signing_key":"${key}","vault_token":"${tok}","x-api-key":"${ik}","error":"ssh: handshake failed: ssh: unable to authenticate"}`;
  },
  (g) => {
    const iban = g.iban();
    const iban2 = g.iban(true);
    const secret = g.b64urlSecret(32, 'client_secret');
    const jwt = g.jwt({ iss: 'psd2-gw.acme.internal', sub: g.user(), aud: 'sepa-core', scope: 'payments:initiate', exp: 1790000000 + g.int(0, 9999999) }, 'HS256');
    const ak = g.alnum(48, 'internal_api_key');
    const hm = g.hex64('hmac_secret');
    return `${g.ts()} WARN  [sepa-gw] pain.001 rejected by bank API (RJCT AC01 IncorrectAccountNumber) debtor=${iban} creditor=${iban2}
  request: POST https://openbanking.partner-bank.internal/v1/payments/sepa-credit-transfers client_secret=${secret}
  headers: Authorization: Bearer ${jwt} | X-Internal-Key: ${ak} | X-HMAC-Secret: ${hm}`;
  },
  (g) => {
    const card = g.card();
    const acct = g.account();
    const rt = g.routing();
    const sq = g.square();
    const ak = g.kongKey();
    const b = g.basic('payout-worker');
    return `[${g.ts()}] "POST /v2/payouts HTTP/1.1" 502 UF 612 91 30002 - "${g.privIp()}" "payout-worker/3.${g.int(0, 9)}" "${g.uuid()}" "payouts-gw.internal" "-"
request_body={"destination":{"type":"bank","account":"${acct}","routing":"${rt}"},"fallback_card":"${card}"} req_headers: apikey=${ak}; authorization=Basic ${b}; x-square-token=${sq}`;
  },
  (g) => {
    const iban = g.iban();
    const card = g.card();
    const k = g.hex32('api_key');
    const pw = g.password(16);
    const ws = g.alnum(40, 'webhook_secret_value');
    const jwt = g.userJwt(`${g.user()}@acme.internal`);
    return `<RequestMessage><Headers><Header name="Authorization">Bearer ${jwt}</Header><Header name="X-Api-Key">${k}</Header></Headers><Content>&lt;Refund&gt;&lt;Iban&gt;${iban}&lt;/Iban&gt;&lt;OriginalPan&gt;${card}&lt;/OriginalPan&gt;&lt;/Refund&gt;</Content></RequestMessage>
<Point id="Execution"><Property name="kvm.adyen.ws_password">${pw}</Property><Property name="kvm.adyen.hmac_key">${ws}</Property></Point>`;
  },
  (g) => {
    const acct = g.ukAccount();
    const iban = g.iban(false, 'GB');
    const tok = g.alnum(64, 'api_key');
    const cs = g.gocspx();
    const ik = g.hex64('internal_api_key');
    return `{"errors":[{"message":"Payee verification failed","path":["createPayee"],"extensions":{"code":"UPSTREAM_ERROR","upstream":{"url":"https://cop.partner-bank.internal/v2/confirmation-of-payee","status":403,"headers":{"authorization":"Bearer ${tok}","x-internal-key":"${ik}"},"oauth_client_secret":"${cs}"},"variables":{"accountNumber":"${acct}","iban":"${iban}"}}}]}`;
  },
  (g) => {
    const c1 = g.card();
    const c2 = g.card();
    const sk = g.stripeSk();
    const dd = g.ddApi();
    const key = g.apimKey();
    return `${g.ts()} ERROR 1 --- [card-updater-${g.int(1, 9)}] c.a.cards.AccountUpdaterJob : batch ${g.uuid()} failed: StripeAuthenticationException(api_key=${sk}) for pans [${c1}, ${c2}]
${g.ts()} ERROR 1 --- [card-updater-${g.int(1, 9)}] c.a.cards.AlertSink : datadog event post failed (dd_api_key=${dd}, apim_key=${key})`;
  },
  (g) => {
    const acct = g.account();
    const rt = g.routing();
    const iban = g.iban();
    const pl = g.cred(g.hex(30), 'plaid_secret');
    const tok = g.b64urlSecret(48, 'client_secret');
    const ik = g.alnum(40, 'internal_api_key');
    return `Traceback (most recent call last):
  File "/app/payouts/bank.py", line ${g.int(40, 200)}, in verify_account
    raise BankVerificationError(f"mismatch for {account_number}/{routing_number}")
payouts.errors.BankVerificationError: mismatch for ${acct}/${rt}
locals: {'iban_fallback': '${iban}', 'plaid_secret': '${pl}', 'partner_token': '${tok}', 'internal_key': '${ik}'}`;
  },
  (g) => {
    const card = g.card(true);
    const iban = g.iban(true);
    const mg = g.mailgun();
    const pw = g.urlPassword(18);
    const tok = g.hex64('signing_key');
    return `${g.ts()} ERROR invoice-mailer: render failed for invoice inv_${g.hex(10)}: template "dunning" references card ${card} and mandate IBAN ${iban}
${g.ts()} ERROR invoice-mailer: smtp fallback smtps://postmaster%40mg.acme.io:${pw}@smtp.mailgun.org:465 failed; api key ${mg}; pdf signing key ${tok}`;
  },
  (g) => {
    const acct = g.account();
    const rt = g.routing();
    const k = g.awsKeyId();
    const s = g.awsSecret();
    const ik = g.alnum(32, 'internal_api_key');
    return `| account_number | routing_number | status  | error                         |
|----------------|----------------|---------|-------------------------------|
| ${acct.padEnd(14)} | ${rt}      | FAILED  | R03 No Account/Unable to Locate |
s3 upload of return file failed (aws_access_key_id=${k}, aws_secret_access_key=${s}); x-internal-key=${ik}`;
  },
];

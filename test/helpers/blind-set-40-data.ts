import type { Template40 } from './blind-set-40';

/** User and payment data that ends up in spans, log events and exported telemetry. */
export const DATA_TEMPLATES: readonly Template40[] = [
  {
    name: 'otlp-span-json',
    make: (c) => `{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"payments"}}]},
 "scopeSpans":[{"spans":[{"traceId":"${c.traceId()}","spanId":"${c.spanId()}","name":"POST /charge","kind":2,
  "attributes":[{"key":"enduser.id","value":{"stringValue":"${c.email()}"}},{"key":"http.client_ip","value":{"stringValue":"${c.ip()}"}},
   {"key":"payment.card.number","value":{"stringValue":"${c.card('')}"}},{"key":"payment.card.cvc","value":{"stringValue":"${c.cvv()}"}}]}]}]}]}`,
  },
  {
    name: 'otel-debug-exporter',
    make: (c) => `${c.ts()}	info	ResourceSpans #0
Span #${c.int(0, 9)}
    Trace ID       : ${c.traceId()}
    Parent ID      : ${c.spanId()}
    ID             : ${c.spanId()}
    Name           : SELECT customers
Attributes:
     -> db.system: Str(postgresql)
     -> db.statement: Str(SELECT * FROM customers WHERE email = '${c.email()}' AND dob = '${c.dob()}')
     -> net.peer.name: Str(pg-replica-1)`,
  },
  {
    name: 'db-statement-insert',
    make: (c) => {
      const p = c.person();
      return `span.tags db.statement="INSERT INTO payouts (holder_name, iban, bic, amount_cents) VALUES ('${c.name(p)}', '${c.iban(false)}', '${c.pick(['DEUTDEFF', 'INGBNL2A', 'BNPAFRPP', 'NWBKGB2L'])}', ${c.int(1000, 900000)})" db.user=payout_svc peer.service=ledger-db`;
    },
  },
  {
    name: 'nginx-json-access',
    make: (c) => `{"time":"${c.ts()}","remote_addr":"${c.ip()}","request":"GET /account/verify?ssn=${c.ssn()}&email=${c.email()} HTTP/2.0","status":302,"body_bytes_sent":0,"http_user_agent":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)","request_id":"${c.r.hex(32)}"}`,
  },
  {
    name: 'url-encoded-email',
    make: (c) => {
      const p = c.person();
      const dom = c.pick(['gmail.com', 'outlook.com', 'proton.me']);
      const enc = `${p.local}%40${dom}`;
      c.P('email-url-encoded', enc);
      const ph = c.phone();
      c.vals.pop();
      const phEnc = c.P('phone-url-encoded', encodeURIComponent(ph));
      return `${c.ip()} - - [${c.int(10, 28)}/Nov/2026:${c.int(10, 23)}:${c.int(10, 59)}:${c.int(10, 59)} +0000] "GET /api/v1/users/lookup?email=${enc}&phone=${phEnc} HTTP/1.1" 200 ${c.int(200, 4000)} "-" "okhttp/4.12.0"`;
    },
  },
  {
    name: 'datadog-rum-event',
    make: (c) => {
      const p = c.person();
      return `{"type":"action","date":${c.int(1760000000, 1790000000)}${c.r.digits(3)},"application":{"id":"${c.r.uuid()}"},"session":{"id":"${c.r.uuid()}"},
 "usr":{"id":"${c.int(100000, 999999)}","name":"${c.name(p)}","email":"${c.email(p)}"},
 "action":{"type":"click","target":{"name":"Pay now"}},"context":{"checkout_form":{"card_number":"${c.card(' ')}","zip":"${c.r.digits(5)}"}},"view":{"url":"https://shop.fjordgear.no/checkout"},"device":{"id":"${c.deviceId()}"}}`;
    },
  },
  {
    name: 'fluentbit-stdout-record',
    make: (c) => `[0] kube.var.log.containers.kyc-worker-${c.r.hex(10)}_default_kyc.log: [[${c.int(1760000000, 1790000000)}.${c.r.digits(9)}, {}], {"log"=>"verification ok name=\\"${c.name()}\\" passport=${c.passport()} dob=${c.dob()} nat_id=${c.nationalId()}", "stream"=>"stdout", "kubernetes"=>{"pod_name"=>"kyc-worker-7d9f", "namespace_name"=>"default"}}]`,
  },
  {
    name: 'logfmt-checkout',
    make: (c) => `ts=${c.ts()} level=warn caller=charge.go:${c.int(40, 400)} msg="retrying capture" order=ORD-${c.r.digits(8)} pan=${c.card('')} cvv=${c.cvv()} exp=${String(c.int(1, 12)).padStart(2, '0')}/${c.int(27, 31)} cardholder="${c.name()}" trace_id=${c.traceId()}`,
  },
  {
    name: 'ach-payout-log',
    make: (c) => `${c.ts()} INFO  [payout-worker-${c.int(1, 9)}] c.a.payouts.AchSubmitter - submitting NACHA entry: {"receiver":"${c.name()}","routing_number":"${c.routing()}","account_number":"${c.acct()}","amount":${c.int(100, 99999)}.${c.r.digits(2)},"type":"checking"}`,
  },
  {
    name: 'bacs-csv-export',
    make: (c) => `payee_name,sort_code,account_number,reference,amount_gbp
${c.name()},${c.sortCode()},${c.ukAcct()},INV-${c.r.digits(6)},${c.int(10, 9000)}.${c.r.digits(2)}
${c.name()},${c.sortCode()},${c.ukAcct()},INV-${c.r.digits(6)},${c.int(10, 9000)}.${c.r.digits(2)}`,
  },
  {
    name: 'sepa-iban-log-spaced',
    make: (c) => `{"@timestamp":"${c.ts()}","log.level":"ERROR","message":"SEPA direct debit failed for debtor IBAN ${c.iban(true)} (creditor ${c.iban(true)})","service.name":"sepa-gateway","user.email":"${c.email()}","event.dataset":"sepa.errors"}`,
  },
  {
    name: 'loki-push-body',
    make: (c) => { const p = c.person(); return `POST /loki/api/v1/push
{"streams":[{"stream":{"app":"signup","env":"prod"},"values":[["${c.int(1760000000, 1790000000)}${c.r.digits(9)}","new user: name=\\"${c.name(p)}\\" email=${c.email(p)} phone=${c.phone()} address=\\"${c.addr()}\\""]]}]}`; },
  },
  {
    name: 'tempo-trace-attrs',
    make: (c) => `span.attributes {
  "http.route": "/api/v2/claims/{id}",
  "user.full_name": "${c.name()}",
  "user.national_id": "${c.nationalId()}",
  "user.date_of_birth": "${c.dob()}",
  "client.address": "${c.ip6()}"
}`,
  },
  {
    name: 'honeycomb-event',
    make: (c) => `$ curl https://api.honeycomb.io/1/events/signup -X POST -H "X-Honeycomb-Team: ${c.hex32('honeycomb-classic-key')}" \\
  -d '{"duration_ms":${c.int(10, 900)},"user.email":"${c.email()}","user.phone":"${c.phone()}","app.billing_iban":"${c.iban(false)}"}'`,
  },
  {
    name: 'splunk-search-result',
    make: (c) => `_time,host,source,user,src_ip,card_last4,message
${c.ts()},${c.host()},/var/log/app/payments.log,${c.email()},${c.ip()},${c.r.digits(4)},"fraud rule 17 matched for card ${c.card('-')}"
${c.ts()},${c.host()},/var/log/app/payments.log,${c.email()},${c.ip()},${c.r.digits(4)},"velocity check passed"`,
  },
  {
    name: 'java-stack-with-pii',
    make: (c) => { const p = c.person(); return `${c.ts()} ERROR [http-nio-8080-exec-${c.int(1, 20)}] o.a.c.c.C.[.[.[/].[dispatcherServlet] - Servlet.service() threw exception
com.acme.billing.ValidationException: invalid card for customer{id=${c.int(1000, 99999)}, name='${c.name(p)}', email='${c.email(p)}', card='${c.card('')}', cvc='${c.cvv()}'}
	at com.acme.billing.CardValidator.validate(CardValidator.java:${c.int(20, 200)})
	at com.acme.billing.CheckoutController.pay(CheckoutController.java:${c.int(20, 200)})`; },
  },
  {
    name: 'xml-soap-trace',
    make: (c) => `<soap:Body><ns2:AuthorizeRequest>
  <Card><Pan>${c.card('')}</Pan><Cvv2>${c.cvv()}</Cvv2><Expiry>${c.int(27, 31)}${String(c.int(1, 12)).padStart(2, '0')}</Expiry></Card>
  <Cardholder><Name>${c.name()}</Name><Address>${c.addr()}</Address></Cardholder>
  <MerchantAuth user="gw_merchant" password="${c.password()}"/>
</ns2:AuthorizeRequest></soap:Body>`,
  },
  {
    name: 'session-cookie-in-span',
    make: (c) => `trace=${c.traceId()} span=${c.spanId()} http.request.header.cookie="_ga=GA1.2.${c.r.digits(9)}.${c.r.digits(10)}; session=${c.jwt({ sid: c.r.hex(16) })}; remember_token=${c.tokenOf('session-cookie', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 40)}" http.client_ip=${c.ip()}`,
  },
];

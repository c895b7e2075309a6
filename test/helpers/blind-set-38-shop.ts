import type { Tpl38 } from './blind-set-38-draw';

const A = 'commerce';

/** WooCommerce orders, webhooks and REST keys; payment plugins; form plugins with what people typed. */
export const SHOP38: Tpl38[] = [
  {
    area: A,
    name: 'woo-rest-keys',
    make: (d) => {
      const ck = d.c('woocommerce-consumer-key', `ck_${d.hex(40)}`);
      const cs = d.c('woocommerce-consumer-secret', `cs_${d.hex(40)}`);
      return `inventory-sync ERROR ${d.ts()} GET https://${d.client()}/wp-json/wc/v3/products?per_page=100&consumer_key=${ck}&consumer_secret=${cs} -> 401 {"code":"woocommerce_rest_authentication_error","message":"Invalid signature - provided signature does not match.","data":{"status":401}}`;
    },
  },
  {
    area: A,
    name: 'woo-webhook-delivery',
    make: (d) => {
      const u = d.who();
      const secret = d.c('webhook-secret', d.r.password(d.int(30, 50)));
      const a = d.addr();
      const ph = d.phone();
      return `WC_Webhook delivery failed: webhook #${d.int(3, 40)} "Order created" -> https://hooks.${d.client()}/erp (cURL error 28)\nsecret: ${secret}\npayload: {"id":${d.int(10000, 99999)},"status":"processing","billing":{"first_name":"${u.first}","last_name":"${u.last}","address_1":"${a}","email":"${u.email}","phone":"${ph}"},"shipping":{"first_name":"${u.first}","last_name":"${u.last}","address_1":"${a}"},"payment_method":"bacs","customer_note":"Gift for ${u.name}, please no invoice in box","customer_ip_address":"${d.ip()}"}`;
    },
  },
  {
    area: A,
    name: 'woo-order-note-card',
    make: (d) => {
      const u = d.who();
      const cardN = d.card();
      const cvv = d.cvv();
      return `New order #${d.int(1000, 9999)} on ${d.client()} - customer note:\n"Hi, the card form kept failing so here are my details: ${cardN} exp ${d.exp()} cvv ${cvv}. Please call me if any issue. ${u.name}"\nBilling email: ${u.email}\n(order note forwarded to #shop-alerts by Zapier)`;
    },
  },
  {
    area: A,
    name: 'stripe-gateway-log',
    make: (d) => {
      const sk = d.c('stripe-secret-key', `${d.pick(['sk', 'rk'])}_live_${d.b62(d.pick([24, 99]))}`);
      const wh = d.c('stripe-webhook-secret', `whsec_${d.b62(32)}`);
      return `${d.ts()} ERROR woocommerce-gateway-stripe: Stripe API error: No such customer: 'cus_${d.b62(14)}' (request req_${d.b62(14)})\nsettings: {"testmode":"no","secret_key":"${sk}","webhook_secret":"${wh}","statement_descriptor":"OAKFENNEL"}`;
    },
  },
  {
    area: A,
    name: 'gravity-forms-entry',
    make: (d) => {
      const u = d.who();
      const ph = d.phone();
      const iban = d.iban();
      const b = d.dob();
      return `Gravity Forms notification failed to send (wp_mail returned false), entry #${d.int(100, 9999)} of form "Membership Direct Debit":\nName: ${u.name}\nEmail: ${u.email}\nPhone: ${ph}\nDate of birth: ${b}\nIBAN: ${iban}\nAccount holder: ${u.name}\nI authorise the club to collect payments: Yes`;
    },
  },
  {
    area: A,
    name: 'cf7-flamingo-export',
    make: (d) => {
      const rows: string[] = [];
      for (let i = 0; i < 3; i++) {
        const u = d.who();
        const ph = d.phone();
        rows.push(`"${u.name}","${u.email}","${ph}","${d.pick(['Quote for kitchen', 'Booking enquiry', 'Refund please'])}"`);
      }
      const cardN = d.card(' ');
      rows.push(`"${d.name()}","","","pay by card ${cardN} thanks"`);
      return `[backup-audit] flamingo_inbound export left in /wp-content/uploads/cf7-export-${d.hex(8)}.csv (publicly readable)\nyour-name,your-email,your-phone,your-message\n${rows.join('\n')}`;
    },
  },
  {
    area: A,
    name: 'ach-payout-fail',
    make: (d) => {
      const acct = d.account();
      const rt = d.routing();
      const u = d.who();
      return `PaymentsAPI 422 for vendor payout (WC Vendors / marketplace ${d.client()}): {"error":{"code":"invalid_bank_account","message":"Routing number ${rt} and account ${acct} could not be verified","vendor":{"name":"${u.name}","email":"${u.email}"},"bank_account":{"routing_number":"${rt}","account_number":"${acct}","account_holder_type":"individual"}}}`;
    },
  },
  {
    area: A,
    name: 'paypal-ipn-debug',
    make: (d) => {
      const u = d.who();
      const secret = d.c('paypal-client-secret', `E${d.r.b64url(60).slice(0, 79)}`);
      const a = d.addr();
      return `woocommerce-paypal-payments.log\n${d.ts()} ERROR Could not create order. Response: {"name":"UNPROCESSABLE_ENTITY"}\nclient_id=A${d.r.b64url(60).slice(0, 79)} client_secret=${secret}\npayer: {"name":{"given_name":"${u.first}","surname":"${u.last}"},"email_address":"${u.email}","address":{"address_line_1":"${a}"}}, shipping: {"name":{"full_name":"${u.name}"}}`;
    },
  },
  {
    area: A,
    name: 'uk-bacs-refund-ticket',
    make: (d) => {
      const u = d.who();
      const sc = d.sort();
      const acc = d.ukAccount();
      const ph = d.phone();
      return `Help Scout #${d.int(40000, 99999)} (tag: refunds, auto-posted to #shop-ops)\nFrom: ${u.name} <${u.email}>\n"Order ${d.int(1000, 9999)} arrived broken, please refund to my bank rather than the card: sort code ${sc}, account number ${acc}, name ${u.name}. Mobile ${ph}."`;
    },
  },
];

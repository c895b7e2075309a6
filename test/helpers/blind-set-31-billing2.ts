import { isoTs, org, plainTs, type Template31 } from './blind-set-31-case';
import { cardNumber, groupCard, iban } from './blind-set-31-check';
import { person } from './blind-set-31-people';
import { adyenKey, braintreeKey } from './blind-set-31-tokens';

/** Payment gateways, mobile money, recharge vouchers and bank files of smart-meter and telecom billing. */
export const BILLING2_TEMPLATES: Template31[] = [
  {
    id: 'braintree-gateway-vault-error',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'AU']));
      const pan = cardNumber(r);
      return `${plainTs(r)} ERROR [billing-worker] Braintree::ErrorResult vaulting card for customer ${r.num(9)}: Credit card number is invalid. (81715)
  gateway = Braintree::Gateway.new(environment: :production, merchant_id: "${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}", public_key: "${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 16)}", private_key: "${v.c('braintree-private-key', braintreeKey(r))}")
  params = {:customer_id=>"${r.num(9)}", :cardholder_name=>"${v.p('person-name', p.name)}", :number=>"${v.f('card-number', groupCard(pan, r.pick([' ', '-'])))}", :expiration_date=>"${r.pad(1, 12, 2)}/${r.int(2026, 2031)}", :options=>{:verify_card=>true}}`;
    },
  },
  {
    id: 'adyen-sepa-notification',
    make: (r, v) => {
      const p = person(r, r.pick(['NL', 'DE', 'FR', 'ES']));
      return `${isoTs(r)} WARN adyen-webhooks HMAC validation failed (key ADYEN_HMAC_KEY=${v.c('adyen-hmac-key', r.HEX(64))})
${isoTs(r)} DEBUG adyen-webhooks outbound modification call X-API-Key: ${v.c('adyen-api-key', adyenKey(r))}
{"live":"true","notificationItems":[{"NotificationRequestItem":{"eventCode":"AUTHORISATION","success":"false","reason":"Refused","merchantAccountCode":"${org(r).replace(/-/g, '')}EnergyEU","merchantReference":"INV-${r.num(8)}","pspReference":"${r.HEX(16)}","paymentMethod":"sepadirectdebit","amount":{"currency":"EUR","value":${r.int(1500, 40000)}},"additionalData":{"sepadirectdebit.mandateId":"${r.HEX(16)}","iban":"${v.f('iban', iban(r, p.country))}","ownerName":"${v.p('person-name', p.name)}"}}}]}`;
    },
  },
  {
    id: 'meter-billing-sql-error',
    make: (r, v) => {
      const p = person(r, r.pick(['DE', 'NL', 'FR', 'ES', 'PL']));
      return `${plainTs(r)} UTC [${r.int(1000, 99999)}] ERROR:  duplicate key value violates unique constraint "billing_accounts_meter_serial_key"
${plainTs(r)} UTC [${r.int(1000, 99999)}] DETAIL:  Key (meter_serial)=(${r.pick(['1ESY', '1LGZ', '1EMH'])}${r.num(10)}) already exists.
${plainTs(r)} UTC [${r.int(1000, 99999)}] STATEMENT:  INSERT INTO billing_accounts (customer_name, service_address, iban, mandate_ref, meter_serial, tariff) VALUES ('${v.p('person-name', p.name)}', '${v.p('postal-address', p.address)}', '${v.f('iban', iban(r, p.country))}', 'MND-${r.num(8)}', '${r.pick(['1ESY', '1LGZ'])}${r.num(10)}', '${r.pick(['dyn-spot', 'fix-12m', 'nacht'])}')`;
    },
  },
  {
    id: 'razorpay-emandate-registration',
    make: (r, v) => {
      const p = person(r, 'IN');
      const acct = r.num(r.int(11, 14));
      return `${isoTs(r)} ERROR autopay-svc razorpay POST /v1/subscription_registration/auth_links failed: BAD_REQUEST_ERROR "The ifsc provided is invalid"
  auth: rzp_live_${r.b62(14)}:${v.c('razorpay-key-secret', r.b62(24))}
  payload: {"customer":{"name":"${v.p('person-name', p.name)}","contact":"${v.p('phone-national', p.national.replace(/\s/g, '').slice(1))}"},"type":"link","amount":0,"currency":"INR","subscription_registration":{"method":"emandate","auth_type":"netbanking","max_amount":${r.int(5, 50)}00000,"bank_account":{"beneficiary_name":"${v.p('person-name', p.name.toUpperCase())}","account_number":"${v.f('in-bank-account', acct)}","account_type":"savings","ifsc_code":"${r.pick(['HDFC', 'ICIC', 'SBIN', 'UTIB'])}0${r.num(6)}"}},"receipt":"FTTH-${r.num(8)}"}`;
    },
  },
  {
    id: 'mpesa-stk-push',
    make: (r, v) => {
      const shortcode = r.num(6);
      const ts = `2025${r.pad(1, 12, 2)}${r.pad(1, 28, 2)}${r.pad(0, 23, 2)}${r.pad(0, 59, 2)}${r.pad(0, 59, 2)}`;
      const passkey = r.hex(64);
      const msisdn = `2547${r.digits(8)}`;
      return `# .env (smart-meter token vending, Kenya) committed in ${r.hex(8)}
MPESA_CONSUMER_KEY=${r.b62(48)}
MPESA_CONSUMER_SECRET=${v.c('mpesa-consumer-secret', r.b62(64))}
MPESA_PASSKEY=${v.c('mpesa-passkey', passkey)}
MPESA_SHORTCODE=${shortcode}
# failing request from logs:
{"BusinessShortCode":"${shortcode}","Password":"${v.c('mpesa-stk-password', Buffer.from(shortcode + passkey + ts).toString('base64'))}","Timestamp":"${ts}","TransactionType":"CustomerPayBillOnline","Amount":"${r.int(50, 3000)}","PartyA":"${v.p('msisdn', msisdn)}","PartyB":"${shortcode}","PhoneNumber":"${msisdn}","CallBackURL":"https://pay.${org(r)}.co.ke/mpesa/cb","AccountReference":"MTR${r.num(8)}"}
{"requestId":"${r.num(5)}-${r.num(8)}-1","errorCode":"500.001.1001","errorMessage":"Unable to lock subscriber, a transaction is already in process for the current subscriber"}`;
    },
  },
  {
    id: 'recharge-voucher-batch',
    make: (r, v) => {
      const rows = [0, 1, 2, 3, 4].map(
        () => `${r.num(12)};${v.f('voucher-pin', r.num(16).replace(/(\d{4})(?=\d)/g, '$1 '))};${r.pick(['5', '10', '20'])}.00;2026-${r.pad(1, 12, 2)}-${r.pad(1, 28, 2)};NEW`,
      );
      return `${plainTs(r)} ERROR voucher-loader batch ${r.num(8)}: checksum mismatch, file moved to /data/vouchers/quarantine/ — head:
SERIAL;PIN;FACE_VALUE;EXPIRY;STATE
${rows.join('\n')}`;
    },
  },
  {
    id: 'becs-aba-file',
    make: (r, v) => {
      const rows = [0, 1].map(() => {
        const p = person(r, 'AU');
        const acct = r.num(9);
        const nm = `${p.last.toUpperCase()} ${p.first.toUpperCase()}`;
        return `1${r.pad(10, 99, 3)}-${r.pad(0, 999, 3)}${v.f('au-account-number', acct)} 13${String(r.int(1000, 90000)).padStart(10, '0')}${v.p('person-name', nm).padEnd(32)}NBN-${r.num(8)}      062-000 12345678${org(r).toUpperCase().slice(0, 16).padEnd(16)}00000000`;
      });
      return `${isoTs(r)} ERROR becs-direct-debit Westpac rejected file DD${r.num(6)}.aba (line 2: invalid BSB)
0                 01WBC       ${org(r).toUpperCase().slice(0, 26).padEnd(26)}${r.num(6)}DIRECT DEB  ${r.pad(1, 28, 2)}0${r.int(1, 9)}25
${rows.join('\n')}`;
    },
  },
  {
    id: 'uk-dd-failure-email',
    make: (r, v) => {
      const p = person(r, 'GB');
      const sort = `${r.pad(10, 99, 2)}-${r.pad(0, 99, 2)}-${r.pad(0, 99, 2)}`;
      return `From: collections@${org(r)}.co.uk
To: ops-billing@${org(r)}.co.uk
Subject: ARUDD return 0 (refer to payer) — please call customer

Customer: ${v.p('person-name', p.name)}, ${v.p('postal-address', p.address)}
Bank details on file: sort code ${sort}, account no. ${v.f('uk-account-number', r.digits(8))}
Amount: £${r.int(20, 300)}.${r.digits(2)} (smart PAYG top-up plan)`;
    },
  },
];

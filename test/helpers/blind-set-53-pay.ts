import type { Area53 } from './blind-set-53-types';

/** Subcontractor payments, lien waivers and construction accounting: Textura, GCPay, Siteline, Levelset, Sage Intacct, QuickBooks, Viewpoint, Stripe, Dwolla, Plaid, Square. */
export const PAY53: Area53 = {
  area: 'pay',
  templates: [
    ['sub-vendor-setup-csv', 6, (c) => {
      const row = (): string => {
        const p = c.person();
        return `"${c.pick(['Ridgeline', 'Summit', 'Blue Ox', 'Keystone', 'Iron Horse'])} ${c.pick(['Drywall', 'Concrete', 'Electric', 'Glazing'])} LLC","${c.name(p).name}",${c.email(p)},${c.ein()},${c.aba()},${c.account()}`;
      };
      return `vendor_name,contact,remit_email,tax_id,routing,account\n${row()}\n${row()}`;
    }],
    ['lien-waiver-ach-form', 5, (c) => {
      const p = c.person();
      return `CONDITIONAL WAIVER AND RELEASE ON PROGRESS PAYMENT (Civil Code 8132)\nClaimant: ${c.pick(['Sierra', 'Granite', 'Copperline'])} Framing Inc.  Signed: ${c.name(p).name}, owner\nPayment by ACH to: Routing ${c.aba()}  Account ${c.account()}  Tax ID ${c.ein()}\nClaimant phone ${c.phone()}`;
    }],
    ['textura-payapp', 5, (c) => `2024-0${c.int(1, 9)}-0${c.int(1, 9)} 11:32:09,881 ERROR [textura-connector] o.a.h.i.c.DefaultHttpClient - Authentication failed: POST https://usa.texturacorp.com/api/v2/draws/${c.int(10000, 99999)}/invoices user=ap.${c.gc()} password=${c.pw()} vendorTin=${c.ein()} remit.iban=${c.iban()}`],
    ['gcpay-stripe-charge', 6, (c) => `stripe.error.CardError: Request req_${c.b62(14)}: Your card was declined.\n  File "/srv/gcpay/billing/charge.py", line 41, in charge_retainage_fee\n    stripe.api_key = "${c.stripe()}"\n  locals: card={"number": "${c.card()}", "exp_month": ${c.int(1, 12)}, "exp_year": ${c.int(2026, 2031)}, "cvc": "${c.cvv()}"}, customer_email="${c.email()}"`],
    ['siteline-webhook', 5, (c) => `POST /webhooks/siteline HTTP/1.1\nHost: erp-bridge.${c.gc()}.com\nSiteline-Signature: t=${c.int(1717000000, 1730000000)},v1=${c.hex(64)}\n# signing secret configured as ${c.whsec()}\n{"type":"payApp.paid","data":{"payAppId":"${c.uuid()}","amountPaid":${c.int(10000, 900000)},"payer":{"accountLast4":"${c.r.digits(4)}"},"approvedBy":"${c.email()}"}}`],
    ['levelset-notice', 5, (c) => {
      const p = c.person();
      return `Levelset preliminary notice #${c.int(1000000, 9999999)} returned undeliverable.\nProperty owner: ${c.name(p).name}\nOwner address: ${c.address()}\nOwner phone: ${c.phone()}\nAPI: https://app.levelset.com/api/v1/notices?api_key=${c.b62Key('api_key', 40)}`;
    }],
    ['sage-intacct-xml', 6, (c) => `<?xml version="1.0" encoding="UTF-8"?>\n<request>\n  <control>\n    <senderid>${c.gc()}_mpp</senderid>\n    <password>${c.pw()}</password>\n    <controlid>${c.uuid()}</controlid>\n    <uniqueid>false</uniqueid>\n    <dtdversion>3.0</dtdversion>\n  </control>\n  <operation>\n    <authentication>\n      <login><userid>xml_gateway</userid><companyid>${c.gc().toUpperCase()}</companyid><password>${c.pw()}</password></login>\n    </authentication>\n    <content><function controlid="f1"><create><VENDOR><VENDORID>V${c.int(1000, 9999)}</VENDORID><TAXID>${c.ein()}</TAXID><ACHBANKROUTINGNUMBER>${c.aba()}</ACHBANKROUTINGNUMBER><ACHACCOUNTNUMBER>${c.account()}</ACHACCOUNTNUMBER></VENDOR></create></function></content>\n  </operation>\n</request>`],
    ['quickbooks-oauth', 6, (c) => `intuit-oauth: token refresh OK realmId=${c.digits(19)}\n{"x_refresh_token_expires_in":8726400,"refresh_token":"${c.cred('refresh_token', `AB11${c.digits(10)}${c.b62(36)}`)}","access_token":"${c.jwt({ sub: c.uuid(), realmid: c.digits(19), aud: ['AppFoundations'] }, 'HS256')}","token_type":"bearer","expires_in":3600}\nQBO_CLIENT_SECRET=${c.b62Key('oauth_client_secret', 40)}`],
    ['viewpoint-vista', 5, (c) => `System.Data.SqlClient.SqlException (0x80131904): Cannot open database "Viewpoint" requested by the login. The login failed.\n   at Vista.AP.Import.Run()\nConnectionString: Server=vp-sql02.${c.gc()}.local;Database=Viewpoint;User Id=apimport;Password=${c.pw()};Encrypt=True\nVendor 1099 row: "${c.name().name}",SSN ${c.ssn()},addr "${c.address()}"`],
    ['dwolla-transfer', 5, (c) => `dwolla-sub-pay | ERROR DwollaError: InvalidResourceState\n  POST https://api.dwolla.com/funding-sources  key=${c.b62(50)} secret=${c.b62Key('api_secret', 50)}\n  body={"routingNumber":"${c.aba()}","accountNumber":"${c.account()}","bankAccountType":"checking","name":"${c.name().name} - Payroll"}`],
    ['plaid-link', 5, (c) => `PLAID_CLIENT_ID=${c.hex(24)}\nPLAID_SECRET=${c.hexKey('plaid_secret', 30)}\nPLAID_ENV=production\n# last exchange for sub ${c.pick(['Ridgeline', 'Summit', 'Keystone'])} Masonry\naccess_token=${c.cred('plaid_access_token', `access-production-${c.uuid()}`)}\naccount_holder=${c.name().name}`],
    ['square-invoice', 5, (c) => `Square API error 401 UNAUTHORIZED on POST /v2/invoices\nAuthorization: Bearer ${c.square()}\nSquare-Version: 2024-06-04\n{"invoice":{"primary_recipient":{"customer_id":"${c.r.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 26)}"},"title":"Change order #${c.int(3, 40)} - kitchen remodel","recipient_email":"${c.email()}"}}`],
    ['retainage-wire', 5, (c) => {
      const p = c.person();
      return `Subject: Updated wire instructions for retainage release\nHi, please send the retainage for Package 07 to our new account:\nBeneficiary: ${c.name(p).name}\nIBAN: ${c.iban()}\nBIC: ${c.pick(['DEUTDEFF', 'BNPAFRPP', 'INGBNL2A', 'BOFIIE2D'])}\nCall me on ${c.ukPhone()} to confirm.`;
    }],
    ['procurement-card-log', 5, (c) => `[pcard-reconcile] ${c.ts()} WARN unmatched transaction card=${c.card()} cvv=${c.cvv()} holder="${c.name().name}" merchant="HOME DEPOT #${c.int(1000, 9999)}" amount=${c.int(20, 900)}.${c.r.digits(2)} gl=01-${c.int(5000, 5999)}`],
    ['amex-supplier-pay', 5, (c) => `{"supplier":"${c.pick(['Ferguson', 'White Cap', 'HD Supply'])}","virtual_card":{"number":"${c.card('amex')}","cid":"${c.cvv(4)}","exp":"${c.int(1, 12)}/${c.int(26, 29)}"},"requested_by":"${c.email()}","api_key":"${c.b62Key('api_key', 32)}"}`],
    ['sub-1099-form', 5, (c) => {
      const p = c.person();
      return `W-9 upload parsed by ocr-worker:\n  Name: ${c.name(p).name}\n  Business: ${p.last} Tile & Stone\n  SSN: ${c.ssn()}\n  EIN: ${c.ein()}\n  Address: ${c.address()}\n  Signature date: 2024-0${c.int(1, 9)}-1${c.int(0, 9)}`;
    }],
    ['eu-subcontractor-sepa', 5, (c) => `<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn><PmtInf><CdtTrfTxInf><Cdtr><Nm>${c.name().name}</Nm></Cdtr><CdtrAcct><Id><IBAN>${c.iban(undefined, false)}</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Abschlagsrechnung ${c.int(1, 20)} Los ${c.int(1, 9)}</Ustrd></RmtInf></CdtTrfTxInf></PmtInf></CstmrCdtTrfInitn></Document>\nebics_user_password=${c.pw()}`],
  ],
};

/** Payment runs that carry many bank details at once. */
export const PAY53_BATCH: Area53 = {
  area: 'pay',
  templates: [
    ['nacha-like-batch', 7, (c) => `subcontractor_id,legal_name,tin,routing,account,amount\n${[0, 1, 2].map(() => `S${c.int(1000, 9999)},"${c.pick(['Arrow', 'Benchmark', 'Crestline', 'Delta', 'Eagle'])} ${c.pick(['Roofing', 'Plumbing', 'Steel', 'Paving'])} Co",${c.ein()},${c.aba()},${c.account()},${c.int(5000, 250000)}.00`).join('\n')}`],
    ['bacs-payment-run', 6, (c) => `Payment run ${c.int(1000, 9999)} (CIS subcontractors, BACS)\n${[0, 1, 2].map(() => `  ${c.pick(['Ashford', 'Brampton', 'Calder'])} Groundworks Ltd  sort ${c.sortCode()}  acc ${c.ukAccount()}  UTR ${c.utr()}  £${c.int(1000, 40000)}.00`).join('\n')}`],
    ['sepa-batch-csv', 6, (c) => `creditor;iban;bic;amount;remittance\n${[0, 1, 2].map(() => `${c.pick(['Bau', 'Elektro', 'Holzbau'])} ${c.pick(['Meyer', 'Schulte', 'Berger'])} GmbH;${c.iban(c.pick(['DE', 'NL', 'FR', 'BE']))};${c.pick(['COBADEFFXXX', 'INGBNL2A', 'GEBABEBB'])};${c.int(1000, 90000)},00;AR ${c.int(1, 30)}`).join('\n')}`],
    ['card-vault-migration', 6, (c) => `-- card_vault_migration.sql (legacy POS at site canteen)\nINSERT INTO cards (pan, cvv, exp) VALUES ('${c.card()}', '${c.cvv()}', '${c.int(1, 12)}/${c.int(26, 30)}');\nINSERT INTO cards (pan, cvv, exp) VALUES ('${c.card()}', '${c.cvv()}', '${c.int(1, 12)}/${c.int(26, 30)}');`],
  ],
};

import type { Tpl60 } from './blind-set-60-sf';

/** Financial-dense templates: payout, billing and direct-debit records as CRM syncs print them. */
export const FIN60: Tpl60[] = [
  ['fin-payout-csv', (c) => `hubspot->netsuite failed rows (payout_details.csv)\nholder,routing_number,account_number,iban\n"${c.name()}",${c.aba()},${c.account()},\n"${c.name()}",,,${c.iban()}\n"${c.name()}",${c.aba()},${c.account()},`],
  ['fin-sepa-mandate', (c) => `gocardless->salesforce mandate sync error: {"mandate":{"scheme":"sepa_core","account_holder_name":"${c.name()}","iban":"${c.iban(true)}"},"fallback_iban":"${c.iban()}","sf_field":"Mandate_IBAN__c"}`],
  ['fin-cards-diff', (c) => `sync-diff PaymentMethod (chargebee -> hubspot)\n  card_number: ${c.card(' ')} → ${c.card(' ')}\n  backup_card: null → ${c.card('-')}\n  cardholder: ${c.name()}`],
  ['fin-ach-json', (c) => `{"level":"warn","msg":"ACH details failed validation in Attio","record":{"routing":"${c.aba()}","account":"${c.account()}","secondary_routing":"${c.aba()}","secondary_account":"${c.account()}","owner":"${c.name()}"}}`],
  ['fin-klaviyo-props', (c) => `klaviyo profile property update rejected (PII policy): {"properties":{"card":"${c.card()}","iban":"${c.iban()}","bank_routing":"${c.aba()}","bank_account":"${c.account()}"}}`],
  ['fin-zendesk-macro', (c) => `zendesk side conversation: "Refund approved. Send to ${c.iban(true)} (holder ${c.name()}); original charge on card ${c.card(' ')}, second card ${c.card()}"`],
  ['fin-sql-insert', (c) => `ERROR 1406 (22001): Data too long for column 'iban' at row 1\nINSERT INTO billing_profiles (customer_id, iban, card_pan, routing, account_no) VALUES (${c.int(1000, 99999)}, '${c.iban(true)}', '${c.card()}', '${c.aba()}', '${c.account()}')`],
  ['fin-segment-trait', (c) => `segment identify traits rejected by RudderStack PII filter: {"payment":{"pan":"${c.card()}","exp":"11/29"},"payout":{"iban":"${c.iban()}","aba":"${c.aba()}","acct":"${c.account()}"}}`],
  ['fin-census-csv', (c) => `census rejected (destination Stripe Customers)\nexternal_id;iban;card\nc_${c.int(1000, 9999)};${c.iban()};${c.card()}\nc_${c.int(1000, 9999)};${c.iban()};${c.card()}`],
  ['fin-freshdesk-form', (c) => `freshdesk portal form field values: bank_routing_number=${c.aba()}&bank_account_number=${c.account()}&card_number=${c.card()}&iban=${c.iban()}`],
  ['fin-pipedrive-fields', (c) => `pipedrive person custom fields diff: {"IBAN":{"old":"${c.iban()}","new":"${c.iban()}"},"Card":{"old":null,"new":"${c.card(' ')}"}}`],
  ['fin-intercom-note', (c) => `intercom note by admin: customer wants refund to routing ${c.aba()} / account ${c.account()} instead of the card ${c.card('-')} (acct holder ${c.name()})`],
];

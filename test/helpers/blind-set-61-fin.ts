import { name61 } from './blind-set-61-person';
import type { Tpl61 } from './blind-set-61-values';

/** Payment-heavy events: cards, IBANs, routing and account numbers in payloads, SQL and locals. */
export const FIN61: Tpl61[] = [
  { id: 'sentry/py-payout-batch', make: (c) => `extra.batch: [{"iban":"${c.iban()}","amount":"120.00"},{"iban":"${c.iban(true)}","amount":"89.50"},{"iban":"${c.iban()}","amount":"15.00"}]\nexception: adyen.exceptions.AdyenAPIValidationError: Invalid bank account` },
  { id: 'datadog/ach-statement', make: (c) => `db.statement: INSERT INTO ach_entries (routing, account, card_backup) VALUES ('${c.aba()}', '${c.acct()}', '${c.card()}')\nerror.message: duplicate key value violates unique constraint` },
  { id: 'bugsnag/cards-retry', make: (c) => `metaData.attempts: [{"pan":"${c.card()}","result":"do_not_honor"},{"pan":"${c.card(' ')}","result":"expired_card"}]\nerror: CheckoutRetryExhausted` },
  { id: 'rollbar/sepa-xml', make: (c) => `Rollbar: lxml.etree.DocumentInvalid: Element 'IBAN': '${c.iban()}' is not a valid value\ncontext: <CdtrAcct><Id><IBAN>${c.iban()}</IBAN></Id></CdtrAcct> <Cdtr><Nm>${name61(c)}</Nm></Cdtr>` },
  { id: 'honeybadger/plaid-numbers', make: (c) => `context: {"numbers":{"ach":[{"account":"${c.acct()}","routing":"${c.aba()}","wire_routing":"${c.aba()}"}]}}\nerror: Plaid::ApiError ITEM_LOGIN_REQUIRED` },
  { id: 'newrelic/card-form', make: (c) => `request.parameters: card[number]=${c.card()}&amount=4999\nerror.class: Braintree::ValidationsFailed` },
  { id: 'elastic/refund-locals', make: (c) => `error.exception.stacktrace[0].vars: {"refund_card":"${c.card('-')}","fallback_iban":"${c.iban(true)}","routing":"${c.aba()}"}` },
  { id: 'airbrake/wire-params', make: (c) => `Airbrake params: {"beneficiary_account"=>"${c.acct()}", "aba"=>"${c.aba()}", "iban"=>"${c.iban()}"}\nerror: Wise::Error 422 Invalid account details` },
];

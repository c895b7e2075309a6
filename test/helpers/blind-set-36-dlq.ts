import type { Draw, Template36 } from './blind-set-36-draw';

const t = (name: string, make: (d: Draw) => string): Template36 => ({ area: 'dlq', name, make });
const amount = (d: Draw) => `${d.r.int(5, 4999)}.${d.r.digits(2)}`;

/** Dead-letter queues whose messages carry customers' personal and payment data. */
export const DLQ36: Template36[] = [
  t('orders-kafka-dlt', (d) => {
    const per = d.person();
    const name = d.p('name', per.full);
    const email = d.p('email', d.email(per.first, per.last));
    const ph = d.p('phone', d.phone());
    const addr = d.p('address', d.address());
    const card = d.f('card-number', d.card());
    return `DLT orders.v1.DLT partition=${d.r.int(0, 11)} offset=${d.r.int(1000, 999999)}
headers: kafka_dlt-exception-fqcn=org.springframework.kafka.support.serializer.DeserializationException kafka_dlt-exception-message="failed to deserialize; nested exception is com.fasterxml.jackson.databind.exc.InvalidFormatException: Cannot deserialize value of type \`java.time.Instant\`"
value: {"orderId":"ORD-${d.r.digits(8)}","customer":{"name":"${name}","email":"${email}","phone":"${ph}"},"shipping":{"address":"${addr}"},"payment":{"method":"card","pan":"${card}","exp":"${String(d.r.int(1, 12)).padStart(2, '0')}/${d.r.int(27, 31)}"},"placedAt":"${d.ts()}"}`;
  }),
  t('refunds-sqs-dlq', (d) => {
    const per = d.person();
    const name = d.p('name', per.full);
    const email = d.p('email', d.email(per.first, per.last));
    const iban = d.f('iban', d.iban());
    return `{"MessageId":"${d.r.uuid()}","ReceiptHandle":"AQEB${d.r.b64(60).replace(/[+/=]/g, 'x')}","Attributes":{"ApproximateReceiveCount":"5","SentTimestamp":"${d.epoch()}000"},"Body":"{\\"type\\":\\"refund.requested\\",\\"refundId\\":\\"rf_${d.r.b62(16)}\\",\\"amount\\":\\"${amount(d)}\\",\\"currency\\":\\"EUR\\",\\"accountHolder\\":\\"${name}\\",\\"iban\\":\\"${iban}\\",\\"notifyEmail\\":\\"${email}\\"}"}
moved to refunds-dlq after maxReceiveCount=5: SEPA transfer rejected (AC04 closed account)`;
  }),
  t('payouts-rabbit-x-death', (d) => {
    const per = d.person();
    const name = d.p('name', per.full);
    const acct = d.f('bank-account', d.account());
    const aba = d.f('aba-routing', d.aba());
    const addr = d.p('address', d.address());
    return `Dead-lettered message in queue payouts.dlq (reason: rejected)
properties: {"headers":{"x-death":[{"count":3,"exchange":"payouts","queue":"payouts.ach","reason":"rejected","routing-keys":["payout.created"]}]},"content_type":"application/json","delivery_mode":2}
payload: {"payout_id":"po_${d.r.b62(14)}","recipient":{"legal_name":"${name}","address":"${addr}"},"bank":{"account_number":"${acct}","routing_number":"${aba}","type":"checking"},"amount_cents":${d.r.int(1000, 900000)}}`;
  }),
  t('kyc-pubsub-dlq', (d) => {
    const per = d.person();
    const name = d.p('name', per.full);
    const dob = d.p('date-of-birth', d.dob());
    const ssn = d.p('ssn', d.ssn());
    const addr = d.p('address', d.address());
    const email = d.p('email', d.email(per.first, per.last));
    const ip = d.p('client-ip', d.ip());
    return `projects/acme-risk/subscriptions/kyc-events-dlq: message ${d.r.digits(16)} delivery_attempt=10
data (decoded): {"event":"kyc.submitted","applicant":{"fullName":"${name}","dob":"${dob}","ssn":"${ssn}","residentialAddress":"${addr}","email":"${email}"},"device":{"ip":"${ip}"},"vendorError":"Timeout waiting for identity verification provider"}`;
  }),
  t('chargeback-service-bus-dlq', (d) => {
    const per = d.person();
    const name = d.p('name', per.full);
    const card = d.f('card-number', d.card());
    const email = d.p('email', d.email(per.first, per.last));
    return `DeadLetterReason: MaxDeliveryCountExceeded
DeadLetterErrorDescription: Message could not be consumed after 10 delivery attempts.
Body: <Chargeback><CaseId>CB-${d.r.digits(9)}</CaseId><Cardholder>${name}</Cardholder><CardNumber>${card}</CardNumber><ContactEmail>${email}</ContactEmail><Amount currency="USD">${amount(d)}</Amount><Reason>10.4 Other Fraud</Reason></Chargeback>`;
  }),
  t('sepa-mandate-event', (d) => {
    const per = d.person();
    const name = d.p('name', per.full);
    const iban = d.f('iban', d.iban());
    const addr = d.p('address', d.address());
    return `WARN  [mandate-consumer] Skipping record, schema id ${d.r.int(100, 999)} not found in registry; record sent to mandates.DLQ
  key=MNDT-${d.r.digits(10)} value=Struct{debtor_name=${name},debtor_iban=${iban},debtor_address=${addr},creditor_id=DE98ZZZ09999999999,signed_at=${d.ts()}}`;
  }),
  t('uk-payout-fps', (d) => {
    const per = d.person();
    const name = d.p('name', per.full);
    const sc = d.f('sort-code', d.sortCode());
    const acct = d.f('bank-account', d.r.digits(8));
    const ph = d.p('phone', d.phone());
    return `payout_id,beneficiary_name,sort_code,account_number,phone,amount_gbp,error
po_${d.r.b62(12)},"${name}",${sc},${acct},"${ph}",${amount(d)},"FPS rejected: beneficiary account name mismatch (CoP)"`;
  }),
  t('debezium-customer-cdc', (d) => {
    const per = d.person();
    const email = d.p('email', d.email(per.first, per.last));
    const dob = d.p('date-of-birth', d.dob());
    const ph = d.p('phone', d.phone());
    const hash = d.c('bcrypt-hash', `$2b$12$${d.r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)}`);
    const name = d.p('name', per.full);
    return `org.apache.kafka.connect.errors.DataException: Failed to serialize Avro data from topic dbserver1.public.customers
errant record: {"before":null,"after":{"id":${d.r.int(1000, 999999)},"full_name":"${name}","email":"${email}","phone":"${ph}","date_of_birth":"${dob}","password_hash":"${hash}"},"op":"c","ts_ms":${d.epoch()}000}`;
  }),
  t('subscription-renewal-retry', (d) => {
    const per = d.person();
    const name = d.p('name', per.full.toUpperCase());
    const card = d.f('card-number', d.card());
    const cvc = d.f('card-cvc', d.r.digits(card.startsWith('3') ? 4 : 3));
    const addr = d.p('address', d.address());
    return `retry queue billing.renewals.retry-3 -> billing.renewals.dlq
{"subscription":"sub_${d.r.b62(14)}","legacy_gateway_payload":"CARDHOLDER=${name}|PAN=${card}|CVV2=${cvc}|AVS_ADDR=${addr}","gateway_response":"05 DO NOT HONOR"}`;
  }),
  t('ach-debit-nacha', (d) => {
    const per = d.person();
    const aba = d.f('aba-routing', d.aba());
    const acct = d.f('bank-account', d.account());
    const name = d.p('name', `${per.last.toUpperCase()} ${per.first.toUpperCase()}`.slice(0, 22).trimEnd());
    const email = d.p('email', d.email(per.first, per.last));
    return `ach-originator: batch ${d.r.digits(7)} rejected by ODFI, entry moved to ach.debits.dlq
6${d.pick(['27', '22'])}${aba}${acct.padEnd(17)}${String(d.r.int(100, 999999)).padStart(10, '0')}${d.r.digits(15)}${name.padEnd(22)}  0${d.r.digits(15)}
notification pending to ${email} (R03 No Account/Unable to Locate Account)`;
  }),
  t('kyc-uk-servicebus', (d) => {
    const per = d.person();
    const name = d.p('name', per.full);
    const ni = d.p('uk-nino', `${d.r.chars('ACEHJLMPRSW', 1)}${d.r.chars('ABCEHJLMPRSW', 1)}${d.r.digits(6)}${d.pick(['A', 'B', 'C', 'D'])}`);
    const pass = d.p('passport-number', d.r.digits(9));
    const dob = d.p('date-of-birth', d.dob());
    const ph = d.p('phone', d.phone());
    return `[DeadLetter] kyc-uk/subscriptions/screening: MessageId=${d.r.hex(32)} DeliveryCount=10
{"applicant":{"name":"${name}","nationalInsuranceNumber":"${ni}","passportNumber":"${pass}","dateOfBirth":"${dob}","mobile":"${ph}"},"check":"pep_sanctions","error":"upstream 504 from screening provider"}`;
  }),
];

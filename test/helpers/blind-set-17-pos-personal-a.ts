import { belgianNn, bsn, codiceFiscale, dni, dob17, fodselsnummer, hetu, nir, pesel, personnummer, steuerId } from './blind-set-17-ids-eu';
import { aadhaar, cnId, cpf, nino, nric, rut, sin, ssn, tcKimlik, tfn, zaId } from './blind-set-17-ids-world';
import { ADDRESSES, dobText, email, PHONES, person } from './blind-set-17-people';
import { b64, iso17, jstr, ms17, pers, pos, type PosCase17 } from './blind-set-17-types';

/** Personal data in event streams, CDC, audit trails and query logs. */
export const posPersonalA: PosCase17[] = [
  (r) => {
    const v = ssn(r);
    const p = person(r);
    return pos('pers/debezium-employees', `{"before":null,"after":{"id":${r.int(1000, 9999)},"full_name":"${p.full}","ssn":"${v}","hire_date":${r.int(19000, 20500)},"dept":"Logistics"},"source":{"connector":"mysql","db":"hr","table":"employees","file":"mysql-bin.000${r.int(100, 999)}","pos":${r.num(8)}},"op":"c","ts_ms":${ms17(r)}}`, pers('us-ssn', v));
  },
  (r) => {
    const v = nino(r, true);
    return pos('pers/sqs-payroll-dlq', `[payroll-dlq] ${iso17(r)} Body={"event":"employee.updated","employeeId":"E${r.num(6)}","changes":{"ni_number":"${v}","tax_code":"1257L"}} ApproximateReceiveCount=6`, pers('uk-nino', v));
  },
  (r) => {
    const v = steuerId(r);
    return pos('pers/kafka-lohn', `ConsumerRecord(topic=hr.lohnabrechnung.v2, partition=${r.int(0, 5)}, offset=${r.num(6)}, timestamp=${ms17(r)}, key=b'MA-${r.num(5)}', value=b'{"personalnummer":"${r.num(5)}","steuerId":"${v}","steuerklasse":1,"kirchensteuer":false}')`, pers('de-steuer-id', v));
  },
  (r) => {
    const v = bsn(r);
    return pos('pers/rabbit-nl', `amqp delivery tag=${r.int(1, 9999)} exchange=zorg.events routing_key=patient.registered redelivered=true body={"patient":{"achternaam":"de Vries","bsn":"${v}","huisarts":"Praktijk Oost"}}`, pers('nl-bsn', v));
  },
  (r) => {
    const v = dni(r);
    return pos('pers/pubsub-attrs-es', `Pub/Sub message ${r.num(16)} nacked by subscriber kyc-worker: attributes={"country":"ES","documentType":"DNI","documentNumber":"${v}"} data=<${r.int(200, 900)} bytes>`, pers('es-dni', v));
  },
  (r) => {
    const v = nir(r, dob17(r));
    return pos('pers/webhook-retry-fr', `retry #3 POST https://rh.atelier-sol.fr/webhooks/onboarding -> 502, body: {"salarie":{"nom":"Marchetti","prenom":"Chloé","numero_securite_sociale":"${v}","date_entree":"2026-11-02"}}`, pers('fr-nir', v));
  },
  (r) => {
    const v = pesel(r, dob17(r));
    return pos('pers/eventbridge-pl', `{"detail-type":"CustomerVerified","source":"com.kestrel.kyc","detail":{"customerId":"${r.uuid()}","country":"PL","nationalId":{"type":"PESEL","value":"${v}"},"verifiedAt":"${iso17(r)}"}}`, pers('pl-pesel', v));
  },
  (r) => {
    const v = personnummer(r, dob17(r));
    return pos('pers/nats-se', `[nats] msg on subject "crm.contact.upsert" (${r.int(200, 600)}B) failed schema validation: {"kontakt":{"namn":"Ingrid Lindqvist","personnummer":"${v}","ort":"Göteborg"}} error=additionalProperties`, pers('se-personnummer', v));
  },
  (r) => {
    const v = hetu(r, dob17(r));
    return pos('pers/redis-xadd-fi', `"XADD" "kyc:pending" "*" "country" "FI" "henkilotunnus" "${v}" "source" "branch-app"`, pers('fi-hetu', v));
  },
  (r) => {
    const v = fodselsnummer(r, dob17(r));
    return pos('pers/servicebus-no', `Message ${r.uuid()} dead-lettered (MaxDeliveryCountExceeded) on queue 'lonn-innrapportering': {"ansatt":{"fodselsnummer":"${v}","stillingsprosent":100}}`, pers('no-fodselsnummer', v));
  },
  (r) => {
    const v = belgianNn(r, dob17(r));
    return pos('pers/pg-log-be', `${iso17(r).replace('T', ' ').slice(0, 19)} CET [${r.int(1000, 99999)}] app@crm LOG:  statement: INSERT INTO klanten (naam, rijksregisternummer, gemeente) VALUES ('Peeters', '${v}', 'Gent')`, pers('be-national-number', v));
  },
  (r) => {
    const v = codiceFiscale(r, dob17(r));
    return pos('pers/mysql-slow-it', `# Query_time: ${r.int(2, 9)}.${r.digits(6)}  Lock_time: 0.000${r.digits(3)} Rows_sent: 1  Rows_examined: ${r.num(7)}\nSET timestamp=${1796000000 + r.int(0, 9999)};\nSELECT * FROM anagrafica WHERE codice_fiscale = '${v}';`, pers('it-codice-fiscale', v));
  },
  (r) => {
    const v = cpf(r);
    return pos('pers/mongo-profiler-br', `{"op":"query","ns":"loja.clientes","command":{"find":"clientes","filter":{"cpf":"${v}"},"limit":1},"planSummary":"COLLSCAN","docsExamined":${r.num(6)},"millis":${r.int(200, 3000)}}`, pers('br-cpf', v));
  },
  (r) => {
    const v = sin(r);
    return pos('pers/hr-sync-ca', `[hr-sync] ${iso17(r)} POST https://acme.okta.com/api/v1/users/00u${r.an(17)} -> 400 E0000001 Api validation failed: profile={"employeeNumber":"E${r.num(5)}","countryCode":"CA","sin":"${v}"}`, pers('ca-sin', v));
  },
  (r) => {
    const v = aadhaar(r);
    return pos('pers/graphql-in', `GraphQLError: Variable "$input" got invalid value; Field "pan" of required type "String!" was not provided.\n  variables: {"input":{"name":"Priya Raghunathan","aadhaar":"${v}","mobile":"+91 9${r.digits(4)} ${r.digits(5)}"}}`, pers('in-aadhaar', v));
  },
  (r) => {
    const v = cnId(r, dob17(r));
    return pos('pers/bigquery-cn', `Job bquxjob_${r.hex(8)} failed: Syntax error at [1:84]\nquery: SELECT order_id FROM \`shop-prod.cn.orders\` WHERE buyer_id_card = '${v}' AND region = 'CN'`, pers('cn-resident-id', v));
  },
  (r) => {
    const v = zaId(r, dob17(r));
    return pos('pers/cloudtrail-za', `{"eventName":"PutItem","eventSource":"dynamodb.amazonaws.com","requestParameters":{"tableName":"za-applicants","item":{"idNumber":{"S":"${v}"},"province":{"S":"Gauteng"}}}}`, pers('za-id', v));
  },
  (r) => {
    const v = rut(r);
    return pos('pers/webhook-cl', `webhook delivery failed (attempt 5) to https://erp.tienda-sur.cl/hooks: {"evento":"boleta.emitida","cliente":{"rut":"${v}","nombre":"Mateo Gutiérrez"}}`, pers('cl-rut', v));
  },
  (r) => {
    const v = tcKimlik(r);
    return pos('pers/auth0-tr', `{"type":"fs","description":"Signup error: user_metadata failed validation","details":{"body":{"email_verified":false,"user_metadata":{"tc_kimlik_no":"${v}","il":"İzmir"}}},"date":"${iso17(r)}"}`, pers('tr-tckn', v));
  },
  (r) => {
    const v = nric(r, dob17(r));
    return pos('pers/snowflake-sg', `QUERY_TEXT: UPDATE members SET nric = '${v}', updated_by = 'ops' WHERE member_no = ${r.num(7)};\nERROR_MESSAGE: Numeric value 'N/A' is not recognized`, pers('sg-nric', v));
  },
  (r) => {
    const v = tfn(r);
    return pos('pers/k8s-audit-au', `{"kind":"Event","verb":"create","requestURI":"/apis/batch/v1/namespaces/payroll/jobs","requestObject":{"spec":{"template":{"spec":{"containers":[{"name":"stp-lodge","args":["--employee","E${r.num(5)}","--tfn","${v}"]}]}}}}}`, pers('au-tfn', v));
  },
  (r) => {
    const p = person(r);
    const e = email(r, p.first, p.last);
    return pos('pers/sns-bounce', `{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"${e}","action":"failed","status":"5.1.1"}],"timestamp":"${iso17(r)}"},"mail":{"source":"noreply@kestrel-analytics.io","messageId":"${r.hex(16)}-${r.uuid()}-000000"}}`, pers('email', e));
  },
  (r) => {
    const ph = PHONES['e164']!(r).replace('+', '%2B');
    return pos('pers/twilio-status-cb', `POST /hooks/twilio/status 500 (${r.int(3, 90)}ms) body: SmsSid=SM${r.hex(32)}&SmsStatus=undelivered&To=${ph}&From=%2B1${r.pick(['415', '646', '312'])}${r.int(200, 999)}${r.digits(4)}&ErrorCode=30003`, pers('phone-urlenc', ph));
  },
  (r) => {
    const b = dob17(r);
    const d = dobText(b, 'iso');
    return pos('pers/kafka-headers-dob', `headers=[content-type=application/json, x-source=branch-kiosk] value={"applicant":{"givenName":"Elif","familyName":"Haddad","dateOfBirth":"${d}","nationality":"TR"}}`, pers('dob', d));
  },
  (r) => {
    const a = ADDRESSES['de']!(r);
    return pos('pers/debezium-de-address', `{"op":"u","after":{"kunde_id":${r.num(6)},"lieferadresse":"${a}","telefon":null},"source":{"table":"kunden","db":"shop"}}`, pers('address', a));
  },
  (r) => {
    const a = ADDRESSES['us']!(r);
    return pos('pers/shipping-webhook', `Webhook ${r.uuid()} retry 2/10: {"event":"shipment.label_created","ship_to":{"name":"Hannah Whitfield","address":"${a}"},"carrier":"UPS"}`, pers('address', a));
  },
  (r) => {
    const e = email(r);
    const d = b64(JSON.stringify({ type: 'newsletter.subscribe', email: e, locale: 'en-GB' }));
    return pos('pers/pubsub-data-email', `{"message":{"data":"${d}","messageId":"${r.num(16)}"},"subscription":"projects/mkt/subscriptions/subscribers","deliveryAttempt":${r.int(5, 9)}}`, pers('pubsub-data-b64', d));
  },
  (r) => {
    const ph = PHONES['in']!(r);
    return pos('pers/pagerduty-audit', `{"records":[{"id":"${r.an(26)}","execution_time":"${iso17(r)}","action":"create","root_resource":{"type":"user_reference","summary":"Priya Raghunathan"},"details":{"resource":{"type":"phone_contact_method"},"fields":[{"name":"address","value":"${jstr(ph)}"},{"name":"country_code","value":"91"}]}}]}`, pers('phone', ph));
  },
];

import { idGen16 } from './blind-set-16-ids';
import { addressGen16, dob16, fullName, mailbox, passportGen16, phoneGen16 } from './blind-set-16-people';
import { iso16, pers, pos, type PosCase16 } from './blind-set-16-types';

const id = (k: string) => idGen16[k]!;
const ph = (k: string) => phoneGen16[k]!;

/** Personal data as frameworks print it: ORM binds, task arguments, struct dumps, structured events, Sentry user context. */
export const personalB: PosCase16[] = [
  (r) => {
    const dni = id('es-dni')(r), p = `+34 6${r.digits(2)} ${r.digits(3)} ${r.digits(3)}`;
    return pos('jobs/celery-kyc-dni', `[${iso16(r)}: ERROR/ForkPoolWorker-2] Task kyc.tasks.verify_identity[${r.uuid()}] raised unexpected: TimeoutError()
args=('${dni}', 'Lucía', 'Sánchez Ortega') kwargs={'telefono': '${p}', 'provider': 'onfido'}`, pers('es-dni', dni), pers('phone', p));
  },
  (r) => {
    const nir = id('fr-nir')(r), e = mailbox(r, 'Camille Laurent');
    return pos('sentry/user-extra-nir', `{"event_id":"${r.hex(32)}","level":"error","platform":"python","user":{"id":"${r.int(10000, 99999)}","email":"${e}","ip_address":"{{auto}}"},"extra":{"numero_securite_sociale":"${nir}","mutuelle":"MGEN"},"exception":{"values":[{"type":"ValidationError","value":"Carte Vitale expirée"}]}}`, pers('fr-nir', nir), pers('email', e));
  },
  (r) => {
    const pesel = id('pl-pesel')(r), p = ph('pl')(r);
    return pos('php/monolog-pesel', `[${iso16(r).replace('T', ' ').slice(0, 19)}] app.WARNING: Przelewy24 verify failed {"order":"P24-${r.digits(9)}","customer":{"imie":"Katarzyna","nazwisko":"Wiśniewska","pesel":"${pesel}","telefon":"${p}"}} []`, pers('pl-pesel', pesel), pers('phone', p));
  },
  (r) => {
    const pn = id('se-personnummer')(r);
    return pos('kyc/bankid-collect', `bankid-rp: collect returned failed/hintCode=userCancel orderRef=${r.uuid()}
completionData={"user":{"personalNumber":"${pn}","name":"Linnea Lindqvist","givenName":"Linnea","surname":"Lindqvist"},"device":{"ipAddress":"${r.int(80, 95)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}"}}`, pers('se-personnummer', pn));
  },
  (r) => {
    const hetu = id('fi-hetu')(r), p = `+358 40 ${r.digits(3)} ${r.digits(4)}`;
    return pos('go/struct-hetu', `ERRO[0042] kela-sync: rejecting applicant err="postal code missing" applicant="{ID:${r.int(1000, 9999)} Name:Eeva Virtanen Hetu:${hetu} Phone:${p} Municipality:091}"`, pers('fi-hetu', hetu), pers('phone', p));
  },
  (r) => {
    const rrn = id('kr-rrn')(r), p = `010-${r.digits(4)}-${r.digits(4)}`;
    return pos('jvm/tostring-rrn', `${iso16(r)} ERROR [toss-pay-callback] c.c.p.PaymentCallbackHandler - unmatched order for Customer(name=김지현, residentRegistrationNumber=${rrn}, mobile=${p}, grade=VIP)`, pers('kr-rrn', rrn), pers('phone', p));
  },
  (r) => {
    const cnp = id('ro-cnp')(r);
    return pos('php/print-r-cnp', `PHP Warning:  Undefined index: judet in /var/www/anaf/Declaratie.php on line 211
Array
(
    [nume] => Popescu
    [prenume] => Ioana
    [cnp] => ${cnp}
    [localitate] => Cluj-Napoca
)`, pers('ro-cnp', cnp));
  },
  (r) => {
    const oib = id('hr-oib')(r), e = mailbox(r, 'Luka Horvat');
    return pos('dotnet/serilog-oib', `{"@t":"${iso16(r)}","@mt":"Fiscalization failed for {@Buyer}","@l":"Error","Buyer":{"Name":"Luka Horvat","Oib":"${oib}","Email":"${e}","$type":"BuyerDto"},"SourceContext":"Pos.Fiskal.CisClient"}`, pers('hr-oib', oib), pers('email', e));
  },
  (r) => {
    const tc = id('tr-tckn')(r), p = `+90 5${r.digits(2)} ${r.digits(3)} ${r.digits(2)} ${r.digits(2)}`;
    return pos('jobs/rq-tckn', `rq.worker: high: einvoice.jobs.issue(customer={'ad_soyad': 'Elif Yıldız', 'tc_kimlik_no': '${tc}', 'gsm': '${p}'}, invoice_id=${r.int(1000, 99999)}) (${r.uuid()})
rq.worker ERROR: GIB portal returned 500`, pers('tr-tckn', tc), pers('phone', p));
  },
  (r) => {
    const pass = passportGen16.us!(r), dob = dob16(r, 'mdy');
    return pos('jvm/hibernate-passport', `Hibernate: update travelers set passport_number=?, birth_date=?, nationality=? where id=?
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [1] as [VARCHAR] - [${pass}]
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [2] as [VARCHAR] - [${dob}]
TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter [3] as [VARCHAR] - [US]
WARN  o.h.engine.jdbc.spi.SqlExceptionHelper - SQL Error: 1406, SQLState: 22001`, pers('passport', pass), pers('dob', dob));
  },
  (r) => {
    const addr = addressGen16.uk!(r), p = ph('uk')(r), e = mailbox(r, fullName(r, 'us'));
    return pos('crm/hubspot-webhook-uk', `hubspot-webhook: contact.propertyChange processing error (ValueError: unknown lifecycle stage)
[{"objectId":${r.int(100000, 9999999)},"propertyName":"address","propertyValue":"${addr}","changeSource":"CRM_UI"},{"propertyName":"mobilephone","propertyValue":"${p}"},{"propertyName":"email","propertyValue":"${e}"}]`, pers('address', addr), pers('phone', p), pers('email', e));
  },
  (r) => {
    const addr = addressGen16.in!(r), p = ph('in')(r);
    return pos('psp/razorpay-webhook-addr', `razorpay-webhook: signature ok, handler failed: order.paid -> Shiprocket 422
{"entity":"event","event":"order.paid","payload":{"payment":{"entity":{"contact":"${p}","notes":{"shipping_address":"${addr}"}}}}}`, pers('phone', p), pers('address', addr));
  },
  (r) => {
    const addr = addressGen16.br!(r), p = ph('br')(r);
    return pos('jobs/sidekiq-br-address', `WARN: {"context":"Job raised exception","job":{"class":"Correios::CreateShipmentJob","args":[{"destinatario":"Luana Nascimento","endereco":"${addr}","celular":"${p}"}],"jid":"${r.hex(24)}"},"error_class":"Correios::CepInvalido"}`, pers('address', addr), pers('phone', p));
  },
  (r) => {
    const us = ph('us')(r), e = mailbox(r, fullName(r, 'us'));
    return pos('otel/span-attrs-user', `span POST /api/checkout status=ERROR
  enduser.id="${e}"
  app.customer.phone="${us}"
  exception.type="PaymentDeclined"`, pers('email', e), pers('phone', us));
  },
  (r) => {
    const ng = ph('ng')(r), ke = ph('ke')(r);
    return pos('psp/flutterwave-webhook-phones', `flw-webhook: charge.completed handler 500 (no matching wallet)
{"event":"charge.completed","data":{"customer":{"name":"Chinedu Okafor","phone_number":"${ng}"},"meta":{"beneficiary_msisdn":"${ke}"}}}`, pers('phone', ng), pers('phone', ke));
  },
  (r) => {
    const mx = ph('mx')(r), au = ph('au')(r), de = ph('de')(r);
    return pos('crm/zendesk-users-csv', `zendesk-export: import failed at row 3 (duplicate external_id)
name,phone,locale
"Rocío Hernández","${mx}",es-MX
"Brett Hendricks","${au}",en-AU
"Torben Wiesner","${de}",de`, pers('phone', mx), pers('phone', au), pers('phone', de));
  },
];

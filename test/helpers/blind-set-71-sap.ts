import { fit71, host71, ip71, jsonEsc71, padR71, ts71, up71, z71, type Tpl71 } from './blind-set-71-core';
import { bsn71, cnId71, cpf71, dni71, iban71, nir71, pesel71, pnr71, steuerId71 } from './blind-set-71-ids';
import { jwt71, pw71, xsuaa71 } from './blind-set-71-keys';
import { addr71, dobText71, email71, person71, phone71 } from './blind-set-71-people';

const T = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'sap', name, make });

/** A national id of the person's country with its kind. */
function natId(x: Parameters<Tpl71['make']>[0], r: Parameters<Tpl71['make']>[1], country: string): string {
  switch (country) {
    case 'DE': return x.p('de-steuer-id', steuerId71(r));
    case 'FR': return x.p('fr-nir', nir71(r));
    case 'ES': return x.p('es-dni', dni71(r));
    case 'NL': return x.p('nl-bsn', bsn71(r));
    case 'PL': return x.p('pl-pesel', pesel71(r));
    case 'SE': return x.p('se-personnummer', pnr71(r));
    case 'BR': return x.p('br-cpf', cpf71(r));
    default: return x.p('cn-resident-id', cnId71(r));
  }
}

const CULT: Record<string, string> = { DE: 'de', FR: 'fr', ES: 'es', NL: 'nordic', PL: 'pl', SE: 'nordic', BR: 'br', CN: 'cn' };

/** SAP RFC, JCo, IDoc and BTP failures. */
export const SAP71: Tpl71[] = [
  T('pyrfc-logon', (x, r) => {
    return `Traceback (most recent call last):
  File "/opt/edi/sap_pull_idocs.py", line ${r.int(20, 90)}, in <module>
    conn = Connection(**params)
  File "src/pyrfc/_cyrfc.pyx", line 240, in pyrfc._cyrfc.Connection.__init__
pyrfc._exception.LogonError: RFC_LOGON_FAILURE (rc=2): key=RFC_LOGON_FAILURE, message=Name or password is incorrect (repeat logon) [MSG: class=00, type=E, number=152]
params = {'ashost': '${host71(r)}', 'sysnr': '${z71(r.int(0, 10), 2)}', 'client': '${r.pick(['100', '200', '800'])}', 'user': 'RFC_EDI_${r.int(1, 9)}', 'passwd': '${x.c('sap-password', pw71(r).replace(/['\\]/g, '#'))}', 'lang': 'EN'}`;
  }),
  T('jco-properties', (x, r) => {
    return `com.sap.conn.jco.JCoException: (103) RFC_ERROR_LOGON_FAILURE: Password logon no longer possible - too many failed attempts
\tat com.sap.conn.jco.rt.MiddlewareJavaRfc.generateJCoException(MiddlewareJavaRfc.java:${r.int(600, 700)})
Destination ABAP_AS_POOLED (from ABAP_AS_POOLED.jcoDestination):
jco.client.ashost=${host71(r)}
jco.client.sysnr=00
jco.client.client=${r.pick(['100', '300'])}
jco.client.user=JCO_EDI
jco.client.passwd=${x.c('sap-password', pw71(r))}
jco.client.lang=en
jco.destination.pool_capacity=3`;
  }),
  T('sapnwrfc-ini', (x, r) => {
    return `RfcOpenConnection failed: RFC_COMMUNICATION_FAILURE - partner '${ip71(r)}:sapgw00' not reached
sapnwrfc.ini in use:
DEST=EDIPRD
ASHOST=${host71(r)}
SYSNR=00
CLIENT=100
USER=RFC_IDOC
PASSWD=${x.c('sap-password', pw71(r).replace(/\s/g, ''))}
LANG=DE
TRACE=3`;
  }),
  T('hrmd-idoc', (x, r) => {
    const c = r.pick(['DE', 'FR', 'ES', 'NL', 'PL', 'SE']);
    const p = person71(r, CULT[c]);
    const a = addr71(r, c);
    return `IDoc ${z71(r.int(1, 9999999), 16)} status 51: Application document not posted (HRMD_A07, message HR_PA 023: Infotype 0009 bank key does not exist)
EDI_DC40  ${r.pick(['100', '800'])}${z71(r.int(1, 9999999), 16)}740 30        HRMD_A07                      HRMD_A
E1P0002   ${r.digits(8)}0002          ${padR71(x.p('person-name', fit71(p.last, 40)), 40)}${padR71(x.p('person-name', fit71(p.first, 40)), 40)}${x.p('date-of-birth', dobText71(r, 'sap'))}
E1P0006   ${r.digits(8)}0006    1     ${padR71(x.p('street-address', fit71(a.street, 60)), 60)}${padR71(a.postal, 10)}${a.city}
E1P0009   ${r.digits(8)}0009    0     ${c}${padR71(r.digits(8), 15)}${padR71(x.f('iban', iban71(r, c)), 34)}
E1P0185   ${r.digits(8)}0185    ${padR71(natId(x, r, c), 30)}`;
  }),
  T('debmas-idoc-json', (x, r) => {
    const c = r.pick(['DE', 'NL', 'FR', 'BR']);
    const p = person71(r, CULT[c]);
    const a = addr71(r, c);
    return `{"level":"ERROR","logger":"cpi.iflow.DEBMAS_to_CRM","message":"HTTP 400 from CRM: duplicate tax number","idoc":{"E1KNA1M":{"KUNNR":"00${r.digits(8)}","NAME1":"${x.p('person-name', jsonEsc71(p.full))}","STRAS":"${x.p('street-address', jsonEsc71(a.street))}","ORT01":"${jsonEsc71(a.city)}","PSTLZ":"${a.postal}","TELF1":"${x.p('phone', phone71(r, c === 'BR' ? 'BR' : c === 'FR' ? 'FR' : 'DE'))}","STCD1":"${natId(x, r, c)}","E1KNBKM":{"BANKS":"${c}","IBAN":"${x.f('iban', iban71(r, c === 'BR' ? 'PT' : c))}"}}}}`;
  }),
  T('btp-destination', (x, r) => {
    return `[${ts71(r)}] ERROR com.sap.cloud.sdk.cloudplatform.connectivity.exception.DestinationAccessException: Failed to get destination EDI_S4 (401 from xsuaa)
VCAP_SERVICES.xsuaa[0].credentials = {"clientid":"sb-edi-bridge!t${r.int(1000, 99999)}","clientsecret":"${x.c('sap-xsuaa-client-secret', xsuaa71(r))}","url":"https://${r.pick(['acme', 'globex'])}.authentication.eu10.hana.ondemand.com","xsappname":"edi-bridge!t${r.int(1000, 99999)}"}
destination.Password=${x.c('sap-password', pw71(r))}`;
  }),
  T('sap-po-channel', (x, r) => {
    const p = person71(r, r.pick(['de', 'pl', 'tr']));
    return `${ts71(r)} Error MP: exception caught with cause com.sap.aii.af.service.util.transaction.api.TxManagerException: CC_SFTP_Payroll_Receiver (SFTP adapter) - Authentication failed for user payroll_po
Channel parameters: Server=${host71(r)} Port=22 AuthMethod=UserPassword User=payroll_po Password=${x.c('sftp-password', pw71(r))}
Payload (PAYMUL line 3): ${x.p('person-name', up71(p.full))} ${x.f('iban', iban71(r, 'DE', true))} EUR ${r.int(1000, 9000)},${r.int(10, 99)}`;
  }),
  T('cpi-oauth-jwt', (x, r) => {
    const p = person71(r);
    return `Message processing log ${r.hex(32)} (iFlow: EmployeeReplication) FAILED
com.sap.it.rt.adapter.http.api.exception.HttpResponseException: An internal server error occured: HTTP 403 from SuccessFactors OData
Authorization: Bearer ${x.c('jwt', jwt71(r, { iss: 'https://api.successfactors.eu', sub: 'sfapi_cpi', company: `ACME${r.int(1, 9)}` }))}
Payload: {"d":{"personIdExternal":"${r.digits(6)}","firstName":"${x.p('person-name', jsonEsc71(p.first))}","lastName":"${x.p('person-name', jsonEsc71(p.last))}","email":"${x.p('email', email71(r, p))}","dateOfBirth":"${x.p('date-of-birth', dobText71(r, 'iso'))}"}}`;
  }),
];


import type { Area53 } from './blind-set-53-types';

/** Work orders, CMMS and property management: ServiceChannel, Corrigo, UpKeep, Fiix, MaintainX, Limble, ServiceTitan, Maximo, Yardi, AppFolio, Entrata. */
export const CMMS53: Area53 = {
  area: 'cmms',
  templates: [
    ['servicechannel-token', 6, (c) => `POST https://login.servicechannel.com/oauth/token HTTP/1.1\nAuthorization: Basic ${c.basic(`SB.${c.int(2000000000, 2099999999)}.${c.b62(8)}`, c.b62(16))}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username=fm.dispatch&password=${c.urlPw()}\n\nHTTP/1.1 200 OK\n{"access_token":"${c.cred('oauth_token', c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 300))}","token_type":"bearer","expires_in":3599,"refresh_token":"${c.b62Key('refresh_token', 32)}"}`],
    ['servicechannel-wo-webhook', 5, (c) => {
      const p = c.person();
      return `{"EventType":"WorkOrderCreated","WorkOrder":{"Id":${c.int(100000000, 399999999)},"PurchaseNumber":"${c.int(1000000, 9999999)}","Location":{"StoreId":"${c.int(100, 9999)}"},"Caller":"${c.name(p).name}","CallerPhone":"${c.phone()}","Description":"Walk-in cooler at 48F, tech to call ${c.email(p)}","Nte":750.00}}`;
    }],
    ['corrigo-soap', 5, (c) => `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ws="http://corrigo.com/integration/">\n  <soapenv:Header>\n    <ws:CorrigoNetOAuthHeader><ws:ClientId>${c.uuid()}</ws:ClientId><ws:ClientSecret>${c.b62Key('oauth_client_secret', 44)}</ws:ClientSecret></ws:CorrigoNetOAuthHeader>\n  </soapenv:Header>\n  <soapenv:Body><ws:Execute><ws:request><ws:Customer><ws:DisplayAs>${c.name().name}</ws:DisplayAs><ws:Contact><ws:Email>${c.email()}</ws:Email><ws:Phone>${c.phone()}</ws:Phone></ws:Contact></ws:Customer></ws:request></ws:Execute></soapenv:Body>\n</soapenv:Envelope>`],
    ['upkeep-session', 5, (c) => {
      const tok = c.b62(32);
      return `$ http POST https://api.onupkeep.com/api/v2/auth email=${c.email()} password='${c.pw()}'\n{"success":true,"result":{"sessionToken":"${c.cred('session_token', tok)}","expiresAt":"${c.ts()}"}}\n$ http GET https://api.onupkeep.com/api/v2/work-orders/ Session-Token:${tok}`;
    }],
    ['fiix-properties', 5, (c) => `# fiix-connector.properties\nfiix.host=${c.gc()}.macmms.com\nfiix.appKey=macmmsackp${c.hex(26)}\nfiix.accessKey=macmmsaakp${c.hex(26)}\nfiix.secretKey=${c.cred('api_secret', `macmmsaskp${c.hex(44)}`)}\nspring.datasource.url=jdbc:postgresql://pg-cmms.internal:5432/assets\nspring.datasource.username=fiix_sync\nspring.datasource.password=${c.pw()}\n`],
    ['maintainx-node', 5, (c) => `AxiosError: Request failed with status code 429\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n    method: 'post',\n    url: 'https://api.getmaintainx.com/v1/workorders',\n    headers: { Authorization: 'Bearer ${c.jwt({ organizationId: c.int(10000, 99999), userId: c.int(100000, 999999) }, 'HS256')}' },\n    data: '{"title":"Replace MERV-13 filters AHU-${c.int(1, 12)}","assignees":[{"type":"USER","id":${c.int(100000, 999999)}}],"requesterEmail":"${c.email()}"}'\n  }`],
    ['limble-curl', 5, (c) => {
      const id = c.b62(20);
      const sec = c.b62(40);
      return `curl -u ${c.cred('api_key_id', id)}:${c.cred('api_secret', sec)} "https://api.limblecmms.com/v2/tasks?assets=${c.int(1000, 99999)}&status=0"\n# Authorization: Basic ${c.basic(id, sec)}`;
    }],
    ['servicetitan-dispatch', 6, (c) => {
      const p = c.person();
      return `ST-App-Key: ak1.${c.b62(26)}\nclient_id=cid.${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25)}\nclient_secret=${c.cred('oauth_client_secret', `cs1.${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 50)}`)}\n--- job #${c.int(10000000, 99999999)} booked ---\ncustomer: ${c.name(p).name}\nservice address: ${c.address()}\nphone: ${c.phone()}\ncard: ${c.card()} exp ${c.int(1, 12)}/${c.int(26, 30)} cvv ${c.cvv()}`;
    }],
    ['maximo-mxe', 5, (c) => `BMXAA7901E - You cannot log in at this time. Contact the system administrator.\n[${c.ts()}] MXServer: login failed for maxadmin via ${c.ip()}\nmaximo.properties:\nmxe.db.url=jdbc:db2://maxdb76:50005/maxdb76\nmxe.db.user=maximo\nmxe.db.password=${c.pw()}\nmxe.int.apikey=${c.cred('api_key', c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}`],
    ['yardi-soap', 6, (c) => `<soap:Body><GetResidentData xmlns="http://tempuri.org/YSI.Interfaces.WebServices/ItfResidentData">\n  <UserName>${c.gc()}_itf</UserName>\n  <Password>${c.pw()}</Password>\n  <ServerName>afqoml_live</ServerName>\n  <Database>afqoml_live</Database>\n  <Platform>SQL Server</Platform>\n  <InterfaceEntity>Acme Facilities</InterfaceEntity>\n  <InterfaceLicense>${c.cred('license_key', c.r.b64(180))}</InterfaceLicense>\n  <YardiPropertyId>${c.r.chars('abcdefghijklmnopqrstuvwxyz', 3)}${c.int(10, 99)}</YardiPropertyId>\n</GetResidentData></soap:Body>`],
    ['appfolio-tenant', 5, (c) => {
      const p = c.person();
      return `GET https://${c.b62(20)}:${c.cred('api_secret', c.b62(32))}@${c.gc()}.appfolio.com/api/v1/reports/rent_roll.json\n{"results":[{"Unit":"${c.int(101, 999)}","Tenant":"${c.name(p).name}","Email":"${c.email(p)}","PhoneNumbers":"Mobile: ${c.phone()}","Rent":"${c.int(1200, 4200)}.00","MoveIn":"2022-0${c.int(1, 9)}-01"}]}`;
    }],
    ['entrata-api', 5, (c) => `POST https://${c.gc()}.entrata.com/api/v1/leases HTTP/1.1\nX-Api-Key: ${c.cred('api_key', c.uuid())}\n{"auth":{"type":"basic"},"method":{"name":"getLeases","params":{"propertyId":"${c.int(100000, 999999)}"}}}\n--> 200 {"response":{"result":{"leases":{"lease":[{"customers":{"customer":[{"firstName":"${c.person().first}","email":"${c.email()}","ssn":"${c.ssn()}","dateOfBirth":"${c.dob()}"}]}}]}}}}`],
    ['tenant-portal-ach', 5, (c) => {
      const p = c.person();
      return `rent_autopay_enrollment id=${c.uuid()} resident="${c.name(p).name}" email=${c.email(p)} bank_routing=${c.aba()} bank_account=${c.account()} account_type=checking ip=${c.ip()} user_agent="Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"`;
    }],
    ['cmms-sql-dump', 5, (c) => {
      const mk = (): string => {
        const p = c.person();
        return `(${c.int(1000, 9999)}, '${c.name(p).name}', '${c.email(p)}', '${c.phone()}', '${c.pw()}', 'technician')`;
      };
      return `-- pg_dump excerpt from cmms_prod\nINSERT INTO public.users (id, full_name, email, mobile, legacy_password, role) VALUES\n${mk()},\n${mk()};`;
    }],
    ['work-order-email', 5, (c) => {
      const p = c.person();
      return `From: ${c.name(p).name} <${c.email(p)}>\nTo: facilities@${c.gc()}.com\nSubject: RE: WO-${c.int(20000, 99999)} HVAC not cooling\n\nThe tech can get in with the lockbox code, and the Wi-Fi for the thermostat is "Unit${c.int(100, 999)}-5G" password ${c.pw()}. My cell is ${c.phone()}. Please don't come before 10am.`;
    }],
    ['emaint-log', 5, (c) => `2024-0${c.int(1, 9)}-2${c.int(0, 8)} 22:41:17.${c.r.digits(3)} ERROR [x3-sync] Fluke eMaint X4 API rejected key: X4-Api-Key=${c.hexKey('api_key', 40)}; meter=${c.int(100, 999)}; technician=${c.name().name}; reported_from=${c.ip()}`],
  ],
};

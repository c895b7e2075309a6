import type { Area53 } from './blind-set-53-types';

/** Field crews, timesheets, certified payroll, fleet and telematics: Rhumbix, ClockShark, ExakTime, HCSS, Raken, busybusy, Samsara, Motive, Geotab, ADP. */
export const FIELD53: Area53 = {
  area: 'field',
  templates: [
    ['clock-in-gps', 6, (c) => {
      const p = c.person();
      return `POST /v2/punches Authorization: Bearer ${c.b62Key('api_token', 40)}\n{"event":"clock_in","employee":{"id":${c.int(1000, 99999)},"name":"${c.name(p).name}","phone":"${c.phone()}"},"job":"J-${c.int(2023, 2025)}-${c.int(100, 999)}","cost_code":"03-3000","location":{"lat":${c.lat()},"lng":${c.lon()},"accuracy_m":${c.int(3, 40)}},"device_ip":"${c.ip()}","ts":"${c.ts()}"}`;
    }],
    ['wh347-certified-payroll', 6, (c) => {
      const row = (): string => {
        const p = c.person();
        return `"${p.last}, ${p.first}",${c.ssn()},"${c.street()}",Laborer Group ${c.int(1, 4)},${c.int(32, 48)},$${c.int(28, 62)}.${c.r.digits(2)}`;
      };
      return `# WH-347 export, contract ${c.digits(6)}, payroll week ending 2024-0${c.int(1, 9)}-1${c.int(0, 9)}\nname,ssn,address,classification,hours,rate\n${row()}\n${row()}`;
    }],
    ['i9-onboarding', 5, (c) => {
      const p = c.person();
      return `onboarding-svc ERROR I9Validator: document mismatch for new hire ${c.name(p).name} (dob ${c.dob()}): list A passport ${c.passport()} expired; ssn on W-4 ${c.ssn()}; home ${c.address()}; direct deposit routing ${c.aba()} acct ${c.account()}`;
    }],
    ['rhumbix-export', 5, (c) => {
      const p = c.person();
      return `$ rhumbix-cli timecards export --project ${c.int(1000, 9999)} --token ${c.hexKey('api_token', 40)}\nforeman,employee,email,st_hours,ot_hours,signature_ip\n"${c.name().name}","${c.name(p).name}","${c.email(p)}",8.0,${c.int(0, 4)}.5,${c.ip()}`;
    }],
    ['clockshark-webhook', 5, (c) => `POST /hooks/clockshark HTTP/1.1\nX-ClockShark-Signature: sha256=${c.hex(64)}\nAuthorization: Bearer ${c.b62Key('api_token', 40)}\n\n{"Type":"ClockOut","Employee":{"FirstName":"${c.person().first}","Email":"${c.email()}","Mobile":"${c.phone()}"},"GPS":{"Latitude":${c.lat()},"Longitude":${c.lon()}}}`],
    ['exaktime-sql', 5, (c) => `Msg 18456, Level 14, State 1, Server EXAKTIME-SQL, Line 1\nLogin failed for user 'tsm_reader'.\n-- connection string from TimeSummit.exe.config:\n<add name="TSM" connectionString="Data Source=exaktime-sql\\\\SQLEXPRESS;Initial Catalog=TimeSummit;User ID=tsm_reader;Password=${c.pw()};" providerName="System.Data.SqlClient" />\n<add key="SmtpPassword" value="${c.pw()}" />`],
    ['hcss-heavyjob', 5, (c) => `hcss.client.auth | 401 invalid_client | POST https://api.hcssapps.com/identity/connect/token\nform: client_id=${c.uuid()}&client_secret=${c.b62Key('oauth_client_secret', 32)}&grant_type=client_credentials&scope=heavyjob%3Aread%20timecards%3Aread\nforeman on record: ${c.name().name} (${c.phone()})`],
    ['raken-daily-report', 5, (c) => {
      const p = c.person();
      return `Daily report ${c.int(100000, 999999)} - incident note:\n"${c.name(p).name} (DOB ${c.dob()}) cut left hand on rebar, taken to urgent care. Emergency contact ${c.name().name} ${c.phone()}. Claim filed under policy; worker address ${c.address()}."\nraken_api_token=${c.b62Key('api_token', 48)}`;
    }],
    ['samsara-fleet', 6, (c) => `samsara-poller: GET https://api.samsara.com/fleet/vehicles/stats?types=gps -H "Authorization: Bearer ${c.cred('samsara_token', `samsara_api_${c.b62(30)}`)}"\n{"data":[{"id":"${c.digits(15)}","name":"Dump Truck 14","gps":{"latitude":${c.lat()},"longitude":${c.lon()},"reverseGeo":{"formattedLocation":"${c.address()}"}},"driver":{"name":"${c.name().name}"}}]}`],
    ['motive-eld', 5, (c) => `WARN  motive.KeepTruckinClient - 401 for https://api.keeptruckin.com/v1/users?role=driver X-Api-Key=${c.cred('api_key', c.uuid())} driver.first_name=${c.person().first} driver.email=${c.email()} driver.phone=${c.phone()} driver.drivers_license_number=${c.driverLicense()}`],
    ['geotab-auth', 5, (c) => `{"method":"Authenticate","params":{"database":"${c.gc()}_fleet","userName":"${c.email()}","password":"${c.pw()}"}}\n{"result":{"credentials":{"database":"${c.gc()}_fleet","sessionId":"${c.b62Key('session_token', 22)}","userName":"redacted"},"path":"my${c.int(100, 999)}.geotab.com"}}`],
    ['adp-payroll-go', 5, (c) => {
      const p = c.person();
      return `panic: adp: worker sync failed: POST https://api.adp.com/hr/v2/workers: 400 Bad Request\n\ngoroutine 1 [running]:\nmain.syncWorker(0xc0001a2000)\n\t/src/crewsync/main.go:212 +0x3f1\npayload: {"person":{"legalName":{"givenName":"${p.first}","familyName1":"${p.last}"},"governmentIDs":[{"idValue":"${c.ssn(false)}","nameCode":{"codeValue":"SSN"}}],"birthDate":"${c.dob()}"},"ssl_key_pass":"${c.pw()}"}`;
    }],
    ['uk-cis-subbie', 5, (c) => {
      const p = c.person();
      return `CIS verification request (HMRC) — subcontractor ${c.name(p).name}\nUTR: ${c.utr()}\nNINO: ${c.nino()}\nAddress: ${c.ukAddress()}\nMobile: ${c.ukPhone()}\nPay to: sort ${c.sortCode()} acc ${c.ukAccount()}\nGovernment Gateway password (pls delete after): ${c.pw()}`;
    }],
    ['canada-crew-onboard', 5, (c) => {
      const p = c.person();
      return `[crew-onboard] ${c.ts()} INFO new hire record {name: "${c.name(p).name}", sin: "${c.sin()}", email: "${c.email(p)}", mobile: "${c.phone()}", union_local: ${c.int(100, 999)}, direct_deposit: {transit: "${c.r.digits(5)}", institution: "00${c.int(1, 9)}", account: "${c.account()}"}}`;
    }],
    ['au-site-induction', 5, (c) => {
      const p = c.person();
      return `SiteInduction.Api.ValidationException: TFN ${c.tfn()} failed ATO format check for worker ${c.name(p).name} <${c.email(p)}> (White Card ${c.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 1)}${c.r.digits(6)}), mobile +61 4${c.r.digits(2)} ${c.r.digits(3)} ${c.r.digits(3)}\n   at SiteInduction.Api.Workers.Create(WorkerDto dto)`;
    }],
    ['crew-sms-bulk', 5, (c) => `curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC${c.hex(32)}/Messages.json \\\n  --data-urlencode "To=${c.phone()}" --data-urlencode "Body=Pour moved to 5am, gate code changes tomorrow" \\\n  -u AC${c.hex(32)}:${c.twilioToken()}`],
    ['busybusy-graphql', 5, (c) => `{"query":"mutation { createMember(input: {firstName: \\"${c.person().first}\\", username: \\"${c.email()}\\", phone: \\"${c.phone()}\\", pinCode: \\"${c.r.digits(4)}\\"}) { id } }"}\n-- key-authorization: ${c.hexKey('api_key', 64)}`],
  ],
};

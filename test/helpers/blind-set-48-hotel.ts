import type { Ctx48 } from './blind-set-48-ctx';

/** A template: draws values from the context, plants them and returns the text. */
export type Make48 = (c: Ctx48) => string;

/** Hotel property-management systems (Mews, Cloudbeds, OPERA Cloud / OHIP, Apaleo, Protel, RMS, Stayntouch). */
export const HOTEL_PMS: Record<string, Make48> = {
  'mews-connector-request': (c) => {
    const ct = c.mews(); const at = c.mews();
    return `[2026-03-14 09:12:44,118] DEBUG mews.connector POST https://api.mews.com/api/connector/v1/customers/add\n{"ClientToken":"${ct}","AccessToken":"${at}","Client":"SunsetHotelsSync 2.4.1","FirstName":"${c.given()}","LastName":"${c.surname()}","Email":"${c.email()}","Phone":"${c.phone()}","BirthDate":"${c.dob()}","NationalityCode":"GB"}`;
  },
  'cloudbeds-env': (c) =>
    `# cloudbeds integration (.env.production)\nCLOUDBEDS_PROPERTY_ID=${c.r.int(100000, 399999)}\nCLOUDBEDS_CLIENT_ID=live1_${c.r.int(100000, 999999)}_${c.r.b62(8)}\nCLOUDBEDS_CLIENT_SECRET=${c.alnum('oauth-client-secret', 32)}\nCLOUDBEDS_API_KEY=cbat_${c.cred('cloudbeds-api-key', c.r.b62(32))}\nDATABASE_URL=postgres://pms_sync:${c.urlPw()}@pms-db.internal.sunsetgroup.net:5432/reservations\nSENTRY_ENVIRONMENT=production\n`,
  'opera-ohip-token': (c) => {
    const secret = c.alnum('oauth-client-secret', 36);
    return `$ curl -s -X POST "https://mtce4.hospitality-api.us-ashburn-1.ocs.oraclecloud.com/oauth/v1/tokens" \\\n  -H "Content-Type: application/x-www-form-urlencoded" \\\n  -H "x-app-key: ${c.r.uuid()}" \\\n  -H "enterpriseId: SNHG" \\\n  --data-urlencode "username=SNHG_INTEGRATION" \\\n  --data-urlencode "password=${c.pw()}" \\\n  --data-urlencode "grant_type=password" \\\n  -u "SNHG_Client:${secret}"\n{"access_token":"${c.jwt({ sub: 'SNHG_INTEGRATION', iss: 'www.oracle.com', aud: 'https://www.oracle.com', 'client_id': 'SNHG_Client', scope: ['urn:opc:hgbu:ws:__myscopes__'] })}","token_type":"Bearer","expires_in":3600}`;
  },
  'opera-profile-json': (c) =>
    `2026-04-02T18:22:09.331Z ERROR [ohip-profile-sync] 422 Unprocessable Entity for PUT /crm/v1/profiles/${c.r.int(1000000, 9999999)}\npayload={"profileDetails":{"customer":{"personName":[{"givenName":"${c.given()}","surname":"${c.surname()}","nameType":"Primary"}],"birthDate":"${c.dob()}","passport":{"idNumber":"${c.passport()}","idType":"PASSPORT"}},"emails":{"emailInfo":[{"email":{"emailAddress":"${c.email()}"}}]},"addresses":{"addressInfo":[{"address":{"addressLine":["${c.address()}"]}}]}}}\nerror: "Invalid nationality code"\nrequest.headers.authorization="Bearer ${c.jwt({ sub: 'SNHG_INTEGRATION', iss: 'www.oracle.com', hotelId: c.hotelCode() })}"`,
  'apaleo-client-creds': (c) =>
    `apaleo:\n  identity_url: https://identity.apaleo.com/connect/token\n  client_id: SNHG-AC-RMSBRIDGE\n  client_secret: ${c.opaque('oauth-client-secret', 64)}\n  property: BER\n  webhook:\n    url: https://rms.sunsetgroup.net/hooks/apaleo\n    signing_secret: ${c.hex('webhook-secret', 64)}\n  alerts_slack: ${c.slackHook()}\n`,
  'pms-checkin-log': (c) => {
    const guest = c.name('full');
    return `Mar 11 23:41:07 fo-kiosk-03 checkin[2211]: guest="${guest}" room=${c.r.int(101, 1420)} id_type=passport id_no=${c.passport()} dob=${c.dob()} card=${c.card('plain')} exp=${c.exp()} auth_code=${c.r.chars('0123456789ABCDEF', 6)} result=APPROVED\nMar 11 23:41:07 fo-kiosk-03 checkin[2211]: keycard encoder: POST http://10.20.4.17:8080/encode?user=kiosk&pass=${c.pw(14)}`;
  },
  'protel-sql-dump': (c) => {
    const rows: string[] = [];
    for (let i = 0; i < 2; i++) {
      c.person();
      rows.push(`(${c.r.int(400000, 499999)}, '${c.name('full')}', '${c.email()}', '${c.phone()}', '${c.card('plain')}', '${c.exp()}')`);
    }
    return `-- protel SD backup 2026-02-28, table gast_kk (legacy, should have been tokenised)\nINSERT INTO gast_kk (gastnr, name, email, telefon, kreditkarte, gueltig) VALUES\n${rows.join(',\n')};\n-- odbc: Driver={SQL Server};Server=PROTEL01\\\\PROTEL;Database=protel;Uid=proteladmin;Pwd=${c.pw()};`;
  },
  'stayntouch-java-exception': (c) =>
    `com.stayntouch.integration.PaymentGatewayException: Shift4 i4Go tokenisation failed for reservation 88${c.r.digits(6)}\n\tat com.stayntouch.pay.Shift4Client.tokenize(Shift4Client.java:211)\n\tat com.stayntouch.pay.CardService.attach(CardService.java:97)\nCaused by: java.io.IOException: Server returned HTTP 401 for URL https://utgapi.shift4test.com/api/rest/v1/credentials/accesstoken (AuthToken=${c.r.hex(8).toUpperCase()}-${c.r.hex(4).toUpperCase()}-${c.r.hex(4).toUpperCase()}-${c.r.hex(4).toUpperCase()}-${c.r.hex(12).toUpperCase()}, ClientGuid=${c.r.uuid().toUpperCase()})\n\tcard.number=${c.card('plain')} card.cvv=${c.cvv()} holder="${c.name('upper')}"\n\tAccessToken=${c.cred('shift4-access-token', `${c.r.hex(8).toUpperCase()}-${c.r.hex(4).toUpperCase()}-${c.r.hex(4).toUpperCase()}-${c.r.hex(4).toUpperCase()}-${c.r.hex(12).toUpperCase()}`)}`,
  'rms-cloud-python': (c) =>
    `Traceback (most recent call last):\n  File "/srv/rms_sync/client.py", line 88, in authenticate\n    resp = self.session.post(f"{RMS_BASE}/authToken", json={"agentId": 1042, "agentPassword": "${c.pw()}", "clientId": 11281, "clientPassword": "${c.pw()}", "useTrainingDatabase": False})\n  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://restapi8.rmscloud.com/authToken`,
  'front-desk-ticket': (c) => {
    const n = c.name('full');
    return `Zendesk #${c.r.int(200000, 299999)} — "Charge dispute, stay ${c.day()}"\nFrom: ${n} <${c.email()}>\nHi, I was charged twice on my card ending ${c.last4()} — actually here's the full number so you can find it: ${c.card('spaced')} (exp ${c.exp()}). My address for the refund cheque is ${c.address()} and you can call me on ${c.phone()}. My bank details if easier: IBAN ${c.iban()}.\nThanks, ${c.firstName}`;
  },
  'housekeeping-app-config': (c) =>
    `# hotelkit / housekeeping bridge (application.properties)\nhk.api.base=https://api.hotelkit.net/v1\nhk.api.token=${c.opaque('api-token', 48)}\nspring.datasource.url=jdbc:mysql://hk-db.prod.local:3306/hk?useSSL=true\nspring.datasource.username=hk_app\nspring.datasource.password=${c.pw()}\nspring.mail.password=${c.sendgrid()}\nmanagement.endpoints.web.exposure.include=health,info\n`,
  'guest-registration-csv': (c) => {
    const lines = ['reservation_id,arrival,guest_name,nationality,doc_number,birth_date,email'];
    for (let i = 0; i < 2; i++) {
      c.person();
      lines.push(`RSV-${c.r.int(100000, 999999)},${c.day()},"${c.name('lastfirst')}",ES,${c.dni()},${c.dob()},${c.email()}`);
    }
    return `# SES.HOSPEDAJES export for Guardia Civil, property H-${c.r.digits(5)}\n${lines.join('\n')}\n# upload: sftp hospedajes@sftp.ses.mir.es password=${c.pw()}`;
  },
};

/** Channel managers and connectivity (SiteMinder, Booking.com XML, Expedia QuickConnect, D-EDGE, RateGain, Hotelbeds). */
export const CHANNEL: Record<string, Make48> = {
  'siteminder-soap': (c) =>
    `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd">\n <soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>sunset_pmsx</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${c.pw()}</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header>\n <soapenv:Body><OTA_HotelResNotifRQ EchoToken="${c.r.uuid()}" Version="1.0"><HotelReservations><HotelReservation><ResGuests><ResGuest><Profiles><ProfileInfo><Profile><Customer><PersonName><GivenName>${c.given()}</GivenName><Surname>${c.surname()}</Surname></PersonName><Telephone PhoneNumber="${c.phone()}"/><Email>${c.email()}</Email></Customer></Profile></ProfileInfo></Profiles></ResGuest></ResGuests><ResGlobalInfo><Guarantee><GuaranteesAccepted><GuaranteeAccepted><PaymentCard CardCode="VI" CardNumber="${c.card('plain', 'visa')}" SeriesCode="${c.cvv()}" ExpireDate="${c.exp().replace('/', '')}"/></GuaranteeAccepted></GuaranteesAccepted></Guarantee></ResGlobalInfo></HotelReservation></HotelReservations></OTA_HotelResNotifRQ></soapenv:Body>\n</soapenv:Envelope>`,
  'booking-xml-basic-auth': (c) =>
    `> POST /hotels/xml/reservations HTTP/1.1\n> Host: secure-supply-xml.booking.com\n> Authorization: Basic ${c.basic('sunset_connect_' + c.r.digits(4))}\n> Content-Type: text/xml\n> \n< HTTP/1.1 200 OK\n< <reservations><reservation><id>${c.r.digits(10)}</id><customer><first_name>${c.given()}</first_name><last_name>${c.surname()}</last_name><email>${c.email()}</email><telephone>${c.phone()}</telephone><cc_number>${c.card('plain')}</cc_number><cc_cvc>${c.cvv()}</cc_cvc><cc_name>${c.name('upper')}</cc_name><cc_type>Visa</cc_type><cc_expiration_date>${c.exp()}</cc_expiration_date></customer></reservation></reservations>`,
  'expedia-quickconnect': (c) => {
    const user = `EQC_SunsetHG_${c.r.digits(3)}`;
    return `2026-05-19 07:01:55.902 WARN  [eqc-poller] BR retrieval failed (3019 Authentication failure) user=${user} password=${c.pw()} hotelId=${c.r.int(10000000, 99999999)}\n2026-05-19 07:01:56.114 INFO  [eqc-poller] fallback VCC: <PaymentCard CardCode="MC" CardNumber="${c.card('plain', 'mc')}" SeriesCode="${c.cvv()}" ExpireDate="${c.exp().replace('/', '')}"><CardHolderName>Expedia VirtualCard</CardHolderName></PaymentCard>`;
  },
  'hotelbeds-curl': (c) => {
    const key = c.hex('hotelbeds-api-key', 32); const secret = c.alnum('hotelbeds-secret', 10);
    return `# hotelbeds booking API smoke test\nAPIKEY=${key}\nSECRET=${secret}\nSIG=$(echo -n "$APIKEY$SECRET$(date +%s)" | sha256sum | cut -d' ' -f1)\ncurl -H "Api-key: $APIKEY" -H "X-Signature: $SIG" -H "Accept: application/json" \\\n  -d '{"holder":{"name":"${c.given()}","surname":"${c.surname()}"},"rooms":[{"rateKey":"20260601|20260604|W|1|${c.r.int(1000, 99999)}|DBL.ST|ID_B2B_26|BB|A|1~2~0||N@07~~200a4~-12345~N~~~NOR~~${c.r.hex(16).toUpperCase()}","paxes":[{"roomId":1,"type":"AD","age":30}]}],"clientReference":"IntegrationAgency","remark":"guest mobile ${c.phone()}"}' https://api.test.hotelbeds.com/hotel-api/1.0/bookings`;
  },
  'dedge-webhook': (c) =>
    `POST /hooks/dedge HTTP/1.1\nX-Api-Key: ${c.alnum('api-key', 40)}\n\n{"event":"reservation.created","channel":"D-EDGE","hotelCode":"${c.hotelCode()}","signature":"sha256=${c.r.hex(64)}","reservation":{"id":"DE${c.r.digits(9)}","guest":{"firstName":"${c.given()}","lastName":"${c.surname()}","email":"${c.email()}","phone":"${c.phone()}","address":"${c.address()}"},"payment":{"vcc":{"number":"${c.card('plain')}","cvc":"${c.cvv()}","expiry":"${c.exp()}","activationDate":"${c.day()}"}},"ipAddress":"${c.ip()}"}}`,
  'rategain-yaml': (c) =>
    `rategain:\n  endpoint: https://rezgain.rategain.com/api/v2/ari\n  username: sunset.hotels\n  password: "${c.pw()}"\n  api_key: ${c.hex('api-key', 40)}\n  aws:\n    access_key_id: ${c.awsId()}\n    secret_access_key: ${c.awsSecret()}\n    bucket: sunset-ari-archive\n`,
  'channex-node-error': (c) => {
    const key = c.opaque('api-key', 44);
    return `AxiosError: Request failed with status code 403\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:589:11) {\n  config: {\n    url: 'https://app.channex.io/api/v1/bookings?filter[property_id]=${c.r.uuid()}',\n    method: 'get',\n    headers: { Accept: 'application/json', 'user-api-key': '${key}', 'User-Agent': 'axios/1.6.8' }\n  },\n  code: 'ERR_BAD_REQUEST'\n}`;
  },
  'smx-logfmt': (c) =>
    `time=${c.ts()} level=error svc=channel-sync msg="push failed" ota=airbnb listing=${c.r.digits(8)} guest_name="${c.name('full')}" guest_phone="${c.phone()}" access_token=${c.opaque('oauth-access-token', 52)} refresh_token=${c.opaque('oauth-refresh-token', 52)} status=401`,
  'cm-stripe-payout': (c) =>
    `STRIPE_SECRET_KEY=${c.stripe('sk')}\nSTRIPE_WEBHOOK_SECRET=${c.stripe('whsec')}\n# payout account for Villa Rosa (owner ${c.name('full')})\nPAYOUT_IBAN=${c.iban()}\nOWNER_TAX_ID=${c.r.next() < 0.5 ? c.ein() : c.pan()}`,
};

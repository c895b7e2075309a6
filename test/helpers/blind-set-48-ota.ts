import type { Make48 } from './blind-set-48-hotel';

/** Online travel agencies and booking engines (Expedia Rapid, Booking.com Demand API, Airbnb, Trip.com, Hostelworld, meta-search). */
export const OTA: Record<string, Make48> = {
  'expedia-rapid-auth': (c) => {
    const key = c.alnum('expedia-api-key', 26);
    return `GET /v3/itineraries/${c.r.digits(13)}?email=${c.email()} HTTP/1.1\nHost: api.ean.com\nAuthorization: EAN APIKey=${key},Signature=${c.r.hex(128)},timestamp=${c.r.int(1780000000, 1789999999)}\nCustomer-Ip: ${c.ip()}\nCustomer-Session-Id: ${c.r.uuid()}\nUser-Agent: TravelNowBooker/3.4\n# shared secret (rapid.expedia.com partner portal): ${c.alnum('expedia-shared-secret', 13)}`;
  },
  'booking-checkout-json': (c) =>
    `{"level":"error","time":"${c.ts()}","msg":"payment declined","order_id":"ORD-${c.r.digits(8)}","request":{"guest":{"name":"${c.name('full')}","email":"${c.email()}","phone":"${c.phone()}","billing_address":"${c.address()}"},"card":{"number":"${c.card('plain')}","cvc":"${c.cvv()}","exp_month":${c.r.int(1, 12)},"exp_year":20${c.r.int(27, 31)}},"client_ip":"${c.ip()}"},"gateway":"adyen","adyen_api_key":"${c.adyen()}"}`,
  'airbnb-host-scrape': (c) =>
    `[2026-07-01 03:00:12] scraper.airbnb INFO reservation HM${c.r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 8)} guest=${c.name('full')} phone=${c.phone()} checkin=${c.day()}\n[2026-07-01 03:00:12] scraper.airbnb DEBUG cookie _airbed_session_id=${c.hex('session-cookie', 32)}; _aat=${c.cred('session-cookie', `0%7C${c.r.b62(40)}`)}\n[2026-07-01 03:00:13] scraper.airbnb DEBUG smtp login owner-alerts@villarosa.es / ${c.pw()}`,
  'tripcom-python-config': (c) =>
    `# settings/production.py — TripBridge affiliate sync\nTRIP_COM_AID = "${c.r.digits(7)}"\nTRIP_COM_SID = "${c.r.digits(8)}"\nTRIP_COM_SECRET = "${c.hex('api-secret', 32)}"\nCELERY_BROKER_URL = "amqp://tripbridge:${c.urlPw()}@mq.tripbridge.internal:5672/prod"\nMAILGUN_API_KEY = "${c.mailgun()}"\nSECRET_KEY = "${c.cred('django-secret-key', c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}"\n`,
  'hostel-booking-csv': (c) => {
    const rows = ['booking_ref,guest,email,phone,nationality,passport,arrival'];
    for (let i = 0; i < 2; i++) {
      c.person();
      rows.push(`HW-${c.r.digits(9)},${c.name('full')},${c.email()},${c.phone()},${c.r.pick(['DE', 'AU', 'BR', 'US', 'FR'])},${c.passport()},${c.day()}`);
    }
    return `# GET https://partner-api.hostelworld.com/v2/bookings?access_token=${c.opaque('oauth-access-token', 48)}\n${rows.join('\n')}`;
  },
  'ota-stripe-payment-intent': (c) =>
    `stripe.error.CardError: Request req_${c.r.b62(14)}: Your card's security code is incorrect.\n  param: cvc\n  payment_intent: pi_${c.r.b62(24)}\n  Debug: stripe.api_key='${c.stripe('rk')}' billing_details={'name': '${c.name('full')}', 'email': '${c.email()}', 'address': {'line1': '${c.address()}'}} card={'number': '${c.card('plain')}', 'cvc': '${c.cvv()}'}`,
  'metasearch-click-log': (c) =>
    `${c.ip()} - - [12/Aug/2026:19:44:02 +0000] "GET /r/click?partner=hotelscombined&hid=${c.r.digits(7)}&email=${c.email()}&lat_lng=${c.geo()}&api_key=${c.hex('api-key', 32)} HTTP/2.0" 302 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)"`,
  'booking-engine-twilio': (c) =>
    `TWILIO_ACCOUNT_SID=AC${c.r.hex(32)}\nTWILIO_AUTH_TOKEN=${c.twilio()}\nTWILIO_FROM=+1${c.r.int(201, 989)}${c.r.digits(7)}\n# test recipient (my own phone, remove!)\nSMS_TEST_TO=${c.phone()}\nGITHUB_TOKEN=${c.github()}\n`,
};

/** Car rental (Hertz, Avis Budget, Enterprise, Sixt, Europcar, Turo, telematics). */
export const CAR: Record<string, Make48> = {
  'rental-agreement-json': (c) =>
    `{"agreement":"RA${c.r.digits(9)}","station":"${c.airport()}T1","renter":{"name":"${c.name('full')}","dob":"${c.dob()}","license":{"number":"${c.driverLicense()}","state":"${c.r.pick(['CA', 'FL', 'NY', 'TX'])}"},"address":"${c.address()}","phone":"${c.phone()}"},"deposit":{"card":"${c.card('plain')}","authAmount":"${c.amount()}"},"vehicle":{"plate":"${c.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 3)}${c.r.digits(4)}","class":"ICAR"}}`,
  'avis-api-token': (c) =>
    `$ http POST https://stage.abgapiservices.com/oauth/token/v1 client_id:${c.r.hex(32)} client_secret:${c.hex('oauth-client-secret', 32)}\nHTTP/1.1 200 OK\n{"access_token":"${c.jwt({ sub: 'abg-partner-4471', scope: 'cars.reservation', iss: 'abgapiservices.com' })}","token_type":"Bearer","expires_in":"86399"}`,
  'telematics-mqtt': (c) =>
    `2026-09-03T11:20:44Z mqtt-bridge[812]: topic=fleet/VIN/${c.r.chars('ABCDEFGHJKLMNPRSTUVWXYZ0123456789', 17)}/pos payload={"gps":"${c.geo()}","speed_kmh":${c.r.int(0, 130)},"renter":"${c.name('full')}","rental":"${c.r.digits(10)}"} broker=mqtts://fleet:${c.urlPw()}@iot.sixt-fleet.example.net:8883`,
  'damage-claim-ticket': (c) =>
    `Freshdesk ticket #${c.r.int(500000, 599999)} — damage claim\nCustomer: ${c.name('full')} (${c.email()})\nDriver licence: ${c.driverLicense()}  DOB: ${c.dob('us')}\nNotes: customer disputes the ${c.amount()} charge; asked to refund to UK account sort code / account: ${c.ukSortAccount().join(' / ')}. NI number for insurer: ${c.nino()}.`,
  'turo-go-config': (c) =>
    `// config.go — peer rental pricing worker\nvar cfg = Config{\n\tTuroPartnerKey:   "${c.opaque('api-key', 40)}",\n\tPlaidSecret:      "${c.hex('plaid-secret', 30)}",\n\tPostgresDSN:      "host=pg.internal user=pricer password=${c.urlPw()} dbname=pricing sslmode=require",\n\tSentryDSN:        "https://${c.r.hex(32)}@o${c.r.digits(6)}.ingest.sentry.io/${c.r.digits(7)}",\n}`,
  'europcar-soap-fault': (c) =>
    `<S:Fault><faultcode>S:Client</faultcode><faultstring>Invalid driver record</faultstring><detail><request><callerCode>${c.r.digits(5)}</callerCode><password>${c.pw()}</password><driver firstName="${c.given()}" lastName="${c.surname()}" dateOfBirth="${c.dob()}" licenceNumber="${c.driverLicense()}"/><payment cardNumber="${c.card('plain')}" expiry="${c.exp()}"/></request></detail></S:Fault>`,
};

/** Loyalty programmes (airline miles, hotel points, partner earn/burn, fraud review). */
export const LOYALTY: Record<string, Make48> = {
  'points-transfer-log': (c) =>
    `ts=${c.ts()} level=warn app=loyalty-gw event=points_transfer member=${c.loyalty('hotel')} partner_ff=${c.loyalty('ff')} points=${c.r.int(5000, 250000)} member_email=${c.email()} ip=${c.ip()} risk=HIGH reason="new device, new partner account" session=${c.opaque('session-token', 43)}`,
  'loyalty-partner-yaml': (c) =>
    `partners:\n  - code: AVIOS\n    sftp: { host: sftp.avios.com, user: sunset_earn, password: "${c.pw()}" }\n    pgp_private_key: |\n      see vault\n  - code: MILES_AND_MORE\n    api_key: ${c.hex('api-key', 40)}\n    client_secret: ${c.azure()}\nsegment_write_key: ${c.r.b62(32)}\nsendgrid: ${c.sendgrid()}\n`,
  'member-profile-sql': (c) =>
    `$ mysql -h loyalty-ro.db.internal -u support_ro -p'${c.pw()}' loyalty\nmysql> SELECT member_no, full_name, email, dob, phone, tier FROM members WHERE member_no = '${c.loyalty('ff')}';\n+-------------+----------------------+---------------------------+------------+------------------+-------+\n| member_no   | full_name            | email                     | dob        | phone            | tier  |\n| (same)      | ${c.name('full')} | ${c.email()} | ${c.dob()} | ${c.phone()} | GOLD  |\n1 row in set (0.01 sec)`,
  'fraud-review-note': (c) =>
    `Case LF-${c.r.digits(6)}: account takeover suspected. Member ${c.name('full')} (#${c.loyalty('hotel')}) reports redemption of 180k points from IP ${c.ip()} (not her). Linked card ${c.card('dashed')}, registered address ${c.address()}. Reset password; temporary password issued over phone: ${c.pw(10)}`,
  'loyalty-braintree': (c) =>
    `BRAINTREE_ACCESS_TOKEN=${c.braintree()}\nPAYPAL_CLIENT_ID=A${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 79)}\nPAYPAL_CLIENT_SECRET=${c.paypal()}\nSQUARE_ACCESS_TOKEN=${c.square()}\n`,
};

/** Travel and expense tools (SAP Concur, Navan, Expensify, TravelPerk, Egencia, corporate cards). */
export const EXPENSE: Record<string, Make48> = {
  'concur-oauth-refresh': (c) =>
    `POST https://us2.api.concursolutions.com/oauth2/v0/token\ncontent-type: application/x-www-form-urlencoded\n\nclient_id=${c.r.uuid()}&client_secret=${c.cred('oauth-client-secret', c.r.uuid())}&grant_type=refresh_token&refresh_token=${c.cred('oauth-refresh-token', c.r.uuid())}\n\n200 {"expires_in":3600,"scope":"expense.report.read","token_type":"Bearer","access_token":"${c.jwt({ sub: c.r.uuid(), 'concur.type': 'user', 'concur.app': 'https://us2.api.concursolutions.com/profile/v1/apps/' + c.r.uuid() })}","geolocation":"https://us2.api.concursolutions.com"}`,
  'expensify-integration': (c) =>
    `curl -X POST 'https://integrations.expensify.com/Integration-Server/ExpensifyIntegrations' \\\n  -d 'requestJobDescription={"type":"file","credentials":{"partnerUserID":"aa_api_acmecorp_com","partnerUserSecret":"${c.hex('expensify-partner-secret', 40)}"},"onReceive":{"immediateResponse":["returnRandomFileName"]},"inputSettings":{"type":"combinedReportData","filters":{"startDate":"${c.day()}"}}}'`,
  'expense-report-csv': (c) => {
    const rows = ['employee,employee_email,merchant,date,amount,card_used,reimburse_iban'];
    for (let i = 0; i < 2; i++) {
      c.person();
      rows.push(`"${c.name('lastfirst')}",${c.email()},${c.r.pick(['Marriott Berlin', 'Hertz FRA', 'Lufthansa', 'Uber', 'Hilton Paris Opera'])},${c.day()},${c.amount()},${c.card('plain', c.r.pick(['amex', 'visa']))},${c.iban()}`);
    }
    return rows.join('\n');
  },
  'navan-scim-webhook': (c) =>
    `{"event":"user.updated","source":"navan-scim","webhookSecret":"${c.opaque('webhook-secret', 32)}","user":{"userName":"${c.email()}","name":{"formatted":"${c.name('full')}"},"phoneNumbers":[{"value":"${c.phone()}"}],"urn:navan:travel":{"passportNumber":"${c.passport()}","knownTravelerNumber":"${c.ktn()}","dateOfBirth":"${c.dob()}"}}}`,
  'travelperk-env': (c) =>
    `TRAVELPERK_API_KEY=${c.opaque('api-key', 48)}\nTRAVELPERK_WEBHOOK_SECRET=${c.hex('webhook-secret', 40)}\nAWS_ACCESS_KEY_ID=${c.awsId()}\nAWS_SECRET_ACCESS_KEY=${c.awsSecret()}\nNETSUITE_TOKEN_SECRET=${c.hex('oauth-token-secret', 64)}\n`,
  'payroll-reimburse-java': (c) =>
    `ERROR [reimburse-batch] c.a.t.ReimbursementJob - ACH file rejected for employee ${c.name('full')} (SSN ${c.ssn()}): invalid RDFI\njava.lang.IllegalStateException: NACHA entry 6 22${c.routing()}${c.account()}        0000018450${c.r.digits(6)}\n\tat com.acme.travel.ach.NachaWriter.entry(NachaWriter.java:144)\n\tat com.acme.travel.ReimbursementJob.run(ReimbursementJob.java:61)`,
  'egencia-support-chat': (c) =>
    `[chat transcript ${c.day()}] Traveller: hi, it's ${c.name('full')}, I'm stuck at ${c.airport()} and the corporate Amex was declined. can you use my personal card ${c.card('spaced')} cvv ${c.cvv()}? my Aadhaar-linked PAN for the GST invoice is ${c.pan()}. call me on ${c.phone()}`,
  'corporate-card-feed': (c) =>
    `H|CORPFEED|${c.day()}|${c.r.digits(6)}\nD|${c.card('plain')}|${c.name('upper')}|${c.r.pick(['HILTON HOTELS', 'AVIS RENT A CAR', 'DELTA AIR LINES', 'MARRIOTT'])}|${c.amount()}|USD\nT|1\n# sftp://amex-gl1025:${c.urlPw()}@fsgateway.aexp.com/outbox`,
};

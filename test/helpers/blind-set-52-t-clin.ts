import type { Template52 } from './blind-set-52-ctx';
import { jwt } from './blind-set-52-gen-cred';

/** Positive templates: clinical trials, EDC and eCOA vendors, IRB systems. */
export const CLIN52: Template52[] = [
  {
    area: 'edc',
    name: 'redcap-api-post',
    rounds: 3,
    make: (c) => `POST /api/ HTTP/1.1
Host: redcap.${c.pick(['vumc.org', 'partners.org', 'ctsi.ufl.edu', 'med.upenn.edu'])}
Content-Type: application/x-www-form-urlencoded

token=${c.cr('redcap_token', c.k.redcap(c.r))}&content=record&format=json&type=flat&data=[{"record_id":"${c.int(1, 400)}","first_name":"${c.pi('person_name', c.who().first)}","last_name":"${c.pi('person_name', c.who().last)}","dob":"${c.dob('iso')}","email":"${c.mail(c.who(), 'public')}","phone":"${c.phone()}"}]`,
  },
  {
    area: 'edc',
    name: 'redcap-php-error',
    rounds: 10,
    make: (c) => `PHP Warning:  mysqli::__construct(): (HY000/1045): Access denied for user 'redcap_user'@'10.${c.int(0, 255)}.${c.int(0, 255)}.${c.int(1, 254)}' in /var/www/html/redcap/database.php on line 12
$hostname = 'redcap-db.${c.pick(['ouhsc.edu', 'musc.edu', 'uthscsa.edu'])}';
$db       = 'redcap';
$username = 'redcap_user';
$password = '${c.pw(16)}';
$salt     = '${c.cr('app_salt', c.hex(24))}';`,
  },
  {
    area: 'edc',
    name: 'medidata-rws',
    rounds: 10,
    make: (c) => {
      const user = `${c.pick(['rws_', 'int_'])}${c.pick(['bms', 'azn', 'iqvia'])}_${c.int(1, 9)}`;
      const pw = c.pw(14);
      return `requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://${c.pick(['pfizer', 'innovate', 'bms'])}.mdsol.com/RaveWebServices/studies/${c.pick(['ABC-301', 'ONC-1122', 'CV-0457'])}(Prod)/datasets/regular
  session.auth = ('${user}', '${pw}')
  Authorization: Basic ${c.cr('basic_auth', Buffer.from(`${user}:${pw}`).toString('base64'))}`;
    },
  },
  {
    area: 'edc',
    name: 'veeva-vault-auth',
    rounds: 10,
    make: (c) => `POST https://${c.pick(['sb-cdms', 'gsk-clinical', 'novartis-etmf'])}.veevavault.com/api/v24.1/auth
username=${c.mail()}&password=${c.pw(14, true)}
< 200 {"responseStatus":"SUCCESS","sessionId":"${c.cr('veeva_session', c.k.veevaSession(c.r))}","userId":${c.int(100000, 999999)},"vaultIds":[{"id":${c.int(10000, 99999)},"name":"eTMF Prod"}]}`,
  },
  {
    area: 'edc',
    name: 'castor-oauth',
    rounds: 10,
    make: (c) => `curl -X POST https://${c.pick(['data.castoredc.com', 'uk.castoredc.com', 'us.castoredc.com'])}/oauth/token \\
  -d grant_type=client_credentials \\
  -d client_id=${c.uuid().toUpperCase()} \\
  -d client_secret=${c.cr('oauth_client_secret', c.k.castorSecret(c.r))}
{"access_token":"${c.cr('jwt', jwt(c.r, { aud: 'castor', sub: c.uuid(), scopes: ['study:read'] }))}","expires_in":18000,"token_type":"Bearer"}`,
  },
  {
    area: 'ecoa',
    name: 'twilio-sms-reminder',
    make: (c) => {
      const p = c.who();
      return `twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number ${c.phone()} is not a valid phone number.
  client = Client('AC${c.hex(32)}', '${c.cr('twilio_auth_token', c.k.twilioToken(c.r))}')
  body="Hi ${c.pi('person_name', p.first + ' ' + p.last)}, your ${c.pick(['Week 12', 'Day 28', 'Month 6'])} diary for study ${c.pick(['MDX-204', 'ELX-112', 'GLP-3301'])} is due today."`;
    },
  },
  {
    area: 'ecoa',
    name: 'ecoa-device-telemetry',
    rounds: 3,
    make: (c) => `{"event":"diary_submitted","vendor":"${c.pick(['Medable', 'Signant SmartSignals', 'YPrime', 'Clario eCOA'])}","site":"${c.int(100, 399)}","subject":"${c.int(100, 399)}-${c.digits(4)}","device":{"os":"iOS 17.${c.int(0, 5)}","ip":"${c.ip(c.pick([true, false]))}"},"location":{"lat":${c.pi('geo_coordinate', c.g.coord52(c.r, 33.0, 45.0))},"lon":${c.pi('geo_coordinate', c.g.coord52(c.r, -118.0, -75.0))},"accuracy_m":${c.int(3, 30)}},"contact":{"email":"${c.mail(c.who(), 'public')}"}}`,
  },
  {
    area: 'clinical',
    name: 'ctms-sae-narrative',
    rounds: 3,
    make: (c) => `SAE Narrative (${c.pick(['Oracle Siebel CTMS', 'Veeva SiteVault', 'OnCore'])} export):
Subject ${c.int(100, 399)}-${c.digits(3)}, ${c.name()} (DOB ${c.dob('cdisc')}), a ${c.int(30, 80)}-year-old ${c.pick(['male', 'female'])}, was hospitalised on ${c.int(1, 28)}-${c.pick(['MAR', 'JUN', 'SEP'])}-2024. Next of kin: ${c.name()}, tel ${c.phone()}.
Patient address for courier of IP return kit: ${c.addr()}.`,
  },
  {
    area: 'clinical',
    name: 'sdtm-dm-csv',
    rounds: 3,
    make: (c) => `STUDYID,DOMAIN,USUBJID,SUBJID,BRTHDTC,SEX,RACE,COUNTRY,INVNAM
${c.pick(['XYZ-301', 'ONC-887'])},DM,${c.pick(['XYZ', 'ONC'])}-301-${c.digits(4)},${c.digits(4)},${c.dob('iso')},${c.pick(['M', 'F'])},WHITE,USA,"${c.name(c.who(), 'lastfirst')}"
${c.pick(['XYZ-301', 'ONC-887'])},DM,${c.pick(['XYZ', 'ONC'])}-301-${c.digits(4)},${c.digits(4)},${c.dob('iso')},${c.pick(['M', 'F'])},ASIAN,GBR,"${c.name(c.who(), 'lastfirst')}"`,
  },
  {
    area: 'clinical',
    name: 'epic-fhir-smart',
    rounds: 3,
    make: (c) => `POST https://fhir.${c.pick(['epic.com', 'cernerhealth.com', 'nyumc.org'])}/interconnect-fhir-oauth/oauth2/token
client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=${c.cr('jwt', jwt(c.r, { iss: c.uuid(), sub: c.uuid(), aud: 'https://fhir.epic.com/interconnect-fhir-oauth/oauth2/token', jti: c.hex(16) }, 'RS384'))}
< {"access_token":"${c.cr('oauth_access_token', c.k.b64url(c.r, 180))}","token_type":"Bearer","expires_in":3600,"scope":"system/Patient.read"}
GET /api/FHIR/R4/Patient?identifier=MRN|${c.pi('mrn', c.g.mrn52(c.r))} -> {"name":[{"text":"${c.name()}"}],"birthDate":"${c.dob('iso')}"}`,
  },
  {
    area: 'clinical',
    name: 'greenphire-clincard',
    make: (c) => {
      const amex = c.pick([true, false]);
      return `2024-${c.int(10, 12)}-${c.int(10, 28)}T08:${c.int(10, 59)}:00Z level=error svc=participant-payments vendor=ClinCard msg="card load failed" participant="${c.name()}" card="${c.card(amex ? 'amex' : c.pick(['visa', 'mc']))}" cvv=${c.cvv(amex)} exp=${c.exp()} amount=75.00 visit=V${c.int(2, 12)} mailing="${c.addr()}"`;
    },
  },
  {
    area: 'clinical',
    name: 'participant-ach-stipend',
    make: (c) => `participant_id,name,ssn,routing,account,amount,memo
${c.int(100, 399)}-${c.digits(4)},${c.name()},${c.ssn()},${c.aba()},${c.acct()},150.00,Visit 3 travel reimbursement
${c.int(100, 399)}-${c.digits(4)},${c.name()},${c.ssn()},${c.aba()},${c.acct()},50.00,Screening stipend`,
  },
  {
    area: 'clinical',
    name: 'eu-site-payment',
    make: (c) => `<SitePayment xmlns="urn:ctms:payments:v2">
  <Site number="${c.int(1000, 9999)}" country="${c.pick(['DE', 'NL', 'FR', 'BE'])}"/>
  <PrincipalInvestigator>${c.name()}</PrincipalInvestigator>
  <PayeeIBAN>${c.iban(undefined, false)}</PayeeIBAN>
  <PayeeVAT>${c.pick(['DE', 'NL'])}${c.digits(9)}</PayeeVAT>
  <Amount currency="EUR">${c.int(1000, 48000)}.00</Amount>
</SitePayment>`,
  },
  {
    area: 'irb',
    name: 'irb-consent-form',
    rounds: 3,
    make: (c) => `IRBNet package ${c.int(1000000, 2999999)}-${c.int(1, 9)} | ${c.pick(['Huron IRB', 'Kuali Protocols', 'Advarra CIRBI'])}
Consent signature page (scanned, OCR):
Participant name: ${c.name()}    Date of birth: ${c.dob('us')}
Address: ${c.addr()}
Phone: ${c.phone()}   Email: ${c.mail(c.who(), 'public')}
Legally authorised representative: ${c.name()}`,
  },
  {
    area: 'irb',
    name: 'kuali-db-url',
    rounds: 10,
    make: (c) => `Caused by: org.postgresql.util.PSQLException: FATAL: password authentication failed for user "kc_irb"
\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:693)
\tat org.kuali.coeus.sys.framework.datasource.DataSourceFactory.create(DataSourceFactory.java:88)
datasource.url=postgresql://kc_irb:${c.pw(15, true)}@kc-db.${c.pick(['research.arizona.edu', 'irb.umn.edu', 'ora.ucsc.edu'])}:5432/kc_prd
kc.mail.smtp.password=${c.pw(12)}`,
  },
  {
    area: 'ecoa',
    name: 'qualtrics-survey',
    rounds: 3,
    make: (c) => `curl "https://${c.pick(['iad1', 'ca1', 'fra1'])}.qualtrics.com/API/v3/surveys/SV_${c.r.b62(15)}/export-responses" -H "X-API-TOKEN: ${c.cr('qualtrics_token', c.k.qualtrics(c.r))}"
responseId,RecipientEmail,RecipientFirstName,RecipientLastName,IPAddress,LocationLatitude,LocationLongitude
R_${c.r.b62(15)},${c.mail(c.who(), 'public')},${c.pi('person_name', c.who().first)},${c.pi('person_name', c.who().last)},${c.ip()},${c.pi('geo_coordinate', c.g.coord52(c.r, 30, 48))},${c.pi('geo_coordinate', c.g.coord52(c.r, -120, -72))}`,
  },
  {
    area: 'clinical',
    name: 'travel-vendor-passport',
    rounds: 3,
    make: (c) => `Patient travel booking (${c.pick(['Scout Clinical', 'Clincierge', 'Greenphire ConneXus'])}) ref TRV-${c.digits(7)}
Traveller: ${c.name()}  DOB ${c.dob('iso')}  Passport ${c.pi('passport_number', c.g.passport52(c.r))}
Card on file: ${c.card('visa')} exp ${c.exp()}
Caregiver: ${c.name()} ${c.phone(true)}`,
  },
  {
    area: 'clinical',
    name: 'uk-site-nhs-referral',
    rounds: 3,
    make: (c) => `HL7 ADT^A04 from ${c.pick(['Addenbrooke', 'Royal Marsden', 'Christie'])} TrakCare
PID|1||${c.pi('nhs_number', c.g.nhs52(c.r).replace(/ /g, ''))}^^^NHS^NH||${c.pi('person_name', c.who().last.toUpperCase())}^${c.pi('person_name', c.who().first.toUpperCase())}||${c.pi('date_of_birth', c.g.dob52(c.r).replace(/-/g, ''))}|${c.pick(['M', 'F'])}|||${c.pi('address', c.g.addressUK52(c.r).replace(/, /g, '^'))}||${c.phone(true)}`,
  },
  {
    area: 'clinical',
    name: 'canada-site-sin',
    make: (c) => `Subject: Honorarium form for ${c.name()}
SIN: ${c.pi('ca_sin', c.g.sin52(c.r))}
Direct deposit: transit ${c.digits(5)}, institution 00${c.int(1, 9)}, account ${c.acct()}
Home: ${c.pi('address', `${c.int(10, 999)} ${c.pick(['Bloor St W', 'Rue Sherbrooke O', 'Granville St'])}, ${c.pick(['Toronto ON M5S 1A1', 'Montreal QC H3A 0G4', 'Vancouver BC V6Z 1L2'])}`)}`,
  },
];

import type { Tpl49 } from './blind-set-49-messaging';

/** Content moderation vendors, abuse reports and the trust-and-safety back office. */
export const MODERATION49: readonly Tpl49[] = [
  ['moderation/hive-python', (c) => `Traceback (most recent call last):
  File "/srv/tns/workers/image_scan.py", line 142, in classify
    r = requests.post(HIVE_URL, headers=headers, data={"url": media_url}, timeout=10)
  File "/srv/tns/workers/image_scan.py", line 61, in _raise
    raise HiveError(f"hive rejected request: {r.status_code} headers={headers}")
workers.errors.HiveError: hive rejected request: 403 headers={'authorization': 'token ${c.cred('hive_api_key', c.alnum(32))}', 'accept': 'application/json'}
  media_url='https://media.buzzcircle.com/u/${c.uid()}/${c.hex(24)}.jpg' uploader_ip='${c.per('ip_address', c.ip())}'`],
  ['moderation/sightengine-query', (c) => `${c.per('ip_address', c.ipv4())} - - [${c.int(10, 28)}/Mar/2025:0${c.int(0, 9)}:12:44 +0000] "GET /proxy/moderate?target=https%3A%2F%2Fapi.sightengine.com%2F1.0%2Fcheck.json&models=nudity-2.1,weapon,offensive,gore-2.0&api_user=${c.int(100000000, 999999999)}&api_secret=${c.cred('sightengine_api_secret', c.alnum(c.pick([20, 32])))}&url=https%3A%2F%2Fcdn.pinglet.app%2Fposts%2F${c.hex(16)}.webp HTTP/1.1" 200 ${c.int(200, 900)} "-" "okhttp/4.12.0"`],
  ['moderation/rekognition-java', (c) => `ERROR [moderation-pool-3] c.s.t.ImageModerationService - DetectModerationLabels failed for media ${c.uuid()}
software.amazon.awssdk.services.rekognition.model.RekognitionException: The security token included in the request is invalid. (Service: Rekognition, Status Code: 400, Request ID: ${c.uuid()})
	at software.amazon.awssdk.core.internal.http.CombinedResponseHandler.handleErrorResponse(CombinedResponseHandler.java:125)
	at com.swoon.tns.ImageModerationService.scan(ImageModerationService.java:88)
DEBUG credentials resolved from SystemPropertyCredentialsProvider: aws.accessKeyId=${c.cred('aws_access_key_id', c.awsKeyId())} aws.secretAccessKey=${c.cred('aws_secret_access_key', c.awsSecret())}`],
  ['moderation/azure-content-moderator', (c) => {
    const email = c.email();
    const phone = c.phoneUS();
    return `curl -s -X POST "https://westus.api.cognitive.microsoft.com/contentmoderator/moderate/v1.0/ProcessText/Screen?classify=True&PII=true" \\
  -H "Content-Type: text/plain" -H "Ocp-Apim-Subscription-Key: ${c.cred('azure_subscription_key', c.hex(32))}" \\
  --data "dm me at ${c.per('email', email)} or ${c.per('phone', phone)}"
{"OriginalText":"dm me at ${email} or ${phone}","Language":"eng","PII":{"Email":[{"Detected":"${email}","SubType":"Regular","Text":"${email}","Index":9}],"Phone":[{"CountryCode":"US","Text":"${phone}","Index":${12 + email.length}}]},"Classification":{"ReviewRecommended":false},"Status":{"Code":3000,"Description":"OK"},"TrackingId":"${c.uuid()}"}`;
  }],
  ['moderation/openai-node', (c) => {
    const addr = c.addressUS();
    return `[moderation] ${c.ts()} WARN flagged=true categories=harassment,harassment/threatening input="I know where you live, ${c.per('address', addr)}. see you soon" author=${c.uid()}
[moderation] client config { apiKey: '${c.cred('openai_api_key', `sk-proj-${c.b64url(74)}T3BlbkFJ${c.b64url(74)}`)}', organization: 'org-${c.alnum(24)}', maxRetries: 2 }`;
  }],
  ['reports/doxxing-ticket', (c) => {
    const reporter = c.fullName();
    const target = c.fullName();
    return `Ticket #${c.int(400000, 999999)} — Category: Doxxing / Personal information
From: ${c.per('person_name', reporter)} <${c.per('email', c.email(reporter))}>
Submitted: ${c.ts()}

Hi, a user called @${c.lower(8)} posted my home address (${c.per('address', c.address())}) and my cell ${c.per('phone', c.phone())} in the #local-meetups channel. They also said my real name is ${c.per('person_name', target)} which is my sister. Please take it down ASAP.

-- internal note (agent ${c.int(100, 999)}): reported account last login ip ${c.per('ip_address', c.ip())}, escalated to T&S L2.`;
  }],
  ['reports/cybertipline-xml', (c) => {
    const fn = c.first();
    const ln = c.last();
    return `DEBUG o.a.h.wire - http-outgoing-7 >> "POST /ispws/submit HTTP/1.1[\\r][\\n]"
DEBUG o.a.h.wire - http-outgoing-7 >> "Authorization: Basic ${c.cred('basic_auth', Buffer.from(`tns-reporter:${c.password()}`).toString('base64'))}[\\r][\\n]"
DEBUG o.a.h.wire - http-outgoing-7 >> "<report><incidentSummary><incidentType>Child Pornography (possession, manufacture, and distribution)</incidentType><incidentDateTime>${c.ts()}</incidentDateTime></incidentSummary><reporter><reportingPerson><firstName>Trust</firstName><lastName>Safety Team</lastName><email>tns-escalations@flickr-like.example</email></reportingPerson></reporter><personOrUserReported><personOrUserReportedPerson><firstName>${c.per('person_name', fn)}</firstName><lastName>${c.per('person_name', ln)}</lastName><email>${c.per('email', c.email(`${fn} ${ln}`))}</email><dateOfBirth>${c.per('dob', c.dob('iso'))}</dateOfBirth></personOrUserReportedPerson><ipCaptureEvent><ipAddress>${c.per('ip_address', c.ip())}</ipAddress><eventName>Login</eventName></ipCaptureEvent></personOrUserReported></report>"`;
  }],
  ['reports/queue-csv', (c) => {
    const rows: string[] = [];
    for (let i = 0; i < 3; i++) rows.push(`${c.int(1000000, 9999999)},${c.pick(['spam', 'harassment', 'underage', 'scam_romance', 'impersonation'])},${c.per('email', c.email())},${c.per('ip_address', c.ipv4())},${c.pick(['pending', 'actioned', 'dismissed'])},${c.ts()}`);
    return `report_id,reason,reported_user_email,reported_user_last_ip,status,created_at\n${rows.join('\n')}`;
  }],
  ['reports/ban-appeal-sql', (c) => {
    const name = c.fullName();
    return `INSERT INTO ban_appeals (id, user_id, full_name, email, phone, date_of_birth, statement, created_at) VALUES
  (${c.int(10000, 99999)}, ${c.uid()}, '${c.per('person_name', name)}', '${c.per('email', c.email(name))}', '${c.per('phone', c.phone())}', '${c.per('dob', c.dob('iso'))}', 'I was not scamming anyone, the account was hacked', '${c.ts()}');`;
  }],
  ['moderation/perspective-go', (c) => `time="${c.ts()}" level=error msg="perspective: analyze comment failed" error="googleapi: Error 429: Quota exceeded for quota metric 'Analysis requests'" url="https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze?key=${c.cred('google_api_key', c.googleKey())}" comment_id=${c.uid()} author_ip=${c.per('ip_address', c.ip())}`],
  ['moderation/queue-worker-env', (c) => `level=info ts=${c.ts()} caller=main.go:77 msg="starting review-queue worker" redis_url=redis://default:${c.cred('redis_password', c.urlPassword())}@tns-queue.internal:6379/2 db_dsn="postgres://mod_rw:${c.cred('db_password', c.urlPassword())}@pg-tns-primary.internal:5432/moderation?sslmode=require" concurrency=16`],
  ['moderation/activefence-webhook', (c) => `{"event":"content.flagged","entity_id":"${c.uuid()}","violations":[{"type":"scam","score":0.97}],"user":{"id":"${c.uid()}","display_name":"${c.per('person_name', c.fullName())}","email":"${c.per('email', c.email())}","signup_ip":"${c.per('ip_address', c.ip())}"},"callback_auth":"Bearer ${c.cred('webhook_bearer_token', c.alnum(40))}"}`],
];

import { B62, DIGITS, UPPER } from './blind-set-77-rng';
import { b62, b64uChars, card, cvc, expiry, hex, iso, ipUser, jwt, lower, now, person, reqId, ts, type PosTpl } from './blind-set-77-gen';

/** AI and ML APIs: Replicate, Together, Groq, Fireworks, Perplexity, Cohere, Mistral, DeepSeek, ElevenLabs, AssemblyAI, Deepgram, Pinecone, Weaviate, Qdrant, LangSmith, Helicone. */
export const AI: PosTpl[] = [
  ['ai', 'replicate-predict', (r, k) => {
    return `replicate.exceptions.ReplicateError: ReplicateError Details:
title: Unauthenticated
status: 401
detail: You did not pass a valid authentication token
  REPLICATE_API_TOKEN=${k.cred('replicate-api-token', `r8_${b62(r, 37)}`)}`;
  }],
  ['ai', 'together-chat', (r, k) => {
    const p = person(r);
    return `together.error.AuthenticationError: Error code: 401 - {"message": "Invalid API key provided. You can find your API key at https://api.together.xyz/settings/api-keys.", "type_": "invalid_request_error"}
  Together(api_key="${k.cred('together-api-key', r.pick([hex(r, 64), `tgp_v1_${b64uChars(r, 43)}`]))}")
  messages[0].content = "Summarise the complaint from ${k.pers('person-name', p.name)} (${k.pers('email', p.email)})"`;
  }],
  ['ai', 'groq-litellm', (r, k) => {
    return `litellm.AuthenticationError: GroqException - {"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}
  model=groq/llama-3.3-70b-versatile api_base=https://api.groq.com/openai/v1 api_key=${k.cred('groq-api-key', `gsk_${b62(r, 52)}`)}
  Received Model Group=fast-chat Available Model Group Fallbacks=None`;
  }],
  ['ai', 'fireworks-http', (r, k) => {
    return `POST /inference/v1/chat/completions HTTP/1.1
Host: api.fireworks.ai
Authorization: Bearer ${k.cred('fireworks-api-key', `fw_${b62(r, 24)}`)}
Content-Type: application/json
User-Agent: fireworks-ai/0.15.${r.int(0, 9)}

HTTP/1.1 401 Unauthorized
x-request-id: ${r.uuid()}`;
  }],
  ['ai', 'perplexity-search', (r, k) => {
    return `${ts(r)} [research-agent] WARN retrying perplexity call (429) url=https://api.perplexity.ai/chat/completions headers={'authorization': 'Bearer ${k.cred('perplexity-api-key', `pplx-${b62(r, 48)}`)}', 'accept': 'application/json'}`;
  }],
  ['ai', 'cohere-rerank', (r, k) => {
    const p = person(r);
    return `cohere.errors.UnauthorizedError: status_code: 401, body: {'message': 'invalid api token'}
  co = cohere.ClientV2(api_key="${k.cred('cohere-api-key', b62(r, 40))}")
  documents[3] = "Ticket #${r.int(10000, 99999)} — ${k.pers('person-name', p.name)}, ${k.pers('phone', p.phone)}, asks about refund"`;
  }],
  ['ai', 'mistral-client', (r, k) => {
    return `mistralai.models.sdkerror.SDKError: API error occurred: Status 401
{"message":"Unauthorized","request_id":"${hex(r, 32)}"}
  MISTRAL_API_KEY=${k.cred('mistral-api-key', b62(r, 32))}`;
  }],
  ['ai', 'deepseek-openai-compatible', (r, k) => {
    const p = person(r);
    return `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Authentication Fails, Your api key: ****${hex(r, 4)} is invalid', 'type': 'authentication_error'}}
  client = OpenAI(api_key="${k.cred('deepseek-api-key', `sk-${hex(r, 32)}`)}", base_url="https://api.deepseek.com")
  prompt: "Draft a reply to ${k.pers('email', p.email)} about their late payment"`;
  }],
  ['ai', 'elevenlabs-tts', (r, k) => {
    const p = person(r);
    return `elevenlabs.core.api_error.ApiError: status_code: 401, body: {'detail': {'status': 'invalid_api_key', 'message': 'Invalid API key'}}
  headers: {"xi-api-key": "${k.cred('elevenlabs-api-key', `sk_${hex(r, 48)}`)}", "Content-Type": "application/json"}
  text: "Hello ${k.pers('person-name', p.name)}, your appointment is confirmed. We will call ${k.pers('phone', p.phone)} if anything changes."`;
  }],
  ['ai', 'assemblyai-transcript', (r, k) => {
    const p = person(r);
    return `assemblyai: transcript ${r.uuid()} status=error error="Download error, unable to download https://storage.${lower(r, 6)}.com/calls/${r.uuid()}.mp3?X-Amz-Signature=${k.cred('signed-url-signature', hex(r, 64))}"
  authorization: ${k.cred('assemblyai-api-key', hex(r, 32))}
  speaker_labels=true caller=${k.pers('person-name', p.name)}`;
  }],
  ['ai', 'deepgram-listen', (r, k) => {
    return `DeepgramApiError: {"err_code":"INVALID_AUTH","err_msg":"Invalid credentials.","request_id":"${r.uuid()}"} (Status: 401)
  wss://api.deepgram.com/v1/listen?model=nova-3&smart_format=true  Authorization: Token ${k.cred('deepgram-api-key', hex(r, 40))}`;
  }],
  ['ai', 'pinecone-client', (r, k) => {
    return `pinecone.exceptions.UnauthorizedException: (401)
Reason: Unauthorized
HTTP response headers: HTTPHeaderDict({'x-pinecone-api-version': '2025-04', 'content-length': '91'})
HTTP response body: {"error":{"code":"UNAUTHENTICATED","message":"Invalid API Key"},"status":401}
  Pinecone(api_key="${k.cred('pinecone-api-key', `pcsk_${b62(r, 5)}_${b62(r, 63)}`)}").Index(host="https://${lower(r, 10)}-${lower(r, 7)}.svc.aped-${r.int(1000, 9999)}-${lower(r, 4)}.pinecone.io")`;
  }],
  ['ai', 'weaviate-cloud', (r, k) => {
    return `weaviate.exceptions.UnexpectedStatusCodeError: Meta endpoint! Unexpected status code: 401, with response body: {'code': 401, 'message': 'anonymous access not enabled'}
  weaviate.connect_to_weaviate_cloud(cluster_url="https://${lower(r, 20)}.c0.${r.pick(['us-west3', 'europe-west3'])}.gcp.weaviate.cloud", auth_credentials=Auth.api_key("${k.cred('weaviate-api-key', r.chars(B62, 48))}"), headers={"X-Cohere-Api-Key": "${k.cred('cohere-api-key', b62(r, 40))}"})`;
  }],
  ['ai', 'qdrant-http', (r, k) => {
    return `qdrant_client.http.exceptions.UnexpectedResponse: Unexpected Response: 403 (Forbidden)
Raw response content: b'{"status":{"error":"Forbidden: Invalid API key or JWT"},"time":0.00001}'
  QdrantClient(url="https://${r.uuid()}.${r.pick(['us-east4-0', 'eu-central-1'])}.gcp.cloud.qdrant.io:6333", api_key="${k.cred('qdrant-api-key', `${r.uuid()}|${b64uChars(r, 54)}`)}")`;
  }],
  ['ai', 'langsmith-tracer', (r, k) => {
    const p = person(r);
    return `langsmith.utils.LangSmithAuthError: Authentication failed for https://api.smith.langchain.com/runs/multipart. HTTPError('401 Client Error: Unauthorized')
  LANGSMITH_API_KEY=${k.cred('langsmith-api-key', `lsv2_${r.pick(['pt', 'sk'])}_${hex(r, 32)}_${hex(r, 10)}`)}
  LANGSMITH_PROJECT=support-bot
  run.inputs: {"question": "what's the status of my claim?", "customer_email": "${k.pers('email', p.email)}", "customer_name": "${k.pers('person-name', p.name)}"}`;
  }],
  ['ai', 'helicone-proxy', (r, k) => {
    return `POST https://oai.helicone.ai/v1/chat/completions -> 401
  Helicone-Auth: Bearer ${k.cred('helicone-api-key', `sk-helicone-${lower(r, 7)}-${lower(r, 7)}-${lower(r, 7)}-${lower(r, 7)}`)}
  Helicone-User-Id: ${r.uuid()}
  Authorization: Bearer ${k.cred('mistral-api-key', b62(r, 32))}`;
  }],
  ['ai', 'llm-prompt-with-card', (r, k) => {
    const p = person(r);
    return `[guardrails] ${iso(r)} PII found in prompt sent to groq (blocked=false, mode=log):
  "Customer ${k.pers('person-name', p.name)} says card ${k.fin('card-number', card(r, '-'))} exp ${expiry(r)} was charged twice, CVC ${k.fin('card-cvc', cvc(r))}"
  key=${k.cred('groq-api-key', `gsk_${b62(r, 52)}`)}`;
  }],
];

/** Forms, scheduling, media and creator platforms: Typeform, Tally, Jotform, Calendly, Cal.com, Twitch, Vimeo, Spotify. */
export const FORMS: PosTpl[] = [
  ['forms', 'typeform-responses', (r, k) => {
    const p = person(r);
    return `typeform sync: GET https://api.typeform.com/forms/${b62(r, 8)}/responses?page_size=1000 (Authorization: Bearer ${k.cred('typeform-token', `tfp_${b62(r, 44)}_${b62(r, 14)}`)}) -> 200, first answer:
  {"type":"email","email":"${k.pers('email', p.email)}"},{"type":"phone_number","phone_number":"${k.pers('phone', p.phone)}"},{"type":"text","text":"${k.pers('person-name', p.name)}"},{"type":"date","date":"${k.pers('date-of-birth', p.dob)}"}`;
  }],
  ['forms', 'typeform-webhook-secret', (r, k) => {
    return `typeform webhook: invalid Typeform-Signature sha256=${r.b64(32)} computed with secret '${k.cred('typeform-webhook-secret', b62(r, 32))}' (form_id=${b62(r, 8)}, event_id=${upperAlnum26(r)})`;
  }],
  ['forms', 'tally-webhook', (r, k) => {
    const p = person(r);
    return `tally-hook: signature mismatch tally-signature=${r.b64(32)} TALLY_SIGNING_SECRET=${k.cred('tally-signing-secret', r.uuid())}
  fields: [{"label":"Full name","value":"${k.pers('person-name', p.name)}"},{"label":"Email","value":"${k.pers('email', p.email)}"},{"label":"Home address","value":"${k.pers('street-address', p.street)}, ${p.city}"}]
  TALLY_API_KEY=${k.cred('tally-api-key', `tly-${b62(r, 32)}`)}`;
  }],
  ['forms', 'jotform-query-key', (r, k) => {
    const p = person(r);
    return `GET https://api.jotform.com/form/${r.digits(15)}/submissions?apiKey=${k.cred('jotform-api-key', hex(r, 32))}&limit=100 -> 200
  submission ${r.digits(19)}: {"3":{"answer":{"first":"${k.pers('first-name', p.first)}","last":"${k.pers('last-name', p.last)}"}},"4":{"answer":"${k.pers('email', p.email)}"},"7":{"answer":"${k.pers('us-ssn', ssnLike(r))}"}}`;
  }],
  ['forms', 'calendly-pat', (r, k) => {
    const p = person(r);
    return `calendly: GET https://api.calendly.com/scheduled_events/${r.uuid()}/invitees 401 {"title":"Unauthenticated","message":"The access token is invalid"}
  Authorization: Bearer ${k.cred('calendly-token', jwt(r, { iss: 'https://auth.calendly.com', iat: now(r), jti: r.uuid(), user_uuid: r.uuid() }, 'HS512', { kid: '1ce1e136' }))}
  invitee: ${k.pers('person-name', p.name)} <${k.pers('email', p.email)}> text_reminder_number=${k.pers('phone', p.phone)}`;
  }],
  ['forms', 'calendly-webhook-signing', (r, k) => {
    return `Calendly-Webhook-Signature: t=${now(r)},v1=${hex(r, 64)} did not verify; CALENDLY_WEBHOOK_SIGNING_KEY=${k.cred('calendly-webhook-signing-key', b64uChars(r, 43))}`;
  }],
  ['forms', 'calcom-api', (r, k) => {
    const p = person(r);
    return `cal.com: POST https://api.cal.com/v2/bookings 400 {"status":"error","error":{"code":"BadRequestException","message":"no available users found"}}
  headers: { 'cal-api-version': '2024-08-13', Authorization: 'Bearer ${k.cred('calcom-api-key', `cal_live_${hex(r, 32)}`)}' }
  attendee: { name: '${k.pers('person-name', p.name)}', email: '${k.pers('email', p.email)}', timeZone: 'America/Chicago', phoneNumber: '${k.pers('phone', p.phone)}' }`;
  }],
  ['forms', 'twitch-client-credentials', (r, k) => {
    return `twitch: POST https://id.twitch.tv/oauth2/token?client_id=${lower(r, 30)}&client_secret=${k.cred('twitch-client-secret', lower(r, 30))}&grant_type=client_credentials
  <- {"access_token":"${k.cred('oauth-access-token', lower(r, 30))}","expires_in":${r.int(4000000, 5600000)},"token_type":"bearer"}
  then Helix GET /streams?user_login=${lower(r, 9)} -> 401 Client-Id mismatch`;
  }],
  ['forms', 'vimeo-upload', (r, k) => {
    return `VimeoRequestError: 401 Unauthorized {"error":"You must provide a valid authenticated access token.","link":null,"developer_message":"...","error_code":8003}
  vimeo.VimeoClient(token="${k.cred('vimeo-access-token', hex(r, 32))}", key="${hex(r, 40)}", secret="${k.cred('vimeo-client-secret', r.b64(96).replace(/=+$/, ''))}")`;
  }],
  ['forms', 'spotify-refresh', (r, k) => {
    const p = person(r);
    return `spotipy.oauth2.SpotifyOauthError: error: invalid_client, error_description: Invalid client secret
  SPOTIPY_CLIENT_ID=${hex(r, 32)} SPOTIPY_CLIENT_SECRET=${k.cred('spotify-client-secret', hex(r, 32))}
  cached token for ${k.pers('email', p.email)}: {"access_token": "${k.cred('spotify-access-token', `BQ${b64uChars(r, 150)}`)}", "refresh_token": "${k.cred('spotify-refresh-token', `AQ${b64uChars(r, 129)}`)}", "expires_at": ${now(r)}}`;
  }],
  ['forms', 'jotform-payment-field', (r, k) => {
    const p = person(r);
    return `jotform webhook (form ${r.digits(15)}) rawRequest: q3_name[first]=${encodeURIComponent(p.first)}&q3_name[last]=${encodeURIComponent(p.last)}&q4_email=${encodeURIComponent(p.email)}&q9_creditCard[cc_number]=${k.fin('card-number', card(r))}&q9_creditCard[cc_ccv]=${k.fin('card-cvc', cvc(r))}&q9_creditCard[cc_exp_month]=${r.int(1, 12)}
  contact: ${k.pers('person-name', p.name)} / ${k.pers('email', p.email)} from ${k.pers('end-user-ip', ipUser(r))}`;
  }],
  ['forms', 'twitch-eventsub-secret', (r, k) => {
    return `eventsub: Twitch-Eventsub-Message-Signature sha256=${hex(r, 64)} mismatch (message id ${r.uuid()}); secret="${k.cred('twitch-eventsub-secret', b62(r, 32))}" request ${reqId(r)}`;
  }],
];

function upperAlnum26(r: { chars(a: string, n: number): string }): string {
  return r.chars(UPPER + DIGITS, 26);
}
function ssnLike(r: { int(a: number, b: number): number }): string {
  return `${String(r.int(100, 665)).padStart(3, '0')}-${String(r.int(10, 99))}-${String(r.int(1000, 9999))}`;
}

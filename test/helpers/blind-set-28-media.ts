import type { PosTemplate28 } from './blind-set-28-types';
import * as T from './blind-set-28-tokens';
import { asJson28, asLines28, personFields28, plant28 } from './blind-set-28-plant';
import { ddPrefix28, model28, ts28 } from './blind-set-28-noise';
import { card28, dob28, phone28 } from './blind-set-28-values';

import { wrapC28 } from './blind-set-28-creds';
const S = 'media';

/** Speech and media APIs, SSE streams and notebook tracebacks. */
export const MEDIA28: PosTemplate28[] = [
  { source: S, name: 'elevenlabs-tts', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} elevenlabs.core.api_error.ApiError: status_code: 401, body: {'detail': {'status': 'invalid_api_key'}}`,
    `headers={'xi-api-key': '${b.c('elevenlabs', T.elevenKey28(r))}', 'Content-Type': 'application/json'}`,
    `text='Hello ${r.pick(['Mr', 'Ms'])}. Your appointment is confirmed. ${asLines28(personFields28(r, b, r.int(1, 3))).join('. ')}'`,
  ]) },
  { source: S, name: 'deepgram-transcript', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} voice-bot: deepgram live socket closed 1008 (DATA-0000)`,
    `> Authorization: Token ${b.c('deepgram', T.deepgramKey28(r))}`,
    `{"type": "Results", "channel": {"alternatives": [{"transcript": "yes my ${r.pick(['card number', 'card'])} is ${b.f('card', card28(r))} and my date of birth is ${b.p('dob', dob28(r))}", "confidence": 0.9${r.digits(2)}}]}}`,
  ]) },
  { source: S, name: 'assemblyai-webhook', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} ERROR assemblyai transcript ${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)} status=error`,
    `curl -X POST https://api.assemblyai.com/v2/transcript -H "authorization: ${b.c('assemblyai', T.assemblyKey28(r))}" -d '{"audio_url": "https://calls.example-cdn.net/${r.hex(16)}.wav", "webhook_url": "https://hooks.internal/asr"}'`,
    `utterances[${r.int(0, 30)}].text: "${r.pick(['Sure, it is', 'Okay so'])} ${asLines28(personFields28(r, b, r.int(1, 3))).join(', ')}"`,
  ]) },
  { source: S, name: 'whisper-transcript-json', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} whisper transcription stored (${r.int(10, 600)}s audio)`,
    `{"text": "Caller verified. ${asLines28(personFields28(r, b, r.int(2, 4), 'json')).join('. ')}.", "language": "${r.pick(['en', 'fr', 'es', 'de'])}", "segments": ${r.int(3, 90)}}`,
  ]) },
  { source: S, name: 'sse-stream-lines', make: (r, b) => {
    const fs = personFields28(r, b, r.int(2, 3), 'json');
    const lines = fs.map((f) => `data: {"id":"chatcmpl-${r.b62(29)}","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"${f.label}: ${f.value}\\n"}}]}`);
    return wrapC28(r, b, [`${ts28(r)} DEBUG raw SSE from ${model28(r)}:`, ...lines, 'data: [DONE]']);
  } },
  { source: S, name: 'sse-anthropic-tool-input', make: (r, b) => {
    const fs = personFields28(r, b, r.int(2, 3), 'json');
    return wrapC28(r, b, [
      'event: content_block_delta',
      ...fs.map((f) => `data: {"type":"content_block_delta","index":1,"delta":{"type":"input_json_delta","partial_json":"\\"${f.key}\\": \\"${f.value}\\", "}}`),
      'event: message_stop',
    ]);
  } },
  { source: S, name: 'jupyter-traceback', make: (r, b) => wrapC28(r, b, [
    '---------------------------------------------------------------------------',
    'AuthenticationError                       Traceback (most recent call last)',
    `Cell In[${r.int(2, 40)}], line ${r.int(1, 9)}`,
    `      1 client = OpenAI(api_key="${b.c('openai', T.openaiKey28(r))}")`,
    `----> 2 client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": df.loc[${r.int(0, 99)}, "notes"]}])`,
    `df.head(): ${asLines28(personFields28(r, b, r.int(2, 3))).join('  ')}`,
  ]) },
  { source: S, name: 'notebook-ipynb-output', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} nbconvert failed on cleanup_${r.hex(6)}.ipynb, offending cell:`,
    `{"cell_type": "code", "source": ["import anthropic\\n", "c = anthropic.Anthropic(api_key=\\"${b.c('anthropic', T.anthropicKey28(r))}\\")\\n"], "outputs": [{"output_type": "stream", "text": ["${asLines28(personFields28(r, b, r.int(2, 3), 'json')).join('\\n", "')}\\n"]}]}`,
  ]) },
  { source: S, name: 'realtime-voice-session', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} realtime session.update rejected`,
    `wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview headers: Authorization=Bearer ${b.c('openai', T.openaiKey28(r))}`,
    `conversation.item.input_audio_transcription.completed: "my phone is ${b.p('phone', phone28(r))} and ${asLines28(personFields28(r, b, 1), ' is ').join('')}"`,
  ]) },
  { source: S, name: 'replicate-prediction', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} replicate.exceptions.ReplicateError: ReplicateError Details: status: 402`,
    `REPLICATE_API_TOKEN=${b.c('replicate', T.replicateKey28(r))}`,
    `input={"prompt": "${asLines28(personFields28(r, b, r.int(1, 3), 'json')).join(', ')}", "image": "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA"}`,
  ]) },
  { source: S, name: 'twilio-voice-agent', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} voice-agent: Twilio callback for CA${r.hex(32)}`,
    `POST /voice/gather From=${plant28(b, 'personal', 'phone', phone28(r), 'url')}&SpeechResult=${encodeURIComponent('my details ')}${(() => { const fs = personFields28(r, b, 1, 'url'); return fs.map((f) => `${encodeURIComponent(`${f.label}: `)}${f.value}`).join('+'); })()}&AccountSid=AC${r.hex(32)}`,
    `Authorization: Basic ${b.c('basic~b64', Buffer.from(`AC${r.hex(32)}:${r.hex(32)}`).toString('base64'))}`,
  ]) },
  { source: S, name: 'form-urlencoded-kyc', make: (r, b) => {
    const fs = personFields28(r, b, r.int(3, 4), 'url');
    return wrapC28(r, b, [
      `${ddPrefix28(r)} kyc-agent POST /v1/verify 422`,
      `body: ${fs.map((f) => `${f.key}=${f.value}`).join('&')}&client_secret=${b.c('secret', r.b62(40))}`,
    ]);
  } },
  { source: S, name: 'vision-ocr-receipt', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} ocr-agent extracted fields from receipt upload file-${r.b62(24)}`,
    `${JSON.stringify({ confidence: 0.97 }).slice(0, -1)}, ${asJson28(personFields28(r, b, r.int(3, 5), 'json')).join(', ')}}`,
  ]) },
];

/**
 * A held-out style corpus for the scanner, made at run time from a seed: every format of
 * scan-corpus-formats.ts in several realistic contexts (positives), and close negatives (ids,
 * hashes, UUIDs, trace ids, base64 blobs, placeholders, documentation examples, reserved
 * domains, private addresses, low-entropy values, public-by-design keys). `scoreCorpus`
 * counts a value as found only when findings cover all of its characters, and a negative as
 * flagged when any finding on it is a leak (see isLeak: public keys and example data are not).
 */
import { isLeak } from '../../src/scan/is-leak';
import type { Finding } from '../../src/scan/types';
import { ALL_CONTEXTS, place } from './scan-corpus-contexts';
import { CORPUS_FORMATS, specialLine } from './scan-corpus-formats';
import { A, b64bytes, cardNumber, corpusRng, type Rng, uuid } from './scan-corpus-values';

/** A positive case: the text and the value's offsets in it. */
export interface PositiveCase {
  format: string;
  group: string;
  context: string;
  text: string;
  start: number;
  end: number;
}

/** A negative case: a text with nothing that is a leak. */
export interface NegativeCase {
  kind: string;
  text: string;
}

/** The corpus. */
export interface Corpus {
  positives: PositiveCase[];
  negatives: NegativeCase[];
}

/** Builds the corpus for `seed`: each format in every context it supports (at least 3), `perContext` times. */
export function buildCorpus(seed: number, perContext = 1): Corpus {
  const r = corpusRng(seed);
  const positives: PositiveCase[] = [];
  for (const f of CORPUS_FORMATS) {
    const contexts = f.contexts ?? ALL_CONTEXTS;
    const n = contexts.length === 0 ? 4 : contexts.length;
    for (let rep = 0; rep < perContext; rep++) {
      for (let k = 0; k < n; k++) {
        const value = f.value(r);
        const ctx = contexts[k];
        const parts = ctx === undefined ? specialLine(r, f.id, value, k) : place(r, ctx, r.pick(f.keys), value);
        if (!parts) throw new Error(`no line for ${f.id}`);
        const [head, v, after] = parts;
        const before = f.id === 'twilio-auth-token' && k % 2 === 0 ? `account_sid=AC${r.str(A.hex, 32)} ` + head : head; // next to an AC SID
        const [s, e] = f.secret ? f.secret(v) : [0, v.length];
        positives.push({ format: f.id, group: f.group, context: ctx ?? 'special', text: before + v + after, start: before.length + s, end: before.length + e });
      }
    }
  }
  const negatives: NegativeCase[] = [];
  for (let rep = 0; rep < perContext; rep++) {
    for (const [kind, gens] of Object.entries(NEGATIVES)) for (const g of gens) negatives.push({ kind, text: g(r) });
  }
  return { positives, negatives };
}

const ts = (r: Rng): string => `2026-12-03T1${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}.${r.int(100, 999)}Z`;
const ip = (r: Rng, kind: number): string =>
  [`10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`, `172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`, `192.168.${r.int(0, 255)}.${r.int(1, 254)}`, `127.0.0.${r.int(1, 9)}`, '169.254.169.254'][kind % 5]!;
const seqs = ['abc123abc123', '1234567890abcdef', 'abcdefghijklmnop', 'qwertyuiopasdfgh', '0123456789abcdef0123', 'aaaaaaaaaaaaaaaa', '1111111111111111', '00000000000000000000'];

/** Close negatives by kind. */
const NEGATIVES: Record<string, ((r: Rng) => string)[]> = {
  ids: [
    (r) => `${ts(r)} INFO sync: job ${uuid(r)} done request_id=${uuid(r)} correlationId=${uuid(r)}`,
    (r) => `{"trace_id":"${r.str(A.hex, 32)}","span_id":"${r.str(A.hex, 16)}","msg":"request completed","status":200}`,
    (r) => `${ts(r)} INFO http traceparent: 00-${r.str(A.hex, 32)}-${r.str(A.hex, 16)}-01 dd.trace_id=${r.str(A.digits, 19)}`,
    (r) => `deploy: commit ${r.str(A.hex, 40)} image=registry.acme-corp.net/api@sha256:${r.str(A.hex, 64)}`,
    (r) => `ETag: "${r.str(A.hex, 32)}" Content-MD5: ${b64bytes(r, 16)} x-amz-request-id: ${r.str(A.HEX, 16)}`,
    (r) => `{"idempotency_key":"${uuid(r)}","order_id":"${r.str(A.digits, 16)}","checksum":"sha1:${r.str(A.hex, 40)}"}`,
    (r) => `k8s: Pod api-7d9f${r.str(A.lower, 6)}-${r.str(A.lower + A.digits, 5)} Started container; uid=${uuid(r)} resourceVersion=${r.str(A.digits, 9)}`,
    (r) => `cache_key=contacts:v2:${r.str(A.hex, 40)} session_count=${r.int(1, 999)} token_count=${r.int(100, 9999)}`,
    (r) => `${ts(r)} INFO sqs: message_id=${uuid(r)} receipt handle digest=${r.str(A.hex, 64)}`,
    (r) => `{"payload":"${b64bytes(r, 96)}","encoding":"base64","content_type":"application/protobuf"}`,
    (r) => `Stripe event evt_${r.str(A.b62, 24)} for ch_${r.str(A.b62, 24)} status=succeeded`,
    (r) => `git fetch origin ${r.str(A.hex, 40)} && git checkout -b fix/${r.str(A.lower, 8)}`,
  ],
  placeholders: [
    () => `Authorization: Bearer <token>`,
    () => `export GITHUB_TOKEN=\${GITHUB_TOKEN}`,
    () => `password: "********"`,
    () => `api_key=YOUR_API_KEY_HERE`,
    () => `DB_PASSWORD=changeme`,
    () => `client_secret: {{ .Values.oauth.clientSecret }}`,
    () => `token=xxxxxxxxxxxxxxxxxxxxxxxx`,
    () => `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX`,
    () => `"password": "<your-password>"`,
    () => `secret_key = "%(SECRET_KEY)s"`,
    () => `aws_secret_access_key = $AWS_SECRET_ACCESS_KEY`,
    () => `curl -u \$USER:\$PASS https://api.acme-corp.net`,
    () => `postgres://user:password@localhost:5432/db`,
    () => `STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`,
  ],
  'doc-examples': [
    () => `aws_access_key_id = AKIAIOSFODNN7EXAMPLE`,
    () => `aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
    (r) => `${ts(r)} INFO mailer: sent welcome mail to user@example.com (cc ops@example.org, bounce@example.net)`,
    (r) => `{"email":"alice@test.example","reply_to":"noreply@mail.example.com","attempt":${r.int(1, 5)}}`,
    () => `smtp: from=bob@service.test to=carol@foo.invalid relay=root@localhost`,
    () => `github token example: ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
  ],
  'private-ips': [0, 1, 2, 3, 4, 0, 1, 2].map((k) => (r: Rng) => `${ts(r)} ERROR upstream: connect() to ${ip(r, k)}:8080 failed (111: Connection refused) client: ${ip(r, k + 1)}, server: api.acme-corp.net`),
  'low-entropy': [
    ...seqs.map((s, i) => () => `${['password', 'token', 'secret', 'api_key', 'PASSWORD', 'auth_token', 'secret_key', 'access_token'][i]}=${s}`),
    () => `card=0000 0000 0000 0000`,
    () => `pin: 000000 otp: 123456`,
  ],
  'public-keys': [
    (r) => `Stripe.js init: pk_live_${r.str(A.b62, 99)}`,
    (r) => `const firebaseConfig = { apiKey: "AIza${r.str(A.b64url, 35)}", authDomain: "acme-app.firebaseapp.com", projectId: "acme-app" };`,
    (r) => `"publishableKey":"pk_live_${r.str(A.b62, 24)}"`,
    (r) => `window.__FIREBASE__ = {"apiKey":"AIza${r.str(A.b64url, 35)}","messagingSenderId":"${r.str(A.digits, 12)}"}`,
  ],
  prose: [
    (r) => `${ts(r)} INFO auth: password reset email sent for user ${r.int(1000, 99999)}`,
    (r) => `${ts(r)} WARN auth: token expired for session, refreshing (expires_in=3600)`,
    () => `Authorization header missing or malformed`,
    (r) => `secret rotation scheduled for 2026-12-${r.int(10, 28)} by the platform team`,
    (r) => `${ts(r)} INFO billing: invoice INV-${r.str(A.digits, 8)} amount=${r.int(1, 999)}.${r.int(10, 99)} currency=USD order=${cardNumber(r).slice(0, 15)}9`,
    (r) => `version 1.${r.int(0, 20)}.${r.int(0, 9)}.${r.int(0, 99)} released; build ${r.str(A.digits, 8)}`,
    () => `SELECT id, password_hash IS NOT NULL AS has_password FROM users WHERE token_version > 2`,
    () => `passwordless login enabled; apiKeyRotationDays=90; tokenTtl=3600`,
  ],
};

/** Figures of one group. */
export interface GroupScore {
  total: number;
  hit: number;
  rate: number;
  misses: string[];
}

/** Recall per format group and false alarms per negative kind, plus overall figures. */
export interface CorpusScore {
  recall: Record<string, GroupScore>;
  falseAlarms: Record<string, GroupScore>;
  overallRecall: number;
  overallFalseAlarms: number;
  positives: number;
  negatives: number;
}

/** Scores a scanner on the corpus. */
export function scoreCorpus(corpus: Corpus, scan: (text: string) => Finding[]): CorpusScore {
  const recall: Record<string, GroupScore> = {};
  const falseAlarms: Record<string, GroupScore> = {};
  const bump = (m: Record<string, GroupScore>, k: string, hit: boolean, note: string): void => {
    const g = (m[k] ??= { total: 0, hit: 0, rate: 0, misses: [] });
    g.total++;
    if (hit) g.hit++;
    if (note) g.misses.push(note);
    g.rate = g.hit / g.total;
  };
  let found = 0;
  for (const p of corpus.positives) {
    const covered = new Uint8Array(p.end - p.start);
    for (const f of scan(p.text)) for (let i = Math.max(f.start, p.start); i < Math.min(f.end, p.end); i++) covered[i - p.start] = 1;
    const ok = covered.every((c) => c === 1);
    if (ok) found++;
    bump(recall, p.group, ok, ok ? '' : `${p.format}/${p.context}: ${p.text.slice(0, 200)}`);
  }
  let flagged = 0;
  for (const n of corpus.negatives) {
    const bad = scan(n.text).filter(isLeak);
    if (bad.length) flagged++;
    bump(falseAlarms, n.kind, bad.length > 0, bad.length ? `${bad.map((f) => f.detector).join(',')}: ${n.text.slice(0, 160)}` : '');
  }
  return {
    recall, falseAlarms,
    overallRecall: found / corpus.positives.length,
    overallFalseAlarms: flagged / corpus.negatives.length,
    positives: corpus.positives.length,
    negatives: corpus.negatives.length,
  };
}

/** The score as a short table (what `bench/scan-corpus.bench.ts` prints). */
export function formatScore(s: CorpusScore): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
  const lines = [`values fully covered: ${pct(s.overallRecall)} of ${s.positives}; negatives flagged: ${pct(s.overallFalseAlarms)} of ${s.negatives}`];
  for (const [g, v] of Object.entries(s.recall)) lines.push(`  covered   ${g.padEnd(14)} ${String(v.hit).padStart(4)}/${String(v.total).padEnd(4)} ${pct(v.rate)}`);
  for (const [g, v] of Object.entries(s.falseAlarms)) lines.push(`  flagged   ${g.padEnd(14)} ${String(v.hit).padStart(4)}/${String(v.total).padEnd(4)} ${pct(v.rate)}`);
  return lines.join('\n');
}

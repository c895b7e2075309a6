import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { B62, DIG, LO, mix, person, str, everydayProbe } from '../../helpers/everyday-kit';

/**
 * Secrets and personal data sent encoded (detectors/encoded-runs.ts): base64 and base64url blobs,
 * base64 inside base64, hex dumps, `\x`/`\u` escape runs — each decoded, scanned and reported whole;
 * beside them encoded text that holds nothing (ids, hashes, TLS bytes in an nginx line, Windows paths).
 */
const { found, clean } = everydayProbe();
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const b64url = (s: string): string => Buffer.from(s).toString('base64url');
const hex = (s: string): string => Buffer.from(s).toString('hex');
const gh = (): string => `ghp_${str(B62, 36)}`;
const sk = (): string => `sk_live_${str(B62, 24)}`;
const mail = (): string => `${str(LO, 6)}.${str(LO, 5)}@gmail.com`;

describe('encoded secrets', () => {
  it('finds a token base64-encoded alone, in a form body, base64url, and base64 inside base64', () => {
    const a = b64(gh());
    expect(found(`cache entry value=${a} ttl=300`, a)).toBe(true);
    const b = b64(`grant_type=refresh&token=${gh()}&client=ops`);
    expect(found(`sqs body: ${b}`, b)).toBe(true);
    const c = b64url(sk());
    expect(found(`{"state":"${c}"}`, c)).toBe(true);
    const d = b64(b64(`{"password":"${mix(14, '!#')}"}`));
    expect(found(`artifact=${d}`, d)).toBe(true);
  });

  it('finds a hex dump and escape runs of a secret', () => {
    const a = hex(`Authorization: Bearer ${sk()}`);
    expect(found(`tcp payload ${a}`, a)).toBe(true);
    const s = sk();
    const x = [...s].map((ch) => `\\x${ch.charCodeAt(0).toString(16)}`).join('');
    expect(found(`php: var_dump("${x}")`, x)).toBe(true);
    const u = `\\u0073${s.slice(1)}`;
    expect(found(`config key=${u}`, u)).toBe(true);
  });

  it('finds personal data base64-encoded and hex-encoded', () => {
    const m = b64(`to=${mail()}`);
    expect(found(`mailer job args ${m}`, m)).toBe(true);
    const n = hex(`customer ${person()} <${mail()}>`);
    expect(found(`raw=${n}`, n)).toBe(true);
  });

  it('leaves encoded text that holds nothing alone', () => {
    expect(clean(`sha256=${createHash('sha256').update(str(B62, 9)).digest('hex')} build ok`)).toEqual([]);
    expect(clean(`X-Request-Id: ${b64(`request ${str(DIG, 6)} from billing`)}`)).toEqual([]);
    expect(clean(`note=${b64('password reset link sent')} id=${b64url(str(B62, 30))}`)).toEqual([]);
    expect(clean(`hex=${hex(`token refresh scheduled for job ${str(DIG, 4)}`)}`)).toEqual([]);
    expect(clean('nginx: "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03" 400 0 "-" "-"')).toEqual([]);
    expect(clean('upload path C:\\xampp\\htdocs\\user\\uploads failed')).toEqual([]);
    expect(clean(`{"html":"\\u003cb\\u003eOrder ${str(DIG, 6)}\\u003c/b\\u003e shipped"}`)).toEqual([]);
    expect(clean(`data: ${b64('email sent to support queue')}`)).toEqual([]);
  });
});

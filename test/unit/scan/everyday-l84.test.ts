import { describe, expect, it } from 'vitest';
import { everydayProbe } from '../../helpers/everyday-kit';
import { rng } from './sample-rng';
import { punctuatedPassword } from './generators-l84';

/**
 * Lead round l84 (blind set 82 at a fresh seed): a password with punctuation written bare in a record of unquoted
 * fields is redacted whole, up to the next field; structures, references, masks and non-password keys stay clean.
 */
const { found, clean } = everydayProbe();

describe('lead round l84: bare passwords with punctuation, up to the next field', () => {
  it('finds the whole password in Go %+v structs, batch lines and dumps, in English and other languages', () => {
    const r = rng(84);
    for (const line of [
      (p: string) => `panic: unexpected state: &{BrokerUrl:amqp://mq:5672 DbPassword:${p} DurationMs:13351}`,
      (p: string) => `state: &{Senha:${p} Status:pending}`,
      (p: string) => `state: &{User:svc Password:${p}}`,
      (p: string) => `E batch: newpassword = ${p} | anthropic-api-key = <unset> | DURATION_MS = 13211`,
      (p: string) => `config dump: host=db-1 passwort=${p} port=5432`,
      (p: string) => `smtp_pass: ${p}`,
    ]) {
      const p = punctuatedPassword(r);
      expect(found(line(p), p), line(p)).toBe(true);
    }
  });

  it('leaves structures, references, masks, prose and other keys clean', () => {
    for (const text of [
      'password: {type: string, minLength: 8, pattern: "^(?=.*[A-Z])"}',
      'password_policy: min(12),upper(1),digit(1) enforced=true',
      'password=${DB_PASS_V2}(ref) other=1',
      'password: [REDACTED] user=svc',
      'password: <hidden-by-policy-2> user=svc',
      'passwordless: enabled(v2) mode=magic-link',
      'passed: tests(128/128) failed=0',
      'compass_heading: 271(deg),true north=1',
      '&{Passes:12(ok) Retries:3}',
      'password: "quoted(1)Value{x}" user=svc',
    ]) expect(clean(text), text).toEqual([]);
  });

  it("finds a session id in a web framework's own format under a session key, and leaves ids of other shapes alone", () => {
    const r = rng(841);
    const php = (): string => `${r.str('ghijklmnopqrstuv', 2)}${r.str('0123456789', 2)}${r.str('0123456789abcdefghijklmnopqrstuv', 22)}`;
    const django = (): string => `${r.str('ghijklmnopqrstuvwxyz', 2)}${r.str('0123456789', 2)}${r.str('abcdefghijklmnopqrstuvwxyz0123456789', 28)}`;
    const java = (): string => `${r.str('ABCDEF', 2)}${r.str('0123456789', 2)}${r.str('0123456789ABCDEF', 28)}`;
    const signed = (): string => `${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2)}${r.str('abcdefghijklmnopqrstuvwxyz', 2)}${r.str('0123456789', 2)}${r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 156)}`;
    for (const [line, v] of [
      [(x: string) => `config:\n  PHPSESSID: ${x}\n  retries: 3`, php()],
      [(x: string) => `<Customer id="44963"><context><sessionid>${x}</sessionid></context></Customer>`, django()],
      [(x: string) => `attrs: user -> 'u_1' | JSESSIONID -> '${x}'`, java()],
      [(x: string) => `{"variables":{"phpSession":"${x}"}}`, php()],
      [(x: string) => `{'PHPSESSID': '${x}', 'lang': 'de'}`, php()],
      [(x: string) => `level=warn msg="replay" rails_session=${x} ip=10.0.0.1`, signed()],
    ] as const) expect(found(line(v), v), line(v)).toBe(true);
    for (const text of [
      'session_id=3f2a9c1e8b7d4f6a0c5e9b2d1a8f7c3e user=42',
      '{"session_id":"550e8400-e29b-41d4-a716-446655440000"}',
      'sessionId: ab12cd34ef56ab12cd34ef56ab12cd34',
      'session_count: 12345678901234567890123456',
      'session_cookie_name: laravelsessionabcdefghijklmn1',
      'X-Amplitude-Session: 1733220000123 session_id=1733220000123456789012345',
    ]) expect(clean(text), text).toEqual([]);
  });
});

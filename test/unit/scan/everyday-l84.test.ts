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
});

import { describe, expect, it } from 'vitest';
import { b62, covered, leaks, pick } from '../../helpers/leak-checks';

/**
 * Blind set 18's classes left after round 5 (cred18/pf18), fixed as classes once the set had been measured
 * held out (tuning: the set's own figures after this are an upper bound). Values are drawn at each run; every
 * class has look-alikes that must stay unflagged.
 */
const DIGITS = '0123456789';

/** A Singapore NRIC (S/T series) with its check letter. */
function nric(): string {
  const prefix = pick('ST', 1);
  const digits = pick(DIGITS, 7);
  const sum = [2, 7, 6, 5, 4, 3, 2].reduce((n, w, i) => n + w * Number(digits[i]), prefix === 'T' ? 4 : 0);
  return `${prefix}${digits}${'JZIHGFEDCBA'[sum % 11]}`;
}

/** A UK National Insurance number in HMRC's allocated prefixes, spaced as written on letters. */
/** A valid NINO prefix: the letters HMRC allows, without the pairs it never issues (BG, GB, KN, NK, NT, TN, ZZ). */
const ninoPrefix = (): string => {
  for (;;) {
    const p = `${pick('ABCEHJKLMNPRSTWXYZ', 1)}${pick('ABCEGHJKLMNPRSTWXYZ', 1)}`;
    if (!['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(p)) return p;
  }
};
const nino = (): string => `${ninoPrefix()} ${pick(DIGITS, 2)} ${pick(DIGITS, 2)} ${pick(DIGITS, 2)} ${pick('ABCD', 1)}`;

describe('OpenTelemetry OTLP/JSON attribute lists', () => {
  it('finds ids and mailboxes under the attribute key beside them', () => {
    const id = nric();
    const passport = `C${pick('0123456789CFGHJKLMNPRTVWXYZ', 8)}`;
    const text = [
      '"attributes": [',
      `  {"key": "enduser.id", "value": {"stringValue": "${pick(DIGITS, 6)}"}},`,
      `  {"key": "app.customer.nric", "value": {"stringValue": "${id}"}},`,
      `  {"key": "app.customer.passport_number", "value": {"stringValue": "${passport}"}}`,
      ']',
    ].join('\n');
    expect(covered(text, id)).toBe(true);
    expect(covered(text, passport)).toBe(true);
    const compact = `{"key":"user.nric","value":{"stringValue":"${id}"}},{"key":"http.status_code","value":{"intValue":"500"}}`;
    expect(covered(compact, id)).toBe(true);
  });

  it('leaves ids under keys that do not name a person\'s id alone', () => {
    expect(leaks(`{"key": "app.order_id", "value": {"stringValue": "${nric()}"}}`)).toEqual([]);
    expect(leaks(`{"key": "http.status_code", "value": {"intValue": "502"}}, {"key": "net.peer.port", "value": {"intValue": "5432"}}`)).toEqual([]);
  });
});

describe('form-encoded National Insurance numbers', () => {
  it('finds a NINO whose spaces a form body wrote as `+`', () => {
    const v = nino().replace(/ /g, '+');
    expect(covered(`"text": "first_name=Priya&ni_number=${v}&terms=on"`, v)).toBe(true);
    expect(covered(`POST /apply nino=${v}`, v)).toBe(true);
  });

  it('does not take a `+`-joined code under another key for one', () => {
    expect(leaks(`voucher=${nino().replace(/ /g, '+')}&terms=on`)).toEqual([]);
  });
});

describe('not secrets: public site keys, Terraform placeholders, masked prefixes', () => {
  it('leaves reCAPTCHA and Turnstile site keys alone, and finds their secret keys', () => {
    const site = `6L${b62(38)}`;
    expect(leaks(`RECAPTCHA_SITE_KEY=${site}`)).toEqual([]);
    expect(leaks(`export NEXT_PUBLIC_RECAPTCHA_SITE_KEY="${site}"`)).toEqual([]);
    expect(leaks(`TURNSTILE_SITE_KEY=0x4AAAAAAA${b62(14)}`)).toEqual([]);
    const secret = `6L${b62(38)}`;
    expect(covered(`RECAPTCHA_SECRET_KEY=${secret}`, secret)).toBe(true);
  });

  it('leaves parenthesised placeholders alone: `(sensitive value)`, `(known after apply)`', () => {
    expect(leaks(`"module_args": {"env": {"STRIPE_SECRET_KEY": "(sensitive value)", "API_KEY": "<redacted>"}}`)).toEqual([]);
    expect(leaks(`  + password = (sensitive value)\n  + token    = (known after apply)`)).toEqual([]);
  });

  it('leaves a kept prefix with a masked body alone, and finds a whole key in markdown bold', () => {
    expect(leaks('Authorization: Bearer sk_live_****************************abcd')).toEqual([]);
    expect(leaks('Authorization: Bearer sk_live_…abcd')).toEqual([]);
    expect(leaks('token: ghp_...1234 (masked)')).toEqual([]);
    const key = `sk_live_${b62(40)}`;
    expect(covered(`**${key}** is the key in the runbook`, key)).toBe(true);
  });
});

describe('process environments printed with `^@`', () => {
  it('ends a value at `^@` and counts a Razorpay key id kept under a key secret\'s name', () => {
    const secret = b62(24);
    const text = `PATH=/usr/bin^@RAZORPAY_KEY_SECRET=${secret}^@HOME=/root`;
    expect(covered(text, secret)).toBe(true);
    const s = leaks(text);
    expect(s.some((x) => x.includes('HOME'))).toBe(false);
    const id = `rzp_live_${b62(14)}`;
    expect(covered(`PATH=/usr/bin^@RAZORPAY_KEY_SECRET=${id}^@HOME=/root`, id)).toBe(true);
  });

  it('keeps a Razorpay key id alone public (Checkout embeds it in every payment page)', () => {
    expect(leaks(`RAZORPAY_KEY_ID=rzp_live_${b62(14)}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/scan';
import { isLeak } from '../../../src/scan/is-leak';
import { unwrapFormBodies } from '../../../src/scan/unwrap-form';

const scanner = createScanner({ cleanTexts: false });
/** The spans of `text` the scan reports as leaks. */
const leakSpans = (text: string) => scanner.scan(text).filter(isLeak).map((f) => text.slice(f.start, f.end));
/** True when some leak finding covers all of `value` (each place it is written). */
function covered(text: string, value: string): boolean {
  const fs = scanner.scan(text).filter(isLeak);
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    if (!fs.some((f) => f.start <= at && f.end >= at + value.length)) return false;
  }
  return text.includes(value);
}

const MAILGUN =
  'body: Content-Type=multipart%2Falternative%3B+boundary%3D%22ae78537817ef7061b50d14cdc242%22&Date=Thu%2C+18+Apr+2024+18%3A39%3A41+%2B0000' +
  '&From=Rub%C3%A9n+Garc%C3%ADa+Ortega+%3Cgarciaortega.ruben%40yahoo.es%3E&Subject=Re%3A+your+order' +
  '&body-plain=Hola%2C%0A%0AMi+tel%C3%A9fono+es+787+667+629.%0A%0ASaludos%2C%0ARub%C3%A9n+Garc%C3%ADa+Ortega&recipient=support%40mg.example.net';
const TWILIO =
  'raw body: ToCountry=US&SmsStatus=received&Body=Carte+%3A+3711+014689+19524+%E2%80%93+CVV+5030+Identifiant+%3A+lefevre.helene%40orange.fr+%2F+mot+de+passe+%3A+Liverpool-373hexe' +
  '&To=%2B12065750653&NumSegments=1&MessageSid=SM0d281ac422ad4b59e96091bb06b9b90f&AccountSid=AC1ba2aa47d8b575807ab48db4d3f2eb6d&From=%2B33722769476';

describe('form-encoded bodies are read as their fields hold them (round l87)', () => {
  it('decodes escapes, UTF-8 runs and `+`, puts each pair on a line, and maps every character back', () => {
    const u = unwrapFormBodies(MAILGUN)!;
    expect(u.text).toContain('body-plain=Hola,\n\nMi teléfono es 787 667 629.\n\nSaludos,\nRubén García Ortega\nrecipient=support@mg.example.net');
    const at = u.text.indexOf('Rubén García Ortega\nrecipient');
    expect(MAILGUN.slice(u.from[at]!, u.to[at + 'Rubén García Ortega'.length - 1]!)).toBe('Rub%C3%A9n+Garc%C3%ADa+Ortega');
    // `%3D`, `%26` and `%25` stay as written: decoded, they would move where a pair or a value ends.
    expect(u.text).toContain('boundary%3D"ae78537817ef7061b50d14cdc242"');
  });

  it('finds the name after a sign-off and the phone in the prose of a Mailgun body, as written', () => {
    expect(covered(MAILGUN, 'Rub%C3%A9n+Garc%C3%ADa+Ortega')).toBe(true);
    expect(covered(MAILGUN, '787+667+629')).toBe(true);
  });

  it('reads a password in an SMS body up to its pair end, so the public account SID after it does not take it over', () => {
    expect(covered(TWILIO, 'Liverpool-373hexe')).toBe(true);
    expect(covered(TWILIO, '3711+014689+19524')).toBe(true);
    expect(covered(TWILIO, '5030')).toBe(true);
    expect(leakSpans(TWILIO).some((s) => s.includes('Liverpool-373hexe&To'))).toBe(false);
  });

  it('leaves URL query strings and bodies without prose alone', () => {
    expect(unwrapFormBodies('GET /search?q=caf%C3%A9+noir&page=2&sort=asc HTTP/1.1')).toBeNull();
    expect(unwrapFormBodies('grant_type=client_credentials&scope=read%3Aorders&audience=https%3A%2F%2Fapi.example.com')).toBeNull();
    expect(unwrapFormBodies('no body here: a+b & c=d')).toBeNull();
    expect(leakSpans('GET /search?q=caf%C3%A9+noir&page=2&sort=asc&lang=fr HTTP/1.1 200')).toEqual([]);
  });
});

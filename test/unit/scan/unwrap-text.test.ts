import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { unwrapText } from '../../../src/scan/unwrap-text';

const scanner = createScanner({ cleanTexts: false });
const PGPASS = 'db.internal:5432:*:app:M5vnk-iJ4u3akiOYYZED1';

/** The spans of the leak findings in `text`, as text. */
const leaks = (text: string): string[] => scanner.scan(text).filter(isLeak).map((f) => text.slice(f.start, f.end));

describe('unwrapText: the text as written before a log pipeline wrapped it', () => {
  it('decodes a multi-line JSON string onto lines of its own and maps every character back to its escape', () => {
    const text = '{"ddsource":"app","message":"cat ~/.pgpass\\nkey \\"x\\"\\u00fc"}';
    const u = unwrapText(text)!;
    expect(u.text).toBe('{"ddsource":"app","message":"\ncat ~/.pgpass\nkey "x"ü\n"}');
    for (let i = 0; i < u.text.length; i++) {
      const raw = text.slice(u.from[i], u.to[i]);
      expect(raw === u.text[i] || JSON.parse(`"${raw}"`) === u.text[i] || raw === '', `${i}: ${raw}`).toBe(true);
    }
  });

  it('leaves a secret key value and a one-level escaped value as written', () => {
    expect(unwrapText('{"private_key":"-----BEGIN PRIVATE KEY-----\\nMIIE\\n-----END PRIVATE KEY-----\\n"}')).toBeNull();
    expect(unwrapText('{"password":"5GelhxUw\\"l0f2UyT3"}')).toBeNull();
  });

  it('takes off CRLF, a log prefix repeated on consecutive lines, Markdown quotes and a YAML block indentation', () => {
    expect(unwrapText('a: 1\r\nb: 2\r\n')!.text).toBe('a: 1\nb: 2\n');
    const p = '<134>Dec  5 08:41:07 host app[123]: ';
    expect(unwrapText(`${p}$ cat ~/.pgpass\n${p}  ${PGPASS}`)!.text).toBe(`$ cat ~/.pgpass\n  ${PGPASS}`);
    expect(unwrapText(`> line one\n> ${PGPASS}`)!.text).toBe(`line one\n${PGPASS}`);
    expect(unwrapText(`log: |\n    first\n    ${PGPASS}\nnext: 1`)!.text).toBe(`log: |\nfirst\n${PGPASS}\nnext: 1`);
  });

  it("leaves a log's own lines (each with its own timestamp) and a secret key's YAML block as they are", () => {
    expect(unwrapText('2026-12-05T08:41:07.123Z INFO a\n2026-12-05T08:41:08.456Z INFO b\n')).toBeNull();
    expect(unwrapText('rendered:\n  api_token: |\n    abcDEF123ghiJKL456\n  replicas: 2')).toBeNull();
  });

  it('finds what the wrapped text holds, the finding covering the wrapped span', () => {
    const json = `{"message":"$ cat ~/.pgpass\\n${PGPASS}"}`;
    expect(leaks(json)).toEqual(['M5vnk-iJ4u3akiOYYZED1']);
    const iso = '2026-12-05T08:41:07.123Z ERROR [worker-3] ';
    expect(leaks(`${iso}$ cat ~/.pgpass\r\n${iso}${PGPASS}\r\n`)).toEqual(['M5vnk-iJ4u3akiOYYZED1']);
  });
});

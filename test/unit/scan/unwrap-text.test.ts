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

  it("reads a program's own quoted string inside a decoded text as written (Expect's sent password, one and two JSON levels deep)", () => {
    const pw = 'Tr0ub4dor&3xKq';
    const transcript = `spawn kinit svc_etl@CORP.EXAMPLE.NET\r\nPassword for svc_etl@CORP.EXAMPLE.NET: \r\nsend: sending "${pw}\\n" to { exp4 }\r\nkinit: Preauthentication failed`;
    const once = JSON.stringify({ level: 'error', msg: transcript });
    const twice = JSON.stringify({ service: 'etl', message: once });
    // Decoded once, the Expect line is as the program wrote it: `"<pw>\n"` with a backslash-n.
    expect(unwrapText(once)!.text).toContain(`send: sending "${pw}\\n" to { exp4 }`);
    expect(unwrapText(twice)!.text).toContain(`send: sending "${pw}\\n" to { exp4 }`);
    for (const text of [transcript, once, twice, `worker[7]: ${once}`]) expect(leaks(text), text).toContain(JSON.parse(JSON.stringify(text.slice(text.indexOf('Tr0ub'), text.indexOf('Tr0ub') + pw.length))));
  });

  it('still decodes a string nested in a decoded JSON text where a value stands (after `:`, `=` or `,`)', () => {
    const inner = JSON.stringify({ msg: `$ cat ~/.pgpass\n${PGPASS}` });
    expect(leaks(JSON.stringify({ message: inner }))).toEqual(['M5vnk-iJ4u3akiOYYZED1']);
    const logfmt = JSON.stringify({ message: `level=error msg="$ cat ~/.pgpass\\n${PGPASS}"` });
    expect(leaks(logfmt)).toEqual(['M5vnk-iJ4u3akiOYYZED1']);
  });

  it('reads a value split by characters that print as nothing (zero-width space, soft hyphen, bidi controls) whole', () => {
    const cases: [string, string][] = [
      ['ssn: 512\u200B-48-9173 on file', '512\u200B-48-9173'],
      ['card 4556\u00AD7375\u200C8689\u200D9855 declined', '4556\u00AD7375\u200C8689\u200D9855'],
      ['owner maria.gonz\u2060alez84@gm\uFEFFail.com', 'maria.gonz\u2060alez84@gm\uFEFFail.com'],
      ['pass\u200Bword=Vx9kLm2qRt7Zp4', 'Vx9kLm2qRt7Zp4'],
      ['iban \u202EDE47370400440532013077\u202C', 'DE47370400440532013077\u202C'],
    ];
    for (const [text, value] of cases) {
      const got = leaks(text).join('|');
      expect(got.replace(/[\u200B-\u200F\u202A-\u202E\u2060\uFEFF\u00AD]/g, ''), text).toContain(value.replace(/[\u200B-\u200F\u202A-\u202E\u2060\uFEFF\u00AD]/g, ''));
      expect(got, text).toContain(value.replace(/\u202C$/, ''));
    }
    expect(leaks('order\u200B 1234-5678 shipped\u00AD to\u2060 depot 42')).toEqual([]);
  });

  it('reads values wrapped in terminal colours (ESC sequences, and the same written out as \\x1b[, \\u001b[, \\033[)', () => {
    const ssn = `${512}-48-9173`;
    for (const text of [
      `\x1b[31mERROR\x1b[0m kyc failed ssn=\x1b[1m${ssn}\x1b[0m`,
      `ssn=\x1b[1;33m${ssn.slice(0, 3)}\x1b[0m-48-9173`,
      `{"msg":"\\u001b[32mok\\u001b[0m ssn=\\u001b[1m${ssn}\\u001b[0m"}`,
      `repr: 'ssn=\\x1b[1m${ssn}\\x1b[0m'`,
      `\x1b]8;;https://console.example/u/1\x07ssn ${ssn}\x1b]8;;\x07`,
    ]) {
      const got = leaks(text).join('|');
      // eslint-disable-next-line no-control-regex -- the colour codes themselves
      expect(got.replace(/\x1b\[[0-9;]*m|\\(?:u001b|x1b)\[[0-9;]*m/g, ''), text).toContain(ssn);
    }
    expect(leaks('\x1b[32m200\x1b[0m GET /health 3ms \x1b[2mreq=8f1c\x1b[0m')).toEqual([]);
  });

  it('finds them the same in a long text (over 1 KB, where they are looked for by string searches), Latin-1 or not', () => {
    const ssn = `${512}-48-9173`;
    const filler = 'GET /health 200 3ms req=8f1c upstream=10.2.3.4:8080\n'.repeat(40);
    for (const marked of [
      `ssn=\x1b[1m${ssn}\x1b[0m`,
      `ssn=\\x1b[1m${ssn}\\x1B[0m`,
      `ssn=\\\\u001b[1m${ssn}\\\\u001B[0m`,
      `ssn=\\033[1;33m${ssn}\\033[0m`,
      `ssn=\\e[1m${ssn}\\e[0m`,
      `ssn: 512\u200B-48-9173`,
      `ssn: 512\u00AD-48-9173`,
    ]) {
      for (const text of [filler + marked + '\n' + filler, 'déjà vu: ' + filler + marked, '東京 ' + filler + marked]) {
        expect(text.length).toBeGreaterThan(1024);
        // eslint-disable-next-line no-control-regex -- the colour codes themselves
        const got = leaks(text).map((v) => v.replace(/\x1b\[[0-9;]*m|\\+(?:u001[bB]|x1[bB]|033|e)\[[0-9;]*m|[\u200B\u00AD]/g, ''));
        expect(got, marked).toContain(ssn);
      }
    }
  });

  it('decodes quoted-printable only in the paragraphs that are QP, once', () => {
    const mail = 'Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\nthe config had ssn=3D592-86-8558 in=\n it.\n';
    const log = '2026-09-10T19:55:15.319Z INFO sync: synced request_id=req_8L6o trace_id=1623405859859806972 span_id=284728958177545060\n';
    expect(leaks(mail + '\n' + log)).toEqual(['592-86-8558']);
    expect(leaks(log + '\n' + mail)).toEqual(['592-86-8558']);
    expect(unwrapText(mail)!.text).toContain('ssn=592-86-8558 in it.');
  });

  it('finds the `quoted-printable` header in any case, even at a text\'s start, and only whole', () => {
    for (const name of ['quoted-printable', 'Quoted-Printable', 'QUOTED-PRINTABLE', 'qUoTeD-pRiNtAbLe']) {
      const mail = `Content-Transfer-Encoding: ${name}\n\nthe config had ssn=3D592-86-8558 in=\n it.\n`;
      expect(unwrapText(mail)?.text, name).toContain('ssn=592-86-8558 in it.');
      expect(unwrapText(`${name}\n\nthe config had a=\n soft break`)?.text, name).toContain('had a soft break');
    }
    // `d-p` of another word, and `printable` without `quoted-`: no header, nothing decoded.
    expect(unwrapText('build-id d-p9 printable=yes\n\nthe config had a=\n soft break')).toBeNull();
  });

  it('reads a one-line record message under each message key, and under no other key', () => {
    for (const key of ['msg', 'message', 'log', 'text', 'error', 'body']) {
      const line = `{"level":"info","${key}":"db.internal:5432:*:app:M5vnk-iJ4u3akiOYYZED1","ts":1}`;
      expect(unwrapText(line)?.text, key).toContain(`\n${PGPASS}\n`);
    }
    for (const key of ['msgs', 'logs', 'level', 'trace', 'errors', 'bod']) expect(unwrapText(`{"${key}":"db.internal:5432:*:app:M5vnk-iJ4u3akiOYYZED1"}`), key).toBeNull();
  });

  it('passes over the indented lines of a stack trace under a shared first space, and still takes off a shared log prefix', () => {
    const trace = 'java.lang.IllegalStateException: boom\n\tat com.acme.A.run(A.java:1)\n\tat com.acme.B.run(B.java:2)\n    at x (y.js:1:2)\n    at z (w.js:3:4)\n';
    expect(unwrapText(trace)).toBeNull();
    const p = '2026-12-05T08:41:07.123Z ERROR ';
    expect(unwrapText(`${p}first\n${p}${PGPASS}\n`)!.text).toBe(`first\n${PGPASS}\n`);
  });
});

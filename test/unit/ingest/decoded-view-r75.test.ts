import { describe, expect, it } from 'vitest';
import { decodeView, mayBeEncoded } from '../../../src/ingest/decoded-view';
import { decodingScanner } from '../../../src/ingest/decoding-scanner';
import { createScanner } from '../../../src/scan';
import { freshSecrets, randomChars } from '../../helpers/secrets';

/**
 * Round r75: the decoded view also reads C/Python/Go byte escapes, quoted-printable (in a text that shows it), hex
 * dumps of printable text, and undoes Unicode disguises (fullwidth ASCII, odd spaces, zero-width characters, soft
 * hyphens, smart quotes, Cyrillic look-alikes inside Latin words) — each mapped back to the original's offsets.
 */
const scanner = decodingScanner(createScanner());
const secrets = freshSecrets();
const hexOf = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

/** The original span of the view's `[s, e)`. */
const orig = (text: string, s: number, e: number): string => {
  const v = decodeView(text)!;
  return text.slice(v.map[s]!, v.map[e]!);
};

describe('decodeView, round r75 encodings', () => {
  it('decodes \\x byte escapes, UTF-8 sequences of them, and \\\' ', () => {
    const v = decodeView("b'pass\\x3dw\\xc3\\xa9rd\\'s'")!;
    expect(v.text).toBe("b'pass=wérd's'");
    expect(orig("b'pass\\x3dw\\xc3\\xa9rd\\'s'", 6, 7)).toBe('\\x3d');
    expect(orig("b'pass\\x3dw\\xc3\\xa9rd\\'s'", 8, 9)).toBe('\\xc3\\xa9');
  });

  it('decodes quoted-printable only in a text that shows it, soft line breaks included', () => {
    const qp = 'Content-Transfer-Encoding: quoted-printable\r\n\r\ntoken=3Dabc=\r\ndef K=C3=BChn retries=12';
    expect(decodeView(qp)!.text).toBe('Content-Transfer-Encoding: quoted-printable\r\n\r\ntoken=abcdef Kühn retries=12');
    expect(decodeView('retries=12 ratio=AB')).toBeNull();
  });

  it('decodes a hex dump of printable text, not ids, digests or digit runs', () => {
    const t = `bytes ${hexOf('SG.abcdefgh.ijkl')} end`;
    expect(decodeView(t)!.text).toBe('bytes SG.abcdefgh.ijkl end');
    expect(decodeView(`resp ${hexOf('hunter2-pass')}00 ok`)!.text).toBe('resp hunter2-pass ok');
    expect(decodeView('trace 4bf92f3577b34da6a3ce929d0e0e4736 sha 2a6f0c3e1d7b9a8c5e4f3d2c1b0a9f8e7d6c5b4a')).toBeNull();
    expect(decodeView('order 2534263747586970 card 4111111111111111')).toBeNull();
  });

  it('undoes Unicode disguises, Cyrillic look-alikes only inside a Latin word', () => {
    expect(decodeView('ｐａｓｓｗｏｒｄ＝x')!.text).toBe('password=x');
    expect(decodeView('api\u200b_key=a\u00a0b pass\u00adword “q” ‘s’')!.text).toBe('api_key=a b password "q" \'s\'');
    expect(decodeView('\u0440\u0430ssw\u043erd=x')!.text).toBe('password=x');
    expect(mayBeEncoded('Иван Петров')).toBe(false);
    expect(decodeView('Иван Петров, pass')).toBeNull();
  });
});

describe('decodingScanner, round r75 encodings', () => {
  const gh = secrets.github!.value;

  it('finds a token split by a zero-width space and redacts it whole', () => {
    const t = `token: ${gh.slice(0, 10)}\u200b${gh.slice(10)} ok`;
    const r = scanner.redact(t);
    expect(r.text).not.toContain(gh.slice(12));
    expect(r.text.endsWith(' ok')).toBe(true);
  });

  it('finds a token in a hex dump, in \\x escapes and in quoted-printable', () => {
    for (const t of [`dump ${hexOf(gh)} end`, `b'${[...gh].map((c) => `\\x${c.charCodeAt(0).toString(16)}`).join('')}'`, `quoted-printable\n\nGITHUB_TOKEN=3D${gh.slice(0, 9)}=\n${gh.slice(9)}`]) {
      expect(scanner.scan(t).length, t).toBeGreaterThan(0);
    }
  });

  it('finds a password behind a fullwidth or look-alike key, not a harmless value', () => {
    const pw = `${randomChars(6)}#${randomChars(6)}9`;
    expect(scanner.scan(`ｐａｓｓｗｏｒｄ＝${pw}`).length).toBeGreaterThan(0);
    expect(scanner.scan(`\u0440\u0430ssw\u043erd=${pw}`).length).toBeGreaterThan(0);
    expect(scanner.scan('ｍｏｄｅ＝ｆａｓｔ “quoted” note\u00a0here')).toEqual([]);
  });
});

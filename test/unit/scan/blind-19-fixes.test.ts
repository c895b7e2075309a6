import { describe, expect, it } from 'vitest';
import { foldFullWidth } from '../../../src/scan/create-scanner';
import { DEFAULT_DETECTORS } from '../../../src/scan/detectors';
import { createPrefilter } from '../../../src/scan/prefilter';
import { personalInnValid, snilsValid } from '../../../src/scan/id-checksums-ru';
import { B62, covered, leaks, pick } from '../../helpers/leak-checks';
import { card as luhnCard } from './generators-pf10';
import { personalInn, snils } from './generators-r19';
import { rng } from './sample-rng';

/**
 * Blind set 19's classes (languages and encodings), fixed as classes after its first sight (tuning: the set's own
 * figures after this are an upper bound). Values are drawn at each run; every class has look-alikes that must stay
 * unflagged.
 */
const DIGITS = '0123456789';
const r = rng(Date.now() % 100_000);
/** A password with every character class and none of the forms' delimiters. */
const password = (): string => `${pick('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${pick('abcdefghijkmnopqrstuvwxyz', 5)}${pick(DIGITS, 2)}${pick('!*?_', 1)}${pick(B62, 5)}`;
/** `s` typed in full-width forms (`Ｐａｓｓ１２`). */
const fullWidth = (s: string): string => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
describe('passwords under labels in other scripts', () => {
  it('finds a password after a Chinese, Japanese, Korean, Russian, Arabic, Hindi or Polish label', () => {
    for (const [before, after] of [
      ['登录失败 用户名: wang 密码: ', ' 请重试'],
      ['ログイン失敗 ユーザー：tanaka　パスワード：', '　再試行'],
      ['로그인 실패 id=kim&비밀번호=', '&remember=1'],
      ['Ошибка входа: логин ivanov, пароль: ', ' (попытка 3)'],
      ['فشل تسجيل الدخول كلمة المرور: ', ''],
      ['लॉगिन विफल पासवर्ड=', ' पुनः प्रयास करें'],
      ['Błąd logowania, hasło: ', ''],
      ['app:\n  パスワード: ', '\n  ポート: 5432'],
      ['临时密码 ', ' ，请在24小时内修改。'],
    ] as const) {
      const v = password();
      expect(covered(before + v + after, v), before).toBe(true);
    }
  });

  it('finds one in a quoted-printable mail body and in a percent-encoded form body', () => {
    const v = password();
    expect(covered(`Content-Transfer-Encoding: quoted-printable\n\n=E3=83=91=E3=82=B9=E3=83=AF=E3=83=BC=E3=83=89: ${v}\n`, v)).toBe(true);
    expect(covered(`user=ivan&%D0%BF%D0%B0%D1%80%D0%BE%D0%BB%D1%8C=${v}&x=1`, v)).toBe(true);
    expect(covered(`login=ola&has%C5%82o=${v}`, v)).toBe(true);
  });

  it('leaves messages about a password alone, in any script, quoted or not', () => {
    expect(leaks('パスワードが違います。パスワード：（非表示）')).toEqual([]);
    expect(leaks('пароль: «скрыт» — обратитесь к администратору')).toEqual([]);
    expect(leaks('密码: 错误 请重试')).toEqual([]);
    expect(leaks('临时密码 已发送 请查收')).toEqual([]);
    expect(leaks('=E3=83=91=E3=82=B9=E3=83=AF=E3=83=BC=E3=83=89: =E9=9D=9E=E8=A1=A8=E7=A4=BA')).toEqual([]);
  });
});

describe('passwords in other languages\' tables, XML and example files', () => {
  it('finds a password under a `Passwort`/`contraseña` column of a European spreadsheet export and in SOAP CDATA', () => {
    const [a, b] = [password(), password()];
    const csv = `\uFEFFBenutzer;Passwort;Rolle\nmueller;${a};admin\nschmidt;${b};user`;
    expect(covered(csv, a) && covered(csv, b)).toBe(true);
    const c = password();
    expect(covered(`login,contraseña,rol\nana,${c},admin`, c)).toBe(true);
    const d = password();
    expect(covered(`<autenticar><usuario>integracao</usuario><senha><![CDATA[${d}]]></senha></autenticar>`, d)).toBe(true);
  });

  it('leaves the word itself alone: a header, a template\'s password, an empty CDATA, documentation\'s Basic pair', () => {
    expect(leaks('login,contraseña,rol')).toEqual([]);
    expect(leaks('DATABASE_URL=postgres://app:passwort@localhost:5432/app')).toEqual([]);
    expect(leaks('<token><![CDATA[]]></token>')).toEqual([]);
    expect(leaks(`Authorization: Basic ${Buffer.from('username:password').toString('base64')}`)).toEqual([]);
  });
});

describe('ids, cards and phones in other scripts and layouts', () => {
  it('finds national ids under Japanese, Russian, Arabic and Hindi labels', () => {
    const s = snils(r);
    const inn = personalInn(r);
    const line = `Ошибка выгрузки в СФР: сотрудник, СНИЛС ${s}, ИНН ${inn}`;
    expect(covered(line, s) && covered(line, inn)).toBe(true);
    // A few words between the label and the id: the check digits decide.
    const s2 = snils(r);
    expect(covered(`СНИЛС сотрудника не найден: ${s2}`, s2)).toBe(true);
  });

  it('checks SNILS and INN check digits (a changed digit is not an id)', () => {
    const s = snils(r);
    expect(snilsValid(s)).toBe(true);
    expect(snilsValid(s.slice(0, -1) + ((Number(s.at(-1)) + 1) % 10))).toBe(false);
    const inn = personalInn(r);
    expect(personalInnValid(inn)).toBe(true);
    expect(personalInnValid(inn.slice(0, -1) + ((Number(inn.at(-1)) + 1) % 10))).toBe(false);
    expect(leaks(`СНИЛС ${s.slice(0, -1)}${(Number(s.at(-1)) + 1) % 10}, ИНН организации 7707083893`)).toEqual([]);
  });

  it('reads full-width forms as ASCII: a password, a phone, a card, a My Number typed in a Japanese form', () => {
    const v = password();
    expect(covered(`パスワード：${fullWidth(v)}`, fullWidth(v))).toBe(true);
    const phone = `０９０－${fullWidth(pick('123456789', 1) + pick(DIGITS, 3))}－${fullWidth(pick(DIGITS, 4))}`;
    expect(covered(`携帯電話：${phone}`, phone)).toBe(true);
    const jcb = fullWidth(luhnCard(r, '3566', 16));
    expect(covered(`カード番号：${jcb}`, jcb)).toBe(true);
    expect(foldFullWidth('ａｂｃ　１２３')).toBe('abc 123');
    expect(foldFullWidth('abc').length).toBe(3);
  });

  it('finds a 19-digit UnionPay card after a Chinese label, a Troy card after `kart`, CVCs after German, French and HTML labels', () => {
    const up = luhnCard(r, '62', 19);
    expect(covered(`银联代付失败 收款卡号：${up} 户名：李娜`, up)).toBe(true);
    const troy = luhnCard(r, '9792', 16);
    expect(covered(`Ödeme reddedildi: kart numarası=${troy} (TROY)`, troy)).toBe(true);
    const visa = luhnCard(r, '4', 16);
    const cvc = pick('123456789', 1) + pick(DIGITS, 2);
    expect(covered(`Kartennummer=${visa}&Prüfziffer=${cvc}&Ablauf=04%2F28`, cvc)).toBe(true);
    const amex = luhnCard(r, '37', 15);
    const cid = pick('123456789', 1) + pick(DIGITS, 3);
    expect(covered(`<p>Error con la tarjeta &quot;${amex}&quot; (CID&nbsp;${cid}).</p>`, cid)).toBe(true);
  });

  it('does not wake the card detectors on Datadog\'s 19-digit decimal trace ids (on most lines of a log)', () => {
    const prefilter = createPrefilter(DEFAULT_DETECTORS);
    const card = DEFAULT_DETECTORS.findIndex((d) => d.id === 'credit-card');
    // Second digits that no 17-19-digit card range begins with after these leads (not 62…, 35…, 220…).
    for (const lead of '23456789') {
      const line = `GET /api/v2/contacts -> 429 dd.trace_id=${lead}1${pick(DIGITS, 17)} dd.span_id=${lead}0${pick(DIGITS, 16)}`;
      expect(prefilter.windows(line).some((w) => w.detectors.includes(card)), line).toBe(false);
    }
  });

  it('leaves 19-digit ids and timestamps alone, and dummy or masked contacts', () => {
    expect(leaks(`event_id=1${pick(DIGITS, 18)} ts=17${pick(DIGITS, 17)}`)).toEqual([]);
    expect(leaks('電話番号: 090-0000-0000')).toEqual([]);
    expect(leaks('連絡先: m****r@web.de')).toEqual([]);
    expect(leaks('送信先 hanako@example.jp, taro@example.co.jp')).toEqual([]);
    expect(leaks('codice_fiscale=RSSMRA80A01H501U')).toEqual([]);
  });

  it('reads `&nbsp;` as a space between an id\'s label and the id', () => {
    const text = '<td>N° de sécurité sociale&nbsp;: 2 61 01 67 683 760 58</td>';
    expect(covered(text, '2 61 01 67 683 760 58')).toBe(true);
  });
});

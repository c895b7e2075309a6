import { describe, expect, it } from 'vitest';
import { HEX, everydayProbe, mix, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r76 (blind set 76: localized and non-English logs of global integrations): passwords, keys, tokens and
 * sessions under labels in other languages and scripts that go on with a qualifier (`_BDD`, ` do certyfikatu`,
 * ` API (raportów)`), words no list knew (`jeton`, `apiSleutel`, `aláírókulcs`, `токен`, `토큰`, `シークレット`), full-width
 * operators and 「」 brackets, banking and signing PINs — in contexts other than the set's; beside them the look-alikes
 * that stay clean (words, numbers, dates, addresses, public keys, lengths and policies under the same words, masks).
 */
const { found, clean } = everydayProbe();

describe('round r76: secrets under localized labels with qualifiers', () => {
  it('finds Latin-script labels with a qualifier after the word', () => {
    const a = mix(20, '!#');
    expect(found(`# backup.env\nMOT_DE_PASSE_SAUVEGARDE=${a}\nSAUVEGARDE_HEURE=03:00`, a)).toBe(true);
    const b = str(HEX, 32);
    expect(found(`[sync] wysyłka nieudana: klucz dostępu (magazyn)=${b} kod=503`, b)).toBe(true);
    const c = mix(24);
    expect(found(`exportador: token de la API de envíos: ${c} — reintento en 60 s`, c)).toBe(true);
    const d = mix(18, '%');
    expect(found(`{"gebruiker":"api-sync","apiSleutel":"${d}","omgeving":"acceptatie"}`, d)).toBe(true);
    const e = mix(16, '~');
    expect(found(`Tilaus ${randomInt(99999)} epäonnistui. Varaston salasana varmuuskopiolle: ${e}`, e)).toBe(true);
    const f = mix(28);
    expect(found(`NAV hiba: technikai felhasználó aláírókulcs: ${f}`, f)).toBe(true);
  });

  it('finds labels in other scripts, with full-width operators and 「」 brackets', () => {
    const a = mix(32);
    expect(found(`［在庫連携］エラー：接続ユーザー＝stock-bot\u3000シークレット＝${a}\u3000再送＝あり`, a)).toBe(true);
    const b = mix(40, '-_');
    expect(found(`배송 API 호출 실패 — 인증 토큰: ${b} (만료)`, b)).toBe(true);
    const c = mix(22, '!');
    expect(found(`Склад: не удалось подключиться, пароль_склада=${c}, повтор через 30 с`, c)).toBe(true);
    const d = mix(30);
    expect(found(`同步失败：仓库接口密钥「${d}」已失效`, d)).toBe(true);
    const e = mix(32);
    expect(found(`Αποτυχία συγχρονισμού: κλειδί αποθήκης: ${e}`, e)).toBe(true);
  });

  it('finds banking and signing PINs under their keys', () => {
    const p = String(10000 + randomInt(89999));
    expect(found(`Bankabruf fehlgeschlagen: FinTS-PIN=${p} abgelehnt`, p)).toBe(true);
    const q = String(10000000 + randomInt(89999999));
    expect(found(`firma digitale: pin_firma=${q} certificato scaduto`, q)).toBe(true);
  });

  it('leaves words, numbers, dates, addresses, public keys, lengths and masks under the same words alone', () => {
    expect(clean('Passwort zurücksetzen: Link gesendet an den Administrator')).toEqual([]);
    expect(clean('contraseña_longitud_minima=12 contraseña_politica=estricta')).toEqual([]);
    expect(clean(`chave de acesso: ${str('0123456789', 44)}`)).toEqual([]);
    expect(clean('clave pública del comercio: MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE')).toEqual([]);
    expect(clean('пароль изменён: 2026-03-04 11:20')).toEqual([]);
    expect(clean('hasło do panelu: (ukryte)')).toEqual([]);
    expect(clean('パスワード＝＊＊＊＊＊＊＊＊\u3000APIキー＝（省略）')).toEqual([]);
    expect(clean('Строка подключения: Host=pg-3.local;Database=orders;Username=app;Password=***;Timeout=15')).toEqual([]);
    expect(clean('token de la API de envíos: caducado')).toEqual([]);
    expect(clean('Ключ идемпотентности: 3f6c2a1e-8b7d-4c2e-9a1f-5d6e7f8a9b0c')).toEqual([]);
    expect(clean('公钥指纹：3f6c2a1e8b7d4c2e9a1f5d6e7f8a9b0c11223344')).toEqual([]);
    expect(clean('config check: senha=*** пароль=<пароль> 密码=${DB_PASSWORD}')).toEqual([]);
    expect(clean('NF-e autorizada chave=35240112345678000195550010000012341000012345')).toEqual([]);
    expect(clean('Factura emitida: emisor Rfc="ABC010203XY1", receptor Rfc="XAXX010101000"')).toEqual([]);
  });
});

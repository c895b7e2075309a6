import { randomBytes } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const b62 = (n: number): string => [...randomBytes(n)].map((b) => B62[b % 62]).join('');
/** A password-like value: random letters and digits with a symbol inside. */
const pw = (): string => `${b62(6)}${['%', '#', '.', '-'][randomBytes(1)[0]! % 4]}${b62(6)}`;
/** The texts of the leak findings of a text. */
const leaks = (t: string): string[] => scanner.scan(t).filter(isLeak).map((f) => t.slice(f.start, f.end));

describe('PHP connection calls print the password argument', () => {
  it('PDO and mysqli constructors and connect functions', () => {
    const a = pw();
    expect(leaks(`#0 /var/www/Db.php(42): PDO->__construct('mysql:host=db;dbname=shop', 'shop', '${a}')`)).toEqual([a]);
    const b = pw();
    expect(leaks(`#1 lib.php(9): mysqli->__construct('db.internal', 'app', '${b}', 'shop', 3306)`)).toEqual([b]);
    const c = pw();
    expect(leaks(`#2 lib.php(12): mysqli_real_connect(Object(mysqli), 'db', 'app', '${c}')`)).toEqual([c]);
    const d = pw();
    expect(leaks(`$link = mysqli_connect("db", "app", "${d}");`)).toEqual([d]);
  });
  it('not the user, an empty password or a variable', () => {
    expect(leaks(`PDO->__construct('mysql:host=db', 'shop', '')`)).toEqual([]);
    expect(leaks(`$pdo = new PDO($dsn, $user, $password);`)).toEqual([]);
    expect(leaks(`PDO->__construct('mysql:host=db', '${pw()}')`)).toEqual([]);
  });
});

describe('passwords quoted in prose, in several languages', () => {
  it('French, German, Spanish, Portuguese, Dutch with their quotes', () => {
    for (const [before, after] of [
      ['Le mot de passe du compte admin est « ', ' »'],
      ['Das Passwort lautet „', '“'],
      ['La contraseña de la base es “', '”'],
      ['A senha do servidor é ‘', '’'],
      ['Het wachtwoord is 「', '」'],
    ] as const) {
      const p = pw();
      expect(leaks(`${before}${p}${after}`)).toEqual([p]);
    }
  });
  it('not a plain word, not unquoted text', () => {
    expect(leaks('Le mot de passe est « bonjour »')).toEqual([]);
    expect(leaks('Das Passwort wurde „geändert“')).toEqual([]);
    expect(leaks(`Le mot de passe est expiré depuis ${b62(4)}`)).toEqual([]);
  });
});

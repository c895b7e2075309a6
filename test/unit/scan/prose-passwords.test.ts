import { describe, expect, it } from 'vitest';
import { b62, covered, leaks, pick } from '../../helpers/leak-checks';

/**
 * A password as people choose them: letters, one symbol, two digits. Redrawn when the seven characters hold no letter
 * (`9365080-06`, about 1 draw in 70 000): that is a number, which prose-password rightly leaves.
 */
const pw = (): string => {
  for (;;) {
    const p = `${b62(7)}${pick('!#$&*@._-', 1)}${pick('0123456789', 2)}`;
    if (/[A-Za-z]/.test(p)) return p;
  }
};

/**
 * A password for a login pair. Redrawn when it is in one case with only `-_.` and its seven characters read as a word
 * with a number (`TCG3983-41`, `RBPNFG2_95`): login-pair-password leaves that shape on purpose, as names have it
 * (`build2024-41`, `RELEASE2_95`), so such a draw is not the generated password the test means (about 1 draw in 100).
 */
const pairPw = (): string => {
  for (;;) {
    const p = pw();
    const oneCase = !(/[a-z]/.test(p) && /[A-Z]/.test(p));
    if (!(oneCase && /^(?:[A-Za-z]+\d*|\d+)[-_.]\d\d$/.test(p))) return p;
  }
};

describe('passwords written in sentences (prose-password)', () => {
  it.each([
    ['en mail', (p: string) => `Hi team, the new password for the staging admin is ${p} — please change it after first login.`],
    ['en chat, now', (p: string) => `fyi the wifi password is now ${p}`],
    ['en set to', (p: string) => `I have reset the password to ${p}, let me know if it fails`],
    ['de lautet', (p: string) => `Hallo Jonas, das neue Passwort für den SFTP-Zugang lautet: ${p}\nViele Grüße`],
    ['de Kennwort ist jetzt', (p: string) => `<@U0AB12> Kennwort vom Router ist jetzt ${p} (bitte nicht weitergeben)`],
    ['fr est :', (p: string) => `Bonjour, votre mot de passe temporaire est : ${p}. Il expirera dans 24 heures.`],
    ['fr mdp =', (p: string) => `mdp admin wifi = ${p} ; ne pas le mettre dans le wiki svp`],
    ['es es', (p: string) => `Hola, la contraseña nueva del panel es ${p} y el usuario sigue siendo soporte01.`],
    ['es upper', (p: string) => `CONTRASEÑA: ${p}`],
    ['pt é', (p: string) => `Oi, a senha do servidor é ${p} até sexta.`],
    ['nl is nu', (p: string) => `Het wachtwoord van de NAS is nu ${p}`],
    ['it è', (p: string) => `La password del database è ${p}`],
    ['abbreviation in a thread', (p: string) => `> can you share creds for grafana?\n> user admin pw ${p}\n:+1:`],
    ['PW with a colon', (p: string) => `PW: ${p}`],
    ['passphrase', (p: string) => `the passphrase for the backup key is ${p}`],
    ['JSON-escaped chat export', (p: string) => `{"text":"Passwort lautet ${p} bis Montag","user":"U02"}`],
  ])('%s', (_name, make) => {
    const p = pw();
    const t = make(p);
    expect(covered(t, p), t).toBe(true);
  });

  it('a password that begins with sha, md5 or scrypt is no hash unless the scheme follows', () => {
    // `shaYQr5-22` failed 1 run in 552 of 'en chat, now' (about 1 draw in 30 000 begins with `sha` in some case).
    for (const p of ['shaYQr5-22', 'Shadow#42', 'md5Kx7q!19', 'Scrypto#2024']) expect(covered(`fyi the wifi password is now ${p}`, p), p).toBe(true);
    for (const t of ['the password is sha256$Xk29sd$9f86d081884c7d659a2feaa0c55ad015', 'the password is pbkdf2:sha256:260000$Qw3rTy$9f86d081', 'the password is scrypt:32768:8:1$Qw3rTy$9f86d0', 'the password is sha512-Qw3rTy9f86d0+81884c7d==']) {
      expect(leaks(t), t).toEqual([]);
    }
  });

  it('sentences about passwords that hold none', () => {
    for (const t of [
      'Password reset for user jdoe42 failed after 3 attempts',
      'Das Passwort ist abgelaufen, bitte ändern (min. 12 Zeichen)',
      'password hash is $2b$12$KIXQJx8Yh0mYh0mYh0mYh0mYh0mYh0mYh0mYh0mYh0mYh0mYh0m',
      'password policy: min 12 chars, 1 digit, 1 symbol',
      'The password is stored in vault at secret/data/prod/db',
      'the password must be at least 8 characters long',
      'Le mot de passe est incorrect. Réessayez.',
      'La contraseña es demasiado corta (mínimo 10)',
      'A senha é obrigatória',
      'password is ******** (masked)',
      'your password was changed on 2026-12-01 at 10:42',
      'the password is in 1Password under "Prod DB"',
      'the password is ${DB_PASSWORD} from the environment',
      'password expires in 14 days',
      'Mot de passe oublié ? Cliquez sur « Réinitialiser »',
      'password: *db_password',
    ]) {
      expect(leaks(t), t).toEqual([]);
    }
  });
});

describe('user / password pairs (login-pair-password)', () => {
  it.each([
    ['login with e-mail', (p: string) => `Login: ldubois@kestrel-health.example / ${p}`],
    ['creds in chat', (p: string) => `creds: admin / ${p} (staging only)`],
    ['German Zugangsdaten with |', (p: string) => `Zugangsdaten: service-report | ${p}`],
    ['French identifiants', (p: string) => `identifiants : support01 / ${p}`],
    ['user:password after credentials', (p: string) => `credentials admin:${p} for the staging box`],
  ])('%s', (_name, make) => {
    const p = pairPw();
    const t = make(p);
    expect(covered(t, p), t).toBe(true);
  });

  it('a generated password in one case, with only `-_.` as symbols, in a login pair', () => {
    expect(covered('Login: ldubois@kestrel-health.example / 4s0q8j8_29', '4s0q8j8_29')).toBe(true);
    // 12 of the 19 draws that failed 755 runs of the pair tests above: letters and digits mix twice within the first run.
    // (The other 7 read as a word with a number, `TCG3983-41`, and pairPw redraws them.)
    for (const p of ['2sszk82.99', 'c3fqhk1.54', '40kmqu2_69', 'IPKG4O1.59', 'FL4VVA2.02', 'FG2LH20.62', 'hv9jq61-63', 'SIS9Z93.02', 'm19vim7_29', 'GTD52L6.81', 'f5jvjl0_89', '8BTHEU1_07']) {
      expect(covered(`creds: admin / ${p} (staging only)`, p), p).toBe(true);
    }
    expect(leaks('credentials default:build-2024.1 (provider order)')).toEqual([]);
    expect(leaks('credentials default:build2024-1 (provider order)')).toEqual([]);
  });

  it('login results and paths are no pairs', () => {
    for (const t of ['login: success / 2026-12-04T10:00:00Z', 'login ok:200 in 35ms', 'credentials default:chain-v2 (provider order)', 'login: failed / took 35ms', 'Login: /api/v1/login / 200', 'credentials: none / default chain']) {
      expect(leaks(t), t).toEqual([]);
    }
  });
});

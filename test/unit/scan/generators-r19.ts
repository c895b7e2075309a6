import type { Rng, Sample } from './sample-rng';
import { DIG } from './sample-rng';
import { password } from './generators-cred16';

/** A password without the characters the samples' forms use as delimiters or escapes. */
const pw = (r: Rng): string => password(r, 14).replace(/["'\\^\s#=%&<>@]/g, 'x');

/** A Russian SNILS (`123-456-789 01`) with its check number. */
export function snils(r: Rng): string {
  for (;;) {
    const d = r.str(DIG, 9);
    if (/^(\d)\1{2}/.test(d)) continue;
    let sum = 0;
    for (let i = 0; i < 9; i++) sum += Number(d[i]) * (9 - i);
    const check = sum < 100 ? sum : sum % 101 === 100 || sum === 100 || sum === 101 ? 0 : sum % 101;
    return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)} ${String(check).padStart(2, '0')}`;
  }
}

/** A 12-digit personal INN with both check digits. */
export function personalInn(r: Rng): string {
  const d = r.str('123456789', 1) + r.str(DIG, 9);
  const check = (s: string, w: readonly number[]): number => (w.reduce((n, x, i) => n + x * Number(s[i]), 0) % 11) % 10;
  const d11 = d + check(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
  return d11 + check(d11, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]);
}

/** Samples of the detectors of round fix19 (languages and encodings), one realistic context each. */
export const R19_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'native-script-password': (r) => ['ログイン失敗 ユーザー：tanaka　パスワード：', pw(r), '　再試行してください'],
  'encoded-native-password': (r) => ['Content-Transfer-Encoding: quoted-printable\n\n=E3=83=91=E3=82=B9=E3=83=AF=E3=83=BC=E3=83=89: ', pw(r), '\n=E3=83=AD=E3=82=B0=E3=82=A4=E3=83=B3'],
  'native-keyed-id': (r) => ['Ошибка выгрузки в СФР: сотрудник Дмитрий Смирнов, СНИЛС ', snils(r), ', статус: отклонено'],
};

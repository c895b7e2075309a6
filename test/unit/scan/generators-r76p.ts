import { amkaValid, emiratesIdValid, thIdValid } from '../../../src/scan/id-checksums-global';
import { cpfValid, nirValid } from '../../../src/scan/id-checksums';
import { snilsValid } from '../../../src/scan/id-checksums-ru';
import { czRcValid, ilIdValid, twIdValid } from '../../../src/scan/id-checksums-world';
import { luhnValid } from '../../../src/scan/validators';
import { cbuValid } from '../../../src/scan/detectors/accounts-r76p';
import { rnokppValid } from '../../../src/scan/detectors/ids-r76p';
import { DIG, type Rng, type Sample } from './sample-rng';

/**
 * Round r76p (blind set 76: localized logs of global integrations, personal and financial data): a sample for each of the
 * round's detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const GIVEN = ['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander'];
const FAMILY = ['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan'];
const person = (r: Rng): string => `${r.pick(GIVEN)} ${r.pick(FAMILY)}`;
const pad = (n: number): string => String(n).padStart(2, '0');
/** Draws until the value passes its check (each check passes about one draw in ten or a hundred). */
function until(r: Rng, make: () => string, ok: (v: string) => boolean): string {
  for (let i = 0; i < 5000; i++) {
    const v = make();
    if (ok(v)) return v;
  }
  throw new Error('no valid draw');
}
const ddmmyy = (r: Rng): string => `${pad(r.int(1, 28))}${pad(r.int(1, 12))}${pad(r.int(50, 99))}`;

/** Samples of the round-r76p detectors, keyed by detector id. */
export const R76P_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-under-localized-label': (r) => ['WARN AbgleichService: Stammsatz unvollständig; kontoinhaber=', person(r), `; kundennr=${r.int(1000, 99999)}`],
  'person-name-under-native-label': (r) => ['ERROR sync: запись не найдена {"ФИО":"', `${r.pick(['Ирина', 'Олег', 'Мария'])} ${r.pick(['Орлова', 'Зайцев', 'Лебедева'])}`, `","ид":${r.int(100, 9999)}}`],
  'person-name-after-localized-role-word': (r) => ['WARN pagos: reembolso pendiente, cliente ', person(r), ` monto=${r.int(10, 999)}.00`],
  'person-name-after-native-role-word': (r) => [`Звернення №${r.int(1000, 99999)} від `, `${r.pick(['Олег', 'Ірина', 'Марія'])} ${r.pick(['Бондар', 'Мельник', 'Шевчук'])}`, ': «Повернення коштів»'],
  'person-name-in-cardholder-object': (r) => ['tokenize failed: {"card":{"last4":"4242","cardholder":{"name":"', person(r).toUpperCase(), '"}}}'],
  'person-name-before-localized-wrote': (r) => ['> ', person(r), ` schrieb:\n> Bitte um Rückruf wegen Ticket ${r.int(1000, 99999)}`],
  'person-name-escaped-under-localized-label': (r) => [`retry ${r.int(1, 5)}: body={"\\u0438\\u043c\\u044f": "`, r.pick(['\\u041e\\u043b\\u0435\\u0433 \\u0417\\u0430\\u0439\\u0446\\u0435\\u0432', '\\u041c\\u0430\\u0440\\u0438\\u044f \\u041e\\u0440\\u043b\\u043e\\u0432\\u0430']), '"}'],
  'ar-cbu': (r) => ['Transferencia programada: cbu_beneficiario=', until(r, () => r.str(DIG, 22), cbuValid), ` importe=${r.int(100, 99999)}`],
  'bank-account-under-native-label': (r) => ['출금 실패: 환불계좌 ', `${r.int(100, 999)}-${pad(r.int(10, 99))}-${r.str(DIG, 6)}`, ` (은행 코드 ${r.int(10, 99)})`],
  'de-blz-beside-kontonummer': (r) => [`Lastschrift abgelehnt: Kto-Nr ${r.str(DIG, 10)}, BLZ `, `${r.int(1, 8)}${r.str(DIG, 7)}`, ' unbekannt'],
  'br-agencia-beside-conta': (r) => [`Falha no TED: banco=237 conta=${r.int(10000, 99999)}-${r.int(0, 9)} agência=`, `${r.int(3000, 9999)}-${r.int(0, 9)}`, ' status=recusado'],
  'national-id-under-native-label-r76p': (r) => ['Помилка перевірки: РНОКПП ', until(r, () => `${r.int(1, 4)}${r.str(DIG, 9)}`, rnokppValid), ' не знайдено в реєстрі'],
  'document-number-beside-type': (r) => ['onboarding rechazado: {"documento":{"tipo":"DNI","numero":"', `${r.int(20, 45)}${r.str(DIG, 6)}`, '"}}'],
  'cpf-under-holder-document': (r) => ['gateway 422: {"customer":{"payerDocument":"', until(r, () => r.str(DIG, 11), cpfValid), '"}}'],
  'mx-nss-under-key': (r) => ['Alta IMSS rechazada: nss_imss=', until(r, () => r.str(DIG, 11), (v) => luhnValid(v) && !/^(\d)\1+$/.test(v)), ' movimiento=08'],
  'dni-eight-digits-after-label': (r) => ['Reclamo 5512: la clienta indicó DNI ', `${r.int(20, 45)}${r.str(DIG, 6)}`, ' y pidió la baja'],
  'fr-nir-after-securite-sociale': (r) => ['Dossier incomplet — numéro de sécurité sociale pour contrôle : ', until(r, () => {
    const base = `${r.int(1, 2)}${pad(r.int(50, 99))}${pad(r.int(1, 12))}${pad(r.int(10, 95))}${r.str(DIG, 6)}`;
    const d = `${base}${pad(97 - Number(BigInt(base) % 97n))}`;
    return `${d[0]} ${d.slice(1, 3)} ${d.slice(3, 5)} ${d.slice(5, 7)} ${d.slice(7, 10)} ${d.slice(10, 13)} ${d.slice(13)}`;
  }, nirValid), '. Merci'],
  'phone-under-native-label': (r) => ['Звернення: подвійне списання, тел. ', `0${r.pick(['50', '67', '93'])}-${r.int(100, 999)}-${pad(r.int(10, 99))}-${pad(r.int(10, 99))}`, '.'],
  'birth-date-under-native-label': (r) => ['Ошибка анкеты: дата рождения ', `${pad(r.int(1, 28))}.${pad(r.int(1, 12))}.${r.int(1950, 2004)}`, ' не совпадает'],
  'birth-date-after-naci-el': (r) => ['Hola, soy cliente desde 2019 y nací el ', `${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/${r.int(1950, 2004)}`, ', ¿pueden verificar?'],
  'personal-value-under-escaped-native-key': (r) => [`payload={"\\u96fb\\u8a71": "`, `0${r.int(70, 90)}-${r.int(1000, 9999)}-${r.int(1000, 9999)}`, `", "id": ${r.int(1, 999)}}`],
  'phone-in-payment-provider-field': (r) => ['Swish refund failed: payerAlias=', `467${r.str(DIG, 8)}`, ' status=DECLINED'],
};

/** Valid national ids for the everyday tests, drawn like the samples. */
export const R76P_IDS = {
  amka: (r: Rng): string => until(r, () => `${ddmmyy(r)}${r.str(DIG, 5)}`, amkaValid),
  ilId: (r: Rng): string => until(r, () => r.str(DIG, 9), ilIdValid),
  emirates: (r: Rng): string => until(r, () => `784${r.int(1960, 2005)}${r.str(DIG, 8)}`, emiratesIdValid),
  thai: (r: Rng): string => until(r, () => `${r.int(1, 8)}${r.str(DIG, 12)}`, thIdValid),
  tw: (r: Rng): string => until(r, () => `${r.pick(['A', 'F', 'R'])}${r.int(1, 2)}${r.str(DIG, 8)}`, twIdValid),
  czRc: (r: Rng): string => until(r, () => `${pad(r.int(60, 99))}${pad(r.int(1, 12))}${pad(r.int(1, 28))}/${r.str(DIG, 4)}`, czRcValid),
  snils: (r: Rng): string => until(r, () => { const d = r.str(DIG, 11); return `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6, 9)} ${d.slice(9)}`; }, snilsValid),
  rnokpp: (r: Rng): string => until(r, () => `${r.int(1, 4)}${r.str(DIG, 9)}`, rnokppValid),
  cbu: (r: Rng): string => until(r, () => r.str(DIG, 22), cbuValid),
};

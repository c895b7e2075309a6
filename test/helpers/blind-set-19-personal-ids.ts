import { csvLine, BOM, fullWidth, html, jsonU, uEsc } from './blind-set-19-enc';
import {
  aeEid,
  beNn,
  brCpf,
  cnRic,
  deSteuerId,
  esDni,
  fiHetu,
  frNir,
  inAadhaar,
  itCf,
  jpMyNumber,
  krRrn,
  nlBsn,
  noFnr,
  plPesel,
  ptNif,
  ruInn,
  ruSnils,
  saNid,
  sePnr,
  trTckn,
} from './blind-set-19-ids';
import { email, person, phone } from './blind-set-19-people';
import { iso19, pers, pos, type PosCase19 } from './blind-set-19-types';

/** National identifiers with real check digits, under native-language labels, in encoded payloads. */
const ID = 'personal-ids';
export const personalIds: PosCase19[] = [
  (r) => {
    const p = person(r, 'es'),
      d = esDni(r, r.next() < 0.3);
    return pos(`${ID}/es-dni-json-u`, `{"error":${jsonU('Validación fallida: el titular ya existe')},"titular":${jsonU(p.native)},"dni":"${d}"}`, pers('es-dni', d));
  },
  (r) => {
    const b = nlBsn(r),
      p = person(r, 'nl');
    return pos(`${ID}/nl-bsn-xml`, `<Fout><Melding>Loonaangifte afgekeurd</Melding><Werknemer><Naam>${p.native}</Naam><BSN>${b}</BSN></Werknemer></Fout>`, pers('nl-bsn', b));
  },
  (r) => {
    const n = plPesel(r),
      p = person(r, 'pl');
    return pos(`${ID}/pl-pesel-log`, `BŁĄD walidacji wniosku: ${p.native}, PESEL: ${n} — niezgodna data urodzenia`, pers('pl-pesel', n));
  },
  (r) => {
    const n = frNir(r, r.next() < 0.5),
      p = person(r, 'fr');
    return pos(`${ID}/fr-nir-html`, `<td>${html(`Assuré : ${p.native}`)}</td><td>N° de sécurité sociale&nbsp;: ${n}</td><td>Erreur : carte Vitale expirée</td>`, pers('fr-nir', n));
  },
  (r) => {
    const c = brCpf(r, r.next() < 0.6),
      p = person(r, 'br');
    return pos(`${ID}/br-cpf-json`, `{"erro":"CPF já cadastrado","cliente":{"nome":"${p.native}","cpf":"${c}"}}`, pers('br-cpf', c));
  },
  (r) => {
    const a = inAadhaar(r, r.next() < 0.5),
      p = person(r, 'in');
    return pos(`${ID}/in-aadhaar-hi`, `eKYC विफल: नाम=${p.native} आधार संख्या: ${a} (OTP समाप्त)`, pers('in-aadhaar', a));
  },
  (r) => {
    const k = krRrn(r),
      p = person(r, 'kr');
    return pos(`${ID}/kr-rrn-log`, `[본인인증 실패] 이름=${p.native} 주민등록번호=${k} 사유=명의 불일치`, pers('kr-rrn', k));
  },
  (r) => {
    const t = trTckn(r),
      p = person(r, 'tr');
    return pos(
      `${ID}/tr-tckn-soap`,
      `<soap:Body><TCKimlikNoDogrula><TCKimlikNo>${t}</TCKimlikNo><Ad>${p.given.toLocaleUpperCase('tr')}</Ad><Soyad>${p.family.toLocaleUpperCase('tr')}</Soyad><DogumYili>${r.int(1960, 2000)}</DogumYili></TCKimlikNoDogrula></soap:Body>\nHata: doğrulama servisi zaman aşımı`,
      pers('tr-tckn', t),
    );
  },
  (r) => {
    const c = cnRic(r),
      p = person(r, 'cn');
    const l = r.pick(['身份证号：', '身份证号码:', '证件号=']);
    return pos(`${ID}/cn-ric-log`, `实名认证失败 姓名：${p.native} ${l}${c} 原因：姓名与证件号不匹配`, pers('cn-ric', c));
  },
  (r) => {
    const m = jpMyNumber(r);
    const shown = r.next() < 0.5 ? `${m.slice(0, 4)} ${m.slice(4, 8)} ${m.slice(8)}` : m;
    return pos(`${ID}/jp-mynumber-form`, `フォーム送信エラー：個人番号（マイナンバー）：${shown}\u3000氏名：${person(r, 'jp').native}\u3000※扶養控除等申告書`, pers('jp-mynumber', shown));
  },
  (r) => {
    const m = jpMyNumber(r);
    const f = fullWidth(m);
    return pos(`${ID}/jp-mynumber-fullwidth`, `入力エラー：個人番号は半角数字で入力してください（入力値：${f}）`, pers('jp-mynumber', f));
  },
  (r) => {
    const p = person(r, 'it');
    const c = itCf(r, p.family, p.given);
    return pos(`${ID}/it-cf-csv`, BOM + [csvLine(['Nome', 'Codice fiscale', 'Esito']), csvLine([p.native, c, 'Errore: codice già presente'])].join('\r\n'), pers('it-cf', c));
  },
  (r) => {
    const n = ptNif(r),
      p = person(r, 'pt');
    return pos(`${ID}/pt-nif-log`, `AT e-fatura: comunicação rejeitada — adquirente ${p.native}, NIF ${n}`, pers('pt-nif', n));
  },
  (r) => {
    const n = beNn(r);
    return pos(`${ID}/be-nn-fr-nl`, `Erreur eID / Fout eID : numéro national / rijksregisternummer ${n} introuvable`, pers('be-nn', n));
  },
  (r) => {
    const s = ruSnils(r),
      i = ruInn(r),
      p = person(r, 'ru');
    return pos(`${ID}/ru-snils-inn`, `Ошибка выгрузки в СФР: сотрудник ${p.native}, СНИЛС ${s}, ИНН ${i}`, pers('ru-snils', s), pers('ru-inn', i));
  },
  (r) => {
    const s = sePnr(r);
    return pos(`${ID}/se-pnr`, `BankID-fel: order misslyckades för personnummer ${s} (userCancel)`, pers('se-pnr', s));
  },
  (r) => {
    const h = fiHetu(r);
    return pos(`${ID}/fi-hetu`, `Virhe: Suomi.fi-tunnistus epäonnistui, henkilötunnus=${h}`, pers('fi-hetu', h));
  },
  (r) => {
    const n = noFnr(r);
    return pos(`${ID}/no-fnr-json`, `{"feil":"Ugyldig samtykke","fødselsnummer":"${n}"}`, pers('no-fnr', n));
  },
  (r) => {
    const s = deSteuerId(r),
      p = person(r, 'de');
    const l = r.pick(['Steuer-ID', 'Steuerliche Identifikationsnummer', 'IdNr']);
    return pos(`${ID}/de-steuerid`, `ELSTER-Übermittlung abgelehnt: ${p.native}, ${l}: ${s}, Fehlercode 610301200`, pers('de-steuerid', s));
  },
  (r) => {
    const n = saNid(r),
      p = person(r, 'ar');
    return pos(`${ID}/sa-nid-ar`, `فشل التحقق عبر نفاذ: الاسم: ${p.native} رقم الهوية الوطنية: ${n}`, pers('sa-nid', n));
  },
  (r) => {
    const n = aeEid(r),
      ph = phone(r, 'ae');
    return pos(`${ID}/ae-eid-json`, `{"status":"rejected","reason":${jsonU('رقم الهوية منتهي الصلاحية')},"emirates_id":"${n}","mobile":"${ph}"}`, pers('ae-eid', n), pers('phone', ph));
  },
  (r) => {
    const c = brCpf(r, true),
      e = email(r, 'br');
    return pos(`${ID}/br-cpf-go`, `pix: falha ao registrar chave: &pix.Chave{Tipo:"CPF", Valor:"${c}", Titular:"${uEsc('Luíza Araújo')}", Email:"${e}"}`, pers('br-cpf', c), pers('email', e));
  },
  (r) => {
    const k = krRrn(r),
      ph = phone(r, 'kr');
    return pos(`${ID}/kr-rrn-json-u`, `{"result":"FAIL","msg":${jsonU('휴대폰 본인확인 실패')},"rrn":"${k}","phone":"${ph}"}`, pers('kr-rrn', k), pers('phone', ph));
  },
  (r) => {
    const c = cnRic(r),
      ph = phone(r, 'cn');
    return pos(`${ID}/cn-ric-yaml`, `# 订单导出 (错误记录)\n收件人: ${person(r, 'cn').native}\n身份证: "${c}"\n手机: "${ph}"\n时间: ${iso19(r)}`, pers('cn-ric', c), pers('phone', ph));
  },
];

import { b64s, b64u, csvLine, BOM, fullWidth, html, jsonU, mimeB, mimeQ, ncr, pyBytes, qp, uEsc, urlEnc } from './blind-set-19-enc';
import { address, email, person, phone } from './blind-set-19-people';
import { iso19, pers, pos, type PosCase19 } from './blind-set-19-types';

/** Mailboxes, phones and addresses of people in many countries, wrapped in the encodings systems use. */
const ID = 'personal-contact';
const CCS = ['jp', 'cn', 'kr', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'pl', 'tr', 'ru', 'in'];
export const personalContact: PosCase19[] = [
  (r) => {
    const e = email(r, 'de');
    const u = urlEnc(e);
    return pos(`${ID}/de-email-urlenc`, `GET /newsletter/abmelden?email=${u}&grund=${urlEnc('zu häufig')} 500 Interner Serverfehler`, pers('email-urlenc', u));
  },
  (r) => {
    const e = email(r, 'fr');
    const u = urlEnc(urlEnc(e));
    return pos(`${ID}/fr-email-double-urlenc`, `Redirection échouée : /connexion?retour=%2Fcompte%3Fcourriel%3D${u}%26etape%3D2`, pers('email-urlenc', u));
  },
  (r) => {
    const ph = phone(r, 'de', true);
    const u = urlEnc(ph);
    return pos(`${ID}/de-phone-urlenc`, `POST /rueckruf body: name=${urlEnc('Jürgen Müller', true)}&telefon=${u}&zeit=${urlEnc('vormittags')} → 422`, pers('phone-urlenc', u));
  },
  (r) => {
    const p = person(r, 'jp'),
      e = email(r, 'jp', p);
    return pos(`${ID}/jp-mime-from`, `From: ${mimeB(p.native)} <${e}>\nSubject: ${mimeB('【至急】請求書の再送について')}\nX-Failed-Recipients: ${e}`, pers('email', e));
  },
  (r) => {
    const p = person(r, 'fr'),
      e = email(r, 'fr', p);
    return pos(`${ID}/fr-mime-q`, `Reply-To: ${mimeQ(p.native)} <${e}>\nSubject: ${mimeQ('Réclamation – facture impayée')}`, pers('email', e));
  },
  (r) => {
    const ph = phone(r, 'jp', false);
    const f = fullWidth(ph);
    return pos(`${ID}/jp-fullwidth-phone`, `お問い合わせフォーム送信失敗\n氏名：${person(r, 'jp').native}\n電話番号：${f}\n内容：配送日の変更について`, pers('phone', f));
  },
  (r) => {
    const p = person(r, 'de'),
      ph = phone(r, 'de'),
      e = email(r, 'de', p);
    return pos(
      `${ID}/de-qp-mail`,
      `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n${qp(`Rückrufbitte von ${p.native}\nTelefon: ${ph}\nE-Mail: ${e}`)}`,
      pers('phone', ph),
      pers('email', e),
    );
  },
  (r) => {
    const e = email(r, 'es'),
      ph = phone(r, 'es', true);
    return pos(`${ID}/es-html-email`, `<p>No pudimos entregar el pedido a &quot;${e}&quot; &mdash; tel&eacute;fono: ${ph}</p>`, pers('email', e), pers('phone', ph));
  },
  (r) => {
    const p = person(r, 'it'),
      e = email(r, 'it', p);
    return pos(`${ID}/it-ncr-mail`, `<p>Gentile ${ncr(p.native)}, l&#39;indirizzo ${e} risulta gi&#224; registrato.</p>`, pers('email', e));
  },
  (r) => {
    const e = email(r, 'kr');
    const payload = b64u(JSON.stringify({ sub: String(r.int(1e6, 9e6)), email: e, name: person(r, 'kr').native, iat: 1797000000 }));
    return pos(`${ID}/kr-id-token-payload`, `id_token 검증 실패 (aud 불일치): eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.${payload}.${r.b64url(256)}`, pers('b64-pii', payload));
  },
  (r) => {
    const ph = phone(r, 'tr', true);
    const b = b64s(JSON.stringify({ musteri: person(r, 'tr').native, telefon: ph }));
    return pos(`${ID}/tr-b64-body`, `SMS sağlayıcısı hata döndü; istek gövdesi (base64): ${b}`, pers('b64-pii', b));
  },
  (r) => {
    const p = person(r, 'ru'),
      e = email(r, 'ru', p),
      ph = phone(r, 'ru');
    return pos(`${ID}/ru-json-u`, `{"error":"duplicate","client":${jsonU({ fio: p.native })},"email":"${e}","phone":"${ph}"}`, pers('email', e), pers('phone', ph));
  },
  (r) => {
    const ph = phone(r, 'cn', r.next() < 0.5);
    return pos(`${ID}/cn-sms-log`, `短信发送失败 手机号：${ph} 错误码：isv.BUSINESS_LIMIT_CONTROL 模板：SMS_${r.digits(9)}`, pers('phone', ph));
  },
  (r) => {
    const ph = phone(r, 'kr', false);
    return pos(`${ID}/kr-py-repr`, `ValueError: 알림톡 발송 실패 {'수신번호': '${ph}', '템플릿': 'ORDER_${r.int(100, 999)}'}`, pers('phone', ph));
  },
  (r) => {
    const ph = phone(r, 'fr', false),
      a = address(r, 'fr');
    return pos(`${ID}/fr-address`, `Colissimo : adresse non reconnue — ${person(r, 'fr').native}, ${a}, tél. ${ph}`, pers('address', a), pers('phone', ph));
  },
  (r) => {
    const a = address(r, 'de');
    return pos(`${ID}/de-address-json-u`, `{"fehler":${jsonU('Zustellung unmöglich')},"anschrift":${jsonU(a)}}`, pers('address', uEsc(a)));
  },
  (r) => {
    const a = address(r, 'jp'),
      ph = phone(r, 'jp', false);
    return pos(`${ID}/jp-address`, `配送エラー：住所不明\nお届け先：${a}\n電話：${ph}`, pers('address', a), pers('phone', ph));
  },
  (r) => {
    const a = address(r, 'es');
    return pos(`${ID}/es-address-csv`, BOM + [csvLine(['Cliente', 'Dirección', 'Incidencia']), csvLine([person(r, 'es').native, a, 'Dirección incompleta'])].join('\r\n'), pers('address', a));
  },
  (r) => {
    const a = address(r, 'pl'),
      ph = phone(r, 'pl');
    return pos(`${ID}/pl-address`, `InPost: błąd nadania paczki — odbiorca ${person(r, 'pl').native}, ${a}, tel. ${ph}`, pers('address', a), pers('phone', ph));
  },
  (r) => {
    const a = address(r, 'tr');
    return pos(`${ID}/tr-address`, `Kargo teslim edilemedi: alıcı adresi "${a}" bulunamadı`, pers('address', a));
  },
  (r) => {
    const a = address(r, 'ru'),
      ph = phone(r, 'ru', true);
    return pos(`${ID}/ru-address`, `СДЭК: ошибка доставки. Адрес: ${a}. Тел.: ${ph}`, pers('address', a), pers('phone', ph));
  },
  (r) => {
    const a = address(r, 'cn');
    return pos(`${ID}/cn-address`, `物流异常：收货地址 ${a} 无法派送，请联系收件人`, pers('address', a));
  },
  (r) => {
    const a = address(r, 'kr');
    return pos(`${ID}/kr-address`, `배송지 오류: ${a} (도로명 주소 확인 필요)`, pers('address', a));
  },
  (r) => {
    const cc = r.pick(CCS),
      p = person(r, cc),
      e = email(r, cc, p);
    return pos(`${ID}/tsv-export`, `id\tname\temail\tstatus\n${r.int(1000, 9999)}\t${p.native}\t${e}\tbounce`, pers('email', e));
  },
  (r) => {
    const ph = phone(r, 'in', true),
      e = email(r, 'in');
    return pos(
      `${ID}/in-py-bytes`,
      `send: b'POST /otp HTTP/1.1\\r\\n\\r\\nmobile=${ph.replace(/ /g, '')}&email=${e}&msg=${pyBytes('आपका OTP')}'`,
      pers('phone', ph.replace(/ /g, '')),
      pers('email', e),
    );
  },
  (r) => {
    const ph = phone(r, 'sa', true),
      e = email(r, 'ar');
    return pos(`${ID}/sa-ar-html`, `<div dir="rtl">تعذّر إرسال الفاتورة إلى ${html(`"${e}"`)} — الجوال: ${ph}</div>`, pers('email', e), pers('phone', ph));
  },
  (r) => {
    const ph = phone(r, 'nl'),
      e = email(r, 'nl');
    return pos(`${ID}/nl-log`, `${iso19(r)} WAARSCHUWING klantgegevens niet opgeslagen: telefoon=${ph} e-mail=${e}`, pers('phone', ph), pers('email', e));
  },
  (r) => {
    const ph = phone(r, 'pt', true);
    return pos(`${ID}/pt-whatsapp`, `Falha ao enviar mensagem WhatsApp para ${ph}: número não registrado`, pers('phone', ph));
  },
  (r) => {
    const ph = phone(r, 'it', true);
    return pos(`${ID}/it-sms`, `SMS non consegnato al numero ${ph} (operatore: TIM)`, pers('phone', ph));
  },
];

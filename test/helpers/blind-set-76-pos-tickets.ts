import * as id from './blind-set-76-ids';
import { person } from './blind-set-76-people';
import { t, lts, dob, type Tpl } from './blind-set-76-types';
import * as v from './blind-set-76-values';

/** CRM and helpdesk tickets, chat transcripts and alerts written in many languages and scripts (incl. right-to-left). */
export const TICKETS: Tpl[] = [
  t('helpdesk', 'de-ticket-zugangsdaten', (r, p) => {
    const a = person(r, 'de');
    return `Ticket #${r.int(10000, 99999)} (Priorität: hoch) — „Zugang zum Händlerportal gesperrt“
Von: ${p.p('name', a.name)} <${p.p('email', a.email)}>
Hallo Support, hier meine Zugangsdaten, damit Sie es prüfen können:
Benutzername: ${a.latin.split(' ')[0]!.toLowerCase()}.${r.int(1, 99)}
Passwort: ${p.c('password', v.pw(r))}
Rückruf bitte unter ${p.p('phone', a.phone)}.`;
  }),
  t('helpdesk', 'fr-ticket-mdp', (r, p) => {
    const a = person(r, 'fr');
    return `[Zendesk] Demande n°${r.int(100000, 999999)} : « Impossible de me connecter »
${p.p('name', a.name)} a écrit : Bonjour, j'ai réinitialisé mon mot de passe (nouveau mdp : ${p.c('password', v.pw(r))}) mais ça ne marche toujours pas.
Mon numéro de sécurité sociale pour vérification : ${p.p('nir', id.nir(r, true))}. Née le ${p.p('dob', dob(r, 'fr'))}.`;
  }),
  t('helpdesk', 'it-ticket', (r, p) => {
    const a = person(r, 'it');
    return `Segnalazione #${r.int(1000, 9999)} da ${p.p('email', a.email)}: "Rimborso non ricevuto"
Buongiorno, sono ${p.p('name', a.name)}, codice fiscale ${p.p('codice-fiscale', id.codiceFiscale(r))}. L'IBAN per il rimborso è ${p.f('iban', v.iban(r, 'IT'))}.
Vi lascio anche la password dell'account così verificate: ${p.c('password', v.pw(r))}`;
  }),
  t('helpdesk', 'nl-ticket', (r, p) => {
    const a = person(r, 'nl');
    return `Klantcontact ${r.int(100000, 999999)}: ${p.p('name', a.name)} belde over dubbele incasso.
BSN: ${p.p('bsn', id.bsn(r))} — IBAN ${p.f('iban', v.iban(r, 'NL'))} — tel ${p.p('phone', a.phone)}
Klant noemde wachtwoord "${p.c('password', v.pw(r))}" aan de telefoon (niet opslaan!)`;
  }),
  t('helpdesk', 'pl-ticket', (r, p) => {
    const a = person(r, 'pl');
    return `Zgłoszenie #${r.int(10000, 99999)} — „Nie mogę się zalogować”
Od: ${p.p('name', a.name)} <${p.p('email', a.email)}>
Dzień dobry, mój PESEL to ${p.p('pesel', id.pesel(r))}, hasło: ${p.c('password', v.pw(r))}. Karta ${p.f('card', v.card(r, r.pick(['visa', 'mc'])))} została obciążona dwa razy.`;
  }),
  t('helpdesk', 'tr-ticket', (r, p) => {
    const a = person(r, 'tr');
    return `Destek talebi #${r.int(100000, 999999)} — Konu: Şifremi unuttum
Gönderen: ${p.p('name', a.name)} (${p.p('email', a.email)})
Merhaba, yeni şifrem ${p.c('password', v.pw(r))} ama giriş yapamıyorum. TC Kimlik No: ${p.p('tckn', id.tckn(r))}, telefon ${p.p('phone', a.phone)}.\n[otomatik] oturum çerezi: ${p.c('session', r.b64url(32))}`;
  }),
  t('helpdesk', 'ru-ticket', (r, p) => {
    const a = person(r, 'ru');
    return `Обращение №${r.int(100000, 999999)}: «Не приходит код подтверждения»
От: ${p.p('name', a.name)} <${p.p('email', a.email)}>
Здравствуйте! Логин ${a.latin.split(' ')[0]!.toLowerCase()}${r.int(1, 99)}, пароль ${p.c('password', v.pw(r))}. ИНН ${p.p('inn', id.innPerson(r))}, телефон ${p.p('phone', a.phone)}.\n[служебно] cookie: session_id=${p.c('session', r.hex(40))}`;
  }),
  t('helpdesk', 'uk-ticket', (r, p) => {
    const a = person(r, 'uk');
    return `Звернення №${r.int(10000, 99999)} від ${p.p('name', a.name)}: «Подвійне списання»
Картка ${p.f('card', v.card(r, r.pick(['visa', 'mc'])))}, РНОКПП ${p.p('rnokpp', id.rnokpp(r))}, тел. ${p.p('phone', a.phone)}.
Пароль від кабінету (на всякий випадок): ${p.c('password', v.pw(r))}`;
  }),
  t('helpdesk', 'ja-inquiry', (r, p) => {
    const a = person(r, 'ja');
    return `【お問い合わせ】No.${r.int(100000, 999999)}「ログインできません」
お名前：${p.p('name', a.name)}\u3000様
メールアドレス：${p.p('email', a.email)}
本文：パスワード「${p.c('password', v.pw(r))}」を入力してもエラーになります。電話番号は${p.p('phone', a.phone)}です。\n（自動付与）セッション：${p.c('session', r.b64url(32))}`;
  }),
  t('helpdesk', 'zh-kefu', (r, p) => {
    const a = person(r, 'zh');
    return `【客服工单】#${r.int(100000, 999999)}\u3000标题：「账户被冻结」
用户：${p.p('name', a.name)}\u3000手机号：${p.p('phone', a.phone)}
留言：我的登录密码是${p.c('password', v.pw(r))}，身份证号${p.p('cn-id', id.cnId(r))}，银行卡${p.f('card', v.card(r, 'unionpay'))}，请尽快处理。`;
  }),
  t('helpdesk', 'ko-cs', (r, p) => {
    const a = person(r, 'ko');
    return `[고객센터] 문의 #${r.int(10000, 99999)} — 제목: 결제 오류
고객명: ${p.p('name', a.name)} / 연락처: ${p.p('phone', a.phone)}
내용: 비밀번호는 ${p.c('password', v.pw(r))} 입니다. 생년월일 ${p.p('dob', dob(r, 'ko'))}, 카드번호 ${p.f('card', v.card(r, r.pick(['visa', 'mc'])))}`;
  }),
  t('helpdesk', 'ar-ticket-rtl', (r, p) => {
    const a = person(r, 'ar');
    return `تذكرة دعم رقم ${r.int(10000, 99999)}: «لا أستطيع تسجيل الدخول»
الاسم: ${p.p('name', a.name)}
البريد الإلكتروني: ${p.p('email', a.email)}
كلمة المرور: ${p.c('password', v.pw(r))}
رقم الهوية الإماراتية: ${p.p('emirates-id', id.emiratesId(r))}
رقم الآيبان: ${p.f('iban', v.iban(r, r.pick(['AE', 'SA'])))}`;
  }),
  t('helpdesk', 'he-ticket-rtl', (r, p) => {
    const a = person(r, 'he');
    return `\u200fפנייה מס׳ ${r.int(10000, 99999)} — "החיוב בכרטיס נכשל"
\u200fשם: ${p.p('name', a.name)}, ת"ז: ${p.p('il-id', id.ilId(r))}, טלפון: ${p.p('phone', a.phone)}
\u200fסיסמה: ${p.c('password', v.pw(r))} | IBAN: ${p.f('iban', v.iban(r, 'IL'))}\n\u200fטוקן: ${p.c('token', r.b64url(40))}`;
  }),
  t('helpdesk', 'th-ticket', (r, p) => {
    const a = person(r, 'th');
    return `คำร้องเลขที่ ${r.int(10000, 99999)}: เข้าสู่ระบบไม่ได้
ชื่อ: ${p.p('name', a.name)} เลขประจำตัวประชาชน: ${p.p('th-id', id.thId(r))}
รหัสผ่าน: ${p.c('password', v.pw(r))} โทร ${p.p('phone', a.phone)}
Omise secret key: ${p.c('api-key', `skey_${r.b62(19)}`)}\nOmise public key: pkey_${r.b62(19)}`;
  }),
  t('helpdesk', 'el-ticket', (r, p) => {
    const a = person(r, 'el');
    return `Αίτημα υποστήριξης #${r.int(10000, 99999)}: «Δεν μπορώ να συνδεθώ»
Όνομα: ${p.p('name', a.name)} · ΑΜΚΑ: ${p.p('amka', id.amka(r))} · Κωδικός πρόσβασης: ${p.c('password', v.pw(r))} · Κινητό: ${p.p('phone', a.phone)}\nκλειδί API: ${p.c('api-key', r.b62(40))}`;
  }),
  t('helpdesk', 'sv-no-ticket', (r, p) => {
    const a = person(r, 'nordic');
    return `Ärende ${r.int(100000, 999999)}: "Kan inte logga in med BankID"
Kund: ${p.p('name', a.name)} (${p.p('email', a.email)}), personnummer ${p.p('se-pnr', id.sePnr(r))}
Kunden skrev sitt lösenord i chatten: ${p.c('password', v.pw(r))}`;
  }),
  t('helpdesk', 'ro-hu-cs-ticket', (r, p) => {
    const lang = r.pick(['ro', 'hu', 'cs'] as const);
    const a = person(r, lang);
    const nid = lang === 'ro' ? p.p('ro-cnp', id.roCnp(r)) : lang === 'hu' ? p.p('hu-taj', id.huTaj(r)) : p.p('cz-rc', id.czRc(r));
    const w = { ro: ['Solicitare', 'parola', 'CNP'], hu: ['Hibajegy', 'jelszó', 'TAJ'], cs: ['Požadavek', 'heslo', 'RČ'] }[lang];
    return `${w[0]} #${r.int(10000, 99999)} — ${p.p('name', a.name)} <${p.p('email', a.email)}>
${w[2]}: ${nid}; ${w[1]}: ${p.c('password', v.pw(r))}; IBAN ${p.f('iban', v.iban(r, lang === 'ro' ? 'RO' : lang === 'hu' ? 'HU' : 'CZ'))}\napi_token=${p.c('api-key', r.b62(40))}`;
  }),
  t('helpdesk', 'salesforce-case-es', (r, p) => {
    const a = person(r, 'es');
    return `Caso 0${r.int(1000000, 9999999)} actualizado por integración (Service Cloud):
{"Subject":"Cambio de cuenta bancaria","SuppliedName":"${p.p('name', a.name)}","SuppliedEmail":"${p.p('email', a.email)}","Description":"Nueva cuenta ${p.f('iban', v.iban(r, 'ES'))}, NIE ${p.p('nie', id.nie(r))}","Integration_Token__c":"${p.c('token', `00D${r.b62(12)}!${r.b62(96)}`)}"}`;
  }),
  t('helpdesk', 'hubspot-note-pt', (r, p) => {
    const a = person(r, 'pt');
    return `Nota do HubSpot (contato ${r.int(100000, 999999)}): cliente ${p.p('name', a.name)} pediu reembolso via PIX. Chave: ${p.p('cpf', id.cpf(r))}. Telefone ${p.p('phone', a.phone)}.
hapikey=${p.c('api-key', `pat-na1-${r.uuid()}`)}`;
  }),
  t('app', 'slack-alert-mixed', (r, p) => {
    const a = person(r, r.pick(['de', 'fr', 'es']));
    return `:rotating_light: [PROD] Integrationsfehler / erreur d'intégration / error de integración
webhook=${p.c('slack-webhook', v.slackHook(r))}
user=${p.p('email', a.email)} password=${p.c('password', v.pw(r))}
SLACK_BOT_TOKEN=${p.c('slack-token', v.slackBot(r))}`;
  }),
  t('app', 'config-yaml-de', (r, p) => `# application-prod.yml (Auszug aus Fehlerbericht)
zugangsdaten:
  sftp:
    benutzer: lieferant_${r.int(10, 99)}
    kennwort: "${p.c('password', v.pw(r))}"
  api:
    schluessel: ${p.c('api-key', r.hex(40))}
    geheimnis: ${p.c('api-secret', r.b64(32))}
  aws:
    zugriffsschluessel: ${p.c('aws-access-key', v.awsAk(r))}
    geheimer_schluessel: ${p.c('aws-secret', v.awsSecret(r))}`),
  t('app', 'config-ini-fr', (r, p) => `; config.ini — joint au ticket par l'intégrateur
[passerelle]
utilisateur = ws_paiement
mot_de_passe = ${p.c('password', v.pw(r))}
cle_api = ${p.c('api-key', r.b62(32))}
jeton_acces = ${p.c('token', v.ghToken(r))}
[smtp]
mdp = ${p.c('smtp-password', v.pw(r))}`),
  t('app', 'env-es-mx', (r, p) => `# .env.produccion (pegado en el issue #${r.int(100, 999)})
CONTRASENA_BD=${p.c('db-password', v.pw(r))}
CLAVE_API_CONEKTA=${p.c('api-key', `key_${r.b62(24)}`)}
STRIPE_SECRET_KEY=${p.c('stripe-key', v.stripeSk(r))}
SENDGRID_API_KEY=${p.c('sendgrid-key', v.sendgrid(r))}`),
  t('app', 'cjk-fullwidth-kv', (r, p) => {
    const a = person(r, r.pick(['ja', 'zh']));
    return `［同期エラー］ユーザー＝${p.p('email', a.email)}\u3000パスワード＝${p.c('password', v.pw(r))}\u3000APIキー＝${p.c('api-key', r.b62(32))}\u3000トークン：${p.c('token', r.b64url(40))}`;
  }),
  t('app', 'ec-key-ja', (r, p) => `Apple Pay 加盟店証明書の秘密鍵読み込み失敗（パスフレーズ不一致）
${p.c('private-key', v.ecKeyPem(r))}
パスフレーズ：${p.c('password', v.pw(r))}`),
  t('app', 'github-actions-ko', (r, p) => `Run ./deploy.sh
배포 실패: 원격 저장소 인증 오류 (remote: Invalid username or token)
  GH_TOKEN: ${p.c('github-token', v.ghToken(r))}
  배포 키 비밀번호: ${p.c('password', v.pw(r))}
  Google Maps 서버 키: ${p.c('google-server-key', v.googleKey(r))}`),
  t('app', 'php-session-ua', (r, p) => {
    const a = person(r, 'uk');
    return `[${lts(r)}] Помилка сесії: неможливо прочитати дані сесії для ${p.p('email', a.email)}
Cookie: PHPSESSID=${p.c('session', v.phpSess(r))}; laravel_session=${p.c('session', v.laravelSession(r))}; XSRF-TOKEN=${p.c('csrf-token', r.b64(40))}`;
  }),
  t('app', 'aws-sig-url-ar', (r, p) => `خطأ في رفع المستند: انتهت صلاحية الرابط الموقّع
https://kyc-docs.s3.me-south-1.amazonaws.com/id/${r.hex(16)}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${p.c('aws-access-key', v.awsAk(r))}%2F20261101%2Fme-south-1%2Fs3%2Faws4_request&X-Amz-Date=20261101T101010Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=${p.c('url-signature', v.awsSig(r))}
كلمة السر لحساب الخدمة: ${p.c('password', v.pw(r))}`),
];

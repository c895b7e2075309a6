import { b64s, b64u, html, jsonU, mimeB, pyBytes, uEsc, urlEnc } from './blind-set-19-enc';
import { genPw, jwt, pw, tok } from './blind-set-19-tokens';
import { cred, iso19, pos, type PosCase19 } from './blind-set-19-types';

/** Credentials in Russian, Turkish and Arabic logs, and global SaaS/CI/AI/database tokens in encoded payloads. */
const ID = 'cred-world';
export const credWorld: PosCase19[] = [
  (r) => {
    const p = pw(r);
    const l = r.pick(['пароль:', 'Пароль=', 'пароль =']);
    return pos(`${ID}/ru-label`, `${iso19(r)} ОШИБКА: не удалось подключиться к 1С: пользователь: buh ${l} ${p}`, cred('password', p));
  },
  (r) => {
    const p = pw(r, true);
    const l = r.pick(['şifre:', 'Şifre=', 'parola:']);
    return pos(`${ID}/tr-label`, `HATA: e-Fatura portalına giriş başarısız (kullanıcı: muhasebe ${l} ${p})`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/ar-label`, `خطأ: فشل تسجيل الدخول إلى بوابة الدفع — اسم المستخدم: finance01 كلمة المرور: ${p}`, cred('password', p));
  },
  (r) => {
    const k = tok(r, 'yandex-cloud-key');
    return pos(`${ID}/yandex-cloud-ru`, `Ошибка вызова SpeechKit: 401 Unauthorized\nAuthorization: Api-Key ${k}`, cred('yandex-cloud-key', k));
  },
  (r) => {
    const t = tok(r, 'yandex-oauth');
    return pos(`${ID}/yandex-oauth-json`, `{"уровень":"ошибка","сообщение":"токен отклонён","token":"${t}"}`, cred('yandex-oauth', t));
  },
  (r) => {
    const t = tok(r, 'telegram-bot');
    return pos(
      `${ID}/telegram-ru-url`,
      `aiogram.exceptions.TelegramUnauthorizedError: Telegram server says - Unauthorized\nURL: https://api.telegram.org/bot${t}/sendMessage?chat_id=-100${r.digits(10)}&text=${urlEnc('Заказ оплачен')}`,
      cred('telegram-bot', t),
    );
  },
  (r) => {
    const t = tok(r, 'telegram-bot');
    return pos(`${ID}/telegram-tr-env`, `# Bildirim botu (üretim)\nTELEGRAM_BOT_TOKEN="${t}"`, cred('telegram-bot', t));
  },
  (r) => {
    const k = tok(r, 'iyzico-secret');
    return pos(`${ID}/iyzico-tr`, `iyzico ödeme hatası: "Geçersiz imza" — options.setApiKey("${r.b62(32)}"); options.setSecretKey("${k}");`, cred('iyzico-secret', k));
  },
  (r) => {
    const t = tok(r, 'discord-bot');
    return pos(`${ID}/discord-tr`, `discord.errors.LoginFailure: Geçersiz token: ${t}`, cred('discord-bot', t));
  },
  (r) => {
    const t = tok(r, 'xendit-key');
    const b = b64s(`${t}:`);
    return pos(`${ID}/xendit-basic`, `Xendit invoice gagal dibuat (401)\n-H "Authorization: Basic ${b}"`, cred('basic-b64', b));
  },
  (r) => {
    const u = 'ops',
      p = genPw(r);
    const b = b64s(`${u}:${p}`);
    return pos(`${ID}/ar-basic-nginx`, `خطأ في الوكيل العكسي: upstream رفض الطلب\nproxy_set_header Authorization "Basic ${b}";`, cred('basic-b64', b));
  },
  (r) => {
    const t = tok(r, 'npm-token');
    return pos(`${ID}/npm-ru-npmrc`, `npm ERR! 403 Доступ запрещён\n# ~/.npmrc\n//registry.npmjs.org/:_authToken=${t}`, cred('npm-token', t));
  },
  (r) => {
    const t = tok(r, 'pypi-token');
    return pos(`${ID}/pypi-tr`, `twine upload başarısız: 403 Invalid or non-existent authentication information.\nTWINE_PASSWORD=${t}`, cred('pypi-token', t));
  },
  (r) => {
    const t = tok(r, 'digitalocean-token');
    return pos(`${ID}/do-ar-json-u`, `{"status":"error","message":${jsonU('رمز الوصول غير صالح')},"token":"${t}"}`, cred('digitalocean-token', t));
  },
  (r) => {
    const t = tok(r, 'tfc-token');
    return pos(`${ID}/tfc-ru`, `Error: Failed to request discovery document: 401 (токен Terraform Cloud отклонён)\ncredentials "app.terraform.io" {\n  token = "${t}"\n}`, cred('tfc-token', t));
  },
  (r) => {
    const t = tok(r, 'notion-token');
    return pos(`${ID}/notion-pt`, `Erro ao sincronizar a base do Notion: APIResponseError: API token is invalid. NOTION_TOKEN=${t}`, cred('notion-token', t));
  },
  (r) => {
    const t = tok(r, 'linear-key');
    return pos(
      `${ID}/linear-de-go`,
      `linear: Anfrage fehlgeschlagen: &{Header:map[Authorization:[${t}] Content-Type:[application/json]] Body:"${uEsc('Fehlerbericht für Büro')}"}`,
      cred('linear-key', t),
    );
  },
  (r) => {
    const t = tok(r, 'airtable-pat');
    return pos(`${ID}/airtable-es`, `AirtableError: AUTHENTICATION_REQUIRED — revisa el token personal: ${t}`, cred('airtable-pat', t));
  },
  (r) => {
    const t = tok(r, 'groq-key');
    return pos(`${ID}/groq-fr-py`, `groq.AuthenticationError: Error code: 401 - {'error': {'message': 'Invalid API Key'}}\n  client = Groq(api_key='${t}')  # clé de production`, cred('groq-key', t));
  },
  (r) => {
    const t = tok(r, 'planetscale-pw');
    return pos(`${ID}/planetscale-it`, `Errore di connessione: mysql://k7${r.hex(10)}:${t}@aws.connect.psdb.cloud/negozio?sslaccept=strict`, cred('planetscale-pw', t));
  },
  (r) => {
    const t = tok(r, 'sentry-user-token');
    return pos(`${ID}/sentry-nl`, `sentry-cli: fout bij uploaden van sourcemaps\nSENTRY_AUTH_TOKEN=${t}`, cred('sentry-user-token', t));
  },
  (r) => {
    const t = tok(r, 'newrelic-key');
    return pos(`${ID}/newrelic-ja`, `NerdGraph クエリ失敗 (401): API-Key: ${t}`, cred('newrelic-key', t));
  },
  (r) => {
    const t = tok(r, 'grafana-sa');
    return pos(`${ID}/grafana-pl`, `Błąd eksportu dashboardu: grafana.auth = "Bearer ${t}"`, cred('grafana-sa', t));
  },
  (r) => {
    const t = tok(r, 'mailgun-key');
    const b = b64s(`api:${t}`);
    return pos(`${ID}/mailgun-basic-fr`, `Mailgun : 401 Forbidden lors de l'envoi de la facture\nAuthorization: Basic ${b}`, cred('basic-b64', b));
  },
  (r) => {
    const t = tok(r, 'meta-token');
    return pos(`${ID}/meta-wa-pt`, `WhatsApp Cloud API: falha ao enviar template "confirmacao_pedido" — access_token=${t}`, cred('meta-token', t));
  },
  (r) => {
    const t = tok(r, 'buildkite-token');
    return pos(`${ID}/buildkite-ja`, `buildkite-agent: エラー: API トークンが無効です BUILDKITE_API_TOKEN=${t}`, cred('buildkite-token', t));
  },
  (r) => {
    const t = tok(r, 'circleci-token');
    return pos(`${ID}/circleci-es`, `CircleCI: no autorizado. Circle-Token: ${t}`, cred('circleci-token', t));
  },
  (r) => {
    const t = tok(r, 'gitlab-runner');
    return pos(`${ID}/gitlab-runner-ru`, `[[runners]]\n  name = "сборка-01"\n  url = "https://gitlab.example-ru.ru/"\n  token = "${t}"`, cred('gitlab-runner', t));
  },
  (r) => {
    const t = tok(r, 'square-token');
    return pos(
      `${ID}/square-ja-html`,
      `<p>決済処理中にエラーが発生しました。</p><!-- debug: {&quot;access_token&quot;:&quot;${t}&quot;,&quot;location&quot;:&quot;L${r.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', 12)}&quot;} -->`,
      cred('square-token', t),
    );
  },
  (r) => {
    const t = tok(r, 'braintree-token');
    return pos(`${ID}/braintree-it`, `Braintree::AuthenticationError — configurazione: access_token: ${t}`, cred('braintree-token', t));
  },
  (r) => {
    const t = tok(r, 'shopify-token');
    return pos(`${ID}/shopify-tr`, `Shopify senkronizasyonu başarısız [401] X-Shopify-Access-Token: ${t}`, cred('shopify-token', t));
  },
  (r) => {
    const p = genPw(r);
    const body = b64u(JSON.stringify({ user: 'ops', pass: p }));
    return pos(`${ID}/b64-webhook-ru`, `Ошибка обработки вебхука, тело (base64url): ${body}`, cred('b64-secret', body));
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/ru-mime-mail`, `Subject: ${mimeB('Доступ к серверу')}\nContent-Type: text/plain; charset=utf-8\n\nЛогин: admin\nПароль: ${p}`, cred('password', p));
  },
  (r) => {
    const p = pw(r);
    return pos(`${ID}/tr-py-bytes`, `requests.exceptions.HTTPError: 401 body=b'kullanici=muhasebe&sifre=${p}&dil=${pyBytes('türkçe')}'`, cred('password', p));
  },
  (r) => {
    const j = jwt(r, { sub: String(r.int(10000, 99999)), role: 'service_role', iss: 'supabase', exp: 1830000000 });
    return pos(`${ID}/supabase-ar`, `${html('خطأ: مفتاح الخدمة "service_role" سُرِّب في السجل')}\nSUPABASE_SERVICE_ROLE_KEY=${j}`, cred('jwt', j));
  },
  (r) => {
    const t = tok(r, 'cloudflare-token');
    return pos(`${ID}/cloudflare-de`, `wrangler: Fehler 10000: Authentifizierung fehlgeschlagen\nCLOUDFLARE_API_TOKEN=${t}`, cred('cloudflare-token', t));
  },
];

import * as id from './blind-set-76-ids';
import { person } from './blind-set-76-people';
import { t, ts, lts, thread, host, dob, type Tpl } from './blind-set-76-types';
import * as v from './blind-set-76-values';

/** Localized framework and driver errors: Spring/Hibernate, Laravel/Symfony, Django/Rails, .NET, JVM, PHP, Node. */
export const FRAMEWORK: Tpl[] = [
  t('framework', 'spring-de-datasource', (r, p) => {
    const pw = p.c('db-password', v.pw(r));
    return `${lts(r)} ERROR [${thread(r)}] o.s.b.SpringApplication : Anwendung konnte nicht gestartet werden
org.springframework.beans.factory.BeanCreationException: Fehler beim Erstellen der Bean 'dataSource': Verbindung zu jdbc:postgresql://db-${r.int(1, 9)}.intern:5432/kunden?user=svc_kunden&password=${pw} fehlgeschlagen
Ursache: org.postgresql.util.PSQLException: FATAL: Passwort-Authentifizierung für Benutzer „svc_kunden“ fehlgeschlagen
\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:${r.int(600, 800)})
spring.datasource.password=${p.c('db-password', v.pw(r))}  # Fallback aus application-prod.properties`;
  }),
  t('framework', 'hibernate-de-constraint', (r, p) => {
    const a = person(r, 'de');
    return `WARN  o.h.engine.jdbc.spi.SqlExceptionHelper - SQL Error: 0, SQLState: 23505
ERROR o.h.engine.jdbc.spi.SqlExceptionHelper - FEHLER: doppelter Schlüsselwert verletzt Unique-Constraint »uk_kunde_steuer_id«
  Detail: Schlüssel (steuer_id)=(${p.p('steuer-id', id.steuerId(r))}) existiert bereits.
binding parameter [1] as [VARCHAR] - [${p.p('name', a.name)}]
binding parameter [2] as [VARCHAR] - [${p.p('email', a.email)}]
binding parameter [3] as [DATE] - [${p.p('dob', dob(r))}]
binding parameter [4] as [VARCHAR] - [${p.f('iban', v.iban(r, 'DE', false))}]
binding parameter [5] as [VARCHAR] - [${p.c('password', v.pw(r))}]\nbinding parameter [6] as [VARCHAR] - [${p.c('api-key', r.hex(40))}]`;
  }),
  t('framework', 'spring-de-validation-json', (r, p) => {
    const a = person(r, 'de');
    return `{"zeitstempel":"${ts(r)}","status":400,"fehler":"Validierung fehlgeschlagen","pfad":"/api/v2/registrierung","eingabe":{"benutzername":"${p.p('email', a.email)}","passwort":"${p.c('password', v.pw(r))}","passwortWiederholung":"${p.c('password', v.pw(r))}","vorname":"${p.p('name', a.first)}","nachname":"${p.p('name', a.last)}","geburtsdatum":"${p.p('dob', dob(r, 'de'))}"},"meldungen":["Die Passwörter stimmen nicht überein"]}`;
  }),
  t('framework', 'laravel-es-validation', (r, p) => {
    const a = person(r, 'es');
    return `[${lts(r)}] production.ERROR: Los datos proporcionados no son válidos. {"exception":"[object] (Illuminate\\\\Validation\\\\ValidationException(code: 0): El campo contraseña debe tener al menos 12 caracteres.","input":{"nombre":"${p.p('name', a.name)}","correo":"${p.p('email', a.email)}","contraseña":"${p.c('password', v.pw(r))}","dni":"${p.p('dni', id.dni(r))}","telefono":"${p.p('phone', a.phone)}"},"_token":"${p.c('csrf-token', r.b62(40))}"}\nSESSION laravel_session=${p.c('session', v.laravelSession(r))}`;
  }),
  t('framework', 'laravel-fr-env-dump', (r, p) => `Illuminate\\Database\\QueryException
SQLSTATE[HY000] [1045] Accès refusé pour l'utilisateur: 'boutique'@'${r.int(10, 172)}.${r.int(0, 31)}.${r.int(0, 255)}.${r.int(1, 254)}' (mot de passe: OUI)
Environnement :
APP_KEY=base64:${p.c('app-key', r.b64(32))}
DB_USERNAME=boutique
DB_PASSWORD=${p.c('db-password', v.pw(r))}
MAIL_PASSWORD=${p.c('smtp-password', v.pw(r))}
MOLLIE_KEY=${p.c('api-key', v.mollieKey(r))}`),
  t('framework', 'symfony-fr-form', (r, p) => {
    const a = person(r, 'fr');
    return `request.ERROR: Uncaught PHP Exception Symfony\\Component\\Form\\Exception\\TransformationFailedException: "Cette valeur n'est pas valide." at /var/www/src/Form/InscriptionType.php line ${r.int(40, 200)} {"formulaire":{"prenom":"${p.p('name', a.first)}","nom":"${p.p('name', a.last)}","email":"${p.p('email', a.email)}","motDePasse":{"first":"${p.c('password', v.pw(r))}","second":"${p.c('password', v.pw(r))}"},"dateDeNaissance":"${p.p('dob', dob(r, 'fr'))}","numeroSecu":"${p.p('nir', id.nir(r, true))}"}}`;
  }),
  t('framework', 'django-es-debug', (r, p) => {
    const a = person(r, 'es');
    return `Error del servidor (500) en /cuenta/verificar/
Traceback (most recent call last):
  File "/srv/app/cuentas/views.py", line ${r.int(50, 300)}, in verificar
    cliente = Cliente.objects.get(curp=request.POST["curp"])
cuentas.models.Cliente.DoesNotExist: La consulta de Cliente no devolvió resultados.
POST:
  curp = '${p.p('curp', id.curp(r))}'
  rfc = '${p.p('rfc', id.rfcPerson(r))}'
  nombre_completo = '${p.p('name', a.name)}'
  clave = '${p.c('password', v.pw(r))}'
COOKIES:
  sessionid = '${p.c('session', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32))}'
  csrftoken = '${p.c('csrf-token', r.b62(32))}'\nSETTINGS:\n  SECRET_KEY = '${p.c('django-secret', r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}'`;
  }),
  t('framework', 'django-pt-settings', (r, p) => `ImproperlyConfigured: A configuração SECRET_KEY não pode estar vazia em produção.
Valores carregados de .env:
  SECRET_KEY='${p.c('django-secret', r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50))}'
  DATABASE_URL=postgres://loja:${p.c('db-password', v.urlPw(r))}@pg.loja.internal:5432/loja
  PAGSEGURO_TOKEN=${p.c('api-key', r.chars(v.HEXU, 32))}
  EMAIL_HOST_PASSWORD=${p.c('smtp-password', v.pw(r))}`),
  t('framework', 'rails-ja-params', (r, p) => {
    const a = person(r, 'ja');
    return `I, [${ts(r)} #${r.int(1000, 9999)}]  INFO -- : Started POST "/users" for ${r.int(10, 99)}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}
I, [${ts(r)} #${r.int(1000, 9999)}]  INFO -- : Parameters: {"user"=>{"氏名"=>"${p.p('name', a.name)}", "メールアドレス"=>"${p.p('email', a.email)}", "パスワード"=>"${p.c('password', v.pw(r))}", "電話番号"=>"${p.p('phone', a.phone)}", "マイナンバー"=>"${p.p('my-number', id.myNumber(r))}"}, "authenticity_token"=>"${p.c('csrf-token', r.b64(48))}"}
E, ActiveRecord::RecordInvalid: バリデーションに失敗しました: パスワードは8文字以上で入力してください`;
  }),
  t('framework', 'rails-ptbr-credentials', (r, p) => `ActiveSupport::MessageEncryptor::InvalidMessage ao ler config/credentials/production.yml.enc
RAILS_MASTER_KEY=${p.c('rails-master-key', r.hex(32))} (lido de variável de ambiente)
config/database.yml:
  production:
    username: loja_app
    senha: ${p.c('db-password', v.pw(r))}
    password: <%= ENV["DB_SENHA"] %>`),
  t('framework', 'dotnet-de-resource', (r, p) => `System.Data.SqlClient.SqlException (0x80131904): Fehler bei der Anmeldung für den Benutzer "erp_sync".
   bei System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions)
ConnectionString: "Data Source=sql${r.int(1, 9)}.firma.local;Initial Catalog=Lohn;User ID=erp_sync;Password=${p.c('db-password', v.pw(r))};Encrypt=True"
Benutzer-Kennwort für SMTP (Zugangsdaten aus appsettings.Production.json): Kennwort=${p.c('smtp-password', v.pw(r))}`),
  t('framework', 'dotnet-ru-resource', (r, p) => {
    const a = person(r, 'ru');
    return `System.InvalidOperationException: Не удалось выполнить вход пользователя "${p.p('email', a.email)}". Неверный пароль.
   в Microsoft.AspNetCore.Identity.SignInManager\`1.PasswordSignInAsync(String userName, String password)
Тело запроса: {"login":"${a.email}","пароль":"${p.c('password', v.pw(r))}","ФИО":"${p.p('name', a.name)}","СНИЛС":"${p.p('snils', id.snils(r))}"}
Authorization: Bearer ${p.c('jwt', v.jwt(r, { name: a.latin }))}`;
  }),
  t('framework', 'jvm-ja-locale', (r, p) => `${lts(r)} 重大 [${thread(r)}] jp.co.shop.batch.KessaiJob - 決済APIの呼び出しに失敗しました
java.io.IOException: サーバーがHTTP応答コード401を返しました。URL: https://api.pay.example-psp.jp/v1/charges?apikey=${p.c('api-key', r.b62(40))}
\tat sun.net.www.protocol.http.HttpURLConnection.getInputStream0(HttpURLConnection.java:1997)
原因: 認証トークン「${p.c('token', r.b64url(48))}」は期限切れです
パスワード＝${p.c('password', v.pw(r))}（設定ファイル：batch.properties）`),
  t('framework', 'jvm-zh-locale', (r, p) => {
    const a = person(r, 'zh');
    return `${lts(r)} 严重 [${thread(r)}] c.s.u.UserSyncService - 用户同步失败：用户名或密码错误
java.sql.SQLException: 用户 'sync'@'%' 访问被拒绝 (使用密码: 是)
请求参数：{"姓名":"${p.p('name', a.name)}","手机号":"${p.p('phone', a.phone)}","身份证号":"${p.p('cn-id', id.cnId(r))}","密码":"${p.c('password', v.pw(r))}"}
数据源配置：jdbc:mysql://10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:3306/member?user=sync&password=${p.c('db-password', v.urlPw(r))}`;
  }),
  t('framework', 'php-pdo-it', (r, p) => {
    const a = person(r, 'it');
    return `PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Accesso negato per l'utente 'gestionale'@'localhost' (password: SÌ) in /var/www/html/config.php:${r.int(10, 90)}
Stack trace:
#0 /var/www/html/config.php(${r.int(10, 90)}): PDO->__construct('mysql:host=local...', 'gestionale', '${p.c('db-password', v.pw(r))}')
#1 /var/www/html/anagrafica.php(12): require_once('/var/www/html/c...')
Ultimo record: codice_fiscale=${p.p('codice-fiscale', id.codiceFiscale(r))}; nominativo=${p.p('name', a.name)}; iban=${p.f('iban', v.iban(r, 'IT'))}`;
  }),
  t('framework', 'node-tr-axios', (r, p) => {
    const a = person(r, 'tr');
    return `AxiosError: İstek 401 durum koduyla başarısız oldu
    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)
  config: {
    url: 'https://api.iyzipay.com/payment/auth',
    headers: { 'Authorization': 'IYZWSv2 ${p.c('iyzico-auth', Buffer.from(`apiKey:${r.b62(32)}&randomKey:${r.digits(13)}&signature:${r.hex(64)}`).toString('base64'))}' },
    data: '{"buyer":{"name":"${p.p('name', a.first)}","surname":"${p.p('name', a.last)}","identityNumber":"${p.p('tckn', id.tckn(r))}","gsmNumber":"${p.p('phone', a.phone)}"},"paymentCard":{"cardNumber":"${p.f('card', v.card(r, 'troy', false))}","cvc":"${p.f('cvc', v.cvc(r))}"}}'
  }`;
  }),
  t('framework', 'go-pl-panic', (r, p) => `panic: nie udało się połączyć z bazą danych: pq: uwierzytelnianie hasłem nie powiodło się dla użytkownika "faktury"
goroutine 1 [running]:
main.mustDB({0xc000${r.hex(6)}, 0x${r.hex(2)}})
\t/src/cmd/ksef-sync/main.go:${r.int(20, 99)} +0x${r.hex(3)}
dsn="postgres://faktury:${p.c('db-password', v.urlPw(r))}@10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}:5432/faktury?sslmode=require"
KSEF_TOKEN=${p.c('ksef-token', r.chars(v.HEXU, 64))} hasło_certyfikatu=${p.c('password', v.pw(r))}`),
  t('framework', 'spring-nl-actuator', (r, p) => {
    const a = person(r, 'nl');
    return `{"timestamp":"${ts(r)}","level":"ERROR","logger":"nl.zorg.portaal.ClientService","message":"Ongeldige invoer voor cliënt","mdc":{"gebruiker":"${p.p('email', a.email)}"},"context":{"naam":"${p.p('name', a.name)}","bsn":"${p.p('bsn', id.bsn(r))}","wachtwoord":"${p.c('password', v.pw(r))}","rekeningnummer":"${p.f('iban', v.iban(r, 'NL'))}"},"apiSleutel":"${p.c('api-key', r.hex(40))}"}`;
  }),
  t('framework', 'express-ko-error', (r, p) => {
    const a = person(r, 'ko');
    return `[${ts(r)}] ERROR 회원가입 처리 중 오류: 이미 등록된 주민등록번호입니다
요청 본문: { 이름: '${p.p('name', a.name)}', 이메일: '${p.p('email', a.email)}', 비밀번호: '${p.c('password', v.pw(r))}', 주민등록번호: '${p.p('kr-rrn', id.krRrn(r))}', 휴대폰: '${p.p('phone', a.phone)}' }
카카오 토큰: ${p.c('kakao-token', r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 54))}`;
  }),
  t('framework', 'aspnet-fr-problem', (r, p) => {
    const a = person(r, 'fr');
    return `HTTP/1.1 422 Unprocessable Entity
Content-Type: application/problem+json; charset=utf-8
{"type":"https://tools.ietf.org/html/rfc4918#section-11.2","title":"Une ou plusieurs erreurs de validation se sont produites.","errors":{"Iban":["Le RIB est invalide."]},"requete":{"titulaire":"${p.p('name', a.name)}","iban":"${p.f('iban', v.iban(r, 'FR'))}","mdp":"${p.c('password', v.pw(r))}","jeton":"${p.c('token', r.b64url(32))}"}}`;
  }),
  t('framework', 'celery-ru-retry', (r, p) => `[${lts(r)}: WARNING/ForkPoolWorker-${r.int(1, 8)}] Задача sync.yandex_disk[${r.hex(8)}-${r.hex(4)}-${r.hex(4)}-${r.hex(4)}-${r.hex(12)}] повтор через 60с: 401 Unauthorized
args: ('${p.c('yandex-oauth', v.yandexOauth(r))}',)
kwargs: {'ключ_api': '${p.c('api-key', v.yandexCloudKey(r))}', 'пароль_архива': '${p.c('password', v.pw(r))}'}`),
  t('framework', 'spring-es-feign', (r, p) => `${lts(r)} ERROR [${thread(r)}] c.t.pagos.MercadoPagoClient : [MercadoPagoClient#crearPago] <--- HTTP/1.1 401 Unauthorized (${r.int(80, 900)}ms)
[MercadoPagoClient#crearPago] ---> POST https://api.mercadopago.com/v1/payments HTTP/1.1
[MercadoPagoClient#crearPago] Authorization: Bearer ${p.c('mp-access-token', v.mpToken(r))}
[MercadoPagoClient#crearPago] X-Idempotency-Key: ${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-8${r.hex(3)}-${r.hex(12)}
{"message":"invalid access token","error":"unauthorized","status":401}`),
  t('framework', 'kotlin-uk-ktor', (r, p) => {
    const a = person(r, 'uk');
    return `${lts(r)} [eventLoopGroupProxy-4-${r.int(1, 9)}] ERROR Application - Помилка обробки запиту: POST /api/klienty
io.ktor.server.plugins.BadRequestException: Некоректний РНОКПП
Тіло: {"піб":"${p.p('name', a.name)}","рнокпп":"${p.p('rnokpp', id.rnokpp(r))}","телефон":"${p.p('phone', a.phone)}","пароль":"${p.c('password', v.pw(r))}","картка":"${p.f('card', v.card(r, 'mc'))}"}`;
  }),
  t('framework', 'flask-el-error', (r, p) => {
    const a = person(r, 'el');
    return `ERROR in app: Εξαίρεση κατά το αίτημα [POST] /eggrafi
sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) διπλότυπη τιμή κλειδιού παραβιάζει τον περιορισμό μοναδικότητας "asfalismenoi_amka_key"
DETAIL:  Key (amka)=(${p.p('amka', id.amka(r))}) already exists.
[parameters: {'onoma': '${p.p('name', a.name)}', 'email': '${p.p('email', a.email)}', 'kodikos': '${p.c('password', v.pw(r))}'}]
SQLALCHEMY_DATABASE_URI=postgresql://app:${p.c('db-password', v.urlPw(r))}@db/asfaleia`;
  }),
  t('framework', 'nest-vi-validation', (r, p) => {
    const a = person(r, 'vi');
    return `[Nest] ${r.int(1, 99)}  - ${lts(r)}   ERROR [ExceptionsHandler] Mật khẩu không hợp lệ cho tài khoản ${p.p('email', a.email)}
{"hoTen":"${p.p('name', a.name)}","soCCCD":"${p.p('vn-cccd', id.vnCccd(r))}","matKhau":"${p.c('password', v.pw(r))}","soDienThoai":"${p.p('phone', a.phone)}","momoSecretKey":"${p.c('api-key', r.b62(32))}"}\nmật khẩu cũ: ${p.c('password', v.pw(r))}`;
  }),
  t('framework', 'laravel-ro-log', (r, p) => {
    const a = person(r, 'ro');
    return `[${lts(r)}] local.ERROR: Autentificare eșuată pentru utilizatorul ${p.p('email', a.email)} (parola: ${p.c('password', v.pw(r))}) {"nume":"${p.p('name', a.name)}","cnp":"${p.p('ro-cnp', id.roCnp(r))}","ip":"${host(r)}","netopia_signature":"${p.c('api-key', `${r.chars(v.HEXU, 4)}-${r.chars(v.HEXU, 4)}-${r.chars(v.HEXU, 4)}-${r.chars(v.HEXU, 4)}-${r.chars(v.HEXU, 4)}`)}"}`;
  }),
  t('framework', 'symfony-cs-mailer', (r, p) => `Symfony\\Component\\Mailer\\Exception\\TransportException: Nepodařilo se ověřit uživatele "eshop@firma.cz": 535 5.7.8 Chybné jméno nebo heslo
MAILER_DSN=smtp://eshop%40firma.cz:${p.c('smtp-password', v.urlPw(r))}@smtp.seznam.cz:465
GOPAY_CLIENT_SECRET=${p.c('client-secret', r.b62(12))} GOPAY_CLIENT_ID=${r.digits(10)} uzel ${host(r)}`),
];

import { host, person } from './blind-set-88-people';
import { awsKeyId, awsSecret, djangoKey, laravelKey, mailgun, nugetPat, password, sendgrid, stripeKey, twilioSid, wpSalt } from './blind-set-88-tokens';
import type { Source88 } from './blind-set-88-types';

/** Application framework configs: Spring, Rails, Django, Laravel, WordPress, Gradle/Android, Maven/NuGet. */
export const APP_SOURCES: readonly Source88[] = [
  {
    name: 'spring',
    printers: [
      (c) =>
        `spring:\n  datasource:\n    url: jdbc:postgresql://${host(c.r)}:5432/orders\n    username: orders_app\n    password: ${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n  mail:\n    username: ${c.pii('email', person(c.r).email)}\n    password: ${c.cred('password', c.r.str('abcdefghijklmnopqrstuvwxyz', 16))}\njasypt:\n  encryptor:\n    algorithm: PBEWithMD5AndDES\nlegacy:\n  api-secret: ENC(${c.r.b64(24)})\n`,
      (c) =>
        `spring.datasource.url=jdbc:mysql://${host(c.r)}:3306/crm?useSSL=true\nspring.datasource.username=crm\nspring.datasource.password=${c.cred('password', password(c.r, 'any'))}\nspring.security.oauth2.client.registration.github.client-secret=${c.cred('oauth_client_secret', c.r.hex(40))}\napp.twilio.account-sid=${twilioSid(c.r)}\napp.twilio.auth-token=${c.cred('twilio_auth_token', c.r.hex(32))}\n`,
      (c) =>
        `{"activeProfiles":["prod"],"propertySources":[{"name":"Config resource 'class path resource [application-prod.properties]'","properties":{"spring.datasource.password":{"value":"******"},"app.payments.stripe-key":{"value":"${c.fin('stripe_key', stripeKey(c.r))}"},"app.notify.sendgrid":{"value":"${c.cred('sendgrid_key', sendgrid(c.r))}"}}}]}`,
    ],
  },
  {
    name: 'rails',
    printers: [
      (c) =>
        `production:\n  adapter: postgresql\n  encoding: unicode\n  database: shop_production\n  username: shop\n  password: <%= ENV["SHOP_DATABASE_PASSWORD"] %>\n\nstaging:\n  adapter: postgresql\n  database: shop_staging\n  username: shop\n  password: ${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n  host: ${host(c.r)}\n`,
      (c) =>
        `$ bin/rails credentials:show\nsecret_key_base: ${c.cred('rails_secret_key_base', c.r.hex(128))}\naws:\n  access_key_id: ${c.cred('aws_access_key_id', awsKeyId(c.r))}\n  secret_access_key: ${c.cred('aws_secret_access_key', awsSecret(c.r))}\nstripe:\n  secret_key: ${c.fin('stripe_key', stripeKey(c.r))}\n  signing_secret: ${c.fin('stripe_webhook_secret', 'whsec_' + c.r.alnum(32))}\n`,
      (c) => `+ cat config/master.key\n${c.cred('rails_master_key', c.r.hex(32))}\n+ bin/rails assets:precompile\nActiveSupport::MessageEncryptor::InvalidMessage\n`,
    ],
  },
  {
    name: 'django',
    printers: [
      (c) =>
        `SECRET_KEY = '${c.cred('django_secret_key', djangoKey(c.r).replace(/'/g, '!'))}'\nDEBUG = False\nADMINS = [("${c.pii('person_name', person(c.r).name)}", "${c.pii('email', person(c.r).workEmail)}")]\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "portal",\n        "USER": "portal",\n        "PASSWORD": "${c.cred('password', password(c.r, 'safe'))}",\n        "HOST": "${host(c.r)}",\n    }\n}\nEMAIL_HOST_PASSWORD = "${c.cred('password', password(c.r, 'safe'))}"\n`,
      (c) =>
        `DJANGO_SETTINGS_MODULE=portal.settings.prod\nDATABASE_URL=postgres://portal:${c.cred('password', password(c.r, 'url'))}@${host(c.r)}:5432/portal\nMAILGUN_API_KEY=${c.cred('mailgun_key', mailgun(c.r))}\nSENTRY_ENVIRONMENT=prod\n`,
      (c) =>
        `Traceback (most recent call last):\n  File "/app/portal/payments.py", line 88, in charge\n    stripe.api_key = settings.STRIPE_KEY\nLocal vars:\n    api_key = '${c.fin('stripe_key', stripeKey(c.r))}'\n    customer_email = '${c.pii('email', person(c.r).email)}'\nstripe.error.CardError: Your card was declined.\n`,
    ],
  },
  {
    name: 'laravel',
    printers: [
      (c) =>
        `APP_NAME=Laravel\nAPP_ENV=production\nAPP_KEY=${c.cred('laravel_app_key', laravelKey(c.r))}\nAPP_DEBUG=false\n\nDB_CONNECTION=mysql\nDB_HOST=${host(c.r)}\nDB_DATABASE=shop\nDB_USERNAME=shop\nDB_PASSWORD=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n\nMAIL_MAILER=smtp\nMAIL_USERNAME=${c.pii('email', person(c.r).email)}\nMAIL_PASSWORD="${c.cred('password', password(c.r, 'any').replace(/"/g, '!'))}"\n\nPUSHER_APP_ID=${c.r.digits(7)}\nPUSHER_APP_SECRET=${c.cred('pusher_secret', c.r.hex(20))}\n`,
      (c) =>
        `  app.key ............................................. ${c.cred('laravel_app_key', laravelKey(c.r))}\n  database.connections.mysql.password ................. ${c.cred('password', password(c.r, 'safe'))}\n  services.stripe.secret .............................. ${c.fin('stripe_key', stripeKey(c.r))}\n`,
      (c) =>
        `{"message":"SQLSTATE[HY000] [1045] Access denied","context":{"env":{"APP_KEY":"${c.cred('laravel_app_key', laravelKey(c.r))}","DB_PASSWORD":"${c.cred('password', password(c.r, 'safe'))}","AWS_ACCESS_KEY_ID":"${c.cred('aws_access_key_id', awsKeyId(c.r))}"}},"level":400}`,
    ],
  },
  {
    name: 'wordpress',
    printers: [
      (c) =>
        `define( 'DB_NAME', 'wp_${c.r.lower(5)}' );\ndefine( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', '${c.cred('password', password(c.r, 'safe'))}' );\ndefine( 'DB_HOST', 'localhost' );\n\ndefine( 'AUTH_KEY',         '${c.cred('wp_salt', wpSalt(c.r))}' );\ndefine( 'SECURE_AUTH_KEY',  '${c.cred('wp_salt', wpSalt(c.r))}' );\ndefine( 'LOGGED_IN_SALT',   '${c.cred('wp_salt', wpSalt(c.r))}' );\n`,
      (c) =>
        `PHP Warning:  mysqli_real_connect(): (HY000/1045): Access denied for user 'wp'@'localhost' in /var/www/html/wp-includes/class-wpdb.php on line 1987\n/var/www/html/wp-config.php:\ndefine('DB_PASSWORD', "${c.cred('password', password(c.r, 'safe'))}");\ndefine('SMTP_PASS', '${c.cred('password', password(c.r, 'safe'))}');\ndefine('SMTP_USER', '${c.pii('email', person(c.r).email)}');\n`,
      (c) =>
        `wp_options: mailserver_login=${c.pii('email', person(c.r).email)} mailserver_pass=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\nwp_usermeta: billing_phone=${c.pii('phone', '+1 ' + c.r.pick(['415', '646', '720']) + ' ' + c.r.int(201, 989) + ' ' + c.r.digits(4))}\n`,
    ],
  },
  {
    name: 'gradle',
    printers: [
      (c) =>
        `org.gradle.jvmargs=-Xmx4g\nRELEASE_STORE_FILE=../keys/release.jks\nRELEASE_STORE_PASSWORD=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\nRELEASE_KEY_ALIAS=upload\nRELEASE_KEY_PASSWORD=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\nmavenCentralPassword=${c.cred('password', c.r.alnum(20))}\nsigning.password=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\n`,
      (c) =>
        `## This file must *NOT* be checked into Version Control Systems,\n# Location of the SDK.\nsdk.dir=/Users/${person(c.r).user}/Library/Android/sdk\nstorePassword=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\nkeyPassword=${c.cred('password', password(c.r, 'safe').replace(/\s/g, ''))}\nMAPS_API_KEY=AIza${c.r.str('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 35)}\n`.replace(
          /MAPS_API_KEY=(AIza\S+)/,
          (_m, k: string) => `MAPS_API_KEY=${c.cred('google_api_key', k)}`,
        ),
      (c) =>
        `    signingConfigs {\n        release {\n            storeFile file("release.keystore")\n            storePassword "${c.cred('password', password(c.r, 'safe'))}"\n            keyAlias "release"\n            keyPassword "${c.cred('password', password(c.r, 'safe'))}"\n        }\n    }\n`,
    ],
  },
  {
    name: 'maven-nuget',
    printers: [
      (c) =>
        `<settings>\n  <servers>\n    <server>\n      <id>ossrh</id>\n      <username>${c.pii('email', person(c.r).email)}</username>\n      <password>${c.cred('password', password(c.r, 'safe').replace(/[<>&]/g, '_'))}</password>\n    </server>\n    <server>\n      <id>nexus-releases</id>\n      <username>deploy</username>\n      <password>{${c.r.b64(32)}}</password>\n    </server>\n  </servers>\n</settings>`,
      (c) =>
        `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials>\n    <AzureArtifacts>\n      <add key="Username" value="${c.pii('email', person(c.r).workEmail)}" />\n      <add key="ClearTextPassword" value="${c.cred('azure_devops_pat', nugetPat(c.r))}" />\n    </AzureArtifacts>\n  </packageSourceCredentials>\n</configuration>`,
      (c) =>
        `[INFO] --- maven-deploy-plugin:3.1.1:deploy (default-deploy) @ core ---\n[DEBUG] Using server credentials: id=github username=ci password=${c.cred('github_token', 'ghp_' + c.r.alnum(36))}\n[ERROR] Failed to deploy artifacts: status code: 401, reason phrase: Unauthorized (401)\n`,
    ],
  },
];

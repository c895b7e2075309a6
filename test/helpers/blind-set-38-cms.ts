import type { Tpl38 } from './blind-set-38-draw';
import * as g from './blind-set-38-gen';

const A = 'cms';

/** Drupal, Joomla, Magento / Adobe Commerce, and Laravel, Symfony and Rails apps on shared hosting. */
export const CMS38: Tpl38[] = [
  {
    area: A,
    name: 'drupal-settings',
    make: (d) => {
      const pw = d.pw('db-password');
      const salt = d.c('drupal-hash-salt', d.r.b64url(55));
      return `drush status failed (exit 1) on ${d.client()}:\nsites/default/settings.php:\n$databases['default']['default'] = array (\n  'database' => 'drupal10',\n  'username' => 'drupal',\n  'password' => '${pw}',\n  'host' => 'db',\n  'port' => '3306',\n  'driver' => 'mysql',\n);\n$settings['hash_salt'] = '${salt}';\nSQLSTATE[HY000] [2002] Connection refused`;
    },
  },
  {
    area: A,
    name: 'joomla-configuration',
    make: (d) => {
      const pw = d.pw('db-password');
      const secret = d.c('joomla-secret', d.b62(16));
      const smtp = d.pw('smtp-password');
      const u = { email: d.email(d.client()) };
      return `<?php\nclass JConfig {\n\tpublic $dbtype = 'mysqli';\n\tpublic $host = 'localhost';\n\tpublic $user = 'joomla_${d.hex(4)}';\n\tpublic $password = '${pw}';\n\tpublic $db = 'joomla';\n\tpublic $secret = '${secret}';\n\tpublic $mailfrom = '${u.email}';\n\tpublic $fromname = 'Website';\n\tpublic $smtpuser = 'mailer@${d.client()}';\n\tpublic $smtppass = '${smtp}';\n}\n// backup-scan: configuration.php found world-readable (0644) in /public_html/old/`;
    },
  },
  {
    area: A,
    name: 'magento-env-php',
    make: (d) => {
      const crypt = d.c('magento-crypt-key', d.hex(32));
      const pw = d.pw('db-password');
      const redis = d.c('redis-password', d.r.b64(24));
      return `bin/magento setup:upgrade\n  [Magento\\Framework\\Exception\\LocalizedException] Unable to apply data patch\napp/etc/env.php (as dumped by support tool):\n    'crypt' => [\n        'key' => '${crypt}'\n    ],\n    'db' => [ 'connection' => [ 'default' => [ 'host' => 'mysql', 'dbname' => 'magento', 'username' => 'magento', 'password' => '${pw}', 'active' => '1' ] ] ],\n    'cache' => [ 'frontend' => [ 'default' => [ 'backend_options' => [ 'server' => 'redis', 'password' => '${redis}' ] ] ] ],`;
    },
  },
  {
    area: A,
    name: 'adobe-commerce-exception-log',
    make: (d) => {
      const u = d.who();
      const cardN = d.card('');
      const ph = d.phone();
      const a = d.addr();
      return `[${d.ts()}] main.CRITICAL: Payment Gateway Error: {"exception":"[object] (Magento\\\\Payment\\\\Gateway\\\\Command\\\\CommandException(code: 0): Transaction has been declined. at /var/www/html/vendor/magento/module-payment/Gateway/Command/GatewayCommand.php:132)","request":{"billing":{"firstname":"${u.first}","lastname":"${u.last}","email":"${u.email}","telephone":"${ph}","street":"${a}"},"payment":{"method":"authorizenet_directpost","cc_number":"${cardN}","cc_exp_month":"${d.int(1, 12)}"}},"customer":"${u.name}"} []`;
    },
  },
  {
    area: A,
    name: 'laravel-env',
    make: (d) => {
      const key = d.c('laravel-app-key', d.r.b64(32));
      const pw = d.pw('db-password');
      const mail = d.c('mailgun-api-key', `${d.hex(32)}-${d.hex(8)}-${d.hex(8)}`);
      const aws = d.c('aws-access-key-id', g.awsKeyId(d.r));
      const sec = d.c('aws-secret-access-key', g.awsSecret(d.r));
      return `Exposed file detected: https://${d.client()}/.env (HTTP 200, 1.2 KB)\nAPP_NAME="Client Portal"\nAPP_ENV=production\nAPP_KEY=base64:${key}\nAPP_DEBUG=true\nDB_CONNECTION=mysql\nDB_HOST=127.0.0.1\nDB_USERNAME=forge\nDB_PASSWORD="${pw}"\nMAILGUN_DOMAIN=mg.${d.client()}\nMAILGUN_SECRET=${mail}\nAWS_ACCESS_KEY_ID=${aws}\nAWS_SECRET_ACCESS_KEY=${sec}\nAWS_DEFAULT_REGION=eu-west-2`;
    },
  },
  {
    area: A,
    name: 'laravel-ignition-stack',
    make: (d) => {
      const u = d.who();
      const pw = d.pw('user-password');
      const ip = d.ip();
      return `production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '${u.email}' for key 'users_email_unique' (SQL: insert into \`users\` (\`name\`, \`email\`, \`password_plain_tmp\`, \`last_ip\`, \`updated_at\`) values (${u.name}, ${u.email}, ${pw}, ${ip}, 2026-11-${d.int(10, 28)} 0${d.int(0, 9)}:14:02)) {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000)"}\n#0 /home/forge/app/vendor/laravel/framework/src/Illuminate/Database/Connection.php(760)`;
    },
  },
  {
    area: A,
    name: 'symfony-dotenv-local',
    make: (d) => {
      const secret = d.c('symfony-app-secret', d.hex(32));
      const pw = d.c('db-password', g.password(d.r).replace(/[@:/#?%]/g, 'Q'));
      const stripe = d.c('stripe-secret-key', `sk_live_${d.b62(99)}`);
      return `cat .env.local.php (rsync'd to shared host by mistake)\n<?php\nreturn array (\n  'APP_ENV' => 'prod',\n  'APP_SECRET' => '${secret}',\n  'DATABASE_URL' => 'postgresql://shop:${pw}@pg.internal:5432/shop?serverVersion=15&charset=utf8',\n  'STRIPE_SECRET_KEY' => '${stripe}',\n  'MESSENGER_TRANSPORT_DSN' => 'doctrine://default?auto_setup=0',\n);`;
    },
  },
  {
    area: A,
    name: 'rails-database-yml',
    make: (d) => {
      const pw = d.pw('db-password');
      const skb = d.c('rails-secret-key-base', d.hex(128));
      const mk = d.c('rails-master-key', d.hex(32));
      return `Capistrano deploy failed at deploy:assets:precompile\n  ActiveSupport::MessageEncryptor::InvalidMessage\n  RAILS_MASTER_KEY=${mk} bundle exec rake assets:precompile\nconfig/database.yml (shared/config):\nproduction:\n  adapter: postgresql\n  database: agency_crm\n  username: deploy\n  password: "${pw}"\n  host: localhost\nSECRET_KEY_BASE: ${skb}`;
    },
  },
];

import { K } from './blind-set-45-creds';
import type { T45 } from './blind-set-45-types';

const a = 'env';

/** .env files and framework secrets as they sit in project checkouts. */
export const ENV45: T45[] = [
  { a, t: 'laravel-env', f: (c) => `APP_NAME="${c.pick(['Kestrel Portal', 'Tidewater CRM'])}"
APP_ENV=production
APP_KEY=base64:${c.cred('signing_secret', c.r.b64(32))}
APP_DEBUG=false
DB_CONNECTION=mysql
DB_HOST=${c.ip4()}
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD="${c.cred('password', `${c.r.password(14)} #1`)}"
MAIL_MAILER=smtp
MAIL_USERNAME=${c.email()}
MAIL_PASSWORD=${c.pass()}
MAILGUN_SECRET=${K.mailgun(c)}
` },
  { a, t: 'nextjs-env-local', f: (c) => `# .env.local — DO NOT COMMIT
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=${c.cred('signing_secret', c.r.b64(32))}
GITHUB_ID=Iv1.${c.id(16)}
GITHUB_SECRET=${c.cred('oauth_client_secret', c.r.hex(40))}
DATABASE_URL="postgresql://postgres.${c.r.chars('abcdefghijklmnopqrstuvwxyz', 20)}:${c.urlPass()}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres"
SUPABASE_SERVICE_ROLE_KEY=${K.jwt(c, { iss: 'supabase', role: 'service_role' })}
STRIPE_SECRET_KEY=${K.stripe(c)}
STRIPE_WEBHOOK_SECRET=${K.whsec(c)}
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_${c.r.b62(24)}
` },
  { a, t: 'django-settings', f: (c) => `SECRET_KEY = '${c.cred('signing_secret', c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)', 50))}'
DEBUG = False
DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.postgresql',
        'NAME': 'shop',
        'USER': 'shop',
        'PASSWORD': '${c.pass()}',
        'HOST': '${c.ip4()}',
    }
}
EMAIL_HOST_PASSWORD = "${K.sendgrid(c)}"
ADMINS = [("${c.name()}", "${c.email()}")]
` },
  { a, t: 'spring-application-yml', f: (c) => `spring:
  datasource:
    url: jdbc:postgresql://${c.ip4()}:5432/orders
    username: orders_svc
    password: '${c.pass()}'
  mail:
    host: smtp.office365.com
    username: ${c.email()}
    password: ${c.pass()}
app:
  jwt:
    signing-key: ${c.cred('signing_secret', c.r.b64(64))}
  twilio:
    account-sid: AC${c.id(32)}
    auth-token: ${K.twilio(c)}
` },
  { a, t: 'rails-credentials-show', f: (c) => `$ EDITOR=cat bin/rails credentials:show --environment production
secret_key_base: ${c.cred('signing_secret', c.r.hex(128))}
aws:
  access_key_id: ${K.akid(c)}
  secret_access_key: ${K.awsSecret(c)}
stripe:
  secret_key: ${K.stripe(c)}
shopify:
  admin_api_token: ${K.shopify(c)}
` },
  { a, t: 'envrc-direnv', f: (c) => `# .envrc
export DOPPLER_TOKEN=${K.doppler(c)}
export TF_TOKEN_app_terraform_io=${K.tfc(c)}
export VAULT_TOKEN=${K.vaultTok(c)}
export KUBECONFIG=$PWD/.kube/config
layout python3
` },
  { a, t: 'env-quoted-specials', f: (c) => {
    const p1 = `${c.r.password(10)} ;&#x`;
    return `REDIS_URL=rediss://default:${c.urlPass()}@${c.pick(['cache', 'queue'])}.upstash.io:6379
SMTP_PASSWORD="${c.cred('password', p1)}"
ADMIN_PASSWORD='${c.pass()}'
HUGGING_FACE_HUB_TOKEN=${K.hf(c)}
SENTRY_AUTH_TOKEN=${c.cred('sentry_token', 'sntrys_' + Buffer.from(JSON.stringify({ iat: 1760000000 + c.int(0, 99999), url: 'https://sentry.io', region_url: 'https://de.sentry.io', org: 'acme' })).toString('base64').replace(/=+$/, '') + '_' + c.r.b64(32).replace(/[+/=]/g, ''))}
` ;
  } },
  { a, t: 'env-nonenglish', f: (c) => `# Zugangsdaten Produktion (nicht einchecken!)
DATENBANK_PASSWORT=${c.pass()}
# mot de passe SMTP
MOT_DE_PASSE_SMTP="${c.pass()}"
# clave de la API de pagos
CLAVE_API_PAGOS=${K.stripe(c)}
# 密码
DB_MIMA=${c.pass()}
` },
  { a, t: 'dotenv-multiline-key', f: (c) => `# GitHub App credentials for the release bot
GITHUB_APP_ID=${c.int(100000, 999999)}
GITHUB_APP_PRIVATE_KEY="${K.pem(c, 'RSA PRIVATE KEY', '\\n')}"
GITHUB_WEBHOOK_SECRET=${c.cred('webhook_secret', c.r.b62(32))}
APNS_KEY="${K.pem(c, 'PRIVATE KEY')}"
` },
];

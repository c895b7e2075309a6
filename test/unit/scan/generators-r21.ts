import type { Rng, Sample } from './sample-rng';
import { DIG, HEX, URLSAFE } from './sample-rng';
import { password } from './generators-cred16';

/** A password without the characters the samples' forms use as delimiters or escapes. */
export const pw21 = (r: Rng): string => password(r, 16).replace(/["'`\\^\s#=%&<>@|:{}$?*]/g, 'x');

/** A random UUID (version 4). */
export const uuid21 = (r: Rng): string => `${r.str(HEX, 8)}-${r.str(HEX, 4)}-4${r.str(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.str(HEX, 3)}-${r.str(HEX, 12)}`;

/** A 52-character Azure DevOps PAT (lowercase base32) holding a digit. */
export const adoPat = (r: Rng): string => r.str('abcdefghijklmnopqrstuvwxyz234567', 51) + String(r.int(2, 7));

/** A Yandex Cloud IAM token: `t1.`, a base64url header, `.`, an 86-character signature. */
export const yandexIam = (r: Rng): string => `t1.${r.str(URLSAFE, 12)}.${r.str(URLSAFE, 86)}`;

/** An app-scoped Asana PAT: `2/<user gid>/<app gid>:<32 hex>`. */
export const asanaPat = (r: Rng): string => `2/${r.int(1, 9)}${r.str(DIG, 15)}/${r.int(1, 9)}${r.str(DIG, 15)}:${r.str(HEX, 32)}`;

/** Samples of the detectors of round fix21 (secret-scanner rule tests), one realistic context each. */
export const R21_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'default-value-secret': (r) => ['@Value("${spring.datasource.password:', pw21(r), '}")\nprivate String dbPassword;'],
  'env-fallback-secret': (r) => ["config.secret_key_base = ENV['SECRET_KEY_BASE'] || '", r.str(HEX, 128), "'"],
  'plain-scheme-password': (r) => ['alice:{PLAIN}', pw21(r), ':1001:1001::/home/vmail'],
  'pgpass-line-password': (r) => ['# managed by ansible, mode 0600\ndb.internal:5432:*:app:', pw21(r), '\n'],
  'azure-devops-legacy-pat': (r) => ["PS> $env:AZURE_DEVOPS_EXT_PAT = '", adoPat(r), "'\nPS> az devops login --organization https://dev.azure.com/contoso"],
  'yandex-iam-token': (r) => ['curl -H "Authorization: Bearer ', yandexIam(r), '" https://resource-manager.api.cloud.yandex.net/resource-manager/v1/clouds'],
  'asana-app-pat': (r) => ['', asanaPat(r), '\n'],
  'opsgenie-api-key': (r) => ['POST /v2/alerts HTTP/1.1\r\nAuthorization: GenieKey ', uuid21(r), '\r\n'],
  'gemfury-url-token': (r) => ['git remote add fury https://', r.str('abcdefghijklmnopqrstuvwxyzABCDEFGHIJ', 8) + r.str(DIG, 4) + r.str(URLSAFE, 8), '@git.fury.io/acme/pkg.git'],
};

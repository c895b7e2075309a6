import { Rng, ABC, pad } from './blind-set-7-rng';
import { pem } from './blind-set-7-checks';
import type { Blind7Negative } from './blind-set-7-types';

/** An ISBN-13 with a valid check digit. */
function isbn13(r: Rng): string {
  const body = `978${r.str(ABC.dig, 9)}`;
  const sum = body.split('').reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
  const full = body + ((10 - (sum % 10)) % 10);
  return `${full.slice(0, 3)}-${full.slice(3, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}

/** Negatives: ordinary log lines of the same contexts, numbers that are not personal or financial. */
export function negLogCases(r: Rng): Blind7Negative[] {
  const out: Blind7Negative[] = [];
  const n = (name: string, text: string) => out.push({ id: `neglog/${name}`, text });
  const ip10 = () => `10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;

  n('privateIpsUpstream', `upstream connect error to ${ip10()}:8080, retrying ${ip10()}:8080 via 192.168.${r.int(0, 255)}.${r.int(1, 254)}`);
  n('privateIp172LinkLocal', `metadata from 169.254.169.254, pod ${`172.${r.int(16, 31)}.${r.int(0, 255)}.${r.int(1, 254)}`}, health 127.0.0.1:9090`);
  n('versionStrings', `datadog-agent 7.${r.int(40, 60)}.${r.int(0, 3)}, openai-python 1.${r.int(30, 60)}.${r.int(0, 9)}, node v20.${r.int(1, 18)}.${r.int(0, 3)}, build 2026.12.${pad(r.int(1, 28))}.${r.digits(4)}`);
  n('timestamps', `2026-12-03T22:14:09.${r.digits(3)}Z ts=${1790000000 + r.int(0, 9e6)} ts_ms=${1790000000000 + r.int(0, 9e9)}`);
  n('orderNumbers', `Order #${r.int(1000, 99999)} (${r.str(ABC.up, 3)}-${r.digits(6)}) shipped; invoice INV-2026-${r.digits(6)}`);
  n('upsTracking', `tracking_number=1Z${r.str(ABC.upDig, 6)}${r.digits(10)} carrier=UPS`);
  n('uspsTracking', `USPS tracking: 9400 1${r.digits(3)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`);
  n('fedexTracking', `FedEx ${r.digits(12)} out for delivery`);
  n('isbnList', `books: ISBN ${isbn13(r)}, ISBN ${isbn13(r)}`);
  n('amounts', `amount=${r.int(100, 99999)} currency=eur fee=EUR ${r.int(1, 999)},${pad(r.int(0, 99))} net=1.${r.digits(3)},${pad(r.int(0, 99))}`);
  n('durationsAndSizes', `took ${r.int(100, 99999)}ms bytes_in=${r.digits(9)} bytes_out=${r.digits(10)} p99=${r.int(100, 999)}.${r.digits(3)}ms`);
  n('httpStatusRetry', `POST https://api.openai.com/v1/embeddings "HTTP/1.1 429 Too Many Requests" retry-after-ms=${r.int(100, 9999)}`);
  n('tokenUsage', `{"usage":{"prompt_tokens":${r.int(10, 4000)},"completion_tokens":${r.int(10, 4000)},"total_tokens":${r.int(4000, 9000)}}}`);
  n('tokenResponseNoSecret', `{"token_type":"Bearer","expires_in":86400,"scope":"read:users","refresh_token_expires_in":2592000}`);
  n('passwordFieldsMeta', `{"password_set":true,"has_password":false,"password_last_changed":"2026-10-01T09:00:00Z","password_policy":"min12"}`);
  n('passwordNull', `{"username":"svc-etl","password":null,"mfa":"totp"}`);
  n('enPasswordResetSent', `Password reset email sent to user id ${r.digits(6)} (ticket ${r.digits(6)})`);
  n('dePasswortRegeln', `Das Passwort muss mindestens 12 Zeichen lang sein und eine Zahl enthalten.`);
  n('frMotDePasseOublie', `Mot de passe oublié ? Cliquez sur « Réinitialiser » pour en choisir un nouveau.`);
  n('esContrasenaCaducada', `Su contraseña ha caducado. Por favor, elija una nueva contraseña.`);
  n('enTokenExpired', `token expired at 2026-12-03T10:00:00Z for client ${r.str(ABC.lowDig, 26)}; requesting a new one`);
  n('datesNotDob', `valid_from=2026-01-01 valid_to=2027-01-31 created=${pad(r.int(1, 28))}/${pad(r.int(1, 12))}/2026`);
  n('zipAndCounts', `region=US-IL zip_prefix=627 users=${r.int(1000, 99999)} ratio=0.${r.digits(4)}`);
  n('sshVerbose', `OpenSSH_9.6p1, OpenSSL 3.0.13\ndebug1: Connecting to github.com [140.82.121.4] port 22.\ndebug1: Authenticating to github.com:22 as 'git'\ndebug1: Offering public key: /home/ci/.ssh/id_ed25519 ED25519 SHA256:${r.b64(32).replace(/=+$/, '')} explicit\ndebug1: Authentication succeeded (publickey).`);
  n('certificatePem', pem(r, 'CERTIFICATE', 'MIIDdzCCAl+gAwIBAgIE', 630));
  n('pgpPublicBlock', `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${r.b64(45)}\n${r.b64(48)}\n=${r.b64(3)}\n-----END PGP PUBLIC KEY BLOCK-----`);
  n('gitLogOneline', `${r.hex(7)} fix(otel): honour OTEL_EXPORTER_OTLP_HEADERS\n${r.hex(7)} chore: bump @sentry/node to 8.${r.int(10, 40)}.0`);
  n('k8sEvent', `Warning  BackOff  pod/checkout-${r.hex(10)}-${r.str(ABC.lowDig, 5)}  Back-off restarting failed container api in pod`);
  n('sqlNoSecret', `UPDATE users SET password_hash = $1, updated_at = now() WHERE id = $2 -- ${r.int(1, 9)} rows`);
  n('bcryptHashColumn', `password_hash column migrated to argon2id (${r.int(1000, 99999)} rows)`);
  n('ddTagsLine', `tags: env:prod, service:checkout, version:4.2.${r.int(0, 9)}, kube_namespace:payments, pod_name:checkout-${r.hex(10)}`);
  n('promMetricLine', `http_requests_total{method="POST",route="/v1/messages",status="200"} ${r.int(1000, 999999)}`);
  n('lokiLabelQuery', `{app="billing", namespace="prod"} |= "timeout" | json | latency_ms > ${r.int(100, 999)}`);
  n('cronAndPorts', `schedule: "*/15 * * * *" ports: [8080, 8443, 9090, 6333, 8200]`);
  n('colorAndHexIds', `theme: {primary: "#1a73e8", accent: "#${r.hex(6)}"} build_id=${r.hex(12)}`);
  n('phoneLikeNotPhone', `ticket ZD-${r.digits(7)} merged into ZD-${r.digits(7)}; queue depth ${r.digits(5)}`);
  return out;
}

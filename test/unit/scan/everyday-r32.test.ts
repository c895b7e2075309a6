import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r32 (blind set 32: CI/CD, infrastructure-as-code and cloud operations), credentials: the
 * secrets deployment tools print — kubeadm certificate keys, Vault AppRole
 * secret_ids, sensitive Terraform outputs, CloudFormation outputs and parameters, Pulumi config
 * tables, cards in a card vault's sync payload — in contexts other than the set's; a value counts
 * only when fully covered. Beside them, the look-alikes that must stay clean.
 * Names: everyday-r32-personal.test.ts.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));

const HEXD = '0123456789abcdef';
const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const draw = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
const hex = (n: number): string => draw(HEXD, n);
const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-b${hex(3)}-${hex(12)}`;
const password = (): string => `${draw(ALNUM, 9)}${'#%_!~'[randomInt(5)]}${draw(ALNUM, 6)}${randomInt(10)}`;
const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');
function luhnCard(prefix: string, length: number): string {
  let body = prefix + digits(length - prefix.length - 1);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) d *= 2;
    sum += d > 9 ? d - 9 : d;
  }
  body += String((10 - (sum % 10)) % 10);
  return body;
}

describe('round r32: Sentry DSNs (the convention kept)', () => {
  it('leaves a DSN with a public key only alone, as blind sets 16, 18 and 23 have it, and reports a legacy secret half', () => {
    expect(leaks(`docker run -e SENTRY_DSN=https://${hex(32)}@o${digits(6)}.ingest.sentry.io/${digits(7)} ghcr.io/acme/api:1.4`)).toEqual([]);
    expect(leaks(`helm upgrade api ./chart --set sentry.dsn=https://${hex(32)}@o${digits(5)}.ingest.de.sentry.io/${digits(6)}`)).toEqual([]);
    const k = hex(32);
    expect(found(`RAVEN_CONFIG = {'dsn': 'https://${hex(32)}:${k}@sentry.io/${digits(6)}'}`, k)).toBe(true);
  });
});

describe('round r32: kubeadm certificate keys', () => {
  it('finds the key in upload-certs output, a join command and a JoinConfiguration', () => {
    const k = hex(64);
    expect(found(`[upload-certs] Storing the certificates in Secret "kubeadm-certs"\n[upload-certs] Using certificate key:\n${k}\n`, k)).toBe(true);
    const k2 = hex(64);
    expect(found(`ansible: cmd: kubeadm join lb.k8s.internal:6443 --control-plane --certificate-key=${k2} --token abcdef.0123456789abcdef`, k2)).toBe(true);
    const k3 = hex(64);
    expect(found(`controlPlane:\n  certificateKey: "${k3}"\n  localAPIEndpoint:`, k3)).toBe(true);
  });

  it('leaves the CA cert hash and placeholder keys alone', () => {
    expect(leaks(`kubeadm join 10.0.0.1:6443 --discovery-token-ca-cert-hash sha256:${hex(64)}`)).toEqual([]);
    expect(leaks(`kubeadm join --control-plane --certificate-key ${'0'.repeat(64)}`)).toEqual([]);
  });
});

describe('round r32: Vault AppRole secret_ids', () => {
  it('finds a secret_id in a login call, an env var and an agent flag', () => {
    const s = uuid();
    expect(found(`vault write auth/approle/login role_id=${uuid()} secret_id=${s}`, s)).toBe(true);
    const s2 = uuid();
    expect(found(`export VAULT_ROLE_ID=${uuid()}\nexport VAULT_SECRET_ID=${s2}\nvault-agent -config=agent.hcl`, s2)).toBe(true);
    const s3 = uuid();
    expect(found(`hvac: client.auth.approle.login(role_id="${uuid()}", secret_id="${s3}") -> 400`, s3)).toBe(true);
  });

  it('leaves secret_id accessors, AWS --secret-id names and unrelated secret ids alone', () => {
    expect(leaks(`vault write auth/approle/role/ci/secret-id-accessor/lookup secret_id_accessor=${uuid()}`)).toEqual([]);
    expect(leaks('aws secretsmanager get-secret-value --secret-id prod/db/password')).toEqual([]);
    expect(leaks(`{"client_secret_id":"${uuid()}","displayName":"ci"}`)).toEqual([]);
  });
});

describe('round r32: sensitive Terraform outputs and CloudFormation outputs', () => {
  it('finds the string value of an output marked sensitive', () => {
    const p = password();
    expect(found(`terragrunt output -json\n{"smtp_password": {"sensitive": true, "type": "string", "value": "${p}"}}`, p)).toBe(true);
    const t = hex(40);
    expect(found(`  "signing_key": {\n    "sensitive": true, "type": "string", "value": "${t}"\n  }`, t)).toBe(true);
  });

  it('leaves non-sensitive outputs and redacted values alone', () => {
    expect(leaks('{"vpc_id": {"sensitive": false, "type": "string", "value": "vpc-0a1b2c3d4e5f67890"}}')).toEqual([]);
    expect(leaks('{"db_password": {"sensitive": true, "type": "string", "value": "(sensitive value)"}}')).toEqual([]);
  });

  it('finds CloudFormation outputs and parameters named for a secret', () => {
    const p = password();
    expect(found(`"Outputs": [{"OutputKey": "RedisAuthToken", "OutputValue": "${p}", "ExportName": "cache-auth"}]`, p)).toBe(true);
    const p2 = password();
    expect(found(`create-change-set --parameters '[{"ParameterKey":"MasterUserPassword","ParameterValue":"${p2}"}]'`, p2)).toBe(true);
  });

  it('leaves outputs that are no secret and NoEcho masks alone', () => {
    expect(leaks('{"OutputKey": "ApiEndpoint", "OutputValue": "https://abc123.execute-api.eu-west-1.amazonaws.com/prod"}')).toEqual([]);
    expect(leaks('{"ParameterKey": "DbPassword", "ParameterValue": "****"}')).toEqual([]);
  });
});

describe('round r32: Pulumi config tables and card vault payloads', () => {
  it('finds a secret under a namespaced key of `pulumi config --show-secrets`', () => {
    const p = password();
    expect(found(`KEY                       VALUE\naws:region                eu-west-1\npayments-svc:apiSecret   ${p}\n`, p)).toBe(true);
  });

  it('finds an unseparated card number beside a Stripe PaymentMethod id, escaped or not', () => {
    const c = luhnCard('4', 16);
    expect(found(`{"msg":"vault sync: [{\\"id\\":\\"pm_${draw(ALNUM, 14)}\\",\\"number\\":\\"${c}\\"}]"}`, c)).toBe(true);
    const c2 = luhnCard('51', 16);
    expect(found(`{"id":"pm_${draw(ALNUM, 24)}","number":"${c2}","brand":"mastercard"}`, c2)).toBe(true);
  });

  it('leaves numbers beside other ids alone', () => {
    expect(leaks(`{"id":"evt_${draw(ALNUM, 14)}","number":"${luhnCard('4', 16)}"}`)).toEqual([]);
  });
});

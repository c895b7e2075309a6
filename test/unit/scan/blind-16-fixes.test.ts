import { describe, expect, it } from 'vitest';
import { createScanner, isLeak, type Finding } from '../../../src/scan';
import { cardNumber } from './generators';
import { B62, DIG, rng, UPPER, type Rng } from './sample-rng';

const scanner = createScanner();
const leaks = (text: string): Finding[] => scanner.scan(text).filter(isLeak);

/** True when every character of every occurrence of `value` in `text` lies inside a leak finding. */
function covered(text: string, value: string): boolean {
  const found = leaks(text);
  let at = text.indexOf(value);
  if (at < 0) return false;
  for (; at >= 0; at = text.indexOf(value, at + 1)) {
    for (let i = at; i < at + value.length; i++) if (!found.some((f) => f.start <= i && i < f.end)) return false;
  }
  return true;
}
/** True when some leak finding overlaps `value` in `text`. */
const touched = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  return leaks(text).some((f) => f.start < at + value.length && at < f.end);
};

type Case = { value: (r: Rng) => string; contexts: ((v: string, r: Rng) => string)[]; negatives?: ((r: Rng) => [string, string])[] };

/** An AWS-style key id with a body of any uppercase letter or digit, not only base32 (hand-written and re-generated ids). */
const awsId = (r: Rng): string => r.pick(['AKIA', 'ASIA']) + r.str(UPPER + DIG, 15) + r.pick(['0', '1', '8', '9']);
const password = (r: Rng): string => r.str(B62, 8) + r.pick(['#', '!', '%', '@']) + r.str(B62, 9) + r.str(DIG, 2);

const CASES: Record<string, Case> = {
  'AWS access key ids whose body is not base32 (Node SDK v3 config, env, Java/Go pairs)': {
    value: awsId,
    contexts: [
      (v, r) => `  clientConfig: { region: 'eu-west-1', credentials: { accessKeyId: '${v}', secretAccessKey: '${r.str(B62 + '+/', 40)}' } }`,
      (v) => `AWS_ACCESS_KEY_ID=${v}`,
      (v, r) => `new BasicAWSCredentials("${v}", "${r.str(B62, 40)}")`,
      (v) => `{"Credentials":{"AccessKeyId":"${v}","Expiration":"2031-01-01T00:00:00Z"}}`,
    ],
    negatives: [
      () => ['key AKIA0000000000000000 in docs', 'AKIA0000000000000000'],
      () => ['key AKIA0123456789ABCDEF sequence', 'AKIA0123456789ABCDEF'],
      (r) => { const v = 'AKIA' + r.str(UPPER + DIG, 17); return [`too long ${v}`, v]; },
      (r) => { const v = 'AKIA' + r.str(UPPER + DIG, 15); return [`too short ${v} id`, v]; },
    ],
  },
  'Spring Boot failure analysis: Property: <secret key> then Value: on the next line': {
    value: password,
    contexts: [
      (v) => `***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\nFailed to bind properties under 'spring.datasource.hikari' to com.zaxxer.hikari.HikariDataSource:\n\n    Property: spring.datasource.hikari.password\n    Value: "${v}"\n    Origin: System Environment Property "SPRING_DATASOURCE_HIKARI_PASSWORD"\n    Reason: java.lang.IllegalStateException: sealed`,
      (v) => `Failed to bind properties under 'spring.mail' to org.springframework.boot.autoconfigure.mail.MailProperties:\n\n    Property: spring.mail.password\n    Value: "${v}"\n    Origin: class path resource [application.yml] - 12:15\n    Reason: failed`,
      (v) => `Binding to target org.springframework.boot.autoconfigure.jdbc.DataSourceProperties@5f3c2a failed:\n\n    Property: spring.datasource.password\n    Value: ${v}\n    Reason: Property 'password' threw exception`,
      (v) => `Failed to bind properties under 'app.stripe' to com.corp.StripeProps:\n    Property: app.stripe.api-secret\n    Value: "${v}"\n    Origin: "APP_STRIPE_API_SECRET" from property source "systemEnvironment"`,
    ],
    negatives: [
      () => [`Failed to bind properties under 'server' to ServerProperties:\n    Property: server.port\n    Value: "8080x"\n    Reason: failed to convert`, '8080x'],
      () => [`Failed to bind properties under 'spring.datasource' to DataSourceProperties:\n    Property: spring.datasource.url\n    Value: "jdbc:postgresql://db:5432/app"\n    Reason: no driver`, 'jdbc:postgresql://db:5432/app'],
      () => [`Failed to bind properties under 'spring.datasource' to DataSourceProperties:\n    Property: spring.datasource.password\n    Value: "\${DB_PASSWORD}"\n    Reason: unresolved`, '${DB_PASSWORD}'],
    ],
  },
};

describe('blind set 16 classes (tuning material): each realistic variant found, look-alikes not flagged', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const r = rng(1601);
      const miss: string[] = [];
      for (let round = 0; round < 4; round++) {
        for (const ctx of c.contexts) {
          const v = c.value(r);
          const t = ctx(v, r);
          if (!covered(t, v)) miss.push(`${v} in ${t.replace(/\n/g, ' | ')}`);
        }
      }
      expect(miss.join('\n')).toBe('');
      const alarms: string[] = [];
      for (const n of c.negatives ?? []) for (let round = 0; round < 3; round++) { const [t, v] = n(r); if (touched(t, v)) alarms.push(`${v} in ${t.replace(/\n/g, ' | ')}`); }
      expect(alarms.join('\n')).toBe('');
    });
  }
});

/** Four-part artifact versions are not addresses; public addresses beside them still are. */
describe('dotted four-part versions next to dependency coordinates', () => {
  const r = rng(1607);
  const ver = (): string => `${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 9)}.${r.int(1, 9)}`;
  const publicIp = (): string => `${r.pick([52, 34, 81, 185])}.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`;
  it('is not flagged after a coordinate, :jar:, a version change or before .jar', () => {
    const forms = [
      (v: string) => `dependency resolution failed: com.fasterxml.jackson.core:jackson-databind:2.17.${r.int(0, 3)} conflicts with ${v}; kernel 6.8.0-22-generic`,
      (v: string) => `[INFO] +- com.fasterxml.jackson.core:jackson-databind:${v}:compile`,
      (v: string) => `Downloaded from central: https://repo.maven.apache.org/maven2/org/foo/bar/${v}/bar-${v}.jar (12 kB)`,
      (v: string) => `[WARNING] org.apache.poi:poi:jar:${v} is not in the lock file`,
      (v: string) => `|    \\--- com.squareup.okio:okio:3.4.0 -> ${v}`,
      (v: string) => `Could not resolve dependency: requires >= ${v}`,
      (v: string) => `loading lib/jackson-databind-${v}.jar`,
      (v: string) => `com.fasterxml.jackson.core:jackson-databind:${v} (version managed from ${ver()})`,
    ];
    const bad: string[] = [];
    for (const f of forms) for (let i = 0; i < 3; i++) { const v = ver(); const t = f(v); if (touched(t, v)) bad.push(t); }
    expect(bad.join('\n')).toBe('');
  });
  it('still finds public addresses in ordinary and flow logs', () => {
    const forms = [
      (v: string) => `Started GET "/login" for ${v} at 2031-01-01`,
      (v: string) => `flow 10.0.0.5 -> ${v} bytes=120`,
      (v: string) => `client_ip=${v} version=2.4.1`,
      (v: string) => `Connect to ${v}:443 failed while downloading com.corp:core:2.4.1`,
    ];
    const miss: string[] = [];
    for (const f of forms) for (let i = 0; i < 3; i++) { const v = publicIp(); const t = f(v); if (!covered(t, v)) miss.push(t); }
    expect(miss.join('\n')).toBe('');
  });
});

void cardNumber;

import { describe, expect, it } from 'vitest';
import { covered, leaks } from '../../helpers/leak-coverage';
import { B62, DIG, rng, UPPER, type Rng } from './sample-rng';

/** True when some leak finding overlaps `value` in `text`. */
const touched = (text: string, value: string): boolean => {
  const at = text.indexOf(value);
  return leaks(text).some((f) => f.start < at + value.length && at < f.end);
};

type Case = { value: (r: Rng) => string; contexts: ((v: string, r: Rng) => string)[]; negatives?: ((r: Rng) => [string, string])[] };

/** An AWS-style key id with a body of any uppercase letter or digit, not only base32 (hand-written and re-generated ids). */
const awsId = (r: Rng): string => r.pick(['AKIA', 'ASIA']) + r.str(UPPER + DIG, 15) + r.pick(['0', '1', '8', '9']);
const password = (r: Rng): string => r.str(B62, 8) + r.pick(['#', '!', '%', '@']) + r.str(B62, 9) + r.str(DIG, 2);

const p2 = (n: number): string => String(n).padStart(2, '0');
const birth = (r: Rng): { y: number; m: number; d: number } => ({ y: r.int(1950, 2005), m: r.int(1, 12), d: r.int(1, 28) });
const luhnCheck = (body: string): string => {
  for (let c = 0; c <= 9; c++) {
    const s = body + c;
    let t = 0;
    for (let i = 0; i < s.length; i++) { let x = s.charCodeAt(s.length - 1 - i) - 48; if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2; t += x; }
    if (t % 10 === 0) return String(c);
  }
  return '0';
};
const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
const dni = (r: Rng): string => { const n = r.str(DIG, 8); return n + DNI_LETTERS[Number(n) % 23]; };
/** A Swedish personnummer in its 12-digit form with a dash (`19680319-9451`), Luhn over the last 10 digits. */
const personnummer12 = (r: Rng): string => { const { y, m, d } = birth(r); const ten = `${p2(y % 100)}${p2(m)}${p2(d)}${r.str(DIG, 3)}`; return `${y}${ten.slice(2, 6)}-${ten.slice(6)}${luhnCheck(ten)}`; };
const cnp = (r: Rng): string => {
  const { y, m, d } = birth(r);
  const b = `${y >= 2000 ? r.int(5, 6) : r.int(1, 2)}${p2(y % 100)}${p2(m)}${p2(d)}${p2(r.int(1, 46))}${String(r.int(1, 999)).padStart(3, '0')}`;
  const c = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9].reduce((a, w, i) => a + w * Number(b[i]), 0) % 11;
  return b + (c === 10 ? 1 : c);
};
const usPassport = (r: Rng): string => r.str('ABCDEFGHJKLMNPRSTUVWXYZ', 1) + r.str(DIG, 8);
const mdy = (r: Rng): string => { const { y, m, d } = birth(r); return `${p2(m)}/${p2(d)}/${y}`; };
const amex = (r: Rng): string => { const b = '37' + r.str(DIG, 12); return b + luhnCheck(b); };
const grouped = (c: string): string => c.length === 15 ? `${c.slice(0, 4)}-${c.slice(4, 10)}-${c.slice(10)}` : c.replace(/(\d{4})(?=\d)/g, '$1-');
const HIB = 'TRACE o.h.type.descriptor.sql.BasicBinder - binding parameter';

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
  'Spanish DNI as a quoted positional argument of a job (Celery args tuple, Sidekiq/RQ args list)': {
    value: dni,
    contexts: [
      (v) => `[2031-01-01 10:00:00,000: ERROR/ForkPoolWorker-2] Task kyc.tasks.verify_identity[0f1e] raised unexpected: TimeoutError()\nargs=('${v}', 'Lucía', 'Sánchez Ortega') kwargs={'provider': 'onfido'}`,
      (v) => `Task kyc.verify[abc] received args=('Lucía', '${v}') kwargs={}`,
      (v) => `{"class":"KycWorker","args":["${v}","Lucía",42],"retry":true,"error_message":"timeout"}`,
      (v) => `rq.job: args=["ES", "${v}"] failed`,
    ],
    negatives: [
      (r) => { const n = r.str(DIG, 8); const bad = n + DNI_LETTERS[(Number(n) + 1) % 23]; return [`args=('${bad}', 'Lucía') kwargs={}`, bad]; },
      () => ['job=ReportBuilder status=done ref=12345678Z', '12345678Z'],
    ],
  },
  'Swedish personnummer in its 12-digit dashed form under BankID personalNumber': {
    value: personnummer12,
    contexts: [
      (v) => `bankid-rp: collect returned complete\ncompletionData={"user":{"personalNumber":"${v}","name":"Linnea Lindqvist"}}`,
      (v) => `personnummer=${v}`,
      (v) => `<personalNumber>${v}</personalNumber>`,
      (v) => `BankID sign started for personal number ${v}`,
    ],
    negatives: [
      (r) => { const v = personnummer12(r); const bad = v.slice(0, -1) + ((Number(v.slice(-1)) + 1) % 10); return [`{"personalNumber":"${bad}"}`, bad]; },
      () => ['build 19681319-9451 done', '19681319-9451'],
    ],
  },
  'Romanian CNP under cnp in PHP print_r and other dumps': {
    value: cnp,
    contexts: [
      (v) => `PHP Warning:  Undefined index: judet in /var/www/anaf/Declaratie.php on line 211\nArray\n(\n    [nume] => Popescu\n    [cnp] => ${v}\n    [localitate] => Cluj-Napoca\n)`,
      (v) => `stdClass Object\n(\n    [CNP] => ${v}\n)`,
      (v) => `{"cnp":"${v}","nume":"Ionescu"}`,
    ],
    negatives: [
      (r) => { const v = cnp(r); const bad = v.slice(0, -1) + ((Number(v.slice(-1)) + 1) % 10); return [`Array\n(\n    [cnp] => ${bad}\n)`, bad]; },
      () => ['Array\n(\n    [order_id] => 5000618053510\n)', '5000618053510'],
    ],
  },
  'Hibernate binds under UPDATE … set passport_number=?, date_of_birth=? (US passport, MM/DD/YYYY)': {
    value: usPassport,
    contexts: [
      (v, r) => `Hibernate: update travelers set passport_number=?, birth_date=?, nationality=? where id=?\n${HIB} [1] as [VARCHAR] - [${v}]\n${HIB} [2] as [VARCHAR] - [${mdy(r)}]\n${HIB} [3] as [VARCHAR] - [US]`,
      (v) => `Hibernate: update customer set email=?, passport_no=? where id=?\n${HIB} [1] as [VARCHAR] - [a@b.io]\n${HIB} [2] as [VARCHAR] - [${v}]\n${HIB} [3] as [BIGINT] - [42]`,
      (v) => `Hibernate: update traveler t set t.passport_number = ? where t.id = ?\n${HIB} (1:VARCHAR) <- [${v}]\nx`.replace(`${HIB} (1`, 'TRACE org.hibernate.orm.jdbc.bind - binding parameter (1'),
    ],
    negatives: [
      (r) => { const v = usPassport(r); return [`Hibernate: update travelers set booking_ref=?, nationality=? where id=?\n${HIB} [1] as [VARCHAR] - [${v}]\n${HIB} [2] as [VARCHAR] - [US]`, v]; },
      () => [`Hibernate: update travelers set passport_number=? where id=?\n${HIB} [1] as [VARCHAR] - [B04186594]\n${HIB} [2] as [BIGINT] - [123456789]`, '123456789'],
    ],
  },
  'Hibernate binds: MM/DD/YYYY birth dates under date_of_birth/birth_date columns': {
    value: mdy,
    contexts: [
      (v, r) => `Hibernate: update travelers set passport_number=?, birth_date=?, nationality=? where id=?\n${HIB} [1] as [VARCHAR] - [${usPassport(r)}]\n${HIB} [2] as [VARCHAR] - [${v}]`,
      (v) => `Hibernate: insert into patients (name, date_of_birth) values (?, ?)\n${HIB} [1] as [VARCHAR] - [Ann]\n${HIB} [2] as [VARCHAR] - [${v}]`,
      (v) => `Hibernate: update patients set dob=? where id=?\n${HIB} [1] as [VARCHAR] - [${v}]`,
    ],
    negatives: [
      (r) => { const v = mdy(r); return [`Hibernate: update orders set shipped_on=? where id=?\n${HIB} [1] as [VARCHAR] - [${v}]`, v]; },
    ],
  },
  'Amex CID / card security codes as a Python repr in Sentry vars and in key/value lists, beside a card': {
    value: (r) => r.str(DIG, 4),
    contexts: [
      (v, r) => `{"stacktrace":{"frames":[{"function":"authorize","vars":{"card_number":"'${grouped(amex(r))}'","cid":"'${v}'","amount":"Decimal('129.00')"}}]}}`,
      (v, r) => `{"vars":{"pan":"'${amex(r)}'","cvv":"'${v}'"}}`,
      (v, r) => `{"mode":"urlencoded","urlencoded":[{"key":"number","value":"${amex(r)}"},{"key":"cvc","value":"${v}"},{"key":"exp","value":"12/31"}]}`,
      (v, r) => `{"formdata":[{"key":"card_number","value":"${grouped(amex(r))}","type":"text"},{"key":"cvv","value":"${v}","type":"text"}]}`,
      (v, r) => `[{"name":"pan","value":"${amex(r)}"},{"name":"security_code","value":"${v}"}]`.replace('"name":"security_code","value"', '"key":"security_code","value"'),
    ],
    negatives: [
      (r) => { const v = r.str(DIG, 3); return [`{"urlencoded":[{"key":"cvc","value":"${v}"},{"key":"note","value":"no card here"}]}`, v]; },
      (r) => { const v = r.str(DIG, 4); return [`{"vars":{"cid":"'${v}'","campaign":"spring"}}`, v]; },
    ],
  },
  'Singapore HDB addresses with commas between street, unit and postcode': {
    value: (r) => `Blk ${r.int(100, 899)}${r.pick(['', 'A'])} ${r.pick(['Ang Mo Kio Avenue', 'Tampines Street', 'Jurong West Street', 'Bedok North Road'])} ${r.int(1, 90)}, #${p2(r.int(2, 20))}-${r.int(100, 999)}, Singapore ${r.int(100000, 829999)}`,
    contexts: [
      (v) => `{"regadd":{"type":"SG","unformatted":"${v}"}}`,
      (v) => `delivery failed for ${v} (no answer)`,
      (v) => `address: ${v}`,
    ],
    negatives: [
      () => ['ticket #18-974, Singapore office notified', '#18-974'],
    ],
  },
  'Japanese addresses with their postcode (〒, 郵便番号) covered whole': {
    value: (r) => `${r.pick(['〒', '〒', '郵便番号：', ''])}${r.int(100, 999)}-${r.str(DIG, 4)} ${r.pick(['東京都', '大阪府', '神奈川県'])}${r.pick(['目黒区自由が丘', '世田谷区三軒茶屋', '横浜市中区山下町'])}${r.int(1, 4)}丁目${r.int(1, 30)}-${r.int(1, 20)}`,
    contexts: [
      (v) => `{"recipient":{"name":"佐藤 美咲","postal_address":"${v}","tel":"090-1234-5678"}}`,
      (v) => `配送先: ${v} 宛`,
    ],
    negatives: [
      () => ['order 561-4355 shipped from 東京 warehouse', '561-4355'],
    ],
  },
  'Dutch addresses: Laan van …, house-number suffixes (33-I, 175-hs, 12 hs), postcode and city': {
    value: (r) => `${r.pick(['Laan van Meerdervoort', 'Oudegracht', 'Prinsengracht', 'Laan van Nieuw Oost-Indië', 'Weg van de Toekomst', 'Van Baerlestraat'])} ${r.int(2, 400)}${r.pick(['-I', '-II', '-III', '-hs', '-H', 'a', ' hs', '-2'])}, ${r.int(1011, 9999)} ${r.str('ABCEGHJKLMNPRSTVWXZ', 2)} ${r.pick(['Amsterdam', 'Utrecht', 'Den Haag'])}`,
    contexts: [
      (v) => `<PersonalInfo><EmployeeNumber>12</EmployeeNumber><Address>${v}</Address></PersonalInfo>`,
      (v) => `{"adres":"${v}"}`,
      (v) => `verzendadres ${v} onbekend`,
    ],
    negatives: [
      () => ['release Prinsengracht-2 build 12-hs done', 'Prinsengracht-2'],
    ],
  },
  'German addresses without a street word (Am Kirchberg 12a) under address keys and labels (Anschrift)': {
    value: (r) => `${r.pick(['Am Kirchberg', 'An der Alster', 'Im Winkel', 'Unter den Linden', 'Zur Mühle'])} ${r.int(1, 120)}${r.pick(['', 'a', 'b'])}, ${r.pick(['0', '2', '5', '8'])}${r.str(DIG, 4)} ${r.pick(['Leipzig', 'Bremen', 'Augsburg'])}`,
    contexts: [
      (v) => `{"attributes":{"address":{"label":"Anschrift","value":"${v}"}}}`,
      (v) => `{"address":"${v}"}`,
      (v) => `Parameters: {"customer"=>{"address"=>"${v}", "city"=>"x"}}`,
    ],
    negatives: [
      () => ['{"address":{"label":"Status","value":"Version 12, 51249 builds"}}', 'Version 12, 51249 builds'],
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


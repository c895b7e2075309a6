import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r79 (blind set 79: random payloads from a grammar of containers, key spellings and escapes): one key/value reader
 * for every container — key names in any convention with the words that name a copy of the value (`_enc`, `Prod`, `V2`,
 * `_1`), operators `->`, tabs, `] =>`, table cells, XML elements, CLI flags; values spanned as each container escapes them —
 * for passwords, secrets, session ids, national ids, bank fields and names; beside each, the look-alike that stays clean:
 * settings and types under the same keys, harmless cookies, message ids in escaped brackets, namespaced lookup keys.
 * Contexts of our own (Ansible output, Terraform plans, Rails logs, PHP dumps, Spring beans), not the set's.
 */
const { found, clean } = everydayProbe();
const pass = (): string => `${mix(9)}"${str(LO, 2)}'${str(B62, 4)}!${randomInt(90) + 10}`;
const hex = (n: number): string => `${str('abcdef', 2)}${str(DIG, 2)}${str(HEX, n - 4)}`;
const phpSid = (): string => `${str(LO, 2)}${str(DIG, 2)}${str(LO + DIG, 22)}`;

/** A Dutch BSN (nine digits passing the eleven test). */
function bsn(): string {
  for (;;) {
    const d = `${randomInt(9) + 1}${str(DIG, 7)}`;
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += (9 - i) * Number(d[i]);
    if (sum % 11 <= 9) return `${d}${sum % 11}`;
  }
}

/** A nine-digit ABA routing number with a valid check digit. */
function aba(): string {
  const d = `0${randomInt(9) + 1}${str(DIG, 6)}`;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * [3, 7, 1][i % 3]!;
  return `${d}${(10 - (sum % 10)) % 10}`;
}

describe('round r79: passwords under any key spelling, operator and escaping', () => {
  it('finds a password under a key with a copy suffix, not a setting under the same words', () => {
    const a = mix(14, '!#');
    expect(found(`TASK [db : render my.cnf] changed: {"mysql_root_password_prod": "${a}"}`, a)).toBe(true);
    const b = mix(12, '%');
    expect(found(`terraform: + smtpPasswordV2 = "${b}"`, b)).toBe(true);
    const c = mix(13);
    expect(found(`ansible_become_pw: ${c}`, c)).toBe(true);
    expect(clean('TASK [db] ok: {"mysql_root_password_changed_at": "2026-03-02T10:11:12Z", "password_min_length_prod": 14}')).toEqual([]);
  });

  it('finds a password after `->`, tabs and in a .NET dump with quotes inside, not a reference', () => {
    const a = mix(13, '*^');
    expect(found(`[ldap] bind.pwd->${a} | retries->3`, a)).toBe(true);
    const b = pass();
    expect(found(`SmtpSettings { Host = mail.internal, RelayPass = ${b}, Port = 587 }`, b)).toBe(true);
    const c = mix(12, '@');
    expect(found(`svc_account\tdeploy\nsvc_passwd\t${c}\nsvc_shell\t/bin/bash`, c)).toBe(true);
    expect(clean('[ldap] bind.pwd->${LDAP_BIND_PASSWORD} | retries->3')).toEqual([]);
    expect(clean('SmtpSettings { Host = mail.internal, RelayPass = ********, Port = 587 }')).toEqual([]);
  });

  it('spans a quoted password as its container escapes it: SQL doubled quotes, JSON in a string, Java toString', () => {
    const core = mix(8);
    const a = `${core}''${str(B62, 5)}\\${randomInt(90) + 10}`;
    expect(found(`Rails: UPDATE admins SET encrypted_pwd_raw = '${a}' WHERE id = 7`, a)).toBe(true);
    const b = `${mix(7)}\\\\\\"${str(B62, 6)}'!${randomInt(90) + 10}`;
    expect(found(`{"msg":"{\\"vault_pass\\":\\"${b}\\",\\"env\\":\\"prod\\"}"}`, b)).toBe(true);
    const c = `${mix(6)}"${str(B62, 4)}'${str(B62, 5)}!`;
    expect(found(`bean: JdbcProperties{url='jdbc:pg://db/app', userPasswd='${c}', poolSize='10'}`, c)).toBe(true);
    expect(clean('mutation Login($password: String!, $remember: Boolean!) { login(password: $password) { ok } }')).toEqual([]);
  });

  it('takes a passphrase with spaces whole only where its record ends it', () => {
    const p = `${given()} ember ${randomInt(90) + 10}# ${family()}`;
    expect(found(`&{User:svc Passphrase:${p} Retries:3}`, p)).toBe(true);
    expect(clean('Password changed 3 times for the admin user')).toEqual([]);
  });
});

describe('round r79: secrets, session ids, national ids, bank fields and names under any key', () => {
  it('finds a secret after `->`, `] =>` and under a Title Case key, not a type or an id', () => {
    const a = hex(40);
    expect(found(`Array\n(\n    [webhook_secret_v2] => ${a}\n)`, a)).toBe(true);
    const b = mix(32);
    expect(found(`{'Partner Signing Key Raw': '${b}', 'region': 'eu'}`, b)).toBe(true);
    const c = hex(32);
    expect(found(`ctx: bearer_current->${c} | tenant->acme`, c)).toBe(true);
    expect(clean('Array\n(\n    [webhook_secret_rotated] => 2026-05-04T10:11:12Z\n    [token_type] => bearer\n)')).toEqual([]);
    expect(clean(`{'Signing Key Id': '${hex(8)}', 'Token Ttl': '15m'}`)).toEqual([]);
  });

  it('finds a session id under session keys in XML, PHP arrays and CLI flags, not a count or a TTL', () => {
    const a = phpSid();
    expect(found(`<Context>\n  <SessionId>${a}</SessionId>\n</Context>`, a)).toBe(true);
    const b = hex(40);
    expect(found(`[ci_cookie_prod] => ${b}`, b)).toBe(true);
    const c = phpSid();
    expect(found(`$ ./replay --tenant acme --session ${c} --dry-run`, c)).toBe(true);
    expect(clean('<Context>\n  <SessionTtl>3600</SessionTtl>\n  <SessionCount>12</SessionCount>\n</Context>')).toEqual([]);
    expect(clean('$ ./replay --tenant acme --session-timeout=3600 --cookie-secure=true')).toEqual([]);
  });

  it('finds a national id, a routing number and a sort code under keys in other conventions, checked by their rules', () => {
    const n = bsn();
    expect(found(`Employee { Nationalid = ${n}, Team = payroll }`, n)).toBe(true);
    const r = aba();
    expect(found(`<payee>\n  <routing-number>${r}</routing-number>\n</payee>`, r)).toBe(true);
    const s = `${randomInt(89) + 10}-${randomInt(89) + 10}-${randomInt(89) + 10}`;
    expect(found(`[payee_sortcode] => ${s}`, s)).toBe(true);
    expect(clean('Employee { Nationalid = null, NationalidVerified = true, Team = payroll }')).toEqual([]);
    expect(clean('<payee>\n  <routing-number>123456789</routing-number>\n</payee>')).toEqual([]);
  });

  it('finds names under dotted, kebab, header and print_r keys, not a service name', () => {
    const g = given();
    const f = family();
    expect(found(`checkout: given.name=${g} surname=${f} plan=pro`, g)).toBe(true);
    const p = person();
    expect(found(`{:name => "${p}", :email => "${str(LO, 6)}@${str(LO, 6)}.de"}`, p)).toBe(true);
    const q = person();
    expect(found(`Array\n(\n    [customer_name] => ${q}\n    [plan] => pro\n)`, q)).toBe(true);
    expect(clean('service.name=checkout-api first.name=Required plan=pro')).toEqual([]);
    expect(clean('> X-Name: checkout-api\n> X-Plan: pro')).toEqual([]);
    expect(clean('{"devices":[{"name":"Yale Lock","room":"Hall"},{"name":"Ecobee Sensor","room":"Den"}]}')).toEqual([]);
  });
});

describe('round r79: look-alikes that stay clean', () => {
  it('leaves a cookie header of settings, ids and masked keys alone, and still finds a session cookie', () => {
    expect(clean(`Cookie: theme=dark; x-request-id=${hex(32)}; token_ttl=15m; commit=${hex(40)}; api_key=sk_live_%2A%2A%2A%2A`)).toEqual([]);
    expect(clean(`Set-Cookie: consent_at=2026-04-02T10%3A11%3A12Z; cursor=${Buffer.from('{"offset":40}').toString('base64')}; Path=/`)).toEqual([]);
    const sid = mix(32);
    expect(found(`Cookie: theme=dark; _app_sess=${sid}`, sid)).toBe(true);
  });

  it('leaves message ids in escaped brackets and namespaced lookup keys alone', () => {
    expect(clean(`<mail><message_id>&lt;${hex(20)}@mailer.${str(LO, 6)}.io&gt;</message_id></mail>`)).toEqual([]);
    expect(clean(`POST /hooks data=messageId=%3C${hex(20)}%40mailer.example.net%3E&status=sent`)).toEqual([]);
    expect(clean(`GET /cache?key=tenant%3A${str(LO, 5)}%3Aquota&ttl=60`)).toEqual([]);
    const mail = `${str(LO, 6)}.${str(LO, 5)}@${str(LO, 6)}.de`;
    expect(found(`<mail><to>&lt;${mail}&gt;</to></mail>`, mail)).toBe(true);
  });

  it('reads no Title Case words of prose as a key', () => {
    expect(clean(`The Admin Password Policy requires ${randomInt(8) + 8} characters`)).toEqual([]);
    expect(clean(`| Field | Value |\n|---|---|\n| Signature Algorithm | RS256 |\n| Session Ttl | 3600 |`)).toEqual([]);
    expect(clean(`${UP[randomInt(26)]}ession Id rotated for user 42`)).toEqual([]);
  });
});

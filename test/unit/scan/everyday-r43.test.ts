import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, str, UP, everydayProbe, mix, person, aba } from '../../helpers/everyday-kit';

import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r43 (blind set 43: education, public sector and nonprofits): PHP object-property secrets,
 * config keys named for a secret, Sanctum tokens, `ApiKey user:key` headers, CAS tickets, logfmt
 * session tokens, TOML multi-line secrets, UUID API tokens in prose, account-before-routing pairs,
 * Spanish routing labels and passwords, noted EIN labels, bank numbers in SQL INSERT rows, names under
 * Spanish/French/Portuguese labels and under the widened party keys and name columns — in contexts
 * other than the set's, values drawn at test time; beside them the look-alikes that stay clean.
 */
const { found, clean, by } = everydayProbe();

const uuid = (): string => `${str(HEX, 8)}-${str(HEX, 4)}-4${str(HEX, 3)}-b${str(HEX, 3)}-${str(HEX, 12)}`;

describe('round r43: campus, agency and nonprofit credentials', () => {
  it('finds secrets in PHP object-property configs', () => {
    const pw = `${mix(10)}!${str(DIG, 2)}`;
    const salt = mix(32, '&#_-');
    const t = `<?php\n$settings->db_password = '${pw}';\n$settings->cookie_salt = "${salt}";\n`;
    expect(found(t, pw), t).toBe(true);
    expect(found(t, salt), t).toBe(true);
  });
  it('leaves PHP properties read from the environment or placeholders alone', () => {
    expect(clean("$CFG->dbpass = getenv('DB_PASS');")).toEqual([]);
    expect(clean("$CFG->dbpass = 'password';")).toEqual([]);
    expect(clean("$CFG->passwordsaltmain = '';")).toEqual([]);
  });

  it('finds secrets under config keys named for one (salts, validation and processor keys, strong-auth PINs)', () => {
    for (const [k, v] of [['saml.pairwise.salt', `${mix(40, '+/')}=`], ['upay.validation.key', mix(32, '_-')], ['ebt.processor_key', str(HEX, 48)], ['irs.strongauth.pin', `${1 + randomInt(8)}${str('02468', 3)}${str('13579', 4)}`]] as const) {
      const t = `${k}=${v}`;
      expect(found(t, v), t).toBe(true);
    }
  });
  it('leaves salts and keys that are placeholders, words or short alone', () => {
    expect(clean('hash.salt=changeme')).toEqual([]);
    expect(clean('gateway_key=${GATEWAY_KEY}')).toEqual([]);
    expect(clean('mef.strongauth.pin=11111111')).toEqual([]);
    expect(clean('cache.salt = v2')).toEqual([]);
  });

  it('finds Laravel Sanctum tokens, ApiKey headers and CAS tickets', () => {
    const sanctum = `${randomInt(9999) + 1}|${mix(40)}`;
    const t1 = `fetch("https://donors.helpinghands.org/api/gifts", { headers: { Authorization: "Bearer ${sanctum}" } })`;
    expect(found(t1, sanctum), t1).toBe(true);
    const key = `${str(HEX, 20)}${mix(20)}`;
    const t2 = `curl -H 'Authorization: ApiKey field.worker@helpinghands.org:${key}' https://hq.example.net/api/v0.5/form/`;
    expect(by(t2, 'tastypie-apikey-header'), t2).toBe(true);
    const st = `ST-${randomInt(99999) + 1}-${mix(24)}-idp02`;
    const t3 = `10.1.2.3 - - "GET /moodle/login/index.php?authCAS=CAS&ticket=${st} HTTP/1.1" 303`;
    expect(found(t3, st), t3).toBe(true);
  });
  it('leaves pipe-joined ids, Bearer prose and ticket numbers alone', () => {
    expect(clean('Bearer authentication failed for 42|users')).toEqual([]);
    expect(clean('Authorization: ApiKey <user>:<key>')).toEqual([]);
    expect(clean('ticket=ST-1234 closed by helpdesk')).toEqual([]);
  });

  it('finds logfmt session tokens, TOML multi-line secrets and UUID API tokens in prose', () => {
    const sess = `${mix(30, '_-')}${str(B62, 10)}`;
    const t1 = `level=info app=portal event=login_ok session=${sess} took=8ms`;
    expect(found(t1, sess), t1).toBe(true);
    const sec = mix(44);
    const t2 = `[oauth.lti]\nprivate_key = '''\n${sec}\n'''\n`;
    expect(found(t2, sec), t2).toBe(true);
    const u = uuid();
    const t3 = `Handover: the payouts API token for the partner is: ${u} (rotate in May)`;
    expect(found(t3, u), t3).toBe(true);
  });
  it('leaves session ids that are hex or UUIDs, TOML prose and UUID key ids alone', () => {
    expect(clean(`level=info session=${str(HEX, 32)} user=42`)).toEqual([]);
    expect(clean('description = """\nThe quick brown fox jumps over the lazy dog\n"""')).toEqual([]);
    expect(clean(`API token id: ${uuid()}`)).toEqual([]);
  });
});

describe('round r43: bank details, tax ids and passwords in forms, tickets and SQL', () => {
  it('finds an account written before its routing number, and Spanish routing labels', () => {
    const acct = `${1 + randomInt(9)}${str(DIG, 9)}`;
    const t1 = `Direct deposit update — account for payroll: ${acct} / RTN ${aba()}`;
    expect(found(t1, acct), t1).toBe(true);
    const r = aba();
    const t2 = `Formulario de reembolso: cuenta ${str(DIG, 10)}, número de ruta ${r}`;
    expect(found(t2, r), t2).toBe(true);
  });
  it('leaves routing-like digits without a bank word and failing checksums alone', () => {
    expect(clean('Autobús ruta 123456789 hacia el centro')).toEqual([]);
    expect(clean('account: 1234 / RTN pending')).toEqual([]);
  });

  it('finds an EIN after a noted label and bank numbers in INSERT rows', () => {
    const ein = `${20 + randomInt(40)}-${str(DIG, 7)}`;
    const t1 = `Payer EIN (from the 1099-MISC): ${ein}`;
    expect(found(t1, ein), t1).toBe(true);
    const acct = `${1 + randomInt(9)}${str(DIG, 9)}`;
    const rt = aba();
    const t2 = `INSERT INTO grantee_bank (grantee, ach_routing, ach_account)\nVALUES ('Food Pantry', '${rt}', '${str(DIG, 10)}'),\n       ('Shelter', '${aba()}', '${acct}');`;
    expect(found(t2, acct), t2).toBe(true);
    expect(found(t2, rt), t2).toBe(true);
  });
  it('leaves other INSERT columns alone', () => {
    expect(clean("INSERT INTO routing_rules (rule_id, zone_code) VALUES ('123456789', '987654321');")).toEqual([]);
  });

  it('finds Spanish passwords in prose', () => {
    const pw = `${mix(9)} ${str(LO, 4)}${str(DIG, 3)}!`;
    const t = `Buenos días, mi contraseña nueva es "${pw}" y no me deja entrar.`;
    expect(found(t, pw), t).toBe(true);
  });
  it('leaves the word contraseña without a value alone', () => {
    expect(clean('¿Olvidaste tu contraseña? Escribe «restablecer» para recibir un enlace.')).toEqual([]);
  });
});

describe('round r43: people in forms, exports and records', () => {
  it('finds names under Spanish, French and Portuguese labels beside an identifier', () => {
    for (const label of ['Nombre completo', 'Nom', 'Nome completo', 'Nombre del solicitante']) {
      const p = person();
      const t = `Solicitud 778\n${label}: ${p}\nCorreo: ${p.split(' ')[0]!.toLowerCase()}@correo.es`;
      expect(found(t, p), t).toBe(true);
    }
  });
  it('finds names under widened party keys and CSV name columns', () => {
    const a = person();
    const t1 = `{"loan_id":"${str(DIG, 8)}","borrower":"${a}","ssn_last4":"${str(DIG, 4)}"}`;
    expect(found(t1, a), t1).toBe(true);
    const b = person();
    const t2 = `pledge_id,donor,email,amount\n${str(DIG, 7)},"${b}",${b.split(' ')[1]!.toLowerCase()}@mailbox.org,250.00`;
    expect(found(t2, b), t2).toBe(true);
  });
  it('leaves placeholder names, organisation donors and the placeholder town alone', () => {
    expect(clean('Nombre: Juan Pérez (ejemplo)')).toEqual([]);
    expect(clean('Sample donor: 123 Main Street, Anytown, USA')).toEqual([]);
  });
});

describe('round r43: LMS tokens, codes, ids and records of agencies', () => {
  it('finds Canvas tokens, recovery codes and A-numbers', () => {
    const tok = `${1000 + randomInt(90000)}~${mix(64)}`;
    const t1 = `# canvas sync\nheaders = {"X-Canvas-Token": "${tok}"}`;
    expect(found(t1, tok), t1).toBe(true);
    const code = `${str(UP, 3)}${str(DIG, 3)}${str(UP + DIG, 10)}`;
    const t2 = `Hello, your temporary code is ${code}. It expires in 15 minutes.`;
    expect(found(t2, code), t2).toBe(true);
    const a = `${1 + randomInt(9)}${str(DIG, 8)}`;
    const t3 = `{"beneficiary":{"a_number":"A${a}","country_of_birth":"MX"}}`;
    expect(found(t3, a), t3).toBe(true);
  });
  it('leaves tilde paths, word codes and A-numbers of one digit alone', () => {
    expect(clean(`canvas build ~/projects/${str(LO, 64)}`)).toEqual([]);
    expect(clean('Your recovery code is INVALIDCODE please retry')).toEqual([]);
    expect(clean('"alien_registration_number":"A000000000"')).toEqual([]);
  });

  it('finds NIEM person names and birth dates, FHIR HumanName text, nested name objects and names before a DOB', () => {
    const p = person();
    const t1 = `<nc:Person><nc:PersonFullName>${p}</nc:PersonFullName><nc:PersonBirthDate><nc:Date>1971-04-0${1 + randomInt(9)}</nc:Date></nc:PersonBirthDate></nc:Person>`;
    expect(found(t1, p), t1).toBe(true);
    expect(found(t1, /\d{4}-\d{2}-\d{2}/.exec(t1)![0]), t1).toBe(true);
    const q = person();
    const t2 = `{"resourceType":"Patient","name":[{"use":"usual","text":"${q}"}],"gender":"female"}`;
    expect(found(t2, q), t2).toBe(true);
    const [g, f] = person().split(' ') as [string, string];
    const t3 = `webhook {"type":"contacts.updated","data":{"name":{"first":"${g}","middle":"","last":"${f}"},"grade":"7"}}`;
    expect(found(t3, g), t3).toBe(true);
    expect(found(t3, f), t3).toBe(true);
    const d = person();
    const t4 = `Referral: ${d} (DOB 03/1${randomInt(9)}/1988) was seen at the clinic.`;
    expect(found(t4, d), t4).toBe(true);
  });
  it('leaves FHIR resources of organisations, name objects of products and placeholders alone', () => {
    expect(clean('{"resourceType":"Organization","name":[{"text":"Northfield Health Center"}]}')).toEqual([]);
    expect(clean('{"name":{"first":"Null","last":"Null"}}')).toEqual([]);
    expect(clean('<nc:PersonFullName>Unknown</nc:PersonFullName>')).toEqual([]);
  });

  it("finds a person's coordinates under a location key beside a personal id", () => {
    const c = `${30 + randomInt(17)}.${str(DIG, 6)},-${70 + randomInt(50)}.${str(DIG, 6)}`;
    const t = `{"resident_id":"R-${str(DIG, 6)}","phone":"555-301-${str(DIG, 4)}","home_location":"${c}"}`;
    expect(found(t, c), t).toBe(true);
  });
  it('leaves coordinates of offices, vehicles and low precision alone', () => {
    expect(clean('{"office":"City Hall","location":"39.73915,-104.98470","open":"9-5"}')).toEqual([]);
    expect(clean('{"vehicle":"bus-12","gps":{"lat":41.881832,"lng":-87.623177},"speed":12}')).toEqual([]);
    expect(clean('geo=41.88,-87.62 client=C-1234 status=open')).toEqual([]);
  });
});

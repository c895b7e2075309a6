import { describe, expect, it } from 'vitest';
import { B62, DIG, HEX, LO, UP, aba, everydayProbe, family, given, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r58 (blind set 58: integration workers and HTTP clients in debug mode): a given or family
 * name alone under its key beside the person's contact, recipient and user names, greeted and
 * self-introduced names, names before a contact label, a job's positional arguments (name, routing,
 * account), RDFI/ODFI labels, webhook signature keys and verifier tokens, Google authorization codes,
 * BSNs under a social-security key and given names in a charge's description — in contexts other
 * than the set's (HR, retail, booking, CI, payroll), values drawn at test time; beside them the
 * look-alikes that stay clean (placeholders, documentation samples, role mailboxes, teams, ids, hashes).
 */
const { found, clean } = everydayProbe();
const mobile = (): string => `+44 7${str(DIG, 3)} ${str(DIG, 6)}`;
/** Findings other than the look-alike's own (real) phone or mailbox, which stay found. */
const notContact = (f: string): boolean => !/^(?:phone-number|email):/.test(f);
const mailOf = (g: string): string => `${g.toLowerCase()}.${str(LO, 4)}${str(DIG, 2)}@posteo.net`;

describe('round r58: a given or family name alone under its key, beside the person’s contact', () => {
  it('finds it in a Java map, a dotted toString, print_r and pretty-printed JSON; not in docs samples or beside a role mailbox', () => {
    const [g, f] = [given(), family()];
    const map = `HR onboarding payload {workEmail=${mailOf(g)}, givenName=${g}, startDate=2026-04-01}`;
    expect(found(map, g)).toBe(true);
    const dotted = `Booking{guest.surname=${f}, guest.phone=${mobile()}, nights=${randomInt(9) + 1}}`;
    expect(found(dotted, f)).toBe(true);
    const printR = `Array\n(\n    [email] => ${mailOf(g)}\n    [merge_fields] => Array\n        (\n            [FNAME] => ${g}\n        )\n)`;
    expect(found(printR, g)).toBe(true);
    const pretty = `{\n  "member": {\n    "last_name": "${f}",\n    "mobile": "${mobile()}"\n  }\n}`;
    expect(found(pretty, f)).toBe(true);
    expect(clean(`{"email":"someone@example.com","first_name":"${g}","plan":"pro"}`)).toEqual([]);
    expect(clean(`{"email":"careers@globex-${str(LO, 4)}.com","first_name":"${g}"}`).filter((f) => !f.startsWith('email:'))).toEqual([]);
    expect(clean(`form schema: first_name=String, last_name=String, email=String`)).toEqual([]);
    expect(clean(`{"first_name":"${g}","team":"payments","ticket":"PAY-${str(DIG, 4)}"}`)).toEqual([]);
    expect(clean(`{"email":"user@example.com","firstname":"Jane","lastname":"Doe","phone":"+1 555-0134"}`)).toEqual([]);
  });
});

describe('round r58: recipient and user names', () => {
  it('finds a name under to_name, signerName and <UserName>; not a login, a team or a bot', () => {
    const p = person();
    expect(found(`mailer: queued digest toName='${p}' template=weekly`, p)).toBe(true);
    expect(found(`<Signer><UserName>${p}</UserName><Status>sent</Status></Signer>`, p)).toBe(true);
    expect(found(`{"signerName":"${p}","envelope":"${str(HEX, 8)}"}`, p)).toBe(true);
    expect(clean(`{"user_name":"svc-deploy-${str(DIG, 3)}","role":"ci"}`)).toEqual([]);
    expect(clean(`mailer: queued digest to_name='Platform Team' template=weekly`)).toEqual([]);
    expect(clean(`<UserName>Release Bot</UserName>`)).toEqual([]);
    expect(clean(`login ok username=${str(LO, 6)}${str(DIG, 2)} ip=10.0.${randomInt(255)}.${randomInt(255)}`)).toEqual([]);
  });
});

describe('round r58: names in message bodies', () => {
  it('finds a greeted given name at a body’s start; not a greeting to a team or to everyone', () => {
    const g = given();
    expect(found(`whatsapp.send {"to":"${mobile()}","text":"Hey ${g}, your table for 2 is confirmed"}`, g)).toBe(true);
    expect(found(`notify: message='Dear ${g}, your payslip is ready'`, g)).toBe(true);
    expect(clean(`whatsapp.send {"text":"Hi there, your table is confirmed"}`)).toEqual([]);
    expect(clean(`slack.post {"text":"Hello Team, deploy ${str(HEX, 7)} is live"}`)).toEqual([]);
    expect(clean(`notify: message='Hi Everyone, the office is closed Friday'`)).toEqual([]);
  });

  it('finds a caller introducing themselves beside their number; not a product or a team', () => {
    const p = person();
    expect(found(`ivr.transcript from=${mobile()} text="This is ${p}, I need to move my appointment"`, p)).toBe(true);
    expect(clean(`ivr.transcript from=${mobile()} text="This is Acme Support, your ticket is closed"`).filter(notContact)).toEqual([]);
    expect(clean(`docs: This is Jane Doe, a sample caller (see example.com)`)).toEqual([]);
  });

  it('finds a name right before its contact label; not a company or a doc sample', () => {
    const p = person();
    expect(found(`handover: follow up with ${p}, mobile ${mobile()} re: lease renewal`, p)).toBe(true);
    expect(found(`handover: follow up with ${p}, email ${mailOf(p.split(' ')[0]!)}`, p)).toBe(true);
    expect(clean(`handover: follow up with Globex Holdings, phone ${mobile()}`).filter(notContact)).toEqual([]);
    expect(clean(`handover: follow up with ${p}, email someone@example.com`)).toEqual([]);
  });

  it('finds a given name opening a charge description beside the person’s own mailbox; not a product word', () => {
    const g = given();
    const body = `amount=${randomInt(9000) + 100}&receipt_email=${g.toLowerCase()}${randomInt(80) + 1940}@gmail.com&description=${g}+gift+card`;
    expect(found(body, g)).toBe(true);
    expect(clean(`amount=500&receipt_email=billing@northwind-${str(LO, 4)}.com&description=Premium+plan`)).toEqual([]);
    expect(clean(`amount=500&receipt_email=${str(LO, 6)}@gmail.com&description=Renewal+order`).filter(notContact)).toEqual([]);
  });
});

describe('round r58: a job’s positional arguments', () => {
  it('finds the holder, routing and account in Sidekiq and Celery arguments; not ids or amounts', () => {
    const [p, rt, acct] = [person(), aba(), `${randomInt(9) + 1}${str(DIG, 9)}`];
    const sidekiq = `{"class":"VendorPayoutWorker","args":["${p}","${rt}","${acct}"],"retry_count":4}`;
    expect(found(sidekiq, p)).toBe(true);
    expect(found(sidekiq, rt)).toBe(true);
    expect(found(sidekiq, acct)).toBe(true);
    const celery = `Task payroll.pay_contractor[${str(HEX, 8)}] raised: args=('${rt}', '${acct}', 310.25)`;
    expect(found(celery, rt)).toBe(true);
    expect(found(celery, acct)).toBe(true);
    expect(clean(`{"class":"ReportWorker","args":["Quarterly Report","${str(DIG, 9)}","${str(DIG, 6)}"],"retry_count":1}`)).toEqual([]);
    expect(clean(`{"class":"SyncWorker","args":["${p}","team-${str(LO, 4)}"],"retry_count":1}`)).toEqual([]);
    expect(clean(`args: ["123456789", "000000", 12]`)).toEqual([]);
  });
});

describe('round r58: routing numbers under RDFI/ODFI labels', () => {
  it('finds rdfi/odfi routing numbers; not a failed checksum or a trace number', () => {
    const rt = aba();
    expect(found(`ach.return R03 odfi=${rt} trace=${str(DIG, 15)}`, rt)).toBe(true);
    expect(found(`{"receiving_dfi_id":"${rt}","amount":1200}`, rt)).toBe(true);
    const bad = `${rt.slice(0, 8)}${(Number(rt[8]) + 1) % 10}`;
    expect(clean(`ach.return R03 odfi=${bad} trace=${str(DIG, 15)}`)).toEqual([]);
    expect(clean(`ach: rdfi_count=${randomInt(900) + 100} entries=${randomInt(99)}`)).toEqual([]);
  });
});

describe('round r58: webhook keys, verifier tokens and authorization codes', () => {
  it('finds a signature key and a verifier token; not a placeholder, a key name or a signature algorithm', () => {
    const k = mix(22, '-_');
    expect(found(`webhooks: loaded signatureKey: "${k}" for endpoint orders`, k)).toBe(true);
    const hex = str(HEX, 64);
    expect(found(`XERO_WEBHOOK_VERIFIER=${hex}`, hex)).toBe(true);
    const pkce = mix(43, '-_');
    expect(found(`oauth.debug exchange code_verifier=${pkce} redirect_uri=https://app.local/cb`, pkce)).toBe(true);
    expect(clean(`webhooks: signatureKey: "<your-signature-key>"`)).toEqual([]);
    expect(clean(`signature_key=SQUARE_SIGNATURE_KEY`)).toEqual([]);
    expect(clean(`jwt verifier=RS256 issuer=https://id.${str(LO, 5)}.io`)).toEqual([]);
    expect(clean(`verifier: "ChangeMeVerifierTokenValue"`)).toEqual([]);
  });

  it('finds a Google authorization code in a callback; not a short path or a version', () => {
    const code = `4/0A${str(UP, 2)}${str(LO, 2)}${str(DIG, 2)}${str(B62 + '-_', 64)}`;
    expect(found(`GET /auth/google/callback?code=${code}&scope=openid HTTP/1.1`, code)).toBe(true);
    expect(found(`code=${code.replace('/', '%2F')}&grant_type=authorization_code`, code.replace('/', '%2F'))).toBe(true);
    expect(clean('served /static/4/0Abc.png in 3ms')).toEqual([]);
    expect(clean('ratio 4/0A failed')).toEqual([]);
  });
});

describe('round r58: a BSN under a social-security key', () => {
  it('finds an 11-proof BSN; not nine digits that fail the proof', () => {
    let bsn = '';
    for (;;) {
      const head = `${randomInt(6) + 1}${str(DIG, 7)}`;
      const sum = [...head].reduce((s, c, i) => s + Number(c) * (9 - i), 0);
      if (sum % 11 <= 9) {
        bsn = head + String(sum % 11);
        break;
      }
    }
    expect(found(`{"shopper":{"socialSecurityNumber":"${bsn}"}}`, bsn)).toBe(true);
    const bad = `${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}`;
    expect(clean(`{"shopper":{"socialSecurityNumber":"${bad}","ref":"${str(B62, 8)}"}}`).filter((f) => f.startsWith('bsn-'))).toEqual([]);
  });
});

describe('round r58: look-alikes the set flagged', () => {
  it('leaves curl reading a key from the environment and documentation phone stubs clean', () => {
    expect(clean(`$ curl https://api.stripe.com/v1/refunds -u "$STRIPE_API_KEY:" -d charge=ch_${str(B62, 10)} -d amount=${randomInt(9999)}`)).toEqual([]);
    expect(clean(`{"customer":{"phone":"+1 555-01${str(DIG, 2)}","name":"sample"}}`)).toEqual([]);
    const real = `+1 415 ${randomInt(800) + 200} ${str(DIG, 4)}`;
    expect(found(`{"customer":{"phone":"${real}"}}`, real.slice(1))).toBe(true);
    expect(clean(`{"token":"${UP[randomInt(26)]}"}`)).toEqual([]);
  });
});

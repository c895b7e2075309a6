import { describe, expect, it } from 'vitest';
import { B62, DIG, LO, UP, everydayProbe, mix, person, str } from '../../helpers/everyday-kit';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Round r64 (blind set 64: identity, SSO and user provisioning): names under display-name keys, in IdP attribute
 * lists, LDAP DNs of people containers, before an angle-bracketed mailbox, in SAML/SCIM names written with Vietnamese
 * letters and on card embossing lines; birth dates in attribute arrays and provisioning logs; Workday national ids;
 * direct-deposit accounts; SecureString, ldap3 bind, agent, CamelCase-labelled, TOTP and Keycloak credential secrets;
 * toll-free numbers under a person's phone key; letters-only recovery codes — in contexts other than the set's (schools,
 * retail, hospitals, SaaS admin), values drawn at test time; beside them the look-alikes that stay clean (XML-DSig
 * signatures, Vault audit HMACs, deploy-time replacement slots among them).
 */
const { found, clean } = everydayProbe();
const pw = (): string => `${mix(6)}${['#', '%', '~', '!'][randomInt(4)]}${str(B62, 7)}`;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const viet = (): string => `${['Thảo', 'Hương', 'Phượng', 'Dũng'][randomInt(4)]} ${['Nguyễn', 'Trương', 'Đặng', 'Phạm'][randomInt(4)]}`;
const dob = (): string => `19${50 + randomInt(45)}-0${1 + randomInt(9)}-${10 + randomInt(18)}`;

describe('round r64: names in identity records', () => {
  it('finds names under user display-name keys and IdP attribute lists; not apps, groups or service accounts', () => {
    const [a, b, c] = [person(), person(), person()];
    expect(found(`{"activity":"Reset password","initiatedByDisplayName":"${a}","result":"success"}`, a)).toBe(true);
    expect(found(`{"assigneeDisplayName": "${b}", "ticket": ${str(DIG, 5)}}`, b)).toBe(true);
    expect(found(`[{'Name': 'name', 'Value': '${c}'}, {'Name': 'email_verified', 'Value': 'true'}]`, c)).toBe(true);
    expect(clean('{"appDisplayName":"Office 365 Exchange Online","userDisplayName":"Payroll Sync Service"}')).toEqual([]);
    expect(clean('[{"Name":"name","Value":"Kiosk Account"},{"Name":"custom:tier","Value":"gold"}]')).toEqual([]);
  });

  it('finds a person as the CN of a DN in a people container; not groups or computers', () => {
    const p = person();
    expect(found(`AD audit 5136: object CN=${p},OU=Contractors,OU=London,DC=ad,DC=museum,DC=org modified`, p)).toBe(true);
    expect(clean('member added: CN=Domain Admins,OU=Groups,DC=corp,DC=local')).toEqual([]);
    expect(clean('computer CN=Build Agent,OU=Servers,DC=corp,DC=local joined')).toEqual([]);
  });

  it('finds a name before an angle-bracketed mailbox after for/user, Vietnamese letters too; not documentation mailboxes', () => {
    const [p, v] = [person(), viet()];
    expect(found(`license reclaim queued for ${p} <${str(LO, 6)}@harbor-clinic.org> (inactive 90d)`, p)).toBe(true);
    expect(found(`  Worker: ${v} <${str(LO, 5)}${str(DIG, 2)}@rivermouth.vn>`, v)).toBe(true);
    expect(clean(`license reclaim queued for Jane Doe <jane@example.com>`)).toEqual([]);
  });

  it('finds Vietnamese-lettered names in SAML attribute values and SCIM formatted names, and names on embossing lines', () => {
    const [v, w, p] = [viet(), viet(), person()];
    expect(found(`<Attribute Name="urn:oid:2.5.4.3"><AttributeValue xsi:type="xs:string">${v}</AttributeValue></Attribute>`, v)).toBe(true);
    expect(found(`scim PUT body: {"name": {"formatted": "${w}"}, "active": false}`, w)).toBe(true);
    expect(found(`{"name_line_1":"${p}","shipping":{"method":"EXPRESS"}}`, p)).toBe(true);
    expect(clean('<Attribute Name="cn"><AttributeValue>Phòng Kế Toán Team</AttributeValue></Attribute>')).toEqual([]);
    expect(clean('{"name_line_1":"Travel Card","name_line_2":"Finance Team"}')).toEqual([]);
  });
});

describe('round r64: birth dates, national ids and accounts', () => {
  it('finds birth dates in attribute arrays and provisioning properties; not hire dates or recent dates', () => {
    const [d, e] = [dob(), dob()];
    expect(found(`mapper result {"date_of_birth": ["${d}"], "groups": ["nurses"]}`, d)).toBe(true);
    expect(found(`{"displayName":"extensionAttribute7","oldValue":null,"newValue":"${e}"}`, e)).toBe(true);
    expect(clean('{"displayName":"employeeHireDate","newValue":"2024-03-01"}')).toEqual([]);
    expect(clean('{"displayName":"extensionAttribute2","newValue":"2025-11-30"}')).toEqual([]);
  });

  it('finds a national id in National_ID_Data and a direct-deposit account; not ids of other elements or placeholders', () => {
    const id = `${str(DIG, 3)}-${str(DIG, 2)}-${str(DIG, 4)}`.replace(/^0/, '4');
    expect(found(`<wd:National_ID_Data><wd:ID>${id}</wd:ID></wd:National_ID_Data>`, id)).toBe(true);
    const acct = `${1 + randomInt(9)}${str(DIG, 8)}`;
    expect(found(`hris row employee=${str(DIG, 4)} deposit_account_number: ${acct}`, acct)).toBe(true);
    expect(clean(`<wd:Worker_ID>${str(DIG, 6)}</wd:Worker_ID>`)).toEqual([]);
    expect(clean('depositAccount=00000000 status=pending')).toEqual([]);
  });

  it('reports a toll-free number under a person’s phone key, not one printed as a support line', () => {
    const n = `(888) ${2 + randomInt(7)}${str(DIG, 2)}-${str(DIG, 4)}`;
    expect(found(`{"profile":{"login":"u${str(DIG, 4)}","mobilePhone":"${n}"}}`, n)).toBe(true);
    expect(clean(`Questions? Call our help desk at ${n}`)).toEqual([]);
  });
});

describe('round r64: identity credentials', () => {
  it('finds SecureString passwords after their flags and ldap3 simple binds; not variables or None', () => {
    const [a, b] = [pw(), pw()];
    expect(found(`Invoke-Command { $s = ConvertTo-SecureString -AsPlainText -Force "${a}" }`, a)).toBe(true);
    expect(found(`ldap3 DEBUG BIND request <{'name': 'uid=scanner', 'authentication': {'simple': '${b}', 'sasl': None}}>`, b)).toBe(true);
    expect(clean('ConvertTo-SecureString -AsPlainText "$env:SVC_PASSWORD" -Force')).toEqual([]);
    expect(clean("BIND request <{'authentication': {'sasl': None, 'simple': '<stripped 17 characters of sensitive data>'}}>")).toEqual([]);
  });

  it('finds agent keys, CamelCase-labelled tokens, TOTP seeds and Keycloak secretData; not ids or placeholders', () => {
    const [k, t, s, c] = [mix(40), mix(48), str(B32, 32), mix(20)];
    expect(found(`AD agent config: agent_key: "${k}"`, k)).toBe(true);
    expect(found(`payroll import failed (LoketToken ${t})`, t)).toBe(true);
    expect(found(`{"factor":"totp","shared_secret":"${s}"}`, s)).toBe(true);
    expect(found(`"secretData" : "{\\"value\\":\\"${c}\\"}"`, c)).toBe(true);
    expect(clean('agentKey=${OKTA_AGENT_KEY}')).toEqual([]);
    expect(clean(`request (CorrelationToken ${str(DIG, 32)}) ok`)).toEqual([]);
    expect(clean('"sharedSecret":"AAAAAAAAAAAAAAAAAAAA"')).toEqual([]);
  });

  it('finds letters-only recovery codes in a list; keeps XML-DSig values, Vault audit HMACs and replacement slots clean', () => {
    const code = `${str(LO, 4)}-${str(LO, 4)}-${str(LO, 4)}`;
    expect(found(`backup codes for the shared inbox:\n  ${mix(4).toLowerCase()}-${str(LO, 4)}-${str(DIG, 4)}\n  ${code}\n`, code)).toBe(true);
    expect(clean(`<ds:SignedInfo/><ds:SignatureValue>${str(B62, 120)}==</ds:SignatureValue>`)).toEqual([]);
    expect(clean(`<ds:DigestValue>${str(B62, 43)}=</ds:DigestValue>`)).toEqual([]);
    expect(clean(`{"response":{"data":{"data":{"password":"hmac-sha256:${str('0123456789abcdef', 64)}"}}}} vault`)).toEqual([]);
    expect(clean('TOKEN_MAP=\'{"API_SECRET":"##API_SECRET##","DB_PASSWORD":"@@DB_PASSWORD@@","SMTP_PASSWORD":"#{SMTP_PASSWORD}#"}\'')).toEqual([]);
    expect(clean(`user: ${str(UP, 1)}${str(LO, 5)}`)).toEqual([]);
  });
});

import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r64 (blind set 64: identity, SSO and user provisioning): a sample for each of the round's detectors
 * (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const given = (r: Rng): string => r.pick(['Perpetua', 'Oswin', 'Haldis', 'Barnaby', 'Isolde', 'Evander']);
const family = (r: Rng): string => r.pick(['Quennell', 'Arkwright', 'Vanterpool', 'Meiklejohn', 'Drummond', 'Trevelyan']);
const person = (r: Rng): string => `${given(r)} ${family(r)}`;
const viet = (r: Rng): string => `${r.pick(['Thảo', 'Hương', 'Phượng', 'Dũng'])} ${r.pick(['Nguyễn', 'Trương', 'Đặng', 'Phạm'])}`;
const pw = (r: Rng): string => `${r.str(UPPER, 2)}${r.str(LOWER, 3)}${r.pick(['#', '%', '~', '!'])}${r.str(B62, 8)}${r.str(DIG, 2)}`;
const gen = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const dob = (r: Rng): string => `19${r.int(50, 99)}-0${r.int(1, 9)}-${r.int(10, 28)}`;

/** Samples of the round-r64 detectors, keyed by detector id. */
export const R64_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'person-name-user-display-name-key': (r) => ['{"riskEventType":"unfamiliarFeatures","memberDisplayName":"', person(r), `","riskLevel":"medium","id":"${r.str(DIG, 6)}"}`],
  'person-name-attribute-list-name-value': (r) => ['AdminUpdateUserAttributes input: [{"Name":"name","Value":"', person(r), '"},{"Name":"locale","Value":"en-GB"}]'],
  'person-name-ldap-dn-people-container': (r) => ['slapd: conn=1042 op=3 MOD dn="cn=', person(r), ',ou=Staff,dc=school,dc=local"'],
  'person-name-before-angle-mailbox': (r) => ['jira-sync: deprovisioned ', person(r), ` <u${r.str(DIG, 4)}@corvid-mail.net> from 3 projects`],
  'person-name-vietnamese-identity-attribute': (r) => ['shibboleth: <saml2:Attribute Name="cn" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri"><saml2:AttributeValue>', viet(r), '</saml2:AttributeValue></saml2:Attribute>'],
  'cardholder-name-embossing-line': (r) => ['card order preview: {"personalization": {"name_line_2": {"value": "', person(r), `"}}, "last4": "${r.str(DIG, 4)}"}`],
  'birth-date-in-attribute-array': (r) => ['user attributes after import:\n  "birthday": [\n    "', dob(r), '"\n  ],'],
  'birth-date-provisioning-modified-property': (r) => ['{"modifiedProperties":[{"displayName":"birthDate","oldValue":null,"newValue":"', dob(r), '"}]}'],
  'national-id-workday-element': (r) => ['Put_Applicant payload: <bsvc:National_ID_Data><bsvc:ID>', `${r.pick(['AB', 'CE', 'JK'])}${r.str(DIG, 6)}C`, '</bsvc:ID><bsvc:ID_Type_Reference/></bsvc:National_ID_Data>'],
  'bank-account-direct-deposit-key': (r) => ['payroll bridge: changed fields {"depositAccount":"', `${r.int(1, 9)}${r.str(DIG, 9)}`, '","split":100}'],
  'powershell-securestring-plaintext-after-flags': (r) => ["PS> New-LocalUser -Name kiosk -Password (ConvertTo-SecureString -AsPlainText '", pw(r), "' -Force)"],
  'ldap3-simple-bind-password': (r) => ['ldap3 BIND request {"version": 3, "name": "uid=reader", "authentication": {"simple": "', pw(r), '", "sasl": null}}'],
  'agent-connector-key-assignment': (r) => ['connector.properties loaded: connector_token=', gen(r, 36), ' tenant=acme'],
  'camelcase-token-label-in-parentheses': (r) => ['sync aborted (NmbrsToken ', gen(r, 40), ') employee 4411 skipped'],
  'totp-seed-under-key': (r) => ['enrol debug: totp_secret=', r.str(B32, 32), ' issuer=Acme'],
  'keycloak-credential-secret-data': (r) => ['{"type":"otp","secretData":"{\\"value\\":\\"', gen(r, 20), '\\"}","credentialData":"{}"}'],
};

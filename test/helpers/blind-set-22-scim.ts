import { person22, ssn22, type Person22 } from './blind-set-22-people';
import { ghToken22, opaque22, pass22 } from './blind-set-22-values';
import { cred, iso22, pers, pos, type PosCase22, type Rng22 } from './blind-set-22-types';

const scimUser = (r: Rng22, p: Person22, extra: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
  externalId: r.uuid(),
  userName: p.email,
  name: { givenName: p.first, familyName: p.last, formatted: p.name },
  emails: [{ value: p.email, type: 'work', primary: true }],
  phoneNumbers: [{ value: p.phone, type: 'mobile' }],
  addresses: [{ type: 'home', streetAddress: p.street, locality: p.city, postalCode: p.postal, country: p.country }],
  'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': {
    employeeNumber: p.employeeId,
    costCenter: `CC-${r.int(1000, 9999)}`,
    department: 'Finance',
    manager: { value: r.uuid(), displayName: 'Hiring Manager' },
  },
  active: true,
  ...extra,
});

export const scimCases: Record<string, PosCase22> = {
  'create-user-password': (r, id) => {
    const p = person22(r);
    const pw = pass22(r);
    const body = JSON.stringify(scimUser(r, p, { password: pw }), null, r.pick([0, 2]));
    return pos(
      id,
      `${iso22(r)} ERROR scim-bridge: POST https://api.${r.pick(['slack.com', 'zoom.us', 'atlassian.com'])}/scim/v2/Users -> 400 {"detail":"Attribute 'addresses' is not supported","status":"400"}\nrequest: ${body}`,
      cred('password', pw),
      pers('email', p.email),
      pers('phone', p.phone),
      pers('street-address', p.street),
    );
  },
  'patch-password-phone': (r, id) => {
    const p = person22(r);
    const pw = pass22(r);
    const op = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
      Operations: [
        { op: 'replace', path: 'password', value: pw },
        { op: 'replace', path: 'phoneNumbers[type eq "mobile"].value', value: p.phone },
      ],
    };
    return pos(id, `PATCH /scim/v2/Users/${r.uuid()} 500 (${r.int(40, 900)}ms) okta-provisioning body=${JSON.stringify(op)}`, cred('password', pw), pers('phone', p.phone));
  },
  'uniqueness-409': (r, id) => {
    const p = person22(r);
    return pos(
      id,
      `${iso22(r)} WARN Okta provisioning to "GitHub EMU": Automatic provisioning of user ${p.name} to app failed: Error while creating user ${p.email}: {"schemas":["urn:ietf:params:scim:api:messages:2.0:Error"],"scimType":"uniqueness","detail":"User with userName ${p.email} already exists","status":"409"}`,
      pers('email', p.email),
    );
  },
  'scim-bearer': (r, id) => {
    const t = r.pick([ghToken22(r), opaque22(r, 40), `scim-${r.b62(48)}`]);
    return pos(
      id,
      `${iso22(r)} ERROR provisioning job ${r.uuid()} paused: 401 from https://scim.vendor.io/v2/Users (Authorization: Bearer ${t}) — token expired or revoked`,
      cred('scim-bearer-token', t),
    );
  },
  'bulk-users': (r, id) => {
    const a = person22(r);
    const b = person22(r);
    const ops = {
      schemas: ['urn:ietf:params:scim:api:messages:2.0:BulkRequest'],
      Operations: [a, b].map((p, i) => ({ method: 'POST', path: '/Users', bulkId: `u${i}`, data: { userName: p.email, phoneNumbers: [{ value: p.phone }] } })),
    };
    return pos(id, `scim bulk request rejected (413 payload too large at 1MB limit), first ops: ${JSON.stringify(ops)}`, pers('email', a.email), pers('email', b.email));
  },
  'custom-extension': (r, id) => {
    const p = person22(r);
    const ssn = ssn22(r);
    const ext = { 'urn:ietf:params:scim:schemas:extension:brightlake:2.0:User': { nationalId: ssn, dateOfBirth: p.birth, homePhone: p.phone } };
    return pos(
      id,
      `${iso22(r)} ERROR [scim] schema validation: unknown attribute dateOfBirth in ${JSON.stringify(ext)} (userName=${p.email})`,
      pers('ssn', ssn),
      pers('birth-date', p.birth),
      pers('phone', p.phone),
    );
  },
};

import { aba22, bsn22, card22, dni22, iban22, nino22, nir22, person22, personnummer22, sortCode22, spaced22, ssn22 } from './blind-set-22-people';
import { cred, fin, iso22, once22, pers, pos, type PosCase22 } from './blind-set-22-types';
import { clientSecret22 } from './blind-set-22-values';

export const hrCases: Record<string, PosCase22> = {
  'workday-us-worker': (r, id) =>
    once22(() => {
      const p = person22(r);
      const ssn = ssn22(r);
      const rt = aba22(r);
      const acct = r.digits(r.int(9, 12));
      return pos(
        id,
        `${iso22(r)} ERROR workday-okta-sync: Worker ${p.employeeId} import failed — attribute mapping error on 'Home_Address'\n<wd:Worker_Data><wd:Personal_Data><wd:Legal_Name>${p.name}</wd:Legal_Name><wd:National_ID type="USA-SSN">${ssn}</wd:National_ID><wd:Birth_Date>${p.birth}</wd:Birth_Date><wd:Address_Line_1>${p.street}</wd:Address_Line_1></wd:Personal_Data><wd:Payment_Election><wd:Routing_Transit_Number>${rt}</wd:Routing_Transit_Number><wd:Account_Number>${acct}</wd:Account_Number><wd:Account_Type>Checking</wd:Account_Type></wd:Payment_Election></wd:Worker_Data>`,
        pers('ssn', ssn),
        pers('birth-date', p.birth),
        pers('street-address', p.street),
        fin('aba-routing', rt),
        fin('bank-account', acct),
      );
    }),
  'bamboohr-webhook': (r, id) =>
    once22(() => {
      const p = person22(r);
      const rt = aba22(r);
      const acct = r.digits(r.int(8, 12));
      const ssn = ssn22(r);
      const body = {
        employees: [
          {
            id: String(r.int(100, 9999)),
            action: 'Updated',
            changedFields: ['SSN', 'Routing Number', 'Account Number'],
            fields: { 'First Name': p.first, 'Last Name': p.last, SSN: ssn, 'Routing Number': rt, 'Account Number': acct, 'Home Phone': p.phone },
          },
        ],
      };
      return pos(
        id,
        `${iso22(r)} WARN bamboohr-webhook: signature mismatch, payload dropped: ${JSON.stringify(body)}`,
        pers('ssn', ssn),
        fin('aba-routing', rt),
        fin('bank-account', acct),
        pers('phone', p.phone),
      );
    }),
  'hibob-bank': (r, id) => {
    const p = person22(r);
    const iban = iban22(r, r.pick(['GB', 'DE', 'NL', 'FR']));
    const body = {
      id: r.digits(19),
      email: p.email,
      financial: { bankAccount: { accountHolder: p.name, iban, bic: r.pick(['NWBKGB2L', 'DEUTDEFF', 'ABNANL2A', 'BNPAFRPP']) } },
      personal: { birthDate: p.birth },
    };
    return pos(id, `HiBob → Okta attribute sync ${iso22(r)}: rejected field "financial" (not mapped) payload=${JSON.stringify(body)}`, fin('iban', iban), pers('birth-date', p.birth));
  },
  'personio-attributes': (r, id) => {
    const p = person22(r);
    const iban = iban22(r, 'DE');
    const shown = r.next() < 0.5 ? iban : spaced22(iban);
    const attrs = {
      first_name: { label: 'First name', value: p.first },
      dynamic_1184: { label: 'IBAN', value: shown },
      dynamic_1190: { label: 'Geburtsdatum', value: `${p.birth}T00:00:00+02:00` },
      dynamic_1201: { label: 'Private Adresse', value: `${p.street}, ${p.postal} ${p.city}` },
    };
    return pos(
      id,
      `${iso22(r)} ERROR personio-sync: GET /v1/company/employees/${r.int(100000, 999999)} -> mapping failed for HiBob import; attributes=${JSON.stringify(attrs)}`,
      fin('iban', shown),
      pers('birth-date', p.birth),
      pers('home-address', `${p.street}, ${p.postal} ${p.city}`),
    );
  },
  'rippling-intl': (r, id) => {
    const p = person22(r);
    const iban = iban22(r, r.pick(['ES', 'FR', 'SE']));
    const nid = iban.startsWith('ES') ? dni22(r) : iban.startsWith('FR') ? nir22(r) : personnummer22(r);
    return pos(
      id,
      `rippling-idp-sync[${r.int(100, 999)}]: employee ${p.employeeId} (${p.email}) skipped: custom field "tax_id" too long\n  payroll: { bankAccount: { iban: "${iban}" }, taxId: "${nid}", dob: "${p.birth}" }`,
      fin('iban', iban),
      pers('national-id', nid),
      pers('birth-date', p.birth),
    );
  },
  'uk-payroll': (r, id) =>
    once22(() => {
      const p = person22(r);
      const sc = sortCode22(r);
      const acct = r.digits(8);
      const ni = nino22(r);
      const text =
        r.next() < 0.5
          ? `${iso22(r)} ERROR payroll-export (BACS): employee ${p.employeeId} — sort code ${sc} account ${acct} failed modulus check; NI number ${ni}`
          : `{"level":"error","msg":"bank details rejected","employee":{"ni_number":"${ni}","bank":{"sort_code":"${sc}","account_number":"${acct}","account_name":"${p.name}"}}}`;
      return pos(id, text, fin('sort-code', sc), fin('bank-account', acct), pers('nino', ni));
    }),
  'nl-onboarding': (r, id) => {
    const p = person22(r);
    const bsn = bsn22(r);
    const iban = iban22(r, 'NL');
    return pos(
      id,
      `AFAS → Entra ID onboarding flow failed at step "CreateUser" (${iso22(r)})\nInput: {"Medewerker":"${p.employeeId}","Naam":"${p.name}","BSN":"${bsn}","IBAN":"${spaced22(iban)}","Geboortedatum":"${p.birth}"}`,
      pers('bsn', bsn),
      fin('iban', spaced22(iban)),
      pers('birth-date', p.birth),
    );
  },
  'concur-card': (r, id) => {
    const p = person22(r);
    const pan = card22(r);
    return pos(
      id,
      `${iso22(r)} ERROR SAP Concur user provisioning (SCIM /Users): 400 "CorporateCard.CardNumber must be masked" for ${p.email}\n  "urn:ietf:params:scim:schemas:extension:spend:2.0:User": {"corporateCard": {"cardNumber": "${pan}", "nameOnCard": "${p.name.toUpperCase()}"}}`,
      fin('card-number', pan),
    );
  },
  'auth0-app-metadata': (r, id) => {
    const p = person22(r);
    const iban = iban22(r);
    const meta = { app_metadata: { payout: { iban, holder: p.name }, roles: ['seller'] }, user_metadata: { phone: p.phone } };
    return pos(id, `Auth0 Log type=sapi "Update a user" details.request.body=${JSON.stringify(meta)} user_id=auth0|${r.hex(24)}`, fin('iban', iban), pers('phone', p.phone));
  },
  'cognito-custom-attrs': (r, id) => {
    const p = person22(r);
    const iban = iban22(r);
    const pan = card22(r);
    return pos(
      id,
      `{"errorType":"InvalidParameterException","errorMessage":"Attribute value for custom:card_pan must be no longer than 16 characters","userAttributes":[{"Name":"email","Value":"${p.email}"},{"Name":"custom:iban","Value":"${iban}"},{"Name":"custom:card_pan","Value":"${pan}"}]}`,
      pers('email', p.email),
      fin('iban', iban),
      fin('card-number', pan),
    );
  },
  'adp-sync-secret': (r, id) => {
    const s = clientSecret22(r, 36);
    const rt = aba22(r);
    const acct = r.digits(10);
    return pos(
      id,
      `adp-connector: token request failed (client_secret=${s}) while pushing direct deposit {routingNumber: ${rt}, accountNumber: ${acct}, type: "checking"}`,
      cred('oauth-client-secret', s),
      fin('aba-routing', rt),
      fin('bank-account', acct),
    );
  },
  'gusto-payroll-csv': (r, id) => {
    const rows: string[] = [];
    const vals = [];
    for (let i = 0; i < 2; i++) {
      const p = person22(r);
      const rt = aba22(r);
      const acct = r.digits(r.int(9, 12));
      rows.push(`${p.employeeId},${p.email},${rt},${acct},checking`);
      vals.push(fin('aba-routing', rt), fin('bank-account', acct), pers('email', p.email));
    }
    return pos(id, `rippling→gusto reconcile: 2 rows differ\nemployee_id,work_email,routing_number,account_number,account_type\n${rows.join('\n')}`, ...vals);
  },
};

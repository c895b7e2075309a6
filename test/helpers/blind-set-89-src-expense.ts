import { card, expiry, iban, aba, account, amount } from './blind-set-89-money';
import { email, person } from './blind-set-89-people';
import { jwt, T } from './blind-set-89-tokens';
import type { Source89 } from './blind-set-89-types';

/** Travel expense platforms: SAP Concur (card feeds, extracts, Expense Pay, OAuth) and Navan exports. */
export const concur: Source89 = {
  name: 'concur',
  weight: 1.6,
  env: [
    { words: ['concur', 'client', 'secret'], kind: 'client_secret', make: (r) => r.uuid() },
    { words: ['concur', 'refresh', 'token'], kind: 'refresh_token', make: T.concurRefresh },
  ],
  printers: [
    (c) => {
      const p = person(c.r);
      const cd = card(c.r, 'plain');
      const [mm, yy] = expiry(c.r);
      return `card-feed import error line ${c.r.int(2, 4000)} (unknown MCC): EMP${c.r.num(6)}|${c.pii(p.familyA, 'name')}|${c.pii(p.givenA, 'name')}|${c.fin(cd.printed, 'card')}|${mm}${yy}|2025-03-1${c.r.int(0, 9)}|${c.r.pick(['IBERIA LAE', 'MARRIOTT PARIS', 'HERTZ LAX', 'UBER *TRIP'])}|${amount(c.r)}|EUR|${c.r.num(4)}`;
    },
    (c) => `POST https://us.api.concursolutions.com/oauth2/v0/token 401 {"error":"invalid_grant","error_description":"Invalid credentials","code":2}
grant_type=password&client_id=${c.r.uuid()}&client_secret=${c.cred(c.r.uuid(), 'client_secret')}&username=${c.r.uuid()}&password=${c.cred(c.r.uuid(), 'password')}&credtype=authtoken`,
    (c) => `concur api 403 "Insufficient scope" GET /expensereports/v4/users/${c.r.uuid()}/context/TRAVELER/reports
Authorization: Bearer ${c.cred(jwt(c.r, { sub: c.r.uuid(), 'concur.scopes': ['expense.report.read'], 'concur.type': 'user', iss: 'https://us.api.concursolutions.com' }, 'RS256'), 'jwt')}
refresh_token=${c.cred(T.concurRefresh(c.r), 'refresh_token')}`,
    (c) => {
      const p = person(c.r);
      const us = c.r.chance(0.5);
      return `ExpensePay batch ${c.r.num(8)} rejected payee: {"employee":"${c.pii(p.full, 'name')}","email":"${c.pii(email(c.r, p), 'email')}",${us ? `"routingNumber":"${c.fin(aba(c.r), 'aba_routing')}","accountNumber":"${c.fin(account(c.r), 'bank_account')}","accountType":"CHECKING"` : `"iban":"${c.fin(iban(c.r), 'iban')}","bic":"${c.r.upper(4)}${c.r.pick(['DE', 'ES', 'FR', 'NL'])}${c.r.upnum(2)}"`},"amount":"${amount(c.r)}","reason":"R03 No account/unable to locate account"}`;
    },
    (c) => {
      const p = person(c.r);
      return `SAE extract row failed GL mapping: DETAIL|${c.r.num(6)}|${c.pii(p.familyA, 'name')}|${c.pii(p.givenA, 'name')}|${c.r.upper(1)}|${c.r.num(6)}|${c.fin(iban(c.r, false), 'iban')}|${c.r.upper(2)}${c.r.num(4)}|AIRFR|${amount(c.r)}|EUR`;
    },
  ],
};

export const navan: Source89 = {
  name: 'navan',
  weight: 1.3,
  env: [{ words: ['navan', 'api', 'key'], kind: 'api_key', make: T.navan }],
  printers: [
    (c) => `GET https://api.navan.com/v1/bookings?status=TICKETED 401 {"error":"invalid_token"}
Authorization: Bearer ${c.cred(T.navan(c.r), 'api_key')}`,
    (c) => {
      const p = person(c.r);
      const cd = card(c.r, c.r.pick(['plain', 'dash', 'space']));
      return `navan transactions csv: row ${c.r.int(2, 800)} skipped (missing cost center)
"${c.r.upnum(10)}","${c.pii(p.full, 'name')}","${c.pii(email(c.r, p), 'email')}","${c.r.pick(['Flight', 'Hotel', 'Car'])}","${amount(c.r)}","USD","${c.fin(cd.printed, 'card')}","${cd.brand}"`;
    },
    (c) => {
      const p = person(c.r);
      const cd = card(c.r, 'plain');
      const [mm, yy] = expiry(c.r);
      return `virtual-card issue: {"traveler":{"name":"${c.pii(p.full, 'name')}","email":"${c.pii(email(c.r, p), 'email')}"},"card":{"pan":"${c.fin(cd.printed, 'card')}","exp":"${mm}/${yy}","brand":"${cd.brand}"},"merchant":"${c.r.pick(['Hilton Garden Inn', 'Sixt', 'Lufthansa'])}"} -> merchant declined, card cancelled`;
    },
  ],
};

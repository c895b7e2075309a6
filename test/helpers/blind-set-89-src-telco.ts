import { xmlEsc as x } from './blind-set-89-enc';
import { eid, iccid, imei, imsi } from './blind-set-89-ids';
import { address, email, person, phone } from './blind-set-89-people';
import { T } from './blind-set-89-tokens';
import type { Source89 } from './blind-set-89-types';

/** Carrier operations: number porting (LNP) with account PINs, eSIM activation and SIM provisioning. */
export const lnp: Source89 = {
  name: 'lnp',
  env: [{ words: ['port', 'api', 'token'], kind: 'api_key', make: (r) => r.alnum(40) }],
  printers: [
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      const [e164] = phone(c.r, 'us');
      return `port-in ${c.r.uuid()} rejected by losing carrier: 6F "Account PIN does not match" request={"btn":"${c.pii(e164, 'phone')}","accountNumber":"${c.pii(c.r.num(9), 'account_number')}","accountPin":"${c.cred(T.pin(c.r), 'port_pin')}","authorizedName":"${c.pii(p.full, 'name')}","serviceAddress":{"street":"${c.pii(a.line1, 'address')}","city":"${a.city}","state":"${a.state}","zip":"${a.zip}"},"targetPortInDate":"2025-10-14"}`;
    },
    (c) => {
      const p = person(c.r);
      const [e164] = phone(c.r, 'us');
      return `LNP order validation failed (7518: Invalid PIN format) <LnpOrder><BillingTelephoneNumber>${c.pii(e164.slice(2), 'phone')}</BillingTelephoneNumber><Subscriber><SubscriberType>RESIDENTIAL</SubscriberType><FirstName>${x(c.pii(p.given, 'name'))}</FirstName><LastName>${x(c.pii(p.family, 'name'))}</LastName></Subscriber><LoaAuthorizingPerson>${x(c.pii(p.full, 'name'))}</LoaAuthorizingPerson><ListOfPhoneNumbers><PhoneNumber>${e164.slice(2)}</PhoneNumber></ListOfPhoneNumbers><AccountNumber>${c.pii(c.r.num(10), 'account_number')}</AccountNumber><PinNumber>${c.cred(T.pin(c.r), 'port_pin')}</PinNumber></LnpOrder>`;
    },
    (c) => `number-transfer: customer requested transfer PIN via app; pin=${c.cred(T.pin(c.r), 'port_pin')} msisdn=${c.pii(phone(c.r)[0], 'phone')} expires_in=7d (audit ${c.r.uuid()})`,
  ],
};

export const esim: Source89 = {
  name: 'esim',
  weight: 1.2,
  env: [{ words: ['smdp', 'es2plus', 'client', 'secret'], kind: 'client_secret', make: (r) => r.alnum(32) }],
  printers: [
    (c) => {
      const code = T.lpa(c.r);
      const mid = code.split('$')[2]!;
      c.cred(code, 'esim_activation_code');
      return `ES2+ confirmOrder ok but QR render failed: {"header":{"functionExecutionStatus":{"status":"Executed-Success"}},"iccid":"${c.pii(iccid(c.r), 'iccid')}","eid":"${c.pii(eid(c.r), 'eid')}","matchingId":"${c.cred(mid, 'esim_matching_id')}","smdpAddress":"${code.split('$')[1]}"}
activationCode=${code}`;
    },
    (c) => {
      const p = person(c.r);
      return `travel-esim: sent install email to ${c.pii(email(c.r, p), 'email')} for order ${c.r.upnum(10)}; activation code ${c.cred(T.lpa(c.r), 'esim_activation_code')} (SMTP 451 deferred, will retry)`;
    },
    (c) => `sim-provisioning: HSS attach rejected (Unknown IMSI) imsi=${c.pii(imsi(c.r), 'imsi')} iccid=${c.pii(iccid(c.r), 'iccid')} imei=${c.pii(imei(c.r), 'imei')} msisdn=${c.pii(phone(c.r)[0].slice(1), 'phone')} ki_ref=${c.r.hex(8)} apn=travel.data`,
    (c) => {
      const p = person(c.r);
      const a = address(c.r);
      return `device-activation 409 {"error":"IMEI already active on another line","imei":"${c.pii(imei(c.r), 'imei')}","subscriber":{"name":"${c.pii(p.full, 'name')}","address":"${c.pii(a.line1, 'address')}","email":"${c.pii(email(c.r, p), 'email')}"}}`;
    },
  ],
};

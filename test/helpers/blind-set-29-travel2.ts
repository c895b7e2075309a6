import type { Rng9 } from './blind-set-9-rng';
import type { PosTemplate29 } from './blind-set-29-types';
import { CRED, awkwardPassword, jsonEsc } from './blind-set-29-tokens';
import { address, card, dob, email, passport, phone } from './blind-set-29-values';
import { prefix, shuffle, some, traceId } from './blind-set-29-noise';
import { licence, nationalId } from './blind-set-29-ids';

const loc = (r: Rng9): string => r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 6);
const iata = (r: Rng9): string => r.pick(['LHR', 'JFK', 'CDG', 'FRA', 'MAD', 'GRU', 'YYZ', 'SIN', 'BOM', 'SYD', 'AMS', 'WAW']);
const cc = (r: Rng9): string => r.pick(['GBR', 'USA', 'DEU', 'IND', 'FRA', 'CAN', 'AUS', 'BRA', 'ESP', 'NLD']);

/** Hotel, car rental, visa and booking-infrastructure templates (second half of the travel area). */
export const TRAVEL2_29: PosTemplate29[] = [
  {
    source: 'expedia',
    name: 'rapid-signature',
    make: (r, b) => {
      const sec = CRED['expedia_secret']!(r);
      return [
        `${prefix(r, 'hotels-rapid')} Rapid shop request failed: 401 AuthenticationError`,
        `debug: apikey=${r.b62(25)} secret=${b.c('expedia_secret', sec)} timestamp=${1764900000 + r.int(0, 99999)}`,
        `Authorization: EAN APIKey=${r.b62(25)},Signature=${r.hex(128)},timestamp=${1764900000 + r.int(0, 99999)}`,
        `Customer-Ip: 10.${r.int(0, 255)}.${r.int(0, 255)}.${r.int(1, 254)}`,
      ].join('\n');
    },
  },
  {
    source: 'opera',
    name: 'ohip-reservation',
    make: (r, b) => {
      const c = card(r);
      return [
        `${prefix(r, 'pms-opera')} OHIP postReservation failed: 400 ${r.pick(['INVALID_GUARANTEE', 'CARD_DECLINED'])}`,
        `x-app-key: ${r.uuid()}`,
        `guest.profile.birthDate=${b.p('dob', dob(r, 'iso'))}`,
        `guest.addressLine=${b.p('address', address(r))}`,
        `paymentMethod: {"cardType":"${c.brand.slice(0, 2)}","cardNumber":"${b.f('card', c.pan)}","expirationDate":"20${r.int(27, 31)}-${String(r.int(1, 12)).padStart(2, '0')}-28"}`,
        ...some(r, 0.5, () => `guest.email=${b.p('email', email(r))}`),
      ].join('\n');
    },
  },
  {
    source: 'mews',
    name: 'connector-api',
    make: (r, b) =>
      `${prefix(r, 'pms-mews')} Mews Connector API error ` +
      JSON.stringify(
        {
          ClientToken: b.c('mews_token', `${r.hex(32).toUpperCase()}-${r.hex(31).toUpperCase()}`),
          AccessToken: b.c('mews_token', `${r.hex(32).toUpperCase()}-${r.hex(31).toUpperCase()}`),
          Client: 'Wanderly 1.0',
          Customer: { Email: b.p('email', email(r)), BirthDate: b.p('dob', dob(r, 'iso')), Phone: b.p('phone', phone(r)) },
        },
        null,
        r.pick([0, 2]),
      ),
  },
  {
    source: 'cloudbeds',
    name: 'oauth-refresh',
    make: (r, b) =>
      [
        `${prefix(r, 'pms-cloudbeds')} token refresh failed`,
        `POST https://hotels.cloudbeds.com/api/v1.2/access_token`,
        `grant_type=refresh_token&client_id=live1_${r.digits(6)}_${r.b62(20)}&client_secret=${b.c('client_secret', r.b62(32))}&refresh_token=${b.c('refresh_token', r.b62(43))}`,
        `<- 400 {"error":"invalid_grant"}`,
      ].join('\n'),
  },
  {
    source: 'carrental',
    name: 'driver-details',
    make: (r, b) =>
      [
        `${prefix(r, 'cars')} supplier rejected booking ${loc(r)}: DRIVER_LICENCE_INVALID`,
        ...shuffle(r, [
          `driver.licenceNumber: ${b.p('dl', licence(r))}`,
          `driver.dateOfBirth: ${b.p('dob', dob(r, 'eu'))}`,
          `driver.address: ${b.p('address', address(r))}`,
          `driver.mobile: ${b.p('phone', phone(r))}`,
        ]),
        `supplier=${r.pick(['HZ', 'ZE', 'ZI', 'ET'])} pickup=${iata(r)} trace=${traceId(r)}`,
      ].join('\n'),
  },
  {
    source: 'visa',
    name: 'eta-check',
    make: (r, b) => {
      const n = nationalId(r);
      return [
        `${prefix(r, 'visa-checker')} ETA eligibility call failed ${r.pick(['503', '500', '429'])}`,
        `payload=${JSON.stringify({ passportNumber: b.p('passport', passport(r)), dateOfBirth: b.p('dob', dob(r, 'iso')), nationality: cc(r), [n.label]: b.p(n.kind, n.value), email: b.p('email', email(r)) })}`,
        `api_key=${b.c('api_key', r.b62(40))}`,
      ].join('\n');
    },
  },
  {
    source: 'booking',
    name: 'connectivity-sftp',
    make: (r, b) => {
      const pw = r.urlPassword(r.int(12, 20));
      return [
        `${prefix(r, 'rates-sync')} paramiko.ssh_exception.AuthenticationException: Authentication failed.`,
        `  connecting to sftp://${r.pick(['wanderly_rates', 'bkg_export'])}:${b.c('password', pw)}@sftp.partner-rates.example.net:22/outbound`,
        `  retry ${r.int(1, 5)}/5 in ${r.int(2, 60)}s`,
      ].join('\n');
    },
  },
  {
    source: 'booking',
    name: 'db-url',
    make: (r, b) => {
      const pw = awkwardPassword(r);
      return [
        `Error: connect ECONNREFUSED`,
        `    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)`,
        `BOOKINGS_DB_URL=postgres://booking_rw:${b.c('password~url', encodeURIComponent(pw))}@bookings-db.internal:5432/bookings?sslmode=require`,
      ].join('\n');
    },
  },
  {
    source: 'loyalty',
    name: 'profile-sync',
    make: (r, b) =>
      `${prefix(r, 'loyalty')} partner profile sync failed: "${jsonEsc(JSON.stringify({ memberNumber: r.digits(10), tier: 'GOLD', email: 'EMAIL', homeAddress: 'ADDR' }))}"`
        .replace('EMAIL', b.p('email', email(r)))
        .replace('ADDR', b.p('address', address(r))),
  },
];

import { imei, imsi } from './blind-set-89-ids';
import { person, phone } from './blind-set-89-people';
import { T } from './blind-set-89-tokens';
import type { Case89, Source89 } from './blind-set-89-types';

/** Voice infrastructure: SIP traces and configs (Asterisk, FreeSWITCH, Kamailio), CDRs, SMPP binds. */
const ip = (c: Case89): string => `${c.r.pick(['203.0.113', '198.51.100', '192.0.2'])}.${c.r.int(2, 250)}`;
const digest = (c: Case89, user: string, uri: string): string =>
  `Authorization: Digest username="${user}", realm="pbx.tripcraft.io", nonce="${c.r.hex(8)}-${c.r.hex(4)}", uri="${uri}", response="${c.r.hex(32)}", algorithm=MD5, cnonce="${c.r.hex(16)}", qop=auth, nc=00000001`;

export const sip: Source89 = {
  name: 'sip',
  weight: 1.4,
  env: [
    { words: ['sip', 'trunk', 'password'], kind: 'sip_password', make: (r) => r.password(12, 20) },
    { words: ['kamailio', 'db', 'password'], kind: 'password', make: T.pgPass },
  ],
  printers: [
    (c) => {
      const p = person(c.r);
      const [from] = phone(c.r);
      const src = ip(c);
      return `<--- Received SIP request (1184 bytes) from UDP:${src}:5060 --->
INVITE sip:+14155550142@pbx.tripcraft.io SIP/2.0
Via: SIP/2.0/UDP ${src}:5060;rport;branch=z9hG4bK-${c.r.hex(10)}
Max-Forwards: 70
From: "${c.pii(p.full, 'name')}" <sip:${c.pii(from, 'phone')}@sip.${c.r.pick(['movistar.es', 'sipgate.de', 'voip.ms', 'telnyx.com'])}>;tag=${c.r.hex(8)}
To: <sip:+14155550142@pbx.tripcraft.io>
Contact: <sip:${from}@${src}:5060;transport=UDP>
Call-ID: ${c.r.hex(24)}@${src}
CSeq: 2 INVITE
${digest(c, 'trunk-eu1', 'sip:+14155550142@pbx.tripcraft.io')}
Content-Type: application/sdp
Content-Length: 312
-- res_pjsip/pjsip_distributor.c:673 Request 'INVITE' from '<sip:${from}@${src}>' failed for '${src}:5060' - No matching endpoint found`;
    },
    (c) => {
      const p = person(c.r);
      const ext = c.r.int(2000, 2999);
      return `asterisk -rx "module reload chan_sip.so" failed; sip.conf around line ${c.r.int(40, 400)}:
[${ext}]
type=friend
host=dynamic
secret=${c.cred(c.r.password(12, 20), 'sip_password')}
context=from-internal
callerid="${c.pii(p.full, 'name')}" <${ext}>
mailbox=${ext}@default
nat=force_rport,comedia`;
    },
    (c) => `pjsip.conf: ERROR[${c.r.int(1000, 9999)}] res_sorcery_config.c: Could not create an object of type 'auth' with id 'trunk-auth'
[trunk-auth]
type=auth
auth_type=userpass
username=${c.r.pick(['tripcraft', 'acme_trunk', 'sbc01'])}${c.r.num(4)}
password=${c.cred(c.r.password(12, 20), 'sip_password')}
realm=${c.r.pick(['sip.twilio.com', 'sip.telnyx.com', 'voice.bandwidth.com'])}`,
    (c) => `[ERR] sofia_reg.c:${c.r.int(100, 3000)} carrier-eu Failed Registration with status Forbidden [403]. failure #3
<gateway name="carrier-eu"><param name="username" value="${c.r.num(8)}"/><param name="password" value="${c.cred(c.r.password(12, 20), 'sip_password')}"/><param name="realm" value="sip.carrier-eu.net"/><param name="register" value="true"/></gateway>`,
    (c) => {
      const p = person(c.r);
      return `${c.r.iso()} ERROR: auth_db [authorize.c:${c.r.int(100, 600)}]: digest_authenticate_hdr(): user "${c.r.lower(6)}" not found; From: "${c.pii(p.full, 'name')}" <sip:${c.pii(phone(c.r)[0], 'phone')}@tripcraft.io>
modparam("auth_db", "db_url", "mysql://kamailio:${c.cred(T.pgPass(c.r), 'password')}@db-sip.internal/kamailio")`;
    },
  ],
};

export const cdr: Source89 = {
  name: 'cdr',
  env: [{ words: ['cdr', 'database', 'url'], kind: 'password', make: T.pgPass }],
  printers: [
    (c) => {
      const p = person(c.r);
      const [from] = phone(c.r);
      return `cdr_csv import: row ${c.r.int(2, 90000)} has 17 fields, expected 18:
"","${c.pii(from, 'phone')}","+14155550142","from-trunk","""${c.pii(p.full, 'name')}"" <${from}>","PJSIP/trunk-0000${c.r.hex(4)}","PJSIP/2041-0000${c.r.hex(4)}","Dial","PJSIP/2041,30","2025-03-14 11:02:17","2025-03-14 11:02:21","2025-03-14 11:05:40",203,199,"ANSWERED","DOCUMENTATION","${c.r.num(10)}.${c.r.num(4)}"`;
    },
    (c) => `[cdr_pgsql] Unable to connect to database server postgres://asterisk:${c.cred(T.pgPass(c.r), 'password')}@cdr-db.internal:5432/asteriskcdrdb: FATAL: password authentication failed for user "asterisk"`,
    (c) => `mobile-cdr rating rejected record (unknown tariff): record_type=MOC served_msisdn=${c.pii(phone(c.r)[0].slice(1), 'phone')} served_imsi=${c.pii(imsi(c.r), 'imsi')} served_imei=${c.pii(imei(c.r), 'imei')} called=${c.r.pick(['18005551212', '112', '22222'])} duration=${c.r.int(1, 900)} cell=${c.r.int(1000, 9999)}-${c.r.int(10, 99999)}`,
  ],
};

export const smpp: Source89 = {
  name: 'smpp',
  env: [{ words: ['smpp', 'password'], kind: 'smpp_password', make: T.smpp }],
  printers: [
    (c) => `${c.r.iso()} [smpp-client] -> bind_transmitter seq=1 {system_id: 'tcraft${c.r.num(2)}', password: '${c.cred(T.smpp(c.r), 'smpp_password')}', system_type: 'VMA', interface_version: 52, addr_ton: 0, addr_npi: 0}
${c.r.iso()} [smpp-client] <- bind_transmitter_resp seq=1 command_status=0x0000000E (ESME_RINVPASWD)`,
    (c) => `kannel: ERROR: SMPP[carrier-eu]: SMSC rejected login to transmit, code 0x0000000d (Bind Failed).
group = smsc
smsc = smpp
smsc-id = carrier-eu
host = smpp.carrier-eu.net
port = 2775
smsc-username = tcraft${c.r.num(2)}
smsc-password = ${c.cred(T.smpp(c.r), 'smpp_password')}
system-type = VMA`,
    (c) => {
      const p = person(c.r);
      return `submit_sm_resp command_status=0x0000000B (ESME_RINVDSTADR) for submit_sm {source_addr: 'TripCraft', dest_addr_ton: 1, destination_addr: '${c.pii(phone(c.r)[0].slice(1), 'phone')}', short_message: 'Hola ${c.pii(p.given, 'name')}, tu traslado llega en 10 min'}
BindParameter[bindType=BIND_TX, systemId=tcraft${c.r.num(2)}, password=${c.cred(T.smpp(c.r), 'smpp_password')}, systemType=VMA]`;
    },
  ],
};

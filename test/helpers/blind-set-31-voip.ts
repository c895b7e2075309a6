import { ddHeader, isoTs, org, plainTs, privIp, pubIp, type Template31 } from './blind-set-31-case';
import { person } from './blind-set-31-people';

/** Asterisk, FreeSWITCH and Kamailio configuration and database material. */
export const VOIP_TEMPLATES: Template31[] = [
  {
    id: 'asterisk-pjsip-conf',
    make: (r, v) => {
      const trunkUser = `${org(r).replace(/-/g, '')}_${r.digits(4)}`;
      const e1 = r.int(101, 180);
      const e2 = e1 + r.int(1, 40);
      const host = r.pick(['sip.telnyx.com', 'sip.flowroute.com', 'trunk.voipms.net', 'sip.zadarma.com']);
      return `; /etc/asterisk/pjsip.conf  (diff posted in #voice-ops after "trunk unregistered" alert)
[${org(r)}-trunk-auth]
type=auth
auth_type=userpass
username=${trunkUser}
password=${v.c('sip-password', r.password(18))}

[${org(r)}-trunk-reg]
type=registration
outbound_auth=${org(r)}-trunk-auth
server_uri=sip:${host}
client_uri=sip:${trunkUser}@${host}
retry_interval=60

[${e1}]
type=auth
auth_type=userpass
username=${e1}
password=${v.c('sip-password', r.password(12))}

[${e2}]
type=auth
auth_type=userpass
username=${e2}
password = ${v.c('sip-password', r.humanPassword())}`;
    },
  },
  {
    id: 'asterisk-sip-conf-register',
    make: (r, v) => {
      const user = r.num(7);
      const sec = r.password(14);
      const host = r.pick(['sip.callcentric.net', 'atlanta.voip.ms', 'sip.sipgate.de', 'voice.bandwidth.com']);
      return `;; sip.conf (chan_sip, legacy depot PBX ${r.pick(['Leeds', 'Fresno', 'Tilburg', 'Parramatta'])})
[general]
context=from-trunk
allowguest=no
register => ${user}:${v.c('sip-password', sec)}@${host}/${user}

[provider]
type=peer
host=${host}
defaultuser=${user}
secret=${sec}
fromuser=${user}
insecure=port,invite
disallow=all
allow=ulaw,alaw

[yard-gate-phone]
type=friend
host=dynamic
secret=${v.c('sip-password', r.password(10))}
context=internal`;
    },
  },
  {
    id: 'freeswitch-directory-user',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'AU']));
      const ext = r.int(1000, 1999);
      return `<!-- conf/directory/default/${ext}.xml -->
<include>
  <user id="${ext}">
    <params>
      <param name="password" value="${v.c('sip-password', r.password(16))}"/>
      <param name="vm-password" value="${v.c('voicemail-pin', r.digits(r.int(4, 6)))}"/>
      <param name="vm-email-all-messages" value="true"/>
      <param name="vm-mailto" value="${v.p('email', p.email)}"/>
    </params>
    <variables>
      <variable name="toll_allow" value="domestic,local"/>
      <variable name="effective_caller_id_name" value="${v.p('person-name', p.name)}"/>
      <variable name="effective_caller_id_number" value="${ext}"/>
      <variable name="user_context" value="default"/>
      <variable name="callgroup" value="field-techs"/>
    </variables>
  </user>
</include>`;
    },
  },
  {
    id: 'freeswitch-sofia-gateway',
    make: (r, v) => {
      const user = `${r.pick(['acct', 'gw', 'trunk'])}${r.digits(6)}`;
      return `${sysTsLine(r)} freeswitch[${r.int(900, 9999)}]: [WARNING] sofia_reg.c:3212 ${org(r)}-gw Failed Registration with status Forbidden [403]. failure #${r.int(2, 40)}
--- conf/sip_profiles/external/${org(r)}.xml ---
<include>
  <gateway name="${org(r)}-gw">
    <param name="username" value="${user}"/>
    <param name="realm" value="${r.pick(['sip.twilio.com', 'sip.telnyx.com', 'pbx.ringcentral.com'])}"/>
    <param name="password" value="${v.c('sip-password', r.password(20))}"/>
    <param name="extension" value="${user}"/>
    <param name="expire-seconds" value="600"/>
    <param name="register" value="true"/>
    <param name="register-transport" value="tls"/>
    <param name="retry-seconds" value="30"/>
  </gateway>
</include>
fs_cli ESL password (event_socket.conf.xml): <param name="password" value="${v.c('password', r.password(14))}"/>`;
    },
  },
  {
    id: 'kamailio-subscriber-sql',
    make: (r, v) => {
      const dom = `sip.${org(r)}.net`;
      const rows = [0, 1].map(() => {
        const u = `tech${r.int(100, 999)}`;
        return `('${u}', '${dom}', '${v.c('sip-password', r.password(12))}', '${v.c('sip-ha1', r.hex(32))}', '${v.c('sip-ha1', r.hex(32))}')`;
      });
      return `${ddHeader(r, 'kamailio: auth_db failures after migration')}
-- migration 0042_import_field_handsets.sql (run by deploy job ${r.hex(7)})
INSERT INTO subscriber (username, domain, password, ha1, ha1b) VALUES
${rows.join(',\n')};
ERROR 1062 (23000) at line 3: Duplicate entry '${rows[0]!.slice(2, 9)}-${dom}' for key 'account_idx'`;
    },
  },
  {
    id: 'kamailio-cfg-defines',
    make: (r, v) => {
      const pw = r.urlPassword(16);
      return `#!KAMAILIO
## kamailio.cfg excerpt from config-drift report (${plainTs(r)})
#!define WITH_MYSQL
#!define WITH_AUTH
#!define WITH_NAT
#!define DBURL "mysql://kamailio:${v.c('password', pw)}@${privIp(r)}/kamailio"
#!substdef "!MY_IP_ADDR!${pubIp(r)}!g"
#!substdef "!RTPENGINE_SOCK!udp:${privIp(r)}:2223!g"
loadmodule "auth_db.so"
modparam("auth_db", "db_url", DBURL)
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
modparam("htable", "htable", "ipban=>size=8;autoexpire=300;")
modparam("topoh", "mask_key", "${v.c('topoh-mask-key', r.b62(24))}")`;
    },
  },
  {
    id: 'sip-invite-trace',
    make: (r, v) => {
      const a = person(r, r.pick(['GB', 'DE', 'US', 'FR']));
      const b = person(r, a.country);
      const cid = `${r.hex(16)}@${privIp(r)}`;
      const host = `sbc.${org(r)}.net`;
      const br = `z9hG4bK${r.hex(10)}`;
      return `<--- Received SIP request (${r.int(900, 1400)} bytes) from UDP:${pubIp(r)}:5060 --->
INVITE sip:${v.p('phone-e164', b.e164)}@${host};user=phone SIP/2.0
Via: SIP/2.0/UDP ${pubIp(r)}:5060;branch=${br};rport
Max-Forwards: 69
From: "${v.p('person-name', a.name)}" <sip:${v.p('phone-e164', a.e164)}@${host}>;tag=${r.hex(8)}
To: <sip:${b.e164}@${host}>
Call-ID: ${cid}
CSeq: 2 INVITE
P-Asserted-Identity: "${a.name}" <sip:${a.e164}@${host}>
Authorization: Digest username="${r.int(1000, 1999)}", realm="${host}", nonce="${r.hex(8)}${r.hex(24)}", uri="sip:${b.e164}@${host}", response="${r.hex(32)}", algorithm=MD5
Contact: <sip:${r.int(1000, 1999)}@${privIp(r)}:${r.int(5060, 5090)}>
Content-Type: application/sdp
User-Agent: Yealink SIP-T${r.pick(['46U', '54W', '57W'])} ${r.int(96, 108)}.86.0.${r.int(10, 90)}
Content-Length: ${r.int(200, 400)}`;
    },
  },
];

/** A syslog-style line prefix with host. */
function sysTsLine(r: Parameters<Template31['make']>[0]): string {
  return `${isoTs(r)} ${r.pick(['fs01', 'fs-edge-2', 'voice-b'])}`;
}

import { isoTs, org, privIp, pubIp, type Template31 } from './blind-set-31-case';
import { person } from './blind-set-31-people';
import { smppPassword } from './blind-set-31-tokens';

/** Desk-phone provisioning, CLI tools, SMPP, voicemail, SBC configs, CDRs and WebRTC clients. */
export const VOIP2_TEMPLATES: Template31[] = [
  {
    id: 'yealink-provisioning-cfg',
    make: (r, v) => {
      const ext = r.int(200, 899);
      const mac = r.hex(12);
      return `#!version:1.0.0.1
## ${mac}.cfg served by https://prov.${org(r)}.com/yealink/ (HTTP 200, ${r.int(900, 4000)} bytes)
account.1.enable = 1
account.1.label = Dispatch ${ext}
account.1.auth_name = ${ext}
account.1.user_name = ${ext}
account.1.password = ${v.c('sip-password', r.password(14))}
account.1.sip_server.1.address = pbx.${org(r)}.com
account.1.sip_server.1.transport_type = 2
static.auto_provision.server.url = https://prov.${org(r)}.com/yealink/
static.auto_provision.server.username = yealink
static.auto_provision.server.password = ${v.c('password', r.humanPassword())}
static.security.user_password = admin:${v.c('password', r.password(10))}`;
    },
  },
  {
    id: 'sipp-bash-history',
    make: (r, v) => {
      const host = `${privIp(r)}`;
      const u = r.int(1000, 1999);
      const p1 = r.password(12);
      const p2 = r.humanPassword();
      return `# ~/.bash_history on voice-lab-${r.int(1, 9)} (attached to security finding SEC-${r.int(100, 999)})
sngrep -d any port 5060
sipp -sf uac_register.xml -s ${u} -au ${u} -ap '${v.c('sip-password', p1)}' -i ${privIp(r)} -m 1 ${host}:5060
sipsak -U -C sip:${u}@${privIp(r)} -s sip:${u}@${host} -a ${v.c('sip-password', p2)} -vvv
asterisk -rx "pjsip show endpoints"
tail -f /var/log/asterisk/full | grep -i ${u}`;
    },
  },
  {
    id: 'asterisk-cli-show-auth',
    make: (r, v) => {
      const name = `${org(r)}-auth`;
      const user = `${r.pick(['trunk', 'acct'])}${r.digits(5)}`;
      return `*CLI> pjsip show auth ${name}

 Auth:  <AuthId/UserName.............................................................>
==========================================================================================

 Auth:  ${name}/${user}

 ParameterName        : ParameterValue
 ================================================================
 auth_type            : userpass
 md5_cred             :
 nonce_lifetime       : 32
 oauth_clientid       :
 oauth_secret         :
 password             : ${v.c('sip-password', r.password(16))}
 realm                :
 refresh_token        :
 username             : ${user}`;
    },
  },
  {
    id: 'kannel-smsc-config-and-access-log',
    make: (r, v) => {
      const p = person(r, r.pick(['IN', 'BR', 'GB', 'PL']));
      const sendPw = r.urlPassword(12);
      return `# /etc/kannel/kannel.conf (excerpt from ticket NOC-${r.int(1000, 9999)}: "SMSC bind failed: ESME_RINVPASWD")
group = smsc
smsc = smpp
smsc-id = ${r.pick(['tata', 'vivo', 'vodafone', 'orange'])}-smsc
host = ${pubIp(r)}
port = 2775
transceiver-mode = true
smsc-username = ${org(r).replace(/-/g, '').slice(0, 8)}
smsc-password = ${v.c('smpp-password', smppPassword(r))}
system-type = VMA

group = sendsms-user
username = meterapp
password = ${sendPw}

# access.log
${privIp(r)} - - [${r.pad(1, 28, 2)}/Apr/2025:${r.pad(0, 23, 2)}:${r.pad(0, 59, 2)}:${r.pad(0, 59, 2)}] "GET /cgi-bin/sendsms?username=meterapp&password=${v.c('password', sendPw)}&to=${v.p('msisdn', p.e164.slice(1))}&text=Reading+due HTTP/1.1" 202 ${r.int(20, 40)}`;
    },
  },
  {
    id: 'asterisk-voicemail-conf',
    make: (r, v) => {
      const rows = [0, 1].map((i) => {
        const p = person(r, r.pick(['US', 'GB', 'AU']));
        return `${r.int(100, 899)} => ${v.c('voicemail-pin', r.digits(r.int(4, 6)))},${v.p('person-name', p.name)},${i === 0 ? v.p('email', p.email) : ''},,attach=yes|tz=${r.pick(['eastern', 'central', 'uk', 'sydney'])}`;
      });
      return `; voicemail.conf (pulled from pbx-${r.int(1, 4)} by config backup job; alert: file world-readable)
[general]
format=wav49|wav
serveremail=pbx@${org(r)}.com
attach=yes
maxmsg=100

[default]
${rows.join('\n')}`;
    },
  },
  {
    id: 'cisco-cube-config',
    make: (r, v) => {
      const rad = r.password(20);
      return `! show running-config | section (snmp|radius|sip-ua|username)  -- cube-${r.int(1, 4)}.${org(r)}.net
username noc privilege 15 secret 0 ${v.c('password', r.humanPassword())}
snmp-server community ${v.c('snmp-community', `${org(r).replace(/-/g, '')}${r.b62(8)}`)} RO 90
radius server ISE-${r.int(1, 3)}
 address ipv4 ${privIp(r)} auth-port 1812 acct-port 1813
 key 0 ${v.c('radius-secret', rad)}
sip-ua
 credentials username ${r.num(10)} password 0 ${v.c('sip-password', r.password(16))} realm ${r.pick(['sip.bt.com', 'voice.comcast.net', 'ims.vodafone.de'])}
 authentication username ${r.num(10)} password 0 ${v.c('sip-password', r.password(16))}
 registrar ipv4:${pubIp(r)}:5060 expires 3600`;
    },
  },
  {
    id: 'jssip-webrtc-config',
    make: (r, v) => {
      const agent = `agent${r.int(10, 99)}`;
      return `${isoTs(r)} [browser-console] dispatcher-console v${r.int(3, 5)}.${r.int(0, 20)}.${r.int(0, 9)} Uncaught (in promise) JsSIP.Exceptions.ConfigurationError: Invalid value "wss://" for parameter "sockets"
  at UA._loadConfig (jssip.min.js:1:${r.int(10000, 99999)})
  config: {"uri":"sip:${agent}@webrtc.${org(r)}.com","password":"${v.c('sip-password', r.password(14))}","display_name":"Dispatch ${agent}","register":true,"session_timers":false}
  pcConfig: {"iceServers":[{"urls":"stun:stun.l.google.com:19302"},{"urls":"turn:turn.${org(r)}.com:3478?transport=udp","username":"${agent}","credential":"${v.c('turn-credential', r.b64(18))}"}]}`;
    },
  },
];

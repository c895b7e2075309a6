import { ddHeader, isoTs, org, plainTs, privIp, pubIp, type Template31 } from './blind-set-31-case';
import { iccid, imsi } from './blind-set-31-check';
import { dobIso, nationalId, person } from './blind-set-31-people';
import { esimMatchingId, opaqueToken } from './blind-set-31-tokens';

/** Number porting, SIM swaps, HLR lookups, KYC, CAMARA network APIs, eSIM, RADIUS and Diameter. */
export const CARRIER_TEMPLATES: Template31[] = [
  {
    id: 'port-in-order-json',
    make: (r, v) => {
      const p = person(r, 'US');
      return `${ddHeader(r, 'porting-svc: port order rejected by losing carrier')}
${isoTs(r)} error porting-svc order PO-${r.num(7)} status=exception reason="${r.pick(['Account number mismatch', 'PIN/passcode invalid', 'Name mismatch'])}"
{"phone_numbers":["${v.p('phone-e164', p.e164)}"],"end_user":{"admin":{"entity_name":"${v.p('person-name', p.name)}","auth_person_name":"${p.name}","billing_phone_number":"${p.e164}","account_number":"${v.p('carrier-account-number', r.num(r.int(9, 12)))}","pin_passcode":"${v.c('port-out-pin', r.digits(r.int(6, 8)))}"},"location":{"street_address":"${v.p('postal-address', p.address.split(', ')[0]!)}","locality":"${p.address.split(', ').slice(-2, -1)[0]}","administrative_area":"${p.address.slice(-8, -6)}","postal_code":"${p.address.slice(-5)}","country_code":"US"}},"foc_datetime_requested":"${isoTs(r)}"}`;
    },
  },
  {
    id: 'port-out-pin-sms-log',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'AU']));
      const pin = r.digits(r.int(6, 8));
      return `${plainTs(r)} smsc-out[${r.int(100, 999)}] submit_sm id=${r.hex(16)} src=${r.pick(['ACCOUNT', 'NUMXFER', '611'])} dst=${v.p('msisdn', p.e164.slice(1))} dcs=0 esm=0 len=${r.int(90, 150)}
  short_message="Your Number Transfer PIN is ${v.c('port-out-pin', pin)}. It expires in 7 days. If you did not request this, call us at 611 now."
${plainTs(r)} smsc-out[${r.int(100, 999)}] deliver_sm receipt id=${r.hex(16)} stat=UNDELIV err=${r.pick(['001', '00B', '034'])}`;
    },
  },
  {
    id: 'sim-swap-audit-record',
    make: (r, v) => {
      const p = person(r, r.pick(['GB', 'ES', 'PL', 'FR', 'NL', 'SE']));
      const id = nationalId(r, p);
      return `${isoTs(r)} AUDIT crm.simswap action=SIM_CHANGE channel=${r.pick(['store', 'callcentre', 'app'])} agent=ag${r.num(5)} risk=${r.pick(['HIGH', 'MEDIUM'])}
  subscriber="${v.p('person-name', p.name)}" msisdn=${v.p('phone-e164', p.e164)} id_doc=${id.kind.toUpperCase()}:${v.p(id.kind, id.value)}
  old_iccid=${iccid(r)}
  new_imsi=${v.p('imsi', imsi(r, p.country))} new_iccid=${iccid(r)}
  verification=${r.pick(['KBA_PASSED', 'OTP_BYPASS_SUPERVISOR', 'DOC_CHECK'])} store=${({ GB: 'LDN-', ES: 'MAD-', PL: 'WAW-', FR: 'PAR-', NL: 'AMS-', SE: 'STO-' } as Record<string, string>)[p.country] ?? 'HQ-'}${r.int(10, 99)}`;
    },
  },
  {
    id: 'hlr-lookup-response',
    make: (r, v) => {
      const p = person(r, r.pick(['GB', 'DE', 'IN', 'BR', 'AU']));
      const imsiV = imsi(r, p.country);
      return `${isoTs(r)} DEBUG number-intel GET https://www.hlr-lookups.com/api/v2/hlr-lookup?api_key=${r.b62(32)}&api_secret=${v.c('hlr-api-secret', r.b62(32))}&msisdn=%2B${p.e164.slice(1)}
${isoTs(r)} DEBUG number-intel {"id":"${r.hex(12)}","msisdn":"${v.p('phone-e164', p.e164)}","connectivity_status":"CONNECTED","mccmnc":"${imsiV.slice(0, 5)}","imsi":"${v.p('imsi', imsiV)}","msin":"${imsiV.slice(5)}","msc":"${r.num(12)}","original_network_name":"${({ GB: 'EE', DE: 'Telekom', IN: 'Jio', BR: 'Vivo', AU: 'Telstra' } as Record<string, string>)[p.country] ?? 'Vodafone'}","is_ported":${r.pick(['true', 'false'])},"is_roaming":false,"cost":"0.0100"}`;
    },
  },
  {
    id: 'kyc-sim-registration',
    make: (r, v) => {
      const p = person(r, r.pick(['IN', 'BR', 'ES', 'PL', 'SE', 'FR', 'NL', 'GB']));
      const id = nationalId(r, p);
      return `${isoTs(r)} WARN kyc-gateway registration ${r.hex(12)} held for manual review: selfie match score ${r.int(40, 69)}
  applicant: ${v.p('person-name', p.name)} | dob ${v.p('date-of-birth', dobIso(p))} | ${id.kind} ${v.p(id.kind, id.value)}
  address: ${v.p('postal-address', p.address)}
  new line: prepaid, ICCID ${iccid(r)}`;
    },
  },
  {
    id: 'camara-sim-swap-check',
    make: (r, v) => {
      const p = person(r, r.pick(['ES', 'DE', 'GB', 'BR']));
      const basic = Buffer.from(`${r.uuid()}:${r.b62(40)}`).toString('base64');
      return `${plainTs(r)} DEBUG antifraud POST https://${r.pick(['opengateway.telefonica.com', 'api.vonage.com', 'network-apis.example-operator.net'])}/oauth2/token Authorization=Basic ${v.c('basic-auth', basic)} body=grant_type=client_credentials&scope=dpv%3AFraudPreventionAndDetection%23sim-swap
${plainTs(r)} DEBUG antifraud token={"access_token":"${v.c('oauth-access-token', opaqueToken(r))}","token_type":"Bearer","expires_in":3600}
${plainTs(r)} DEBUG antifraud POST /camara/sim-swap/v0/check {"phoneNumber":"${v.p('phone-e164', p.e164)}","maxAge":240} -> 200 {"swapped":true}
${plainTs(r)} WARN  antifraud blocking payout for customer ${r.num(8)}: recent SIM swap`;
    },
  },
  {
    id: 'esim-activation-email',
    make: (r, v) => {
      const p = person(r, r.pick(['US', 'GB', 'DE', 'AU', 'NL']));
      const smdp = r.pick(['rsp.truphone.com', 'smdp.io', 'consumer.rsp.world', 'sm-v4-004-a-gtm.pr.go-esim.com']);
      const mid = esimMatchingId(r);
      return `${plainTs(r)} ERROR mailer bounce for ${v.p('email', p.email)} (550 5.1.1 mailbox unavailable) — original message:
Subject: Your eSIM for the ${org(r)} field tablet is ready
Hi ${p.first},
Scan the QR code or enter the activation code manually:
  SM-DP+ address: ${smdp}
  Activation code: ${v.c('esim-matching-id', mid)}
  Full code: LPA:1$${smdp}$${mid}
  Confirmation code: ${v.c('esim-confirmation-code', r.num(8))}`;
    },
  },
  {
    id: 'freeradius-detail-accounting',
    make: (r, v) => {
      const p = person(r, r.pick(['GB', 'DE', 'AU', 'NL']));
      const im = imsi(r, p.country);
      return `${sysTsLine(r)}
\tAcct-Status-Type = Start
\tUser-Name = "${v.p('imsi', im)}@${r.pick(['m2m', 'iot', 'fleet'])}.${org(r)}.net"
\tCalling-Station-Id = "${v.p('msisdn', p.e164.slice(1))}"
\t3GPP-IMSI = "${im}"
\tFramed-IP-Address = ${privIp(r)}
\tCalled-Station-Id = "${r.pick(['iot.1nce.net', 'fleet.apn', 'm2m.acme'])}"
\tNAS-IP-Address = ${pubIp(r)}
\tAcct-Session-Id = "${r.HEX(16)}"
# clients.conf on the same host:
client pgw-${r.int(1, 4)} { ipaddr = ${pubIp(r)}  secret = ${v.c('radius-secret', r.password(22))} }`;
    },
  },
];

/** A FreeRADIUS detail-file record header. */
function sysTsLine(r: Parameters<Template31['make']>[0]): string {
  return `${r.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} ${r.pick(['Mar', 'Apr', 'May'])} ${r.int(1, 28)} ${r.pad(0, 23, 2)}:${r.pad(0, 59, 2)}:${r.pad(0, 59, 2)} 2025`;
}

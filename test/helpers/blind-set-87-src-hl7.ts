import { hl7, jsonInner } from './blind-set-87-enc';
import { driversLicense, mbi } from './blind-set-87-ids';
import { basic, iso, kit, type Kit87, spell, stack, ts14, vendorSecrets } from './blind-set-87-kit';
import { ascii, dobIn, person, type Person87 } from './blind-set-87-people';
import { password, T } from './blind-set-87-tokens';
import type { Case87, Source87 } from './blind-set-87-types';
import { wrapAlert } from './blind-set-87-wrap';

/** Blind set 87: HL7 v2 feeds (ADT, ORU, DFT, SIU) as interface engines and bridges log them, and Mirth Connect channel errors. */

const FAC = ['MRHS', 'CVMC', 'LFC', 'SOP'];
const DOCS = ['1730188247^PATEL^ANJALI^R^^^MD', '1205946832^OKONJO^DAVID^^^^DO', '1992701437^LINDGREN^KARIN^^^^MD'];

/** The patient's name as the sending system writes it: upper-case ASCII or as typed. */
function xpn(p: Person87, upper: boolean): string {
  const f = upper ? ascii(p.family).toUpperCase() : hl7(p.family);
  const g = upper ? ascii(p.given).toUpperCase() : hl7(p.given);
  const m = p.middle ? (upper ? ascii(p.middle).toUpperCase() : hl7(p.middle)) : '';
  return m ? `${f}^${g}^${m}` : `${f}^${g}`;
}

function xad(p: Person87, upper: boolean): string {
  const s = `${hl7(upper ? ascii(p.street).toUpperCase() : p.street)}^^${hl7(upper ? ascii(p.city).toUpperCase() : p.city)}^${p.state}^${p.zip}`;
  return s;
}

/** PID with MRN, SSN (PID-3 repeat and PID-19), name, DOB, address, phones, licence; planted in `c`. */
export function pid(c: Case87, k: Kit87, p: Person87, setId = 1): string {
  const r = k.r;
  const upper = r.chance(0.6);
  const mrn = c.pii(`${r.pick(['', 'E', 'M'])}${r.num(r.int(7, 9))}`, 'mrn');
  const fac = r.pick(FAC);
  const ssnPlain = p.nid.kind === 'ssn' ? p.nid.value : '';
  const ids = [`${mrn}^^^${fac}^MR`];
  if (ssnPlain && r.chance(0.4)) ids.push(`${c.pii(ssnPlain, 'ssn')}^^^SSA^SS`);
  else if (p.nid.kind !== 'ssn' && r.chance(0.6)) ids.push(`${c.pii(p.nid.value, p.nid.kind)}^^^${p.country}^NI`);
  const name = c.pii(xpn(p, upper), 'person-name');
  const dob = c.pii(dobIn(p.dob, 'hl7'), 'birth-date');
  const addr = c.pii(xad(p, upper), 'address');
  const cc = p.locale === 'en-US' || p.locale === 'en-CA' ? '1' : p.phoneE164.slice(1, 3);
  const tel = r.chance(0.35) ? '' : r.chance(0.5) && cc === '1' ? `${c.pii(`(${p.area})${p.local.slice(0, 3)}-${p.local.slice(3)}`, 'phone')}^PRN^PH` : `^PRN^PH^^${c.pii(`${cc}^${p.area}^${p.local}`, 'phone')}`;
  const mail = r.chance(0.25) ? `~^NET^Internet^${c.pii(p.email, 'email')}` : '';
  const [st, dl] = driversLicense(r);
  const lic = p.locale === 'en-US' && r.chance(0.2) ? `${c.pii(dl, 'drivers-license')}^${st}^${r.int(2027, 2031)}0${r.int(1, 9)}15` : '';
  const acct = `${r.num(9)}^^^${fac}^AN`;
  const ssn19 = ssnPlain && !ids[1] ? c.pii(ssnPlain.replace(/-/g, r.chance(0.5) ? '-' : ''), 'ssn') : '';
  const race = r.pick(['2106-3^White^CDCREC', '2054-5^Black or African American^CDCREC', '2028-9^Asian^CDCREC', '']);
  const nat = p.native && r.chance(0.35) ? `~${c.pii(hl7(p.native), 'person-name')}^^^^^^N` : '';
  return `PID|${setId}||${ids.join('~')}||${name}^^^^L${nat}||${dob}|${p.female ? 'F' : 'M'}||${race}|${addr}^${p.country === 'US' ? 'USA' : p.country}^H||${tel}${mail}|||${r.pick(['M', 'S', 'D', 'W', ''])}||${acct}|${ssn19}|${lic}`;
}

function msh(k: Kit87, type: string, ctrl: string): string {
  const v = k.r.pick(['2.3', '2.5.1', '2.4']);
  return `MSH|^~\\&|${k.r.pick(['EPIC', 'CERNER', 'MEDITECH', 'ATHENA'])}|${k.org.short}|${k.r.pick(['MIRTH', 'RHAPSODY', 'HL7BRIDGE'])}|${k.r.pick(['LABCORP', 'CLAIMS', 'HIE'])}|${ts14(k.t)}||${type}|${ctrl}|P|${v}${v === '2.5.1' ? '|||AL|NE||UNICODE UTF-8' : ''}`;
}

function nk1(c: Case87, k: Kit87): string {
  const s = person(k.r, k.p.locale);
  const tel = s.locale === 'en-US' ? `^PRN^PH^^${c.pii(`1^${s.area}^${s.local}`, 'phone')}` : '';
  return `NK1|1|${c.pii(xpn(s, true), 'person-name')}|${k.r.pick(['SPO^Spouse', 'MTH^Mother', 'CHD^Child', 'EMC^Emergency Contact'])}^HL70063||${tel}`;
}

function in1(c: Case87, k: Kit87): string {
  const r = k.r;
  const member = r.chance(0.3) ? c.pii(mbi(r, false), 'mbi') : c.pii(`${r.pick(['XEH', 'W', 'ZGP', 'YLS'])}${r.num(9)}`, 'member-id');
  const plan = r.pick(['BCBSIL^Blue Cross Blue Shield of Illinois', 'AETNA^Aetna', 'UHC^UnitedHealthcare', 'CIGNA^Cigna', 'MEDICARE^Medicare Part B']);
  return `IN1|1|${r.pick(['PPO', 'HMO', 'EPO'])}${r.int(100, 999)}|${r.num(5)}|${plan.split('^')[1]}|PO BOX ${r.int(1000, 9999)}^^${r.pick(['CHICAGO^IL^60680', 'HARTFORD^CT^06156', 'ATLANTA^GA^30374'])}||${r.pick(['(800) 676-2583', '(888) 632-3862'])}|${r.num(6)}|${r.pick(['NORTHWIND LOGISTICS', 'MERCY RIDGE EMPLOYEES', 'CITY OF COLUMBUS'])}|||${ts14(k.t - r.int(1e7, 5e7)).slice(0, 8)}||||${xpn(k.p, true)}|01^Self|${dobIn(k.p.dob, 'hl7')}|${xad(k.p, true)}|||||||||||||||||${member}`;
}

function gt1(c: Case87, k: Kit87): string {
  const g = person(k.r, 'en-US');
  return `GT1|1||${c.pii(xpn(g, true), 'person-name')}||${c.pii(xad(g, true), 'address')}^USA|^PRN^PH^^1^${g.area}^${g.local}||${c.pii(dobIn(g.dob, 'hl7'), 'birth-date')}|${g.female ? 'F' : 'M'}||SPO|${c.pii(g.nid.value, 'ssn')}||||${k.r.pick(['NORTHWIND LOGISTICS INC', 'SELF EMPLOYED', 'COLUMBUS CITY SCHOOLS'])}`;
}

function pv1(k: Kit87): string {
  const r = k.r;
  return `PV1|1|${r.pick(['I', 'O', 'E'])}|${r.pick(['4W', 'ED', '2N', 'ONC'])}^${r.int(100, 499)}^${r.pick(['A', 'B'])}^${k.org.short}||||${r.pick(DOCS)}|||${r.pick(['MED', 'SUR', 'CAR'])}||||${r.int(1, 9)}|||||${r.num(10)}|||||||||||||||||||||||||${ts14(k.t - r.int(3600, 86400 * 3))}`;
}

function obx(k: Kit87, i: number): string {
  const [code, name, val, unit, range] = k.r.pick([['2345-7', 'Glucose [Mass/volume] in Serum or Plasma', String(k.r.int(70, 180)), 'mg/dL', '70-99'], ['718-7', 'Hemoglobin [Mass/volume] in Blood', `${k.r.int(10, 17)}.${k.r.int(0, 9)}`, 'g/dL', '12.0-17.5'], ['2160-0', 'Creatinine [Mass/volume] in Serum or Plasma', `0.${k.r.int(6, 9)}`, 'mg/dL', '0.6-1.3']]);
  return `OBX|${i}|NM|${code}^${name}^LN||${val}|${unit}|${range}|${k.r.pick(['N', 'H', ''])}|||F|||${ts14(k.t - 1800)}`;
}

/** An ADT/ORU/DFT message with the segments the feed carries, joined by \r as sent or \n as logged. */
function message(c: Case87, k: Kit87, sep: string): string {
  const r = k.r;
  const type = r.pick(['ADT^A04^ADT_A01', 'ADT^A08^ADT_A01', 'ORU^R01^ORU_R01', 'DFT^P03^DFT_P03', 'ADT^A03^ADT_A03']);
  const ctrl = `${r.pick(['', 'MSG', 'Q'])}${r.num(r.int(8, 12))}`;
  const segs = [msh(k, type, ctrl), `EVN|${type.split('^')[1]}|${ts14(k.t)}`, pid(c, k, k.p), pv1(k)];
  if (r.chance(0.1)) segs.push(nk1(c, k));
  if (type.startsWith('ORU')) segs.push(`OBR|1|${r.num(8)}|${r.num(9)}|24323-8^Comprehensive metabolic panel^LN|||${ts14(k.t - 3600)}`, obx(k, 1), obx(k, 2));
  if (type.startsWith('DFT')) segs.push(`FT1|1|||${ts14(k.t - 86400).slice(0, 8)}||CG|${r.pick(['99213', '99214', '80053', '36415'])}^^CPT|||1|${r.int(40, 400)}.00`);
  if (r.chance(0.4)) segs.push(in1(c, k));
  if (r.chance(0.12)) segs.push(gt1(c, k));
  return segs.join(sep);
}

const bridgeLog = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const msg = message(c, k, r.pick(['\r', '\n', '\r\n']));
  const transport = r.pick([
    () => `transport: POST https://hie.${r.pick(['crisp', 'ohiohie', 'orchie'])}.org/api/hl7/v2 Authorization: Basic ${basic(c, `${k.org.short.toLowerCase()}_feed`, password(r))} x-api-key=${c.cred(T.opaque(r, 40), 'api-key')}`,
    () => `mllp+tls://${r.pick(['10.20.4.17', '10.8.12.40'])}:6661 ${spell(r, ['tls', 'key', 'passphrase'])}=${c.cred(password(r), 'password')} ${spell(r, ['hie', 'api', 'key'])}=${c.cred(T.hex(r, 32), 'api-key')}`,
    () => `upstream auth: Bearer ${c.cred(T.epic(r), 'bearer-token')}`,
  ])();
  const body = r.pick([
    () => `${iso(t, true)} ERROR [hl7-bridge] MLLP send to ${r.pick(['10.20.4.17', '10.8.12.40'])}:${r.pick([2575, 6661, 7001])} failed: ACK AE "Unknown patient class"\nmessage=${JSON.stringify(msg)}`,
    () => `${iso(t, true)} WARN  hl7.listener  rejected inbound message (${msg.length} bytes) from ${k.org.short}: segment PV1 field 3 invalid\n---- BEGIN MESSAGE ----\n${msg.replace(/\r/g, '\n')}\n---- END MESSAGE ----`,
    () => JSON.stringify({ level: 50, time: t * 1000, pid: r.int(10, 999), hostname: `hl7-bridge-${r.hex(5)}`, msg: 'hl7 parse error', err: { type: 'HL7ParseError', message: 'Invalid date in PID-7' }, raw: msg }),
  ])();
  return wrapAlert(c, `${body}\n${transport}\n${vendorSecrets(c, 'hl7')}`, `HL7 bridge errors ${k.org.short}`, t);
};

const mirthError = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const msg = message(c, k, '\n');
  const pw = c.cred(password(r), 'password');
  const ch = r.pick(['ADT_Inbound_Epic', 'ORU_to_LIS', 'DFT_Billing_Out', 'HIE_Feed']);
  const dest = r.pick([
    `jdbc:sqlserver://sqlprod01.${k.org.domain}:1433;databaseName=Interfaces;user=mirth_svc;password=${pw}`,
    `sftp://edi_mirth:${encodeURIComponent(pw)}@sftp.${k.org.domain}:22/outbound/hl7`,
    `jdbc:postgresql://mirthdb:5432/mirthdb?user=mirthdb&password=${encodeURIComponent(pw)}`,
  ]);
  const text = [
    ` ERROR 2024-${iso(t).slice(5, 10)} ${iso(t).slice(11, 19)},${r.digits(3)} [${ch} < Destination 1 Writer] db-connector: Error writing to database.`,
    `ERROR MESSAGE: Failed to write to database (${dest})`,
    'com.mirth.connect.connectors.jdbc.DatabaseDispatcherException: Login failed for user \'mirth_svc\'.',
    '\tat com.mirth.connect.connectors.jdbc.DatabaseDispatcher.send(DatabaseDispatcher.java:139)',
    `\tat com.mirth.connect.donkey.server.channel.DestinationConnector.process(DestinationConnector.java:${r.int(400, 900)})`,
    `Message ID: ${r.int(100000, 9999999)}  Channel ID: ${r.uuid()}`,
    `Source: HTTP Listener :${r.pick([8081, 8443, 9661])} (auth ${r.pick(['Basic', 'basic'])} ${basic(c, 'hl7sender', password(r))})`,
    'Raw:',
    msg,
  ].join('\n');
  return wrapAlert(c, `${text}\n${vendorSecrets(c, 'mirth')}`, `Mirth channel ${ch} errored`, t);
};

const hl7Json = (c: Case87): string => {
  const k = kit(c);
  const { r, t } = k;
  const msg = message(c, k, '\r');
  const ev = { resourceType: 'MessageEvent', channel: r.pick(['adt-feed', 'lab-results']), receivedAt: iso(t, true), status: 'ERROR', error: `AE|${r.pick(['Segment sequence error', 'Required field missing: PID-3', 'Duplicate message control id'])}`, hl7: msg };
  const hdr = `x-api-key: ${c.cred(T.opaque(r, 48), 'api-key')}\nx-webhook-secret: ${c.cred(T.hex(r, 64), 'webhook-secret')}`;
  const body = r.chance(0.5) ? `${hdr}\n${JSON.stringify(ev)}` : `POST /api/v1/hl7/ingest 422 ${r.int(5, 200)}ms headers="${jsonInner(hdr)}" body="${jsonInner(JSON.stringify(ev))}"`;
  return wrapAlert(c, `${body}\n${stack(r, 'node', 'Hl7Ingest.handle')}\n${vendorSecrets(c, 'hl7')}`, 'HL7 ingest rejects', t, r.pick(['raw', 'dd', 'json'] as const));
};

export const HL7_SOURCES: readonly Source87[] = [
  { name: 'hl7-bridge', formats: [bridgeLog, bridgeLog] },
  { name: 'mirth', formats: [mirthError] },
  { name: 'hl7-json', formats: [hl7Json] },
];

import { fit71, host71, jsonEsc71, padL71, padR71, ts71, up71, xmlEsc71, z71, type Tpl71 } from './blind-set-71-core';
import { bic71, card71, iban71 } from './blind-set-71-ids';
import { pw71, racf71 } from './blind-set-71-keys';
import { addr71, dobText71, person71 } from './blind-set-71-people';

const E = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'edifact', name, make });

/** EDIFACT release characters: ? before + : ' and ?. */
const rel = (s: string): string => s.replace(/([?+:'])/g, '?$1');

/** EDIFACT payment, passenger and HR messages, and SWIFT/SEPA payment files. */
export const EDIFACT71: Tpl71[] = [
  E('paymul-unb-password', (x, r) => {
    const p = person71(r);
    const ib = x.f('iban', iban71(r));
    return `${ts71(r)} ERROR [EdifactDecoder] CONTRL received: UCI+${r.digits(8)}+BANKHOST+ACME+4'UCM+1+PAYMUL:D:96A:UN+4' (interchange rejected: syntax error)
UNA:+.? 'UNB+UNOC:3+ACMECORP:ZZ+${r.pick(['DEUTDEFF', 'COBADEFF', 'BNPAFRPP'])}:ZZ+260101:1200+${r.digits(8)}+${x.c('edifact-password', r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', r.int(8, 12)))}:PW'UNH+1+PAYMUL:D:96A:UN'BGM+452+${r.digits(10)}+9'DTM+137:20260101:102'LIN+1'FII+OR+${ib}+${bic71(r)}:25:5'SEQ++1'MOA+9:${r.int(100, 90000)}.${r.int(10, 99)}:EUR'FII+BF+${x.f('iban', iban71(r))}:${x.p('person-name', rel(up71(p.full)))}+${bic71(r, 'FR')}:25:5'NAD+BE+++${rel(up71(p.full))}+${x.p('street-address', rel(up71(addr71(r, 'FR').street)))}'UNT+12+1'UNZ+1+${r.digits(8)}'`;
  }),
  E('payord-multi-line', (x, r) => {
    const p = person71(r, r.pick(['de', 'nordic', 'pl', 'tr']));
    const a = addr71(r, r.pick(['DE', 'SE', 'PL']));
    return `ediconv: PAYORD segment group 4 missing mandatory FII+OR (line ${r.int(5, 40)})
UNH+${r.int(1, 99)}+PAYORD:D:96A:UN'
BGM+450+${r.digits(10)}'
DTM+203:2026${z71(r.int(1, 12), 2)}${z71(r.int(1, 28), 2)}:102'
MOA+9:${r.int(100, 9000)},${r.int(10, 99)}:EUR'
FII+BF+${x.f('iban', iban71(r, a.country === 'US' ? 'DE' : a.country))}:${x.p('person-name', rel(p.full))}+${bic71(r, a.country)}:25:5'
NAD+BE+++${rel(p.full)}+${x.p('street-address', rel(a.street))}+${rel(a.city)}++${a.postal}+${a.country}'
FTX+PMD+++Gehalt ${r.pick(['Januar', 'Februar', 'März'])} 2026'
UNT+8+${r.int(1, 99)}'`;
  }),
  E('paxlst-passports', (x, r) => {
    const pax = [person71(r), person71(r, r.pick(['ie', 'fr', 'tr']))];
    return `API/PNR gateway: PAXLST rejected by border agency (ERC+${r.pick(['E02', 'E14'])}: document expiry before travel date)
UNA:+.? 'UNB+UNOA:4+AIRLINEX+USCSAPIS+260101:0915+${r.digits(6)}++APIS'UNH+PAX001+PAXLST:D:05B:UN:IATA'BGM+745'TDT+20+XY${r.int(100, 999)}'LOC+125+FRA'DTM+189:2601010915:201'${pax.map((p) => `NAD+FL+++${x.p('person-name', rel(up71(p.last)))}:${x.p('person-name', rel(up71(p.first)))}'ATT+2++${r.pick(['M', 'F'])}'DTM+329:${x.p('date-of-birth', dobText71(r, 'd8'))}:102'NAT+2+${r.pick(['DEU', 'IRL', 'FRA', 'TUR', 'IND'])}'DOC+P:110:111+${x.p('passport-number', `${r.chars('CFGHJKLMNPRTVWXYZ', 1)}${r.chars('CFGHJKLMNPRTVWXYZ0123456789', 8)}`)}'DTM+36:${r.int(26, 34)}0101'`).join('')}CNT+42:2'UNT+20+PAX001'UNZ+1+${r.digits(6)}'`;
  }),
  E('edifact-hrm-latin1', (x, r) => {
    const p = person71(r, r.pick(['de', 'fr', 'es', 'nordic']));
    const a = addr71(r, r.pick(['DE', 'FR', 'ES']));
    return `[${ts71(r)}] WARN  SegmentReader - character set UNOC rejected byte 0x${r.hex(2).toUpperCase()} in NAD; message quarantined
NAD+EMP+${r.digits(8)}::92++${x.p('person-name', rel(p.last))}:${x.p('person-name', rel(p.first))}+${x.p('street-address', rel(a.street))}+${rel(a.city)}++${a.postal}+${a.country}'
DTM+329:${x.p('date-of-birth', dobText71(r, 'd8'))}:102'
FII+RB+${x.f('iban', iban71(r, a.country))}+${bic71(r, a.country)}:25:17'
COM+${x.p('phone', `00${r.pick(['49', '33', '34'])}${r.digits(10)}`)}:TE'
quarantine share: \\\\${host71(r).split('.')[0]}\\edi$ (net use as EDIUSR / ${x.c('password', racf71(r))})`;
  }),
  E('mt103', (x, r) => {
    const o = person71(r);
    const b = person71(r);
    const oa = addr71(r);
    return `${ts71(r)} ERROR SwiftAlliance-Bridge: NAK received for MT103 (T27: Incorrect BIC in field 57A)
{1:F01${r.pick(['DEUTDEFF', 'BARCGB22'])}AXXX${r.digits(10)}}{2:I103${bic71(r, 'GB').padEnd(11, 'X').slice(0, 8)}XXXXN}{4:
:20:${r.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 12)}
:23B:CRED
:32A:2601${z71(r.int(1, 28), 2)}EUR${r.int(100, 90000)},${r.int(10, 99)}
:50K:/${x.f('iban', iban71(r))}
${x.p('person-name', up71(o.full))}
${x.p('street-address', up71(oa.street))}
:57A:${bic71(r, 'FR')}
:59:/${x.f('iban', iban71(r, 'FR'))}
${x.p('person-name', up71(b.full))}
:70:INV ${r.digits(7)}
:71A:SHA
-}`;
  }),
  E('pain001', (x, r) => {
    const d = person71(r);
    const c = person71(r);
    const ca = addr71(r, r.pick(['DE', 'FR', 'NL', 'ES']));
    return `org.xml.sax.SAXParseException; lineNumber: ${r.int(10, 80)}; cvc-pattern-valid: Value '${r.pick(['NOTPROVIDED', 'X', ''])}' is not facet-valid with respect to pattern '[A-Z]{6,6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3,3}){0,1}' for type 'BICIdentifier'.
<CstmrCdtTrfInitn><GrpHdr><MsgId>${r.hex(16).toUpperCase()}</MsgId><NbOfTxs>1</NbOfTxs></GrpHdr><PmtInf><Dbtr><Nm>${x.p('person-name', xmlEsc71(d.full))}</Nm></Dbtr><DbtrAcct><Id><IBAN>${x.f('iban', iban71(r))}</IBAN></Id></DbtrAcct>
<CdtTrfTxInf><Amt><InstdAmt Ccy="EUR">${r.int(10, 9000)}.${r.int(10, 99)}</InstdAmt></Amt><Cdtr><Nm>${x.p('person-name', xmlEsc71(c.full))}</Nm><PstlAdr><StrtNm>${x.p('street-address', xmlEsc71(ca.street))}</StrtNm><PstCd>${ca.postal}</PstCd><TwnNm>${xmlEsc71(ca.city)}</TwnNm></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>${x.f('iban', iban71(r, ca.country))}</IBAN></Id></CdtrAcct></CdtTrfTxInf></PmtInf></CstmrCdtTrfInitn>
EBICS upload as ${r.pick(['ACME', 'GLOBEX'])}01 with keyring passphrase ${x.c('ebics-passphrase', pw71(r))}`;
  }),
  E('pain008-mandate', (x, r) => {
    const d = person71(r);
    return `${ts71(r)} SEPA-DD export failed: duplicate MndtId; offending transaction:
{"MndtId":"MNDT-${r.digits(8)}","DtOfSgntr":"2025-${z71(r.int(1, 12), 2)}-${z71(r.int(1, 28), 2)}","Dbtr":{"Nm":"${x.p('person-name', jsonEsc71(d.full))}"},"DbtrAcct":{"IBAN":"${x.f('iban', iban71(r, undefined, true))}"},"DbtrAgt":{"BIC":"${bic71(r)}"},"InstdAmt":"${r.int(5, 200)}.${r.int(10, 99)}"}
creditor id DE98ZZZ09999999999, sftp upload key passphrase="${x.c('ssh-key-passphrase', pw71(r).replace(/["\\]/g, '.'))}"`;
  }),
];

const B = (name: string, make: Tpl71['make']): Tpl71 => ({ src: 'batch', name, make });

/** A card settlement detail record (fixed width). */
export const BATCH_CARD71: Tpl71[] = [
  B('card-settlement-fixed', (x, r) => {
    const rows = [0, 1, 2].map(() => {
      const p = person71(r, r.pick(['us', 'es', 'in', 'cn']));
      return `D${z71(r.int(1, 99999), 6)}${x.f('card-number', card71(r)).padEnd(19, ' ')}${z71(r.int(1, 12), 2)}${r.int(27, 31)}${padL71(String(r.int(100, 99999)), 10).replace(/ /g, '0')}${padR71(x.p('person-name', fit71(up71(p.full), 26)), 26)}${r.digits(6)}`;
    });
    return `SettlementLoader: record ${r.int(2, 4)} failed length check (expected 80, got ${r.int(81, 90)}) in ${r.pick(['TSYS', 'FDR', 'VANTIV'])}_SETTLE_${r.digits(8)}.DAT
${rows.join('\n')}
upload via ftps://settle:${x.c('ftp-password', r.urlPassword(r.int(10, 14)))}@${host71(r)}/in/`;
  }),
];

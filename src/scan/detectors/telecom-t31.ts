import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { csvColumnAt, HEADER_REACH } from '../column-names';
import { bareInternationalMobile } from '../mobile-numbers';
import { isFictionalPhone } from '../public-values';
import { luhnValid } from '../validators';
import { NAME_T31, personNameT31 } from './voip-t31';

/**
 * Round t31 (blind set 31: telecom, IoT and field operations): subscriber data and telecom secrets —
 * IMSIs under their label (3GPP-IMSI, `imsi=`), subscribers' mobile numbers written without `+`
 * under an MSISDN/recipient/RADIUS key, PINs under PIN-named keys (port-out, SIM, voicemail, driver,
 * voucher PIN columns; never bare digits), magnetic-stripe track 1/2 data (ISO 7813, Luhn-valid
 * PAN), eSIM activation codes (GSMA SGP.22 `LPA:1$…$matching-id`), BECS (Cemtex .aba) detail
 * records' account numbers and account titles.
 */

/** A PIN-named key: port-out/transfer/SIM/voicemail/driver/card/voucher PIN, `pincode`, `pin_passcode`. */
// Round r76: online-banking and signing PINs (`HBCI-PIN=`, `FinTS-PIN`, `pin_firma=`, `PIN_signature`).
const PIN_KEY = String.raw`(?:(?:port[_ -]?out|transfer|number[_ -]?transfer|sim|voicemail|vm|driver|card|fuel|voucher|recharge|account|security|puk|wallet|hbci|fints|banking|signing|signature)[_ -]?pin(?:[_ -]?(?:code|passcode|number))?|pin[_ -]?(?:code|passcode|firma|signature|signing|banking)|pincode)`;

/** MSISDN keys: names of a subscriber's number (RADIUS Calling-Station-Id, SMPP dest_addr, SMS `dst`, recipients). */
const MSISDN_KEY = String.raw`(?:msisdn|calling-station-id|dest(?:ination)?_addr|dst|recipients?|to_number|destination_number|mobile_number|subscriber_number)`;

/** An SMS send in the same line: the key `to` names a recipient only there. */
const SMS_CONTEXT = /sms|sendsms|text=|message|verif|otp|channel|whatsapp|smpp|submit_sm/i;

export const TELECOM_T31_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'imsi-labelled',
    name: "Subscriber's IMSI (15 digits: MCC, MNC, MSIN) under an IMSI label",
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.8,
    keywords: ['imsi'],
    pattern: /(?<![A-Za-z0-9])(?<k>(?:[\w-]{0,20}[_-])?imsi)(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?|\s{1,3})(?<v>[2-7]\d{14})(?!\d)/i,
    mask: 'tail',
    // MCCs run 202-750; one digit repeated is a test value.
    validate: (v) => Number(v.slice(0, 3)) >= 202 && Number(v.slice(0, 3)) <= 750 && !/(\d)\1{7}/.test(v),
    remediation: 'Log subscribers by an internal id: an IMSI identifies (and lets one track) the subscriber',
  }),
  defineDetector({
    id: 'msisdn-under-key',
    name: "Subscriber's mobile number without a plus sign under an MSISDN, recipient or RADIUS Calling-Station-Id key (or `to` of an SMS call)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.7,
    keywords: ['msisdn', 'calling-station-id', 'dest_addr', 'destination_addr', 'dst', 'recipient', 'to_number', 'destination_number', 'mobile_number', 'subscriber_number', 'to='],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9_-])(?:(?<k>${MSISDN_KEY}|to)(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}(?:array\s?\(\s{0,3}(?:\d{1,3}\s{0,3}=>\s{0,3})?|\[\s{0,3})?\\{0,3}["']?|\snumber\s)|(?:dst|destination)\snumber\s)(?<v>\d{10,15})(?![\d])`,
      'i',
    ),
    mask: 'phone',
    validate: (v, ctx) => {
      if (!bareInternationalMobile(v) || isFictionalPhone(v)) return false;
      const key = (ctx.key ?? '').toLowerCase();
      if (key !== 'to') return true;
      const ls = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      let le = ctx.text.indexOf('\n', ctx.end);
      if (le < 0) le = ctx.text.length;
      return SMS_CONTEXT.test(ctx.text.slice(ls, le));
    },
    remediation: "Log message recipients by a hash or the last digits, not the subscriber's full number",
  }),
  defineDetector({
    id: 'pin-under-pin-key',
    name: 'PIN under a PIN-named key (port-out/transfer PIN, SIM PIN, voicemail PIN, driver or fuel-card PIN, `pincode`)',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: ['pin"', "pin'", 'pin=', 'pin:', 'pin ', 'pin\\', 'pin_', 'pin-', 'pincode'],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9])(?<k>${PIN_KEY})(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?|\s(?:is|was)\s|\s{1,3})(?<v>\d{4,10})(?![\d.,:/-]?\d)`,
      'i',
    ),
    mask: 'full',
    validate: (v) => !/^(.)\1+$/.test(v) && !/^(?:1234|12345|123456|0000)$/.test(v),
    remediation: 'Reset the PIN (a port-out or SIM PIN lets anyone take over the number) and keep it out of logs and messages',
  }),
  defineDetector({
    id: 'voucher-pin-column',
    name: 'Recharge voucher PIN in a PIN column of a voucher batch file',
    category: 'credential',
    severity: 'high',
    priority: 52,
    confidence: 0.8,
    keywords: [';pin', ',pin', '\tpin', 'pin;', 'pin,', 'voucher_pin', 'voucher pin'],
    span: HEADER_REACH + 100,
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3}"?)(?<v>\d{4}(?: \d{4}){2,4}|\d{4}(?:-\d{4}){2,4}|\d{10,20})(?="?[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const col = csvColumnAt(ctx.text, ctx.start, ctx.end);
      return col !== null && /^(?:voucher[ _-]?)?pin(?:[ _-]?(?:code|number|no))?$/i.test(col.trim()) && !/^(\d)\1+$/.test(v.replace(/\D/g, ''));
    },
    remediation: 'Void the batch (a voucher PIN is money) and never log voucher files',
  }),
  defineDetector({
    id: 'card-track-data',
    name: 'Payment card magnetic-stripe track data (ISO 7813 track 1 `B<PAN> NAME YYMM…` or track 2 `PAN=YYMM…`)',
    category: 'financial',
    severity: 'critical',
    priority: 72,
    confidence: 0.9,
    // A digit then `=` (track 2) or `^` (track 1): the PAN's last digit and the field separator.
    keywords: [...'0123456789'].flatMap((d) => [`${d}=`, `${d}^`]),
    pattern: /(?<![\d=^])(?:%?B)?(?<v>[2-6]\d{12,18}(?:\^[A-Z][A-Z .'\/-]{1,25}\^\d{7,40}|=\d{4}[0-9]\d{2}\d{3,25}))(?![\d])/,
    mask: 'card',
    validate: (v) => luhnValid(v.slice(0, v.search(/[\^=]/))),
    remediation: 'Stop logging reader output at once: track data (PCI DSS 3.2.1) must never be stored after authorization; rotate the cards',
  }),
  defineDetector({
    id: 'esim-activation-code',
    name: 'eSIM activation code (GSMA SGP.22 `LPA:1`, the SM-DP address, then the matching id)',
    category: 'credential',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['lpa:1$'],
    // Round l88: the whole activation string (`LPA:1$<SM-DP+ address>$<matching id>`), which a QR code or an install mail carries as one.
    pattern: /(?<![\w])(?<v>LPA:1\$[\w.-]{1,253}\$[A-Za-z0-9-]{8,64})(?![\w-])/i,
    mask: 'tail',
    validate: (v) => {
      const id = v.slice(v.lastIndexOf('$') + 1); // the matching id
      return /\d/.test(id) && /[A-Za-z]/.test(id);
    },
    remediation: 'Revoke the eSIM profile order (the activation code downloads the subscriber profile) and send codes only to the user',
  }),
  defineDetector({
    id: 'au-becs-detail-account',
    name: 'Account number in a BECS direct-entry (.aba) detail record (BSB, account, code, amount, title)',
    category: 'financial',
    severity: 'high',
    priority: 52,
    confidence: 0.85,
    // Record type 1 then the BSB's first digit, where a line starts.
    keywords: [...'0123456789'].map((d) => `1${d}`),
    lineStart: true,
    lineHead: /1\d{3}-\d{3}/, // the record type and BSB: not the `10.240.1.7` that starts an access log line
    pattern: /(?<![^\n])1\d{3}-\d{3}(?=[ \d-]{9}[ NWXY]\d{12}[A-Za-z])[ ]{0,8}(?<v>\d[\d-]{4,8})(?=[ NWXY]\d{12})/,
    mask: 'tail',
    validate: (v) => !/^(\d)\1+$/.test(v.replace(/-/g, '')),
    remediation: 'Keep direct-entry files out of logs: log the batch id and a count instead of the records',
  }),
  defineDetector({
    id: 'person-name-becs-detail',
    name: "Account title (a person's name) in a BECS direct-entry (.aba) detail record",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    // Record type 1 then the BSB's first digit, where a line starts.
    keywords: [...'0123456789'].map((d) => `1${d}`),
    lineStart: true,
    lineHead: /1\d{3}-\d{3}/, // the record type and BSB: not the `10.240.1.7` that starts an access log line
    pattern: new RegExp(String.raw`(?<![^\n])1\d{3}-\d{3}[ \d-]{9}[ NWXY]\d{12}(?<v>${NAME_T31})(?= )`),
    mask: 'full',
    validate: (v) => personNameT31(v),
    remediation: 'Keep direct-entry files out of logs: log the batch id and a count instead of the records',
  }),
];

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { luhnValid } from '../validators';
import { anyScriptName, NAME_ANY_SCRIPT } from './global-r73-names';

/**
 * Lead round l88 (blind set 89: travel): a passenger's name and frequent-flyer number in PNRGOV's EDIFACT segments, as
 * airlines push them to governments and log them when a push fails:
 * `TIF+INIGUEZ:I+BEGONA MRS:A:1'` (traveller information: surname, qualifier, given name and title) and
 * `FTI+BA:47607429::GOLD'` (the programme's airline and the member's number);
 * and (telecom) a subscriber's device and SIM ids under their labels, as CDRs, eSIM platforms and HLR lookups log them:
 * IMEI (15 digits, Luhn), ICCID (`89…`, 19-20 digits, Luhn) and eUICC EID (`89…`, 32 digits), like the IMSI beside them;
 * and a person's name in any script as the `name` of a role's object (`"driver":{"id":"53","name":"Γιώργος Παπαδόπουλος"}`:
 * Samsara, DoorDash, Uber Direct, Onfleet), where the Latin-only readers stop.
 */

/** A name element of an EDIFACT segment: capitals, spaces, apostrophes (escaped `?'`), hyphens. */
const EDI_NAME = String.raw`[A-Z](?:[A-Z -]|\?')(?:[A-Z -]|\?'){0,34}`;

export const TRAVEL_L88_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'pnrgov-tif-name',
    name: "Passenger's name in a PNRGOV TIF segment (`TIF+INIGUEZ:I+BEGONA MRS'`)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.85,
    keywords: ['tif+'],
    needs: ['TIF+'],
    pattern: new RegExp(String.raw`(?:^|(?<=['\n]))[ \t]{0,4}TIF\+(?<v>${EDI_NAME}(?::[A-Z0-9]{1,3})?\+${EDI_NAME})(?=[:'+\r\n]|$)`),
    mask: 'full',
    validate: (v) => /[AEIOUY]/.test(v.split('+')[0]!) && /[AEIOUY]/.test(v.split('+')[1] ?? ''),
    remediation: "Keep PNRGOV messages out of logs: log the message's reference, not its traveller segments",
  }),
  defineDetector({
    id: 'pnrgov-fti-frequent-flyer',
    name: "Frequent-flyer number in a PNRGOV FTI segment (`FTI+BA:47607429::GOLD'`)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.8,
    keywords: ['fti+'],
    needs: ['FTI+'],
    pattern: /(?:^|(?<=['\n]))[ \t]{0,4}FTI\+[A-Z0-9]{2,3}:(?<v>[A-Z0-9]{5,20})(?=[:'+\r\n]|$)/,
    mask: 'full',
    validate: (v) => /\d{5}/.test(v),
    remediation: "Keep PNRGOV messages out of logs: log the message's reference, not its traveller segments",
  }),
  defineDetector({
    id: 'device-sim-id-labelled',
    name: "Subscriber's device or SIM id under its label (`served_imei=…`, `\"iccid\":\"89…\"`, `eid`): IMEI, ICCID, EID",
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.8,
    keywords: ['imei', 'iccid', 'eid'],
    pattern: /(?<![A-Za-z0-9])(?<k>(?:[\w-]{0,20}[_-])?(?:imei|iccid|eid))(?:\\{0,3}["']?\s{0,3}(?:=>|[:=])\s{0,3}\\{0,3}["']?|\s{1,3})(?<v>\d{15}|89\d{17,18}|89\d{30})(?!\d)/i,
    mask: 'tail',
    validate: (v, ctx) => {
      const k = (ctx.key ?? '').toLowerCase();
      // A machine's SIM (an IoT fleet's, a meter's, a tracker's) identifies no person: blind set 31 holds such lines clean.
      if (/(\d)\1{7}/.test(v) || /\b(?:iot|m2m|telematics|sensor|tracker|meter|fleet)\b/i.test(ctx.text)) return false;
      if (k.endsWith('imei')) return v.length === 15 && luhnValid(v);
      if (k.endsWith('iccid')) return v.length >= 19 && v.length <= 20 && v.startsWith('89') && luhnValid(v);
      return v.length === 32 && v.startsWith('89');
    },
    remediation: "Log devices and SIMs by an internal id: an IMEI, ICCID or EID identifies (and lets one track) the subscriber",
  }),
  defineDetector({
    id: 'person-name-role-object-any-script',
    name: "Person's name in any script as the `name` of a role's object (`\"driver\":{\"id\":\"53\",\"name\":\"Γιώργος Παπαδόπουλος\"}`)",
    category: 'personal',
    severity: 'medium',
    priority: 34, // under the readers of each role's object, which name the same spans more specifically
    confidence: 0.65,
    keywords: ['driver', 'courier', 'dasher', 'rider', 'passenger', 'guest', 'recipient', 'sender', 'customer', 'traveler', 'traveller', 'cardholder', 'contact', 'dropoff', 'pickup', 'consignee', 'requester', 'employee', 'patient', 'member'],
    // The role's object opening right after its key (`"driver":{`): the role words are in every SQL log.
    precheck: { re: /["']\s{0,2}:\s{0,2}\{/, reach: 40 },
    pattern: new RegExp(
      String.raw`(?<![A-Za-z])(?:driver|courier|dasher|rider|passenger|guest|recipient|sender|customer|travell?er|cardholder|contact|dropoff|pickup|consignee|requester|employee|patient|member)(?:_?(?:info|details|contact))?\\{0,3}["']\s{0,2}:\s{0,2}\{[^{}\n]{0,160}?\\{0,3}["'](?:name|full_?name|fullName|display_?name|displayName)\\{0,3}["']\s{0,2}:\s{0,2}\\{0,3}["'](?<v>${NAME_ANY_SCRIPT})\\{0,3}["']`,
      'i',
    ),
    mask: 'full',
    validate: (v) => anyScriptName(v),
    remediation: "Refer to drivers, couriers and customers by id in webhooks' logs, not by name",
  }),
  defineDetector({
    id: 'gds-fop-card-number',
    name: "Card number in a GDS form of payment, after its brand code (`FOP DS6011…`, `FP CCVI4111…/1225`)",
    category: 'financial',
    severity: 'critical',
    priority: 56,
    confidence: 0.85,
    keywords: ['fop', 'fp cc', 'fpcc', 'fp '],
    needs: ['FOP', 'FP'],
    pattern: /(?<![A-Za-z])(?:FOP|FP)[ :+/]{0,3}(?:CC)?[ :]?(?:VI|CA|MC|AX|DS|DC|JC|TP|UP|CU|CB|BC)[ :]?(?<v>\d{13,19})(?!\d)/,
    mask: 'tail',
    validate: (v) => luhnValid(v) && !/^(\d)\1+$/.test(v),
    remediation: "Keep PNR and ticket forms of payment out of logs: they carry the whole card number",
  }),
];

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { bareInternationalMobile } from '../mobile-numbers';
import { isFictionalPhone } from '../public-values';

/** Calls of SMS SDKs whose arguments carry the recipient's number (MessageBird, Twilio, Vonage, Plivo, Sinch, CM.com). */
const SEND_CALL = String.raw`message_create|messages\.create|send_sms|send_message`;

/** Keys of recipient lists: `recipients`, `msisdns`, `destinations`. */
const LIST_KEY = String.raw`recipients?|msisdns?|destinations?`;

/** True for a recipient's mobile number in international form without `+` (no fictional or repeated-digit number). */
function recipientMobile(v: string): boolean {
  return bareInternationalMobile(v) && !isFictionalPhone(v);
}

/**
 * Mobile numbers written as plain digits where an SMS call or recipient list says they are one:
 * a quoted argument of a send call (`message_create("Acme", "31612345678", …)`), or an entry of a
 * `"recipients": ["31612345678", …]` list. Only numbers that fit a country's mobile prefix and length.
 */
export const RECIPIENT_NUMBER_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'sms-recipient-argument',
    name: 'Phone number passed to an SMS send call',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.75,
    keywords: ['message_create', 'messages.create', 'send_sms', 'send_message'],
    // Ruby `client.message_create("Acme", "31612345678", "…")`, Python `client.send_sms('Acme', '447700912345', …)`, PHP `->sendSms('4915112345678', $text)`.
    pattern: new RegExp(String.raw`(?:${SEND_CALL})\((?:\s{0,2}(?:"[^"\n]{0,60}"|'[^'\n]{0,60}'|[\w.:$>-]{1,40})\s{0,2},){0,3}\s{0,2}(?:[a-z_]{1,12}\s{0,2}[=:]\s{0,2})?["']?(?<v>\d{10,15})["']?\s{0,2}[,)]`, 'i'),
    mask: 'phone',
    validate: recipientMobile,
    remediation: 'Log the message id, not the recipient\'s phone number',
  }),
  defineDetector({
    id: 'sms-recipient-list',
    name: 'Phone number in an SMS recipient list',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.75,
    keywords: ['recipient', 'msisdn', 'destination'],
    // MessageBird `{originator: 'Acme', recipients: [31612345678]}`, `"msisdns":["4915112345678"]`, Ruby `recipients: ["316…"]`.
    // Every entry of the list: the number first (only digit runs of 10-15 try the lookbehind), then the list it stands in.
    pattern: new RegExp(String.raw`(?<![\w+.-])(?<v>\d{10,15})(?=["']?\s{0,2}[,\]])(?<=(?:${LIST_KEY})["']?\s{0,2}(?:=>|[:=])\s{0,2}\[(?:\s{0,2}["']?\d{10,15}["']?\s{0,2},){0,8}\s{0,2}["']?\d{10,15})`, 'i'),
    mask: 'phone',
    validate: recipientMobile,
    remediation: 'Log the message id, not the recipients\' phone numbers',
  }),
];

import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet31 } from '../../helpers/blind-set-31';
import { formatOk31 } from '../../helpers/blind-set-31-format';

/**
 * Sealed blind set 31: telecom, IoT and field operations. SMS/voice/CPaaS providers (Twilio,
 * Vonage/Nexmo, Sinch, MessageBird/Bird, Plivo, Bandwidth, Telnyx, Infobip, TeleSign) in SDK
 * exceptions, wire dumps, webhooks and configs; SIP/VoIP (Asterisk, FreeSWITCH, Kamailio, Kannel/SMPP,
 * desk-phone provisioning, SBC configs, SIP traces); IoT platforms (AWS IoT Core and Greengrass, Azure
 * IoT Hub/DPS connection strings and SAS tokens, Particle, balena, MQTT brokers and clients,
 * zigbee2mqtt, cellular routers, The Things Stack and ChirpStack LoRaWAN keys); telematics and field
 * service (Samsara, Geotab, Motive, DVLA, ServiceTitan, Salesforce Field Service); smart-meter and
 * telecom billing (cards, IBANs, ACH/BACS/BECS/SEPA files, mobile money, recharge vouchers); number
 * porting, SIM swaps, HLR, KYC, CAMARA, eSIM and RADIUS. Negatives are the domain's look-alikes:
 * IMEIs, ICCIDs, EUIs, MACs, SIDs, trace ids, hashes, public keys, placeholders and redacted values.
 * Size measured for seeds 1-3 (the same for each): 565 positives, 1,655 values (875 credential,
 * 555 personal, 225 financial), 172 negatives.
 *
 * First sight (lead, 2026-12-05 20:35 UTC, main 5060eb1, 712 detectors, no round aimed at it): seeds 1–3 72.3–72.5 %
 * covered (credential 75.5–75.9, personal 63.6–64.1, financial 80.4), 11.6 % flagged. After round t31 (757 detectors:
 * SIP/PBX config secrets and HA1 digests, PINs under PIN-named keys, LoRaWAN keys, broker, Wi-Fi and Zigbee secrets,
 * IMSIs and MSISDNs under their keys, track data, BECS records, names in subscriber, driver and payer records; MACs of
 * device inventories public, `{signature-string}` slots placeholders): seeds 1–5 99.0–99.3 % covered (credential
 * 99.0–99.4, personal 98.4–99.1, financial 100), 7.0 % flagged — the 12 left are public IPv4 addresses of SBCs,
 * dispatchers and scanners, reported by the project's convention. Left: `$1$` crypt hashes (salted: look-alikes by
 * convention), an account number in prose with no label, a few addresses. Floors sit just under these figures.
 */
describeBlindSet({
  n: 31,
  build: buildBlindSet31,
  formatOk: formatOk31,
  minSize: { positives: 565, values: 1650, negatives: 172 },
  minCovered: 0.985,
  minByGroup: { credential: 0.985, personal: 0.98, financial: 0.995 },
  maxFlagged: 0.075,
});

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
 */
describeBlindSet({
  n: 31,
  build: buildBlindSet31,
  formatOk: formatOk31,
  minSize: { positives: 0, values: 0, negatives: 0 },
  minCovered: 0,
  minByGroup: { credential: 0, personal: 0, financial: 0 },
  maxFlagged: 1,
});

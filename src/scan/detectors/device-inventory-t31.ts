import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { csvColumnAt, HEADER_REACH } from '../column-names';

/**
 * Round t31 (blind set 31: telecom, IoT and field operations): a MAC address in a MAC column of a
 * device inventory table (a header that also names IMEI, ICCID, serial, model or firmware columns)
 * is the burnt-in id of the company's own asset, listed beside its other hardware ids: reported as
 * public (not counted as a leak), as the other device ids of such a row are not reported at all.
 */

/** Header cells of an asset inventory: hardware ids and properties of the device itself. */
const INVENTORY_COLUMN = /^(?:imei|iccid|serial(?:_?(?:no|number))?|sn|model|firmware|fw(?:_?version)?|hw(?:_?rev)?|dev_?eui|asset(?:_?(?:id|tag))?|hostname)$/i;

export const DEVICE_INVENTORY_T31_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'device-mac-in-inventory',
    name: 'MAC address in a device inventory table (beside IMEI/ICCID/serial columns): an asset id, public',
    category: 'infrastructure',
    severity: 'info',
    priority: 31,
    confidence: 0.6,
    keywords: ['imei', 'iccid', 'serial'],
    span: HEADER_REACH + 100,
    pattern: /(?<=(?:^|[\n,;\t|])[ \t]{0,3}"?)(?<v>[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}\2[0-9A-Fa-f]{2}\2[0-9A-Fa-f]{2}\2[0-9A-Fa-f]{2}\2[0-9A-Fa-f]{2})(?="?[ \t]{0,3}(?:[,;\t|\r\n]|$))/,
    mask: 'full',
    validate: (v, ctx) => {
      const col = csvColumnAt(ctx.text, ctx.start, ctx.end);
      if (col === null || !/mac/i.test(col)) return false;
      // The header line holds at least two inventory columns.
      const upTo = ctx.text.lastIndexOf('\n', ctx.start);
      const lines = ctx.text.slice(Math.max(0, upTo - HEADER_REACH), upTo).split('\n');
      const header = lines.reverse().find((l) => l.split(/[,;\t|]/).some((c) => /mac/i.test(c.trim())));
      if (header === undefined) return false;
      const inventory = header.split(/[,;\t|]/).filter((c) => INVENTORY_COLUMN.test(c.trim())).length;
      return inventory >= 2 ? { ok: true, public: true, severity: 'info' } : false;
    },
    remediation: 'No action needed for company-owned devices; remove the MAC column if the table lists employees’ or customers’ devices',
  }),
];

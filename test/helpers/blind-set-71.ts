import type { BlindSetShape } from './blind-set-measure';
import { hash9, Rng9 } from './blind-set-9-rng';
import { BATCH71 } from './blind-set-71-batch';
import { Ctx71, type NegTpl71, type Tpl71, type Val71 } from './blind-set-71-core';
import { DB71, LDAP71 } from './blind-set-71-db';
import { BATCH_CARD71, EDIFACT71 } from './blind-set-71-edifact';
import { EXTRA71 } from './blind-set-71-extra';
import { formatOk71 } from './blind-set-71-format';
import { ESB71, MAINFRAME71 } from './blind-set-71-mq';
import { NEG_A71 } from './blind-set-71-neg-a';
import { NEG_B71 } from './blind-set-71-neg-b';
import { SAP71 } from './blind-set-71-sap';
import { SOAP71 } from './blind-set-71-soap';
import { TRANSFER71 } from './blind-set-71-transfer';
import { X1271 } from './blind-set-71-x12';

/** Every positive template of set 71. */
export const POSITIVE_TEMPLATES71: readonly Tpl71[] = [...SOAP71, ...X1271, ...EDIFACT71, ...BATCH_CARD71, ...BATCH71, ...TRANSFER71, ...MAINFRAME71, ...ESB71, ...SAP71, ...DB71, ...LDAP71, ...EXTRA71];

/** Every negative template of set 71. */
export const NEGATIVE_TEMPLATES71: readonly NegTpl71[] = [...NEG_A71, ...NEG_B71];

const PER_NEGATIVE = 4;

/**
 * How many cases a template gives: two, more when its values are credentials or financial (the
 * theme's files are mostly personal data; the set keeps over half credentials and an eighth financial).
 * Decided from a fixed sample, so every seed has the same counts.
 */
function perTemplate(t: Tpl71): number {
  const vals = positive(0, t, 0).values;
  const share = (g: string) => vals.filter((v) => v.group === g).length / vals.length;
  return Math.round(2 + CRED_WEIGHT * share('credential') + FIN_WEIGHT * share('financial'));
}

const CRED_WEIGHT = 14;
const FIN_WEIGHT = 5;

/** True when the case is well formed: each value inside the text, short values once, formats valid. */
function wellFormed(text: string, vals: readonly Val71[]): boolean {
  return vals.length > 0 && vals.every((v) => v.value.length > 0 && text.includes(v.value) && (v.value.length > 6 || text.split(v.value).length === 2) && formatOk71(v.kind, v.value));
}

/** Builds one positive, drawing again (a new stream per attempt) until its planted values are well formed. */
function positive(seed: number, t: Tpl71, i: number): BlindSetShape['positives'][number] {
  const id = `${t.src}/${t.name}#${i}`;
  for (let attempt = 0; attempt < 60; attempt++) {
    const r = new Rng9(hash9(`set71:${seed}:${id}:${attempt}`));
    const x = new Ctx71(r);
    const text = t.make(x, r);
    if (wellFormed(text, x.vals)) return { id, text, values: x.vals };
  }
  throw new Error(`blind set 71: ${id} is never well formed`);
}

/**
 * Sealed blind set 71: legacy enterprise integration as its failures reach an alert (SOAP/WS-Security,
 * X12 and EDIFACT, AS2/SFTP/FTPS, fixed-width and CSV batch files, mainframe/CICS/MQ, TIBCO, MuleSoft,
 * Boomi, BizTalk, SAP, Oracle/DB2/SQL Server, LDAP, Kerberos, Windows event logs, .NET configuration).
 */
export function buildBlindSet71(seed: number): BlindSetShape {
  const positives = POSITIVE_TEMPLATES71.flatMap((t) => Array.from({ length: perTemplate(t) }, (_, i) => positive(seed, t, i)));
  const negatives = NEGATIVE_TEMPLATES71.flatMap((t) =>
    Array.from({ length: PER_NEGATIVE }, (_, i) => {
      const id = `${t.src}/${t.name}#${i}`;
      return { id, text: t.make(new Rng9(hash9(`set71-neg:${seed}:${id}`))) };
    }),
  );
  return { positives, negatives };
}

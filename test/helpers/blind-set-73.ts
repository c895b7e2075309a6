import type { BlindSetShape } from './blind-set-measure';
import { Rng9, hash9 } from './blind-set-9-rng';
import { Ctx73, type NegTpl73, type PosTpl73 } from './blind-set-73-core';
import { NEG_A73 } from './blind-set-73-neg-a';
import { NEG_B73 } from './blind-set-73-neg-b';
import { POS_CRM73 } from './blind-set-73-pos-crm';
import { POS_HR73 } from './blind-set-73-pos-hr';
import { POS_KYC73 } from './blind-set-73-pos-kyc';
import { POS_OPS73 } from './blind-set-73-pos-ops';
import { POS_PAY73 } from './blind-set-73-pos-pay';
import { POS_SHIP73 } from './blind-set-73-pos-ship';
import { POS_SUP73 } from './blind-set-73-pos-sup';
import { POS_VAULT73 } from './blind-set-73-pos-vault';

/** Sealed blind set 73: personal data from 40+ countries and the credentials of the services moving it, in a global company's integration logs. */
export const POS73: PosTpl73[] = [...POS_CRM73, ...POS_KYC73, ...POS_SHIP73, ...POS_HR73, ...POS_PAY73, ...POS_SUP73, ...POS_OPS73, ...POS_VAULT73];
export const NEG73: NegTpl73[] = [...NEG_A73, ...NEG_B73];

/** Cases per template: fewer for the people-heavy payloads, more for secret stores and bank files (keeps the group shares). */
const LIGHT = new Set(['sf-bulk-csv-fail', 'hubspot-batch-upsert', 'import-report', 'hibob-payroll-csv', 'sf-upsert-dup', 'zoho-python-repr', 'ruby-hash-lead', 'onfido-applicant-422', 'veriff-decision-webhook', 'trulioo-verify', 'kyc-sql-locals', 'kyc-go-struct', 'dhl-express-label', 'fedex-ship-recipient', 'easypost-address', 'royalmail-click-drop', 'returns-portal-gql', 'workday-diff', 'bamboohr-basic', 'deel-contractor', 'onboarding-form-json', 'zendesk-webhook', 'intercom-contact', 'shopify-webhook-customer', 'kafka-dlq', 'semicolon-eu-export', 'stripe-customer-create', 'adyen-java-ex', 'gql-contact-merge', 'personio-sync', 'id-doc-ocr', 'gdpr-erasure-request']);
const casesOf = (t: PosTpl73): number => (LIGHT.has(t.name) ? 2 : t.src === 'payout' ? 6 : t.src === 'bank' ? 11 : t.src === 'vault' ? 12 : /env|config|props|oauth|yaml|paramiko|terraform|actions/.test(t.name) ? 9 : 5);

export function buildBlindSet73(seed: number): BlindSetShape {
  const positives: { id: string; text: string; values: { value: string; kind: string; group: string }[] }[] = [];
  const negatives: { id: string; text: string }[] = [];
  for (const t of POS73) {
    for (let k = 0; k < casesOf(t); k++) {
      const id = `${t.src}/${t.name}/${k}`;
      // A rare draw puts a short value (a two-character CJK name) twice in its text: draw that case again.
      let x = new Ctx73(new Rng9(hash9(`s73:${seed}:${id}`)));
      let text = t.make(x);
      for (let again = 1; again < 20 && x.values.some((v) => v.value.length <= 6 && text.split(v.value).length !== 2); again++) {
        x = new Ctx73(new Rng9(hash9(`s73:${seed}:${id}:${again}`)));
        text = t.make(x);
      }
      for (const v of x.values) if (!text.includes(v.value)) throw new Error(`blind set 73: ${id} lost ${v.kind} ${v.value}`);
      positives.push({ id, text, values: x.values });
    }
  }
  for (const t of NEG73) {
    for (let k = 0; k < 4; k++) {
      const id = `${t.src}/${t.name}/${k}`;
      const x = new Ctx73(new Rng9(hash9(`s73n:${seed}:${id}`)));
      negatives.push({ id, text: t.make(x) });
    }
  }
  return { positives, negatives };
}

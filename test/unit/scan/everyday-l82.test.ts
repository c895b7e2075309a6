import { describe, expect, it } from 'vitest';
import { everydayProbe } from '../../helpers/everyday-kit';
import { GIVEN_NAME_COUNT, isGivenName } from '../../../src/scan/given-names';
import { randomInt } from '../../helpers/seeded-random';

/**
 * Lead round l82 (outside probes of realistic log prose): a person's name written without a label, its first word a
 * common given name, after a word naming a person, after a greeting, or right before the person's own phone or
 * e-mail in brackets; beside them the look-alikes that stay clean (system words after `user`, companies and places
 * whose first word is a given name, names with nothing around them).
 */
const { found, clean } = everydayProbe();

const GIVEN = ['Kenji', 'Margaret', 'Siobhan', 'José', 'Björn', 'Zanele', 'Priyanka', 'Oleksandr', 'Ngozi', 'Mehmet', 'Chiara', 'Łukasz'];
const FAMILY = ['Okafor', 'Oyelaran', "O'Kelly", 'Álvarez-Núñez', 'Ægirsson', 'Dlamini', 'Venkataraman', 'Shevchenko', 'Eze', 'Yılmaz', 'Bianchi', 'Wiśniewski'];
const person = (): string => `${GIVEN[randomInt(GIVEN.length)]} ${FAMILY[randomInt(FAMILY.length)]}`;

describe('lead round l82: names in log prose', () => {
  it('knows common given names across languages, accents folded', () => {
    expect(GIVEN_NAME_COUNT).toBeGreaterThan(1500);
    for (const g of ['Kenji', 'JOSÉ', 'björn', 'Łukasz', 'Jean-Luc', 'Siobhán', 'Oluwaseun', 'Thandeka', 'Minh']) expect(isGivenName(g), g).toBe(true);
    for (const w of ['Admin', 'Retry', 'Console', 'Will', 'Mark', 'Chase', 'Hunter', 'Queue']) expect(isGivenName(w), w).toBe(false);
  });

  it('finds a name after a word naming a person', () => {
    for (const line of [
      (n: string) => `D/ProfileFragment: retry scheduled in 26s for user ${n}`,
      (n: string) => `login failed for user ${n}`,
      (n: string) => `refund issued to cardholder ${n.toUpperCase()}`,
      (n: string) => `KYC failed for applicant ${n}: document expired`,
      (n: string) => `customer ${n} failed 3-D Secure`,
      (n: string) => `payout hold: beneficiary="${n}" reason=velocity`,
      (n: string) => `Passenger: ${n}; seat 14C`,
    ]) {
      const n = person();
      const text = line(n);
      expect(found(text, text.includes(n) ? n : n.toUpperCase()), text).toBe(true);
    }
  });

  it('finds a name after a greeting and before its own contact in brackets', () => {
    const a = person();
    expect(found(`mailer rendered: "Hi ${a}, your payment failed"`, a)).toBe(true);
    const b = person();
    expect(found(`escalated to ${b} (+39 399 283 1781) at 02:14`, b)).toBe(true);
    const c = person();
    expect(found(`From: ${c} <c.person@gmx.de>`, c)).toBe(true);
  });

  it('finds a name quoted after the word name, contact or owner, Irish particles too', () => {
    for (const line of [
      (n: string) => `422 {"message":"Name '${n}' already taken"}`,
      (n: string) => `ValidationError: contact "${n}" has no e-mail`,
      (n: string) => `transfer failed: new owner '${n}' is not a member`,
      (n: string) => `DUPLICATE: display name "${n}" exists`,
    ]) {
      const n = person();
      expect(found(line(n), n), line(n)).toBe(true);
    }
    for (const n of ['Seán Ó Briain', 'Siobhán Ní Bhriain', 'Aoife Nic Dhonncha']) expect(found(`KYC failed for applicant ${n}: retry`, n), n).toBe(true);
  });

  it('leaves system words, companies and places after a person noun clean', () => {
    for (const text of [
      'created user Admin Console for tenant acme',
      'user Service Account rotated its key',
      'customer Success Team notified',
      'for user Jordan Station migration',
      'client Morgan Stanley settlement file received',
      'driver Victoria Station pickup delayed',
      'user Will Retry in 30s',
      'Hi Team, the nightly sync failed',
      'Dear Customer, your order has shipped',
      'Retry Handler (3) gave up after 429',
      'Stripe Connect (acct_1NxQ2) payout paused',
      'subscriber Grace Period ended',
      "Name 'Billing Service' already exists",
      'owner "Platform Team" cannot be removed',
      "name 'Morgan Stanley' is reserved",
      "contact 'Support Desk' has no e-mail",
      'applicant Ó Briain: retry',
    ]) expect(clean(text), text).toEqual([]);
  });
});

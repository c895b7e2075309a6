import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { BENIGN_TEMPLATES_FP28, benignLogsFp28 } from '../../helpers/benign-logs-fp28';

/**
 * Round fp28 (precision): realistic benign log text (access logs, JSON app logs, provider object ids, cloud
 * resource names, k8s/Terraform/CI output, stack traces, public keys, masked and filtered values, ids next to
 * key/token/secret/auth words) must not be flagged. A text is flagged when any leak finding (isLeak) lands in it.
 * FP28_REPORT=1 prints the flagged texts. Scanner before the round (507df98): 114/1800 flagged (seeds 1-3, 600 each,
 * 11 classes; 769/12000 at 4000 a seed, 13 classes); after: 0/1800 and 0/12000.
 */
const scanner = createScanner();
const MAX_FLAGGED_PER_SEED = 3; // of 600 (0.5 %); measured 0 on seeds 1-3 after the round

/** The leak findings of a text. */
function leaks(text: string): { detector: string; value: string }[] {
  return scanner.scan(text).filter(isLeak).map((f) => ({ detector: f.detector, value: text.slice(f.start, f.end) }));
}

describe('benign logs fp28', () => {
  it('has at least 60 templates', () => {
    expect(BENIGN_TEMPLATES_FP28.length).toBeGreaterThanOrEqual(60);
  });

  for (const seed of [1, 2, 3]) {
    it(`flags at most ${MAX_FLAGGED_PER_SEED} of 600 benign texts (seed ${seed})`, () => {
      const flagged = benignLogsFp28(seed, 600).flatMap((c) => {
        const found = leaks(c.text);
        return found.length ? [{ template: c.template, found, excerpt: c.text.slice(0, 200) }] : [];
      });
      if (process.env.FP28_REPORT === '1') for (const f of flagged) console.log(`[seed ${seed}] ${f.template}: ${JSON.stringify(f.found)}\n  ${JSON.stringify(f.excerpt)}`);
      expect(flagged.length).toBeLessThanOrEqual(MAX_FLAGGED_PER_SEED);
    });
  }
});

describe('false alarms fixed in fp28 (and the leaks beside them)', () => {
  const none = (text: string): void => expect(leaks(text)).toEqual([]);
  const some = (text: string, detector?: string): void => {
    const found = leaks(text);
    expect(found.length).toBeGreaterThan(0);
    if (detector) expect(found.map((f) => f.detector)).toContain(detector);
  };

  it('keys naming feature flags, cache primary keys and existing Secret objects are not secret keys', () => {
    none('data:\n  FEATURE_FLAGS_KEY: checkout-v2\n  LOG_LEVEL: info');
    none('Cache restored successfully; cache-primary-key: cb8fe08e559cedc42a3d8342108ed657270850a63cb7f90f299003115693bed9');
    none('postgresql:\n  auth:\n    existingSecret: pg-credentials-35f3d');
    some('AZURE_REDIS_CACHE_PRIMARY_KEY=Xk3vQ9pLm2Rt7Yw8Zb4Nc6Hd1Jf5Gs0Ae9Ku3Ov7Iy2T=');
    some('REDIS_PRIMARY_KEY=Xk3vQ9pLm2Rt7Yw8Zb4Nc6Hd1Jf5Gs0Ae9Ku3Ov7Iy2T=');
    some('clientSecret: Xk3vQ9pLm2Rt7Yw8Zb4Nc6Hd1Jf5Gs0');
  });

  it("a team's compound mailbox is a role mailbox; a person's is not", () => {
    none('notify: sending digest to ops-alerts@acme.io and releases@acme.io (platform-team@acme.io cc)');
    some('notify: sending digest to jane.doe@acme.io', 'email');
    some('notify: sending digest to ops-alerts@gmail.com', 'email');
  });

  it('an address after "(registered office)," is a company address', () => {
    none('footer: Acme Corp (registered office), 27 Market Street, Suite 557, San Francisco, CA 94105');
  });

  it('two-digit groups inside a hex dump row are not a phone number', () => {
    none('00000010  05 0f 9a 01 45 99 71 55 c2 38 09 b8 5f 0c a5 cb  |................|');
    some('Tél. : 01 45 99 71 55');
  });

  it('a Luhn-valid run after a machine-numbered noun is an id; after a card word it is a card', () => {
    none('sentry: event captured, project 4792967655675480');
    some('card 4792967655675480', 'credit-card');
  });

  it('a freephone hotline is redacted but not counted', () => {
    none('Support-Hotline (Zentrale, kostenfrei): 0800 562 6048');
    expect(scanner.scan('Support-Hotline (Zentrale, kostenfrei): 0800 562 6048').length).toBeGreaterThan(0);
    some('Rufen Sie mich an: 0151 2345 6789');
  });

  it('lock and lease tokens and AWS ClientToken are ids; other client tokens are not', () => {
    none('{"messageId":"c00a507a93ae1e9de6c7d0d1e0c8704e","lockToken":"325ab24d-681c-456a-9356-2b0a479a5ba6","leaseToken":"0f8fad5b-d9cb-469f-a165-70867728950e"}');
    none('ec2: RunInstances ClientToken=70294d10-69b7-4905-a964-76579f0e9fa5 InstanceId=i-0cbc9d9494a7ac316');
    some('"access_token":"ya29.a0AfH6SMBx7Qk2Lm9Rt4Vw8Zb3Nc6Hd1Jf5Gs0"');
  });

  it('algorithm names and broker topics under secret words are settings; a PagerDuty routing key is a secret', () => {
    none('settings: auth=SCRAM-SHA-256 signature=RSASSA-PSS');
    none('rabbitmq: published to exchange=events routing_key=orders.refunded.v3 delivery_tag=2575');
    some('pagerduty: routing_key=8f3b2c1d9e7a4b6c5d0e1f2a3b4c5d6e');
    some('amqp: auth=Xk3vQ9pLm2Rt7Yw8Zb4Nc6Hd1Jf5Gs0', 'secret-assignment');
  });

  it('digit groups inside a GPG fingerprint are not a card', () => {
    none('Primary key fingerprint: 5639 1005 6876 7185 7F0A 4FB8 28AF 9A85 29AE 13BD');
    some('card: 4792 9676 5567 5480 exp 12/28', 'credit-card');
  });
});

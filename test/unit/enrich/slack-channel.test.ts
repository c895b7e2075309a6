import { describe, expect, it } from 'vitest';
import { slackChannelFrom, slackChannelOf } from '../../../src/enrich/slack-channel';

describe('slackChannelFrom', () => {
  it.each([
    ['https://acme.slack.com/archives/C0PAYMENTS1', 'C0PAYMENTS1'],
    ['https://acme.slack.com/archives/c0payments1/p1714557600000100', 'C0PAYMENTS1'],
    ['https://acme.enterprise.slack.com/archives/G01ABCDEF', 'G01ABCDEF'],
    ['slack://channel?team=T0001&id=C0123ABCD', 'C0123ABCD'],
    ['#payments-alerts', '#payments-alerts'],
    ['  #Ops  ', '#ops'],
    ['C0123ABCD', 'C0123ABCD'],
  ])('%s → %s', (input, out) => {
    expect(slackChannelFrom(input)).toBe(out);
  });

  it.each([[''], ['payments'], ['https://example.com/archives/C0PAYMENTS1'], ['https://acme.slack.com/messages/general'], ['#has space']])(
    'rejects %j',
    (input) => {
      expect(slackChannelFrom(input)).toBeUndefined();
    },
  );

  it('accepts a bare name only when asked to', () => {
    expect(slackChannelFrom('payments-alerts', true)).toBe('#payments-alerts');
    expect(slackChannelFrom('https://acme.slack.com/messages/general', true)).toBeUndefined();
  });
});

describe('slackChannelOf', () => {
  it('reads a bare channel id, a bare name, a #name and an archives link from slack contacts', () => {
    expect(slackChannelOf([{ type: 'slack', contact: 'C0PAYMENTS1' }])).toBe('C0PAYMENTS1');
    expect(slackChannelOf([{ type: 'slack', contact: 'payments-alerts' }])).toBe('#payments-alerts');
    expect(slackChannelOf([{ type: 'slack', contact: '#payments-alerts' }])).toBe('#payments-alerts');
    expect(slackChannelOf([{ type: 'slack', contact: 'https://acme.slack.com/archives/C0PAYMENTS1' }])).toBe('C0PAYMENTS1');
  });

  it('prefers a channel id from any slack contact over a name', () => {
    expect(
      slackChannelOf([
        { type: 'slack', contact: '#first', name: 'first' },
        { type: 'email', contact: 'https://acme.slack.com/archives/C0NOTSLACK' },
        { type: 'Slack', contact: 'https://acme.slack.com/archives/C0SECOND1' },
      ]),
    ).toBe('C0SECOND1');
  });

  it('falls back to the display name of a slack contact', () => {
    expect(slackChannelOf([{ type: 'slack', contact: 'https://acme.slack.com/team/U123', name: '#payments-alerts' }])).toBe('#payments-alerts');
    expect(slackChannelOf([{ type: 'email', contact: 'x@example.com' }])).toBeUndefined();
  });
});

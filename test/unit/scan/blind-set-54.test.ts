import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet54 } from '../../helpers/blind-set-54';
import { formatOk54 } from '../../helpers/blind-set-54-format';
/** Sealed blind set 54: an outside reviewer's second hour — the integration team's providers (Stripe, Adyen, PayPal, Braintree, Plaid, Shopify, Salesforce, HubSpot, Zendesk, Intercom, Segment, Twilio, SendGrid, Mailgun, Postmark, Slack, AWS, GCP, Entra ID, Okta, Auth0, GitHub, GitLab, OpenAI, Anthropic…) in service error logs; seed 1: 782 positives, 1702 values (870 credential, 617 personal, 215 financial), 189 negatives. */
describeBlindSet({ n: 54, build: buildBlindSet54, formatOk: formatOk54, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });

import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet84 } from '../../helpers/blind-set-84';
import { formatOk84 } from '../../helpers/blind-set-84-format';

/**
 * Blind set 84 (sealed, held out): HTTP client libraries' error dumps and wire/debug logs as
 * integration code logs them when a call to a third-party API (Stripe, Adyen, Braintree, Plaid,
 * Salesforce, HubSpot, Zendesk, Intercom, Twilio, SendGrid, Mailgun, Postmark, Shopify, NetSuite,
 * QuickBooks, Xero, Zoho, DocuSign, Okta, Auth0, GitHub, Slack, OpenAI, Azure, OAuth token
 * endpoints, internal services) fails, forwarded raw, in a Datadog monitor's markdown message or
 * JSON-escaped in its webhook body. 39 sources: axios (inspect and toJSON), got, undici fetch,
 * superagent, Node ClientRequest, Apollo, requests + http.client debug, urllib3, httpx, aiohttp,
 * botocore, zeep SOAP, Faraday, Net::HTTP, rest-client/HTTParty, Guzzle (exception and debug),
 * Laravel/Symfony, Apache wire, Spring RestTemplate/WebClient, Feign, OkHttp, JDK HttpClient/Ktor,
 * resty, Go dumps, .NET HttpClient, RestSharp/Flurl, curl -v, HTTPie, Newman, Tesla/HTTPoison,
 * reqwest, gRPC metadata, Stripe SDK logs, vendor SDK errors, OAuth token exchanges, signed URLs,
 * Envoy egress access logs.
 * Planted: credentials (Authorization in every scheme, API-key headers, vendor tokens, OAuth
 * tokens and client secrets, passwords, cookies, signed-URL signatures, PEM keys), personal data
 * (names, emails, phones, addresses, birth dates, national ids, client IPs) and financial data
 * (Luhn cards and CVCs, IBANs, ABA routing and account numbers, UK sort codes and accounts),
 * each in the escaping its printer gives it. Negatives: the same dumps with every secret masked
 * or a placeholder, plus ids, hashes, cursors and public keys. Seed 1: 585 positives, 1660 values
 * (911 credential, 483 personal, 266 financial), 213 negatives.
 * First sight (lead, 2026-12-07, on the 1715-detector build after lead round l85 on set 82, nothing aimed at this set):
 * seeds 1-2 96.7/96.3 % of values (credential 96.6/97.5 %, personal 95.0/92.7 %, financial 100/99.2 %), 44/213 and
 * 42/213 negatives flagged (20.7/19.7 %: postcodes left visible in records the app masked, `bearer HTTP/1.1` in a token
 * path, Salesforce consumer keys, masks percent-encoded, SigV4 credential scopes, base64 pagination cursors, upstream
 * and dialled server addresses, sender display names, `&lt;slot&gt;` and Ruby `#{…}` placeholders).
 * After round l85 on it: seeds 1-2 97.7/97.3 %, 0/213 and 2/213 flagged; seed 3 (not looked at) 96.7 %, 2/213.
 * Left: names JSON-escaped as `\u00e9` (Python's ensure_ascii), OAuth codes in multi-line objects without the client
 * secret beside them, Okta event-hook `authScheme` values, expired tokens quoted in error messages (flagged).
 */
describeBlindSet({ n: 84, build: buildBlindSet84, formatOk: formatOk84, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.975, minByGroup: { credential: 0.98, personal: 0.945, financial: 0.99 }, maxFlagged: 0.005 });

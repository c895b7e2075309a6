import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet61 } from '../../helpers/blind-set-61';
import { formatOk61 } from '../../helpers/blind-set-61-format';

/** Sealed blind set 61: error trackers' events as they reach an alert (Sentry event JSON with exception values, frame vars, breadcrumbs, request headers/cookies/data/query strings/env, user and contexts; Rollbar, Bugsnag metaData tabs, Honeybadger params/session/cgi_data, Airbrake, Raygun; Datadog Error Tracking and APM spans with error.stack, http.request.headers.* and db.statement; New Relic error attributes; Elastic APM errors) in Python, Ruby, Node, Java, Go, .NET, PHP and Elixir, failing while calling payment, CRM, messaging, identity, cloud and AI providers; seed 1: 488 positives, 1580 values (876 credential, 464 personal, 240 financial), 176 negatives; 94 distinct positive templates (duplicated credential- and payment-heavy ones under a -b id), 44 negative templates.
 *
 * First sight (lead, 2026-12-06 20:15 UTC, 1281 detectors, nothing aimed at it): seeds 1–3 98.5 % of values fully
 * covered (credential 99.1 %, personal 96.6 %, financial 100 %), 0 % of negatives flagged. Floors under it.
 * Tuned (round r61, lead): seeds 1–5 99.7 % (credential 100 %, personal 99.1 %, financial 100 %), 0 % flagged; the four
 * values left are six-group `IPv6` strings without `::`, which are not addresses.
 */
describeBlindSet({ n: 61, build: buildBlindSet61, formatOk: formatOk61, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.995, minByGroup: { credential: 0.995, personal: 0.985, financial: 0.995 }, maxFlagged: 0.005 });

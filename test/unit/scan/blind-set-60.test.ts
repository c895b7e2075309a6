import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet60 } from '../../helpers/blind-set-60';
import { formatOk60 } from '../../helpers/blind-set-60-format';

/**
 * Sealed blind set 60: CRM, marketing and support integrations' sync services as their error logs print them —
 * Salesforce (Bulk API 2.0 failed/successful results CSV, Bulk v1 XML, Apex/DML and Flow errors, composite responses,
 * OAuth password/refresh/JWT bearer flows, outbound messages, Pub/Sub API, SFDX auth URLs, Marketing Cloud), HubSpot
 * (batch upserts, property validation, associations, OAuth, legacy hapikey, webhooks, forms), Zendesk, Freshdesk,
 * Intercom, Marketo, Pardot, Braze, Iterable, Klaviyo, Mailchimp/Mandrill, Customer.io, Segment, RudderStack,
 * Pipedrive, Close, Attio, Hightouch and Census (failed rows, reverse-ETL configs), sync-diff logs, SQL failures,
 * support transcripts, and the services' own config (.env, YAML, TOML, INI, properties, Helm, Vault, Airflow,
 * Meltano, Airbyte, .npmrc, AWS credentials). 145 positive and 50 negative templates; seed 1: 807 positives,
 * 2743 values (1458 credential, 874 personal, 411 financial), 200 negatives.
 *
 * First sight (lead, 2026-12-06 20:16 UTC, 1281 detectors, nothing aimed at it): seeds 1–3 96.8–96.9 % of values fully
 * covered (credential 97.1–97.5 %, personal 95.7–96.3 %, financial 97.1 %), 4.0 % of negatives flagged. Floors under it.
 *
 * Tuned (round r60): seeds 1–5 100.0 % of values fully covered (every group), 0.0 % of negatives flagged — Close,
 * Mandrill and vendor-named keys, qualified and prose webhook signing keys, property-dump passwords, diff-arrow and
 * field-diff birth dates, bank numbers and national ids, compound streets and city-postcode lines, transcript,
 * `SuppliedName`, validation-failure and merge-field names; impossible `+1` numbers and documentation personas clean.
 */
describeBlindSet({ n: 60, build: buildBlindSet60, formatOk: formatOk60, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.997, minByGroup: { credential: 0.997, personal: 0.997, financial: 0.997 }, maxFlagged: 0.005 });

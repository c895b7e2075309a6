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
 */
describeBlindSet({ n: 60, build: buildBlindSet60, formatOk: formatOk60, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0, minByGroup: {}, maxFlagged: 1 });

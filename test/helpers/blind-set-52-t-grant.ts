import type { Template52 } from './blind-set-52-ctx';
import { jwt } from './blind-set-52-gen-cred';

/** Positive templates: grants offices, research finance, core-facility billing and shared research tooling. */
export const GRANT52: Template52[] = [
  {
    area: 'grants',
    name: 'subaward-wire',
    make: (c) => `Subaward ${c.pick(['R01', 'U01', 'P30'])}${c.pick(['CA', 'HG', 'AI', 'GM'])}${c.digits(6)} - payment instructions (from ${c.name()}, Office of Sponsored Programs)
Beneficiary: ${c.pick(['Karolinska Institutet', 'University of Edinburgh', 'KU Leuven', 'Institut Pasteur'])}
IBAN: ${c.iban()}
Tax ID / EIN of US pass-through: ${c.ein()}
Contact: ${c.mail()} / ${c.phone()}`,
  },
  {
    area: 'grants',
    name: 'w9-vendor-row',
    make: (c) => `INSERT INTO ap_vendor (vendor_name, tin_type, tin, bank_routing, bank_account, remit_email) VALUES ('${c.pick(['Azenta US Inc', 'Novogene Corp', 'Charles River Labs', 'Twist Bioscience'])}', 'EIN', '${c.ein()}', '${c.aba()}', '${c.acct()}', 'ar@${c.pick(['azenta.com', 'novogene.com', 'twistbioscience.com'])}');
INSERT INTO ap_vendor (vendor_name, tin_type, tin, bank_routing, bank_account, remit_email) VALUES ('${c.name()}', 'SSN', '${c.ssn()}', '${c.aba()}', '${c.acct()}', '${c.mail(c.who(), 'public')}');`,
  },
  {
    area: 'grants',
    name: 'core-recharge-card',
    make: (c) => {
      const amex = c.pick([true, false]);
      return `iLab Solutions / Agilent CrossLab - external customer order ${c.int(1000000, 9999999)}
Core: ${c.pick(['Flow Cytometry Core', 'Proteomics Core', 'Cryo-EM Facility', 'Genomics Core'])}
Customer: ${c.name()} <${c.mail()}>
Payment: ${c.card(amex ? 'amex' : undefined)}  CVV ${c.cvv(amex)}  Exp ${c.exp()}
Billing address: ${c.addr()}`;
    },
  },
  {
    area: 'grants',
    name: 'era-commons-script',
    rounds: 10,
    make: (c) => `# nih_submit.py  - Grants.gov S2S / eRA Commons system-to-system
ERA_USER = "${c.pick(['OSP_SO', 'SRO_SIGN'])}_${c.int(10, 99)}"
ERA_PASS = "${c.pw(14)}"
SAM_API_KEY = "${c.cr('api_key', c.k.samGov(c.r))}"
CERT_PASSPHRASE = "${c.pw(18)}"
NOTIFY = ["${c.mail()}", "${c.mail()}"]`,
  },
  {
    area: 'grants',
    name: 'workday-grants-json',
    make: (c) => `{"Worker":{"Name":"${c.name()}","Employee_ID":"${c.digits(6)}","Home_Address":"${c.addr()}","Personal_Email":"${c.mail(c.who(), 'public')}","Payment_Election":{"Bank_Routing":"${c.aba()}","Account_Number":"${c.acct()}"},"Effort":[{"Grant":"GR${c.digits(6)}","Percent":${c.int(5, 50)}}]},"auth":{"bearer":"${c.cr('jwt', jwt(c.r, { sub: 'ISU_Grants_Integration', tenant: c.pick(['ucsf', 'jhu', 'osu']), scope: 'Grants Payroll' }))}"}}`,
  },
  {
    area: 'grants',
    name: 'uk-research-council-payee',
    make: (c) => `Research Council payee update (Je-S / UKRI Funding Service)
Name: ${c.name()}
NI number: ${c.pi('nino', c.g.nino52(c.r))}
Sort code: ${c.fi('sort_code', c.g.sortCode52(c.r))}   Account: ${c.fi('bank_account', c.digits(8))}
IBAN: ${c.iban('GB')}
Address: ${c.addr(true)}`,
  },
  {
    area: 'grants',
    name: 'stripe-conference',
    make: (c) => `stripe.error.CardError: Request req_${c.r.b62(14)}: Your card's security code is incorrect.
  api_key=${c.cr('stripe_key', c.k.stripe(c.r))}
  card[number]=${c.card(undefined, false)}  card[cvc]=${c.cvv()}  billing_details[name]=${c.name()}
  metadata: {"event": "${c.pick(['ASHG 2024', 'ISMB 2025', 'Keystone Symposia'])} registration"}`,
  },
  {
    area: 'research-it',
    name: 'slack-bot-alert',
    rounds: 10,
    make: (c) => `const { WebClient } = require('@slack/web-api');
// sequencing-run-bot: posts run completions to #seq-runs
const web = new WebClient('${c.cr('slack_token', c.k.slackBot(c.r))}');
const hook = '${c.cr('slack_webhook', c.k.slackHook(c.r))}';
const SIGNING_SECRET = '${c.cr('slack_signing_secret', c.hex(32))}';`,
  },
  {
    area: 'research-it',
    name: 'azure-storage-conn',
    rounds: 10,
    make: (c) => `azure.core.exceptions.ClientAuthenticationError: Server failed to authenticate the request.
ErrorCode:AuthenticationFailed
conn_str = "DefaultEndpointsProtocol=https;AccountName=${c.pick(['imagingcorestg', 'omicsdatalake', 'cryoemraw'])}${c.int(1, 9)};AccountKey=${c.cr('azure_storage_key', c.k.azureStorageKey(c.r))};EndpointSuffix=core.windows.net"
sas_url = "https://omicsdatalake.blob.core.windows.net/fastq?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-0${c.int(1, 9)}-01T00:00:00Z&spr=https&sig=${c.cr('azure_sas_signature', c.k.azureSasSig(c.r))}"`,
  },
  {
    area: 'research-it',
    name: 'azure-ad-app',
    rounds: 10,
    make: (c) => `appsettings.Production.json
{
  "AzureAd": { "Instance": "https://login.microsoftonline.com/", "TenantId": "${c.uuid()}", "ClientId": "${c.uuid()}", "ClientSecret": "${c.cr('azure_client_secret', c.k.azureClientSecret(c.r))}" },
  "ConnectionStrings": { "ElnDb": "Server=tcp:eln-sql.database.windows.net,1433;Database=eln;User ID=elnadmin;Password=${c.pw(16)};Encrypt=True;" },
  "Teams": { "Webhook": "${c.cr('teams_webhook', c.k.teamsHook(c.r))}" }
}`,
  },
  {
    area: 'research-it',
    name: 'databricks-omics',
    rounds: 10,
    make: (c) => `databricks configure --token
Databricks Host: https://adb-${c.digits(16)}.${c.int(1, 19)}.azuredatabricks.net
Token: ${c.cr('databricks_token', c.k.databricks(c.r))}
[DEFAULT] host = https://dbc-${c.hex(8)}-${c.hex(4)}.cloud.databricks.com
token = ${c.cr('databricks_token', c.k.databricks(c.r))}`,
  },
  {
    area: 'research-it',
    name: 'github-actions-log',
    rounds: 10,
    make: (c) => `Run pip install -r requirements.txt
  env:
    PYPI_INDEX: https://__token__:${c.cr('pypi_token', 'pypi-AgEIcHlwaS5vcmc' + c.k.b64url(c.r, 120))}@upload.pypi.org/legacy/
    NPM_TOKEN: ${c.cr('npm_token', c.k.npm(c.r))}
    GITLAB_TOKEN: ${c.cr('gitlab_token', c.k.glpat(c.r))}
    DOCKERHUB_TOKEN: ${c.cr('docker_token', c.k.dockerPat(c.r))}`,
  },
  {
    area: 'research-it',
    name: 'zenodo-figshare-deposit',
    rounds: 10,
    make: (c) => `$ curl -H "Authorization: Bearer ${c.cr('zenodo_token', c.k.zenodo(c.r))}" https://zenodo.org/api/deposit/depositions
[{"id": ${c.int(10000000, 14999999)}, "metadata": {"creators": [{"name": "${c.name(c.who(), 'lastfirst')}", "orcid": "0000-000${c.int(1, 3)}-${c.digits(4)}-${c.digits(3)}X"}]}}]
$ export FIGSHARE_TOKEN=${c.cr('figshare_token', c.k.figshare(c.r))}
$ export PROTOCOLS_IO_TOKEN=${c.cr('api_token', c.k.protocolsIo(c.r))}`,
  },
  {
    area: 'research-it',
    name: 'llm-lab-assistant',
    rounds: 10,
    make: (c) => `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${c.cr('openai_key', c.k.openai(c.r))}.', 'type': 'invalid_request_error'}}
ANTHROPIC_API_KEY=${c.cr('anthropic_key', c.k.anthropic(c.r))}
# protocol summariser, owner ${c.name()}`,
  },
  {
    area: 'research-it',
    name: 'vault-okta-datadog',
    rounds: 10,
    make: (c) => `time="${c.ts()}" level=warning msg="token renewal failed" vault_addr=https://vault.${c.pick(['research.mssm.edu', 'hpc.ucsd.edu', 'bio.tum.de'])}:8200 token=${c.cr('vault_token', c.k.vault(c.r))}
OKTA_API_TOKEN=${c.cr('okta_token', c.k.okta(c.r))}
DD_API_KEY=${c.cr('datadog_api_key', c.k.datadog(c.r))} DD_APP_KEY=${c.cr('datadog_app_key', c.k.datadogApp(c.r))}`,
  },
  {
    area: 'research-it',
    name: 'sendgrid-mailgun-notify',
    rounds: 10,
    make: (c) => `# recruitment mailer for ${c.pick(['ALL-IN', 'MyCap', 'ResearchMatch'])} study invites
SENDGRID_API_KEY='${c.cr('sendgrid_key', c.k.sendgrid(c.r))}'
MAILGUN_API_KEY='${c.cr('mailgun_key', c.k.mailgun(c.r))}'
test_recipient='${c.mail(c.who(), 'public')}'`,
  },
  {
    area: 'research-it',
    name: 'minio-imaging',
    rounds: 10,
    make: (c) => `mc alias set ${c.pick(['cryoem', 'lightsheet', 'histo'])} https://s3.${c.pick(['janelia.org', 'hhmi.org', 'crick.ac.uk'])} ${c.cr('s3_access_key', c.k.minioAccess(c.r))} ${c.cr('s3_secret_key', c.k.awsSecret(c.r))}
Added \`cryoem\` successfully.
mc ls cryoem/raw/${c.int(2023, 2025)}/${c.pi('person_name', ((w) => `${w.first}_${w.last}`.replace(/ /g, '_'))(c.who()))}/`,
  },
  {
    area: 'research-it',
    name: 'posit-connect',
    rounds: 10,
    make: (c) => `connectapi::connect(server = "https://connect.${c.pick(['biostat.wisc.edu', 'ohsu.edu', 'roche.com'])}", api_key = "${c.cr('posit_api_key', c.k.posit(c.r))}")
Error: Unauthorized (HTTP 401) for ${c.mail()}
Sys.setenv(GOOGLE_API_KEY = "${c.cr('gcp_api_key', c.k.gcpApiKey(c.r))}")`,
  },
  {
    area: 'research-it',
    name: 'atlassian-jira-ticket',
    rounds: 10,
    make: (c) => `JIRA_USER=${c.mail()}
JIRA_API_TOKEN=${c.cr('atlassian_token', c.k.atlassian(c.r))}
DROPBOX_TOKEN=${c.cr('dropbox_token', c.k.dropbox(c.r))}
BOX_DEVELOPER_TOKEN=${c.cr('box_token', c.k.boxDev(c.r))}`,
  },
  {
    area: 'research-it',
    name: 'aws-sts-healthomics',
    rounds: 10,
    make: (c) => `botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the StartRun operation: User: arn:aws:sts::${c.digits(12)}:assumed-role/OmicsWorkflowRole/${c.mail()} is not authorized
Credentials(access_key='${c.cr('aws_access_key_id', c.k.awsAkid(c.r))}', secret_key='${c.cr('aws_secret_access_key', c.k.awsSecret(c.r))}', token='${c.cr('aws_session_token', c.k.awsSession(c.r))}')`,
  },
];

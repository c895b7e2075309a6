import { CHARS, crc32Of, Rand, toBase62 } from './blind-set-4-rng';

/**
 * Provider credentials for blind set 4, in the shapes the providers publish (prefix, length,
 * alphabet, checksum where there is one). Written from the providers' documentation of their
 * token formats, not from any scanner's rules.
 */
export class ProviderTokens {
  constructor(private readonly r: Rand) {}

  /** GitHub token with its CRC32 base-62 checksum; kind is ghp, gho, ghu, ghs or ghr. */
  github(kind = 'ghp'): string {
    const body = this.r.chars(CHARS.alnum, 30);
    return `${kind}_${body}${toBase62(crc32Of(body), 6)}`;
  }
  /** GitHub fine-grained personal access token. */
  githubFine(): string {
    return `github_pat_11${this.r.chars(CHARS.AZ09, 20)}_${this.r.chars(CHARS.alnum, 59)}`;
  }
  /** GitLab personal access token. */
  gitlab(prefix = 'glpat-'): string {
    return prefix + this.r.chars(CHARS.url.replace('_', ''), 20);
  }
  /** AWS key pair; temporary (ASIA) with a session token when sts. */
  aws(sts = false): { id: string; secret: string; session: string } {
    const id = (sts ? 'ASIA' : 'AKIA') + this.r.chars(CHARS.AZ.replace(/[01]/g, '') + '234567', 16);
    const secret = this.r.chars(CHARS.b64, 40);
    const session = 'IQoJb3JpZ2luX2VjE' + this.r.chars(CHARS.alnum, 3) + this.r.bytes(260).toString('base64').replace(/=+$/, '');
    return { id, secret, session };
  }
  /** Slack bot (xoxb) or user (xoxp) token. */
  slack(kind: 'xoxb' | 'xoxp' = 'xoxb'): string {
    const tail = kind === 'xoxb' ? this.r.chars(CHARS.alnum, 24) : this.r.chars(CHARS.hex, 32);
    const mid = kind === 'xoxp' ? `-${this.r.num(13)}` : '';
    return `${kind}-${this.r.num(12)}-${this.r.num(13)}${mid}-${tail}`;
  }
  /** Slack app-level token. */
  slackApp(): string {
    return `xapp-1-A${this.r.chars(CHARS.AZ09, 10)}-${this.r.num(13)}-${this.r.chars(CHARS.hex, 64)}`;
  }
  /** Slack incoming webhook URL. */
  slackHook(): string {
    return `https://hooks.slack.com/services/T${this.r.chars(CHARS.AZ09, 8)}/B${this.r.chars(CHARS.AZ09, 10)}/${this.r.chars(CHARS.alnum, 24)}`;
  }
  /** Stripe secret (sk) or restricted (rk) live key, new long form. */
  stripe(kind: 'sk' | 'rk' = 'sk'): string {
    return `${kind}_live_51${this.r.chars(CHARS.alnum, 97)}`;
  }
  /** Stripe webhook signing secret. */
  stripeWhsec(): string {
    return `whsec_${this.r.chars(CHARS.alnum, 32)}`;
  }
  /** Twilio account SID (AC) or API key SID (SK). */
  twilioSid(kind: 'AC' | 'SK' = 'AC'): string {
    return kind + this.r.chars(CHARS.hex, 32);
  }
  /** Twilio auth token (32 hex). */
  hex(n: number): string {
    return this.r.chars(CHARS.hex, n);
  }
  /** SendGrid API key. */
  sendgrid(): string {
    return `SG.${this.r.chars(CHARS.url, 22)}.${this.r.chars(CHARS.url, 43)}`;
  }
  /** Mailgun private key (current form). */
  mailgun(): string {
    return `${this.hex(32)}-${this.hex(8)}-${this.hex(8)}`;
  }
  /** Mailchimp API key with its datacenter suffix. */
  mailchimp(): string {
    return `${this.hex(32)}-us${this.r.int(1, 21)}`;
  }
  /** New Relic user API key. */
  newRelicUser(): string {
    return `NRAK-${this.r.chars(CHARS.AZ09, 27)}`;
  }
  /** New Relic license (ingest) key. */
  newRelicLicense(): string {
    return `${this.hex(36)}NRAL`;
  }
  /** Sentry user auth token. */
  sentryUser(): string {
    return `sntryu_${this.hex(64)}`;
  }
  /** Grafana service-account token. */
  grafana(): string {
    return `glsa_${this.r.chars(CHARS.alnum, 32)}_${this.hex(8)}`;
  }
  /** npm automation/publish token. */
  npm(): string {
    return `npm_${this.r.chars(CHARS.alnum, 36)}`;
  }
  /** PyPI API token (a macaroon for pypi.org). */
  pypi(): string {
    return `pypi-AgEIcHlwaS5vcmc${this.r.bytes(96).toString('base64url')}`;
  }
  /** Docker Hub personal access token. */
  docker(): string {
    return `dckr_pat_${this.r.chars(CHARS.url, 27)}`;
  }
  /** Shopify Admin API access token. */
  shopify(): string {
    return `shpat_${this.hex(32)}`;
  }
  /** HubSpot private-app token. */
  hubspot(): string {
    return `pat-${this.r.one(['na1', 'eu1'])}-${this.r.uuid()}`;
  }
  /** Salesforce session / OAuth access token (org id ! token). */
  salesforce(): string {
    return `00D${this.r.chars(CHARS.alnum, 12)}!AQ${this.r.chars(CHARS.alnum, 4)}.${this.r.chars(CHARS.alnum + '._', 92)}`;
  }
  /** Okta API token (SSWS). */
  okta(): string {
    return `00${this.r.chars(CHARS.url, 40)}`;
  }
  /** Atlassian Cloud API token. */
  atlassian(): string {
    return `ATATT3xFfGF0${this.r.chars(CHARS.url, 180)}=${this.r.chars(CHARS.HEX, 8)}`;
  }
  /** Linear personal API key. */
  linear(): string {
    return `lin_api_${this.r.chars(CHARS.alnum, 40)}`;
  }
  /** Notion internal integration token (current prefix). */
  notion(): string {
    return `ntn_${this.r.num(11)}${this.r.chars(CHARS.alnum, 35)}`;
  }
  /** OpenAI project key. */
  openai(): string {
    return `sk-proj-${this.r.chars(CHARS.url, 64)}T3BlbkFJ${this.r.chars(CHARS.url, 64)}`;
  }
  /** Anthropic API key. */
  anthropic(): string {
    return `sk-ant-api03-${this.r.chars(CHARS.url, 93)}AA`;
  }
  /** Hugging Face user access token. */
  huggingface(): string {
    return `hf_${this.r.chars(CHARS.AZ + CHARS.az, 34)}`;
  }
  /** HashiCorp Vault service token. */
  vault(): string {
    return `hvs.${this.r.chars(CHARS.alnum, 24)}`;
  }
  /** Terraform Cloud / HCP Terraform API token. */
  terraform(): string {
    return `${this.r.chars(CHARS.alnum, 14)}.atlasv1.${this.r.chars(CHARS.alnum, 67)}`;
  }
  /** DigitalOcean personal access token. */
  digitalocean(): string {
    return `dop_v1_${this.hex(64)}`;
  }
  /** Azure Storage account key (64 bytes, base64). */
  azureStorage(): string {
    return this.r.bytes(64).toString('base64');
  }
  /** Azure Entra application client secret. */
  azureClientSecret(): string {
    return `${this.r.chars(CHARS.alnum, 3)}8Q~${this.r.chars(CHARS.alnum + '_~.-', 34)}`;
  }
  /** Google API key. */
  googleApi(): string {
    return `AIza${this.r.chars(CHARS.url, 35)}`;
  }
  /** Google OAuth access token. */
  googleAccess(): string {
    return `ya29.a0${this.r.chars(CHARS.url, 150)}`;
  }
  /** Google OAuth refresh token. */
  googleRefresh(): string {
    return `1//0${this.r.chars(CHARS.alnum, 1)}${this.r.chars(CHARS.url, 98)}`;
  }
  /** Databricks personal access token. */
  databricks(): string {
    return `dapi${this.hex(32)}`;
  }
  /** Square production access token. */
  square(): string {
    return `EAAA${this.r.chars(CHARS.url, 60)}`;
  }
  /** Braintree production access token. */
  braintree(): string {
    return `access_token$production$${this.r.chars(CHARS.az09, 16)}$${this.hex(32)}`;
  }
  /** Plaid access token. */
  plaid(): string {
    return `access-production-${this.r.uuid()}`;
  }
  /** Discord webhook URL. */
  discordHook(): string {
    return `https://discord.com/api/webhooks/${this.r.num(19)}/${this.r.chars(CHARS.url, 68)}`;
  }
  /** Telegram bot token. */
  telegram(): string {
    return `${this.r.num(10)}:AA${this.r.chars(CHARS.url, 33)}`;
  }
  /** Postman API key. */
  postman(): string {
    return `PMAK-${this.hex(24)}-${this.hex(34)}`;
  }
  /** Airtable personal access token. */
  airtable(): string {
    return `pat${this.r.chars(CHARS.alnum, 14)}.${this.hex(64)}`;
  }
  /** Supabase personal access token. */
  supabase(): string {
    return `sbp_${this.hex(40)}`;
  }
  /** Doppler service token. */
  doppler(): string {
    return `dp.st.prd.${this.r.chars(CHARS.alnum, 43)}`;
  }
  /** Pulumi access token. */
  pulumi(): string {
    return `pul-${this.hex(40)}`;
  }
  /** SonarQube user token. */
  sonar(): string {
    return `squ_${this.hex(40)}`;
  }
  /** Sourcegraph access token. */
  sourcegraph(): string {
    return `sgp_${this.hex(16)}_${this.hex(40)}`;
  }
  /** Buildkite API access token. */
  buildkite(): string {
    return `bkua_${this.hex(40)}`;
  }
  /** Dynatrace API token. */
  dynatrace(): string {
    return `dt0c01.${this.r.chars(CHARS.AZ09, 24)}.${this.r.chars(CHARS.AZ09, 64)}`;
  }
  /** Bitbucket app password. */
  bitbucket(): string {
    return `ATBB${this.r.chars(CHARS.alnum, 32)}${this.r.chars(CHARS.HEX, 8)}`;
  }
  /** Azure DevOps personal access token (52 base-32 characters). */
  azureDevops(): string {
    return this.r.chars(CHARS.b32lower, 52);
  }
  /** Netlify personal access token. */
  netlify(): string {
    return `nfp_${this.r.chars(CHARS.alnum, 36)}`;
  }
  /** Age secret key (bech32 upper case). */
  age(): string {
    return `AGE-SECRET-KEY-1${this.r.chars('QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L', 58)}`;
  }
}

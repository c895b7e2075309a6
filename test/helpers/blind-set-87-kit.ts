import { b64, jsonInner, pct } from './blind-set-87-enc';
import { person, type Person87 } from './blind-set-87-people';
import type { Rng87 } from './blind-set-87-rng';
import { password, pemKey, T } from './blind-set-87-tokens';
import type { Case87 } from './blind-set-87-types';

/** Blind set 87: what every printer starts from: a person, the organisation, a time; and the integration's own credentials. */

export interface Org87 {
  name: string;
  short: string;
  domain: string;
  phone: string;
  office: string;
  /** Employer or provider EIN (public business id). */
  ein: string;
}

export const ORGS: readonly Org87[] = [
  { name: 'Mercy Ridge Health System', short: 'MRHS', domain: 'mercyridge.org', phone: '(614) 293-8000', office: '410 W 10th Ave, Columbus, OH 43210', ein: '31-4379427' },
  { name: 'Cascade Valley Medical Center', short: 'CVMC', domain: 'cascadevalleymed.org', phone: '(503) 494-8311', office: '3181 SW Sam Jackson Park Rd, Portland, OR 97239', ein: '93-0386823' },
  { name: 'Lakeshore Family Clinics', short: 'LFC', domain: 'lakeshorefc.com', phone: '1-800-642-2273', office: '233 S Wacker Dr, Suite 8400, Chicago, IL 60606', ein: '36-2167060' },
  { name: 'Brightpath Benefits LLC', short: 'BPB', domain: 'brightpathbenefits.com', phone: '1-888-410-2277', office: '100 Federal St, Boston, MA 02110', ein: '04-3521876' },
  { name: 'Northwind Logistics Inc.', short: 'NWL', domain: 'northwindlogistics.com', phone: '(206) 447-0300', office: '1201 3rd Ave, Seattle, WA 98101', ein: '91-1144442' },
  { name: 'Fernway Retail Group', short: 'FRG', domain: 'fernway.co.uk', phone: '0800 046 5521', office: '3 Brindley Place, Birmingham B1 2JB', ein: '47-2193850' },
  { name: 'Kestrel Analytics GmbH', short: 'KA', domain: 'kestrel-analytics.de', phone: '+49 30 2089 4410', office: 'Friedrichstraße 68, 10117 Berlin', ein: '82-4410936' },
  { name: 'Sunbelt Orthopedic Partners', short: 'SOP', domain: 'sunbeltortho.com', phone: '(512) 476-2131', office: '1301 W 38th St, Austin, TX 78705', ein: '74-2801563' },
];

export interface Kit87 {
  r: Rng87;
  p: Person87;
  org: Org87;
  t: number;
}

export function kit(c: Case87): Kit87 {
  const r = c.rng;
  return { r, p: person(r), org: r.pick(ORGS), t: 1711929600 + r.int(0, 90 * 86400) };
}

export function iso(t: number, ms = false): string {
  const s = new Date(t * 1000).toISOString();
  return ms ? s : s.replace(/\.\d{3}Z$/, 'Z');
}

/** HL7/X12 timestamps: `20240412153012` and `20240412`. */
export function ts14(t: number): string {
  return iso(t).replace(/[-:TZ]/g, '');
}

export function traceId(r: Rng87): string {
  return String(r.int(1, 9)) + r.digits(18);
}

/** A Basic credential `user:secret`, planted as the base64 the header carries. */
export function basic(c: Case87, user: string, secret: string): string {
  return c.cred(b64(`${user}:${secret}`), 'basic-auth');
}

/** A key name in one of the spellings configs use: SCREAMING_SNAKE, snake, camel, kebab, dotted. */
export function spell(r: Rng87, words: readonly string[]): string {
  const lw = words.map((w) => w.toLowerCase());
  switch (r.int(0, 5)) {
    case 0:
    case 1: return lw.join('_').toUpperCase();
    case 2: return lw.join('_');
    case 3: return lw[0] + lw.slice(1).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
    case 4: return lw.join('-');
    default: return lw.join('.');
  }
}

/** One credential of the integration: [key words, value]. */
export function integrationCred(c: Case87, _t: number): [string[], string] {
  const r = c.rng;
  switch (r.int(0, 17)) {
    case 0: return [['epic', 'client', 'secret'], c.cred(T.clientSecret(r), 'client-secret')];
    case 1: return [['gusto', 'api', 'token'], c.cred(T.gusto(r), 'api-key')];
    case 2: return [['rippling', 'api', 'key'], c.cred(T.rippling(r), 'api-key')];
    case 3: return [['checkr', 'api', 'key'], c.cred(T.checkr(r), 'checkr-key')];
    case 4: return [['greenhouse', 'harvest', 'key'], c.cred(T.greenhouse(r), 'greenhouse-key')];
    case 5: return [['bamboohr', 'api', 'key'], c.cred(T.bamboo(r), 'bamboohr-key')];
    case 6: return [['aws', 'secret', 'access', 'key'], c.cred(T.awsSecret(r), 'aws-secret-key')];
    case 7: return [['aws', 'access', 'key', 'id'], c.cred(T.awsKey(r), 'aws-access-key')];
    case 8: return [['availity', 'sftp', 'password'], c.cred(password(r), 'password')];
    case 9: return [['workday', 'isu', 'password'], c.cred(password(r), 'password')];
    case 10: return [['dd', 'api', 'key'], c.cred(T.ddApi(r), 'datadog-api-key')];
    case 11: return [['stripe', 'secret', 'key'], c.cred(T.stripe(r), 'stripe-key')];
    case 12: return [['slack', 'bot', 'token'], c.cred(T.slackBot(r), 'slack-token')];
    case 13: return [['docusign', 'private', 'key'], c.cred(pemKey(r, 'RSA'), 'private-key')];
    case 14: return [['changehc', 'client', 'secret'], c.cred(T.clientSecret(r), 'client-secret')];
    case 15: return [['deel', 'api', 'token'], c.cred(T.deel(r), 'api-key')];
    case 16: {
      const pw = password(r);
      c.cred(pct(pw), 'password');
      return [['database', 'url'], `postgres://hr_sync:${pct(pw)}@${r.pick(['payroll-db', 'pg-hris', 'claims-db'])}.${r.lowerAlnum(10)}.us-east-1.rds.amazonaws.com:5432/${r.pick(['hris', 'claims', 'payroll'])}`];
    }
    default: {
      const acct = `${r.pick(['edi', 'hl7', 'payroll'])}${r.lowerAlnum(8)}`;
      return [['azure', 'storage', 'connection', 'string'], `DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${c.cred(T.azureKey(r), 'azure-storage-key')};EndpointSuffix=core.windows.net`];
    }
  }
}

/** The worker's loaded credentials as a config or env line it logs beside the failure. */
export function envLine(c: Case87, t: number): string {
  const r = c.rng;
  const [w1, v1] = integrationCred(c, t);
  const k1 = spell(r, w1);
  if (r.chance(0.92)) {
    const [w2, v2] = integrationCred(c, t);
    const k2 = spell(r, w2);
    if (r.chance(0.6)) {
      const [w3, v3] = integrationCred(c, t);
      const k3 = spell(r, w3);
      return r.pick([`env ${k1}=${v1} ${k2}=${v2} ${k3}=${v3}`, `config: {"${k1}":"${jsonInner(v1)}","${k2}":"${jsonInner(v2)}","retries":3,"${k3}":"${jsonInner(v3)}"}`, `${k1}=${v1}\n${k2}=${v2}\n${k3}=${v3}`]);
    }
    return r.pick([
      `env ${k1}=${v1} ${k2}=${v2}`,
      `config: {"${k1}":"${jsonInner(v1)}","${k2}":"${jsonInner(v2)}","timeout_ms":30000}`,
      `${k1}='${v1}'\n${k2}='${v2}'`,
      `settings:\n  ${k1}: "${jsonInner(v1)}"\n  ${k2}: "${jsonInner(v2)}"`,
      `[integration]\n${k1} = "${jsonInner(v1)}"\n${k2} = "${jsonInner(v2)}"`,
    ]);
  }
  return r.pick([`env ${k1}=${v1}`, `config.${k1}: "${jsonInner(v1)}"`, `${k1}='${v1}'`, `--- loaded ${k1} (${v1}) from vault`, `-D${k1}=${v1}`, `export ${k1.toUpperCase().replace(/[.-]/g, '_')}="${v1.replace(/"/g, '\\"')}"`]);
}

export function stack(r: Rng87, lang: 'node' | 'py' | 'java' | 'rb' | 'cs', where: string): string {
  switch (lang) {
    case 'node': return [`    at ${where} (/app/dist/integrations/${where.split('.')[0]!.toLowerCase()}.js:${r.int(20, 400)}:${r.int(5, 40)})`, '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)', `    at async Worker.run (/app/dist/queue/worker.js:${r.int(20, 200)}:${r.int(5, 30)})`].join('\n');
    case 'py': return ['Traceback (most recent call last):', `  File "/srv/app/integrations/${where}.py", line ${r.int(20, 400)}, in run`, '    resp.raise_for_status()', '  File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status', '    raise HTTPError(http_error_msg, response=self)'].join('\n');
    case 'java': return [`\tat com.${where}.client.ApiClient.execute(ApiClient.java:${r.int(50, 500)})`, `\tat com.${where}.sync.FeedProcessor.process(FeedProcessor.java:${r.int(50, 300)})`, '\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)'].join('\n');
    case 'rb': return [`/app/app/services/${where}.rb:${r.int(20, 200)}:in 'call'`, '/usr/local/bundle/gems/faraday-2.9.0/lib/faraday/response/raise_error.rb:30:in \'on_complete\'', `/app/app/jobs/sync_job.rb:${r.int(10, 90)}:in 'perform'`].join('\n');
    default: return [`   at ${where}.Client.SendAsync(HttpRequestMessage request) in /src/${where}/Client.cs:line ${r.int(20, 300)}`, `   at ${where}.Jobs.FeedJob.RunAsync(CancellationToken ct) in /src/${where}/Jobs/FeedJob.cs:line ${r.int(20, 200)}`].join('\n');
  }
}

/** One or two more secrets of a vendor's integration, as the failing worker echoes its settings. */
export function vendorSecrets(c: Case87, vendor: string): string {
  const r = c.rng;
  const one = (): string => {
    switch (r.int(0, 5)) {
      case 0: return `${spell(r, [vendor, 'webhook', 'secret'])}=${c.cred(r.pick([T.hex(r, 64), `whsec_${r.alnum(32)}`]), 'webhook-secret')}`;
      case 1: return `${spell(r, [vendor, 'client', 'secret'])}=${c.cred(T.clientSecret(r), 'client-secret')}`;
      case 2: return `${spell(r, [vendor, 'refresh', 'token'])}=${c.cred(T.opaque(r, r.int(48, 80)), 'refresh-token')}`;
      case 3: return `${spell(r, [vendor, 'hmac', 'key'])}: ${c.cred(r.b64(43) + '=', 'hmac-key')}`;
      case 4: return `${spell(r, [vendor, 'sftp', 'password'])}: ${c.cred(password(r), 'password')}`;
      default: return `aws_access_key_id=${c.cred(T.awsKey(r), 'aws-access-key')} aws_secret_access_key=${c.cred(T.awsSecret(r), 'aws-secret-key')}`;
    }
  };
  return r.chance(0.45) ? `${one()} ${one()}` : one();
}

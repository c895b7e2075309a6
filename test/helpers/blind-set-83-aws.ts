import { payBody, show, type Gen83 } from './blind-set-83-common';
import type { K83 } from './blind-set-83-values';

const ident = (k: K83, who: string) => ({
  type: 'AssumedRole',
  principalId: `AROA${k.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:${who}`,
  arn: `arn:aws:sts::${k.acct()}:assumed-role/AWSReservedSSO_AdministratorAccess_${k.r.hex(16)}/${who}`,
  accountId: k.acct(),
  accessKeyId: k.akidRaw('ASIA'),
  sessionContext: { sessionIssuer: { type: 'Role', userName: 'AWSReservedSSO_AdministratorAccess' }, attributes: { creationDate: k.ts(), mfaAuthenticated: 'false' } },
});
const trail = (k: K83, src: string, name: string, who: string, ip: string, req: unknown, resp: unknown) => ({
  eventVersion: '1.09', userIdentity: ident(k, who), eventTime: k.ts().slice(0, 19) + 'Z', eventSource: src, eventName: name,
  awsRegion: k.region(), sourceIPAddress: ip, userAgent: k.r.pick(['aws-cli/2.15.30 Python/3.11.8 Darwin/23.4.0 exe/x86_64 prompt/off', 'Boto3/1.34.69 md/Botocore#1.34.69 ua/2.0 os/linux#6.1.0', 'console.amazonaws.com']),
  requestParameters: req, responseElements: resp, requestID: k.reqId(), eventID: k.reqId(), readOnly: false, eventType: 'AwsApiCall', managementEvent: true,
  recipientAccountId: k.acct(), eventCategory: 'Management', tlsDetails: { tlsVersion: 'TLSv1.3', cipherSuite: 'TLS_AES_128_GCM_SHA256', clientProvidedHostHeader: `${src.split('.')[0]}.amazonaws.com` },
});

export const cloudtrail: Gen83 = (k) => {
  const who = k.r.next() < 0.5 ? k.email() : k.p(`${k.first().toLowerCase()}.${k.last().toLowerCase()}`, 'name');
  const ip = k.r.next() < 0.7 ? k.ip() : k.ip6();
  const v = k.r.int(0, 3);
  let ev;
  if (v === 0) ev = trail(k, 'iam.amazonaws.com', 'CreateAccessKey', who, ip, { userName: 'ci-deployer' }, { accessKey: { userName: 'ci-deployer', accessKeyId: k.akid(), status: 'Active', secretAccessKey: k.awsSecret(), createDate: 'Nov 14, 2026, 9:12:44 AM' } });
  else if (v === 1) ev = trail(k, 'sts.amazonaws.com', 'AssumeRole', who, ip, { roleArn: `arn:aws:iam::${k.acct()}:role/deploy`, roleSessionName: 'gha-deploy', durationSeconds: 3600 }, { credentials: { accessKeyId: k.akid('ASIA'), secretAccessKey: k.awsSecret(), sessionToken: k.sts(), expiration: 'Nov 14, 2026, 10:12:44 AM' }, assumedRoleUser: { assumedRoleId: `AROA${k.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}:gha-deploy`, arn: `arn:aws:sts::${k.acct()}:assumed-role/deploy/gha-deploy` } });
  else if (v === 2) ev = trail(k, 'ssm.amazonaws.com', 'PutParameter', who, ip, { name: `/prod/${k.r.pick(['payments', 'billing', 'core'])}/DATABASE_URL`, type: 'String', value: `postgres://app_rw:${k.pw()}@prod-db.cluster-${k.r.hex(12)}.${k.region()}.rds.amazonaws.com:5432/app`, overwrite: true }, { version: k.r.int(2, 40), tier: 'Standard' });
  else ev = trail(k, 'secretsmanager.amazonaws.com', 'PutSecretValue', who, ip, { secretId: `arn:aws:secretsmanager:${k.region()}:${k.acct()}:secret:prod/stripe-${k.r.b62(6)}`, secretString: JSON.stringify({ STRIPE_SECRET_KEY: k.stripe(), STRIPE_WEBHOOK_SECRET: k.webhook() }) }, { versionId: k.reqId() });
  return k.r.next() < 0.5 ? JSON.stringify(ev) : JSON.stringify(ev, null, 2);
};

export const lambda: Gen83 = (k) => {
  const rid = k.reqId();
  const body = payBody(k);
  const ts = k.ts();
  const lines = [
    `START RequestId: ${rid} Version: $LATEST`,
    `${ts}\t${rid}\tINFO\tincoming event {"resource":"/checkout","httpMethod":"POST","headers":{"Authorization":"Bearer ${k.jwt({ sub: k.reqId(), email: k.email(), iat: 1794000000, exp: 1794003600 })}","X-Forwarded-For":"${k.ip()}, 130.176.${k.r.int(1, 250)}.${k.r.int(1, 250)}"},"body":${JSON.stringify(JSON.stringify(body))},"isBase64Encoded":false}`,
    `${ts}\t${rid}\tERROR\tInvoke Error \t{"errorType":"PaymentDeclined","errorMessage":"card_declined for ${(body as { customer?: { email: string } }).customer?.email ?? 'customer'}","stack":["PaymentDeclined: card_declined","    at charge (/var/task/index.js:88:11)"]}`,
    `END RequestId: ${rid}`,
    `REPORT RequestId: ${rid}\tDuration: ${k.r.int(20, 9000)}.${k.r.digits(2)} ms\tBilled Duration: ${k.r.int(20, 9000)} ms\tMemory Size: 512 MB\tMax Memory Used: ${k.r.int(60, 500)} MB\tInit Duration: ${k.r.int(100, 900)}.${k.r.digits(2)} ms`,
  ];
  if (k.r.next() < 0.5) lines.splice(1, 0, `${ts}\t${rid}\tDEBUG\tloaded env AWS_ACCESS_KEY_ID=${k.akid('ASIA')} AWS_SECRET_ACCESS_KEY=${k.awsSecret()} AWS_SESSION_TOKEN=${k.sts()}`);
  return lines.join('\n');
};

export const apigw: Gen83 = (k) => {
  const ip = k.r.next() < 0.8 ? k.ip() : k.ip6();
  const q = k.r.pick([
    () => `?email=${k.emailU()}&api_key=${k.c(k.r.b62(40), 'api-key')}`,
    () => `?access_token=${k.jwt({ sub: k.reqId(), scope: 'orders:write', exp: 1794009999 }, 'RS256')}`,
    () => `?card=${k.card()}&name=${k.nameU()}`,
  ])();
  return JSON.stringify({ requestId: k.reqId(), ip, caller: '-', user: '-', requestTime: '14/Nov/2026:09:12:44 +0000', httpMethod: 'GET', resourcePath: '/v1/orders', status: '200', protocol: 'HTTP/1.1', responseLength: String(k.r.int(100, 9000)), path: `/prod/v1/orders${q}`, userAgent: 'okhttp/4.12.0', integrationLatency: String(k.r.int(5, 900)) });
};

export const alb: Gen83 = (k) => {
  const elb = `app/prod-web/${k.r.hex(16)}`;
  const q = k.r.pick([
    () => `reset?token=${k.c(k.r.b64url(32), 'reset-token')}&email=${k.emailU()}`,
    () => `oauth/callback?code=${k.c(k.r.b64url(24), 'oauth-code')}&state=${k.r.hex(16)}`,
    () => `pay/confirm?iban=${k.iban()}&holder=${k.nameU()}`,
  ])();
  return `https ${k.ts().slice(0, 23)}Z ${elb} ${k.ip()}:${k.r.int(1024, 65000)} 10.0.${k.r.int(0, 255)}.${k.r.int(1, 254)}:8080 0.001 0.0${k.r.digits(2)} 0.000 200 200 ${k.r.int(100, 900)} ${k.r.int(200, 9000)} "GET https://app.${k.lower(6)}.io:443/${q} HTTP/2.0" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)" TLS_AES_128_GCM_SHA256 TLSv1.3 arn:aws:elasticloadbalancing:us-east-1:${k.acct()}:targetgroup/web/${k.r.hex(16)} "Root=1-${k.r.hex(8)}-${k.r.hex(24)}" "app.example.io" "arn:aws:acm:us-east-1:${k.acct()}:certificate/${k.reqId()}" 0 ${k.ts().slice(0, 23)}Z "forward" "-" "-" "10.0.3.17:8080" "200" "-" "-"`;
};

export const s3access: Gen83 = (k) => {
  const bucket = `${k.lower(5)}-exports`;
  const obj = k.r.pick([
    () => `statements/${k.emailU()}/${k.r.digits(6)}.pdf`,
    () => `kyc/${k.nameU(true)}_passport.jpg`,
  ])();
  const sig = k.c(k.r.hex(64), 'presigned-signature');
  return `${k.r.hex(64)} ${bucket} [14/Nov/2026:09:12:44 +0000] ${k.ip()} - ${k.r.chars('ABCDEF0123456789', 16)} REST.GET.OBJECT ${obj} "GET /${bucket}/${obj}?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${k.akid()}%2F20261114%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261114T091244Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${sig} HTTP/1.1" 200 - ${k.r.int(1000, 900000)} ${k.r.int(1000, 900000)} 41 40 "-" "curl/8.4.0" - ${k.r.b64(48)} SigV4 TLS_AES_128_GCM_SHA256 QueryString ${bucket}.s3.amazonaws.com TLSv1.3 - -`;
};

export const stepfunctions: Gen83 = (k) => {
  const input = { ...payBody(k), idempotencyKey: k.reqId() };
  const out = { kyc: { status: 'approved', ssn: k.ssn(), dob: k.dob() }, providerToken: k.c('tok_live_' + k.r.b62(24), 'payment-token') };
  return JSON.stringify({ id: k.reqId(), type: k.r.pick(['ExecutionStarted', 'TaskStateExited']), details: { input: JSON.stringify(input), inputDetails: { truncated: false }, output: JSON.stringify(out), roleArn: `arn:aws:iam::${k.acct()}:role/StepFunctions-onboarding` }, execution_arn: `arn:aws:states:${k.region()}:${k.acct()}:execution:Onboarding:${k.reqId()}`, event_timestamp: k.ts() });
};

export const ecsTaskDef: Gen83 = (k) => {
  const env = [
    { name: 'NODE_ENV', value: 'production' },
    { name: 'DATABASE_URL', value: `postgresql://api:${k.pw()}@db.internal:5432/api` },
    { name: 'AWS_ACCESS_KEY_ID', value: k.akid() },
    { name: 'AWS_SECRET_ACCESS_KEY', value: k.awsSecret() },
    { name: 'SENDGRID_API_KEY', value: k.sendgrid() },
    { name: 'ONCALL_CONTACT', value: `${k.name()} ${k.phone()}` },
    { name: 'REFUND_TEST_IBAN', value: k.iban() },
    { name: 'LOG_LEVEL', value: 'info' },
  ];
  return show(k, { taskDefinitionArn: `arn:aws:ecs:${k.region()}:${k.acct()}:task-definition/api:${k.r.int(10, 400)}`, containerDefinitions: [{ name: 'api', image: `${k.acct()}.dkr.ecr.us-east-1.amazonaws.com/api@sha256:${k.r.hex(64)}`, cpu: 512, memory: 1024, environment: env, secrets: [{ name: 'JWT_KEY', valueFrom: `arn:aws:ssm:us-east-1:${k.acct()}:parameter/api/jwt` }] }], family: 'api', networkMode: 'awsvpc' });
};

import { K } from './blind-set-45-creds';
import type { T45 } from './blind-set-45-types';

const a = 'shell';

/** Shell histories and terminal transcripts. */
export const SHELL45: T45[] = [
  { a, t: 'bash-history-exports', f: (c) => `cd ~/src/${c.pick(['billing-api', 'web', 'infra'])}
git pull --rebase
export GITHUB_TOKEN=${K.gh(c)}
export NPM_TOKEN=${K.npm(c)}
npm ci && npm test
export AWS_ACCESS_KEY_ID=${K.akid(c)} AWS_SECRET_ACCESS_KEY=${K.awsSecret(c)}
aws s3 ls s3://${c.pick(['acme-backups', 'lumen-exports'])}/
history | grep token
` },
  { a, t: 'zsh-history-timestamps', f: (c) => {
    const t = 1760000000 + c.int(0, 9000000);
    return `: ${t}:0;gh auth login --with-token <<< ${K.gh(c, 'gho_')}
: ${t + 31}:0;gh repo clone ${c.pick(['acme', 'northwind'])}/platform
: ${t + 96}:0;glab auth login --hostname gitlab.com --token ${K.glpat(c)}
: ${t + 140}:2;psql "postgresql://app_admin:${c.urlPass()}@${c.pick(['prod-db', 'replica-2'])}.${c.id(12)}.eu-west-1.rds.amazonaws.com:5432/billing?sslmode=require"
: ${t + 402}:0;code .
`;
  } },
  { a, t: 'fish-history', f: (c) => `- cmd: set -gx OPENAI_API_KEY ${K.openai(c)}
  when: ${1760000000 + c.int(0, 9000000)}
- cmd: set -gx ANTHROPIC_API_KEY ${K.anthropic(c)}
  when: ${1760000000 + c.int(0, 9000000)}
- cmd: python scripts/eval.py --limit 50
  when: ${1760000000 + c.int(0, 9000000)}
` },
  { a, t: 'powershell-history', f: (c) => `$env:AZURE_DEVOPS_EXT_PAT = "${K.adoPat(c)}"
az devops configure --defaults organization=https://dev.azure.com/${c.pick(['contoso', 'fabrikam'])}
$env:NUGET_API_KEY="${c.cred('nuget_api_key', 'oy2' + c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 43))}"
dotnet nuget push .\\bin\\Release\\*.nupkg --api-key $env:NUGET_API_KEY --source https://api.nuget.org/v3/index.json
Invoke-RestMethod -Uri https://api.github.com/user -Headers @{Authorization="token ${K.gh(c)}"}
` },
  { a, t: 'curl-bearer', f: (c) => `$ curl -sS -H "Authorization: Bearer ${K.gh(c)}" -H "Accept: application/vnd.github+json" https://api.github.com/repos/${c.pick(['acme', 'northwind'])}/api/actions/secrets
{
  "total_count": 3,
  "secrets": [ { "name": "NPM_TOKEN", "created_at": "${c.ts()}" } ]
}
$ curl -u ${c.user()}:${K.artifactoryKey(c)} -T dist/app-${c.int(1, 9)}.${c.int(0, 20)}.0.tgz https://corpbuild.jfrog.io/artifactory/npm-local/app/
` },
  { a, t: 'httpie-session', f: (c) => `$ http POST https://api.${c.pick(['northwind-traders.io', 'lumenhq.dev'])}/v2/customers Authorization:"Bearer ${K.jwt(c, { scope: 'customers:write' })}" name="${c.name()}" email=${c.email()} phone="${c.phone()}"
HTTP/1.1 201 Created
Content-Type: application/json
X-Request-Id: ${c.r.uuid()}

{ "id": "cus_${c.r.b62(14)}", "created": ${1760000000 + c.int(0, 9000000)} }
` },
  { a, t: 'db-cli-lines', f: (c) => `mysql -h ${c.ip4()} -u root -p'${c.pass()}' shop -e "SELECT COUNT(*) FROM orders"
mongosh "mongodb+srv://admin:${c.urlPass()}@cluster0.${c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/prod?retryWrites=true&w=majority"
redis-cli -h ${c.pick(['cache-prod', 'sessions'])}.${c.id(6)}.ng.0001.euw1.cache.amazonaws.com -p 6379 -a '${c.pass()}' --tls KEYS 'sess:*'
PGPASSWORD='${c.pass()}' pg_dump -h ${c.ip4()} -U postgres -Fc billing > billing.dump
` },
  { a, t: 'paas-cli', f: (c) => `$ heroku config:set STRIPE_SECRET_KEY=${K.stripe(c)} -a ${c.pick(['shop-api', 'billing-prod'])}
Setting STRIPE_SECRET_KEY and restarting ⬢ shop-api... done, v${c.int(40, 400)}
$ vercel env add DATABASE_URL production --token ${c.cred('vercel_token', c.r.b62(24))}
$ netlify deploy --prod --auth ${K.netlify(c)} --site ${c.r.uuid()}
$ fly secrets set SENTRY_DSN=https://${c.id(32)}@o${c.r.digits(6)}.ingest.sentry.io/${c.r.digits(7)} SESSION_SECRET=${c.cred('signing_secret', c.r.hex(64))}
` },
  { a, t: 'publish-commands', f: (c) => `$ NODE_AUTH_TOKEN=${K.npm(c)} npm publish --access public
npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access
+ @${c.pick(['acme', 'lumen'])}/sdk@${c.int(1, 5)}.${c.int(0, 30)}.${c.int(0, 9)}
$ twine upload -u __token__ -p ${K.pypi(c)} dist/*
$ gem push pkg/${c.pick(['acme_client', 'tidy'])}-0.${c.int(1, 9)}.0.gem --key ${K.rubygems(c)}
$ cargo publish --token ${K.crates(c)}
` },
  { a, t: 'docker-login', f: (c) => `$ echo ${K.dockerPat(c)} | docker login -u ${c.user()} --password-stdin
Login Succeeded
$ docker login registry.gitlab.com -u ${c.user()} -p ${K.glpat(c)}
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
Login Succeeded
$ aws ecr get-login-password | docker login --username AWS --password-stdin ${c.r.digits(12)}.dkr.ecr.us-east-1.amazonaws.com
` },
  { a, t: 'kubectl-secrets', f: (c) => `$ kubectl -n payments create secret generic api-secrets \\
    --from-literal=STRIPE_KEY=${K.stripe(c, 'rk_live_')} \\
    --from-literal=DB_PASSWORD='${c.pass()}' \\
    --from-literal=WEBHOOK_SECRET=${K.whsec(c)}
secret/api-secrets created
$ kubectl -n payments get secret api-secrets -o jsonpath='{.data.DB_PASSWORD}' | base64 -d
` },
  { a, t: 'aws-configure-transcript', f: (c) => `$ aws configure --profile ${c.pick(['prod', 'billing'])}
AWS Access Key ID [None]: ${K.akid(c)}
AWS Secret Access Key [None]: ${K.awsSecret(c)}
Default region name [None]: eu-west-1
Default output format [None]: json
$ aws sts get-caller-identity --profile prod
{ "UserId": "AIDA${c.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)}", "Account": "${c.r.digits(12)}", "Arn": "arn:aws:iam::${c.r.digits(12)}:user/${c.user()}" }
` },
  { a, t: 'ssh-sudo-transcript', f: (c) => `${c.user()}@devbox:~$ ssh deploy@web01.${c.pick(['kestrel-logistics.co.uk', 'tidewater-bank.com'])}
deploy@web01's password: 
Last login: Tue ${c.pick(['Mar', 'Jun', 'Oct'])} ${c.int(1, 28)} 09:${c.int(10, 59)}:02 2026 from ${c.ip4()}
deploy@web01:~$ echo '${c.pass()}' | sudo -S systemctl restart app
deploy@web01:~$ sudo cat /etc/app/secrets.env
SMTP_PASS=${c.pass()}
MAILGUN_API_KEY=${K.mailgun(c)}
` },
  { a, t: 'stripe-cli', f: (c) => `$ stripe login --api-key ${K.stripe(c)}
$ stripe customers create --name "${c.name()}" --email ${c.email()} --phone "${c.phone()}" --address.line1 "${c.street()}"
{
  "id": "cus_${c.r.b62(14)}",
  "object": "customer",
  "livemode": true
}
$ stripe listen --forward-to localhost:3000/webhooks
> Ready! Your webhook signing secret is ${K.whsec(c)} (^C to quit)
` },
  { a, t: 'gh-api-secrets', f: (c) => `$ gh secret set SONAR_TOKEN --body "${K.sonar(c)}" --repo ${c.pick(['acme', 'northwind'])}/web
✓ Set Actions secret SONAR_TOKEN for acme/web
$ gh secret set SLACK_WEBHOOK_URL --body "${K.slackHook(c)}"
$ gh api -H "Authorization: token ${K.gh(c)}" /orgs/acme/members --paginate | jq length
${c.int(20, 400)}
` },
  { a, t: 'script-session-pii', f: (c) => `Script started on ${c.date()} 14:${c.int(10, 59)}:11+00:00 [TERM="xterm-256color"]
$ rails c -e production
irb(main):001> u = User.find_by(email: "${c.email()}")
=> #<User id: ${c.int(1000, 99999)}, name: "${c.name()}", phone: "${c.phone()}", date_of_birth: "${c.dob()}", ssn_last4: nil, created_at: "${c.date()}">
irb(main):002> u.update!(tax_id: "${c.ssn()}")
=> true
` },
  { a, t: 'export-lines-dotprofile', f: (c) => `# ~/.profile additions
export HF_TOKEN="${K.hf(c)}"
export LINEAR_API_KEY='${K.linear(c)}'
export SOURCEGRAPH_ACCESS_TOKEN=${K.sgp(c)}
export NEW_RELIC_API_KEY=${K.nrak(c)}
export GRAFANA_SA_TOKEN=${K.glsa(c)}
export PATH="$HOME/.local/bin:$PATH"
` },
];

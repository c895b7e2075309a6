import { ENV_CTX, HEAD_CTX, hv, splitHeader } from './blind-set-18-ctx';
import { TOKENS18 } from './blind-set-18-tokens';
import { cred, pos, type PosCase16 } from './blind-set-16-types';

/** Which kind of artifact each env context is (the id's source part). */
export const ENV_SRC = ['infra', 'infra', 'infra', 'infra', 'infra', 'repl', 'infra', 'shell', 'mobile', 'infra', 'infra', 'infra', 'errors', 'infra', 'repl', 'repl', 'infra', 'infra', 'mobile', 'infra', 'infra', 'shell'];
/** Which kind of artifact each header context is. */
export const HEAD_SRC = ['otel', 'otel', 'otel', 'errors', 'capture', 'capture', 'capture', 'capture', 'browser', 'capture', 'mobile', 'mobile', 'errors', 'shell', 'errors', 'capture', 'errors', 'capture'];
const ENV_NAME = ['docker-inspect', 'kubectl-describe', 'kubectl-yaml', 'proc-environ-nul', 'proc-environ-caret', 'python-environ-bytes', 'systemd-unit', 'bash-history', 'ios-crash-env', 'terraform-plan', 'helm-values', 'ansible-vvv', 'python-locals', 'ps-auxww', 'node-repl', 'irb', 'heroku-config', 'ecs-taskdef', 'logcat', 'compose-config', 'journalctl', 'printenv'];
const HEAD_NAME = ['otlp-json', 'jaeger-json', 'zipkin-json', 'sentry-request', 'har-headers', 'curl-v', 'mitmproxy', 'tcpdump-A', 'chrome-fetch', 'fiddler-raw', 'okhttp-logcat', 'flutter-dio', 'bugsnag-meta', 'history-curl', 'honeybadger-cgi', 'go-dumprequest', 'rollbar-request', 'ngrok-inspect'];
const PATHS = ['/v1/charges', '/api/v2/me', '/repos/acme/infra/actions/runs', '/v3/messages', '/graphql', '/admin/api/2026-10/orders.json', '/v1/chat/completions', '/api/v1/users/self'];

/** Every provider token once in an env-style artifact (the AWS key id with its secret beside it). */
export const credEnv: PosCase16[] = TOKENS18.map((t, i) => (r) => {
  const v = t.gen(r);
  const ctx = i % ENV_CTX.length;
  if (t.kind === 'aws-key-id') {
    const secret = r.b64(30);
    return pos(`${ENV_SRC[ctx]}/env-${ENV_NAME[ctx]}-${t.kind}`, ENV_CTX[ctx]!(r, [[t.env, v], ['AWS_SECRET_ACCESS_KEY', secret], ['AWS_REGION', 'eu-west-1']]), cred(t.kind, v), cred('aws-secret', secret));
  }
  return pos(`${ENV_SRC[ctx]}/env-${ENV_NAME[ctx]}-${t.kind}`, ENV_CTX[ctx]!(r, [[t.env, v]]), cred(t.kind, v));
});

const NO_HEADER = new Set(['aws-key-id', 'azure-storage-key', 'age-secret-key', 'planetscale-password', 'stripe-webhook-secret', 'square-oauth-secret', 'razorpay-key', 'pypi-token', 'telegram-bot-token', 'stripe-restricted']);

/** Every other token that travels in a header, in a header-carrying artifact. */
export const credHead: PosCase16[] = TOKENS18.filter((t, i) => i % 2 === 0 || ['jwt', 'openai-key', 'anthropic-key', 'slack-user', 'sendgrid-key'].includes(t.kind))
  .filter((t) => !NO_HEADER.has(t.kind))
  .map((t, i) => (r) => {
    const v = t.gen(r);
    const ctx = (i * 7) % HEAD_CTX.length;
    const [name, scheme] = splitHeader(t.header);
    return pos(`${HEAD_SRC[ctx]}/head-${HEAD_NAME[ctx]}-${t.kind}`, HEAD_CTX[ctx]!(r, name, hv(scheme, v), r.pick(PATHS)), cred(t.kind, v));
  });

/**
 * Blind set 84: the positive sources (one per client library or log format) and the negative
 * sources (the same printers over calls whose secrets are masked, plus look-alike generators).
 */
import { type Ctx } from './blind-set-84-ctx';
import { oauthToken, grpcMetadata, signedUrl } from './blind-set-84-fmt-auth';
import { envoyEgress } from './blind-set-84-fmt-infra';
import { dotnetHttpClient, goDump, restsharpFlurl, restyDebug } from './blind-set-84-fmt-go-net';
import { apacheWire, feignLogger, javaHttpClient, okhttpLogging, springRest } from './blind-set-84-fmt-jvm';
import { curlVerbose, elixirHttp, httpie, newman, rustReqwest } from './blind-set-84-fmt-misc';
import { axiosError, axiosJson, gotError, nodeClientRequest, superagent, undiciFetch } from './blind-set-84-fmt-node';
import { guzzleDebug, guzzleException, laravelSymfony } from './blind-set-84-fmt-php';
import { aiohttpError, httpxError, requestsHttplib, urllib3Debug } from './blind-set-84-fmt-py';
import { botocoreDebug, zeepSoap } from './blind-set-84-fmt-py2';
import { faradayLogger, netHttpDebug, restClient } from './blind-set-84-fmt-rb';
import { apolloGraphql, sdkError, stripeSdk } from './blind-set-84-fmt-sdk';
import { base64Cursors, idsDump, placeholderConfig } from './blind-set-84-neg';

/** One generator of cases. */
export interface Source {
  name: string;
  /** What the Datadog monitor title names. */
  what: string;
  make: (ctx: Ctx) => string;
  cases: number;
}

const P = 15;
const src = (name: string, what: string, make: (ctx: Ctx) => string): Source => ({ name, what, make, cases: P });

/** The positive sources. */
export const SOURCES: Source[] = [
  src('axios-error', 'axios', axiosError),
  src('axios-json', 'payments-worker', axiosJson),
  src('got-error', 'got', gotError),
  src('undici-fetch', 'fetch', undiciFetch),
  src('superagent', 'superagent', superagent),
  src('node-clientrequest', 'node http', nodeClientRequest),
  src('apollo-graphql', 'GraphQL', apolloGraphql),
  src('requests-httplib', 'python requests', requestsHttplib),
  src('urllib3-debug', 'urllib3', urllib3Debug),
  src('httpx', 'httpx', httpxError),
  src('aiohttp', 'aiohttp', aiohttpError),
  src('botocore', 'AWS SDK', botocoreDebug),
  src('zeep-soap', 'SOAP', zeepSoap),
  src('faraday', 'Faraday', faradayLogger),
  src('net-http', 'Net::HTTP', netHttpDebug),
  src('restclient', 'rest-client', restClient),
  src('guzzle-exception', 'Guzzle', guzzleException),
  src('guzzle-debug', 'Guzzle', guzzleDebug),
  src('laravel-symfony', 'PHP http client', laravelSymfony),
  src('apache-wire', 'Apache HttpClient', apacheWire),
  src('spring-rest', 'Spring', springRest),
  src('feign', 'Feign', feignLogger),
  src('okhttp', 'OkHttp', okhttpLogging),
  src('java-httpclient', 'JVM http client', javaHttpClient),
  src('go-resty', 'resty', restyDebug),
  src('go-dump', 'Go net/http', goDump),
  src('dotnet-httpclient', 'HttpClient', dotnetHttpClient),
  src('restsharp-flurl', '.NET REST', restsharpFlurl),
  src('curl-verbose', 'cron curl', curlVerbose),
  src('httpie', 'HTTPie', httpie),
  src('newman', 'Newman', newman),
  src('elixir', 'Tesla/HTTPoison', elixirHttp),
  src('rust-reqwest', 'reqwest', rustReqwest),
  src('grpc-metadata', 'gRPC', grpcMetadata),
  src('stripe-sdk', 'Stripe SDK', stripeSdk),
  src('sdk-error', 'vendor SDK', sdkError),
  src('oauth-token', 'OAuth token refresh', oauthToken),
  src('signed-url', 'signed URL', signedUrl),
  src('envoy-egress', 'egress proxy', envoyEgress),
];

const N = 5;

/** The negative sources: every printer over masked calls, and the look-alike generators. */
export const NEGATIVES: Source[] = [
  ...SOURCES.map((s) => ({ ...s, cases: N })),
  { name: 'ids-dump', what: 'integration', make: idsDump, cases: 6 },
  { name: 'placeholder-config', what: 'client config', make: placeholderConfig, cases: 6 },
  { name: 'base64-cursors', what: 'pagination', make: base64Cursors, cases: 6 },
];

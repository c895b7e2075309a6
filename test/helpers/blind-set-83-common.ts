import type { K83 } from './blind-set-83-values';

/** A generator writes one log text and records what it planted in `k`. */
export type Gen83 = (k: K83) => string;

/** A checkout / payout request body as an app would log it: a person and a payment instrument. */
export function payBody(k: K83): Record<string, unknown> {
  const first = k.first();
  const last = k.last();
  const kind = k.r.int(0, 3);
  const person = k.r.next() < 0.5 ? { name: k.p(`${first} ${last}`, 'name') } : { email: k.email(first, last) };
  if (kind === 0) return { customer: person, payment_method: { type: 'card', card: { number: k.card(), exp_month: k.r.int(1, 12), exp_year: k.r.int(2027, 2031), cvc: k.cvc() } }, amount: k.r.int(500, 99000), currency: 'usd' };
  if (kind === 1) return { beneficiary: { ...person, iban: k.iban(), bic: k.r.pick(['DEUTDEFF', 'NWBKGB2L', 'BNPAFRPP', 'ABNANL2A']) }, reference: `INV-${k.r.digits(6)}`, amount: `${k.r.int(10, 9000)}.${k.r.digits(2)}` };
  if (kind === 2) return { payout: { holder: person.name ?? `${first} ${last}`, routing_number: k.routing(), account_number: k.account(), account_type: k.r.pick(['checking', 'savings']) }, contact: { email: person.email ?? 'billing@acme-payouts.com', phone: k.phone() } };
  return { user: { ...person, dob: k.dob(), phone: k.phone(), address: k.address() }, card_last_attempt: k.card() };
}

/** A body in one of the shapes apps print it: compact JSON or pretty JSON. */
export function show(k: K83, o: unknown): string {
  return k.r.next() < 0.7 ? JSON.stringify(o) : JSON.stringify(o, null, 2);
}

/** The extra context a crash or debug line drags along: `n` credentials in the spellings apps print them. */
export function crashContext(k: K83, n: number): string {
  const pool: (() => string)[] = [
    () => `Authorization: Bearer ${k.jwt({ sub: k.r.uuid(), scope: 'admin', iat: 1794000000, exp: 1794003600 })}`,
    () => `x-api-key: ${k.c(k.r.b62(40), 'api-key')}`,
    () => `AWS_SECRET_ACCESS_KEY=${k.awsSecret()}`,
    () => `GITHUB_TOKEN=${k.gh()}`,
    () => `DATABASE_URL=postgres://app:${k.pw()}@db.internal:5432/app`,
    () => `SENDGRID_API_KEY=${k.sendgrid()}`,
    () => `STRIPE_SECRET_KEY=${k.stripe()}`,
    () => `AZURE_CLIENT_SECRET=${k.clientSecret()}`,
    () => `CLOUDFLARE_API_TOKEN=${k.cfToken()}`,
    () => `HEROKU_API_KEY=${k.heroku()}`,
    () => `Cookie: _session=${k.cookie()}`,
    () => `SLACK_WEBHOOK_URL=${k.slackHook()}`,
    () => `aws_session_token = ${k.sts()}`,
    () => `NETLIFY_AUTH_TOKEN=${k.netlify()}`,
  ];
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(k.r.pick(pool)());
  const head = k.r.pick(['process env at crash:', 'request context:', 'debug: effective config', 'sentry breadcrumb data:', 'retrying with']);
  return k.r.next() < 0.5 ? `${head} ${parts.join(' ')}` : `${head}\n${parts.map((p) => `    ${p}`).join('\n')}`;
}

import { cyr, fullwidth, hardWrap, splitWith } from './blind-set-75-encode';
import type { Gen75 } from './blind-set-75-values';

const ZWSP = '\u200b';
const SHY = '\u00ad';

/** Filler a long line carries before the value: a realistic run of key=value pairs. */
function noise(g: Gen75, n: number): string {
  const parts: string[] = [];
  while (parts.join(' ').length < n) parts.push(g.r.pick([`trace_id=${g.hex(32)}`, `span_id=${g.hex(16)}`, `dur_ms=${g.r.int(1, 9000)}`, `route=/v1/${g.r.pick(['orders', 'carts', 'users', 'quotes'])}/${g.r.int(1000, 99999)}`, `pod=api-${g.hex(10)}-${g.r.b62(5).toLowerCase()}`, `status=${g.r.pick([200, 201, 204, 409, 500])}`, `bytes=${g.r.int(100, 99999)}`, `region=eu-west-1`]));
  return parts.join(' ');
}

/** Plain-but-hostile templates: Unicode tricks in keys, odd quoting, wrapped values, very long lines, Datadog fields. */
export const PLAIN_TEMPLATES: Record<string, (g: Gen75) => string> = {
  'fullwidth-key': (g) => `[support-chat] customer pasted: ${fullwidth('password')}＝${g.c(g.password(), 'password')} ${fullwidth('email')}：${g.p(g.email(), 'email')}`,
  'zwsp-in-key': (g) => `config reload: api${ZWSP}_key=${g.c(g.ddApi(), 'datadog-api-key')} app${ZWSP}_key=${g.c(g.ddApp(), 'datadog-app-key')} site=datadoghq.com`,
  'soft-hyphen-key': (g) => `ticket #${g.r.int(10000, 99999)} body: "my pass${SHY}word is ${g.c(g.password(), 'password')} and my so${SHY}cial se${SHY}curity number ${g.p(g.ssn(), 'ssn')}"`,
  'cyrillic-key': (g) => `WARN env dump ${cyr('password')}=${g.c(g.password(), 'password')} ${cyr('secret')}_token=${g.c(g.shopify(), 'shopify-token')} node=${g.r.int(1, 9)}`,
  'zwsp-inside-token': (g) => {
    const t = g.ghp();
    return `Slack message relayed to alert: "here's the token, don't share: ${g.c(splitWith(t, g.r.int(8, 30), ZWSP), 'github-pat')}" — posted by ${g.p(g.name(), 'name')}`;
  },
  'nbsp-separators': (g) => `Password\u00a0:\u00a0${g.c(g.password(), 'password')}\u00a0\u00a0Login\u00a0:\u00a0${g.p(g.email(), 'email')}\u00a0\u00a0Card\u00a0:\u00a0${g.f(g.cardGrouped('\u00a0'), 'card')}`,
  'smart-quotes': (g) => `Note from on-call: creds in the runbook are “${g.c(g.password(), 'password')}” for the ‘${g.p(g.email(), 'email')}’ account, routing ‘${g.f(g.routing(), 'routing-number')}’ acct ‘${g.f(g.account(), 'bank-account')}’`,
  'ruby-hash-arrow': (g) => `Faraday::UnauthorizedError: the server responded with status 401 {:client_id=>"${g.r.b62(20)}", :client_secret=>"${g.c(g.r.b62(40), 'oauth-client-secret')}", :refresh_token=>"${g.c(`1//0${g.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 100)}`, 'google-refresh-token')}"}`,
  'shell-quote-dance': (g) => {
    const a = g.r.b62(6);
    const b = g.r.b62(7);
    return `+ export DB_PASSWORD='${g.c(`${a}'"'"'${b}`, 'shell-quoted-password')}'\n+ export ADMIN_EMAIL=${g.p(g.email(), 'email')}\n+ ./migrate up\nerror: relation "users" already exists`;
  },
  'wrapped-token-80': (g) => {
    const head = `2026-12-07T04:19:33Z app[web.1]: outbound call failed url=https://api.example-partner.net/v2 headers={"x-api-key": "`;
    const k = g.anthropic();
    const line = `${head}${k}"} ${noise(g, 60)}`;
    const wrapped = hardWrap(line, 80);
    const start = head.length;
    const last = start + k.length - 1;
    g.c(wrapped.slice(start + Math.floor(start / 80), last + Math.floor(last / 80) + 1), 'anthropic-key');
    return wrapped;
  },
  'wrapped-card-journald': (g) => {
    const card = g.card();
    const cut = g.r.int(5, 11);
    const v = `${card.slice(0, cut)}\n        ${card.slice(cut)}`;
    return `Dec 07 04:21:09 pay-worker-3 java[2211]: WARN retrying capture for pan=${g.f(v, 'card')}\n        exp=${g.r.int(1, 12)}/${g.r.int(27, 31)} holder=${g.p(g.name(), 'name')}`;
  },
  'wrapped-email-continuation': (g) => {
    const mail = g.email();
    const cut = g.r.int(3, mail.indexOf('@'));
    return `| ERROR notification bounce: recipient=${g.p(`${mail.slice(0, cut)}\n| ${mail.slice(cut)}`, 'email')} reason="mailbox full"\n| phone on file ${g.p(g.phone(), 'phone')}`;
  },
  'long-line-json-far-in': (g) => `{"msg":"request completed",${noise(g, 3200).split(' ').map((kv) => `"${kv.split('=')[0]}_${g.r.int(0, 999)}":"${kv.split('=')[1]}"`).join(',')},"headers":{"authorization":"Bearer ${g.c(g.googleOauth(), 'google-oauth-token')}"},"user":{"email":"${g.p(g.email(), 'email')}"}}`,
  'long-line-kv-far-in': (g) => `${noise(g, 5000)} customer_iban=${g.f(g.iban(), 'iban')} customer=${g.p(g.name().replace(' ', '_'), 'name')} ${noise(g, 400)}`,
  'long-querystring-far-in': (g) => `GET /collect?${Array.from({ length: 90 }, (_, i) => `utm_${i}=${g.r.b62(g.r.int(8, 30))}`).join('&')}&card=${g.f(g.card(), 'card')}&cvv=${g.f(g.cvc(), 'cvc')}&zip=${g.r.int(10000, 99999)} HTTP/1.1 400`,
  'dd-event-msg-markdown': (g) => {
    const n = g.name();
    return `%%%\n**Alert:** Checkout error rate above 5 %\n\n| Field | Value |\n|---|---|\n| Customer | ${g.p(n, 'name')} |\n| Email | ${g.p(g.email(n), 'email')} |\n| Card | ${g.f(g.cardGrouped('-'), 'card')} |\n| Gateway key | \`${g.c(g.stripe(), 'stripe-secret')}\` |\n\n@slack-payments-oncall\n%%%`;
  },
  'dd-logs-sample-table': (g) => {
    const rows = [0, 1, 2].map((i) => `| 2026-12-07 04:1${i}:0${i} | auth-${i} | failed login ${g.p(g.email(), 'email')} from ${g.p(g.userIp(), 'user-ip')} |`);
    return `Logs sample:\n| Date | Host | Message |\n|:---|:---|:---|\n${rows.join('\n')}\n| 2026-12-07 04:13:00 | auth-0 | lockout applied |`;
  },
  'dd-tags-user': (g) => `[P1] Triggered: payment retries exhausted on host:pay-${g.r.int(1, 9)} tags: env:prod, service:payments, user:${g.p(g.email(), 'email')}, customer_name:${g.p(g.name().toLowerCase().replace(/ /g, '_'), 'name')}, card:${g.f(g.card(), 'card')}, team:billing`,
  'dd-notify-handles': (g) => `{{#is_alert}}Ledger drift detected. Payee IBAN ${g.f(g.iban(), 'iban')} beneficiary ${g.p(g.name(), 'name')}.{{/is_alert}} Notify @${g.p(`${g.first().normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase()}.${g.r.pick(['okafor', 'moreau', 'haddad', 'petrov'])}@corp.io`, 'email')} @pagerduty-Ledger`,
  'obfuscated-email': (g) => {
    const mail = g.email();
    const ob = mail.replace('@', ' [at] ').replace(/\.(?=[^.]*$)/, ' [dot] ');
    return `Zendesk ticket: "please contact me at ${g.p(ob, 'email-obfuscated')} or ${g.p(g.phone(), 'phone')}, DOB ${g.p(g.dob(), 'dob')}"`;
  },
  'mixed-script-name': (g) => {
    const n = `${g.r.pick(['Иван', 'Ольга', 'Дмитрий', 'Наталья'])} ${g.r.pick(['Петров', 'Смирнова', 'Кузнецов', 'Волкова'])}`;
    return `kyc: name mismatch passport_name="${g.p(n, 'name')}" card_name="${g.p(g.name(), 'name')}" passport_no=${g.p(g.passport(), 'passport')}`;
  },
  'cjk-name-address': (g) => `注文エラー: 顧客=${g.p(g.r.pick(['山田 太郎', '佐藤 花子', '鈴木 一郎', '高橋 美咲']), 'name')} 電話=${g.p(`0${g.r.int(70, 90)}-${g.r.digits(4)}-${g.r.digits(4)}`, 'phone')} カード=${g.f(g.card(), 'card')}`,
  'irregular-card-separators': (g) => {
    const c = g.card();
    const v = `${c.slice(0, 4)}-${c.slice(4, 8)} ${c.slice(8, 12)}.${c.slice(12)}`;
    return `chat transcript: customer> here is my card ${g.f(v, 'card')} and cvv is ${g.f(g.cvc(), 'cvc')} thx`;
  },
  'lowercase-iban-spaced': (g) => `Banking ops note: refund to ${g.f(g.ibanSpaced().toLowerCase(), 'iban')} for ${g.p(g.name(), 'name')} — confirmed by phone ${g.p(g.phone(), 'phone')}`,
  'tabs-crlf-kv': (g) => `[db]\r\nhost\t=\tmysql-prod.internal\r\nuser\t=\treporting\r\npassword\t=\t${g.c(g.password(), 'db-password')}\r\n[stripe]\r\nsecret\t=\t${g.c(g.stripe(), 'stripe-secret')}\r\n`,
  'upper-email-plus': (g) => {
    const mail = g.email().replace('@', `+billing${g.r.int(1, 9)}@`).toUpperCase();
    return `SES bounce: Permanent/General for ${g.p(mail, 'email')} (feedback id 0102018${g.hex(24)}) ssn_on_file=${g.p(g.ssn().replace(/-/g, ''), 'ssn')}`;
  },
  'nino-dni-mixed': (g) => `payroll import: employee ${g.p(g.name(), 'name')} NI ${g.p(g.nino(), 'nino')}; contractor DNI ${g.p(g.dni(), 'dni')}; sort code ${g.r.digits(2)}-${g.r.digits(2)}-${g.r.digits(2)} iban ${g.f(g.iban('GB'), 'iban')}`,
};

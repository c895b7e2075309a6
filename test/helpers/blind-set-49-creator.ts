import type { Tpl49 } from './blind-set-49-messaging';

/** Creator tools, payouts and community platforms (forums, chat servers, bots). */
export const CREATOR49: readonly Tpl49[] = [
  ['creator/patreon-oauth', (c) => `PATREON_CLIENT_ID=${c.b64url(64)}
PATREON_CLIENT_SECRET=${c.cred('patreon_client_secret', c.b64url(64))}
# token exchange response (debug)
{"access_token":"${c.cred('patreon_access_token', c.b64url(43))}","refresh_token":"${c.cred('patreon_refresh_token', c.b64url(43))}","expires_in":2678400,"scope":"identity campaigns","token_type":"Bearer"}`],
  ['creator/twitch-eventsub', (c) => `[twitch] ${c.ts()} eventsub subscribe failed 403 {"error":"Forbidden","status":403,"message":"subscription missing proper authorization"}
[twitch] client_id=${c.lower(30)} client_secret=${c.cred('twitch_client_secret', c.lower(30))} app_token=${c.cred('twitch_access_token', c.lower(30))}
[twitch] transport={"method":"webhook","callback":"https://clips.streamhub.gg/eventsub","secret":"${c.cred('webhook_secret', c.alnum(32))}"}
[irc] PASS oauth:${c.cred('twitch_oauth_token', c.lower(30))}`],
  ['creator/payout-w9', (c) => {
    const name = c.fullName();
    const isBiz = c.r.next() < 0.4;
    return `payout_onboarding ${c.ts()} creator=${c.uid()} step=tax_info status=submitted
  legal_name: ${c.per('person_name', name)}
  tin_type: ${isBiz ? 'EIN' : 'SSN'}
  tin: ${isBiz ? c.fin('ein', c.ein()) : c.per('ssn', c.ssn())}
  address: ${c.per('address', c.addressUS())}
  bank.routing_number: ${c.fin('us_routing_number', c.routing())}
  bank.account_number: ${c.fin('bank_account_number', c.account())}
  bank.account_type: checking`;
  }],
  ['creator/payout-sepa-json', (c) => {
    const name = c.fullName();
    return `{"payout_batch":"pb_${c.alnum(16)}","currency":"EUR","items":[{"creator_id":"${c.uid()}","beneficiary":{"name":"${c.per('person_name', name)}","iban":"${c.fin('iban', c.iban())}","bic":"${c.pick(['DEUTDEFF', 'INGBNL2A', 'BNPAFRPP', 'AIBKIE2D'])}","address":"${c.per('address', c.addressUK())}"},"amount":"${c.int(20, 900)}.${c.r.digits(2)}"},{"creator_id":"${c.uid()}","beneficiary":{"name":"${c.per('person_name', c.fullName())}","iban":"${c.fin('iban', c.iban())}"},"amount":"${c.int(20, 900)}.00"}],"wise_api_token":"${c.cred('wise_api_token', c.uuid())}"}`;
  }],
  ['creator/paypal-payouts', (c) => `Traceback (most recent call last):
  File "payouts/run.py", line 57, in <module>
    client.execute(request)
paypalhttp.http_error.HttpError: {"name":"AUTHENTICATION_FAILURE","message":"Authentication failed due to invalid authentication credentials or a missing Authorization header."}
-- PAYPAL_CLIENT_ID=A${c.b64url(79)}
-- PAYPAL_CLIENT_SECRET=${c.cred('paypal_client_secret', `E${c.b64url(79)}`)}
-- batch items: [{"recipient_type":"EMAIL","receiver":"${c.per('email', c.email())}","amount":{"value":"${c.int(5, 400)}.00","currency":"USD"}},{"recipient_type":"PHONE","receiver":"${c.per('phone', c.phoneUS())}","amount":{"value":"${c.int(5, 400)}.00","currency":"USD"}}]`],
  ['community/discourse-admin', (c) => {
    const rows: string[] = [];
    for (let i = 0; i < 2; i++) {
      const n = c.fullName();
      rows.push(`${c.int(100, 99999)},${c.lower(9)},${c.per('person_name', n)},${c.per('email', c.email(n))},${c.per('ip_address', c.ipv4())},${c.ts()}`);
    }
    return `$ curl -s "https://forum.boardgamers.community/admin/users/list/suspended.json?show_emails=true" -H "Api-Key: ${c.cred('discourse_api_key', c.hex(64))}" -H "Api-Username: system" | jq -r '.[] | [.id,.username,.name,.email,.ip_address,.suspended_at] | @csv'
${rows.join('\n')}`;
  }],
  ['community/discord-py', (c) => `Traceback (most recent call last):
  File "/home/modbot/bot.py", line 212, in <module>
    bot.run(TOKEN)
  File "/home/modbot/.venv/lib/python3.12/site-packages/discord/client.py", line 860, in run
    asyncio.run(runner())
discord.errors.LoginFailure: Improper token has been passed.
>>> TOKEN = '${c.cred('discord_bot_token', c.discordBot())}'
>>> MODLOG_WEBHOOK = '${c.cred('discord_webhook_url', c.discordWebhook())}'`],
  ['community/slack-escalation', (c) => {
    const name = c.fullName();
    return `SLACK_BOT_TOKEN=${c.cred('slack_bot_token', c.slackBot())}
SLACK_TNS_WEBHOOK=${c.cred('slack_webhook_url', c.slackWebhook())}
# message posted to #tns-escalations:
:rotating_light: Self-harm report on post ${c.uid()} — reporter ${c.per('person_name', name)} (${c.per('email', c.email(name))}) asks for callback at ${c.per('phone', c.phone())}`;
  }],
  ['community/synapse-homeserver', (c) => `# homeserver.yaml
server_name: "chat.queercommons.org"
registration_shared_secret: "${c.cred('synapse_registration_secret', c.b64url(48))}"
macaroon_secret_key: "${c.cred('synapse_macaroon_secret', c.b64url(48))}"
form_secret: "${c.cred('synapse_form_secret', c.b64url(48))}"
database:
  name: psycopg2
  args:
    user: synapse
    password: "${c.cred('db_password', c.password())}"
    host: 10.0.${c.int(0, 9)}.${c.int(2, 200)}
# admin bot: access_token ${c.cred('matrix_access_token', `syt_${Buffer.from('modbot').toString('base64').replace(/=/g, '')}_${c.alnum(20)}_${c.alnum(6)}`)}`],
  ['community/telegram-go', (c) => `${c.ts()} ERROR tgbot: Post "https://api.telegram.org/bot${c.cred('telegram_bot_token', c.telegram())}/sendMessage": context deadline exceeded (Client.Timeout exceeded while awaiting headers)
${c.ts()} INFO  tgbot: contact shared chat_id=${c.uid()} phone_number=${c.per('phone', c.phoneIntl().replace(/ /g, ''))} first_name=${c.per('person_name', c.fullName())}`],
  ['community/mattermost-rocket', (c) => `curl -H "Authorization: Bearer ${c.cred('mattermost_token', c.r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 26))}" https://mm.makerspace.chat/api/v4/users/me
curl -H "X-Auth-Token: ${c.cred('rocketchat_auth_token', c.b64url(43))}" -H "X-User-Id: ${c.alnum(17)}" https://rocket.neighbors.chat/api/v1/moderation.reportsByUsers`],
  ['creator/uk-payout-csv', (c) => {
    const rows: string[] = [];
    for (let i = 0; i < 2; i++) rows.push(`${c.uid()},${c.per('person_name', c.fullName())},${c.fin('uk_sort_code', c.sortCode())},${c.fin('bank_account_number', c.r.digits(8))},${c.per('uk_nino', c.nino())},${c.int(50, 3000)}.${c.r.digits(2)}`);
    return `creator_id,account_holder,sort_code,account_number,ni_number,gross_gbp\n${rows.join('\n')}`;
  }],
  ['creator/kofi-webhook', (c) => {
    const name = c.fullName();
    return `POST /integrations/kofi HTTP/1.1
Content-Type: application/x-www-form-urlencoded

data=${encodeURIComponent(JSON.stringify({ verification_token: 'VTOKEN', message_id: c.uuid(), type: 'Donation', from_name: 'FNAME', message: 'love the streams!', amount: '5.00', email: 'EMAIL', currency: 'USD' }))
      .replace('VTOKEN', c.cred('kofi_verification_token', c.uuid()))
      .replace('FNAME', c.per('person_name', name.replace(/ /g, '%20')))
      .replace('EMAIL', c.per('email_urlencoded', c.email(name).replace('@', '%40')))}`;
  }],
];

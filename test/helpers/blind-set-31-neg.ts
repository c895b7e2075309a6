import { ddHeader, epoch, isoTs, org, plainTs, privIp, pubIp, sysTs, type NegTemplate31 } from './blind-set-31-case';

/** Negatives of CPaaS and VoIP: ids, stats, placeholders, redacted values, public keys, SIP keepalives. */
export const NEG_COMMS_TEMPLATES: NegTemplate31[] = [
  {
    id: 'twilio-delivery-rate-alert',
    make: (r) => `${ddHeader(r, 'Twilio delivery rate below 95% on messaging service')}
messaging_service_sid:MG${r.hex(32)} window:15m sent:${r.int(2000, 9000)} delivered:${r.int(1500, 1999)}
top errors: 30003 Unreachable destination handset (${r.int(20, 200)}), 30005 Unknown destination handset (${r.int(5, 90)}), 30007 Message filtered (${r.int(1, 30)})
sample MessageSid SM${r.hex(32)} status=undelivered error_code=30003 more_info=https://www.twilio.com/docs/errors/30003`,
  },
  {
    id: 'twilio-env-example',
    make: (r) => `# .env.example — copy to .env and fill in (see docs/sms.md)
TWILIO_ACCOUNT_SID=ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
TWILIO_AUTH_TOKEN=your_auth_token
TWILIO_API_KEY=SKXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
TWILIO_API_SECRET=<your-api-key-secret>
TWILIO_MESSAGING_SERVICE_SID=MGXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
SMS_RATE_LIMIT_PER_MIN=${r.pick([60, 120, 300])}
# validated by scripts/check-env.${r.pick(['js', 'ts'])} at boot; never commit real values`,
  },
  {
    id: 'vonage-dlr-aggregate',
    make: (r) => `${isoTs(r)} INFO dlr-aggregator window=5m provider=vonage
network  submitted delivered expired failed  p95_latency_ms
${[0, 1, 2, 3].map(() => `${r.pick(['23415', '23410', '26201', '20801', '21407', '310260'])}    ${String(r.int(100, 9000)).padEnd(9)} ${String(r.int(90, 8000)).padEnd(9)} ${String(r.int(0, 40)).padEnd(7)} ${String(r.int(0, 30)).padEnd(6)} ${r.int(800, 9000)}`).join('\n')}
last message-id ${r.hex(8).toUpperCase()}${r.hex(8).toUpperCase()} (status 0 Delivered)`,
  },
  {
    id: 'sinch-batch-status',
    make: (r) => {
      const batch = `01${r.chars('0123456789ABCDEFGHJKMNPQRSTVWXYZ', 24)}`;
      return `GET https://${r.pick(['us', 'eu'])}.sms.api.sinch.com/xms/v1/{service_plan_id}/batches/${batch}/delivery_report -> 200 (${r.int(30, 400)}ms)
{"type":"delivery_report_sms","batch_id":"${batch}","total_message_count":${r.int(100, 5000)},"statuses":[{"code":0,"status":"Delivered","count":${r.int(90, 4900)}},{"code":402,"status":"Failed","count":${r.int(0, 90)}}]}
Authorization header: Bearer [FILTERED]`;
    },
  },
  {
    id: 'telnyx-webhook-public-key',
    make: (r) => `# webhook verification (Telnyx signs with ed25519; this is the PUBLIC key from the portal, safe to commit)
TELNYX_PUBLIC_KEY=${r.b64(32)}
TELNYX_WEBHOOK_TOLERANCE_SECONDS=300
${isoTs(r)} info webhook verified telnyx-signature-ed25519 ok event_type=message.finalized id=${r.uuid()} occurred_at=${isoTs(r)}`,
  },
  {
    id: 'infobip-redacted-request',
    make: (r) => `${plainTs(r)} I/okhttp.OkHttpClient: --> POST https://${r.b62(6).toLowerCase()}.api.infobip.com/sms/2/text/advanced
${plainTs(r)} I/okhttp.OkHttpClient: Authorization: App ██
${plainTs(r)} I/okhttp.OkHttpClient: {"bulkId":"${r.uuid()}","messages":[{"destinations":[{"to":"[redacted]"}],"from":"InfoSMS","text":"[redacted]"}]}
${plainTs(r)} I/okhttp.OkHttpClient: <-- 200 (${r.int(90, 600)}ms) {"bulkId":"${r.uuid()}","messages":[{"messageId":"${r.num(19)}","status":{"groupId":1,"groupName":"PENDING","id":26,"name":"PENDING_ACCEPTED"}}]}`,
  },
  {
    id: 'dependabot-sdk-bump',
    make: (r) => `Bumps twilio from 4.${r.int(19, 23)}.${r.int(0, 9)} to 5.${r.int(0, 4)}.${r.int(0, 9)}.
Release notes: Api: add \`ringing\` callback status; Messaging: update \`ContentSid\` docs.
Commits: ${r.hex(7)} Release 5.${r.int(0, 4)}.${r.int(0, 9)} · ${r.hex(7)} [Librarian] Regenerated @ ${r.hex(40)}
Dependabot compatibility score: ${r.int(60, 99)}% · signed-off-by: dependabot[bot] <support@github.com>
package-lock.json integrity sha512-${r.b64(48)}`,
  },
  {
    id: 'go-goroutine-dump',
    make: (r) => `panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x${r.hex(2)} pc=0x${r.hex(6)}]

goroutine ${r.int(20, 900)} [running]:
github.com/${org(r)}/notify/internal/bird.(*Client).Send(0x0, {0x${r.hex(6)}, 0xc000${r.hex(6)}}, 0xc000${r.hex(6)})
	/src/internal/bird/client.go:${r.int(60, 200)} +0x${r.hex(3)}
github.com/${org(r)}/notify/internal/dispatch.(*Worker).run(0xc000${r.hex(6)})
	/src/internal/dispatch/worker.go:${r.int(30, 120)} +0x${r.hex(3)}`,
  },
  {
    id: 'sip-options-keepalive',
    make: (r) => `<--- Transmitting SIP request (${r.int(400, 600)} bytes) to UDP:${pubIp(r)}:5060 --->
OPTIONS sip:${pubIp(r)}:5060 SIP/2.0
Via: SIP/2.0/UDP ${pubIp(r)}:5060;rport;branch=z9hG4bKPj${r.uuid()}
From: <sip:ping@sbc.${org(r)}.net>;tag=${r.uuid()}
To: <sip:${pubIp(r)}>
Call-ID: ${r.uuid()}
CSeq: ${r.int(1000, 60000)} OPTIONS
Max-Forwards: 70
User-Agent: Asterisk PBX 20.${r.int(1, 9)}.${r.int(0, 3)}
Content-Length:  0
[${sysTs(r)}] NOTICE[${r.int(1000, 9000)}]: res_pjsip/pjsip_options.c:${r.int(200, 900)} qualify: contact unreachable (RTT ${r.int(2000, 5000)}ms)`,
  },
  {
    id: 'pjsip-template-placeholders',
    make: (r) => `; pjsip.conf.j2 — rendered by ansible role voice-edge (secrets come from vault at deploy time)
[{{ trunk_name }}-auth]
type=auth
auth_type=userpass
username={{ trunk_username }}
password={{ vault_trunk_password }}

[${org(r)}-tpl](!)
type=endpoint
context=from-trunk
disallow=all
allow=ulaw,alaw,g722
; password=<set via AST_SECRET_${r.int(1, 9)}> see runbook VOICE-${r.int(10, 99)}`,
  },
  {
    id: 'kamailio-dispatcher-list',
    make: (r) => `# kamcmd dispatcher.list (sbc-${r.int(1, 4)})
{
  NRSETS: 2
  RECORDS: {
    SET: { ID: 1 TARGETS: { DEST: { URI: sip:${privIp(r)}:5060 FLAGS: AP PRIORITY: 10 ATTRS: { BODY: duid=fs${r.int(1, 9)};weight=50 } } DEST: { URI: sip:${privIp(r)}:5060 FLAGS: IP PRIORITY: 5 } } }
    SET: { ID: 2 TARGETS: { DEST: { URI: sip:${pubIp(r)}:5061;transport=tls FLAGS: AP PRIORITY: 0 } } }
  }
}
${isoTs(r)} WARN dispatcher: destination set 1 has 1/2 active targets`,
  },
  {
    id: 'rtp-quality-alert',
    make: (r) => `${ddHeader(r, 'voice quality: MOS below 3.5 on trunk')}
trunk:${org(r)}-carrier-a calls:${r.int(50, 900)} avg_mos:3.${r.int(0, 4)} jitter_ms:${r.int(20, 90)} loss_pct:${r.int(1, 9)}.${r.digits(1)}
worst call: Call-ID ${r.hex(16)}@${privIp(r)} ssrc=0x${r.hex(8)} codec=PCMU rtt=${r.int(100, 600)}ms rtpengine=${privIp(r)}`,
  },
  {
    id: 'fail2ban-sip-scanners',
    make: (r) => `${plainTs(r)},${r.digits(3)} fail2ban.actions [${r.int(400, 900)}]: NOTICE [asterisk] Ban ${pubIp(r)}
${plainTs(r)},${r.digits(3)} fail2ban.actions [${r.int(400, 900)}]: NOTICE [asterisk] Ban ${pubIp(r)}
[${sysTs(r)}] NOTICE[${r.int(1000, 9000)}]: res_pjsip/pjsip_distributor.c: Request 'REGISTER' from '<sip:${r.pick(['100', '1000', 'admin', 'test'])}@${pubIp(r)}>' failed for '${pubIp(r)}:${r.int(5060, 5090)}' (callid: ${r.hex(22)}) - No matching endpoint found
User-Agent: ${r.pick(['friendly-scanner', 'sipvicious', 'VaxSIPUserAgent/3.1', 'PortSIP VoIP SDK 11.2'])}`,
  },
  {
    id: 'trunk-asr-report',
    make: (r) => `Weekly carrier report (${plainTs(r).slice(0, 10)})
trunk            attempts  ASR    ACD(min)  NER    PDD(s)
${['carrier-a', 'carrier-b', 'emergency', 'intl-lcr'].map((t) => `${t.padEnd(16)} ${String(r.int(1000, 90000)).padEnd(9)} ${r.int(30, 70)}.${r.digits(1)}%  ${r.int(1, 6)}.${r.digits(2)}      ${r.int(90, 99)}.${r.digits(1)}%  ${r.int(1, 5)}.${r.digits(1)}`).join('\n')}
generated by cdr-rollup ${r.hex(7)} at ${epoch(r)}`,
  },
];

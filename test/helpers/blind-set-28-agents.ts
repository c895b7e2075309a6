import type { PosTemplate28 } from './blind-set-28-types';
import * as T from './blind-set-28-tokens';
import { asJson28, asLines28, personFields28, plant28 } from './blind-set-28-plant';
import { ddPrefix28, model28, shuffle28, ts28 } from './blind-set-28-noise';
import { card28, iban28 } from './blind-set-28-values';

import { wrapC28 } from './blind-set-28-creds';
const S = 'agents';
const call = (r: { hex(n: number): string; b62(n: number): string; pick<T>(x: readonly T[]): T }) => r.pick([`call_${r.b62(24)}`, `toolu_01${r.b62(22)}`]);

/** Agent tool calls, MCP configs and stdio logs. */
export const AGENTS28: PosTemplate28[] = [
  { source: S, name: 'tool-send-email', make: (r, b) => {
    const fs = personFields28(r, b, r.int(2, 4), 'json');
    return wrapC28(r, b, [
      `${ddPrefix28(r)} tool_call id=${call(r)} name=send_email status=error error="SMTP 550 mailbox unavailable"`,
      `arguments: {"subject": "Your refund", "body": "Hi, we processed it. ${asLines28(fs).join('\\n')}", "cc": []}`,
    ]);
  } },
  { source: S, name: 'tool-create-refund', make: (r, b) => {
    const fs = shuffle28(r, [...personFields28(r, b, r.int(1, 2)), { key: 'card_number', label: 'Card', value: b.f('card', card28(r)) }, { key: 'amount', label: 'Amount', value: `${r.int(5, 900)}.${r.digits(2)}` }]);
    return wrapC28(r, b, [
      `${ts28(r)} [langgraph] node=refund_agent step=${r.int(2, 9)} tool=create_refund`,
      `  input: {${asJson28(fs).join(', ')}}`,
      `  output: ToolException('Stripe error: card_declined') via ${b.c('stripe', T.stripeSk28(r))}`,
    ]);
  } },
  { source: S, name: 'tool-lookup-customer', make: (r, b) => {
    const fs = personFields28(r, b, r.int(3, 5), 'json');
    return wrapC28(r, b, [
      `${ddPrefix28(r)} tool result lookup_customer (${r.int(20, 900)} ms)`,
      `{"role": "tool", "tool_call_id": "${call(r)}", "content": "{${asJson28(fs).map((m) => m.replace(/"/g, '\\"')).join(', ')}}"}`,
    ]);
  } },
  { source: S, name: 'tool-run-sql', make: (r, b) => {
    const fs = personFields28(r, b, r.int(2, 4));
    return wrapC28(r, b, [
      `${ts28(r)} WARN agent run_sql returned rows with sensitive columns`,
      `DSN postgresql://agent_ro:${plant28(b, 'credential', 'password', T.password28(r).replace(/[^A-Za-z0-9_.~-]/g, '_'))}@${r.pick(['pg-prod', 'analytics-db', 'crm-replica'])}.internal:5432/crm`,
      `| ${fs.map((f) => f.key).join(' | ')} |`,
      `| ${fs.map((f) => f.value).join(' | ')} |`,
    ]);
  } },
  { source: S, name: 'tool-http-request', make: (r, b) => {
    const tok = r.next() < 0.5 ? b.c('jwt', T.jwt28(r)) : b.c('bearer', T.bearer28(r));
    return wrapC28(r, b, [
      `${ddPrefix28(r)} tool http_request -> ${r.pick(['https://api.hubspot.com/crm/v3/objects/contacts', 'https://erp.internal/api/invoices', 'https://api.zendesk.com/v2/tickets'])}`,
      `{"method": "POST", "headers": {"Authorization": "Bearer ${tok}"}, "json": {${asJson28(personFields28(r, b, r.int(2, 3), 'json')).join(', ')}}}`,
    ]);
  } },
  { source: S, name: 'tool-book-travel', make: (r, b) => {
    const fs = personFields28(r, b, r.int(2, 3), 'json');
    return wrapC28(r, b, [
      `${ts28(r)} ERROR tool book_travel failed: Amadeus 400 INVALID FORMAT`,
      `args={"traveler": {"name": "${b.p('name', `${r.pick(['Sofia', 'Ken', 'Amara'])} ${r.pick(['Lind', 'Okoro', 'Baptiste'])}`)}", "passport_number": "${b.p('passport', r.chars('ABCDEFGHJKLMNPRSTUVWXYZ', 2) + r.digits(7))}", ${asJson28(fs).join(', ')}}, "flight": "${r.pick(['LH', 'BA', 'AF'])}${r.int(100, 999)}"}`,
    ]);
  } },
  { source: S, name: 'mcp-config-env', make: (r, b) => {
    const servers = shuffle28(r, [
      `"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${b.c('github', T.githubToken28(r))}"}}`,
      `"slack": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-slack"], "env": {"SLACK_BOT_TOKEN": "${b.c('slack', T.slackToken28(r))}", "SLACK_TEAM_ID": "T${r.b62(10).toUpperCase()}"}}`,
      `"postgres": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://mcp:${plant28(b, 'credential', 'password', T.urlyPassword28(r), 'url')}@localhost:5432/app"]}`,
    ]);
    return wrapC28(r, b, [`${ts28(r)} [mcp] loaded claude_desktop_config.json`, `{"mcpServers": {${servers.join(', ')}}}`]);
  } },
  { source: S, name: 'mcp-stdio-log', make: (r, b) => wrapC28(r, b, [
    `[${ts28(r)}] [info] [${r.pick(['stripe', 'sendgrid', 'brave-search'])}] Initializing server...`,
    `[${ts28(r)}] [info] spawn: node dist/index.js --api-key=${r.next() < 0.5 ? b.c('sendgrid', T.sendgridKey28(r)) : b.c('stripe', T.stripeSk28(r))}`,
    `[${ts28(r)}] [debug] Message from client: {"method":"tools/call","params":{"name":"create_customer","arguments":{${asJson28(personFields28(r, b, r.int(2, 4), 'json')).join(',')}}},"jsonrpc":"2.0","id":${r.int(1, 99)}}`,
  ]) },
  { source: S, name: 'openai-assistants-run-step', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} run_${r.b62(24)} requires_action thread_${r.b62(24)}`,
    `required_action.submit_tool_outputs.tool_calls[0]: {"id": "call_${r.b62(24)}", "type": "function", "function": {"name": "update_payout", "arguments": "{\\"iban\\": \\"${b.f('iban', iban28(r))}\\", ${asJson28(personFields28(r, b, r.int(1, 3), 'json')).map((m) => m.replace(/"/g, '\\"')).join(', ')}}"}}`,
  ]) },
  { source: S, name: 'crewai-agent-env', make: (r, b) => wrapC28(r, b, [
    `${ts28(r)} crewai.agent ERROR: Agent 'Researcher' failed: AuthenticationError`,
    ...shuffle28(r, [`SERPER_API_KEY=${b.c('serper', r.hex(40))}`, `OPENAI_API_KEY=${b.c('openai', T.openaiKey28(r))}`, `OPENAI_MODEL_NAME=${model28(r)}`, `LANGFUSE_SECRET_KEY=${b.c('langfuse', T.langfuseSk28(r))}`, `LANGFUSE_PUBLIC_KEY=pk-lf-${r.uuid()}`]),
  ]) },
  { source: S, name: 'agent-oauth-refresh', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} gmail tool: token refresh failed (invalid_client)`,
    `POST https://oauth2.googleapis.com/token body: client_id=${r.digits(12)}-${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 32)}.apps.googleusercontent.com&client_secret=${b.c('gsecret', T.googleClientSecret28(r))}&refresh_token=${plant28(b, 'credential', 'grefresh', T.googleRefresh28(r), 'url')}&grant_type=refresh_token`,
    `impersonating mailbox of: ${asLines28(personFields28(r, b, 1)).join('')}`,
  ]) },
  { source: S, name: 'langgraph-state-dump', make: (r, b) => {
    const fs = personFields28(r, b, r.int(3, 5), 'jsonA');
    return wrapC28(r, b, [
      `${ts28(r)} langgraph.checkpoint ERROR serialization failed for thread ${r.uuid()}`,
      `state = {"messages": [{"type": "human", "content": "Please update my details: ${asLines28(fs).join(', ')}"}], "next": "${r.pick(['kyc_agent', 'billing_agent'])}"}`,
    ]);
  } },
  { source: S, name: 'webhook-agent-secret', make: (r, b) => wrapC28(r, b, [
    `${ddPrefix28(r)} webhook signature mismatch for ${r.pick(['stripe', 'svix', 'clerk'])} event evt_${r.b62(24)}`,
    `  expected secret ${b.c('whsec', T.whsec28(r))}, header t=${r.int(1764000000, 1765000000)},v1=${r.hex(64)}`,
    `  event.data.object: {${asJson28(personFields28(r, b, r.int(2, 3))).join(', ')}}`,
  ]) },
];

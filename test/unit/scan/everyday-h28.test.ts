import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { abaAnyPrefix, nir28 } from './generators-h28';
import { DIG, rng } from './sample-rng';

/**
 * Round h28 (blind set 28: AI application and agent logs): values people type into prompts and agents pass
 * as tool arguments, under the label that names them, in contexts other than the set's; a value counts only
 * when fully covered. Beside them, the look-alikes that must stay clean.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(2828);

describe('round h28: names under labels naming a person', () => {
  it('finds full names under person labels in prompts, tool arguments and streamed JSON', () => {
    expect(found('openai: messages=[{"role":"user","content":"Patient name: Søren Kierkegaard-Lund\\nsymptoms: cough"}]', 'Søren Kierkegaard-Lund')).toBe(true);
    expect(found('tool_call lookup_policy {"policyholder_name": "Aoife Mac Giolla"}', 'Aoife Mac Giolla')).toBe(true);
    expect(found('delta: {"partial_json": "\\"cardholder\\": \\"Ren\\u00e9e Duval\\", "}', 'Ren\\u00e9e Duval')).toBe(true);
    expect(found("prompt: 'Employee: Liam Van den Broek; start date next Monday'", 'Liam Van den Broek')).toBe(true);
    expect(found("user said: Full name = Niamh O'Sullivan", "Niamh O'Sullivan")).toBe(true);
    expect(found('POST /ivr/collect Digits=1&Speech=Guest%20name%3A%20Tom%C3%A1s%20Ibarra&CallSid=CA1', 'Tom%C3%A1s%20Ibarra')).toBe(true);
  });

  it('finds a name under a bare Name label beside another labelled identifier, even after an escaped line break', () => {
    expect(found("chunk text='Intake\\nName: Petra Lindholm\\nPassport: 514890223'", 'Petra Lindholm')).toBe(true);
    expect(found('HSET doc:9a content "Name: Jonas Weber email: jw1988@gmx.de"', 'Jonas Weber')).toBe(true);
  });

  it('leaves product, model and tool names under name labels alone', () => {
    expect(leaks('registry: {"model_name": "Claude Sonnet", "tool_name": "Vector Search"}')).toEqual([]);
    expect(leaks('agent card: Name: Billing Assistant\\nversion: 3')).toEqual([]);
    expect(leaks('Name: Grace Hopper Auditorium (no personal identifier nearby)')).toEqual([]);
  });
});

describe('round h28: bank details in prompts', () => {
  it('finds a routing number with a valid check digit beside an account, and accounts beside branch codes', () => {
    const routing = abaAnyPrefix(r);
    const acct = `${r.int(1, 9)}${r.str(DIG, 9)}`;
    const prose = `voice transcript: "send it to routing ${routing} and account ${acct} please"`;
    expect(found(prose, routing), prose).toBe(true);
    expect(found(prose, acct), prose).toBe(true);
    const ifsc = `{"content": "IFSC: HDFC0001234\\nA/c no.: ${acct}"}`;
    expect(found(ifsc, acct), ifsc).toBe(true);
    const bsb = "doc text='BSB: 062-000\\nAccount: 12345678'";
    expect(found(bsb, '062-000'), bsb).toBe(true);
    expect(found(bsb, '12345678'), bsb).toBe(true);
  });

  it('leaves a nine-digit number that fails the ABA check, and accounts with no branch code, alone', () => {
    expect(leaks('eval row: routing 123456780 account #: 55512345 (fixture)').some((f) => f.detector === 'aba-routing-beside-account')).toBe(false);
    expect(leaks('aws: Account: 123456789012 region eu-west-1 assumed role ops')).toEqual([]);
  });
});

describe('round h28: national ids and passports under labels', () => {
  it('finds a French NIR spaced or plain under labels folded to ASCII, and German passports without digits', () => {
    const spaced = nir28(r, true);
    const plain = nir28(r, false);
    expect(found(`crm: note 'n° sécu: ${spaced}; callback tomorrow'`, spaced)).toBe(true);
    expect(found(`mcp: tools/call {"arguments": {"n_s_cu": "${plain}"}}`, plain)).toBe(true);
    expect(found('ocr: Reisepass no.: CFGHJKLMN issued Berlin', 'CFGHJKLMN')).toBe(true);
  });

  it('leaves a NIR with a wrong key and a passport label on an ordinary word alone', () => {
    const bad = nir28(r, false).replace(/\d\d$/, (k) => String((Number(k) + 1) % 100).padStart(2, '0'));
    expect(leaks(`mcp: {"n_s_cu": "${bad}"}`).some((f) => f.detector === 'fr-nir-labelled')).toBe(false);
    expect(leaks('ui: passport: CHECKLIST step 2 of 4')).toEqual([]);
  });
});

describe('round h28: cards, tables and encoded fields', () => {
  it('finds a CVC glued to the card and after an escaped line break', () => {
    expect(found('mailbox: Card: 4928 1736 0254 1183CVC: 8214', '8214')).toBe(true);
    expect(found("text='Card: 5376 1298 0443 2070\\nCVV: 303'", '303')).toBe(true);
  });

  it('reads markdown tables without a rule line under their column names', () => {
    const table = 'sql tool:\n| member_name | iban | bsn |\n| Henrike Bos | NL02ABNA0123456789 | 274619386 |\nrows: 1';
    expect(found(table, 'Henrike Bos'), table).toBe(true);
    expect(found(table, '274619386'), table).toBe(true);
    expect(leaks('sql tool:\n| status | count |\n| ok | 1234567 |\n| failed | 12 |')).toEqual([]);
  });

  it('reads percent-encoded form and query fields decoded', () => {
    expect(found('POST /kyc body: birth_date=March%2003%2C%201971&step=2', 'March%2003%2C%201971')).toBe(true);
    expect(found('GET /callback?Caller=%2B447700900123&Speech=my%20sort%20code%3A%2020-00-00%20account%3A%2055779911', 'my%20sort%20code%3A%2020-00-00%20account%3A%2055779911')).toBe(true);
    expect(leaks('GET /search?q=red%20running%20shoes%2C%20size%2042&page=2')).toEqual([]);
  });
});

describe('round h28: keys public by design and docker env flags', () => {
  it('reports PostHog project keys as public and personal keys as leaks', () => {
    const phc = `phc_${'aB3dE5fG7hJ9kL1mN3pQ5rS7tV9wX1yZ3bC5dF7gH9j'}`;
    expect(leaks(`frontend: posthog.init key ${phc}`)).toEqual([]);
    const phx = `phx_${'Zq8Wm4Kt2Vb6Nn0Xc5Rr7Hh1Jj3Ll9Pp2Ss4Dd6Ff8Gg'}`;
    expect(found(`ops: personal api key ${phx} pasted in chat`, phx)).toBe(true);
  });

  it('does not read the element after `-e NAME` as NAME\'s value, but still reads header tuples', () => {
    expect(leaks('mcp config: "args": ["run", "--rm", "-e", "SLACK_BOT_TOKEN", "mcp/slack"]')).toEqual([]);
    expect(found('headers: ("x-api-key", "Wq83nfL02mXp7sTv")', 'Wq83nfL02mXp7sTv')).toBe(true);
  });
});

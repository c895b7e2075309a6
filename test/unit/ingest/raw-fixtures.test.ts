import { describe, expect, it } from 'vitest';
import { validatePayload } from '../../../src/alert/validate-payload';
import { decodeForm } from '../../../src/ingest/read-body';
import { parseDatadogJson } from '../../../src/ingest/repair-json';
import { unparsableAlert } from '../../../src/ingest/unparsable-alert';
import { rawFixtures } from '../../helpers/fixtures';

/** The raw-body fixtures (20–24): what a broken template or an option puts on the wire. */
describe('raw Datadog bodies from the fixtures', () => {
  const raws = rawFixtures();

  it('has the five kinds the ingest path must handle', () => {
    expect(raws.map((r) => r.file.slice(0, 2))).toEqual(['20', '21', '22', '23', '24']);
  });

  it.each(raws.filter((r) => !r.unparsable).map((r) => [r.file, r] as const))('%s parses (after repair) into a valid payload with its exact id', (_f, r) => {
    const text = r.content_type.startsWith('application/x-www-form-urlencoded') ? decodeForm(r.text.trim()) : r.text;
    if (r.file.startsWith('21-') || r.file.startsWith('23-')) expect(() => JSON.parse(text)).toThrow(); // not JSON as sent
    const parsed = parseDatadogJson(text);
    expect(parsed).toBeDefined();
    expect(validatePayload(parsed!.value).ok).toBe(true);
    expect((parsed!.value as { id: unknown }).id).toBe(r.expect_id);
  });

  it('keeps the bare 19-digit $ID exact where JSON.parse would round it', () => {
    const r = raws.find((x) => x.file.startsWith('22-'))!;
    expect(String(JSON.parse(r.text.replace(/"id": (\d+)/, '"v": $1')).v)).not.toBe(r.expect_id);
    expect((parseDatadogJson(r.text)!.value as { id: string }).id).toBe(r.expect_id);
  });

  it('salvages the id of a body beyond repair, and keeps the secret out of what is salvaged as the title', () => {
    const r = raws.find((x) => x.unparsable)!;
    expect(parseDatadogJson(r.text)).toBeUndefined();
    const a = unparsableAlert(r.text, 1);
    expect(a.id).toBe(r.expect_id);
    expect(a.title).toContain('Stripe connector errors spiking');
    expect(a.title).not.toContain(r.sensitive[0].value);
  });
});

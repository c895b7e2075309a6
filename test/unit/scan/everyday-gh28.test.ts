import { randomInt } from '../../helpers/seeded-random';
import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan';

const scanner = createScanner({ cleanTexts: false });
const B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64 = `${B62}+/`;
const from = (alphabet: string, n: number): string => Array.from({ length: n }, () => alphabet[randomInt(alphabet.length)]).join('');
/** Random characters of `alphabet` that read as generated: a digit, both cases where the alphabet has them, no triple. */
const gen = (alphabet: string, n: number): string => {
  for (;;) {
    const v = from(alphabet, n);
    if (/\d/.test(v) && (!/[a-z]/.test(alphabet) || /[a-z]/.test(v)) && (!/[A-Z]/.test(alphabet) || /[A-Z]/.test(v)) && !/(.)\1\1/.test(v)) return v;
  }
};
const hex = (n: number): string => gen('0123456789abcdef', n);
const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

/** True when the leak findings of `text` cover all of `value`. */
function covered(text: string, value: string): boolean {
  const at = text.indexOf(value);
  return scanner.scan(text).some((f) => isLeak(f) && f.start <= at && f.end >= at + value.length);
}
const expectNoLeak = (texts: string[]): void => {
  for (const t of texts) expect({ t, leaks: scanner.scan(t).filter(isLeak).map((f) => `${f.detector}:${t.slice(f.start, f.end)}`) }).toEqual({ t, leaks: [] });
};

/** The three contexts of the round: an env line, a JSON body or header, a log or stack-trace line with the token in prose or a URL. */
function contexts(envName: string, v: string): string[] {
  return [
    `${envName}=${v}`,
    r(['{"headers":{"Authorization":"Bearer V","Accept":"application/json"}}', '{"api_key": "V", "region": "eu"}', '{"config":{"token":"V"}}'], v),
    r([
      'Error: invalid credentials V\n    at Client.auth (/srv/app/node_modules/sdk/client.js:42:13)',
      'WARN upstream rejected token V (401), retrying in 30s',
      'GET https://api.example.com/v1/sync?key=V&page=2 -> 401 Unauthorized',
      "curl -s -H 'Authorization: Bearer V' https://api.example.com/v1/me",
    ], v),
  ];
}
/** One of `templates`, drawn at random, with `V` replaced by `v`. */
function r(templates: string[], v: string): string {
  return templates[randomInt(templates.length)]!.replace('V', v);
}
/** Every context of every drawn value is covered, and the bare prose and stack-trace forms always (they failed before). */
function expectShape(envName: string, make: () => string): void {
  for (let i = 0; i < 6; i++) {
    const v = make();
    const texts = [...contexts(envName, v), `Error: invalid credentials ${v}\n    at Client.auth (/srv/app/client.js:42:13)`, `WARN upstream rejected token ${v} (401)`];
    for (const t of texts) expect({ t, ok: covered(t, v) }).toEqual({ t, ok: true });
  }
}

/** New shapes of the round: [name, env variable, generator]. */
const SHAPES: [string, string, () => string][] = [
  ['Adobe client secret', 'ADOBE_CLIENT_SECRET', () => `p8e-${gen(B62, 32)}`],
  ['Bitbucket Data Center HTTP token', 'BITBUCKET_TOKEN', () => `BBDC-${gen(B64, 44)}`],
  ['Cloudflare user token', 'CLOUDFLARE_API_TOKEN', () => `cfut_${gen(B62, 40)}${hex(8)}`],
  ['Cloudflare account token', 'CF_TOKEN', () => `cfat_${gen(B62, 40)}${hex(8)}`],
  ['Cloudflare API key', 'CF_KEY', () => `cfk_${gen(B62, 40)}${hex(8)}`],
  ['Flutterwave encryption key', 'FLW_ENCRYPTION_KEY', () => `FLWSECK_TEST${hex(12)}`],
  ['GoCardless sandbox token', 'GOCARDLESS_ACCESS_TOKEN', () => `sandbox_${gen(`${B62}_-`, 40)}`],
  ['Persona production key', 'PERSONA_API_KEY', () => `persona_production_${uuid()}`],
  ['Persona sandbox key', 'PERSONA_API_KEY', () => `persona_sandbox_${uuid()}`],
  ['redirect.pizza API key', 'REDIRECT_PIZZA_TOKEN', () => `rpa_${gen('abcdefghijklmnopqrstuvwxyz0123456789', 64)}`],
  ['Samsara API token', 'SAMSARA_TOKEN', () => `samsara_api_${gen(B62, 30)}`],
  ['Segment public API token', 'SEGMENT_TOKEN', () => `sgp_${gen(B62, 64)}`],
  ['WakaTime API key', 'WAKATIME_API_KEY', () => `waka_${uuid()}`],
  ['Mercury API token', 'MERCURY_API_KEY', () => `secret-token:mercury_production_wma_${gen(B62, 39)}_yrucrem`],
  ['Azure Cosmos DB key', 'COSMOS_KEY', () => `${gen(B64, 76)}ACDb${from('ABCD', 1)}${gen(B64, 5)}==`],
  ['Azure Storage identifiable key', 'STORAGE_KEY', () => `${gen(B64, 76)}+ASt${from('ABCD', 1)}${gen(B64, 5)}==`],
  ['Azure Service Bus key', 'SB_KEY', () => `${gen(B64, 33)}+ASb${gen(B64, 5)}${from('AEIMQUYcgkosw048', 1)}=`],
  ['Azure Event Hubs key', 'EH_KEY', () => `${gen(B64, 33)}+AEh${gen(B64, 5)}${from('AEIMQUYcgkosw048', 1)}=`],
  ['Azure Cache for Redis key', 'REDIS_KEY', () => `${gen(B62, 33)}AzCa${from('ABCDEFGHIJKLMNOP', 1)}${gen(B62, 5)}=`],
  ['Azure Functions key', 'FUNCTION_KEY', () => `${gen(`${B62}_-`, 44)}AzFu${gen(`${B62}_-`, 5)}${from('AQgw', 1)}==`],
  ['Azure AI Search key', 'SEARCH_KEY', () => `${gen(B62, 42)}AzSe${from('ABCD', 1)}${gen(B62, 5)}`],
  ['Azure Container Registry key', 'ACR_PASSWORD', () => `${gen(B64, 42)}+ACR${from('ABCD', 1)}${gen(B64, 5)}`],
  ['Azure API Management key', 'APIM_KEY', () => `${gen(B62, 76)}APIM${gen(B62, 5)}${from('AQgw', 1)}==`],
  ['Azure Batch key', 'BATCH_KEY', () => `${gen(B64, 76)}+ABa${from('ABCDEFGHIJKLMNOP', 1)}${gen(B64, 5)}==`],
  ['Azure OpenAI key', 'AZURE_OPENAI_API_KEY', () => `${gen(B62, 52)}JQQJ99${gen(B62, 18)}ACOG${gen(B62, 4)}`],
  ['New Relic license key', 'NEW_RELIC_LICENSE_KEY', () => `${hex(36)}NRAL`],
  ['Ionic personal access token', 'IONIC_TOKEN', () => `ion_${gen(B62, 42)}`],
  ['Lichess token', 'LICHESS_TOKEN', () => `lip_${gen(B62, 20)}`],
  ['Pinterest access token', 'PINTEREST_ACCESS_TOKEN', () => `pina_${gen('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 96)}`],
  ['Pangea token', 'PANGEA_TOKEN', () => `pts_${gen('abcdefghijklmnopqrstuvwxyz0123456789', 32)}`],
  ['Trigger.dev secret key', 'TRIGGER_SECRET_KEY', () => `tr_prod_${gen(B62, 24)}`],
  ['Xata API key', 'XATA_API_KEY', () => `xau_${gen(B62, 36)}`],
  ['Onfido live API token', 'ONFIDO_API_TOKEN', () => `api_live.${gen(B62, 11)}.${gen(`${B62}_-`, 32)}`],
  ['Onfido sandbox API token', 'ONFIDO_API_TOKEN', () => `api_sandbox.${gen(B62, 11)}.${gen(`${B62}_-`, 32)}`],
  ['MaxMind license key', 'MAXMIND_LICENSE_KEY', () => `${gen(B62, 6)}_${gen(B62, 29)}_mmk`],
  ['GitLab routable PAT', 'GITLAB_TOKEN', () => `glpat-${gen(`${B62}_-`, 27)}.01.${gen('0123456789abcdefghijklmnopqrstuvwxyz', 9)}`],
];

describe('round gh28: provider tokens of GitHub secret scanning\'s list, in env lines, JSON and prose', () => {
  it.each(SHAPES)('covers a %s in every context', (_name, env, make) => expectShape(env, make));

  it('reports test-mode keys as such (sandbox) and live ones at full severity', () => {
    const live = `persona_production_${uuid()}`;
    const test = `persona_sandbox_${uuid()}`;
    const [l] = scanner.scan(`rejected ${live}`);
    const [t] = scanner.scan(`rejected ${test}`);
    expect(l?.severity).toBe('critical');
    expect(t?.test).toBe(true);
  });

  it('leaves truncated tokens, signatures at the wrong offset, placeholders and masked values alone', () => {
    expectNoLeak([
      // One character short.
      `rejected p8e-${gen(B62, 31)} (401)`,
      `rejected BBDC-${gen(B64, 43)} (401)`,
      `rejected cfut_${gen(B62, 30)} (401)`,
      `rejected FLWSECK_TEST${hex(11)} (401)`,
      `rejected rpa_${gen('abcdefghijklmnopqrstuvwxyz0123456789', 63)} (401)`,
      `rejected samsara_api_${gen(B62, 29)} (401)`,
      `rejected sgp_${gen(B62, 63)} (401)`,
      `rejected waka_${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(11)} (401)`,
      `rejected persona_production_${hex(8)}-${hex(4)}-${hex(4)} (401)`,
      `rejected ${hex(35)}NRAL (401)`,
      `rejected ion_${gen(B62, 41)} (401)`,
      `rejected api_live.${gen(B62, 11)}.${gen(B62, 31)} (401)`,
      `rejected ${gen(B62, 6)}_${gen(B62, 28)}_mmk (401)`,
      'geoipupdate: LicenseKey YOUR_LICENSE_KEY_HERE_xxxxxxxxxxxxx_mmk',
      `rejected pts_${gen('abcdefghijklmnopqrstuvwxyz0123456789', 31)} (401)`,
      'see docs: xau_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx and tr_dev_XXXXXXXXXXXXXXXXXXXX',
      // The signature where no Azure key has it; JQQJ9 at the wrong offset; no `_yrucrem` tail.
      `rejected ${gen(B62, 40)}ACDb${gen(B62, 6)}== (401)`,
      `rejected ${gen(B62, 50)}JQQJ99${gen(B62, 28)} (401)`,
      `rejected mercury_production_wma_${gen(B62, 39)} (401)`,
      // Placeholders and documentation values.
      'set ADOBE_CLIENT_SECRET to p8e-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx before running',
      'example: waka_00000000-0000-0000-0000-000000000000',
      'token looks like samsara_api_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX in the docs',
      'redirect.pizza keys look like rpa_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      'Cloudflare: use cfut_<your-token> in the header',
      // Masked.
      `rejected sgp_${'*'.repeat(64)} and ghp_${'*'.repeat(36)}`,
      // Snake-case identifiers after a sandbox_ prefix; 36-hex ids without the suffix.
      'feature flag sandbox_environment_configuration_for_tests_enabled=true',
      `license ${hex(40)} NRAL`,
    ]);
  });

  it('keeps Sourcegraph sgp_ tokens (hex) with their own detector', () => {
    const t = `sgp_${hex(40)}`;
    const ids = scanner.scan(`src login failed with ${t}`).map((f) => f.detector);
    expect(ids).toContain('sourcegraph-token');
    expect(ids).not.toContain('segment-public-api-token');
  });
});

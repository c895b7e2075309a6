import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { runDoctorCommand } from '../../../src/cli/doctor-command';
import { captureIo } from '../../helpers/cli-io';
import { afterAll, beforeAll } from 'vitest';
import { cleanupChildren, ROOT, startTestRedis, tempDir, writeTempConfig, type TestRedis } from '../../helpers/child-herald';
import { FakeDatadog } from '../../helpers/fake-datadog';
import { FakeSlack } from '../../helpers/fake-slack';

/** Secrets the doctor is given; none may appear in what it prints. */
export const SECRETS = {
  HERALD_WEBHOOK_SECRET: 'doctor-webhook-secret-4f7a',
  SLACK_BOT_TOKEN: 'xoxb-doctor-4412-token-9c1e',
  SLACK_SIGNING_SECRET: 'doctor-signing-secret-77b2',
  DD_API_KEY: 'ddapikey0doctor0000000000000000a1',
  DD_APP_KEY: 'ddappkey0doctor000000000000000000000000b2',
};

/** The local Slack workspace, Datadog API and Redis a doctor run checks, set up as a correct install. */
export interface DoctorWorld {
  slack: FakeSlack;
  datadog: FakeDatadog;
  redis: TestRedis;
  /** The environment of a correct setup against the local servers. */
  env(extra?: Record<string, string | undefined>): NodeJS.ProcessEnv;
  /** A herald.yaml (config/herald.yaml + overrides) whose rules file is `rulesYaml`. */
  configWithRules(rulesYaml: string): string;
  stop(): Promise<void>;
}

/**
 * Start the world: a Slack workspace with the channels and user groups config/rules.yaml names
 * and every scope, a Datadog API that knows the keys, and a Redis of our own with AOF.
 */
export async function startWorld(): Promise<DoctorWorld> {
  const slack = await new FakeSlack().start();
  slack.workspace.tokens = [SECRETS.SLACK_BOT_TOKEN];
  for (const ch of ['#alerts', '#security-alerts', '#synthetics', '#incidents']) slack.workspace.addChannel(ch);
  slack.workspace.userGroups = [
    { id: 'S0SECURITY1', handle: 'security', name: 'Security' },
    { id: 'S0SYNTH0001', handle: 'synthetics-owners', name: 'Synthetics owners' },
  ];
  const datadog = await new FakeDatadog({ apiKey: SECRETS.DD_API_KEY, appKey: SECRETS.DD_APP_KEY }).start();
  const redis = await startTestRedis('doctor');
  return {
    slack,
    datadog,
    redis,
    env: (extra = {}) => {
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        HERALD_CONFIG: path.join(ROOT, 'config/herald.yaml'),
        REDIS_URL: redis.url,
        SLACK_API_URL: slack.apiUrl,
        DD_API_URL: datadog.url,
        ...SECRETS,
        ...extra,
      };
      for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
      return env;
    },
    configWithRules(rulesYaml) {
      const file = path.join(tempDir('doctor-rules'), 'rules.yaml');
      writeFileSync(file, rulesYaml);
      return writeTempConfig({ rules: { file } });
    },
    async stop() {
      await slack.stop();
      await datadog.stop();
      await redis.stop();
    },
  };
}

/** Run `herald doctor` in-process; the report, the exit code, and the checks as JSON. */
export async function doctor(env: NodeJS.ProcessEnv): Promise<{ code: number; out: string; checks: { area: string; status: string; title: string; fix?: string }[] }> {
  const io = captureIo();
  const code = await runDoctorCommand([], io, env);
  const json = captureIo();
  await runDoctorCommand(['--json'], json, env);
  const out = io.out + io.err;
  for (const [k, v] of Object.entries(SECRETS)) if (out.includes(v) || json.out.includes(v)) throw new Error(`doctor printed ${k}`);
  return { code, out, checks: json.out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l)) };
}

/** The problems (errors and warnings) of a run, as `status title` lines. */
export function problems(r: { checks: { status: string; title: string }[] }): string[] {
  return r.checks.filter((c) => c.status === 'error' || c.status === 'warn').map((c) => `${c.status} ${c.title}`);
}

/** Start the world before a test file's tests and stop it (and the test Redis) after them; returns a getter. */
export function useWorld(): () => DoctorWorld {
  let w: DoctorWorld | undefined;
  beforeAll(async () => {
    w = await startWorld();
  });
  afterAll(async () => {
    await w?.stop();
    await cleanupChildren();
  });
  return () => w!;
}

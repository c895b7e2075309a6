import { runDoctor } from './doctor/run-doctor';
import { formatReport, tally } from './doctor/report';
import type { CliIo } from './cli-io';

const USAGE = `usage: herald doctor [--json]

  Checks the setup \`herald serve\` would start with, and says what is wrong and how to fix it:
  config and rules; Redis (version, persistence, memory policy); Slack (token, scopes, the
  channels and user groups the rules name); Datadog (API key for the site, the APIs
  enrichment uses). Reads the same files and environment as serve. Exit 1 on errors.
  --json   one JSON object per check (area, status, title, fix)
`;

/** `herald doctor [--json]`: exit 0 when no check failed (warnings allowed), 1 on errors, 2 on usage errors. */
export async function runDoctorCommand(argv: string[], io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  if (argv.some((a) => a !== '--json')) {
    io.stderr(USAGE);
    return 2;
  }
  const checks = await runDoctor(env);
  if (argv.includes('--json')) for (const c of checks) io.stdout(`${JSON.stringify(c)}\n`);
  else io.stdout(`Herald doctor\n\n${formatReport(checks)}`);
  return tally(checks).errors > 0 ? 1 : 0;
}

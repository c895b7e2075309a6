import type { Role } from '../app';

export type { CliIo } from './cli-io';
import type { CliIo } from './cli-io';

/** Usage text. */
export const USAGE = `usage: herald <command>

  serve [--role web|worker] [--processes N|auto]
                                   run Herald (default: web and worker together, one process)
  rules check [file]               validate a rules file (default config/rules.yaml)
  rules explain <payload.json> [--rules file]
                                   show the route, severity, channels and why, for a payload
  scan [--format text|json|sarif] [--redact [-o F]] <file|->...
                                   find secrets and personal data in files (--list-detectors)
  replay [--all | <job-id>...]     put dead-lettered jobs back on the queue
  audit [--since 30d] [--incident H-1] [--limit N]
                                   print every audit entry in the window as JSON lines
  alerts [--outcome muted|suppressed|inhibited] [--service S] [--limit N] [--cursor C]
                                   alerts counted but not posted (muted, suppressed, inhibited), as JSON lines
  try [example|file] [--url U] [--list]
                                   send an example alert to a running Herald
  doctor [--json]                  check config, rules, Redis, Slack and Datadog; say what to fix
  config schema [herald|rules|access] [--write [dir]]
                                   the JSON Schema of a config file, for editors
`;

/**
 * Dispatch `herald …`. Returns the exit code; `serve` returns undefined and keeps running.
 * Heavy modules are imported per command so that the CLI starts fast.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number | undefined> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'serve': {
      const i = rest.indexOf('--role');
      const role = (i >= 0 ? rest[i + 1] : 'all') as Role;
      if (!['all', 'web', 'worker'].includes(role)) {
        io.stderr(`herald serve: --role must be web or worker\n`);
        return 2;
      }
      const j = rest.indexOf('--processes');
      let processes: number | undefined;
      if (j >= 0) {
        const { parseProcessCount } = await import('../config/load-config');
        const n = parseProcessCount(rest[j + 1] ?? '');
        if (n === null) {
          io.stderr(`herald serve: --processes must be between 1 and 64, or auto\n`);
          return 2;
        }
        processes = n;
      }
      const { serve } = await import('../main');
      await serve(role, { processes });
      return undefined;
    }
    case 'rules': {
      const { runRulesCommand } = await import('./rules-command');
      const { createScanner, scanAlert } = await import('../scan');
      const { decodingScanner } = await import('../ingest/decoding-scanner');
      const scanner = decodingScanner(createScanner()); // as ingest scans
      return runRulesCommand(rest, io, {
        scanAlert: (a) => scanAlert(scanner, a),
      });
    }
    case 'scan': {
      const { runScanCommand } = await import('./scan-command');
      return runScanCommand(rest, io);
    }
    case 'replay': {
      const { runReplayCommand } = await import('./replay-command');
      return runReplayCommand(rest, io);
    }
    case 'audit': {
      const { runAuditCommand } = await import('./audit-command');
      return runAuditCommand(rest, io);
    }
    case 'alerts': {
      const { runAlertsCommand } = await import('./alerts-command');
      return runAlertsCommand(rest, io);
    }
    case 'doctor': {
      const { runDoctorCommand } = await import('./doctor-command');
      return runDoctorCommand(rest, io);
    }
    case 'config': {
      const { runConfigCommand } = await import('./config-command');
      return runConfigCommand(rest, io);
    }
    case 'try': {
      const { runTryCommand } = await import('./try-command');
      return runTryCommand(rest, io);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return cmd === undefined ? 2 : 0;
    default:
      io.stderr(`herald: unknown command ${JSON.stringify(cmd)}\n${USAGE}`);
      return 2;
  }
}

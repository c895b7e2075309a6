import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { keyedSecretValue } from '../secret-value';

/** A row of an environment table: an UPPER_SNAKE name, spaces or a tab, a value (`DB_HOST orders-mysql.internal`). */
const ROW = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+[ \t]{1,40}\S/gm;

/** True when at least two more rows of an environment table sit within 300 characters of `[start, end)`. */
function inEnvTable(text: string, start: number, end: number): boolean {
  const near = text.slice(Math.max(0, start - 300), Math.min(text.length, end + 300));
  return (near.match(ROW) ?? []).length >= 3;
}

/**
 * Secrets in the environment tables of error pages and debug dumps (Whoops/Ignition "Environment
 * Variables", Symfony profiler, `docker inspect` config tables): `NAME value` per line, no `=`.
 */
export const ENV_TABLE_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'env-table-secret',
    name: 'Secret in an environment table (`DB_PASSWORD value` rows of an error page or debug dump)',
    category: 'credential',
    severity: 'high',
    priority: 40,
    confidence: 0.75,
    keywords: ['_password ', '_password\t', '_secret ', '_secret\t', '_key ', '_key\t', '_token ', '_token\t', '_pass ', '_pass\t'],
    // Whoops `APP_KEY base64:…`, `DB_PASSWORD …`, `MAIL_PASSWORD …` under "Environment Variables:".
    pattern: /(?<![^\n])(?<k>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASSWORD|PASS|PWD|SECRET|KEY|TOKEN))[ \t]{1,40}(?<v>[^\s"'`]{8,512})[ \t]*(?![^\r\n])/,
    // The window reaches the rows around the hit's line, so the table can be told from a lone `X_KEY value` line.
    span: 240,
    spanBack: 4,
    mask: 'full',
    validate: (v, ctx) => keyedSecretValue(ctx.key ?? '', v) && inEnvTable(ctx.text, ctx.start, ctx.end),
    remediation: 'Rotate this secret and hide environment tables on error pages (APP_DEBUG=false, blacklist env keys)',
  }),
];

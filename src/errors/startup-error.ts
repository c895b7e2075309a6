import { HeraldError } from './herald-error';

/** A problem that stops startup; the message names the setting to fix. */
export function startupError(key: string, message: string): HeraldError {
  return new HeraldError('config_invalid', `${key}: ${message}`, { details: { key } });
}

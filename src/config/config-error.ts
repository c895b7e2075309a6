import { HeraldError } from '../errors/herald-error';

/** A configuration problem; the message names the key and never includes a secret value. */
export class ConfigError extends HeraldError {
  constructor(
    readonly key: string,
    problem: string,
  ) {
    super('config_invalid', `invalid configuration: ${key}: ${problem}`, { details: { key } });
    this.name = 'ConfigError';
  }
}

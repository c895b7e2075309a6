import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { fullyCovered } from '../../helpers/coverage-tally';
import { B62, rng } from './sample-rng';

/**
 * Round fix22b, set 21's leftovers: secrets declared in forms the key/value detectors do not read (C#
 * auto-properties and verbatim strings, Rust `String::from`, Terraform variable defaults, Dockerfile
 * `ENV KEY value`), and the code and placeholders beside them that are no secret.
 */
const scanner = createScanner({ cleanTexts: false });
const leaks = (text: string) => scanner.scan(text).filter(isLeak);
const found = (text: string, value: string) => fullyCovered(text, value, leaks(text));
const r = rng(Number(process.env['FIX22B_SEED'] ?? 2202));
const secret = (): string => `${r.str(B62, 6)}${r.int(10, 99)}${r.str(B62, r.int(10, 24))}`;

describe('round fix22b: declared secrets', () => {
  it('finds C# property initializers and verbatim strings under secret names', () => {
    for (let i = 0; i < 3; i++) {
      const v = secret();
      for (const t of [
        `    public string SigningKey { get; set; } = "${v}";`,
        `internal static string SmtpPassword { get; } = @"${v}";`,
        `public required string ClientSecret { get; init; } = "${v}";`,
        `        var webhookSecret = @"${v}";`,
      ])
        expect(found(t, v), t).toBe(true);
    }
  });

  it('finds Rust String::from literals under secret names', () => {
    const v = secret();
    for (const t of [`    let stripe_secret_key = String::from("${v}");`, `Config { api_token: String::from("${v}"), retries: 3 }`, `let pw: SecretString = SecretString::new("${v}".into());`]) expect(found(t, v), t).toBe(true);
  });

  it('finds the default of a Terraform variable named for a secret', () => {
    const v = secret();
    const t = `# variables.tf\nvariable "datadog_app_key" {\n  description = "App key for the monitors"\n  type        = string\n  sensitive   = true\n  default     = "${v}"\n}`;
    expect(found(t, v)).toBe(true);
  });

  it('finds a Dockerfile ENV in the space form, also in build output', () => {
    const v = secret();
    for (const t of [`ENV SENTRY_AUTH_TOKEN ${v}`, `Step 6/14 : ENV NPM_TOKEN ${v}`, `<missing>  2 weeks ago  /bin/sh -c #(nop)  ENV DB_PASSWORD ${v}`]) expect(found(t, v), t).toBe(true);
  });

  it('leaves code, references, empty defaults and other names alone', () => {
    for (const t of [
      'public string Password { get; set; } = string.Empty;',
      'public string ApiKey { get; set; } = Environment.GetEnvironmentVariable("API_KEY");',
      `public string DisplayName { get; set; } = "${secret()}";`,
      'let token = String::from(env::var("TOKEN").unwrap());',
      `let greeting = String::from("${secret()}");`,
      'variable "api_token" {\n  description = "The API token"\n  default     = ""\n}',
      `variable "region" {\n  default = "${secret()}"\n}`,
      'variable "db_password" {\n  default = "changeme"\n}',
      'ENV LANG en_US.UTF-8',
      'ENV TOKEN_FILE /run/secrets/token',
      'ENV API_KEY $API_KEY',
    ])
      expect(leaks(t), t).toEqual([]);
  });
});

import { camel, dotted, kebab, pascal, snake, svc, tail, type Ctx57, type Provider57 } from './blind-set-57-ctx';

/** A placement of one provider secret in a source file, as rule-test suites write true positives. */
export interface Place57 {
  name: string;
  make: (c: Ctx57, p: Provider57) => string;
}

const L = (name: string, make: (c: Ctx57, p: Provider57) => string): Place57 => ({ name, make });

/** Placements in program source: Go, Python, JS/TS, Java, Kotlin, Scala, C#, Ruby, PHP, Swift, Rust, Elixir, Perl, shells. */
export const PLACE_SRC: readonly Place57[] = [
  L('go-const', (c, p) => `package config\n\n// ${pascal(p.env)} is used by the ${svc(p)} client.\nconst ${pascal(p.env)} = "${c.secret(p)}"\n`),
  L('go-short-assign', (c, p) => `func newClient() *${svc(p)}.Client {\n\t${camel(tail(p.env).toUpperCase())} := "${c.secret(p)}"\n\treturn ${svc(p)}.New(${camel(tail(p.env).toUpperCase())}, ${svc(p)}.WithTimeout(10*time.Second))\n}`),
  L('go-struct-lit', (c, p) => `cfg := &Config{\n\tBaseURL:   "https://api.${svc(p)}.com/v1",\n\t${pascal(tail(p.env).toUpperCase())}: "${c.secret(p)}",\n\tRetries:   3,\n}`),
  L('go-table-test', (c, p) => `func TestDetect${pascal(svc(p).toUpperCase())}(t *testing.T) {\n\ttps := []string{\n\t\t\`${p.env}="${c.secret(p)}"\`,\n\t}\n\tfps := []string{\`${p.env}=\${${p.env}}\`}\n`),
  L('go-setenv', (c, p) => `\tos.Setenv("${p.env}", "${c.secret(p)}")\n\tdefer os.Unsetenv("${p.env}")`),
  L('py-module-const', (c, p) => `import os\n\n${p.env} = "${c.secret(p)}"  # FIXME: load from vault\nTIMEOUT = 30\n`),
  L('py-dict', (c, p) => `SETTINGS = {\n    "${snake(tail(p.env).toUpperCase())}": '${c.secret(p)}',\n    "base_url": "https://api.${svc(p)}.com",\n}`),
  L('py-kwarg', (c, p) => `client = ${pascal(svc(p).toUpperCase())}Client(\n    ${snake(tail(p.env).toUpperCase())}="${c.secret(p)}",\n    max_retries=5,\n)`),
  L('py-environ', (c, p) => `os.environ["${p.env}"] = "${c.secret(p)}"\nos.environ.setdefault("${svc(p).toUpperCase()}_REGION", "eu")`),
  L('py-pytest-fixture', (c, p) => `@pytest.fixture\ndef ${svc(p)}_creds(monkeypatch):\n    monkeypatch.setenv("${p.env}", "${c.secret(p)}")\n    yield`),
  L('js-const', (c, p) => `const ${camel(p.env)} = '${c.secret(p)}';\nconst client = new ${pascal(svc(p).toUpperCase())}(${camel(p.env)});`),
  L('js-module-exports', (c, p) => `module.exports = {\n  ${camel(tail(p.env).toUpperCase())}: "${c.secret(p)}",\n  region: 'us-east-1',\n};`),
  L('js-bearer-template', (c, p) => `const res = await fetch(\`https://api.${svc(p)}.com/v2/me\`, {\n  headers: { Authorization: \`Bearer ${c.secret(p)}\` },\n});`),
  L('ts-env-fallback', (c, p) => `export const ${camel(p.env)}: string = process.env.${p.env} ?? "${c.secret(p)}";`),
  L('ts-nullish-assign', (c, p) => `config.${camel(tail(p.env).toUpperCase())} ??= '${c.secret(p)}';`),
  L('java-static-final', (c, p) => `public final class ${pascal(svc(p).toUpperCase())}Config {\n    private static final String ${p.env} = "${c.secret(p)}";\n}`),
  L('java-props', (c, p) => `Properties props = new Properties();\nprops.setProperty("${dotted(p.env)}", "${c.secret(p)}");\nprops.setProperty("timeout.ms", "5000");`),
  L('java-annotation', (c, p) => `@Value("\${${dotted(p.env)}:${c.secret(p)}}")\nprivate String ${camel(tail(p.env).toUpperCase())};`),
  L('kotlin-val', (c, p) => `object ${pascal(svc(p).toUpperCase())}Keys {\n    const val ${p.env} = "${c.secret(p)}"\n}`),
  L('scala-val', (c, p) => `val ${camel(p.env)}: String = "${c.secret(p)}"`),
  L('csharp-var', (c, p) => `var ${camel(p.env)} = "${c.secret(p)}";\nvar client = new ${pascal(svc(p).toUpperCase())}Client(${camel(p.env)});`),
  L('csharp-const', (c, p) => `internal static class Secrets\n{\n    public const string ${pascal(p.env)} = @"${c.secret(p)}";\n}`),
  L('ruby-const', (c, p) => `${p.env} = '${c.secret(p)}'.freeze`),
  L('ruby-hash-rocket', (c, p) => `${svc(p)}_client = ${pascal(svc(p).toUpperCase())}::Client.new(:${snake(tail(p.env).toUpperCase())} => "${c.secret(p)}", :timeout => 15)`),
  L('ruby-fetch-default', (c, p) => `config.${snake(tail(p.env).toUpperCase())} = ENV.fetch("${p.env}", "${c.secret(p)}")`),
  L('php-array', (c, p) => `return [\n    '${snake(tail(p.env).toUpperCase())}' => '${c.secret(p)}',\n    'endpoint' => 'https://api.${svc(p)}.com',\n];`),
  L('php-define', (c, p) => `define('${p.env}', '${c.secret(p)}');`),
  L('php-var', (c, p) => `$${camel(p.env)} = "${c.secret(p)}";`),
  L('swift-let', (c, p) => `let ${camel(p.env)} = "${c.secret(p)}"`),
  L('rust-const', (c, p) => `const ${p.env}: &str = "${c.secret(p)}";`),
  L('elixir-config', (c, p) => `config :my_app, ${pascal(svc(p).toUpperCase())},\n  ${snake(tail(p.env).toUpperCase())}: "${c.secret(p)}"`),
  L('perl-my', (c, p) => `my $${snake(p.env)} = '${c.secret(p)}';`),
  L('powershell-env', (c, p) => `$env:${p.env} = "${c.secret(p)}"`),
  L('bash-export', (c, p) => `#!/usr/bin/env bash\nset -euo pipefail\nexport ${p.env}="${c.secret(p)}"\n./deploy.sh --env prod`),
  L('makefile-cond', (c, p) => `${p.env} ?= ${c.secret(p)}\n\ndeploy:\n\t${svc(p)} deploy --token $(${p.env})`),
  L('groovy-jenkins', (c, p) => `withEnv(["${p.env}=${c.secret(p)}"]) {\n    sh './gradlew publish'\n}`),
  L('lua-table', (c, p) => `local ${svc(p)} = { ${snake(tail(p.env).toUpperCase())} = "${c.secret(p)}" }`),
  L('dart-const', (c, p) => `const String ${camel(p.env)} = '${c.secret(p)}';`),
  L('r-sys-setenv', (c, p) => `Sys.setenv(${p.env} = "${c.secret(p)}")`),
  L('kebab-yaml-inline', (c, p) => `${svc(p)}: { ${kebab(tail(p.env).toUpperCase())}: "${c.secret(p)}" }`),
];

import { cred, pos, type PosCase21, type Positive21, type Rng21 } from './blind-set-21-types';

/**
 * One provider's token kind, as a secret scanner's per-rule test file lists it: the kind, the
 * name a project gives the variable, a generator in the published alphabet and length, and the
 * contexts the token may sit in ('b' a bare line, 'h' an HTTP header or curl line; code and
 * config assignments always).
 */
export interface Provider21 {
  id: string;
  kind: string;
  name: string;
  gen: (r: Rng21) => string;
  modes?: string;
  /** The header prefix the token is sent under (`Authorization: Bearer `); implies mode 'h'. */
  hdr?: string;
  host?: string;
}

const words = (name: string): string[] => name.toLowerCase().split('_').filter(Boolean);
const camel = (name: string): string =>
  words(name)
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('');
const pascal = (name: string): string => {
  const c = camel(name);
  return c[0]!.toUpperCase() + c.slice(1);
};
const snake = (name: string): string => words(name).join('_');
const sp = (r: Rng21): string => r.pick([' ', ' ', '  ', '\t']);

/** The code and config layouts: each puts `v` under a name derived from `n` in one language's syntax. */
const CODE: ((r: Rng21, n: string, v: string) => string)[] = [
  (r, n, v) => `package config\n\nfunc init() {\n\t${camel(n)} := "${v}"\n\t_ = ${camel(n)}\n}\n`,
  (_r, n, v) => `var ${camel(n)} = "${v}" // set for the ${words(n)[0]} client`,
  (_r, n, v) => `public final class Settings {\n    private static final String ${n} = "${v}";\n}`,
  (r, n, v) => r.pick([`val ${camel(n)} = "${v}"`, `const val ${n} = "${v}"`, `private val ${camel(n)}: String = "${v}"`]),
  (r, n, v) => r.pick([`private const string ${pascal(n)} = "${v}";`, `var ${camel(n)} = @"${v}";`, `public string ${pascal(n)} { get; set; } = "${v}";`]),
  (r, n, v) => r.pick([`<?php\n$${camel(n)} = '${v}';`, `<?php\nreturn [\n    '${snake(n)}' => '${v}',\n];`, `<?php\ndefine('${n}', "${v}");`]),
  (r, n, v) => r.pick([`${n} = '${v}'.freeze`, `${snake(n)}: "${v}",`, `ENV['${n}'] ||= '${v}'`]),
  (r, n, v) => r.pick([`${n} = "${v}"`, `${snake(n)}='${v}'`, `client = Client(${snake(n)}="${v}")`, `settings = {"${snake(n)}": '${v}'}`]),
  (r, n, v) => r.pick([`const ${camel(n)} = '${v}';`, `  ${camel(n)}: "${v}",`, `let ${camel(n)}${sp(r)}=${sp(r)}\`${v}\`;`]),
  (_r, n, v) => `export const ${camel(n)}: string = "${v}";`,
  (_r, n, v) => `let ${camel(n)} = "${v}"`,
  (r, n, v) => r.pick([`const ${n}: &str = "${v}";`, `let ${snake(n)} = String::from("${v}");`, `static ${n}: &'static str = "${v}";`]),
  (r, n, v) => r.pick([`export ${n}=${v}`, `export ${n}="${v}"`, `export ${n}='${v}'`]),
  (r, n, v) => r.pick([`${snake(n)}: ${v}`, `${snake(n)}: "${v}"`, `env:\n  - name: ${n}\n    value: "${v}"`, `environment:\n  ${n}: '${v}'`]),
  (r, n, v) => `[${r.pick(['auth', 'credentials', 'default', 'api'])}]\n${snake(n)}${sp(r)}=${sp(r)}"${v}"`,
  (r, n, v) => r.pick([`{\n  "${snake(n)}": "${v}"\n}`, `{"${camel(n)}":"${v}","timeout":30}`]),
  (r, n, v) => r.pick([`<add key="${pascal(n)}" value="${v}" />`, `<setting name="${pascal(n)}" value="${v}"/>`]),
  (r, n, v) => r.pick([`ENV ${n}=${v}`, `ENV ${n} ${v}`, `ARG ${n}="${v}"`]),
  (r, n, v) => r.pick([`provider "${words(n)[0]}" {\n  ${snake(n)} = "${v}"\n}`, `variable "${snake(n)}" {\n  default = "${v}"\n}`]),
  (r, n, v) => r.pick([`${n}=${v}`, `${n}="${v}"`, `${n} = ${v}`]),
];

/** The HTTP layouts: the token sent under its header. */
const HTTP: ((r: Rng21, hdr: string, v: string, host: string) => string)[] = [
  (r, hdr, v, host) => `curl -s${r.pick(['', ' -X POST'])} -H "${hdr}${v}" https://${host}/v1/${r.pick(['me', 'projects', 'events', 'user'])}`,
  (r, hdr, v, host) => `curl --header '${hdr}${v}' 'https://${host}/api/${r.pick(['v2/items', 'status', 'keys'])}'`,
  (r, hdr, v, host) => `${r.pick(['GET', 'POST'])} /v1/${r.pick(['account', 'data', 'search'])} HTTP/1.1\r\nHost: ${host}\r\n${hdr}${v}\r\nAccept: application/json\r\n\r\n`,
];

/** Puts one provider's fresh token in a layout chosen by the stream. */
export function providerCase(p: Provider21): PosCase21 {
  return (r: Rng21): Positive21 => {
    const v = p.gen(r);
    const modes = (p.modes ?? '') + (p.hdr ? 'h' : '');
    const choice = r.int(0, CODE.length - 1 + (modes.includes('b') ? 3 : 0) + (modes.includes('h') ? 3 : 0));
    let text: string;
    if (choice < CODE.length) text = CODE[choice]!(r, p.name, v);
    else if (modes.includes('b') && choice < CODE.length + 3) text = r.pick([v, `${v}\n`, `# ${r.pick(['rule test', 'true positive', 'tps'])}\n${v}\n`]);
    else text = HTTP[r.int(0, HTTP.length - 1)]!(r, p.hdr ?? 'Authorization: Bearer ', v, p.host ?? 'api.example.com');
    return pos(p.id, text, cred(p.kind, v));
  };
}

import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { cpfValid } from '../id-checksums';
import { secretValueOk } from '../secret-value';
import { abaValid, isLowEntropy } from '../validators';
import { PUBLIC_PLACE } from './property-r44';

/**
 * Round r45 (blind set 45: developer workstations, package registries and source hosting): secrets
 * as developer tools write them to disk and to the terminal — Yarn Berry's `npmAuthIdent` (user and
 * password), the other hosts' keys in `~/.gem/credentials`, Bundler's per-host credentials
 * (`BUNDLE_GEMS__EXAMPLE__COM`), Anaconda channel tokens in `/t/<token>/` URLs, the value printed by
 * `vault kv get -field=password`, the secret typed at `aws configure`'s prompt, git send-email's
 * `smtppass`, session cookies inside a HAR file's cookie header; and the data beside them: lat/lon
 * strings under geo keys, a NACHA file header's destination routing,
 * and the CPF value of a `redis-cli` hash reply.
 */

/** A random-looking token: not low-entropy, with a digit or mixed case. */
const randomish = (v: string): boolean => !isLowEntropy(v) && (/\d/.test(v) || (/[a-z]/.test(v) && /[A-Z]/.test(v)));

/** A city name: one or two title-case words (accented letters too). */
const CITY = String.raw`[A-ZÀ-Þ][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{2,20}(?:[ -][A-ZÀ-Þ][a-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]{2,20})?`;
/** A house number and a street name of one to five words (`3480 Prinsengracht`, `12 Rue de la Paix`, `7b Via Nazionale`). */
const STREET = String.raw`\d{1,5}[a-z]? (?:(?:[A-ZÀ-Þ][A-Za-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’.-]{1,24}|de|la|del|di|du|des|le|van|der|den) ){0,4}[A-ZÀ-Þ][A-Za-zß-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9'’-]{2,30}`;
/** A postcode and city after the street, in the shapes of European and Commonwealth addresses. */
const POST_TAIL = String.raw`(?:\d{3} \d{2} ${CITY}|\d{4} ?[A-Z]{2} ${CITY}|\d{4,5} ${CITY}|${CITY} \d{5}|${CITY} [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}|${CITY}, [A-Z]{2} [A-Z]\d[A-Z] ?\d[A-Z]\d|${CITY}, [A-Z]{2} \d{5})`;
const POSTAL_ADDRESS = String.raw`${STREET}, ${POST_TAIL}(?![\w-])`;

export const DEVTOOLS_R45_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'yarn-npm-auth-ident',
    name: 'Yarn Berry npmAuthIdent (registry user and password)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['npmauthident'],
    // `.yarnrc.yml`: `npmAuthIdent: "ci-user:pa55word"` (the plain form; Yarn also takes the base64 of it).
    pattern: /npmAuthIdent["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<v>[^\s"':]{1,64}:[^\s"']{6,128})/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v.slice(v.indexOf(':') + 1)),
    remediation: 'Change this registry password and use an npmAuthToken from the environment (`${NPM_TOKEN}`) instead',
  }),
  defineDetector({
    id: 'rubygems-credentials-host-key',
    name: "API key of another gem host in a RubyGems credentials file (`:internal: <key>` beside `:rubygems_api_key:`)",
    category: 'credential',
    severity: 'high',
    priority: 58,
    keywords: [':rubygems_api_key:'],
    span: 900,
    // `~/.gem/credentials` keeps one key per host: `:rubygems_api_key:` for rubygems.org, then `:<name>:` or a host URL per push target.
    pattern: /(?:^|\n)(?::(?!rubygems_api_key:)[A-Za-z][\w.-]{0,40}:|["']?https?:\/\/[^\s"']{3,120}["']?:) ["']?(?:Bearer |Basic )?(?<v>[A-Za-z0-9_-]{16,128})["']?(?=[ \t]*(?:\r?\n|$))/,
    mask: 'full',
    // The window must hold the file's own `:rubygems_api_key:` line above the entry (not any `:key: value` YAML), at most 700
    // characters before it: within the span, so that a scan of the whole text and one of the keyword's window agree.
    validate: (v, ctx) => randomish(v) && ctx.text.slice(Math.max(0, ctx.start - 700), ctx.start).includes(':rubygems_api_key:'),
    remediation: 'Revoke this gem host key and keep push credentials out of shared dotfiles',
  }),
  defineDetector({
    id: 'bundler-host-credential',
    name: 'Bundler per-host credential (`BUNDLE_GEMS__EXAMPLE__COM: "user:pass"` or a token)',
    category: 'credential',
    severity: 'high',
    priority: 57,
    keywords: ['bundle_'],
    // `.bundle/config` and the environment name a source host with `__` for its dots: `BUNDLE_ENTERPRISE__EXAMPLE__IO: "<licence key>"`.
    pattern: /(?<![A-Za-z0-9_])BUNDLE_(?!BUILD__|MIRROR__|PATH\b)(?<k>(?:[A-Z0-9-]+__)+[A-Z0-9-]+)["']?[ \t]{0,3}[:=][ \t]{0,3}["']?(?<v>[A-Za-z0-9._~+-]{1,64}:[^\s"'/]{6,128}|[A-Za-z0-9_-]{20,128})(?=["']?[ \t]*(?:\r?\n|$|#))/,
    mask: 'full',
    validate: (v) => randomish(v.slice(v.indexOf(':') + 1)),
    remediation: 'Rotate this gem source credential and set it with `bundle config set --global` outside the repository',
  }),
  defineDetector({
    id: 'anaconda-channel-token',
    name: 'Anaconda.org token in a channel URL (`https://conda.anaconda.org/t/<token>/<channel>`)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    keywords: ['anaconda.org/t/', 'anaconda.com/t/'],
    pattern: /\.anaconda\.(?:org|com)\/t\/(?<v>[A-Za-z0-9-]{16,96})\//,
    mask: 'full',
    validate: (v) => randomish(v.replace(/-/g, '')),
    remediation: 'Revoke this Anaconda token (`anaconda auth --remove`) and pass it through `conda config --set` from a secret store',
  }),
  defineDetector({
    id: 'vault-field-output',
    name: 'Secret printed by `vault kv get -field=password …` on the next line',
    category: 'credential',
    severity: 'high',
    priority: 57,
    keywords: ['-field='],
    span: 300,
    pattern: /vault (?:kv get|read)\b[^\r\n]{0,80}?-field=(?<k>[\w-]{0,30}(?:pass(?:word|wd)?|secret|token|key|pwd)[\w-]{0,30})\b[^\r\n]{0,400}\r?\n(?<v>[^\s$#>][^\s]{5,255})(?=[ \t]*(?:\r?\n|$))/,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Rotate this secret and read it into a variable (`$(vault kv get -field=…)`) rather than printing it',
  }),
  defineDetector({
    id: 'aws-configure-secret-prompt',
    name: "AWS secret access key typed at `aws configure`'s prompt",
    category: 'credential',
    severity: 'critical',
    priority: 66,
    keywords: ['secret access key ['],
    pattern: /AWS Secret Access Key \[[^\]\r\n]{0,40}\]: (?<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/,
    mask: 'full',
    validate: (v) => randomish(v),
    remediation: 'Deactivate this access key in IAM and use SSO or short-lived credentials instead of pasting keys into a terminal',
  }),
  defineDetector({
    id: 'git-sendemail-smtp-pass',
    name: 'git send-email SMTP password (`smtppass = …` in .gitconfig)',
    category: 'credential',
    severity: 'high',
    priority: 57,
    keywords: ['smtppass'],
    pattern: /(?<![\w-])(?:sendemail\.)?smtppass(?:[ \t]{0,3}=[ \t]{0,3}|[ \t]{1,3}(?="))(?:"(?<v>[^"\r\n]{4,128})"|(?<w>[^\s"]{4,128}))/i,
    mask: 'full',
    validate: (v) => secretValueOk('password', v),
    remediation: 'Change this mail password and let git send-email ask for it or read it from a credential helper',
  }),
  defineDetector({
    id: 'har-cookie-session',
    name: 'Session cookie in a HAR file\'s `cookie` request header',
    category: 'credential',
    severity: 'high',
    priority: 56,
    keywords: ['"cookie"'],
    span: 400,
    pattern: /"name":[ \t]{0,3}"cookie",\s{0,40}"value":[ \t]{0,3}"[^"\r\n]{0,400}?(?<![\w.-])(?<k>[\w.-]{0,30}(?:sess|sid|auth|token)[\w.-]{0,30})=(?<v>[A-Za-z0-9._%~+/-]{16,512})/i,
    mask: 'full',
    validate: (v) => randomish(v),
    remediation: 'Export HAR files with cookies stripped (or sanitise them) and end the captured session',
  }),
  defineDetector({
    id: 'geolocation-under-geo-key',
    name: 'Latitude and longitude as one string under a geo key (`"geo":"48.858370,2.294481"`)',
    category: 'personal',
    severity: 'medium',
    priority: 40,
    keywords: ['geo"', "geo'", 'location"', "location'", 'latlng', 'lat_lng', 'latlon', 'lat_lon', 'coords"', 'coordinates"', 'gps"'],
    pattern: /["'](?<k>geo|geo_?location|(?:last_?|home_?|current_?)?location|lat_?lng|lat_?lon|latLng|coords|coordinates|gps)["'][ \t]{0,2}:[ \t]{0,2}["'](?<v>-?\d{1,2}\.\d{4,8}, ?-?\d{1,3}\.\d{4,8})["']/i,
    mask: 'full',
    validate: (v, ctx) => {
      const [lat, lon] = v.split(',').map((x) => Number(x.trim())) as [number, number];
      if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (Math.abs(lat) <= 0.01 && Math.abs(lon) <= 0.01)) return false;
      // As geo-coordinates-under-key (round r44): a place of business named just before is public.
      return !PUBLIC_PLACE.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start));
    },
    remediation: "Log a coarse region (or nothing) instead of a person's coordinates",
  }),
  defineDetector({
    id: 'nacha-file-header-routing',
    name: 'Routing number (immediate destination) of a NACHA file header record',
    category: 'financial',
    severity: 'medium',
    priority: 45,
    keywords: ['101'],
    lineStart: true,
    pattern: /(?<=^|\n)101 (?<v>\d{9})[ \d][\d ]{19,21}[A-Z0-9]094101/,
    mask: 'full',
    validate: (v) => abaValid(v),
    remediation: 'Keep ACH files out of logs and tickets; log the batch id instead',
  }),
  defineDetector({
    id: 'br-cpf-redis-hash-reply',
    name: 'CPF as the value of a `cpf` field in a redis-cli hash reply',
    category: 'personal',
    severity: 'high',
    priority: 46,
    keywords: [') "cpf"'],
    span: 120,
    pattern: /\d{1,4}\) "(?:cpf|[a-z_]{1,20}_cpf)"\r?\n[ \t]{0,4}\d{1,4}\) "(?<v>\d{3}\.?\d{3}\.?\d{3}-?\d{2})"/,
    mask: 'full',
    validate: (v) => cpfValid(v.replace(/\D/g, '')),
    remediation: 'Keep national ids out of cache dumps; key cached records by id',
  }),
  defineDetector({
    id: 'street-address-with-postcode-near-address-label',
    name: 'Street address with its postcode and city (`3480 Prinsengracht, 1016 GV Amsterdam`) near an address label or question',
    category: 'personal',
    severity: 'medium',
    priority: 41,
    keywords: ['address', 'adresse', 'anschrift', 'direcci', 'indirizzo', 'adres'],
    span: 400,
    precheck: { re: /\d{1,5}[a-z]? [A-ZÀ-Þ]/, reach: 400 },
    // The address opens a value or an answer (after a line start, a colon, a quote or `=`), not the middle of a list of counts.
    pattern: new RegExp(String.raw`(?<=(?:^|[\n:>"'=])[ \t]{0,3})(?<v>${POSTAL_ADDRESS})`),
    mask: 'full',
    remediation: "Keep customers' postal addresses out of chat logs and tickets; refer to the customer record instead",
  }),
  defineDetector({
    id: 'street-address-after-cjk-address-label',
    wideOnly: true,
    name: 'Street address after an address label in Japanese, Chinese or Korean (`住所: …`, `地址：…`, `주소: …`)',
    category: 'personal',
    severity: 'medium',
    // Over street-address-with-postcode-near-address-label (41), which a whole-text scan finds on the same span without
    // its keyword nearby: one name for the span however the text is windowed (prefilter-equivalence.test.ts).
    priority: 42,
    keywords: [],
    pattern: new RegExp(String.raw`(?:住所|地址|주소)[ \t]{0,2}[:：][ \t]{0,2}(?<v>${STREET}, (?:${CITY}, )?(?:${POST_TAIL}|[A-Z]{2} \d{5}))`),
    mask: 'full',
    remediation: "Keep customers' postal addresses out of tickets and logs; refer to the customer record instead",
  }),
  defineDetector({
    id: 'street-address-cli-line1-flag',
    name: 'Street line passed to a CLI as `--address.line1 "…"` or as a form field address line1',
    category: 'personal',
    severity: 'medium',
    priority: 41,
    keywords: ['line1'],
    pattern: /(?:--[\w.-]{0,20}line_?1|address\[line1\])[ =]\\?["']?(?<v>\d{1,5}[a-z]? [A-Za-zÀ-ÿ\u0100-\u017f\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9][^"'\r\n&]{2,80}?)(?=\\?["'&]|[ \t]*$)/,
    mask: 'full',
    remediation: "Keep shell history and transcripts of customer-creating commands out of shared files",
  }),
];

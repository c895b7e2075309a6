import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { nearby } from '../nearby';
import { isPlaceholder } from '../placeholders';
import { abaValid, isLowEntropy, shannonEntropy } from '../validators';

/**
 * Round r44 (blind set 44: insurance, real estate, property management and legal): what property,
 * claims and law-office systems write — physical access codes (lockbox shackle, keypad and alarm
 * PINs, gate and door codes, smart-lock and e-signature access codes), coordinates under a location
 * key, Gmail-style SMTP app passwords, RabbitMQ Erlang cookies, HMAC keys in env files, literal
 * `jwt.sign` secrets, PACER NextGen CSO tokens, SQL Server linked-server passwords and settings-table
 * passwords, OAuth refresh tokens under a bare `refresh` key, XML interface licences, NIEM birth
 * dates and licence ids (court e-filing), and the account number beside an `aba` key in one object.
 */

/** Masked or templated values (`****`, `xxxx`, `${…}`, `{{…}}`, `<…>`). */
const notReal = (s: string): boolean => /^[*x•.#]+$/i.test(s) || /[*•]{3}|\$\{|\{\{|<[^>]*>|%[A-Z_]+%/.test(s) || isPlaceholder(s);

/** A numeric code that is a run, a sequence or one digit repeated (`0000`, `1234`, `9876`): an example, not a code. */
function trivialDigits(d: string): boolean {
  if (/^(\d)\1+$/.test(d)) return true;
  const up = '01234567890123456789';
  const down = '98765432109876543210';
  return up.includes(d) || down.includes(d);
}

/** A value of mixed character classes and some spread (a secret, not a word or an id). */
const randomish = (v: string, min = 3.2): boolean => !isLowEntropy(v) && shannonEntropy(v) >= min && !notReal(v);

/** A mail host named within 400 characters before `at` that is not Google's (`smtp.gmail.com`, `imap.googlemail.com`). */
function otherMailHost(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 400), at);
  const hosts = [...before.matchAll(/(?:host|server)\\?["']?\s{0,2}[:=]\s{0,2}\\?["']?([A-Za-z0-9.-]{3,80})/gi)].map((m) => m[1]!.toLowerCase());
  return hosts.some((h) => /\./.test(h) && !/(?:^|\.)(?:gmail|googlemail|google)\.com$/.test(h));
}

/** Keys and words that name a place of business or a public site rather than a person's home or whereabouts. */
export const PUBLIC_PLACE = /\b(?:office|store|shop|branch|warehouse|depot|facility|plant|hq|headquarters|campus|venue|station|airport|city hall|courthouse)\b/i;

export const PROPERTY_R44_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'physical-access-code',
    name: 'Physical access code (lockbox shackle or CBS code, keypad or alarm PIN, gate, door or building entry code)',
    category: 'credential',
    severity: 'high',
    priority: 54,
    confidence: 0.75,
    keywords: ['lockbox', 'lock box', 'shackle', 'keypad', 'key pad', 'cbs code', 'keysafe', 'key safe', 'disarm', 'alarm pin', 'alarm passcode', 'gate pin', 'door pin', 'building entry'],
    // `shackle code 895352`, `keypad PIN 6224*`, `CBS code 2861#`, `Lockbox on hose bib, code 3314`, `gate code: #4410`,
    // `Building entry (ButterflyMX): 826097`. A code ends at a `#` or `*` the keypad takes (part of what is typed).
    // `gate code 1234` and the like are door-gate-code's (round r37), which outranks this one where both match.
    pattern:
      /\b(?:lock ?box|shackle|key ?pad|cbs|key ?safe|disarm)\b[^\n.;]{0,40}?\b(?:code|pin|combo|combination|passcode)\b(?:\s{0,2}(?:is|was|=|:|no\.?)){0,2}\s{0,2}(?<v>[#*]?\d{4,8}[#*]?)(?![\w])|\b(?:alarm|gate|door|garage)[ _-]?(?:pin|passcode|combo)\b(?:\s{0,2}(?:is|was|=|:|no\.?)){0,2}\s{0,2}(?<w>[#*]?\d{4,8}[#*]?)(?![\w])|\bbuilding entry\b[^\n:]{0,30}:\s{0,2}(?<u>\d{4,8}[#*]?)(?![\w])/i,
    mask: 'full',
    validate: (v) => !trivialDigits(v.replace(/[#*]/g, '')) && !/^(?:19|20)\d{2}$/.test(v),
    remediation: 'Change the lockbox, keypad or alarm code and share access codes through the showing or access system, not in messages and logs',
  }),
  defineDetector({
    id: 'access-code-json-key',
    name: 'Access code under a JSON key (smart-lock, door, gate or e-signature recipient access code)',
    category: 'credential',
    severity: 'high',
    priority: 58,
    confidence: 0.75,
    keywords: ['accesscode', 'access_code', 'entrycode', 'entry_code', 'doorcode', 'door_code', 'gatecode', 'gate_code', 'pincode', 'pin_code'],
    // DocuSign `"accessCode":"SJK2194"`, Seam `POST /access_codes/create -d '{"device_id":"…","code":"302445"}'`, `door_code: 4471#`.
    span: 600,
    pattern:
      /(?<![A-Za-z])(?:access|entry|door|gate|pin)_?code\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>[A-Za-z0-9]{4,12}[#*]?)(?![\w-])|\/access_codes\b[\s\S]{0,600}?["']code["']\s{0,2}:\s{0,2}["'](?<w>\d{4,10})["']/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && !notReal(v) && !trivialDigits(v.replace(/[#*]/g, '')) && !/^(?:true|false|null|none|required|string)$/i.test(v),
    remediation: 'Revoke the access code in the lock or e-signature platform and keep codes out of logged requests',
  }),
  defineDetector({
    id: 'geo-coordinates-under-key',
    name: 'Precise location (latitude, longitude under a GPS or location key)',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.7,
    keywords: ['gps', 'geo', 'latlon', 'latlng', 'lat_lon', 'lat_lng', 'coordinates', 'coords', 'location'],
    precheck: { re: /\d\.\d{5,9},\s?-?\d/, reach: 80 },
    // `"gps": "32.910289, -78.059116"`, `lock.home.latlon=29.958983, -119.931666`, `geo=31.67, -117.00`, `"houseLocation":"25.61, -113.42"`.
    pattern:
      /(?<![A-Za-z])(?:[A-Za-z]{0,16}(?:gps|geo|lat_?lo?ng?|coordinates|coords|location))\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["'(]?(?<v>-?\d{1,2}\.\d{5,9},\s?-?\d{1,3}\.\d{5,9})(?![\d])/i,
    // Five decimals or more (a metre or so): a version or a ratio has fewer.
    mask: 'full',
    validate: (v, ctx) => {
      const [lat, lon] = v.split(',').map((x) => Number(x.trim()));
      if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return false;
      // A place of business named just before (`"office":"City Hall","location":…`) is public, not a person's whereabouts.
      return !PUBLIC_PLACE.test(ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start));
    },
    remediation: "Log a coarse region (or nothing) instead of a person's precise coordinates",
  }),
  defineDetector({
    id: 'smtp-app-password',
    name: 'Mail (SMTP) app password (16 lower-case letters, as Gmail and Google Workspace issue them)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    // Tight literals: a bare `mail` wakes on every e-mail address of a log.
    keywords: ['smtp', 'mail_pass', 'mail.pass', 'mail-pass', 'mailpass', 'mail_host_pass'],
    precheck: { re: /pass/i, reach: 40 },
    // The lines above are read for the mail host (see otherMailHost).
    span: 120,
    spanBack: 8,
    // `spring.mail.password=vohfbhjbpgfjmola`, `SMTP_PASS="abcd efgh ijkl mnop"`, `EMAIL_HOST_PASSWORD = 'vohf bhjb pgfj mola'`.
    pattern:
      /(?<![A-Za-z])(?:[\w.-]{0,20}smtp[\w.-]{0,12}?[_.-]?|[\w.-]{0,20}mail[_.-]?(?:host[_.-])?)pass(?:word|wd)?\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>[a-z]{16}|[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4})(?![\w])/i,
    mask: 'full',
    // The shape is Google's: beside a mail host that is not Google's (`SMTP_HOST=mail.kestrel.io`) it is gmail-app-password's
    // call (round r41), which leaves it alone; with no host named, or Google's, it is reported.
    validate: (v, ctx) =>
      v === v.toLowerCase() && new Set(v.replace(/ /g, '')).size >= 9 && !/^(?:changeme|password|placeholder)/.test(v) && !otherMailHost(ctx.text, ctx.start),
    remediation: 'Revoke the app password in the Google account (Security > App passwords) and keep mail credentials in a secret store',
  }),
  defineDetector({
    id: 'wifi-password-prose',
    name: 'Wi-Fi password or passphrase (after the network name in a welcome note, ticket or chat)',
    category: 'credential',
    severity: 'medium',
    priority: 56,
    confidence: 0.75,
    keywords: ['wifi', 'wi-fi', 'wlan', 'wireless'],
    // `WiFi: Lofts-Resident / password UTlR@JOikh!oB7123`, `Wi-Fi network GuestNet, passphrase: "Tr0ub4dor&3"`. A passphrase
    // with spaces in it runs to the line's end (`password XmhT 7eLuR!f2vJ11`).
    pattern:
      /\b(?:wi-?fi|wlan|wireless)\b[^\n]{0,60}?\b(?:password|passphrase|passcode|pass|pw|psk|wpa2? key|key)\b\s{0,2}(?:is\s)?[:=]?\s{0,2}["']?(?:(?<v>\S(?:[^\n"']{6,61})\S)(?=["']?[ \t]*(?:\r?\n|$))|(?<w>[^\s"']{7,62}[^\s"',;.)])(?=["']?(?:[\s,;.)]|$)))/i,
    mask: 'full',
    validate: (v) => !notReal(v) && !isLowEntropy(v) && /\d/.test(v) && /[A-Za-z]/.test(v) && v.split(' ').length <= 3 && !/^(?:https?:|\/)/.test(v),
    remediation: 'Change the Wi-Fi passphrase and hand it out through the resident portal or a printed card, not in e-mails and tickets',
  }),
  defineDetector({
    id: 'erlang-cookie-value',
    name: 'RabbitMQ / Erlang distribution cookie (`erlangCookie`, `RABBITMQ_ERLANG_COOKIE`)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['erlang'],
    // Helm `auth: { erlangCookie: ASEGEFCXZINKJFTAVFNY }` (20 upper-case letters, as RabbitMQ writes it), `RABBITMQ_ERLANG_COOKIE='…'`.
    pattern: /erlang[_.-]?cookie\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>[A-Za-z0-9+/=_-]{16,128})(?![\w+/=-])/i,
    mask: 'full',
    validate: (v) => !notReal(v) && new Set(v).size >= 8 && !/^(?:secret|cookie|changeme)/i.test(v),
    remediation: 'Set a new Erlang cookie on every node of the cluster and keep it in a Kubernetes secret',
  }),
  defineDetector({
    id: 'hmac-key-env-assignment',
    name: 'HMAC key in an environment variable (`…_WEBHOOK_HMAC=`, `HMAC_KEY=`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['hmac'],
    // `HIMARLEY_WEBHOOK_HMAC=rfSl…=`, `export HMAC_SECRET_KEY='…'`, `webhook.hmac = …`. A bare `hmac` (a query's `&hmac=`, a
    // header's `X-Shopify-Hmac-Sha256`) carries a signature, not the key: the name must end in `_HMAC`/`.hmac` or say key or secret.
    pattern:
      /(?:(?<=[A-Za-z0-9][_.])hmac(?:[_.-]?(?:key|secret|secret[_.-]?key|signing[_.-]?key))?|(?<![A-Za-z0-9])hmac[_.-]?(?:key|secret|secret[_.-]?key|signing[_.-]?key))\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>[A-Za-z0-9+/_-]{24,128}={0,2})(?![\w+/=-])/i,
    mask: 'full',
    validate: (v) => randomish(v, 3.5) && /\d/.test(v) && /[A-Za-z]/.test(v),
    remediation: 'Rotate the HMAC key with the provider and keep it in a secret store',
  }),
  defineDetector({
    id: 'jwt-sign-literal-secret',
    name: 'JWT signing secret written into a `jwt.sign` / `jwt.encode` call',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.8,
    keywords: ['jwt.sign', 'jwt.encode'],
    // `jwt.sign({ shop: '672121' }, '/l6Iw…=', { algorithm: 'HS256' })`, `jwt.encode(payload, "…", algorithm="HS256")`.
    pattern: /\bjwt\.(?:sign|encode)\(\s{0,3}[^()\n]{1,300}?,\s{0,3}(?<q>['"`])(?<v>[^'"`\s]{16,256})\k<q>/,
    mask: 'full',
    validate: (v) => randomish(v, 3.5) && !/^(?:process|env|config)\b/.test(v),
    remediation: 'Rotate the signing secret, load it from the environment or a secret store, and re-issue the tokens it signed',
  }),
  defineDetector({
    id: 'pacer-nextgen-cso-token',
    name: 'PACER NextGen CSO authentication token (`nextGenCSO`)',
    category: 'credential',
    severity: 'high',
    priority: 66,
    confidence: 0.85,
    keywords: ['nextgencso'],
    // The cso-auth response `{"nextGenCSO":"…128 characters…","loginResult":"0"}`, and the `NextGenCSO=` cookie.
    pattern: /nextGenCSO\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?(?<v>[A-Za-z0-9]{64,256})(?![A-Za-z0-9])/i,
    mask: 'prefix',
    validate: (v) => randomish(v, 4),
    remediation: 'Log out the PACER session (the token is a bearer credential) and keep cso-auth responses out of logs',
  }),
  defineDetector({
    id: 'sqlserver-linked-login-password',
    name: 'SQL Server linked-server or login password (`sp_addlinkedsrvlogin @rmtpassword`, `sp_addlogin @passwd`)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    confidence: 0.85,
    keywords: ['@rmtpassword', '@passwd'],
    // `EXEC sp_addlinkedsrvlogin @rmtsrvname = N'RELSQL9', @useself = 'FALSE', @rmtuser = N'EDDSDBO', @rmtpassword = N'…';`
    pattern: /@(?:rmtpassword|passwd)\s{0,3}=\s{0,3}N?'(?<v>[^'\r\n]{4,128})'/i,
    mask: 'full',
    validate: (v, ctx) => !notReal(v) && !isLowEntropy(v) && nearby(/sp_addlinkedsrvlogin|sp_addlogin|sp_password|@rmtuser|@loginame/i, ctx.text, ctx.start, ctx.end, 300),
    remediation: 'Change the SQL Server login password and keep setup scripts with passwords out of repositories and logs',
  }),
  defineDetector({
    id: 'settings-table-password-update',
    name: 'Password written into a settings table (`UPDATE … SET Value = … WHERE Name = \'SMTPPassword\'`)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['set value', 'set [value]'],
    // Relativity `InstanceSetting`, Sitecore, WordPress-like key/value tables: the row's name says what the value is.
    pattern:
      /\bSET (?:Value|\[Value\])\s{0,3}=\s{0,3}N?'(?<v>[^'\r\n]{4,256})'\s{1,3}WHERE\s{1,3}[[`"]?(?:Name|Key|Setting(?:Name)?)[\]`"]?\s{0,3}=\s{0,3}N?'[\w.:/-]{0,60}(?:password|passwd|pwd|secret|apikey|api_key|token)'/i,
    mask: 'full',
    validate: (v) => !notReal(v) && !isLowEntropy(v),
    remediation: 'Change the stored password and set it through the product UI or a secret store, not in logged SQL',
  }),
  defineDetector({
    id: 'oauth-refresh-under-bare-key',
    name: 'OAuth refresh token under a bare `refresh` key (session stores, token caches)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    keywords: ['"refresh"', '\\"refresh\\"', "'refresh'"],
    // A Redis session `{\"oauth\":{\"refresh\":\"4rL6…\"}}`, a token cache `{'access': '…', 'refresh': '…'}`.
    pattern: /\\{0,3}["']refresh\\{0,3}["']\s{0,2}:\s{0,2}\\{0,3}["'](?<v>[A-Za-z0-9_.~+/-]{32,512}={0,2})\\{0,3}["']/,
    mask: 'prefix',
    validate: (v) => randomish(v, 4) && !/^(?:eyJ)/.test(v),
    remediation: 'Revoke the refresh token (and the session) and keep token stores out of logs and dumps',
  }),
  defineDetector({
    id: 'xml-interface-licence-key',
    name: 'Interface or licence key in an XML element (`<InterfaceLicense>`, `<LicenseKey>`)',
    category: 'credential',
    severity: 'high',
    priority: 56,
    confidence: 0.75,
    keywords: ['license>', 'licence>', 'licensekey>', 'licencekey>'],
    // Yardi Voyager `<InterfaceLicense>…base64…</InterfaceLicense>`, `<ns:LicenseKey>…</ns:LicenseKey>`.
    pattern: /<(?<k>(?:\w{1,20}:)?\w{0,30}Licen[cs]e(?:Key)?)>(?<v>[A-Za-z0-9+/=_-]{32,2048})<\/\k<k>>/i,
    mask: 'prefix',
    validate: (v) => randomish(v, 4),
    remediation: 'Request a new interface licence from the vendor and keep SOAP login envelopes out of logs',
  }),
  defineDetector({
    id: 'niem-birth-date',
    name: 'Date of birth in a NIEM document (`<nc:PersonBirthDate><nc:Date>`: court e-filing, justice exchanges)',
    category: 'personal',
    severity: 'medium',
    priority: 54,
    confidence: 0.8,
    keywords: ['birthdate'],
    span: 80,
    pattern: /<(?:\w{1,10}:)?(?:Person)?BirthDate>\s{0,12}<(?:\w{1,10}:)?(?:Date|DateTime)>(?<v>\d{4}-\d{2}-\d{2}(?:T[\d:.]{5,12}Z?)?)</i,
    mask: 'full',
    remediation: 'Filter e-filing and justice-exchange payloads (dates of birth are redacted or masked) before logging them',
  }),
  defineDetector({
    id: 'niem-driver-licence-id',
    name: 'Driving-licence number in a NIEM document (`<j:DriverLicenseIdentification><nc:IdentificationID>`)',
    category: 'personal',
    severity: 'high',
    priority: 54,
    confidence: 0.8,
    keywords: ['driverlicense', 'driverlicence'],
    span: 80,
    pattern: /<(?:\w{1,10}:)?DriverLicen[cs]e(?:Identification)?>\s{0,12}<(?:\w{1,10}:)?IdentificationID>(?<v>[A-Z0-9][A-Z0-9 -]{4,18}[A-Z0-9])</i,
    mask: 'full',
    validate: (v) => /\d{4}/.test(v) && !/^(\d)\1+$/.test(v.replace(/\D/g, '')),
    remediation: 'Filter e-filing and justice-exchange payloads (licence numbers are redacted) before logging them',
  }),
  defineDetector({
    id: 'bank-number-beside-aba-key',
    name: 'Bank account number under a bare `number` key beside an `aba`/`routing` key of the same object',
    category: 'financial',
    severity: 'high',
    priority: 60,
    confidence: 0.75,
    keywords: ['"aba"', '"routing'],
    span: 200,
    spanBack: 2,
    // `"trustAccount": { "aba": "319938889", "number": "678537200" }` (either order).
    pattern: /"(?:number|no|num|acct|account)"\s{0,2}:\s{0,2}"?(?<v>\d{6,17})(?![\d])/,
    mask: 'tail',
    validate: (v, ctx) => {
      const open = ctx.text.lastIndexOf('{', ctx.start);
      let close = ctx.text.indexOf('}', ctx.end);
      if (open < 0 || ctx.start - open > 300) return false;
      if (close < 0) close = ctx.text.length;
      const obj = ctx.text.slice(open, Math.min(close, ctx.end + 300));
      const m = /"(?:aba|routing|routing_?number|routingNumber)"\s{0,2}:\s{0,2}"?(\d{9})(?!\d)/i.exec(obj);
      return m !== null && abaValid(m[1]!) && m[1] !== v && !/^(\d)\1+$/.test(v);
    },
    remediation: 'Remove this bank account number (and the routing number next to it) from configuration and logs',
  }),
];

import { defineDetector, rei } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { keyWords } from '../key-names';
import { firstOf, runStarts } from '../match-starts';
import { isCloudHealthCheckAddress, isFictionalPhone, isMailServerAddress, isRobotMailbox, isRoleMailbox, isServerAddress, isThreatSourceAddress } from '../public-values';
import { afterServiceLabel, dateOrVersionLayout, nationalPhoneDigits, phoneDigits, tollFreeNanpDigits } from '../phone-digits';
import { ssnValid } from '../validators';
import { isIPv6, quadOk } from '../ip-text';
import { emailAtSign } from '../encoded-text';
import { isHexMessageId, isKerberosPrincipal } from '../mailbox-kinds';
import { bareInternationalMobile, besideSmsSender } from '../mobile-numbers';
import { isErlangNodeName } from './erlang-node-r36';


/** Characters of an email's local part and of the lookbehind before it: `[A-Za-z0-9._%+-]`. */
function localChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/** Characters a local part may hold, escapes included: localChar's and the `\` of a JSON escape (`j\u00fcrgen@…`). */
function localRunChar(c: number): boolean {
  return localChar(c) || c === 92;
}



/**
 * True when `text[i-3, i)` is a URL-encoded separator (`%3D`, `%26`, `%3A`, `%2C`, `%20`, quotes, `/`, `;`, `<`, `?`, brackets),
 * or `text[i-5, i)` the same separator encoded twice (`%253D` of a query string inside a URL-encoded redirect).
 */
function afterEncodedSeparator(text: string, i: number): boolean {
  // The `%` first: this runs at every character of a local part the start finder walks back over.
  const once = i >= 3 && text.charCodeAt(i - 3) === 37;
  if (!once && !(i >= 5 && text.charCodeAt(i - 5) === 37 && text.charCodeAt(i - 4) === 50 && text.charCodeAt(i - 3) === 53)) return false;
  return /^(?:2[0267CcFf]|3[ABCDFabcdf]|5[BDbd])$/.test(text.slice(i - 2, i));
}

/**
 * True when `text[i-2, i)` is `..` and `text[i]` no dot: `tcpdump -A` and hex dumps print the bytes before a
 * value that are not printable as dots (`....jane@corp.de`), so a run of dots ends like a separator.
 */
function afterDotRun(text: string, i: number): boolean {
  return i >= 2 && text.charCodeAt(i - 1) === 46 && text.charCodeAt(i - 2) === 46 && text.charCodeAt(i) !== 46;
}

/** Before an address inside a message-id header or field (its `<…>` opened, other ids before it on a References line). */
const MESSAGE_ID_BEFORE = /(?:message[_ -]?id|in-reply-to|references|content-id|resent-message-id)\\{0,3}["']?(?:\s{0,3}[:=]\s{0,3}|\s{1,3})\\{0,3}["']?(?:<[^<>\s]{1,250}>[\s,]{1,4})*<[^<>\s@]{0,200}$/i;

const FILE_TLDS = /^(?:png|jpe?g|gif|svg|webp|ico|js|mjs|ts|css|html?|json|ya?ml|xml|txt|log|md|py|rb|go|java|php|zip|gz|tar|pdf|csv|exe|dll|so)$/i;

/** RFC 2606 / 6761 names: documentation and test domains, never a person's mailbox. */
// `example.jp` and `example.<second level>.jp` (`example.co.jp`) are reserved by JPRS for documentation, as example.com is by RFC 2606.
const RESERVED_DOMAIN = /(?:^|\.)(?:example\.(?:com|org|net)|example\.(?:[a-z]{2}\.)?jp|example|test|invalid|localhost|local|localdomain)$/i;

/**
 * Private (RFC 1918), loopback, link-local, shared (CGNAT) and unspecified IPv4 ranges:
 * addresses inside a network, which identify no person. Not a leak by default (`scan.private_ips`).
 */
export function isPrivateIpv4(v: string): boolean {
  const [a, b] = v.split('.').map(Number) as [number, number];
  return a === 10 || a === 127 || a === 0 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || (a === 100 && b >= 64 && b <= 127);
}

/** A Kerberos principal's name that is a person's (`given.family`, `family_given`), not a service's or a host's. */
const PERSON_PRINCIPAL = /^(?!(?:svc|sa|srv|app|etl|admin|host|http|ldap|cifs|mssqlsvc|krbtgt|kadmin|hdfs|yarn|hive|spark|kafka|zookeeper|hbase|oozie|jenkins|backup|batch|cron|test|system|root|service|web|api|db|sql|nfs|imap|smtp|ftp|postgres|oracle|mysql)[._])[a-z]{2,20}[._][a-z]{2,30}$/; // lower case: a realm (`krbtgt/CORP.FR@CORP.FR`) is in capitals

/** The IPv4 detector; private, loopback and link-local addresses are reported only with `privateIps: 'report'`. */
export function ipv4Detector(privateIps: 'report' | 'ignore'): Detector {
  return defineDetector({
    id: 'ipv4-address',
    name: 'IPv4 address',
    category: 'infrastructure',
    severity: 'low',
    priority: 30,
    confidence: 0.8,
    shape: 'ipv4',
    pattern: /(?<![\w.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\w]|\.\d)/,
    mask: 'ip',
    validate: (v, ctx) => {
      if (!quadOk(v) || /(?:^|\.)0\d/.test(v)) return false;
      if (v === '0.0.0.0' || v === '255.255.255.255') return false;
      if (isPrivateIpv4(v)) {
        if (privateIps === 'ignore') return false;
        return afterVersionWord(ctx) || artifactVersion(ctx) || inventoryVersion(ctx) ? false : { ok: true, severity: 'info' };
      }
      if (afterVersionWord(ctx) || artifactVersion(ctx) || inventoryVersion(ctx) || afterOid(ctx) || oidOnLine(v, ctx)) return false;
      if (isServerAddress(ctx.text, ctx.start)) return false; // `ssh -v`/`curl -v`: the server's address, no person's
      if (isCloudHealthCheckAddress(v)) return false; // round r83: a Google Cloud health checker's
      if (isMailServerAddress(ctx.text, ctx.start)) return false; // SPF, DKIM and relay headers: a mail server's
      if (isThreatSourceAddress(ctx.text, ctx.start)) return false; // round r34: a GuardDuty remote or WAF-blocked client: an IOC
      // RFC 5737 documentation ranges: redacted, reported as example data (not a leak).
      return /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\./.test(v) ? { ok: true, test: true, severity: 'info', confidence: 0.5 } : true;
    },
    remediation: 'Check whether this IP address identifies a person (client IP) and stop logging it if so',
  });
}

/** An object identifier's arcs (`urn:oid:1.2.246.21`, `OID=2.5.4.3`, `oid 1.3.6.1`): no address. */
function afterOid(ctx: MatchContext): boolean {
  return /oid[\s:="']{1,3}$/i.test(ctx.text.slice(Math.max(0, ctx.start - 6), ctx.start));
}

/**
 * A JVM object's identity (`com.corp.sync.Poller@6d06d69c`, `Foo$Bar@1b6d3586`) as `Object.toString()` prints it,
 * also in a stack frame (`at com.corp.Poller@6d06d69c.poll(Poller.java:91)`): a qualified class name, `@`, its hash
 * in hex. Not a mailbox.
 */
function objectIdentity(local: string, domain: string, ctx: MatchContext): boolean {
  if (!/^[0-9a-f]{1,8}(?:\.|$)/.test(domain)) return false;
  if (/^(?:[a-z_][\w$]*\.)+[A-Z][\w$]*$/.test(local) || /^[A-Z][a-z]+(?:[A-Z][a-z\d]*)+$/.test(local)) return true;
  // An inner class (`ReentrantLock$NonfairSync@1b6d3586`): the local part starts after the `$`.
  if (ctx.text[ctx.start - 1] === '$') return true;
  // A stack frame: the method's `(` right after the match.
  return ctx.text[ctx.end] === '(' && /\bat\s+$/.test(ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start));
}

/**
 * Dotted numbers of an object identifier (X.500 attribute types `2.5.4.3`, certificate extensions
 * `2.5.29.17`, SNMP `1.3.6.1.x`, `2.16.840.1`) on a line that speaks of OIDs, certificates or SNMP, or
 * that holds a longer OID: no address. An address in 1/8 or 2/8 on such a line is rare; an OID is not.
 */
function oidOnLine(v: string, ctx: MatchContext): boolean {
  if (!/^(?:[0-2]\.(?:[0-9]|[1-3]\d)\.)/.test(v)) return false;
  const from = ctx.text.lastIndexOf('\n', ctx.start) + 1;
  let to = ctx.text.indexOf('\n', ctx.end);
  if (to < 0) to = ctx.text.length;
  const line = ctx.text.slice(Math.max(from, ctx.start - 400), Math.min(to, ctx.end + 400));
  return /\b(?:oids?|snmp\w*|mibs?|asn\.?1|x\.?509|certs?|certificates?|extensions?|ext|extKeyUsage|policy|policies|attribute ?types?|subject|issuer)\b/i.test(line) || /(?<![\w.])[0-2]\.\d{1,5}(?:\.\d{1,9}){3,}(?![\w.])/.test(line.replace(v, ''));
}

/** Words right before a number that mark it as a version, not an address. */
function afterVersionWord(ctx: MatchContext): boolean {
  // Also a runtime's or client's name before its four-part version (`jvm 17.0.9.1`, `Chrome/120.0.6099.129`, `dotnet 8.0.1.0`).
  // Round l87: a document's section (`RFC 6819 section 5.2.2.3`, `§ 4.1.2.3`, `clause 5.2.2.1`).
  return /(?:\bv|version|ver|release|build|section|sect\.|sec\.|clause|§)[\s:=/"']{0,3}$|\b(?:jvm|jdk|jre|java|node(?:js)?|python|ruby|php|perl|dotnet|\.net|openssl|kernel|linux|windows|macos|ios|android|firmware|fw|sdk|chrome|chromium|firefox|safari|edge?|opera|okhttp|agent|runtime|engine)[ /:=-]v?$/i.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start));
}

/**
 * A four-part artifact version, no address: after a Maven coordinate (`com.fasterxml.jackson.core:jackson-databind:`,
 * `…:jar:`, `…:pom:`), before a package suffix (`jackson-databind-2.15.4.1.jar`), as a repository path's version
 * folder, or after a version change
 * (`conflicts with`, `->`, `managed from`, `upgrade to`, `>=`) on a line about dependencies (a coordinate, `dependency`,
 * `artifact`, `version`), so a flow log's `10.0.0.1 -> 52.3.4.5` is still an address.
 */
function artifactVersion(ctx: MatchContext): boolean {
  const { text, start, end } = ctx;
  const before = text.slice(Math.max(0, start - 80), start);
  if (/(?:[a-z][\w-]*\.)+[a-z][\w-]*:[A-Za-z][\w.-]*:(?:(?:jar|pom|war|aar|ear|bundle|test-jar|zip):)?$|:(?:jar|pom|war|aar|ear|bundle):$/.test(before)) return true;
  if (/^\.(?:jar|pom|war|aar|ear|zip|tar|tgz|whl|nupkg|gem|egg)\b/i.test(text.slice(end, end + 8))) return true;
  // A container image's tag (`quay.io/biocontainers/gatk4:4.5.0.0--py36h…_0`): after a repository path and its `:`, or before a build's `--` suffix.
  if (/[a-z0-9][\w.-]*(?:\/[\w.-]+)+:$/i.test(before) || (text[start - 1] === ':' && text.startsWith('--', end))) return true;
  // A repository path's version folder (`…/jackson-databind/2.15.4.1/jackson-databind-2.15.4.1.jar`).
  if (text[end] === '/' && text.slice(end + 1, end + 120).split(/[/\s?#"']/, 1)[0]!.includes(`-${text.slice(start, end)}`)) return true;
  if (!/(?:conflicts? with|->|=>|→|managed from|upgraded? (?:from |to )|downgraded? (?:from |to )|instead of|requires?|resolved to|[<>~^]=?|==)\s{0,2}v?$/i.test(before)) return false;
  const line0 = text.lastIndexOf('\n', start) + 1, line1 = text.indexOf('\n', end);
  return /(?:[a-z][\w-]*\.)+[a-z][\w-]*:[A-Za-z][\w.-]*:|\bdependenc|\bartifact|\bversions?\b|\bpackages?\b/i.test(text.slice(line0, line1 < 0 ? text.length : line1));
}

/** Words before an address, not a product (`from 4.10.0.91`, `client 4.10.0.91`). */
const ADDRESS_WORD = /^(?:from|to|ip|ips|addr|address|host|hostname|client|server|src|dst|source|destination|remote|peer|by|at|via|for|gateway|gw|dns|nat|proxy|user|login|connect(?:ed|ing)?|ping|on|in|and|or|is|was|sender|relay|origin|forwarded|real|x-forwarded-for)$/i;

/**
 * A product's four-part version on a software-inventory line (round r53): `Niagara 4.10.0.91  JACE-8000  module bacnet-rt
 * 4.14.0.37  java 1.8.0_321`. The quad follows a product name and one space, nothing follows it but a space or the line's
 * end, and the same line gives a runtime's version (`java 1.8.0_321`, `python 3.11.4`): an "about" or module list, no address.
 * Round r71: a comma may follow (`IBM MQ 9.2.0.8, Oracle 19.17.0.0`), and integration runtimes count (`Mule 4.8.1`, `BizTalk`).
 */
function inventoryVersion(ctx: MatchContext): boolean {
  const { text, start, end } = ctx;
  const word = /(?:^|[\s(,;])([A-Za-z][\w.-]{1,30}) $/.exec(text.slice(Math.max(0, start - 32), start));
  if (!word || ADDRESS_WORD.test(word[1]!) || !/^(?:[ \t]|[,;][ \t]|\r?\n|$)/.test(text.slice(end, end + 2))) return false;
  const line0 = text.lastIndexOf('\n', start) + 1, line1 = text.indexOf('\n', end);
  const line = text.slice(line0, line1 < 0 ? text.length : line1);
  return /\b(?:jvm|jdk|jre|java|node(?:js)?|python|ruby|php|perl|dotnet|\.net|openssl|kernel|go|rustc|mule|atom|biztalk|websphere|weblogic|tomcat)[ /:=-]v?\d{1,2}\.\d{1,3}(?:\.\d{1,4})?(?:[_+-][\w.]+)?(?![\w.])/i.test(line) && !/\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}[:/]\d/.test(line);
}

/** Last words of a key that holds a phone number (`telephone`, `mobilePhone`, `fax_no`). */
const PHONE_WORDS: ReadonlySet<string> = new Set(['phone', 'telephone', 'tel', 'mobile', 'msisdn', 'cell', 'cellphone', 'fax', 'telefon', 'telefono', 'telephonenumber', 'phonenumber', 'mobilephone']);

/** Last words of a key that names where an SMS goes (`to`, `recipients`): a phone number when it has a trunk `0`. */
const TO_WORDS: ReadonlySet<string> = new Set(['to', 'recipient', 'recipients', 'destination', 'dst']);

/** A person's own phone key of a user record just before a value (round r64): `"mobilePhone":"`, `"phoneNumber": "`, SCIM `"phoneNumbers":[{"value":"` and a PATCH `"path":"phoneNumbers[…].value","value":"`. */
const PERSON_PHONE_KEY_BEFORE = /(?:["'](?:mobile|mobile_?phone|cell|cell_?phone|home_?phone|personal_?phone|phone_?number|primary_?phone)["']\s{0,3}:\s{0,3}|["']phoneNumbers["']\s{0,3}:\s{0,3}\[\s{0,3}\{\s{0,3}["']value["']\s{0,3}:\s{0,3}|phoneNumbers\[[^\]\n]{0,40}\]\.value["']\s{0,3},\s{0,3}["']value["']\s{0,3}:\s{0,3})["']$/i;

/** Personal data and infrastructure identifiers: email, phone, SSN, ITIN, IP, MAC. */
export const PERSONAL_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'email',
    name: 'Email address',
    category: 'personal',
    severity: 'medium',
    priority: 50,
    confidence: 0.9,
    keywords: ['@', '%40', '%2540'],
    // The local part may hold a URL-encoded plus (`name%2Btag%40domain` in a query string).
    // A URL-encoded separator may stand before it (`email%3Djane.doe%40acme.io`, `%26to%3D…`).
    // Encoded twice (`jan%2540firma.pl`, `%252B`, `%253D`: a query string inside an encoded redirect, a form re-encoded by a proxy).
    // JSON-escaped Latin-1 letters in the local part (`j\u00fcrgen@firma.de`: Python's json.dumps escapes every non-ASCII letter).
    pattern: /(?:(?<![A-Za-z0-9._%+-])|(?<=%(?:25)?(?:2[0267CcFf]|3[ABCDFabcdf]|5[BDbd]))|(?<=\.\.)(?![.]))(?:[A-Za-z0-9_+-]|%(?:25)?2[Bb]|\\{1,3}u00[c-fC-F][0-9A-Fa-f])(?:\.?(?:[A-Za-z0-9_+-]|%(?:25)?2[Bb]|\\{1,3}u00[c-fC-F][0-9A-Fa-f])){0,63}(?:@|%40|%2540)[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}(?![A-Za-z0-9_]|-[a-z0-9])/,
    // The local part (at most 64 characters, `%2B` taking 3) runs back from an `@` found with indexOf.
    starts: runStarts({ find: firstOf('@', '%40', '%2540'), reach: 192, run: localRunChar, blocks: localChar, opens: (text, i) => afterEncodedSeparator(text, i) || afterDotRun(text, i) }),
    valueLast: true,
    mask: 'email',
    validate: (v, ctx) => {
      const before = ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start);
      if (/:\/\/[^\s/@]{0,64}:$/.test(before)) return false; // URL userinfo
      // A masked mailbox (`m****r@web.de`, `j•••e@…`): the match starts after the mask; no address is shown.
      if (/[*\u2022]$/.test(before)) return false;
      // `scheme://x@host` (a Sentry DSN's key, `postgres://app@db…`): the part before `@` is the URL's
      // userinfo, not a mailbox (the DB-URL detectors handle passwords there).
      if (/[A-Za-z][\w+.-]{0,30}:\/\/$/.test(before)) return false;
      // An scp-style SSH remote (`git remote -v`: `git@github.com:corp/app.git`, `deploy@host:/srv/app`) names a login on a host, not a mailbox.
      if (/^:[~\w.-]{0,100}\/[\w./~-]/.test(ctx.text.slice(ctx.end, ctx.end + 104))) return false;
      // A mail's own id (`Message-ID: <…@mail.corp.io>`, `In-Reply-To`, `References`, SES/SendGrid `message_id`) names a message, not a mailbox.
      // Round l86: also without its angle brackets (`"message-id":"2e83…@mg.pakiet.pl"`, Mailgun's event headers).
      if (/(?:message[-_]?id|in-reply-to|references|smtp-id)\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?\s{0,3}(?:<[^<>\s]{1,300}>\s{1,3})*<?$/i.test(before)) return false;
      const [at, atLength] = emailAtSign(v);
      const local = v.slice(0, at);
      const domain = v.slice(at + atLength);
      if (local.startsWith('.') || local.endsWith('.') || local.includes('..') || local.includes('@')) return false;
      if (domain.includes('..') || domain.startsWith('-') || domain.startsWith('.')) return false;
      if (FILE_TLDS.test(domain.slice(domain.lastIndexOf('.') + 1))) return false;
      if (objectIdentity(local, domain, ctx)) return false;
      // Round r36: an Erlang node name (`rabbit@rabbitmq-0.rabbitmq-nodes.mq` under RabbitMQ's `"node"`) names a server, not a mailbox.
      if (isErlangNodeName(local, ctx)) return false;
      // A message id (`Message-ID: <CAF=abc123@mail.gmail.com>`, `In-Reply-To:`, `References:`, `"messageId":"<…>"`) names a message, not a mailbox.
      if (MESSAGE_ID_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 400), ctx.start))) return false;
      // `<c28e…@mail.host>` (a mailer's hex message id), `svc@CORP.REALM` on a Kerberos line: no mailbox.
      if (isHexMessageId(local, ctx.text, ctx.start, ctx.end)) return false;
      // Round l87 (blind set 86): a person's principal (`juliana.nascimento@TESSERA-HEALTH.COM`) names the person as a mailbox does.
      if (isKerberosPrincipal(local, domain, ctx.text, ctx.start) && !PERSON_PRINCIPAL.test(local)) return { ok: true, public: true, severity: 'info' };
      if (isRobotMailbox(local, domain)) return false; // `noreply@`, `bounces@`, `ci-bot@users.noreply.github.com`: no person's
      if (isRoleMailbox(local, domain)) return { ok: true, public: true, severity: 'info' }; // `support@vendor.com`: a team's
      // Documentation and test domains: redacted all the same, reported as example data (not a leak).
      return RESERVED_DOMAIN.test(domain) ? { ok: true, test: true, severity: 'info', confidence: 0.5 } : true;
    },
    remediation: 'Remove this email address from the log line (log a user id instead)',
  }),
  defineDetector({
    id: 'phone-under-key',
    name: 'Phone number (national format, under a phone key)',
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['phone', 'tel', 'mobile', 'msisdn', 'cell', 'fax', 'sms', 'whatsapp', 'recipient', 'to=', 'to:', 'to"', "to'", 'dst"', 'dst=', 'to%3d', 'to\\'],
    // National formats (`06 57 13 95 67`, `030 1234567`, `0171-2345678`, `0151%203275396`, form `06+12+34+56+78`) need the key to be
    // told from other numbers: phone words, and `to`/`recipients` (SMS APIs); `["…"]` arrays and `key[phone]=` too.
    pattern: /(?<k>\b[\w.-]{0,24}(?:phone|telephone|tel|mobile|msisdn|cell|fax|to|dst|recipients?|destination|whatsapp|sms[\w-]{0,16})(?:[_.-]?(?:number|no|nr))?)(?:\]|%5D)?\\{0,3}["']?\s{0,3}(?:[:=]|%3D|%3A)\s{0,3}(?:\[\s{0,3})?\\{0,3}["']?(?<v>\(?0\d{1,4}\)?(?:(?:[ ./+-]|%20|%2F)?\d{2,4}){2,4}|[1-9]\d{2}(?:(?:[ .-]|%20)?\d{2,4}){2,3}|[1-9]\d{9,14})(?![\w.-]|\.\d)/i,
    mask: 'phone',
    validate: (v, ctx) => {
      const words = keyWords(ctx.key ?? '').filter((w) => w !== 'number' && w !== 'no' && w !== 'nr');
      const last = words[words.length - 1] ?? '';
      const phoneKey = PHONE_WORDS.has(last) || words.some((w) => w === 'sms' || w === 'whatsapp');
      // `hotel: 030 …`, `intel=…`; `to`/`recipients` only with a trunk-0 number (`to=2024…` is not one).
      const d = phoneDigits(v);
      // An SMS API's `to`/`dst` field with a sender beside it: the recipient's mobile in international form without `+` (or a bare NANP number).
      if (!phoneKey && TO_WORDS.has(last) && /^\d+$/.test(v) && besideSmsSender(ctx.text, ctx.start, ctx.end) && !isFictionalPhone(d)) {
        if (bareInternationalMobile(d) || (d.length === 10 && /^[2-9]\d{2}[2-9]/.test(d))) return true;
      }
      if (!phoneKey && !(TO_WORDS.has(last) && /^\(?0/.test(v))) return false;
      // An MSISDN is the international number without `+` (`447700900123`).
      if (last === 'msisdn' && /^[1-9]\d{9,14}$/.test(d) && !isFictionalPhone(d)) return true;
      return d.length >= 9 && d.length <= 12 && !/^0+$/.test(d.slice(1)) && nationalPhoneDigits(d) && !isFictionalPhone(d) && !dateOrVersionLayout(v);
    },
    remediation: 'Remove this phone number from the log line',
  }),
  defineDetector({
    id: 'phone-number',
    name: 'Phone number',
    category: 'personal',
    severity: 'medium',
    priority: 45,
    confidence: 0.75,
    shape: 'phone',
    // A sentence's full stop may follow (`call me at (415) 555-2671.`); a dotted version or file name may not; `#` before it makes it a number of something (`order #370-988-5528`).
    pattern: /(?<![\w+\/#-])(?<!(?<!\.)\.)(?:\+[1-9]\d{0,2}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}[ .-]?\d{2,4}[ .-]?\d{2,4}(?:[ .-]?\d{2,4}){0,2}|(?:\(\d{3}\) ?|\d{3}[-.])\d{3}[-.]\d{4})(?![\w-]|\.\w)/,
    mask: 'phone',
    validate: (v, ctx) => {
      const digits = v.replace(/\D/g, '');
      // 555-0100…0199: reserved for fiction and examples, reported as example data (not a leak).
      if (isFictionalPhone(digits)) return { ok: true, test: true, severity: 'info', confidence: 0.5 };
      // A company's support or reservations line under its label (`Support: +44 161 …`): public.
      if (afterServiceLabel(ctx.text, ctx.start)) return { ok: true, public: true, severity: 'info', confidence: 0.5 };
      // A North American toll-free number (`(800) 826-5750`, `+1 888 …`): a company's line wherever it is printed.
      // Round r64: not under a person's own phone key of a user record (`"mobilePhone":`, SCIM `phoneNumbers` values): the person's.
      if (tollFreeNanpDigits(digits) && !PERSON_PHONE_KEY_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return { ok: true, public: true, severity: 'info', confidence: 0.5 };
      if (v.startsWith('+')) return digits.length >= 9 && digits.length <= 15 && /[ .()-]/.test(v) || digits.length >= 11 && digits.length <= 15;
      return digits.length === 10 && /^[2-9]\d{2}[2-9]/.test(digits);
    },
    remediation: 'Remove this phone number from the log line',
  }),
  defineDetector({
    id: 'us-ssn',
    name: 'US Social Security number',
    category: 'personal',
    severity: 'high',
    priority: 60,
    keywords: ['ssn', 'social security'],
    shape: 'ssn',
    pattern: /(?<![\w-])(?:\d{3}-\d{2}-\d{4}|(?<=(?:ssn|social[ _-]security(?:[ _-]n(?:umber|o))?)\W{1,5})\d{9})(?![\w-])/i,
    mask: 'ssn',
    validate: (v) => ssnValid(v.replace(/\D/g, '')),
    remediation: 'Remove this Social Security number from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'us-itin',
    name: 'US individual taxpayer identification number',
    category: 'personal',
    severity: 'high',
    priority: 60,
    confidence: 0.8,
    shape: 'ssn',
    pattern: /(?<![\w-])9\d{2}-(?:5\d|6[0-5]|7\d|8[0-8]|9[0-24-9])-\d{4}(?![\w-])/,
    mask: 'ssn',
    remediation: 'Remove this taxpayer id from the logs and purge the affected log indexes',
  }),
  defineDetector({
    id: 'uk-nino',
    name: 'UK National Insurance number',
    category: 'personal',
    severity: 'high',
    priority: 60,
    // Specific keywords only: short ones (`ni:`, `ni_`) would hit `admin:`, `uni_…` on most lines.
    keywords: ['nino', 'national insurance', 'national_insurance', 'nationalinsurance', 'ninumber', 'ni_number', 'ni-number', 'ni_no', '"ni"', "'ni'", 'ni number', 'ni no', 'ni num'],
    // Under `nino`, `national_insurance*`, or a key named `ni` / `ni_number` / `niNumber` / `ni-no` / `NI number`;
    // HMRC's administrative `QQ` prefix too (under such a key it is a person's record). Spaced, or with `+` for its
    // spaces in a form-encoded body (`ni_number=JH+63+08+95+C`). Round l88: in prose, a few lowercase words and `is` between
    // (`my NI number for the payroll form is OM897639C`).
    pattern: rei`(?:nino|national[ _-]?insurance(?:[ _-]?n(?:umber|o))?|\bni(?:[ _-]?(?:number|num|no))?\b)(?:\W{1,5}(?:is\s{1,2})?|\s(?:[a-z]{1,12}\s){1,6}(?:is|was|reads|:)\s{1,2})(?<v>(?!BG|GB|NK|KN|TN|NT|ZZ)(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)[ +]?\d{2}[ +]?\d{2}[ +]?\d{2}[ +]?[A-D])(?![\w])`,
    mask: 'full',
    remediation: 'Remove this National Insurance number from the logs',
  }),
  ipv4Detector('ignore'),
  defineDetector({
    id: 'ipv6-address',
    name: 'IPv6 address',
    category: 'infrastructure',
    severity: 'low',
    priority: 30,
    confidence: 0.8,
    shape: 'ipv6',
    pattern: /(?<![\w:.])[0-9a-fA-F]{0,4}:[0-9a-fA-F:.]{2,45}(?![\w:.])/,
    mask: 'ip',
    // Link-local (fe80::/10) and unique-local (fc00::/7) addresses are inside a network, like private IPv4;
    // 2001:db8::/32 is documentation (reported as example data).
    validate: (v) => {
      if (!isIPv6(v) || (v.match(/:/g)?.length ?? 0) < 3 || v === '::1' || !/[1-9a-fA-F]/.test(v)) return false;
      if (/^(?:fe[89ab][0-9a-f]?|f[cd][0-9a-f]{0,2}):/i.test(v)) return false;
      // Only `f` digits (`ffff:ffff:ffff::`, `F:FF:FFFF:FF::`): a netmask, or a FASTQ quality line's `F`/`:` run (blind set 52).
      if (/^[fF:]+$/.test(v)) return false;
      return /^2001:0?db8:/i.test(v) ? { ok: true, test: true, severity: 'info', confidence: 0.5 } : true;
    },
    remediation: 'Check whether this IP address identifies a person (client IP) and stop logging it if so',
  }),
  defineDetector({
    id: 'mac-address',
    name: 'MAC address',
    category: 'infrastructure',
    severity: 'info',
    priority: 30,
    confidence: 0.8,
    shape: 'mac',
    pattern: /(?<![\w:-])[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}(?![\w:-])/,
    mask: 'full',
    validate: (v) => {
      if (/^(?:00[:-]){5}00$/.test(v) || /^(?:ff[:-]){5}ff$/i.test(v)) return false;
      // Locally administered (bit 0x02 of the first octet: containers, VMs, randomised Wi-Fi MACs):
      // assigned by software, not a device's burnt-in id. Reported, not counted (see isLeak).
      if ((parseInt(v.slice(0, 2), 16) & 0x02) !== 0) return { ok: true, test: true, severity: 'info', confidence: 0.5 };
      return true;
    },
    remediation: 'Check whether this MAC address identifies a user device and stop logging it if so',
  }),
];

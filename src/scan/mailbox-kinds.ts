/**
 * `local@domain` strings that are written like mailboxes and are not one: Kerberos principals
 * (`svc-etl@CORP.EXAMPLE.COM`, `krbtgt/REALM@REALM`, `HTTP/web01@REALM`) and message ids (`<hex@mail.host>`).
 * The email detector asks these before it reports a match.
 */

/** Words of Kerberos tools and traces on the principal's line: `kinit`, `klist`, `keytab`, `Default principal:`, `krbtgt`, `KDC`. */
const KERBEROS_WORDS = /\b(?:kerberos|krb5\w*|krb|kinit|klist|kvno|ktutil|kadmin(?:\.local)?|kdestroy|keytabs?|principal|realm|krbtgt|tgt|tgs|kdc|gssapi|spnego|preauth\w*|ticket cache|credentials cache|initial credentials|service ticket|(?:as|tgs)_re[qp]|etypes)\b/i;

/** Service names of Kerberos service principals (`HTTP/host@REALM`, `ldap/dc01@REALM`). */
const SERVICE_BEFORE = /(?:^|[\s"'(=,:])(?:krbtgt|host|http|HTTP|ldap|LDAP|cifs|CIFS|nfs|HOST|imap|smtp|postgres|MSSQLSvc|HTTPS?|kafka|zookeeper|hive|hdfs|yarn|hbase|spark|impala|[a-z][\w-]{1,20})\/(?:[\w.-]+\/)?$/;

/**
 * True when `local@domain` at `text[start, end)` is a Kerberos principal: the realm (the domain) is written in
 * capitals, as Kerberos realms are (`CORP.BRIGHTLAKE.IO`), and the line is a Kerberos one (`kinit`, `klist`,
 * `Default principal:`, a krb5 trace's `Getting initial credentials for`), or the name has a service part
 * (`HTTP/web01.internal@REALM`, `krbtgt/REALM@REALM`), or it is kinit's prompt (`Password for svc@REALM:`).
 * An upper-case mailbox in other logs (`mail=JANE.DOE@CORP.COM` from LDAP) is still a mailbox.
 */
export function isKerberosPrincipal(local: string, domain: string, text: string, start: number): boolean {
  if (!/^[A-Z0-9-]+(?:\.[A-Z0-9-]+)+$/.test(domain) || !/[A-Z]/.test(domain)) return false;
  if (local === domain) return true; // a cross-realm or TGS principal's instance (`krbtgt/HADOOP.KESTREL.DE@HADOOP.KESTREL.DE`)
  // The line around the name, at most 200 characters before and 300 after (bounded: no search to a far line end).
  const back = text.slice(Math.max(0, start - 200), start);
  const before = back.slice(back.lastIndexOf('\n') + 1);
  if (SERVICE_BEFORE.test(before)) return true;
  if (/\bPassword for $/.test(before)) return true;
  const ahead = text.slice(start, start + 300);
  const lineEnd = ahead.indexOf('\n');
  return KERBEROS_WORDS.test(before) || KERBEROS_WORDS.test((lineEnd < 0 ? ahead : ahead.slice(0, lineEnd)).replace(/^[^\s]*/, ''));
}

/**
 * True when a local part of 16+ hex digits sits in angle brackets (`<c28e89c48f2d3750@mail.brightlake.io>`): the
 * shape of a message id (mailers draw random hex for them), not a person's mailbox, whose local part is a name.
 */
export function isHexMessageId(local: string, text: string, start: number, end: number): boolean {
  if (!(/^[0-9a-f]{16,}$|^[0-9A-F]{16,}$/.test(local) && /[a-fA-F]/.test(local) && /\d/.test(local))) return false;
  if (text[start - 1] === '<' && text[end] === '>') return true;
  // Round r79: the brackets escaped as the container escapes them (`&lt;…&gt;` in XML, `%3C…%3E` in a form body).
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 4);
  return (before.endsWith('&lt;') && after.startsWith('&gt;')) || (/%3C$/i.test(before) && /^%3E/i.test(after));
}

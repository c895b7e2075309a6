import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';
import { isLowEntropy } from '../validators';

/** One argument of a PHP stack-frame call, not captured: quoted, a number, `Object(X)`, `Resource id #5`, `NULL`, an array. */
const ARG = String.raw`\s*(?:'[^'\n]{0,256}'|"[^"\n]{0,256}"|Resource id #\d{1,9}|Array|[$\w>()\\.-]{1,64})\s*,`;

/**
 * PHP client calls whose password argument sits at a known place (1-based): the name (as a
 * trace prints it: `Cls->__construct(`, `new Cls(`, `Cls->method(`, `fn(`) and the index.
 */
const PHP_CALLS: readonly (readonly [string, number])[] = [
  // php-amqplib: AMQPStreamConnection(host, port, user, password, vhost, …) and its siblings.
  [String.raw`AMQP(?:Stream|SSL|Lazy|LazySSL|Socket|LazySocket)Connection(?:->__construct)?`, 4],
  // ext-ldap, ext-ftp, ext-ssh2, ext-imap, the old ext-mysql: (resource, user, password).
  [String.raw`(?:ldap_bind|ldap_sasl_bind|ftp_login|ssh2_auth_password|imap_open|mysql_p?connect)`, 3],
  // ext-oci8: oci_connect(user, password, connection); Memcached->setSaslAuthData(user, password); phpseclib SSH2/SFTP->login(user, password).
  [String.raw`(?:oci_(?:p|new_)?connect|Memcached->setSaslAuthData|(?:SSH2|SFTP|FTP)->login)`, 2],
  // phpredis Redis->auth(password), Swift Mailer / Symfony transports ->setPassword(password).
  [String.raw`(?:Redis(?:Cluster)?->auth|->setPassword)`, 1],
];

const PHP_CALL_RE = new RegExp(
  `(?<![\\w$])(?:new\\s+\\\\?)?(?:${PHP_CALLS.map(([name, at]) => `${name}\\(${at > 1 ? `(?:${ARG}){${at - 1}}` : ''}`).join('|')})\\s*(?:'(?<v>[^'\\n]{1,128})'|"(?<w>[^"\\n]{1,128})")`,
  'i',
);

/** Passwords as arguments of PHP client calls in stack traces (PHP prints each frame's arguments). */
export const TRACE_CALL_PASSWORD_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'php-client-password-argument',
    name: 'Password argument of a PHP client call (stack trace)',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['amqp', 'ldap_bind', 'ldap_sasl_bind', 'ftp_login', 'ssh2_auth_password', 'imap_open', 'mysql_connect', 'mysql_pconnect', 'oci_', 'setsaslauthdata', '->login(', '->auth(', 'setpassword('],
    // `#0 …/Factory.php(28): PhpAmqpLib\Connection\AMQPStreamConnection->__construct('mq', 5672, 'orders', '<password>', '/shop')`,
    // `ldap_bind(Resource id #12, 'cn=svc,dc=acme', '<password>')`, `Redis->auth('<password>')`; a truncated `'aq0y*xlsfkSnfOU...'` too.
    pattern: PHP_CALL_RE,
    mask: 'full',
    validate: (v) => v.length >= 4 && !isPlaceholder(v) && !/^\$\w+$/.test(v) && !isLowEntropy(v) && !/^(?:\*+|\.{3})$/.test(v),
    remediation: 'Change this password and turn off argument printing in PHP stack traces (zend.exception_ignore_args)',
  }),
];

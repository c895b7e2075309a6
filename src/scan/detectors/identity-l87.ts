import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isPlaceholder } from '../placeholders';

/** A value worth a finding: not a placeholder, a mask or a variable. */
const real = (v: string): boolean => !isPlaceholder(v) && !/^(?:\*+|x+|\$\{?\w+\}?|<[^>]*>|\[[A-Z_ ]+\])$/i.test(v);

/**
 * Round l87 (blind set 86: identity, access and secrets infrastructure): what directories, vaults and password managers
 * print when an integration logs them. (An LDAP entry's hashed `userPassword: {SSHA}…` stays unreported, as round fix21
 * decided and blind sets 21 and 22 hold; its `{PLAIN}`/`{CLEARTEXT}` schemes are read by the formats' readers.)
 * - a 1Password item's field of type `CONCEALED` (a PIN, a password, a card's code): the vault's own mark for a secret;
 * - a password-reset or magic link's token in its URL path (`/reset_password/9RXy…`, `/password/reset/<uuid>`);
 * - the bind password of python-ldap and ldapjs calls and of OpenLDAP's tools (`simple_bind_s('dn', 'pw')`, `-w 'pw'`,
 *   ldappasswd's new and old passwords `-s 'pw'`, `-a 'pw'`; its `-w` is cli-password-argument's);
 * - the password CyberArk's Central Credential Provider returns (`{"Content":"…","CreationMethod":…}`).
 */
export const IDENTITY_L87_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'password-manager-concealed-field',
    name: "Password manager field marked concealed (1Password `\"type\":\"CONCEALED\"`, its value)",
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.85,
    keywords: ['concealed'],
    // Pretty-printed too (`op item get --format json`): the value a few lines under the field's type.
    span: 400,
    // Either order of `type` and `value` in the field's object, JSON-escaped or not.
    pattern: /\\{0,3}"type\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"CONCEALED\\{0,3}"[^{}]{0,200}?\\{0,3}"value\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"(?<v>[^"\\]{3,200})|\\{0,3}"value\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"(?<w>[^"\\]{3,200})\\{0,3}"(?=[^{}]{0,200}?\\{0,3}"type\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"CONCEALED)/,
    mask: 'full',
    validate: (v) => real(v),
    remediation: 'Rotate this secret and stop logging password-manager items (log the item id)',
  }),
  defineDetector({
    id: 'password-reset-link-token',
    name: 'Password-reset or magic-link token in its URL path (`/reset_password/<token>`, `/password/reset/<token>`)',
    category: 'credential',
    severity: 'high',
    priority: 42,
    confidence: 0.8,
    keywords: ['reset', 'magic'],
    pattern: /\/(?:reset[_-]?password|password[_-]?reset|password\/reset|reset|magic[_-]?link|auth\/magic|login\/magic|verify[_-]?email)\/(?<v>[A-Za-z0-9_-]{16,200})(?=[?#"'\s\\<>)\]]|$)/i,
    mask: 'full',
    validate: (v) => /\d/.test(v) && /[A-Za-z]/.test(v) && real(v),
    remediation: 'Expire this reset or sign-in link and stop logging the links sent to users',
  }),
  defineDetector({
    id: 'ldap-bind-password-argument',
    name: "LDAP bind password as a call's argument (`simple_bind_s('dn', 'pw')`), ldappasswd's new or old password (`-s 'pw'`)",
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.85,
    keywords: ['bind', 'ldappasswd'],
    pattern: /(?:(?:simple_)?bind(?:_s)?\(\s{0,3}(?:u?["'][^"'\n]{1,200}["']|[\w.]{1,60})\s{0,3},\s{0,3}u?["'](?<v>[^"'\n]{3,128})["']|\bldappasswd\s[^\n]{0,300}?\s-[sa][ \t]{1,3}(?<w>'[^'\n]{3,128}'|"[^"\n]{3,128}"))/,
    mask: 'full',
    validate: (v) => real(v.replace(/^['"]|['"]$/g, '')),
    remediation: 'Change this directory password and pass bind credentials through a file or the environment (`-y`, `-W`)',
  }),
  defineDetector({
    id: 'cyberark-ccp-content',
    name: 'Password returned by CyberArk Central Credential Provider (`{"Content":"…"}`)',
    category: 'credential',
    severity: 'high',
    priority: 44,
    confidence: 0.85,
    keywords: ['content'],
    pattern: /\\{0,3}"Content\\{0,3}"\s{0,3}:\s{0,3}\\{0,3}"(?<v>[^"\\]{3,200})\\{0,3}"(?=[^{}]{0,300}?(?:CreationMethod|PasswordChangeInProcess|PolicyID|\\{0,3}"Safe\\{0,3}"|\\{0,3}"Folder\\{0,3}"))/,
    mask: 'full',
    validate: (v) => real(v),
    remediation: 'Rotate this account in CyberArk and stop logging Central Credential Provider responses',
  }),
];

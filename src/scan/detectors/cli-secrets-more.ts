import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretValueOk } from '../secret-value';

/** A password-like value: not a placeholder, reference or word. */
const passwordOk = (v: string): boolean => secretValueOk('password', v);

/**
 * Secrets given to command-line tools in the forms CI and ops logs echo (blind set 13's breadth
 * round): MQTT clients' `-P`, PowerShell's `ConvertTo-SecureString '<pw>' -AsPlainText`, secret
 * setters (`gh secret set X --body <v>`, `vercel env add X <<< "<v>"`), and a password in a URL
 * whose user name is itself a mailbox (`smtp://postmaster@mg.acme.io:<pw>@smtp.mailgun.org`).
 */
export const MORE_CLI_SECRET_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'mqtt-cli-password',
    name: 'Password given to an MQTT client (-P)',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['mosquitto_'],
    pattern: /\bmosquitto_(?:pub|sub|rr)\b[^\r\n|;]{0,200}?\s(?:-P|--pw)\s{1,3}(?:"(?<u>[^"\r\n]{4,128})"|'(?<w>[^'\r\n]{4,128})'|(?<v>[^\s"']{4,128}))/,
    mask: 'full',
    validate: passwordOk,
    remediation: 'Change this MQTT password and pass it from a protected options file, not argv',
  }),
  defineDetector({
    id: 'powershell-plaintext-secret',
    name: 'Password in ConvertTo-SecureString -AsPlainText',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['convertto-securestring'],
    // `ConvertTo-SecureString 'P@ss' -AsPlainText -Force`, `-String "P@ss"`.
    pattern: /ConvertTo-SecureString\s{1,3}(?:-String\s{1,3})?(?:"(?<u>[^"\r\n]{4,128})"|'(?<w>[^'\r\n]{4,128})')\s{1,3}-AsPlainText/i,
    mask: 'full',
    validate: passwordOk,
    remediation: 'Change this password and read it from a SecretManagement vault or Get-Credential, not the script',
  }),
  defineDetector({
    id: 'cli-secret-setter',
    name: 'Secret value given to a CI or hosting secret command',
    category: 'credential',
    severity: 'high',
    priority: 60,
    keywords: ['secret set', 'env add', 'secrets set', 'secret put'],
    // `gh secret set NPM_TOKEN --body "<v>"` (`-b`), `vercel env add KEY production <<< "<v>"`, `wrangler secret put KEY <<< '<v>'`.
    pattern:
      /\b(?:(?:gh|glab)\s+(?:secret|variable)\s+set\s+[\w-]{1,100}(?:\s+-[\w-]+(?:\s+[\w./-]+)?){0,3}\s+(?:--body|-b)(?:=|\s{1,3})|(?:vercel|netlify|wrangler|railway|fly|flyctl|doppler)\s+(?:env|secrets?)\s+(?:add|put|set)\s+[\w-]{1,100}(?:\s+\w+){0,2}\s+<<<\s{0,3})(?:"(?<u>[^"\r\n]{4,256})"|'(?<w>[^'\r\n]{4,256})'|(?<v>[^\s"'-][^\s"']{3,255}))/,
    mask: 'full',
    validate: passwordOk,
    remediation: 'Rotate this secret and set it from a file or stdin in CI, not a literal that the log echoes',
  }),
  defineDetector({
    id: 'url-mailbox-user-password',
    name: 'Password in a URL whose user name is a mailbox',
    category: 'credential',
    severity: 'high',
    priority: 62,
    keywords: ['://'],
    // The user's `@` comes at most 84 characters after the match start (scheme 16, `://`, user 64).
    precheck: { re: /@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}:[^\s:/@"'<>]{3,128}@/, reach: 90 },
    // `smtp+tls://postmaster@mg.acme.io:<pw>@smtp.mailgun.org:587`, `imaps://jane@acme.io:<pw>@imap.acme.io` (the `@` of the user unencoded).
    pattern: /\b[a-z][a-z0-9+.-]{1,15}:\/\/[\w.+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,5}:(?<v>[^\s:/@"'<>]{3,128})@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*/,
    mask: 'full',
    validate: passwordOk,
    remediation: 'Change this password and percent-encode or move the URL credentials to a secret store',
  }),
];

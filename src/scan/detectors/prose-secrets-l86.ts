import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { isStoredPasswordHash, secretValueOk } from '../secret-value';
import { cardNear, validateCvc } from './financial';

/**
 * Round l86 (blind set 85: customers writing to support in ten languages): a password and a card's security code in a
 * message's prose, where no key or `=` stands before them:
 * - `Mi contraseña es Straße5146?`, `Moje hasło to ttui4058.AO`, `La mia password è Kedi$Hexe4`, `A minha senha é …`,
 *   `Kennwort Sommer.Liverpool.79`, `wachtwoord Château9938+`: a password word, up to two linking words, the value;
 * - `código 2339`, `codice 196`, `cryptogramme 512`, `Prüfnummer 771`: a security code's word in the customer's language
 *   and three or four digits, with a whole card number near.
 * The value must hold letters and digits (`wachtwoord vergeten`, "password forgotten", and `Zurücksetzen-Link:` are prose).
 */

/** Password words, as customers write them (English included: the linking words below are other languages'). */
const PASSWORD_WORD = String.raw`(?:[Pp]assword|PASSWORD|[Pp]asswort|[Kk]ennwort|[Cc]ontrase(?:ñ|n)a|[Cc]lave|[Ss]enha|[Mm]ot de passe|[Ww]achtwoord|[Hh]as(?:ł|l)o|[Pp]arola(?: d'ordine)?|[Şş]ifre(?:m)?|[Ss]ifre(?:m)?|[Ll]ösenord|[Pp]assord|パスワード|[Пп]ароль)`;
/** Words between the password word and its value (`is`, `es`, `è`, `é`, `ist`, `to`, `jest`, `lautet`, `now`, `nueva`…). */
const LINK = String.raw`(?:is|was|now|ist|lautet|war|jetzt|neu|neues|est|était|maintenant|es|era|ahora|nueva|actual|è|adesso|nuova|é|agora|nova|atual|to|jest|teraz|nowe|nu|nieuw|nieuwe|&egrave;|&eacute;|:|=)`;
/** The value: no space, quote or angle bracket; it ends before a space, a tag, an escaped line end or a quote, a sentence's `.`/`,` left out. */
const VALUE = String.raw`[„“«‚‘「『]?(?<v>[^\s"'<>\\„“”«»‚‘’「」『』]{6,64}?)(?=[.,;:]?(?:\s|$|<|\\[nrt]|["'«»“”„‚‘’」』]))`;

/** Security code words in the languages of support mail (with the digits after them). */
const CODE_WORD = String.raw`(?:c[óo]digo(?: de seguridad| CVV| CVC| de segurança)?|[Cc][óo]d\.?(?: de)? seguran[çc]a|codice(?: di sicurezza| CVV| CVC)?|cryptogramme(?: visuel)?|(?:[Kk]arten)?(?:[Pp]rüfnummer|[Ss]icherheitscode)|kod(?: CVV| CVC| bezpieczeństwa| zabezpieczający)?|güvenlik kodu|beveiligingscode|CVV2?|CVC2?|C[óo]digo|Codice|Kod|Cryptogramme)`;

export const PROSE_SECRETS_L86_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'password-in-prose-any-language',
    name: 'Password in a message\'s prose in ten languages (`Mi contraseña es …`, `Moje hasło to …`, `Kennwort …`)',
    category: 'credential',
    severity: 'high',
    priority: 30, // a fallback: the keyed and English prose readers name the same spans more specifically
    confidence: 0.6,
    // ASCII keywords (the prefilter's): each word or its ASCII part (`contrase`, `ifre`, `senord`); `hasło` by its `has`.
    keywords: ['password', 'passwort', 'kennwort', 'contrase', 'clave', 'senha', 'mot de passe', 'wachtwoord', 'has', 'parola', 'ifre', 'senord', 'passord'],
    precheck: { re: new RegExp(PASSWORD_WORD), reach: 0 },
    pattern: new RegExp(String.raw`(?<![\p{L}\d_-])${PASSWORD_WORD}(?:[ \t]{1,3}${LINK}){0,2}[ \t]{0,2}[:=]?[ \t]{1,3}${VALUE}`, 'u'),
    mask: 'full',
    // A record's next field (`Password: PaymentIntent:pi_…` in a Go struct whose password was empty) is no value.
    // Nor is an assignment or a reference read on from the word (`password: as2.keystore_password=op://…`), a stored hash
    // (`sha256$…`), or quoted-printable prose (`was changed.=0A=0AIf`: an encoded line break inside is no password's).
    validate: (v) => /\p{L}/u.test(v) && /\d/.test(v) && !/^[A-Z][a-z]+(?:[A-Z][a-z]*)+:\S/.test(v) && !/^[\w.-]+[=:]|:\/\/|=(?:0[AD9]|20)|%(?:0[AD9]|20)/i.test(v) && !isStoredPasswordHash(v) && !/^(?:sha\d{1,3}|md5|pbkdf2[\w:-]*|scrypt[\d:]*|bcrypt|argon2\w*)[$:-]/i.test(v) && !/^(?:https?:|www\.)|@[\w-]+\./i.test(v) && secretValueOk('password', v),
    remediation: "Reset this customer's password and forward support messages with passwords masked",
  }),
  defineDetector({
    id: 'card-code-in-prose-any-language',
    name: "Card security code in a message's prose in other languages (`código 2339`, `codice 196`, `Prüfnummer 771`) beside a card",
    category: 'financial',
    severity: 'high',
    priority: 30,
    confidence: 0.7,
    keywords: ['digo', 'seguran', 'codice', 'cryptogramme', 'fnummer', 'sicherheitscode', 'kod', 'beveiligingscode', 'cvv', 'cvc'],
    pattern: new RegExp(String.raw`(?<![\w-])${CODE_WORD}[ \t]{0,2}:?[ \t]{1,3}(?:(?:is|es|é|è|ist|to|jest)[ \t]{1,2})?(?<v>\d{3,4})(?![\d]|[.,]\d)`),
    mask: 'full',
    validate: (v, ctx) => cardNear(ctx.text, ctx.start) !== null && validateCvc(v, ctx),
    remediation: 'Purge this card security code from the logs (PCI DSS forbids storing it)',
  }),
];

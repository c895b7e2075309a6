import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { secretValueOk } from '../secret-value';

/** Password key names in the languages of EU, LatAm and Nordic integrations (JSON, env, YAML, form keys). */
const PASSWORD_WORDS = String.raw`senha|contrase(?:ñ|n)a|clave|passwort|kennwort|mot[_.-]?de[_.-]?passe|wachtwoord|has(?:l|ł)o|parola|l(?:ö|o|oe)senord|salasana|adgangskode|passord|heslo|jelsz(?:o|ó)|(?:ş|s)ifre`;

/** Secret and API-key key names in the same languages. */
const SECRET_WORDS = String.raw`chave|segredo|geheimnis|schl(?:ü|ue)ssel|cl(?:e|é)[_.-]?api|token[_.-]?(?:de[_.-]?)?acceso|clave[_.-]?secreta`;

/** Qualifiers that may follow the word (`senha_admin`, `chave_api`, `clave_usuario`). */
const SUFFIX = String.raw`(?:[_.-]?(?:api|app|db|bd|admin|usuario|utilisateur|user|secreta|secreto|acesso|acceso|servicio|servico|privada|privado))?`;

/** The word the key ends in is a secret's (else a password's). */
const SECRET_KEY = new RegExp(String.raw`(?:${SECRET_WORDS})${SUFFIX}$`, 'i');

/**
 * Passwords and secrets under key names in other languages (blind set 13's breadth round): a
 * Brazilian payment log's `"senha":"…"`, a Spanish ERP's `contraseña=`, `clave_secreta`, a German
 * `Passwort:`, French `mot_de_passe`, Dutch, Polish, Italian, Nordic, Czech, Hungarian and Turkish
 * names, Portuguese `chave_api`/`segredo`. The key must end in the word (`ClaveProdServ` is a
 * Mexican invoice's product code, not a password), with an optional `prefix_`.
 */
export const FOREIGN_KEY_NAME_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'foreign-password-assignment',
    name: 'Password or secret under a non-English key name',
    category: 'credential',
    severity: 'high',
    priority: 52,
    keywords: [
      'senha',
      'contrase',
      'clave',
      'passwort',
      'kennwort',
      'mot_de_passe',
      'motdepasse',
      'mot-de-passe',
      'wachtwoord',
      'haslo',
      'parola',
      'senord',
      'salasana',
      'adgangskode',
      'passord',
      'heslo',
      'jelsz',
      'ifre',
      'chave',
      'segredo',
      'geheimnis',
      'ssel',
      'cle_api',
      'cle-api',
      'cleapi',
      'acceso',
    ],
    pattern: new RegExp(
      String.raw`(?<![A-Za-z0-9\u00C0-\u024F])(?<k>(?:[A-Za-z][A-Za-z0-9]{0,30}[_.-])?(?:${SECRET_WORDS}|${PASSWORD_WORDS})${SUFFIX})` +
        String.raw`(?:\\{0,3}["'])?\s{0,3}(?:=>|:=|=|:)\s{0,3}(?:\\{0,3}"(?<v>[^"\\\r\n]{1,256})|\\{0,3}'(?<w>[^'\\\r\n]{1,256})|(?<u>[^\s"',;&<>(){}\[\]|\\]{1,256}))`,
      'i',
    ),
    mask: 'full',
    // Words in any script (`şifre: yanlış girildi`, "wrong password") are a message, not the value.
    validate: (v, ctx) => !/^[\p{L}\s]+$/u.test(v) && secretValueOk(SECRET_KEY.test(ctx.key ?? '') ? 'secret' : 'password', v),
    remediation: 'Change this password or secret and keep it out of logged payloads and config dumps',
  }),
];

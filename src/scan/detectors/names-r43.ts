import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { NAME_T31, personNameT31 } from './voip-t31';

/**
 * Round r43 (blind set 43: education, public sector and nonprofits): people's names under Spanish,
 * French and Portuguese labels of forms and tickets (`Nombre del estudiante:`, `Nom :`, `Nom complet :`,
 * `Nome completo:`), beside another identifier of the person; NIEM person name elements
 * (`<nc:PersonFullName>`), the `text` of a FHIR HumanName, given and family names in a nested `name`
 * object (Clever, rostering and CRM APIs), and a name followed by `(DOB …)`.
 */

/** Labels naming a person in Spanish, French and Portuguese forms. */
const FOREIGN_NAME_LABEL = String.raw`(?:Nombre(?:\s(?:completo|del?\s(?:estudiante|alumno|alumna|solicitante|titular|cliente|paciente|beneficiario|padre|madre|tutor)))?|Nom(?:\scomplet|\sde\sl['’](?:étudiant|étudiante|élève)|\sdu\s(?:titulaire|client|patient|bénéficiaire|demandeur))?|Nome(?:\scompleto|\sdo\s(?:aluno|cliente|paciente|titular))?)`;

/** Another identifier within reach: a long digit group, an e-mail, a birth date, a national id word. */
const IDENTIFIER = /\d{6,}|\d{3}[ .-]\d{2,3}[ .-]\d{3,4}|[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:NAS|SSN|DNI|NIE|CURP|RFC|CPF|nacimiento|naissance|nascimento|Seguro Social)\b|\d{2}[./]\d{2}[./]\d{4}/i;

export const NAMES_R43_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'person-name-after-foreign-label',
    name: "Person's full name under a Spanish, French or Portuguese label (`Nombre del estudiante:`, `Nom :`, `Nome completo:`) beside another identifier",
    category: 'personal',
    severity: 'medium',
    priority: 42,
    confidence: 0.65,
    span: 300,
    keywords: ['nombre', 'nom :', 'nom:', 'nom complet', "nom de l", 'nom du ', 'nome:', 'nome '],
    pattern: new RegExp(String.raw`(?<![A-Za-zÀ-ÿ])${FOREIGN_NAME_LABEL}\s{0,2}:[ \t]{1,3}(?<v>${NAME_T31})(?=[ \t]{2}|[ \t]*(?:[,;|(]|\r?\n|$))`),
    mask: 'full',
    validate: (v, ctx) => {
      if (!personNameT31(v)) return false;
      const ls = ctx.text.lastIndexOf('\n', ctx.start) + 1;
      return IDENTIFIER.test(ctx.text.slice(ls, Math.min(ctx.text.length, ctx.end + 250)));
    },
    remediation: "Refer to students and applicants by record id in tickets and exports, not by name",
  }),
  defineDetector({
    id: 'person-name-niem-field',
    name: "Person's name in a NIEM person record (`<nc:PersonFullName>`, `<nc:PersonGivenName>`, `<nc:PersonSurName>`)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.8,
    keywords: ['personfullname', 'persongivenname', 'personsurname', 'personmiddlename'],
    pattern: /<(?:\w{1,10}:)?Person(?:Full|Given|Sur|Middle)Name>(?<v>[^<>\r\n]{2,80})<\/(?:\w{1,10}:)?Person(?:Full|Given|Sur|Middle)Name>/,
    mask: 'full',
    validate: (v) => /^[A-ZÀ-Þ][\p{L}'’ .-]{1,79}$/u.test(v) && !/^(?:Unknown|Redacted|Doe|John Doe|Jane Doe|Test)$/i.test(v),
    remediation: 'Keep court and agency filings out of logs, or mask the person fields before logging',
  }),
  defineDetector({
    id: 'person-name-fhir-humanname-text',
    name: "Person's name as the `text` of a FHIR HumanName (under `name` in a Patient, Person or RelatedPerson resource)",
    category: 'personal',
    severity: 'medium',
    priority: 46,
    confidence: 0.75,
    keywords: ['"name"'],
    pattern: new RegExp(String.raw`"name"\s{0,3}:\s{0,3}\[\s{0,3}\{[^\]\[{}]{0,200}?"text"\s{0,3}:\s{0,3}"(?<v>${NAME_T31})"`),
    mask: 'full',
    // Round r52: or the response of a request to such a resource's endpoint (`GET /api/FHIR/R4/Patient?identifier=…  -> {"name":[…`).
    validate: (v, ctx) => personNameT31(v) && /"resourceType"\s{0,3}:\s{0,3}"(?:Patient|Person|RelatedPerson|Practitioner)"|\/(?:Patient|Person|RelatedPerson|Practitioner)[/?]/.test(ctx.text),
    remediation: 'Log FHIR resources by id, without the HumanName and other demographics',
  }),
  defineDetector({
    id: 'person-name-nested-name-object',
    name: "Person's given or family name in a nested name object (`first` and `last` keys under `name`: Clever, rostering and CRM APIs)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['"first"', '"last"', '"given"', '"family"', '"middle"'],
    pattern: /"(?:first|last|middle|given|family)"\s{0,3}:\s{0,3}"(?<v>[A-ZÀ-Þ][a-zß-ÿ'’]{1,20}(?:[ -][A-ZÀ-Þ][a-zß-ÿ'’]{1,20})?)"/,
    mask: 'full',
    validate: (v, ctx) => {
      const before = ctx.text.slice(Math.max(0, ctx.start - 120), ctx.start);
      return /"name"\s{0,3}:\s{0,3}\{[^{}]*$/.test(before) && !/^(?:Null|None|Unknown|Test|Name|First|Last|John|Jane|Doe|Smith|Student|Teacher|Parent)$/.test(v);
    },
    remediation: 'Log roster events by id, without the name object',
  }),
  defineDetector({
    id: 'person-name-before-dob-paren',
    name: "Person's full name followed by their birth date in parentheses (`Ann Lee (DOB 01/05/1989)`)",
    category: 'personal',
    severity: 'medium',
    priority: 44,
    confidence: 0.7,
    keywords: ['(dob', '(d.o.b', '(born', '(b. '],
    pattern: new RegExp(String.raw`(?<![A-Za-zÀ-ÿ'’-])(?<v>${NAME_T31})\s\((?:DOB|D\.O\.B\.|born|b\.)[\s:]`),
    mask: 'full',
    validate: (v) => personNameT31(v),
    remediation: "Refer to people by record id in notices and tickets, not by name and birth date",
  }),
];

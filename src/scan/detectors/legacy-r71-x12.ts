import { defineDetector } from '../define-detector';
import type { Detector } from '../detector';
import { inOrganisationLoop } from '../x12-parties';

/**
 * Round r71 (blind set 71), X12 part: the segment elements other rules miss (see legacy-r71.ts): N3 street lines, PER
 * phone numbers, ENT `34` (SSN) ids, the pipe-separated interchange's NM1/DMG/REF elements (ISA04 may make `|` the
 * separator), a 999's IK4 copy of a bad element, and Stedi-style guide JSON member keys.
 */

/** Where an X12 segment starts: after the segment terminator `~`, a line break, a bracket, a space or a quote. */
const SEGSTART = String.raw`(?:^|[~\n\[ '"])`;

/** Ten digits of a NANP number (area code not 0/1). */
const nanp = (v: string): boolean => /^[2-9]\d{2}[2-9]\d{6}$/.test(v) && !/^(\d)\1+$/.test(v);

/** A US SSN's parts valid (not 000/666/9xx, group and serial not zero). */
const ssnOk = (v: string): boolean => /^(?!000|666|9)\d{3}(?!00)\d{2}(?!0000)\d{4}$/.test(v.replace(/-/g, ''));

export const LEGACY_R71_X12_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'x12-n3-street-segment',
    name: 'X12 N3 segment street line of any party (`N3*6742 COTTONWOOD DR UNIT 845~`, `N3|…`)',
    category: 'personal',
    severity: 'medium',
    // Under x12-person-address (50) and names-r42's x12-n3-street-line (45), which name the party.
    priority: 44,
    confidence: 0.8,
    keywords: ['n3*', 'n3|'],
    pattern: new RegExp(String.raw`${SEGSTART}N3([*|])(?<v>\d{1,6}[A-Z]? [A-Za-z0-9 .#'/-]{2,55}?)(?=[*|~\n\]]|$)`),
    mask: 'full',
    validate: (v) => /[A-Za-z]{2}/.test(v),
    remediation: 'Log X12 interchanges by control number, not their member segments',
  }),
  defineDetector({
    id: 'x12-per-phone',
    name: 'X12 PER segment phone number (`PER*IP**HP*7099121172~`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['per*', 'per|'],
    // Round l87: the window reaches back to the loop's party segment (`N1*PR*…`), a few segments above when each is on its line.
    span: 120,
    spanBack: 8,
    pattern: /(?<=(?:^|[~\n\[ '"])PER[*|][A-Z0-9]{2}[*|][^~\n]{0,60}[*|](?:HP|WP|TE|CP|BN|EX|FX|AP|NP)[*|])(?<v>\d{10})(?=[*|~\n\]]|$)/,
    mask: 'full',
    // Round l87: not a payer's or an organisation's contact (`N1*PR*HUMANA~…PER*BL*PROVIDER SERVICES*TE*…`).
    validate: (v, ctx) => nanp(v) && !inOrganisationLoop(ctx.text, ctx.start),
    remediation: 'Log X12 interchanges by control number, not their member segments',
  }),
  defineDetector({
    id: 'x12-ent-ssn',
    name: 'X12 820 ENT segment id under qualifier 34 (SSN) (`ENT*5*2J*34*761952238~`)',
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.85,
    keywords: ['ent*', 'ent|'],
    pattern: /(?:^|[~\n\[ '"])ENT([*|])\d{1,6}\1[A-Z0-9]{2}\1(?:34|EI)\1(?<v>\d{9})(?=[*|~\n\]]|$)/,
    mask: 'full',
    validate: ssnOk,
    remediation: 'Log X12 interchanges by control number, not their member segments',
  }),
  defineDetector({
    id: 'x12-pipe-nm1-person',
    name: 'X12 NM1 person name in a pipe-separated interchange or a bracketed segment dump (`NM1|IL|1|LAST|FIRST|M|||34|id~`, `[NM1*IL*1*…`)',
    category: 'personal',
    severity: 'medium',
    // Under x12-nm1-person-name (46), which reads the `~NM1*` segments; this one adds `|` and bracketed dumps. The same
    // entities: insured, patient, dependent, corrected/prior insured, responsible party, guardian (a provider's NM1 is no member's).
    priority: 45,
    confidence: 0.8,
    keywords: ['nm1|', 'nm1*'],
    pattern: /(?:^|[~\n]|(?<=[\[ '"]))NM1([*|])(?:IL|QC|03|74|70|QD|GD)\1[1]\1(?<v>[A-Z][A-Za-z' .-]{0,40}(?:\1[A-Z][A-Za-z' .-]{0,40}){0,2})(?=\1|~)/,
    mask: 'full',
    // Round l87: not a masked name (`XXXXX*XXXXX`).
    validate: (v) => !/^[X*|\s]+$/.test(v),
    remediation: 'Log X12 interchanges by control number, not their member segments',
  }),
  defineDetector({
    id: 'x12-pipe-member-id',
    name: 'X12 member SSN in a pipe-separated interchange or an NM1 id under 34/MI (`REF|0F|id~`, `NM1|…|34|id~`)',
    category: 'personal',
    severity: 'high',
    priority: 55,
    confidence: 0.8,
    keywords: ['ref|0f|', 'ref|sy|', '|34|', '*34*'],
    pattern: /(?:(?:^|[~\n\[ '"])REF\|(?:0F|SY)\||(?:^|[~\n\[ '"])NM1([*|])[^~\n]{0,90}\1(?:34|MI)\1)(?<v>\d{9})(?=[*|~\n\]]|$)/,
    mask: 'full',
    validate: ssnOk,
    remediation: 'Log X12 interchanges by control number, not their member segments',
  }),
  defineDetector({
    id: 'x12-pipe-dmg-birth-date',
    name: 'X12 DMG birth date in a pipe-separated interchange (`DMG|D8|19650913|F~`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['dmg|d8|'],
    pattern: /(?:^|[~\n\[ '"])DMG\|D8\|(?<v>(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?=[|~\n\]]|$)/,
    mask: 'full',
    remediation: 'Log X12 interchanges by control number, not their member segments',
  }),
  defineDetector({
    id: 'x12-999-ik4-bad-value',
    name: "X12 999 IK4 copy of a bad DMG/REF/NM1/N3/PER element's value (`IK3*DMG*…~IK4*2*1251*8*19630512~`)",
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.75,
    keywords: ['ik4*', 'ik4|', 'ak4*'],
    pattern: /(?:IK3|AK3)([*|])(?:DMG|REF|NM1|N3|N4|PER|INS)\1[^~\n]{0,40}~(?:CTX\1[^~\n]{0,80}~){0,3}(?:IK4|AK4)\1[^*|~\n]{0,10}\1[^*|~\n]{0,10}\1[^*|~\n]{0,10}\1(?<v>[^*|~\n]{4,60})(?=[~\n]|$)/,
    mask: 'full',
    validate: (v) => /\d{6}|[A-Za-z]{2}/.test(v),
    remediation: 'Log 999 acknowledgements without the IK4 copy of the bad element (or by control number)',
  }),
  defineDetector({
    id: 'x12-guide-json-member-field',
    name: 'Member field of an X12 guide JSON (`member_last_name_03`, `residence_address_line_01`, `member_birth_date_02`)',
    category: 'personal',
    severity: 'medium',
    priority: 55,
    confidence: 0.8,
    keywords: ['_name_0', '_identifier_0', '_birth_date_0', '_address_line_0'],
    pattern: /"(?:(?:member|subscriber|dependent|patient|insured|employee)_(?:last_name|first_name|middle_name|identifier|birth_date|address_line)|residence_address_line)_\d{2}"\s{0,3}:\s{0,3}"(?<v>[^"\n]{1,60})"/,
    mask: 'full',
    validate: (v) => /[A-Za-z0-9]/.test(v) && !/^(?:null|none|unknown|n\/a)$/i.test(v),
    remediation: 'Log X12 translation errors by control number, not the member loop',
  }),
];

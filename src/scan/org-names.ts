/**
 * The words that end an organisation's name: legal forms (business-records.ts's business and signature checks, the EIN
 * and FHIR checks of org-contexts.ts) and, since round l87, the nouns of organisations that write none.
 */

/** A company's legal form at the end of its name. */
// Round l86: Polish `Sp. z o.o.`, Turkish `A.Ş.`, Portuguese and Brazilian `Lda`/`Ltda`, Italian `Srl`, German `UG`/`e.K.`.
export const LEGAL_FORM = String.raw`(?:GmbH|AG|SE|KG|KGaA|UG|e\.K\.|Inc\.?|Incorporated|Corporation|Corp\.?|Ltd\.?|Limited|LLC|L\.L\.C\.|LLP|plc|PLC|SAS|S\.A\.S\.|SARL|S\.A\.?|SA|S\.L\.?|SL|S\.r\.l\.?|Srl|SRL|S\.p\.A\.?|B\.V\.?|BV|N\.V\.?|NV|AB|Oy|ApS|A\/S|AS|Pty\.? Ltd\.?|Pte\.? Ltd\.?|K\.K\.|[Ss]p\. z o\.o\.|A\.Ş\.|Ltda\.?|Lda\.?)`;

/**
 * Round l87 (blind set 87: hospitals, clinics and payers): nouns that end an organisation's name without a legal form
 * (`Cascade Valley Medical Center`, `Sunbelt Orthopedic Partners`, `LAKESHORE FAMILY CLINICS`, `Fernway Retail Group`).
 */
export const ORG_NOUN = String.raw`(?:Hospitals?|Clinics?|Medical (?:Center|Centre|Group)|Health(?:care)?(?: System| Services)?|Partners|Associates|Benefits|University|College|Institute|Foundation|Insurance|Bank|Group|Laborator(?:y|ies)|Labs|Pharmacy|Authority|Agency|Council|Association|HOSPITALS?|CLINICS?|MEDICAL (?:CENTER|CENTRE|GROUP)|HEALTH(?:CARE)?|PARTNERS|ASSOCIATES|BENEFITS|UNIVERSITY|INSTITUTE|FOUNDATION|INSURANCE|BANK|GROUP|LABORATOR(?:Y|IES)|PHARMACY)`;
/** An organisation's name: capitalised words ending in ORG_NOUN. */
export const ORG_END = new RegExp(String.raw`^(?:[A-Z][\w&'.-]{0,30} ){1,5}${ORG_NOUN}$`);

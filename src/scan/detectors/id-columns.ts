import { defineDetector } from '../define-detector';
import type { Detector, MatchContext } from '../detector';
import { csvColumnAt, HEADER_REACH, sqlColumnAt, sqlErrorColumnAt } from '../column-names';
import { attributeKey, validUnderKey } from '../id-kinds';
import { attributeNames, SAML_ATTRIBUTE } from '../saml-attributes';

/** A value as a table cell, an SQL literal or a field holds it: letters, digits and the separators ids are written with. */
const CELL = String.raw`[+(]?[A-Za-z0-9][A-Za-z0-9 ./()+:-]{3,32}?`;

/** Column names that say what a cell holds (the header literals the prefilter looks for, beside a delimiter). */
const COLUMN_NAMES = [
  'ssn', 'social_security', 'social security', 'tax_id', 'taxid', 'tax id', 'tin', 'itin', 'ein', 'fein', 'taxpayer', 'tax_number', 'tax_file',
  'taxfile', 'national_id', 'nationalid', 'national id', 'id_number', 'idnumber', 'id number', 'identity', 'personal_id', 'personalid',
  'personal_number', 'personalnumber', 'personalidentitycode', 'citizen', 'phone', 'mobile', 'telephone', 'msisdn', 'tel', 'fax', 'iban',
  'card_number', 'cardnumber', 'card number', 'pan', 'cpf', 'cnpj', 'pesel', 'bsn', 'nino', 'nhs', 'aadhaar', 'aadhar', 'sin', 'tfn', 'hetu',
  'henkilotunnus', 'personnummer', 'personnr', 'fodselsnummer', 'fnr', 'curp', 'rut', 'dni', 'nie', 'nif', 'nir', 'nric', 'cuil', 'cuit',
  'ahv', 'avs', 'svnr', 'sozialversicherungsnummer', 'steuerid', 'steuer_id', 'idnr', 'cpr', 'ppsn', 'pps_number', 'ird', 'my_number',
  'mynumber', 'rrn', 'rijksregisternummer', 'niss', 'contribuinte', 'codice_fiscale', 'tckn', 'cnp', 'oib', 'egn', 'hkid', 'kennitala',
  'documento', 'sa_id', 'employer', 'burgerservicenummer', 'svnummer', 'jumin', 'resident', 'kojin', 'securite',
  'passport', 'passnummer', 'paspoort', 'passeport', 'pasaporte', 'driver', 'licencia', 'permis', 'hrerschein', 'rijbewijs', 'dl_number', 'licen',
  'dob', 'birth', 'nascimento', 'nascita', 'naissance', 'nacimiento', 'fodselsdato', 'geburtsdatum', 'primary_account', 'socialsecurity', 'fin', 'num_secu', 'secu', 'urodzenia', 'syntymaaika', 'dogum', 'narozeni',
  'geboorte', 'ccnum', 'cc_number', 'credit_card', 'vat', 'vat_number', 'vat_id', 'vatin', 'cell', 'handy', 'telefon', 'telefono', 'whatsapp', 'mobil', 'celular',
  'numero_securite_sociale', 'numero_national', 'national_number', 'social_insurance_number', 'sin_number',
  'telefonnummer', 'steuer-id', 'codice fiscale', 'codicefiscale', 'fiscale', 'sociale', 'tunnus', 'selsnummer',
];

/** Short column names that rarely begin or end a word of data (not `fin` of `Finance`, `tel` of `Telecom`). */
const SAFE_SHORT = new Set(['ssn', 'dob', 'nhs', 'bsn', 'ahv', 'fnr', 'rrn', 'cpr', 'egn', 'oib', 'cnp', 'iban', 'itin', 'hetu', 'curp', 'cuil', 'cuit', 'cell', 'cpf', 'pesel', 'svnr', 'ppsn', 'tfn', 'idnr', 'dni', 'nif']);

/**
 * Header literals: a column name between delimiters, quoted or not; a name of 5+ letters also beside one delimiter
 * (first or last column). A short name alone beside one (`,fin` of `,Finance`) would also open a data row's line,
 * and a stream cut at that row would scan it without its header.
 */
const CSV_KEYWORDS = [
  ...COLUMN_NAMES.flatMap((name) =>
    [',', ';', '\t', '|'].flatMap((sep) => [sep + name + sep, `${sep}"${name}"${sep}`, ...(name.length >= 5 || SAFE_SHORT.has(name) ? [sep + name, name + sep, `${sep}"${name}`, `${name}"${sep}`] : [])]),
  ),
  // Header names with accents by their ASCII end (`teléfono,`: the prefilter's keywords are ASCII).
  ...[',', ';', '\t', '|', '"'].map((sep) => `fono${sep}`),
  // Round r41: a multi-word name after an annotation or a prefix (Google Workspace's bulk-upload headers
  // `Custom [Personal] National ID`, `Home Phone`): the name's own words, after a space.
  ...['national id', 'national_id', 'tax id', 'id number', 'social security', 'passport number', 'personnummer'].map((name) => ` ${name}`),
];

/** True when the key of `ctx` (a CSV column, an SQL column or an error's key) names an id the value fits. */
const underColumn = (column: string | null, v: string): boolean => column !== null && validUnderKey(column, v);

/**
 * Personal and financial ids that a table or a database names rather than a key beside them: CSV
 * columns, SQL INSERT columns, duplicate-key details of Postgres, MySQL and SQL Server, SAML
 * attributes.
 */
export const ID_COLUMN_DETECTORS: readonly Detector[] = [
  defineDetector({
    id: 'personal-id-csv-column',
    name: 'Personal or financial id (CSV column named for it)',
    category: 'personal',
    severity: 'high',
    priority: 54,
    confidence: 0.8,
    keywords: CSV_KEYWORDS,
    // `employee_id,full_name,ssn,department` then `1042,Ann Lee,123456789,Finance`: the header names the column.
    span: HEADER_REACH + 100,
    pattern: new RegExp(String.raw`(?<=(?:^|[\n,;\t|])[ \t]{0,3}"?)(?<v>${CELL})(?="?[ \t]{0,3}(?:[,;\t|\r\n]|$))`),
    mask: 'full',
    validate: (v, ctx: MatchContext) => underColumn(csvColumnAt(ctx.text, ctx.start, ctx.end), v),
    remediation: 'Remove personal ids from exported or logged tables (log a record id instead)',
  }),
  defineDetector({
    id: 'personal-id-sql-column',
    name: 'Personal or financial id (SQL INSERT column named for it)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['values'],
    // `INSERT INTO employees (id, name, tax_id) VALUES (7, 'Ann Lee', '123456789')`.
    // A quoted literal whole (`'8 (906) 586-87-41'`), or a bare number.
    pattern: /(?<=[(,]\s{0,3})(?:N?'(?<v>[^'\n]{4,40})'|(?<w>[+\d][\d.-]{3,30})(?=\s{0,3}[,)]))/,
    mask: 'full',
    validate: (v, ctx) => underColumn(sqlColumnAt(ctx.text, ctx.start), v),
    remediation: 'Remove personal ids from logged SQL statements (log bound parameters masked)',
  }),
  defineDetector({
    id: 'personal-id-sql-error',
    name: 'Personal or financial id (database duplicate-key detail)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['key (', 'duplicate entry', 'duplicate key value'],
    // `Key (tax_id)=(123456789) already exists.`, `Duplicate entry '123-45-6789' for key 'users.ssn'`,
    // `… unique index 'IX_Customers_TaxId'. The duplicate key value is (123456789).`
    pattern: new RegExp(String.raw`(?<=(?:\)=\(|entry '|value is \()(?:[^()\n,]{0,80}, ){0,8})(?<v>${CELL})(?=[,')])`),
    mask: 'full',
    validate: (v, ctx) => underColumn(sqlErrorColumnAt(ctx.text, ctx.start, ctx.end), v),
    remediation: 'Log constraint violations without the offending key value (Postgres: log_error_verbosity = terse, or map the error)',
  }),
  defineDetector({
    id: 'personal-id-saml-attribute',
    name: 'Personal id (SAML / XML attribute named for it)',
    category: 'personal',
    severity: 'high',
    priority: 57,
    confidence: 0.8,
    keywords: ['attributevalue'],
    // `<saml:Attribute Name="urn:oid:1.2.246.21" FriendlyName="nationalIdentificationNumber"><saml:AttributeValue>…<`,
    // also pretty-printed, the value on the line after the name (the window starts a line before the keyword).
    span: 400,
    spanBack: 1,
    pattern: SAML_ATTRIBUTE,
    mask: 'full',
    validate: (v, ctx) => attributeNames(ctx.key).some((name) => validUnderKey(attributeKey(name), v)),
    remediation: 'Stop logging SAML assertions (or log them with attribute values masked)',
  }),
];

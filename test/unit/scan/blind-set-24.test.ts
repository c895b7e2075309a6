/**
 * Sealed blind set 24: regulated-industry integrations. Error logs and payloads of healthcare,
 * insurance, government/tax, payroll and education integrations as they reach Datadog alerts:
 * raw HL7 v2 (Mirth, Rhapsody, Iguana, HAPI; `\r` or newline separators, \T\ escapes), FHIR R4
 * (OperationOutcome, resources JSON-escaped inside JSON log lines, SMART backend assertions), X12
 * 270/271/837/835 (`~` and `*` delimiters), NCPDP D.0 and SCRIPT, DICOM dumps, CDA over XDS.b SOAP,
 * lab hubs, Epic/Cerner/Athena errors, Availity/Change Healthcare, Guidewire/Duck Creek and quote
 * APIs, IRS MeF, 1099 TIN matching, HMRC MTD, ATO STP, CRA T4, India e-KYC, eSocial, CFDI, DSN,
 * ELSTER, Entratel, AEAT, Loonaangifte, AGI, ADP/Gusto/Paychex NACHA/Deel/Remote/Workday EIB/SPEI/
 * SuperStream, Clever/ClassLink/LTI 1.3/Blackboard/PowerSchool/ISIR, and the credentials these
 * integrations use (AS2 keys and keystores, SFTP passwords and keys, SMART secrets and tokens,
 * IPsec/stunnel PSKs, k8s secrets, compose/appsettings/env dumps, AWS/Azure/GCP keys, CI tokens).
 *
 * Sources (id before `/`): hl7, fhir, x12, dicom, pharmacy, cda, lab, ehr, billing, insurance, tax,
 * gov, payroll, edu (domain templates, drawn 3 times each), as2, smart, vpn, sftp, config, cloud
 * (credential templates, drawn 4 times each); negatives neg-hl7, neg-fhir, neg-x12, neg-clinical,
 * neg-ins, neg-tax, neg-pay, neg-edu, neg-cred (3 times each).
 * Counts (every seed): 289 positives, 660 planted values (credential 357 = 54.1 %, personal 207 =
 * 31.4 %, financial 96 = 14.5 %), 126 negatives.
 *
 * DECISIONS (what is and is not a leak, and why):
 * - Leaks, personal: national ids (SSN, ITIN, NHS number, NINO, UTR, TFN, SIN, PAN, Aadhaar, CPF,
 *   CURP, RFC of a person, NIR, Steuer-ID, codice fiscale, DNI, NIE, BSN, personnummer, Medicare
 *   MBI), birth dates (never dates of service), phones, personal e-mails, street lines of addresses,
 *   driver's licence numbers, DICOM PatientID. Health plan member ids are personal: a HIPAA
 *   identifier that names one person's coverage. A name is planted only where it is one value
 *   paired with another identifier in the record (HL7 XPN `LAST^FIRST`, DICOM PN, a payee or
 *   `Nombre`); names split over fields (X12 NM1 elements, JSON firstName/lastName) are not planted.
 * - Leaks, financial: bank accounts with their routing numbers, IBANs, sort codes, BSBs, CLABEs,
 *   card numbers (patient billing, premiums, POS, expense cards).
 * - Leaks, credential: passwords (also base64 in k8s Secrets, URL-encoded in URLs, in HTTP Basic
 *   headers), PSKs, client secrets, API keys, bearer/refresh tokens, signed JWTs (client assertions,
 *   access and LTI id tokens), private keys (PEM, JSON-escaped PEM, OpenSSH, PKCS#12 base64, the
 *   `d` of a private JWK), cloud keys, webhook signing secrets. Planted verbatim as the text has them.
 * - Not leaks: NPIs and other public provider or payer ids (BIN/PCN, payer ids, Epic client ids),
 *   VINs on their own, business ids (EIN, CNPJ, EU VAT numbers: public registries), message control
 *   ids, claim/encounter/submission ids, LOINC/SNOMED/ICD-10/CPT/NDC codes, dates of service, OIDs
 *   and DICOM UIDs, masked ids (`***-**-1234`), test patients at example.org, placeholders,
 *   documentation examples (SSN 078-05-1120, AWS's AKIAIOSFODNN7EXAMPLE, IBAN GB82 WEST…), published
 *   test cards, hashes and salted password hashes, UUIDs, certificate fingerprints, public
 *   certificates and JWKS, SSH host keys, version strings and digests, private/loopback and
 *   documentation IPs, noreply@/role mailboxes, 555-01xx phones, secrets-manager references
 *   (vault:, op://, AWS ARNs, ${VAR}). Negatives hold nothing personal anywhere in their text.
 *
 * First sight: to be measured by the lead.
 * AFTER round f24 (tuned, 566 detectors; an upper bound, not a held-out figure): seeds 1-3 97.4 % of values
 * (credential 96.9 %, personal 97.1 %, financial 100 %), 0 % of negatives flagged; at first sight (534 detectors)
 * 76.1-76.2 % (credential 90.2 %, personal 49.3-49.8 %, financial 81.3 %), 7.1 % flagged.
 */
import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet24 } from '../../helpers/blind-set-24';
import { formatOk24 } from '../../helpers/blind-set-24-format';

describeBlindSet({
  n: 24,
  build: buildBlindSet24,
  formatOk: formatOk24,
  minSize: { positives: 200, values: 300, negatives: 110 },
  minCovered: 0.97,
  minByGroup: { credential: 0.965, personal: 0.965, financial: 0.99 },
  maxFlagged: 0.01,
});

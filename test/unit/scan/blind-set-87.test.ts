import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet87 } from '../../helpers/blind-set-87';
import { formatOk87 } from '../../helpers/blind-set-87-format';

/**
 * Blind set 87 (sealed, held out, written without sight of the detectors): healthcare, insurance,
 * HR, payroll and benefits integrations as their code logs the traffic when a call fails or a feed
 * is processed, forwarded into an alert raw, inside a Datadog monitor's markdown, JSON-escaped in a
 * webhook body, escaped twice (a webhook whose payload is a JSON string), as a PagerDuty event or a
 * Slack attachment. 34 sources: HL7 v2 (ADT/ORU/DFT with MSH/EVN/PID/PV1/NK1/IN1/GT1/OBX/FT1,
 * segments split by \r, \n or \r\n, HL7-escaped components) from MLLP bridges, Mirth Connect
 * channel errors and JSON ingest webhooks; FHIR R4 (Patient, Coverage, Claim, transaction Bundles,
 * OperationOutcome via HAPI, fhirclient, pino) and SMART backend token requests (private_key_jwt
 * assertions, client_secret_basic/post, refresh); Epic, athenahealth (form bodies, card payments),
 * Cerner tokens; Surescripts NCPDP SCRIPT XML; X12 005010 837P/834/835/270/271 (ISA/GS envelopes,
 * NM1/N3/N4/DMG/REF*SY/REF*0F/PER, BPR with DFI accounts) and Change Healthcare eligibility JSON;
 * SFTP configs (YAML, JSON, paramiko), AS2 partner logs, PGP secret key blocks, Azure/S3 archives;
 * Workday SOAP (WS-Security UsernameToken, Payment_Election) and REST, BambooHR, ADP, Gusto,
 * Rippling, Paychex, Deel/Remote contractor payouts (IBAN/BIC, sort codes, Canadian transit, IFSC),
 * NACHA entry detail records, direct-deposit registers, Stripe Connect and Adyen payouts;
 * Greenhouse and Lever candidates with resume text, Checkr, Sterling, E-Verify; DocuSign envelopes
 * and JWT grants, Expensify/Ramp/Brex cards, benefits enrollment pushes, admins pasting keys in
 * Slack. Most cases (72 %) also carry the worker's loaded credentials as an env/config line, with
 * key names in SCREAMING_SNAKE, snake, camel, kebab and dotted spellings.
 * Planted: credentials (OAuth client secrets, bearer and refresh tokens, SMART client assertions,
 * Cerner ES384 and DocuSign JWTs, DocuSign integration keys, RSA/PKCS#8/EC private keys and PGP
 * secret key blocks (multi-line), Basic credentials with API keys as user (Greenhouse, Lever,
 * BambooHR, Checkr), WS-Security and SFTP/keystore/PGP passwords under key names in a dozen
 * languages, AWS key pairs, Azure storage AccountKeys, database URL passwords (percent-encoded),
 * Stripe sk/rk_live and whsec, Adyen keys, GitHub tokens with valid CRC, Slack tokens and webhooks,
 * PagerDuty routing keys, Datadog keys, webhook and HMAC secrets), personal data (names in eleven
 * locales with diacritics and Hangul, Han, Cyrillic, Greek, Arabic, Hebrew, Devanagari forms, HL7
 * `LAST^FIRST^MIDDLE` and X12 `LAST*FIRST` forms; emails, phones national/E.164/HL7 XTN; addresses;
 * birth dates as YYYYMMDD, ISO, US, European, long; SSN, SIN (Luhn), NINO, Steuer-ID, NIR, DNI/NIE,
 * CPF, codice fiscale, BSN, PESEL, Aadhaar (Verhoeff), MBI, driver's licences, passports, MRNs and
 * member ids) and financial data (ABA routing numbers with valid check digit and account numbers,
 * IBANs of twelve countries with mod-97, UK sort codes, Luhn cards of eight brands), each planted in
 * its printed form (HL7-, XML-, JSON-, double-JSON-, form- or percent-encoded) and only where that
 * form is contiguous; salaries, BICs, IFSCs and card last-4s are not values.
 * Negatives: HL7 ACKs and location master files, Mirth queue statistics, FHIR OperationOutcome /
 * Organization / CapabilityStatement / empty searchsets / ChargeItems, claim lines with CPT/HCPCS,
 * ICD-10, NDC, SNOMED, LOINC codes and Luhn-valid NPIs (80840 prefix), NPPES listings, X12 999/TA1
 * acknowledgements and 835 payer summaries (check payments, PLB), NACHA file/batch/control records
 * with the employer's company id, masked dumps (`XXX-XX-1234`, `****1234`, `[REDACTED]`),
 * placeholders and docs examples, prose about SSNs and passwords, hospital and employer signatures
 * with their main lines, offices and EINs, deploy logs with hashes, trace ids, versions,
 * documentation and private IPs, payroll totals, salary bands and plan ids.
 * Seed 1: 500 positives, 5372 values (2793 credential, 1860 personal, 719 financial), 220 negatives.
 * First sight (lead, 2026-12-07 23:40 UTC, same build as set 86's first sight, nothing aimed at this set): seeds 1-2
 * 91.8/91.0 % of values (credential 98.0/97.7 %, personal 82.6/81.9 %, financial 91.5/88.3 %), 87/86 of 220 negatives
 * flagged (39.5/39.1 %: hospitals' and employers' signatures and FHIR Organization resources with their main lines,
 * offices and EINs, NACHA file headers' bank routing numbers, payers' X12 PER phones and group practices' REF*TJ tax
 * ids, masked NM1 names, a documentation example's Jane Doe, a mounted secret file's URL).
 * After round l87 on it: seeds 1-2 93.7/92.9 %, 18/220 flagged (8.2 %); seed 4 (its cases not looked at) 93.3 %, 18/220.
 * The 18 are one judgement, decided against the set: a NACHA file header's routing numbers (`101 <routing> …`) stay
 * financial findings, as blind sets 11, 45, 46 and 53 plant them (a redactor errs on the side of the leak); without them
 * 0 %.
 * Later in the round: HL7 alternate-script names, ADP `formattedName` (seeds 1/2/4 94.5/93.6/94.1 %).
 * Left: Workday descriptors, fixed-width
 * direct-deposit registers (name, routing, account columns), Vietnamese letters in name readers. Routing numbers under
 * Workday's `Bank_ID`: found since (seeds 1-2 94.0/93.1 %).
 * Round l88 (space-aligned registers under their header, names family name first, Vietnamese letters in every name
 * reader): seeds 1/2/4 96.1/95.9/95.6 %, 18/220 flagged (the NACHA judgement above).
 */
describeBlindSet({ n: 87, build: buildBlindSet87, formatOk: formatOk87, minSize: { positives: 425, values: 4560, negatives: 187 }, minCovered: 0.92, minByGroup: { credential: 0.98, personal: 0.85, financial: 0.87 }, maxFlagged: 0.085 });

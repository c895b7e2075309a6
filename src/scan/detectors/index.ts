import { HR_CRED_G27B_DETECTORS } from './hr-creds-g27b';
import { VPN_KEY_DETECTORS } from './vpn-keys';
import { RECORD_CONTEXT_ID_DETECTORS } from './record-context-ids';
import type { Detector } from '../detector';
import { NAME_C30_DETECTORS } from './names-c30';
import { TOKEN_C30_DETECTORS } from './tokens-c30';
import { RECORD_C30_DETECTORS } from './records-c30';
import { AD_ID_C30_DETECTORS } from './ad-ids-c30';
import { CRYPTO_R33_DETECTORS } from './crypto-r33';
import { BANKFILE_R33_DETECTORS } from './bankfile-r33';
import { SECRET_R33_DETECTORS } from './secrets-r33';
import { GAMES_R35_DETECTORS } from './games-r35';
import { STREAMING_R35_DETECTORS } from './streaming-r35';
import { NACHA_R35_DETECTORS, NAMES_R35_DETECTORS } from './names-r35';
import { NAME_R34_DETECTORS } from './names-r34';
import { OFFSEC_R34_DETECTORS } from './offsec-r34';
import { SECRET_R34_DETECTORS } from './secrets-r34';
import { GATEWAY_R36_DETECTORS } from './gateway-r36';
import { PLATFORM_R36_DETECTORS } from './platform-r36';
import { ID_C30_DETECTORS } from './ids-c30';
import { ASSIGNMENT_FORM_DETECTORS } from './assignment-forms';
import { FALLBACK_VALUE_DETECTORS } from './fallback-values';
import { CODE_DECLARATION_DETECTORS } from './code-declarations';
import { PROVIDER_TOKEN_21_DETECTORS } from './provider-tokens-21';
import { PROVIDER_TOKEN_FTH_DETECTORS } from './provider-tokens-fth';
import { MORE_KEY_FORM_DETECTORS } from './key-forms-more';
import { DEV_PROVIDER_DETECTORS } from './providers-dev';
import { AUTH_DETECTORS } from './auth';
import { BANK_ACCOUNT_DETECTORS } from './bank-accounts';
import { CLOUD_DETECTORS } from './cloud';
import { CONFIG_FORM_DETECTORS } from './config-forms';
import { CREDENTIAL_CONTEXT_DETECTORS } from './credential-contexts';
import { DEVTOOLS_DETECTORS } from './devtools';
import { ENCODED_FORM_DETECTORS } from './encoded-forms';
import { FINANCIAL_DETECTORS } from './financial';
import { FORM_DETECTORS } from './forms';
import { GENERIC_DETECTORS } from './generic';
import { INTEGRATION_DETECTORS } from './integrations';
import { IDENTITY_DOCUMENT_DETECTORS } from './identity-documents';
import { MESSAGING_DETECTORS } from './messaging';
import { NATIONAL_ID_DETECTORS } from './national-ids';
import { NATIONAL_PHONE_DETECTORS } from './national-phones';
import { NEARBY_CREDENTIAL_DETECTORS } from './nearby-credentials';
import { PAYMENTS_DETECTORS } from './payments';
import { QUOTED_PASSWORD_DETECTORS } from './quoted-passwords';
import { RECORD_COLUMN_DETECTORS } from './record-columns';
import { PERSONAL_RECORD_DETECTORS } from './personal-records';
import { PROSE_PASSWORD_DETECTORS } from './prose-passwords';
import { CALL_ARGUMENT_DETECTORS } from './call-arguments';
import { CLI_CREDENTIAL_DETECTORS } from './cli-credentials';
import { SDK_KEY_DETECTORS } from './sdk-keys';
import { DUMP_FORM_DETECTORS } from './dump-forms';
import { OAUTH_FORM_DETECTORS } from './oauth-forms';
import { PLATFORM_CREDENTIAL_DETECTORS } from './platform-credentials';
import { SERVICE_CREDENTIAL_DETECTORS } from './service-credentials';
import { ipv4Detector, PERSONAL_DETECTORS } from './personal';
import { SAAS_DETECTORS } from './saas';
import { RECORD_G27A_DETECTORS } from './records-g27a';
import { WALLET_DETECTORS } from './wallets';
import { STREET_ADDRESS_DETECTORS } from './street-addresses';
import { BASE64_WRAPPED_DETECTORS } from './base64-wrapped';
import { WRAPPED_CREDENTIAL_DETECTORS } from './wrapped-credentials';
import { MORE_NATIONAL_ID_DETECTORS } from './national-ids-more';
import { CONTEXT_NATIONAL_ID_DETECTORS } from './national-ids-context';
import { EXTRA_NATIONAL_ID_DETECTORS } from './national-ids-extra';
import { MORE_FINANCIAL_DETECTORS } from './financial-more';
import { MORE_WALLET_DETECTORS } from './wallets-more';
import { TRACE_CALL_PASSWORD_DETECTORS } from './trace-call-passwords';
import { VENDOR_PAIR_DETECTORS } from './vendor-pairs';
import { VENDOR_URL_DETECTORS } from './vendor-urls';
import { ESCAPED_SECRET_DETECTORS } from './escaped-secrets';
import { ENCODED_VALUE_DETECTORS } from './encoded-values';
import { CI_PREFIXED_TOKEN_DETECTORS } from './prefixed-tokens-ci';
import { APP_PREFIXED_TOKEN_DETECTORS } from './prefixed-tokens-apps';
import { MORE_KEY_PAIR_DETECTORS } from './key-pairs-more';
import { LOG_CONTEXT_DETECTORS } from './log-contexts';
import { NKEY_SEED_DETECTORS } from './nkey-seed';
import { MORE_CLI_SECRET_DETECTORS } from './cli-secrets-more';
import { ID_COLUMN_DETECTORS } from './id-columns';
import { KEYED_ID_DETECTORS } from './keyed-ids';
import { PERSONAL_DUMP_DETECTORS } from './personal-dumps';
import { WORLD_BANK_ACCOUNT_DETECTORS } from './bank-accounts-world';
import { WORLD_WALLET_DETECTORS } from './wallets-world';
import { FORM_ADDRESS_DETECTORS } from './form-addresses';
import { MORE_PREFIXED_TOKEN_DETECTORS } from './prefixed-tokens-more';
import { FOREIGN_KEY_NAME_DETECTORS } from './foreign-key-names';
import { CONSOLE_TABLE_DETECTORS, setConsoleTableDetectors } from './console-tables';
import { PAIR_FORM_DETECTORS } from './pair-forms';
import { ASIAN_ID_DETECTORS } from './asian-ids';
import { CARD_EXTRA_DETECTORS } from './card-extras';
import { CJK_PERSONAL_DETECTORS } from './cjk-personal';
import { NATIVE_KEYED_ID_DETECTORS } from './native-keyed-ids';
import { TRAVEL_DOCUMENT_DETECTORS } from './travel-documents';
import { VENDOR_ID_KEY_DETECTORS } from './vendor-id-keys';
import { RECORD_BIRTH_DATE_DETECTORS } from './record-birth-dates';
import { CARD_COLUMN_DETECTORS } from './card-columns';
import { BASE64_PERSONAL_DETECTORS } from './base64-personal';
import { BASE64_KEYED_ID_DETECTORS } from './base64-keyed-ids';
import { ID_F26B_DETECTORS } from './ids-f26b';
import { WALLET_F26B_DETECTORS } from './wallets-f26b';
import { PROVIDER_KEY_F26B_DETECTORS } from './provider-keys-f26b';
import { PROVIDER_KEY_GH28_DETECTORS } from './provider-keys-gh28';
import { AZURE_KEY_GH28_DETECTORS } from './provider-keys-gh28-azure';
import { PREFIXED_TOKEN_GH28_DETECTORS } from './provider-keys-gh28-more';
import { BANK_ACCOUNT_F26B_DETECTORS } from './bank-accounts-f26b';
import { TERRAFORM_STATE_DETECTORS } from './terraform-state';
import { MULTIPART_FIELD_DETECTORS } from './multipart-fields';
import { ADDRESS_COLUMN_DETECTORS } from './address-columns';
import { SQL_PARAMETER_DETECTORS } from './sql-parameters';
import { WEBHOOK_URL_DETECTORS } from './webhook-urls';
import { BASIC_TOKEN_DETECTORS } from './basic-tokens';
import { VENDOR_PREFIXED_TOKEN_DETECTORS } from './prefixed-tokens-vendors';
import { WIF_KEY_DETECTORS } from './wif-keys';
import { CALL_SECRET_DETECTORS } from './call-secrets';
import { URL_USER_KEY_DETECTORS } from './url-user-keys';
import { HEADER_MAP_DETECTORS } from './header-maps';
import { SDK_DUMP_DETECTORS } from './sdk-dumps';
import { PREFIXED_TOKEN_16_DETECTORS } from './prefixed-tokens-16';
import { PREFIXED_TOKEN_17_DETECTORS } from './prefixed-tokens-17';
import { PREFIXED_TOKEN_18_DETECTORS } from './prefixed-tokens-18';
import { EVENT_FORM_DETECTORS } from './event-forms';
import { INSPECT_DUMP_DETECTORS } from './inspect-dumps';
import { PROSE_SECRET_DETECTORS } from './prose-secrets';
import { QUERY_LOG_DETECTORS } from './query-logs';
import { DATA_PLATFORM_DETECTORS } from './data-platforms';
import { IDENTITY_FLOW_DETECTORS } from './identity-flows';
import { DIRECTORY_SECRET_DETECTORS } from './directory-secrets';
import { MFA_SECRET_DETECTORS } from './mfa-secrets';
import { RECORD_TUPLE_DETECTORS } from './record-tuples';
import { NATIVE_ADDRESS_DETECTORS } from './native-addresses';
import { HL7_SEGMENT_DETECTORS } from './hl7-segments';
import { CLINICAL_RECORD_DETECTORS } from './clinical-records';
import { X12_SEGMENT_DETECTORS } from './x12-segments';
import { HEALTH_ID_DETECTORS } from './health-ids';
import { EDI_CREDENTIAL_DETECTORS } from './edi-credentials';
import { RECORD_NAME_DETECTORS } from './record-names';
import { PAIRED_NAME_DETECTORS } from './paired-names';
import { PHONE_PART_DETECTORS } from './phone-parts';
import { BANK_PAIR_DETECTORS } from './bank-pairs';
import { SQL_INTERPOLATED_DETECTORS } from './sql-interpolated';
import { CONTACT_NAME_DETECTORS } from './contact-names';
import { PROVIDER_TOKEN_23_DETECTORS } from './provider-tokens-23';
import { RECIPIENT_NUMBER_DETECTORS } from './recipient-numbers';
import { BOUND_NAME_DETECTORS } from './bound-names';
import { NAME_F26A_DETECTORS } from './names-f26a';
import { ADDRESS_F26A_DETECTORS } from './addresses-f26a';
import { PHONE_F26A_DETECTORS } from './phones-f26a';
import { NACHA_ENTRY_DETECTORS } from './nacha-entries';
import { TYPED_NATIONAL_ID_DETECTORS } from './typed-national-ids';
import { ENV_TABLE_DETECTORS } from './env-tables';
import { NAME_H28_DETECTORS } from './names-h28';
import { PUBLIC_KEY_H28_DETECTORS } from './public-keys-h28';
import { BANK_H28_DETECTORS } from './bank-h28';
import { ID_H28_DETECTORS } from './ids-h28';
import { TRAVEL_H29_DETECTORS } from './travel-h29';
import { PROVIDER_KEY_H29_DETECTORS } from './provider-keys-h29';
import { FORM_H29_DETECTORS } from './forms-h29';
import { RECORD_H29_DETECTORS } from './records-h29';
import { VOIP_T31_DETECTORS } from './voip-t31';
import { IOT_T31_DETECTORS } from './iot-t31';
import { TELECOM_T31_DETECTORS } from './telecom-t31';
import { NAME_T31_DETECTORS } from './names-t31';
import { PROVIDER_T31_DETECTORS } from './providers-t31';
import { DEVICE_INVENTORY_T31_DETECTORS } from './device-inventory-t31';
import { FLEET_T31_DETECTORS } from './fleet-t31';
import { PROVIDER_NP_DETECTORS } from './providers-np';
import { CREDENTIAL_NP_DETECTORS } from './credentials-np';
import { NAME_R32_DETECTORS } from './names-r32';
import { NAME_OPS_R32_DETECTORS } from './names-ops-r32';
import { CICD_SECRET_R32_DETECTORS } from './cicd-secrets-r32';
import { NAMES_R37_DETECTORS } from './names-r37';
import { PAYMENTS_R37_DETECTORS } from './payments-r37';
import { POS_R37_DETECTORS } from './pos-r37';
import { HOSTING_R38_DETECTORS } from './hosting-r38';
import { AGENCY_R38_DETECTORS } from './agency-r38';
import { NAMES_R38_DETECTORS } from './names-r38';
import { WAREHOUSE_R39_DETECTORS } from './warehouse-r39';
import { ROWS_R39_DETECTORS } from './rows-r39';
import { NAMES_R39_DETECTORS } from './names-r39';
import { OBSERVABILITY_R40_DETECTORS } from './observability-r40';
import { NAMES_R40_DETECTORS } from './names-r40';
import { RECORDS_R40_DETECTORS } from './records-r40';
import { PROPERTY_R44_DETECTORS } from './property-r44';
import { NAMES_R44_DETECTORS } from './names-r44';
import { LOGISTICS_R42_DETECTORS } from './logistics-r42';
import { NAMES_R42_DETECTORS } from './names-r42';
import { GLUE_R41_DETECTORS } from './glue-r41';
import { CAMPUS_R43_DETECTORS } from './campus-r43';
import { NAMES_R43_DETECTORS } from './names-r43';
import { NAMES_R41_DETECTORS } from './names-r41';
import { DEVTOOLS_R45_DETECTORS } from './devtools-r45';
import { NAMES_R45_DETECTORS } from './names-r45';
import { COMMUNITY_R49_DETECTORS } from './community-r49';
import { NAMES_R49_DETECTORS } from './names-r49';
import { CLINIC_R50_DETECTORS } from './clinic-r50';
import { MOBILITY_R51_DETECTORS } from './mobility-r51';
import { NAMES_R48_DETECTORS } from './names-r48';
import { TRAVEL_R48_DETECTORS } from './travel-r48';
import { FACILITIES_R53_DETECTORS } from './facilities-r53';
import { FIXES_L56_DETECTORS } from './fixes-l56';
import { RULES_R57_DETECTORS } from './rules-r57';
import { WORKERS_R58_DETECTORS } from './workers-r58';
import { CLOUDLOGS_R59_DETECTORS } from './cloudlogs-r59';
import { TRACKERS_R61_DETECTORS } from './trackers-r61';
import { CRMSYNC_R60_DETECTORS } from './crmsync-r60';
import { ENCODED_RUN_DETECTORS } from './encoded-runs';
import { FIXES_S67_DETECTORS } from './fixes-s67';
import { ACCOUNTING_R67_DETECTORS } from './accounting-r67';
import { ACCOUNTING_R67B_DETECTORS } from './accounting-r67b';
import { KYC_R69_DETECTORS } from './kyc-r69';
import { KYC_NAMES_R69_DETECTORS } from './kyc-names-r69';
import { KYC_OCR_R69_DETECTORS } from './kyc-ocr-r69';
import { MOBILE_R68_DETECTORS } from './mobile-r68';
import { LEGACY_R71_DETECTORS } from './legacy-r71';
import { PIPELINES_R63_DETECTORS } from './pipelines-r63';
import { COMMERCE_R65_DETECTORS } from './commerce-r65';
import { CITESTS_R62_DETECTORS } from './citests-r62';
import { IDENTITY_R64_DETECTORS } from './identity-r64';
import { RESEARCH_R52_DETECTORS } from './research-r52';
import { GATEWAYS_R66_DETECTORS } from './gateways-r66';
import { PAYROLL_R70_DETECTORS } from './payroll-r70';
import { PAYROLL_R70_KEY_DETECTORS } from './payroll-r70-keys';
import { PROVIDERS_R72_DETECTORS } from './providers-r72';
import { DATABASE_R74_DETECTORS } from './database-r74';
import { DATABASE_R74_ROW_DETECTORS } from './database-r74-rows';
import { DATABASE_R74_PEOPLE_DETECTORS } from './database-r74-people';
import { DATABASE_R74_DOC_DETECTORS } from './database-r74-docs';
import { ENCODINGS_R75_DETECTORS } from './encodings-r75';
import { ENCODINGS_R75B_DETECTORS } from './encodings-r75b';
import { ENCODINGS_R75C_DETECTORS } from './encodings-r75c';
import { GLOBAL_R73_DETECTORS } from './global-r73';
import { PROVIDERS_R77_DETECTORS } from './providers-r77';
import { PROVIDERS_R77_PEOPLE_DETECTORS } from './providers-r77-people';
import { LOCALIZED_R76_DETECTORS } from './localized-r76';
import { NAMES_R76P_DETECTORS } from './names-r76p';
import { ACCOUNTS_R76P_DETECTORS } from './accounts-r76p';
import { CONTACT_R76P_DETECTORS } from './contact-r76p';
import { PIPELINES_R80_DETECTORS } from './pipelines-r80';
import { GIVEN_NAMES_L82_DETECTORS } from './given-names-l82';
import { ALIGNED_L88_DETECTORS } from './aligned-l88';
import { CONFIG_FILES_L88_DETECTORS } from './config-files-l88';
import { DEVTOOLS_L88_DETECTORS } from './devtools-l88';
import { TRAVEL_L88_DETECTORS } from './travel-l88';
import { FIELD_OBJECTS_L88_DETECTORS } from './field-objects-l88';
import { INVERTED_NAMES_L88_DETECTORS } from './inverted-names-l88';
import { FIELD_RUNS_L84_DETECTORS } from './field-runs-l84';
import { NAME_KEYS_L85_DETECTORS } from './name-keys-l85';
import { SESSION_KEYS_L86_DETECTORS } from './session-keys-l86';
import { PERSON_KEYS_L86_DETECTORS } from './person-keys-l86';
import { BANK_KEYS_L86_DETECTORS } from './bank-keys-l86';
import { MAIL_NAMES_L86_DETECTORS } from './mail-names-l86';
import { PROSE_SECRETS_L86_DETECTORS } from './prose-secrets-l86';
import { WHATSAPP_L86_DETECTORS } from './whatsapp-l86';
import { CRISP_L87_DETECTORS } from './crisp-l87';
import { IDENTITY_L87_DETECTORS } from './identity-l87';
import { PAYROLL_L87_DETECTORS } from './payroll-l87';
import { CLOUDLOGS_R83_DETECTORS } from './cloudlogs-r83';
import { CLOUDNAMES_R83_DETECTORS } from './cloudnames-r83';
import { MOBILE_R81_DETECTORS } from './mobile-r81';
import { PEOPLE_R81_DETECTORS } from './people-r81';
import { IDS_R76P_DETECTORS } from './ids-r76p';
import { PROVIDERS_R78_DETECTORS } from './providers-r78';

/** Every built-in detector, in catalogue order. */
export const DEFAULT_DETECTORS: readonly Detector[] = Object.freeze([
  ...CLOUD_DETECTORS,
  ...AUTH_DETECTORS,
  ...DEVTOOLS_DETECTORS,
  ...MESSAGING_DETECTORS,
  ...PAYMENTS_DETECTORS,
  ...SAAS_DETECTORS,
  ...INTEGRATION_DETECTORS,
  ...DEV_PROVIDER_DETECTORS,
  ...GENERIC_DETECTORS,
  ...FORM_DETECTORS,
  ...ASSIGNMENT_FORM_DETECTORS,
  ...PERSONAL_DETECTORS,
  ...FINANCIAL_DETECTORS,
  // Issue-35 additions (new files, appended here to keep the list's merge simple).
  ...CREDENTIAL_CONTEXT_DETECTORS,
  ...PERSONAL_RECORD_DETECTORS,
  // Issue-37 additions.
  ...NEARBY_CREDENTIAL_DETECTORS,
  ...QUOTED_PASSWORD_DETECTORS,
  // Issue-45 additions (blind set 4's classes of misses).
  ...CONFIG_FORM_DETECTORS,
  ...ENCODED_FORM_DETECTORS,
  // issue-fin additions (financial classes of blind set 7 and the lost set).
  ...BANK_ACCOUNT_DETECTORS,
  ...WALLET_DETECTORS,
  // Branch issue-pers additions (personal-data breadth: national phones, ids, addresses, records).
  ...NATIONAL_PHONE_DETECTORS,
  ...RECORD_COLUMN_DETECTORS,
  ...STREET_ADDRESS_DETECTORS,
  ...NATIONAL_ID_DETECTORS,
  ...IDENTITY_DOCUMENT_DETECTORS,
  // issue-cred additions (credential breadth: blind set 7's and the lost set's classes).
  ...PROSE_PASSWORD_DETECTORS,
  ...SERVICE_CREDENTIAL_DETECTORS,
  ...PLATFORM_CREDENTIAL_DETECTORS,
  ...CALL_ARGUMENT_DETECTORS,
  ...DUMP_FORM_DETECTORS,
  ...OAUTH_FORM_DETECTORS,
  // issue-s9cred additions (blind set 9's credential classes: wrapped and encoded credentials).
  ...WRAPPED_CREDENTIAL_DETECTORS,
  ...BASE64_WRAPPED_DETECTORS,
  // issue-pf10 additions (blind set 10's personal and financial classes).
  ...MORE_NATIONAL_ID_DETECTORS,
  ...CONTEXT_NATIONAL_ID_DETECTORS,
  ...EXTRA_NATIONAL_ID_DETECTORS,
  ...MORE_FINANCIAL_DETECTORS,
  ...MORE_WALLET_DETECTORS,
  // issue-cred10 additions (blind set 10's credential classes: command-line passwords, feature-flag and search keys).
  ...CLI_CREDENTIAL_DETECTORS,
  ...SDK_KEY_DETECTORS,
  // issue-cred11 additions (blind set 11's credential classes: PHP client call arguments, vendor key pairs, PuTTY keys).
  ...TRACE_CALL_PASSWORD_DETECTORS,
  ...VENDOR_PAIR_DETECTORS,
  // Blind set 12's credential classes: vendor URLs and token shapes.
  ...VENDOR_URL_DETECTORS,
  ...ESCAPED_SECRET_DETECTORS,
  // Values in a second layer of encoding (HTML-entity quotes).
  ...ENCODED_VALUE_DETECTORS,
  // issue-cred13 additions (credential breadth: vendor prefixes, key pairs, log and CI contexts).
  ...CI_PREFIXED_TOKEN_DETECTORS,
  ...APP_PREFIXED_TOKEN_DETECTORS,
  ...MORE_KEY_PAIR_DETECTORS,
  ...LOG_CONTEXT_DETECTORS,
  ...NKEY_SEED_DETECTORS,
  ...MORE_CLI_SECRET_DETECTORS,
  ...MORE_PREFIXED_TOKEN_DETECTORS,
  ...FOREIGN_KEY_NAME_DETECTORS,
  ...PAIR_FORM_DETECTORS,
  // Blind set 13's personal and financial classes: ids named by a column, a database error or an attribute.
  ...ID_COLUMN_DETECTORS,
  ...KEYED_ID_DETECTORS,
  ...PERSONAL_DUMP_DETECTORS,
  ...WORLD_BANK_ACCOUNT_DETECTORS,
  ...WORLD_WALLET_DETECTORS,
  ...FORM_ADDRESS_DETECTORS,
  // Round 2 personal and financial classes of blind sets 13 and 14.
  ...CJK_PERSONAL_DETECTORS,
  ...NATIVE_KEYED_ID_DETECTORS,
  ...ASIAN_ID_DETECTORS,
  ...VENDOR_ID_KEY_DETECTORS,
  ...TRAVEL_DOCUMENT_DETECTORS,
  ...CARD_EXTRA_DETECTORS,
  ...RECORD_BIRTH_DATE_DETECTORS,
  // Round pf17: card security codes and expiry dates in table columns.
  ...CARD_COLUMN_DETECTORS,
  ...BASE64_PERSONAL_DETECTORS,
  ...BASE64_KEYED_ID_DETECTORS,
  ...TERRAFORM_STATE_DETECTORS,
  ...MULTIPART_FIELD_DETECTORS,
  ...ADDRESS_COLUMN_DETECTORS,
  ...SQL_PARAMETER_DETECTORS,
  // Round 2 credential classes (blind sets 13/14): whole webhook URLs, opaque Basic tokens, call arguments, header maps.
  ...WEBHOOK_URL_DETECTORS,
  ...BASIC_TOKEN_DETECTORS,
  ...VENDOR_PREFIXED_TOKEN_DETECTORS,
  ...WIF_KEY_DETECTORS,
  ...CALL_SECRET_DETECTORS,
  ...URL_USER_KEY_DETECTORS,
  ...HEADER_MAP_DETECTORS,
  // Credential round for blind set 16 (set 15's misses as classes; SDK, HTTP client, ORM and shell dumps).
  ...SDK_DUMP_DETECTORS,
  ...PREFIXED_TOKEN_16_DETECTORS,
  // Credential round for blind set 17 (event streams, audit trails, chat and ticket text, table exports).
  ...PREFIXED_TOKEN_17_DETECTORS,
  ...PREFIXED_TOKEN_18_DETECTORS,
  ...EVENT_FORM_DETECTORS,
  ...INSPECT_DUMP_DETECTORS,
  ...PROSE_SECRET_DETECTORS,
  ...QUERY_LOG_DETECTORS,
  // Round fix20 (blind set 20: data platforms and pipelines).
  ...DATA_PLATFORM_DETECTORS,
  ...RECORD_TUPLE_DETECTORS,
  // Round fix21 (blind set 21: secret-scanner rule tests): lookup fallbacks, credential files, provider formats.
  ...FALLBACK_VALUE_DETECTORS,
  ...CODE_DECLARATION_DETECTORS,
  ...PROVIDER_TOKEN_21_DETECTORS,
  // Round fix22a (blind set 22: identity and access): SAML and OAuth flow credentials, directory and Kerberos secrets, MFA codes and sessions.
  ...IDENTITY_FLOW_DETECTORS,
  ...DIRECTORY_SECRET_DETECTORS,
  ...MFA_SECRET_DETECTORS,
  // Personal and financial round for blind set 18 (debugging and inspection artifacts: console tables).
  ...CONSOLE_TABLE_DETECTORS,
  // Round f21: postal addresses in native scripts and layouts (Chinese, Korean, Russian, Turkish; `\u`-escaped too).
  ...NATIVE_ADDRESS_DETECTORS,
  // Round fth (TruffleHog pattern tests): bare and vendor keys, subscripts, table rows, dash separators, Jenkins secrets.
  ...MORE_KEY_FORM_DETECTORS,
  ...PROVIDER_TOKEN_FTH_DETECTORS,
  // Round f24 (blind set 24: regulated-industry integrations): HL7 v2, DICOM, NCPDP, CDA, X12 records; member ids, MBIs; EDI credentials.
  ...HL7_SEGMENT_DETECTORS,
  ...CLINICAL_RECORD_DETECTORS,
  ...X12_SEGMENT_DETECTORS,
  ...HEALTH_ID_DETECTORS,
  ...EDI_CREDENTIAL_DETECTORS,
  ...RECORD_NAME_DETECTORS,
  ...PAIRED_NAME_DETECTORS,
  ...PHONE_PART_DETECTORS,
  ...BANK_PAIR_DETECTORS,
  ...SQL_INTERPOLATED_DETECTORS,
  // Round f23 (blind set 23: everyday integration errors): names in contact records.
  ...CONTACT_NAME_DETECTORS,
  ...ENV_TABLE_DETECTORS,
  // Round f24l: VPN key files (stunnel PSK lines, OpenVPN static keys); ids named by their record's context.
  ...VPN_KEY_DETECTORS,
  ...RECORD_CONTEXT_ID_DETECTORS,
  // Round f23l (blind set 23's remaining classes): provider tokens, SMS recipients as arguments, names bound
  // beside identifiers, NACHA entry records, ids typed by a sibling field.
  ...PROVIDER_TOKEN_23_DETECTORS,
  ...RECIPIENT_NUMBER_DETECTORS,
  ...BOUND_NAME_DETECTORS,
  ...NACHA_ENTRY_DETECTORS,
  ...TYPED_NATIONAL_ID_DETECTORS,
  // Round f26b (blind set 26: the global commerce desk): typed document ids, Kenyan ids, UPI ids, Alipay buyer ids,
  // provider secrets under their own names, ERP bank accounts.
  ...ID_F26B_DETECTORS,
  ...WALLET_F26B_DETECTORS,
  ...PROVIDER_KEY_F26B_DETECTORS,
  ...BANK_ACCOUNT_F26B_DETECTORS,
  // Round f26a (blind set 26: global commerce): names under role keys, greetings, mailboxes, NACHA and ISO 20022 parties; street lines in local layouts.
  ...NAME_F26A_DETECTORS,
  ...ADDRESS_F26A_DETECTORS,
  ...PHONE_F26A_DETECTORS,
  // Round g27b (blind set 27: people operations and the service desk): secrets echoed in pasted shell sessions.
  ...HR_CRED_G27B_DETECTORS,
  // Round g27a (blind set 27: people operations): PDF form field dumps, vCard home addresses, generic bank columns, USCIS receipts.
  ...RECORD_G27A_DETECTORS,
  // Round h28 (blind set 28: AI application and agent logs): labelled names in prompts and tool arguments; public PostHog keys;
  // bank accounts beside branch codes; French NIR and German passports under labels.
  ...NAME_H28_DETECTORS,
  ...PUBLIC_KEY_H28_DETECTORS,
  ...BANK_H28_DETECTORS,
  ...ID_H28_DETECTORS,
  // Round gh28 (GitHub secret scanning's provider list): published-prefix tokens found only under key names, Azure signature keys.
  ...PROVIDER_KEY_GH28_DETECTORS,
  ...AZURE_KEY_GH28_DETECTORS,
  ...PREFIXED_TOKEN_GH28_DETECTORS,
  // Round h29 (blind set 29: consumer mobile apps and travel bookings): PNR names and APIS elements, redress numbers,
  // NDC/OTA identity documents and card codes; Klarna, Mews and AppsFlyer keys; plists, Postman exports, Swift dumps.
  ...TRAVEL_H29_DETECTORS,
  ...PROVIDER_KEY_H29_DETECTORS,
  ...FORM_H29_DETECTORS,
  ...RECORD_H29_DETECTORS,
  // Round t31 (blind set 31: telecom, IoT and field operations): SIP/VoIP config secrets and HA1 digests, PINs under PIN keys,
  // LoRaWAN keys, broker and Wi-Fi secrets, IMSIs and MSISDNs under their keys, track data, BECS records, names in SIP and subscriber records.
  ...VOIP_T31_DETECTORS,
  ...IOT_T31_DETECTORS,
  ...TELECOM_T31_DETECTORS,
  ...NAME_T31_DETECTORS,
  ...PROVIDER_T31_DETECTORS,
  ...DEVICE_INVENTORY_T31_DETECTORS,
  ...FLEET_T31_DETECTORS,
  // Round c30 (blind set 30: marketing, CRM and customer-data platforms): names in lead form pairs, person objects,
  // role-suffixed keys and CRM prose; Marketo, Census, Chargebee, Twilio and escaped Google tokens, Terraform
  // random_password, base64 dotenv blobs; ACH routing:account pairs, unhashed Conversions API user data, qualified `conta` keys.
  ...NAME_C30_DETECTORS,
  ...TOKEN_C30_DETECTORS,
  ...RECORD_C30_DETECTORS,
  ...AD_ID_C30_DETECTORS,
  ...ID_C30_DETECTORS,
  // Round r33 (blind set 33: fintech back offices): BIP-39 mnemonics (checksum), BIP-32 extended private keys, keystore
  // ciphertext, RPC URL tokens, Gemini, Plaid processor and Coinbase Exchange secrets; SWIFT MT103/MT940, camt, BAI2,
  // BACS Standard 18, Open Banking and SPEI parties and accounts; SWIFT LAU and Square webhook keys, MX member logins.
  ...CRYPTO_R33_DETECTORS,
  ...BANKFILE_R33_DETECTORS,
  ...SECRET_R33_DETECTORS,
  // Round np (Nosey Parker rule examples): Dependency-Track, TrueNAS JSON-RPC, ThingsBoard URL, New Relic admin and
  // region keys, legacy Grafana keys, CodeClimate, Jenkins crumbs, sonar/facebook/postmark/buildConfigField settings;
  // psexec, DirectoryEntry, app passwords, PHP variables, bare user/password pairs, quoted prose, REACT_APP, concatenated PEM.
  ...PROVIDER_NP_DETECTORS,
  ...CREDENTIAL_NP_DETECTORS,
  // Round r32 (blind set 32: CI/CD, infrastructure-as-code and cloud operations): people's names in git headers, trailers,
  // blame and format output, CI variables and role keys, webhook author objects, `… by <name>` prose, timelines and card rows;
  // kubeadm certificate keys, Vault AppRole secret_ids, sensitive Terraform outputs, CloudFormation outputs.
  ...NAME_R32_DETECTORS,
  ...NAME_OPS_R32_DETECTORS,
  ...CICD_SECRET_R32_DETECTORS,
  // Round r35 (blind set 35: games, media, streaming and creator platforms): Steam Web API keys and auth tickets, Agora
  // certificates, DRM keys (Widevine IV, FairPlay ASK, PallyCon), SoundCloud, Backtrace, Perforce tickets, JKS base64,
  // Unity serials, PayPal id:secret pairs; RTMP/OBS/field stream keys, k8s stringData, header keys and sessions,
  // `/P:` and steamcmd passwords; names under owner/contact/player/holder labels, prose and Connect form fields, form SSNs.
  ...GAMES_R35_DETECTORS,
  ...STREAMING_R35_DETECTORS,
  ...NAMES_R35_DETECTORS,
  ...NACHA_R35_DETECTORS,
  // Round r34 (blind set 34: security operations and incident response): people's names under incident and record
  // labels, beside their own mailbox, as chat-timeline speakers, in SAML and case exports; mimikatz, secretsdump,
  // Kerberoast, Metasploit and impacket credentials; Windows and Linux command-line passwords; Sumo Logic collector
  // tokens, Datadog app keys, AWS secrets after their key id, MFA backup codes, encoded PowerShell, CSV TOTP, accounts, CVVs.
  ...NAME_R34_DETECTORS,
  ...OFFSEC_R34_DETECTORS,
  ...SECRET_R34_DETECTORS,
  // Round r36 (blind set 36: API gateways, service mesh, message brokers and the internal platform): Kong flow-sequence
  // secrets, Apigee consumer keys in traces, `__Host-` session cookies, `az … show-secret` output, ConfigCat SDK keys;
  // Envoy inline generic secrets, curl bundled `-su`, etcdctl `--user`, Sentinel auth-pass, JAAS `user_*`, Consul SecretIDs;
  // names before `<+phone>`.
  ...GATEWAY_R36_DETECTORS,
  ...PLATFORM_R36_DETECTORS,
  // Round r37 (blind set 37: retail stores, restaurants and point of sale): Revel API-AUTHENTICATION secrets, Converge
  // ssl_pin, Authorize.Net transaction and signature keys, Deputy OAuth tokens, Yotpo x-guid, Modulr keys, device tokens,
  // Django sessionid dicts, base64 cache keys and connection URLs, TeamViewer/VNC and local admin notes; EMV tag 57 and
  // 5F20, track 1 with sentinels, gift card numbers, PINs and Givex calls; names under prefixed first/last keys, customer
  // and diner labels, X12 PER, `party of N` and kiosk greetings.
  ...POS_R37_DETECTORS,
  ...PAYMENTS_R37_DETECTORS,
  ...NAMES_R37_DETECTORS,
  // Round r38 (blind set 38: web hosting, content management and agency operations): Drupal hash_salt, wp-config salts,
  // Joomla $smtppass, Postfix sasl_passwd, DirectAdmin login keys, S3-compatible and
  // B2 key ids, Netlify build hooks, Strapi APP_KEYS, plugin licences, Google app passwords, SFTP user specs, sshd
  // username-prompt passwords, SSHPASS; chat/ticket/CLI passwords, EPP codes in tables, Laravel insert columns; names
  // after mailboxes, under WHOIS/contact labels, in form answers, split fields and note signatures; AUTH LOGIN users.
  ...HOSTING_R38_DETECTORS,
  ...AGENCY_R38_DETECTORS,
  ...NAMES_R38_DETECTORS,
  // Round r39 (blind set 39: data engineering and analytics): SQL credential clauses (DuckDB CREATE SECRET, Redshift
  // COPY/UNLOAD), Terraform and CLI secret values, Confluent API keys as SASL and Schema Registry users, API keys as
  // basic-auth users, MinIO alias keys, Informatica parameter passwords, ODBC braced passwords, quoted chat passwords;
  // name cells of failed rows beside other personal values, US address lines with any street name, right-justified
  // NACHA account fields, device and advertising ids; Looker client ids, netrc API logins; names after `Requested by`,
  // `user:` labels and in client notes.
  ...WAREHOUSE_R39_DETECTORS,
  ...ROWS_R39_DETECTORS,
  ...NAMES_R39_DETECTORS,
  // Round r40 (blind set 40: observability, logging pipelines and on-call tooling): Fluent Bit and Fluentd directive
  // secrets, Elasticsearch service and enrollment tokens and reset-password output, Splunk On-Call endpoint keys,
  // Honeycomb SDK/CLI write keys, Airbrake project keys, keys nested under YAML `api:`, vendor keys in tables and chat,
  // passwords typed by browser tests; names in setUser calls, under on-call/payout keys, after paging verbs; device ids;
  // national ids under `nat_id`, bank accounts in Postgres parameters, CVVs in logged inserts.
  ...OBSERVABILITY_R40_DETECTORS,
  ...NAMES_R40_DETECTORS,
  ...RECORDS_R40_DETECTORS,
  // Round r42 (blind set 42: logistics, manufacturing and the ERP back office): Infor ION API secrets, Layer7 (FedEx)
  // API keys, USPS Web Tools user ids, client ids sent with their secret, X12 ISA and EDIFACT UNB passwords, ACH and
  // routing-line bank details; names in split CSV name columns, SAP fields, X12 N1, EDIFACT NAD/CTA (and COM phones),
  // cXML, connection users, on-call values, contact labels, before an IBAN, in HR tickets and X-Requested-By.
  ...LOGISTICS_R42_DETECTORS,
  ...NAMES_R42_DETECTORS,
  // Round r41 (blind set 41: integration platforms and workplace SaaS glue): Jira/Confluence Automation, Tines and
  // Workato webhook URLs, APIM subscription keys as a named header's value, secrets in box-drawn CLI tables, escaped
  // `password\=` in .properties; names whose next field is their own mailbox, and names signing a message.
  ...GLUE_R41_DETECTORS,
  ...NAMES_R41_DETECTORS,
  // Round r44 (blind set 44: insurance, real estate, property management and legal): lockbox, keypad, alarm, gate and
  // door codes, access codes under JSON keys, coordinates under location keys, SMTP app passwords, Erlang cookies, HMAC
  // env keys, literal jwt.sign secrets, PACER NextGen CSO tokens, SQL Server linked-login and settings-table passwords,
  // refresh tokens under a bare `refresh` key, XML interface licences, NIEM birth dates and licence ids, `aba`+`number` pairs.
  // Names under claim, loan, lease and case party labels (and tenant/resident/buyer beside a contact), `Dear First M. Last,`.
  ...PROPERTY_R44_DETECTORS,
  ...NAMES_R44_DETECTORS,
  // Round r43 (blind set 43: education, public sector and nonprofits): Moodle-style PHP property secrets, config keys
  // named for a secret (validation keys, salts, strong-auth PINs, gateway/processor keys), Sanctum tokens, ApiKey
  // headers, CAS tickets, logfmt session tokens, TOML multi-line secrets, UUID API tokens in prose, account-before-
  // routing pairs, Spanish routing labels and passwords, noted EIN labels, bank numbers in SQL INSERT rows, Canvas
  // tokens, recovery codes, A-numbers, a person's coordinates; names under Spanish, French and
  // Portuguese labels, in NIEM elements, FHIR HumanName text, nested name objects and before `(DOB …)`.
  ...CAMPUS_R43_DETECTORS,
  ...NAMES_R43_DETECTORS,
  // Round r45 (blind set 45: developer workstations, package registries and source hosting): Yarn npmAuthIdent, other
  // hosts' keys in ~/.gem/credentials, Bundler per-host credentials, Anaconda channel tokens, `vault kv get -field=`
  // output, `aws configure` prompts, git send-email smtppass, HAR cookie headers; lat/lon under geo keys, NACHA file and
  // batch headers, CPFs in redis-cli replies; names in pretty-printed JSON, redis-cli replies, pg COPY rows, mysqldump
  // tuples, fixed-width notebook rows, ("name", "mail") pairs, git user.name and CLI --name flags.
  ...DEVTOOLS_R45_DETECTORS,
  ...NAMES_R45_DETECTORS,
  // Round r49 (blind set 49: online communities, dating and social apps, trust and safety): Branch.io secret keys,
  // Matrix access tokens, positional Braintree private keys, MessageBird client keys, NINOs in a named CSV column,
  // coordinates under loc/last_known keys and as "lat"/"lng" fields; names under holder/billing form fields,
  // chat-profile nicknames beside a contact, and given/family names as separate fields.
  ...COMMUNITY_R49_DETECTORS,
  ...NAMES_R49_DETECTORS,
  // Round r50 (blind set 50: clinics, pharmacies, labs, telehealth and wearables): patient names in X12 NM1 segments
  // and provider tax ids in REF*EI/REF*TJ, first/last names in URL queries and <First>/<Last> XML, payee names in YAML
  // lists beside bank fields, lat/lon under their own keys or as a latlng array, e-prescribing SSO codes, webhook
  // verification codes and Agora RTC tokens.
  ...CLINIC_R50_DETECTORS,
  // Round r48 (blind set 48: hospitality and travel): UN/EDIFACT PAXLST document, birth-date and NAD name segments, GDS
  // form-of-payment cards, BACS sort code + account lines, Indian PANs in prose, loyalty/frequent-flyer member numbers,
  // known-traveller numbers, licence objects, labelled addresses, shared secrets in prose; names beside `surname`, on
  // cards (`<cc_name>`), under renter/passenger keys, in SCIM `name.formatted`, case notes and chat introductions.
  ...TRAVEL_R48_DETECTORS,
  ...NAMES_R48_DETECTORS,
  // Round r51 (blind set 51: automotive retail and mobility): latitude/longitude under their own keys, in lat/lng CSV
  // columns and as a trip's start/end pair; loan account numbers; OCPP authorization keys; WS-Security user-name keys;
  // <Pswd>/<BirthDt>/<DriversLicenseNumber> elements; licences in SQL and after DL; names after role labels, in SQL
  // UPDATE name columns and ADF <name part="full">; passwords in prose; SID session ids in URL queries.
  ...MOBILITY_R51_DETECTORS,
  // Round r53 (blind set 53: construction, facilities and property operations): `sort … acc …` bank details and labelled
  // UTRs, a person's lat/lng as separate fields or CSV columns, name/value XML passwords, Vault KV v2 reads, VPN PSKs,
  // noted password labels, curl -u key ids, concatenated Basic credentials, FIRSTNAME/LASTNAME XML and names under site roles.
  ...FACILITIES_R53_DETECTORS,
  // Round r52 (blind set 52: life sciences and research): names in session logs, comment owners, XML role elements, inverted
  // JSON names, CLI key/value tables, form bracket keys, role labels, SQL INSERT and CSV person columns; lat/lon objects;
  // salts, long auth session ids, client keys beside their URL, bank accounts to remit to, labelled EINs.
  ...RESEARCH_R52_DETECTORS,
  // The lead's fixes after blind set 56 (web frameworks' logs): names under any person-role `…name` key, mail address
  // display names, a name cell before its mailbox, a NINO cell in such a row, Private Packagist tokens.
  ...FIXES_L56_DETECTORS,
  // Round r57 (blind set 57: integration secrets as secret-scanner rule tests write them): names in record fields above their own mailbox,
  // Basic passwords written out, logical-assignment secrets, `…SECRET_PRIVATE` keys, web-server credential headers, Cypress record keys, Duo skeys, base64 webhooks.
  ...RULES_R57_DETECTORS,
  // Round r58 (blind set 58: integration workers and HTTP clients in debug mode): lone first/last names beside a contact,
  // recipient/user names, greeted and self-introduced names, job positional args, RDFI labels, signature/verifier keys, Google codes.
  ...WORKERS_R58_DETECTORS,
  // Round r59 (blind set 59: cloud platforms' logs): Vietnamese-lettered names, names beside contacts in prose and forms, foreign ids
  // under ssn keys, RDS IPv6 prefixes, registry auth, Key Vault/.NET/wrangler secrets, ACH/NACHA rows, Synthetics and actuator passwords.
  ...CLOUDLOGS_R59_DETECTORS,
  // Round r61 (blind set 61: error trackers' events): repeated password form fields, session ids in session dumps, Express signed
  // cookies, names of payment parties before their IBAN, dollar-quoted SQL names, ORM parameter comments.
  ...TRACKERS_R61_DETECTORS,
  // Round r60 (blind set 60: CRM, marketing and support sync logs): Close/Mandrill/vendor-named keys, qualified and prose webhook signing keys,
  // property-dump passwords, diff-arrow and field-diff DOBs, bank numbers and national ids, compound streets, city-postcode lines, transcript/merge-field names.
  ...CRMSYNC_R60_DETECTORS,
  // Secrets and personal data sent encoded (base64, base64url, hex, `\x`/`\u` escapes): decoded and scanned, reported whole.
  ...ENCODED_RUN_DETECTORS,
  // Round r63 (blind set 63: data pipelines and CDC): Vietnamese names in rows, customer keys and Singer escapes, UK and ABA bank rows,
  // spaced NINOs, DNI and birth-date cells, warehouse date-parse errors, spark-defaults/Flink/SecureString secrets.
  ...PIPELINES_R63_DETECTORS,
  // Round r65 (blind set 65: commerce platforms and messaging providers): keys named as failed in errors, token box rows, eBay tokens
  // and Cert IDs, Ably keys, Postmark SMTP usernames, Authorize.Net and Apple app-specific keys, taxvat ids, UK bank pairs, bracketed bank forms, one-word streets, Vietnamese-lettered names.
  ...COMMERCE_R65_DETECTORS,
  // Round r62 (blind set 62: API clients' integration tests, cassettes, CI logs): names in fixtures, diffs, seeds, prompts and stub logs,
  // Vietnamese family names, short Datadog keys, vendor-labelled hex secrets, bare PayPal secrets, HMAC/Basic labels, passwords with spaces.
  ...CITESTS_R62_DETECTORS,
  // Round r64 (blind set 64: identity, SSO and user provisioning): names under display-name keys, in attribute lists, LDAP DNs, before a mailbox,
  // on embossing lines; birth dates in attribute arrays and provisioning logs; Workday national ids; deposit accounts; bind, agent, TOTP and Keycloak secrets.
  ...IDENTITY_R64_DETECTORS,
  // Fixes after blind set 67 (accounting and billing integrations): EINs under tax-id keys, Sage Intacct session ids, OAuth 1.0a signing keys.
  ...FIXES_S67_DETECTORS,
  // Round r67 (blind set 67: accounting and billing integrations): JWE tokens, Brex tokens, Plaid secrets, Bill.com sessions, remember-me tokens,
  // indented NACHA records, bank fields in table rows and CSV columns, VAT/EIN under tax keys, names under bank and payroll keys.
  ...ACCOUNTING_R67_DETECTORS,
  ...ACCOUNTING_R67B_DETECTORS,
  // Round r66 (blind set 66: internal APIs, API gateways, service mesh): gRPC metadata maps, name/value Authorization schemes, Apigee trace XML,
  // Tyk and NGINX Plus keyval keys, APIM keys, signer keys; names, DOBs, SSNs in validation echoes; account/routing pairs; digest counter keys and signatures as no secrets.
  ...GATEWAYS_R66_DETECTORS,
  // Round r69 (blind set 69: KYC/KYB/AML and e-signature): DocuSign/Adobe Sign tokens, Guzzle auth arrays, keys in HMAC debug lines, SecretStr values,
  // Middesk/Persona/Socure keys, CoP and Brazilian accounts, Pix CPFs, postcodes, names in KYC payloads, MRZs, AAMVA and card OCR; Alloy/Jumio ids and request HMACs public.
  ...KYC_R69_DETECTORS,
  ...KYC_NAMES_R69_DETECTORS,
  ...KYC_OCR_R69_DETECTORS,
  // Round r68 (blind set 68: mobile and app backends): user-name keys, CLI attribute shorthand, DynamoDB bank fields, keychain and Supabase CLI
  // passwords, bare trip positions, Auth0 refresh tokens, Terraform plan and Actions debug secrets, secrets objects, SSM paths, fastlane, RevenueCat.
  ...MOBILE_R68_DETECTORS,
  // Round r71 (blind set 71: legacy enterprise integration): mainframe FTP, Connect:Direct, Camel RAW, machine keys, shell-trace stdin,
  // database CLI, wallet, JCL, RACF and EBICS passwords, ACH/BAI2/positive-pay/SPEI fields, X12 and EDIFACT segments, escaped XML.
  ...LEGACY_R71_DETECTORS,
  // Round r70 (blind set 70: payroll, benefits and tax filing): pay under compensation keys and columns, NACHA/BACS/CPA-005/BECS record
  // fields, contribution and EFW2 records; GovTalk, Vertex, CRA, Avalara, TaxJar and Modern Treasury secrets; names under HR keys.
  ...PAYROLL_R70_DETECTORS,
  ...PAYROLL_R70_KEY_DETECTORS,
  // Round r72 (blind set 72: mainstream providers' documented formats): login-call passwords, provider-named key maps, Zendesk email/token pairs,
  // names under compound full-name keys and after CRM nouns, month/day birthdays, form Q&A answers, billing `number` cards, prose client secrets.
  ...PROVIDERS_R72_DETECTORS,
  // Round r74 (blind set 74: database, ORM, cache and search errors): values paired with columns named in a separate list (`Key (…)=(…)`,
  // ORM parameter lists, values_list tuples, COPY data, fixed-width tables, session-store rows, search queries), DynamoDB and Sanctum tokens.
  ...DATABASE_R74_DETECTORS,
  ...DATABASE_R74_ROW_DETECTORS,
  ...DATABASE_R74_PEOPLE_DETECTORS,
  ...DATABASE_R74_DOC_DETECTORS,
  // Round r73 (blind set 73: global integration logs): cookie files, session ids, HSM PINs, rotation values, courier/Loqate/Personio keys,
  // prose passwords, UUID webhook keys; names in any script and under CJK labels, CSV/SQL-bind names, CSV cards, RFCs, phone extensions.
  ...GLOBAL_R73_DETECTORS,
  // Round r77 (blind set 77: the long tail of API providers): Convex deploy keys, Split authorizationKey, noted keys (`dbPassword (secret) = …`),
  // prose passwords and hex secrets, Stream/Recurly/Mixpanel/Uploadcare/Stytch secrets, signed media URLs, CLI tokens; names beside IBANs,
  // phones, role nouns and party keys, name objects, cvv_number, SSN last four, account_identifiers.
  ...PROVIDERS_R77_DETECTORS,
  ...PROVIDERS_R77_PEOPLE_DETECTORS,
  // Round r75 (blind set 75: hostile bodies and every encoding): secrets, names and bank numbers in HTML key/value cells, quoted
  // header-less bank rows, harvester-proof e-mail addresses; shell '"'"' quoting, CSV doubled quotes, SSM SecureStrings, AUTH commands,
  // HTML form fields, multipart name fields; mixed-separator cards, prose CVCs, compound SSN keys, underscored names, SCIM filters. (The decoding side of the round is in src/ingest/decoded-view.ts.)
  ...ENCODINGS_R75_DETECTORS,
  ...ENCODINGS_R75B_DETECTORS,
  ...ENCODINGS_R75C_DETECTORS,
  // Round r76 (blind set 76: localized and non-English logs of global integrations): passwords, keys, tokens and sessions under
  // labels in other languages and scripts with qualifiers (`MOT_DE_PASSE_BDD=`, `klucz API (raportów)=`, `APIキー＝`, `카카오 토큰:`).
  ...LOCALIZED_R76_DETECTORS,
  // Round r76p (blind set 76: localized logs of global integrations, personal and financial): names under labels in ~25 languages,
  // after role words in prose, in \uXXXX-escaped JSON and percent-encoded forms.
  ...NAMES_R76P_DETECTORS,
  // CBUs, account numbers under labels beyond Latin-1, BLZ beside Kontonummer, agência beside conta.
  ...ACCOUNTS_R76P_DETECTORS,
  // National ids under native labels and beside their type, phones and birth dates under native labels, values under escaped keys.
  ...IDS_R76P_DETECTORS,
  ...CONTACT_R76P_DETECTORS,
  // Round r78 (blind set 78: SaaS and payment API objects in integration error logs): names and street lines under bracketed form keys,
  // Basic-auth users printed in plain, national ids under nin/TaxIdentifier, romaji chome and AU unit addresses, BR mobiles, DocuSign phones.
  ...PROVIDERS_R78_DETECTORS,
  // Round r80 (blind set 80: observability and security pipelines): secrets in OTel/Jaeger attributes and \x22-escaped bodies,
  // quoted passphrases, Cloudflare tokens in its logs; party account keys; names before accounts, phones and under contact keys.
  ...PIPELINES_R80_DETECTORS,
  // Lead round l82 (outside probes): a name in prose without a label, its first word a common given name, after a word naming a
  // person (`for user Kenji Okafor`), after a greeting, or right before the person's own phone or e-mail in brackets.
  ...GIVEN_NAMES_L82_DETECTORS,
  // Round r83 (blind set 83: cloud platforms' own logs and audit trails): account / routing pairs under an account key, Terraform
  // random_password results and Cloudflare token values in state, `geb=` birth dates, codes in verification links, Checkout Session ids.
  ...CLOUDLOGS_R83_DETECTORS,
  // Names as AWS SSO role session names, under debug user headers and Azure caller claims, and before a street address in one value.
  ...CLOUDNAMES_R83_DETECTORS,
  // Round r81 (blind set 81: mobile apps and web front ends): secrets in Android string elements, keychain dumps, Swift optionals,
  // browser globals and bare session keys; names in SharedPreferences, before a phone, in payment messages, billed-to lines, wrapped attributes.
  ...MOBILE_R81_DETECTORS,
  ...PEOPLE_R81_DETECTORS,
  // Lead round l84 (blind set 82 at a fresh seed): a password with punctuation written bare in a record of unquoted fields (Go `%+v`).
  ...FIELD_RUNS_L84_DETECTORS,
  // Lead round l85 (blind set 82 at a fresh seed): full names under bare `name`/`holder` keys, base64 `user:password` under `authorization`.
  ...NAME_KEYS_L85_DETECTORS,
  // Lead round l86 (blind set 79 at a fresh seed): session ids under session and cookie keys of any convention and framework.
  ...SESSION_KEYS_L86_DETECTORS,
  // Names under first/last/full-name keys in any convention and separator, alone as well as in a record.
  ...PERSON_KEYS_L86_DETECTORS,
  // Bank account and routing numbers and card codes under keys naming them, in any convention and container.
  ...BANK_KEYS_L86_DETECTORS,
  // Round l86 (blind set 85: support desks and inbound e-mail): mailbox display names, names beside their own mailbox, sign-offs in ten languages.
  ...MAIL_NAMES_L86_DETECTORS,
  // Passwords and card codes in customers' prose in ten languages (`Mi contraseña es …`, `código 2339`).
  ...PROSE_SECRETS_L86_DETECTORS,
  // A customer's number as WhatsApp Cloud API webhooks give it (`wa_id`, a message's `from`).
  ...WHATSAPP_L86_DETECTORS,
  // Round l87 (blind set 85): a Crisp plugin token's key beside its identifier.
  ...CRISP_L87_DETECTORS,
  // Round l87 (blind set 86): LDAP password hashes, password-manager concealed fields, reset links, LDAP bind arguments, CyberArk CCP.
  ...IDENTITY_L87_DETECTORS,
  // Round l87 (blind set 87): routing numbers under Workday's Bank_ID in a payment election.
  ...PAYROLL_L87_DETECTORS,
  // Lead round l88: people's names written family name first under a person or name key (`worker: Nguyễn, Hoa`).
  ...INVERTED_NAMES_L88_DETECTORS,
  // Names as the value of a field object whose label names a person, and in key/value table rows (`vault kv get`).
  ...FIELD_OBJECTS_L88_DETECTORS,
  // Round l88 (blind set 88: config files): Composer auth.json tokens, a printed Rails master key, secret-named output values.
  ...CONFIG_FILES_L88_DETECTORS,
  // git blame authors, PgBouncer userlist.txt passwords.
  ...DEVTOOLS_L88_DETECTORS,
  // Names and bank numbers in space-aligned tables under a header naming them (direct-deposit registers).
  ...ALIGNED_L88_DETECTORS,
  // Round l88 (blind set 89: travel): PNRGOV traveller names and frequent-flyer numbers.
  ...TRAVEL_L88_DETECTORS,
]);
// Console tables are read as records and scanned with the built-in personal and financial detectors.
setConsoleTableDetectors(DEFAULT_DETECTORS);

/** The built-in detectors with private, loopback and link-local IPv4 addresses reported (`scan.private_ips: report`). */
export const DETECTORS_REPORTING_PRIVATE_IPS: readonly Detector[] = Object.freeze(
  DEFAULT_DETECTORS.map((d) => (d.id === 'ipv4-address' ? ipv4Detector('report') : d)),
);

export { TEST_CARD_NUMBERS } from './financial';
export { isPrivateIpv4 } from './personal';

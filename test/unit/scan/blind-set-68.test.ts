import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet68 } from '../../helpers/blind-set-68';
import { formatOk68 } from '../../helpers/blind-set-68-format';

/** Sealed blind set 68: mobile and app backends as their failures reach an alert — Firebase (Auth, Firestore, Cloud Functions logs, Admin SDK service accounts, FCM), Supabase (PostgREST errors, service_role keys, GoTrue logs), AWS Amplify/AppSync/Cognito, RevenueCat, App Store Server API / receipts and Google Play Developer API, Expo/APNs/FCM/OneSignal push errors, Branch/AppsFlyer/Adjust postbacks, Auth0/Clerk sign-ins, crash and session reports, mobile API gateways and the CI/config dumps around them, carrying server keys, service-role keys, p8/PKCS#8/p12 keys, refresh tokens, passwords and users' names, emails, phones, addresses, birth dates, national ids, cards, IBANs, bank accounts and precise locations; seed 1: 600 positives from 120 templates, 1660 values (870 credential, 570 personal, 220 financial), 168 negatives from 42 templates. *
 * First sight (lead, 2026-12-06 22:20 UTC, on the build after rounds r60–r65 and the encoded-run rules, nothing aimed at it):
 * seeds 1–3 93.5–93.6 % of values fully covered (credential 92.4–92.5 %, personal 94.2–94.7 %, financial 95.5 %), 0 % of negatives flagged.
 * After round r68 (13 detectors, src/scan/detectors/mobile-r68.ts): seeds 1–3 98.6–98.8 % (credential 98.9 %, personal 97.5–98.2 %,
 * financial 100 %), 0 % flagged; left: p8/PKCS#8 keys counted with their file's trailing line end (`private-key` stops at `-----END
 * PRIVATE KEY-----`; taking the line end would join the next line to the marker in every redaction path), IPv6 values of seven groups
 * without `::` (not an address), names with combining tone marks (`Adébáyọ̀`), one-word German streets after the number
 * (`869 Schillerstraße`), Brazilian addresses after a US-style street (`…, São Paulo - SP, 01310-100`). Floors under it.
 */
describeBlindSet({ n: 68, build: buildBlindSet68, formatOk: formatOk68, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.985, minByGroup: { credential: 0.985, personal: 0.97, financial: 0.995 }, maxFlagged: 0.005 });

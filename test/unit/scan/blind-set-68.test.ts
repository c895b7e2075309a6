import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet68 } from '../../helpers/blind-set-68';
import { formatOk68 } from '../../helpers/blind-set-68-format';

/** Sealed blind set 68: mobile and app backends as their failures reach an alert — Firebase (Auth, Firestore, Cloud Functions logs, Admin SDK service accounts, FCM), Supabase (PostgREST errors, service_role keys, GoTrue logs), AWS Amplify/AppSync/Cognito, RevenueCat, App Store Server API / receipts and Google Play Developer API, Expo/APNs/FCM/OneSignal push errors, Branch/AppsFlyer/Adjust postbacks, Auth0/Clerk sign-ins, crash and session reports, mobile API gateways and the CI/config dumps around them, carrying server keys, service-role keys, p8/PKCS#8/p12 keys, refresh tokens, passwords and users' names, emails, phones, addresses, birth dates, national ids, cards, IBANs, bank accounts and precise locations; seed 1: 600 positives from 120 templates, 1660 values (870 credential, 570 personal, 220 financial), 168 negatives from 42 templates. *
 * First sight (lead, 2026-12-06 22:20 UTC, on the build after rounds r60–r65 and the encoded-run rules, nothing aimed at it):
 * seeds 1–3 93.5–93.6 % of values fully covered (credential 92.4–92.5 %, personal 94.2–94.7 %, financial 95.5 %), 0 % of negatives flagged. Floors under it.
 */
describeBlindSet({ n: 68, build: buildBlindSet68, formatOk: formatOk68, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.93, minByGroup: { credential: 0.92, personal: 0.94, financial: 0.95 }, maxFlagged: 0.005 });

import { describeBlindSet } from '../../helpers/blind-set-suite';
import { buildBlindSet35 } from '../../helpers/blind-set-35';
import { formatOk35 } from '../../helpers/blind-set-35-format';

/**
 * Sealed blind set 35: games, media, streaming and creator platforms (game backends and stores, live-ops and streaming, media/CDN/DRM, creator payouts and tax forms, player support, crash telemetry, build farm); seeds 1-3 each: 572 positives, 2,325 values (1,212 credential, 792 personal, 321 financial), 190 negatives.
 *
 * First sight (lead, 2026-12-06 00:05 UTC, main 98c4741, 859 detectors): seeds 1–3 79.1–79.3 % covered (credential 78.0–78.4,
 * personal 74.4–75.1, financial 94.4), 0 % flagged.
 * After round r35 (891 detectors: Steam Web API keys and auth tickets, Agora certificates, DRM keys, SoundCloud, Backtrace,
 * Perforce, JKS, Unity, PayPal pairs, scheme-less DB addresses; RTMP/field/OBS stream keys, k8s stringData, header keys and
 * sessions, `/P:` and steamcmd passwords, labelled webhook secrets, prose passwords; names under owner/contact/player/holder
 * labels, in prose, mailboxes, payout notes and Connect forms, form SSNs, quoted NACHA entries; SteamID64s, app ids, video
 * ids, bare hosts and masked keys kept clean): seeds 1–5 99.5–99.9 % covered (credential 99.9–100.0, personal 98.7–99.6,
 * financial 100.0), 0.0 % flagged.
 */
describeBlindSet({ n: 35, build: buildBlindSet35, formatOk: formatOk35, minSize: { positives: 450, values: 1400, negatives: 160 }, minCovered: 0.993, minByGroup: { credential: 0.997, personal: 0.985, financial: 0.995 }, maxFlagged: 0.01 });

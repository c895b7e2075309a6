import { B62, DIG, LOWER, UPPER, type Rng, type Sample } from './sample-rng';

/**
 * Round r76 (blind set 76: localized and non-English logs of global integrations): a sample for each of the round's
 * detectors (see generators.ts), in contexts of our own, values drawn from the sample generator.
 */

const mixed = (r: Rng, n: number): string => `${r.str(UPPER, 2)}${r.str(LOWER, 2)}${r.str(DIG, 2)}${r.str(B62, n - 6)}`;

/** Samples of the round-r76 detectors, keyed by detector id. */
export const R76_SAMPLES: Record<string, (r: Rng) => Sample> = {
  'localized-secret-label': (r) => ['# Umgebung des Exporters\nEXPORT_ZIEL=sftp.example.de\nSCHLUESSEL_SFTP_EXPORT=', mixed(r, 32), '\nEXPORT_INTERVALL=15m'],
  'native-secret-label': (r) => ['【通知】バッチ設定の読み込み結果：接続先＝sftp.example.jp　暗号化キー＝', mixed(r, 32), '　再試行回数＝3'],
};

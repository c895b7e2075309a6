import type { Detector } from '../detector';
import { prefixedToken } from './prefixed-token';

/** [id, name, prefix(es), body pattern, remediation, test prefix] of each vendor format below. */
type Row = readonly [string, string, string | readonly string[], string, string, RegExp?];

/** Published prefixes (GitHub secret scanning's provider list, the vendors' docs) that were found only under secret key names. */
const ROWS: readonly Row[] = [
  ['ionic-token', 'Ionic (Appflow) personal access token', 'ion_', '[A-Za-z0-9]{42}', 'Revoke this Ionic personal access token (Appflow > Personal settings > Personal access tokens)'],
  ['lichess-token', 'Lichess API access token', 'lip_', '[A-Za-z0-9]{16,24}', 'Revoke this Lichess token (Preferences > API access tokens)'],
  ['pinterest-token', 'Pinterest access or refresh token', ['pina_', 'pinr_'], '[A-Za-z0-9]{60,140}', 'Revoke this Pinterest token (developer apps > your app > revoke, or the user\'s connected apps) and re-authorize'],
  ['pangea-token', 'Pangea service token', 'pts_', '[a-z0-9]{32}', 'Rotate this Pangea token (Pangea console > Project settings > Tokens)'],
  ['trigger-dev-key', 'Trigger.dev secret key or personal token', ['tr_prod_', 'tr_stg_', 'tr_dev_', 'tr_pat_'], '[A-Za-z0-9]{20,40}', 'Regenerate this Trigger.dev key (Project > API keys) and update the environment that uses it', /^tr_dev_/],
  ['onfido-api-token', 'Onfido API token', ['api_live.', 'api_live_us.', 'api_live_ca.', 'api_sandbox.'], '[A-Za-z0-9_-]{11}\\.[A-Za-z0-9_-]{32}', 'Revoke this Onfido API token (Dashboard > Developers > Tokens) and create a new one', /^api_sandbox\./],
  ['xata-api-key', 'Xata API key', 'xau_', '[A-Za-z0-9]{32,40}', 'Delete this Xata API key (Account settings > Personal API keys) and create a new one'],
];

/** Round gh28: further published-prefix tokens found bare (Ionic, Lichess, Pinterest, Pangea, Trigger.dev, Onfido, Xata). */
export const PREFIXED_TOKEN_GH28_DETECTORS: readonly Detector[] = ROWS.map(([id, name, prefix, body, remediation, testPrefix]) =>
  prefixedToken({ id, name, prefix, body, remediation, ...(testPrefix ? { testPrefix } : {}) }),
);

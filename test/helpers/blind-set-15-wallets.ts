import { base58check, base58Ok, bech32Address as bech32Of, bech32Ok } from './blind-set-9-crypto';
import type { Rng15 } from './blind-set-15-types';

/** A Base58Check address: version byte plus a random 20-byte hash (BTC `1…`/`3…`, Tron `T…`). */
export const base58Address = (r: Rng15, version: number): string => base58check(version, r.bytes(20));

/** A bech32 segwit v0 address (`bc1q…` for a 20-byte hash, `ltc1q…` with hrp ltc). */
export const bech32Address = (r: Rng15, hrp = 'bc', bytes = 20): string => bech32Of(r.bytes(bytes), hrp);

export { base58Ok, bech32Ok };

/** An Ethereum address in lower case (valid without an EIP-55 mixed-case checksum). */
export const ethAddress = (r: Rng15): string => '0x' + r.hex(40);

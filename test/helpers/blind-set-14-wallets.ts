import { base58check, base58Ok, bech32Address, bech32Ok } from './blind-set-9-crypto';
import type { Rng9 } from './blind-set-9-rng';

/** A Bitcoin base58check address (version 0x00 P2PKH or 0x05 P2SH). */
export const btcLegacy = (r: Rng9): string => base58check(r.pick([0, 5]), r.bytes(20));

/** True when a base58check address's checksum holds (25 bytes: 26-35 characters). */
export const btcLegacyOk = (s: string): boolean => s.length >= 26 && s.length <= 35 && base58Ok(s);

/** A bech32 (segwit v0, 20-byte program) address for `hrp` (`bc`, `ltc`). */
export const bech32Addr = (r: Rng9, hrp = 'bc'): string => bech32Address(r.bytes(20), hrp);

export { bech32Ok };

/** An Ethereum address in lower case (valid without an EIP-55 mixed-case checksum). */
export const ethAddr = (r: Rng9): string => '0x' + r.hex(40);

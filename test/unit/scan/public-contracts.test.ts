import { describe, expect, it } from 'vitest';
import { createScanner, isLeak } from '../../../src/scan/index';
import { isPublicContract } from '../../../src/scan/public-contracts';

const scanner = createScanner();
const leaks = (text: string) => scanner.scan(text).filter(isLeak);

describe('well-known public contracts are not wallets', () => {
  it('knows the contracts in any case, with or without 0x', () => {
    expect(isPublicContract('0xdAC17F958D2ee523a2206206994597C13D831ec7')).toBe(true);
    expect(isPublicContract('dac17f958d2ee523a2206206994597c13d831ec7')).toBe(true);
    expect(isPublicContract('0XA0B86991C6218B36C1D19D4A2E9EB0CE3606EB48')).toBe(true);
    expect(isPublicContract('0xdAC17F958D2ee523a2206206994597C13D831ec8')).toBe(false);
  });

  it('does not flag the USDT or USDC contract in a payment log, lowercase or checksummed', () => {
    expect(leaks('{"event":"transfer_failed","token":"USDT","contract":"0xdac17f958d2ee523a2206206994597c13d831ec7","reason":"insufficient allowance"}')).toEqual([]);
    expect(leaks('erc20 approve to=0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48 via router 0x7a250d5630B4cF539739dF2C5dAcb4c659F2488D reverted')).toEqual([]);
    expect(leaks('wallet_address=dac17f958d2ee523a2206206994597c13d831ec7')).toEqual([]);
  });

  it('still finds a customer wallet beside a public contract', () => {
    const wallet = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed';
    const text = `payout failed: token 0xdAC17F958D2ee523a2206206994597C13D831ec7 to ${wallet}`;
    const found = leaks(text).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual([wallet]);
  });
});

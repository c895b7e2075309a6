/**
 * Smart contracts everyone transacts with: stablecoin and wrapped-token contracts, DEX routers,
 * marketplaces and registries on Ethereum and the EVM chains payment integrations use (Polygon,
 * BNB Chain, Arbitrum, Base). Their addresses appear in every on-chain payment log (`to`,
 * `contract`, `token`) and identify no customer, so they are not reported as wallets.
 * Lowercase hex without `0x`.
 */
const PUBLIC_CONTRACTS = new Set([
  'dac17f958d2ee523a2206206994597c13d831ec7', // USDT (Ethereum)
  'a0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', // USDC (Ethereum)
  '6b175474e89094c44da98b954eedeac495271d0f', // DAI
  'c02aaa39b223fe8d0a0e5c4f27ead9083c756cc2', // WETH
  '2260fac5e5542a773aa44fbcfedf7c193bc2c599', // WBTC
  '514910771af9ca656af840dff83e8264ecf986ca', // LINK
  '1f9840a85d5af5bf1d1762f925bdaddc4201f984', // UNI
  '95ad61b0a150d79219dcf64e1e6cc01f0b64c4ce', // SHIB
  'ae7ab96520de3a18e5e111b5eaab095312d7fe84', // stETH
  '7d1afa7b718fb893db30a3abc0cfc608aacfebb0', // MATIC (Ethereum)
  '7a250d5630b4cf539739df2c5dacb4c659f2488d', // Uniswap V2 router
  'e592427a0aece92de3edee1f18e0157c05861564', // Uniswap V3 swap router
  '00000000000c2e074ec69a0dfb2997ba6c7d2e1e', // ENS registry
  '00000000000000adc04c56bf30ac9d3c0aaf14dc', // Seaport 1.5
  '2791bca1f2de4661ed88a30c99a7a9449aa84174', // USDC.e (Polygon)
  'c2132d05d31c914a87c6611c10748aeb04b58e8f', // USDT (Polygon)
  '55d398326f99059ff775485246999027b3197955', // USDT (BNB Chain)
  'e9e7cea3dedca5984780bafc599bd69add087d56', // BUSD (BNB Chain)
  'af88d065e77c8cc2239327c5edb3a432268e5831', // USDC (Arbitrum)
  '833589fcd6edb6e08f4c7c32d4f71b54bda02913', // USDC (Base)
]);

/** True when `hex` (40 hex digits, with or without `0x`, any case) is a well-known public contract. */
export function isPublicContract(hex: string): boolean {
  return PUBLIC_CONTRACTS.has((hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex).toLowerCase());
}

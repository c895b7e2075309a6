import { base58check, mnemonicFrom } from './blind-set-33-checks';
import { host, level, ts } from './blind-set-33-noise';
import { B62, B64, type Rng33 } from './blind-set-33-rng';
import { password, pem, type Template33 } from './blind-set-33-values';

/** A WIF private key (compressed or not). */
export function wif(r: Rng33): string {
  const compressed = r.next() < 0.7;
  return base58check(Buffer.concat([Buffer.from([0x80]), r.bytes(32), compressed ? Buffer.from([1]) : Buffer.alloc(0)]));
}

/** A BIP-32 extended key: private (xprv/tprv) or public (xpub). */
export function extendedKey(r: Rng33, kind: 'xprv' | 'xpub' | 'tprv'): string {
  const version = { xprv: '0488ade4', xpub: '0488b21e', tprv: '04358394' }[kind];
  const key = kind === 'xpub' ? Buffer.concat([Buffer.from([r.pick([2, 3])]), r.bytes(32)]) : Buffer.concat([Buffer.alloc(1), r.bytes(32)]);
  return base58check(Buffer.concat([Buffer.from(version, 'hex'), Buffer.from([r.int(0, 4)]), r.bytes(4), r.bytes(4), r.bytes(32), key]));
}

/** A BIP-39 mnemonic of 12 or 24 words with a valid checksum. */
export function mnemonic(r: Rng33, words?: 12 | 24): string {
  return mnemonicFrom(r.bytes((words ?? r.pick([12, 24] as const)) === 12 ? 16 : 32));
}

/** Crypto exchanges and custody: exchange API key pairs, mnemonics, WIF/xprv/raw keys, keystores, Fireblocks, RPC URLs. */
export const CRYPTO_TEMPLATES: readonly Template33[] = [
  {
    area: 'crypto', name: 'binance-ccxt',
    make: (c, r) => `ccxt.base.errors.AuthenticationError: binance {"code":-2015,"msg":"Invalid API-key, IP, or permissions for action."}\n  exchange = ccxt.binance({'apiKey': '${c.c('binance-api-key', r.b62(64))}', 'secret': '${c.c('binance-secret-key', r.b62(64))}', 'options': {'defaultType': 'spot'}})\n  symbol=BTC/USDT side=sell amount=${r.int(1, 90) / 100}`,
  },
  {
    area: 'crypto', name: 'coinbase-cdp-key-json',
    make: (c, r) => {
      const key = pem(r, 'EC PRIVATE KEY', 'MHcCAQEEI', 87).replace(/\n/g, '\\n');
      return `${ts(r)} ${level(r)} treasury-rebalancer: coinbase advanced 401 Unauthorized\n  loaded cdp_api_key.json: {"name":"organizations/${r.uuid()}/apiKeys/${r.uuid()}","privateKey":"${c.c('coinbase-cdp-private-key', key + '\\n')}"}`;
    },
  },
  {
    area: 'crypto', name: 'coinbase-exchange-headers',
    make: (c, r) => `GET /accounts HTTP/1.1\nHost: api.exchange.coinbase.com\nCB-ACCESS-KEY: ${c.c('coinbase-exchange-key', r.hex(32))}\nCB-ACCESS-SIGN: ${r.b64(32)}\nCB-ACCESS-TIMESTAMP: ${1760000000 + r.int(0, 9e6)}\nCB-ACCESS-PASSPHRASE: ${c.c('coinbase-exchange-passphrase', r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 11))}\n# signing secret from vault path secret/cbx: ${c.c('coinbase-exchange-secret', r.b64(64))}`,
  },
  {
    area: 'crypto', name: 'kraken-env',
    make: (c, r) => `export KRAKEN_API_KEY="${c.c('kraken-api-key', r.chars(B64, 56))}"\nexport KRAKEN_PRIVATE_KEY="${c.c('kraken-private-key', r.b64(64))}"\n# kraken: EAPI:Invalid nonce (nonce=${Date.UTC(2026, 0, 1) + r.int(0, 9e8)})`,
  },
  {
    area: 'crypto', name: 'bitstamp-okx-yaml',
    make: (c, r) => `exchanges:\n  bitstamp:\n    key: ${c.c('bitstamp-api-key', r.b62(32))}\n    secret: ${c.c('bitstamp-api-secret', r.b62(32))}\n  okx:\n    apiKey: ${c.c('okx-api-key', r.uuid())}\n    secretKey: ${c.c('okx-secret-key', r.hex(32).toUpperCase())}\n    passphrase: "${c.c('okx-passphrase', password(r))}"\n# error: okx 50113 Invalid Sign on ${host(r, 'mm-bot')}`,
  },
  {
    area: 'crypto', name: 'bybit-gemini-cli',
    make: (c, r) => `$ ./settle --venue bybit --api-key ${c.c('bybit-api-key', r.b62(18))} --api-secret ${c.c('bybit-api-secret', r.b62(36))} --dry-run=false\nretCode=10003 retMsg="API key is invalid."\n$ ./settle --venue gemini --key account-${c.c('gemini-api-key', r.b62(20))} --secret ${c.c('gemini-api-secret', r.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 28))}\nInvalidSignature`,
  },
  {
    area: 'crypto', name: 'mnemonic-in-exception', draws: 10,
    make: (c, r) => {
      const m = c.c('bip39-mnemonic', mnemonic(r));
      return r.pick([
        `Error: invalid mnemonic length for derivation path m/44'/60'/0'/0/${r.int(0, 9)}\n    at HDNodeWallet.fromPhrase (ethers/lib.commonjs/wallet/hdwallet.js:${r.int(100, 900)})\n    seed phrase: "${m}"`,
        `WALLET_MNEMONIC='${m}'\nWALLET_DERIVATION_PATH=m/84'/0'/0'`,
        `{"level":"fatal","msg":"hot wallet bootstrap failed","config":{"chain":"bitcoin","mnemonic":"${m}","passphrase":""}}`,
      ]);
    },
  },
  {
    area: 'crypto', name: 'wif-import',
    make: (c, r) => `bitcoin-cli importprivkey "${c.c('wif-private-key', wif(r))}" "hot-${r.int(1, 9)}" false\nerror code: -4\nerror message:\nWallet is currently rescanning. Abort existing rescan or wait.`,
  },
  {
    area: 'crypto', name: 'xprv-config',
    make: (c, r) => `custody-signer: refusing to start, key not in HSM\n  signer.toml -> [hot]\n  xprv = "${c.c('bip32-xprv', extendedKey(r, r.pick(['xprv', 'tprv'])))}"\n  xpub = "${extendedKey(r, 'xpub')}"\n  gap_limit = 20`,
  },
  {
    area: 'crypto', name: 'raw-hex-private-key',
    make: (c, r) => {
      const k = c.c('eth-private-key', `${r.pick(['0x', ''])}${r.hex(64)}`);
      return `${ts(r)} ${level(r)} payout-signer: nonce too low (tx 0x${r.hex(64)})\n  from=0x${r.hex(40)} to=0x${r.hex(40)} value=${r.int(1, 9e6)}gwei\n  PRIVATE_KEY=${k}`;
    },
  },
  {
    area: 'crypto', name: 'eth-keystore',
    make: (c, r) => `keystore decrypt failed (wrong password) for UTC--${ts(r).replace(/:/g, '-')}--${r.hex(40)}\n{"address":"${r.hex(40)}","crypto":{"cipher":"aes-128-ctr","ciphertext":"${c.c('keystore-ciphertext', r.hex(64))}","cipherparams":{"iv":"${r.hex(32)}"},"kdf":"scrypt","kdfparams":{"dklen":32,"n":262144,"p":1,"r":8,"salt":"${r.hex(64)}"},"mac":"${r.hex(64)}"},"id":"${r.uuid()}","version":3}\npassword tried: ${c.c('keystore-password', password(r))}`,
  },
  {
    area: 'crypto', name: 'fireblocks-secret',
    make: (c, r) => `fireblocks-sdk: Error: secretOrPrivateKey must be an asymmetric key when using RS256\n  FIREBLOCKS_API_KEY=${c.c('fireblocks-api-key', r.uuid())}\n  FIREBLOCKS_SECRET=${c.c('fireblocks-secret-pem', pem(r, 'PRIVATE KEY', 'MIIJQgIBADANBgkqhkiG9w0BAQEFAASCCSwwggkoAgEAAoICAQ', 1700))}\n  vault_account=${r.int(0, 40)} asset=USDC_ETH`,
  },
  {
    area: 'crypto', name: 'rpc-urls',
    make: (c, r) => {
      const line = r.pick([
        () => `ALCHEMY_URL=https://eth-mainnet.g.alchemy.com/v2/${c.c('alchemy-api-key', r.chars(B62 + '_-', 32))}`,
        () => `INFURA_URL=https://mainnet.infura.io/v3/${c.c('infura-project-id', r.hex(32))}`,
        () => `QUICKNODE_URL=https://${r.pick(['wild', 'silent', 'rough'])}-${r.pick(['dawn', 'cold', 'young'])}-${r.pick(['pond', 'moon', 'leaf'])}.solana-mainnet.quiknode.pro/${c.c('quicknode-token', r.hex(40))}/`,
      ]);
      const other = r.pick([
        () => `POLYGON_RPC=https://polygon-mainnet.g.alchemy.com/v2/${c.c('alchemy-api-key', r.chars(B62 + '_-', 32))}`,
        () => `ARB_RPC=https://arbitrum-mainnet.infura.io/v3/${c.c('infura-project-id', r.hex(32))}`,
      ]);
      return `rpc health check failed: 429 Too Many Requests (${r.int(2, 40)} providers down)\n${line()}\n${other()}\nFALLBACK_RPC=https://cloudflare-eth.com`;
    },
  },
];

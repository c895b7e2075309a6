import type { Rng88 } from './blind-set-88-rng';
import type { Negative88 } from './blind-set-88-types';

const uuid = (r: Rng88): string => `${r.hex(8)}-${r.hex(4)}-4${r.hex(3)}-${r.pick(['8', '9', 'a', 'b'])}${r.hex(3)}-${r.hex(12)}`;
const pkg = (r: Rng88): string => r.pick(['lodash', 'chalk', 'semver', 'debug', 'ms', 'yargs', 'picomatch', 'minimist', 'zod', 'undici']);
const ver = (r: Rng88): string => `${r.int(0, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`;

/** Lockfiles, hashes, ids, public keys and certificates: high-entropy but not secret. */
export const NEG_A: readonly Negative88[] = [
  {
    name: 'package-lock',
    make: (r) => {
      const n = pkg(r);
      const v = ver(r);
      return `    "node_modules/${n}": {\n      "version": "${v}",\n      "resolved": "https://registry.npmjs.org/${n}/-/${n}-${v}.tgz",\n      "integrity": "sha512-${r.b64(64)}",\n      "dev": true\n    },`;
    },
  },
  {
    name: 'yarn-lock',
    make: (r) => {
      const n = pkg(r);
      const v = ver(r);
      return `${n}@^${v}:\n  version "${v}"\n  resolved "https://registry.yarnpkg.com/${n}/-/${n}-${v}.tgz#${r.hex(40)}"\n  integrity sha512-${r.b64(64)}\n`;
    },
  },
  {
    name: 'go-sum',
    make: (r) =>
      Array.from({ length: 3 }, () => {
        const m = `github.com/${r.pick(['spf13', 'stretchr', 'google', 'rs'])}/${r.pick(['cobra', 'testify', 'uuid', 'zerolog'])} v${ver(r)}`;
        return `${m} h1:${r.b64(32)}\n${m}/go.mod h1:${r.b64(32)}`;
      }).join('\n'),
  },
  {
    name: 'cargo-lock',
    make: (r) =>
      `[[package]]\nname = "${r.pick(['serde', 'tokio', 'anyhow', 'regex'])}"\nversion = "${ver(r)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n`,
  },
  {
    name: 'poetry-lock',
    make: (r) =>
      `[[package]]\nname = "${r.pick(['requests', 'urllib3', 'idna', 'certifi'])}"\nversion = "${ver(r)}"\nfiles = [\n    {file = "pkg-${ver(r)}-py3-none-any.whl", hash = "sha256:${r.hex(64)}"},\n    {file = "pkg-${ver(r)}.tar.gz", hash = "sha256:${r.hex(64)}"},\n]\n`,
  },
  {
    name: 'git-shas',
    make: (r) =>
      Array.from(
        { length: r.int(3, 6) },
        () =>
          `${r.hex(7)} ${r.pick(['fix: retry on 502', 'chore(deps): bump undici', 'feat: add config loader', 'docs: update changelog', 'Merge pull request #' + r.int(10, 999) + ' from acme/feature/x'])}`,
      ).join('\n'),
  },
  {
    name: 'docker-digest',
    make: (r) => `Step 1/8 : FROM node:20-alpine@sha256:${r.hex(64)}\n ---> ${r.hex(12)}\nSuccessfully built ${r.hex(12)}\nlatest: digest: sha256:${r.hex(64)} size: ${r.int(1000, 4000)}\n`,
  },
  { name: 'checksums', make: (r) => Array.from({ length: 3 }, (_v, i) => `${r.hex(64)}  herald_${ver(r)}_${['linux_amd64', 'darwin_arm64', 'windows_amd64'][i]}.tar.gz`).join('\n') + '\n' },
  {
    name: 'known-hosts',
    make: (r) =>
      `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)}\n|1|${r.b64(20)}|${r.b64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.b64(64).replace(/=+$/, '')}=\n`,
  },
  { name: 'pubkey', make: (r) => `$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci-runner-${r.int(1, 9)}\n` },
  { name: 'cert-pem', make: (r) => `-----BEGIN CERTIFICATE-----\nMIID${r.b64(540).replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n` },
  { name: 'public-key-pem', make: (r) => `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b64(240).replace(/(.{64})/g, '$1\n')}\n-----END PUBLIC KEY-----\n` },
  { name: 'uuids', make: (r) => `request_id=${uuid(r)} trace_id=${r.hex(32)} span_id=${r.hex(16)} build_id=${uuid(r)} job=${r.int(100000, 9999999)}` },
  { name: 'vercel-project', make: (r) => `{"projectId":"prj_${r.alnum(28)}","orgId":"team_${r.alnum(24)}","settings":{"framework":"nextjs"}}` },
  {
    name: 'actions-pinned',
    make: (r) =>
      `    steps:\n      - uses: actions/checkout@${r.hex(40)} # v4.1.1\n      - uses: actions/setup-node@${r.hex(40)} # v4.0.2\n        with:\n          node-version: 20\n          cache: npm\n`,
  },
  { name: 'sri-hash', make: (r) => `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${r.b64(48)}" crossorigin="anonymous"></script>` },
  {
    name: 'helm-lock',
    make: (r) =>
      `dependencies:\n- name: postgresql\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 15.${r.int(0, 5)}.${r.int(0, 9)}\ndigest: sha256:${r.hex(64)}\ngenerated: "2024-0${r.int(1, 9)}-1${r.int(0, 9)}T10:11:12.${r.digits(6)}+00:00"\n`,
  },
  {
    name: 'composer-lock',
    make: (r) => `"source": {\n    "type": "git",\n    "url": "https://github.com/symfony/console.git",\n    "reference": "${r.hex(40)}"\n},\n"dist": {\n    "type": "zip",\n    "shasum": ""\n}`,
  },
  { name: 'firebase-ids', make: (r) => `{\n  "projects": { "default": "shop-app-${r.lower(5)}" },\n  "targets": {},\n  "etags": { "shop-app": { "extensionInstances": "${r.hex(64)}" } }\n}` },
  { name: 'sealed-secret', make: (r) => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: Ag${r.b64(300).replace(/=+$/, '')}\n` },
];

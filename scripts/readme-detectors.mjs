#!/usr/bin/env node
// Rewrites the README's detector list from the built CLI (`herald scan --list-detectors`).
// Run after `npm run build`: node scripts/readme-detectors.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const list = execFileSync(process.execPath, [path.join(root, 'dist/src/cli/herald.js'), 'scan', '--list-detectors'], { encoding: 'utf8' });
const count = list.trimEnd().split('\n').length - 1;
const readme = path.join(root, 'README.md');
const text = readFileSync(readme, 'utf8');
const block = /<details><summary>The \d+ detectors \(<code>npx herald scan --list-detectors<\/code>\)<\/summary>\n\n```\n[\s\S]*?```\n/;
if (!block.test(text)) throw new Error('README.md: detector list block not found');
// A function, not a string: `$$` in a detector's name (`SET name = $$Ann Lee$$`) is not a replacement pattern.
const next = text.replace(block, () => `<details><summary>The ${count} detectors (<code>npx herald scan --list-detectors</code>)</summary>\n\n\`\`\`\n${list}\`\`\`\n`);
writeFileSync(readme, next);
console.log(`README.md: ${count} detectors`);

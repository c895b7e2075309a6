import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Herald's package root: the nearest folder above `from` (default: this file, in src/ or
 * dist/src/) that holds package.json. Shipped files (examples/, schema/, config/) live there.
 */
export function packageRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

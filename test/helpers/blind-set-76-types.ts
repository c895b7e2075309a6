import type { Rng76 } from './blind-set-76-rng';

/** A planted value. */
export interface Val { value: string; kind: string; group: string }

/** What a positive template uses to plant values: each returns the value it planted. */
export interface Plant {
  c(kind: string, value: string): string;
  p(kind: string, value: string): string;
  f(kind: string, value: string): string;
}

/** A positive template: its source family, its name and how it writes a text. */
export interface Tpl { src: string; name: string; make: (r: Rng76, v: Plant) => string }
/** A negative template. */
export interface NegTpl { src: string; name: string; make: (r: Rng76) => string }

export const t = (src: string, name: string, make: (r: Rng76, v: Plant) => string): Tpl => ({ src, name, make });
export const n = (src: string, name: string, make: (r: Rng76) => string): NegTpl => ({ src, name, make });

const pad = (x: number, w = 2): string => String(x).padStart(w, '0');
/** An ISO timestamp in 2026. */
export const ts = (r: Rng76): string => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}T${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))}.${pad(r.int(0, 999), 3)}Z`;
/** A log-style local timestamp. */
export const lts = (r: Rng76): string => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))} ${pad(r.int(0, 23))}:${pad(r.int(0, 59))}:${pad(r.int(0, 59))},${pad(r.int(0, 999), 3)}`;
/** A date (not a birth date) in 2026. */
export const day = (r: Rng76): string => `2026-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`;
export const thread = (r: Rng76): string => r.pick([`http-nio-8080-exec-${r.int(1, 40)}`, `pool-${r.int(1, 9)}-thread-${r.int(1, 30)}`, `scheduling-${r.int(1, 4)}`, 'main', `kafka-consumer-${r.int(0, 9)}`]);
export const host = (r: Rng76): string => `${r.pick(['api', 'pay', 'sync', 'int', 'erp', 'crm'])}-${r.pick(['eu', 'sa', 'ap', 'me'])}-${r.int(1, 9)}${r.pick(['a', 'b', 'c'])}`;
export const ip = (r: Rng76): string => `${r.pick([83, 91, 177, 189, 201, 187, 95, 178, 121, 1, 49])}.${r.int(1, 254)}.${r.int(0, 254)}.${r.int(1, 254)}`;
export const amount = (r: Rng76): string => `${r.int(5, 9999)}.${pad(r.int(0, 99))}`;
/** A birth date in a chosen layout. */
export function dob(r: Rng76, style: 'iso' | 'de' | 'fr' | 'us' | 'jp' | 'cn' | 'ko' = 'iso'): string {
  const y = r.int(1950, 2004);
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  switch (style) {
    case 'de': return `${pad(d)}.${pad(m)}.${y}`;
    case 'fr': return `${pad(d)}/${pad(m)}/${y}`;
    case 'us': return `${pad(m)}/${pad(d)}/${y}`;
    case 'jp': return `${y}年${m}月${d}日`;
    case 'cn': return `${y}年${pad(m)}月${pad(d)}日`;
    case 'ko': return `${y}년 ${m}월 ${d}일`;
    default: return `${y}-${pad(m)}-${pad(d)}`;
  }
}

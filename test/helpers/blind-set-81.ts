import { ANDROID81 } from './blind-set-81-android';
import { HYBRID81 } from './blind-set-81-hybrid';
import { IOS81 } from './blind-set-81-ios';
import { KEYS81 } from './blind-set-81-keys';
import { NEG81 } from './blind-set-81-neg';
import { hash81, Rng81 } from './blind-set-81-rng';
import { Bag81, type Case81, type Template81 } from './blind-set-81-types';
import { WEB81 } from './blind-set-81-web';

const HOME: Record<string, string> = {
  'charles-session-export': 'ios', 'gradle-signing-leak': 'android', 'fastlane-p8-crash': 'ios', 'web-bundle-env': 'web', 'auth0-client-secret': 'android', 'okhttp-set-cookie': 'android',
  'websocket-frames': 'web', 'info-plist-dump': 'ios', 'remote-config-dump': 'android', 'bank-transfer-form': 'web', 'payment-sheet-debug': 'hybrid',
};
const keysOf = (fam: string): [string, Template81][] => KEYS81.filter(([n]) => HOME[n] === fam);
const FAMILIES: [string, [string, Template81][]][] = [['android', [...ANDROID81, ...keysOf('android')]], ['ios', [...IOS81, ...keysOf('ios')]], ['web', [...WEB81, ...keysOf('web')]], ['hybrid', [...HYBRID81, ...keysOf('hybrid')]]];

/** Cases per template: more for credential-only reports, fewer for profile-heavy ones (decided on a fixed probe, not the seed). */
function repeatsOf(name: string, t: Template81): number {
  const probe = makeCase(0, `probe/${name}`, t).values;
  const personal = probe.filter((v) => v.group === 'personal').length;
  if (probe.every((v) => v.group === 'credential')) return 17;
  return personal >= 4 ? 9 : 11;
}
const NEG_REPEATS = 9;

/** True when every short planted value occurs exactly once in the text. */
function shortOnce(c: Case81): boolean {
  return c.values.every((v) => v.value.length > 6 || c.text.split(v.value).length === 2);
}

/** One positive case, redrawn from the next sub-stream until its short values occur once. */
function makeCase(seed: number, id: string, t: Template81): Case81 {
  for (let attempt = 0; ; attempt++) {
    const r = new Rng81(hash81(`${seed}/${id}/${attempt}`));
    const b = new Bag81();
    const c = b.done(t(r, b));
    if (shortOnce(c) || attempt > 200) return c;
  }
}

/**
 * Sealed blind set 81: crash, network and session reports of mobile apps and web front ends
 * (OkHttp/Retrofit/Volley logcat, Crashlytics, iOS os_log/Alamofire/Swift dumps/Keychain, HAR,
 * storage dumps, OAuth redirects, RUM/Sentry/Bugsnag, Flutter Dio, React Native/Redux/Apollo,
 * push payloads, purchases, bundled configs, store reviews). A pure function of the seed.
 */
export function buildBlindSet81(seed: number): { positives: { id: string; text: string; values: Case81['values'] }[]; negatives: { id: string; text: string }[] } {
  const positives: { id: string; text: string; values: Case81['values'] }[] = [];
  for (const [fam, templates] of FAMILIES)
    for (const [name, t] of templates)
      for (let k = 0, n = repeatsOf(name, t); k < n; k++) {
        const id = `${fam}/${name}/${k}`;
        const c = makeCase(seed, id, t);
        positives.push({ id, text: c.text, values: c.values });
      }
  const negatives: { id: string; text: string }[] = [];
  for (const [name, t] of NEG81)
    for (let k = 0; k < NEG_REPEATS; k++) {
      const id = `${name}-neg/${k}`;
      negatives.push({ id, text: t(new Rng81(hash81(`${seed}/neg/${id}`))) });
    }
  return { positives, negatives };
}

import type { Severity } from '../alert/severity';
import { PAGE_TARGETS, type PageTarget } from '../rules/escalation-types';

/** The paging services Herald can page through (the names a rule's `page:` uses). */
export const PAGE_OUTLETS = PAGE_TARGETS;

/** One paging outlet's name (as written in a rule's `page:`). */
export type PageOutletName = PageTarget;

/** True when `v` names a paging outlet. */
export function isPageOutletName(v: unknown): v is PageOutletName {
  return typeof v === 'string' && (PAGE_OUTLETS as readonly string[]).includes(v);
}

/** What a page does to the paged alert. */
export type PageAction = 'trigger' | 'acknowledge' | 'resolve';

/** The `status` label of `herald_pages_total`: the action done, or why it failed. */
export type PageStatus = 'triggered' | 'acknowledged' | 'resolved' | PageFailureKind;

/** Why a page call failed (breaker, metrics, thread notes). */
export type PageFailureKind = 'timeout' | 'unavailable' | 'rate_limited' | 'rejected' | 'circuit_open' | 'not_configured';

/** A link sent with a page (the Slack message, the monitor). */
export interface PageLink {
  href: string;
  text: string;
}

/**
 * What is paged about an incident. Every text in it came from outside: the outlets redact
 * it again and strip Slack markup before sending.
 */
export interface PageSubject {
  /** Herald's incident id: PagerDuty's `dedup_key`, Opsgenie's `alias`. */
  incidentId: string;
  title: string;
  severity: Severity;
  service: string;
  env: string;
  team: string;
  host: string;
  /** Datadog event type, e.g. `log_alert` (PagerDuty's `class`). */
  kind: string;
  count: number;
  firstSeen: number;
  monitorId: string | null;
  /** A short excerpt of the monitor message. */
  message: string;
  links: PageLink[];
  /** The escalation step that paged (1-based), if a step did. */
  step?: number;
}

/** One paging service: trigger, acknowledge and resolve an alert keyed by the incident id. */
export interface PageOutlet {
  readonly name: PageOutletName;
  /** Open (or add to) the paged alert. Throws a HeraldError (`page_api`, `timeout`) on failure. */
  trigger(subject: PageSubject): Promise<void>;
  /** Acknowledge the paged alert; `note` says who did it where. */
  acknowledge(incidentId: string, note: string): Promise<void>;
  /** Resolve (close) the paged alert. */
  resolve(incidentId: string, note: string): Promise<void>;
}

/** Redacts one outside text (the app's scanner). */
export type RedactFn = (text: string) => string;

/** A minimal logger; messages and meta never carry keys. */
export interface PageLogger {
  warn(m: string, meta?: object): void;
}

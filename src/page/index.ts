/** Paging outlets: PagerDuty Events API v2 and Opsgenie's Alert API, keyed by the incident id. */
export { PAGE_OUTLETS, isPageOutletName } from './types';
export type { PageAction, PageFailureKind, PageLink, PageLogger, PageOutlet, PageOutletName, PageStatus, PageSubject, RedactFn } from './types';
export { createPagers, PAGE_CREDENTIAL, type Pagers, type PagersDeps, type PagingSettings } from './create-pagers';
export { pageSubjectOf } from './page-subject';
export { plainText } from './page-text';
export { PAGERDUTY_API_URL } from './pagerduty';
export { OPSGENIE_API_URL } from './opsgenie';

/**
 * Values that look sensitive and are not: a company's robot mailboxes, fictional phone numbers,
 * the address of a server a client connects to, public-by-design keys and tokens, analytics
 * cookies. Each predicate is asked by the detector that would otherwise report the value.
 */

/** Local parts of mailboxes no person reads: no-reply senders, bounce and notification robots. */
// Round l86: list and bounce addresses of mailing systems (`unsubscribe@`, `list-unsubscribe@`, `unsub-…@`), as List-Unsubscribe headers give them.
const ROBOT_LOCAL = /^(?:no[._-]?reply|do[._-]?not[._-]?reply|bounces?|notifications?|notify|mailer[._-]?daemon|postmaster|automated|auto[._-]?reply|(?:list[._-]?)?unsub(?:scribe)?|opt[._-]?out)(?:[+._-][\w.+-]*)?$/i;

/** A bot's name in a local part: `ci-bot`, `deploy.bot`, `bot`, `dependabot[bot]` (not `talbot`, `abbott`). */
const BOT_NAME = /(?:^|[._+-])bot(?:$|[._+-])|\[bot\]$|^(?:github-actions|dependabot|renovate|gitlab-ci|jenkins|buildkite)(?:$|[._+-])/i;

/**
 * True when `local@domain` is a robot's mailbox, not a person's: `noreply@`, `no-reply@`,
 * `bounces@`, `notifications@`, `mailer-daemon@` of any domain, and a bot's address on GitHub's
 * `users.noreply.github.com` (`ci-bot@…`, `49699333+dependabot[bot]@…`). A person's GitHub
 * noreply address (`1234+octocat@users.noreply.github.com`) names an account, so it stays found.
 */
export function isRobotMailbox(local: string, domain: string): boolean {
  if (ROBOT_LOCAL.test(local)) return true;
  // Round l86: Amazon SES's mailbox simulator (`success@simulator.amazonses.com`, `bounce@`, `complaint@`): test addresses, no one's.
  if (/^simulator\.amazonses\.com$/i.test(domain)) return true;
  // Google Cloud service accounts (`x@p.iam.gserviceaccount.com`, `…@developer.`, `@appspot.`, `@cloudbuild.`): robot identities.
  if (/(?:^|\.)gserviceaccount\.com$/i.test(domain)) return true;
  const user = local.replace(/^\d+\+/, '');
  return BOT_NAME.test(user) && (/(?:^|\.)noreply\./i.test(domain) || /bot/i.test(user));
}

/** Local parts of a company's role mailboxes: a team or function, not a person (round r38: DMARC and TLS-RPT report mailboxes, `rua=mailto:dmarc-reports@…`). */
const ROLE_LOCAL = /^(?:support|help|helpdesk|service[._-]?desk|billing|invoices?|payments|security|sales|info|contact|abuse|privacy|legal|compliance|dpo|gdpr|hello|feedback|partners?|press|careers|jobs|webmaster|hostmaster|customer[._-]?(?:service|support|care|success)|ops|devops|sre|on[._-]?call|alerts?|engineering|finance|accounting|marketing|hr|team|admins|administrators|postmaster|platform|integrations?|notifications?|payroll|orders|returns|shipping|dmarc(?:[._-]?(?:reports?|rua|ruf|aggregate|forensic))?|tls[._-]?rpt|tls[._-]?reports?)(?:\+[\w.-]*)?$/i;

/** Mail providers where any local part is one person's account (`support@gmail.com` is someone's). */
const FREE_MAIL = /(?:^|\.)(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|yandex|qq|163|126|zoho|fastmail|hey|tutanota|libero|orange|free|wanadoo|t-online|seznam|wp|o2|naver|daum|rediffmail)\.[a-z.]{2,10}$/i;

/**
 * True when `local@domain` is a company's role mailbox (`support@razorpay.com`, `billing@`,
 * `security@`, `privacy@`, `help@` at a company domain): a team's address that vendors print in
 * error messages, not a person's. Reported as public (redacted, not counted as a leak), since
 * at a one-person company the role mailbox still reaches that person. At free-mail providers
 * (`support@gmail.com`) every mailbox is somebody's, so it stays personal.
 */
export function isRoleMailbox(local: string, domain: string): boolean {
  if (FREE_MAIL.test(domain)) return false;
  if (ROLE_LOCAL.test(local)) return true;
  // A team's compound name (`ops-alerts@`, `platform-team@`, `releases@`, `oncall.payments@`): every word a function's word.
  const words = local.replace(/\+[\w.-]*$/, '').toLowerCase().split(/[._-]/);
  return words.length <= 3 && words.some((w) => ROLE_WORDS.has(w)) && words.every((w) => ROLE_WORDS.has(w) || TEAM_SUBJECTS.has(w));
}

/** Words of a team's or a function's mailbox (`ops`, `alerts`, `releases`), any of which may be joined (`ops-alerts@`). */
const ROLE_WORDS: ReadonlySet<string> = new Set(['support', 'help', 'helpdesk', 'billing', 'invoices', 'invoice', 'payments', 'security', 'sales', 'info', 'contact', 'abuse', 'privacy', 'legal', 'compliance', 'feedback', 'press', 'careers', 'jobs', 'ops', 'devops', 'sre', 'oncall', 'alerts', 'alert', 'alerting', 'engineering', 'finance', 'accounting', 'marketing', 'team', 'admins', 'platform', 'integrations', 'notifications', 'payroll', 'orders', 'returns', 'shipping', 'release', 'releases', 'announce', 'announcements', 'noc', 'soc', 'incidents', 'incident', 'status', 'reports', 'reporting', 'monitoring', 'infra', 'infrastructure', 'it', 'helpline', 'service', 'desk', 'pagers', 'escalations', 'backups', 'builds', 'deploys', 'dev', 'qa', 'office', 'hr',
  // Round r37 (blind set 37: retail and restaurants): a store chain's programme and back-office mailboxes (`loyalty@`, `scheduling@`, `reservations@`).
  'loyalty', 'rewards', 'scheduling', 'reservations', 'bookings', 'catering', 'receipts', 'giftcards', 'purchasing', 'procurement',
  // Round r49 (blind set 49: online communities and dating apps): trust-and-safety mailboxes (`safety@`, `trust-safety@`, `moderation@`, `appeals@`).
  'safety', 'trust', 'trustandsafety', 'tns', 'moderation', 'moderators', 'appeals',
  // Blind sets 52 and 53 (research sites, contractors): dispatch desks, accounts payable/receivable, trial recruitment lines.
  'dispatch', 'ap', 'ar', 'research', 'recruitment', 'studyinfo', 'clinicaltrials', 'trials']);

/** Words naming what a team's mailbox is about (`payments` of `oncall-payments@`, `prod` of `prod-alerts@`). */
// Round l87 (blind set 86): identity and IT teams (`iam-team@`, `identity-support@`, `it-access@`).
const TEAM_SUBJECTS: ReadonlySet<string> = new Set(['prod', 'production', 'staging', 'data', 'api', 'web', 'mobile', 'cloud', 'db', 'eng', 'all', 'global', 'eu', 'us', 'apac', 'emea', 'critical', 'urgent', 'iam', 'identity', 'it', 'access', 'sso', 'people', 'hris', 'benefits']);

/**
 * UK numbers Ofcom reserves for drama (TV, film, documentation): the national number's first eight
 * digits, then any three (`07700 900123`, `020 7946 0123`, `0113 496 0123`, `028 9649 6123`).
 */
const OFCOM_DRAMA = new Set([
  '07700900', '02079460', '01214960', '01134960', '01144960', '01154960', '01174960', '01314960',
  '01414960', '01514960', '01614960', '01914980', '02896496', '03069990', '08081570', '09098790',
]);

/**
 * Round r60: a `+1` (North American) number whose area code or exchange opens with 0 or 1, which no line has
 * (`+1 (555) 010-0199`, `+15550100199` in a validator's documentation). `v` is the number as written.
 */
export function impossibleNanp(v: string): boolean {
  const d = v.replace(/\D/g, '');
  return d.length === 11 && /^(?:\+1(?:[ .(-]|\d{10}$)|1[ .(-])/.test(v) && /^1(?:[01]|\d{3}[01])/.test(d);
}

/** A logger's or proxy's mark in place of a value (`[Filtered]`, `REDACTED`, `<masked>`), written plainly or percent-encoded. */
const MASK_MARK = /^[[<({]?(?:filtered|redacted|masked|hidden|removed|scrubbed|sanitized|omitted)[\])>}]?$/i;
/** Round l88: a token's kind prefix kept and the rest a bracketed mark (`xoxb-[REDACTED]`, `sk_live_<masked>`, `ghp_(hidden)`). */
const MASK_AFTER_PREFIX = /^[A-Za-z][A-Za-z0-9]{0,11}(?:[_.-][A-Za-z0-9]{1,8}){0,2}[_.-]?[[<({](?:filtered|redacted|masked|hidden|removed|scrubbed|sanitized|omitted)[\])>}]$/i;

/**
 * Round l85: true when a match is a mask, or opens with one (`%5BFILTERED%5D+to+reset+your+password.` in an encoded
 * link, the `REDACTED` user of `svc%3AREDACTED%40hooks.acme.com`): nothing of the value is shown.
 */
export function isMaskMark(value: string): boolean {
  if (!/[fFrRmMhHsSoO]/.test(value)) return false;
  let v = value;
  if (/%[0-9A-Fa-f]{2}/.test(v)) {
    try {
      v = decodeURIComponent(v.replace(/\+/g, ' '));
    } catch {
      return false;
    }
  }
  return MASK_MARK.test(v) || MASK_MARK.test(v.split(/[\s@+]/, 1)[0]!);
}

/** Keys of a pagination cursor's JSON (`{"offset":7005,"limit":100,"sort":"created_at"}`). */
const CURSOR_KEYS = /^(?:offset|limit|sort|sort_by|order|order_by|page|page_size|per_page|cursor|after|before|last_id|last_key|id|created_at|updated_at|ts|timestamp|direction|dir|field|start|end|skip|take|count|total|version|v|filter|q|query|shard|partition|position|pos|index|next|prev|since|until)$/i;

/**
 * Round l85: a base64 JSON object of pagination fields (`continuationToken=eyJvZmZzZXQiOjcw…`): a cursor, no secret,
 * whatever its key calls it.
 */
export function isBase64JsonCursor(value: string): boolean {
  if (!/^eyJ[A-Za-z0-9+/_-]{8,}={0,2}$/.test(value) || value.length > 1024) return false;
  let o: unknown;
  try {
    o = JSON.parse(Buffer.from(value.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8'));
  } catch {
    return false;
  }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return false;
  const keys = Object.keys(o);
  return keys.length > 0 && keys.every((k) => CURSOR_KEYS.test(k)) && Object.values(o).every((x) => typeof x !== 'string' || x.length < 40);
}

/** Round l85: a SigV4 credential scope (`AKIA…/20240621/eu-west-1/s3/aws4_request`, percent-encoded too): a key id and a scope, no secret. */
export function isSigV4CredentialScope(value: string): boolean {
  const v = value.replace(/%2F/gi, '/');
  return /^(?:AKIA|ASIA)[A-Z0-9]{16}\/\d{8}\/[a-z0-9-]{2,30}\/[a-z0-9-]{2,40}(?:\/(?:aws4_req(?:uest)?)?)?$/.test(v);
}

/**
 * Round l85: a number written in the North American layout whose exchange opens with 0, which no line has
 * (`(555) 010-0199`, `555-010-0123`), or whose last seven digits are zeros (`0800 000 0000`): a form's or a
 * template's stand-in, no subscriber. `v` is the number as written.
 */
export function placeholderPhone(v: string, anyLayout: boolean): boolean {
  // Outside a phone detector, only a value written as a phone (spaced, dashed, bracketed): `447120000000` may be a birth date's epoch.
  if (!/^\+?\(?\d[\d ().-]{6,20}\d$/.test(v) || (!anyLayout && !/[ ()-]/.test(v))) return false;
  // Ids written 3-3-4 (a Google Ads customer id) are not phones: outside a phone detector, only the bracketed layout counts.
  if ((anyLayout ? /^(?:\+?1[ .-]?)?\(?[2-9]\d\d(?:\) ?|-)0\d\d-\d{4}$/ : /^(?:\+?1[ .-]?)?\(?[2-9]\d\d\) ?0\d\d-\d{4}$/).test(v)) return true;
  const d = v.replace(/\D/g, '');
  return d.length >= 9 && /0{7}$/.test(d);
}

/**
 * True for a number in a range reserved for fiction and examples: North American exchange 555,
 * line 0100–0199 (`(212) 555-0147`, `+1-415-555-0100`), the UK's Ofcom drama ranges
 * (`+44 7700 900123`, `020 7946 0999`) and Australia's ACMA ones (`+61 491 570 129`). `digits` are the number's digits.
 */
export function isFictionalPhone(digits: string): boolean {
  const uk = digits.length === 12 && digits.startsWith('44') ? '0' + digits.slice(2) : digits;
  if (uk.length === 11 && OFCOM_DRAMA.has(uk.slice(0, 8))) return true;
  // Round r73: Australia's ACMA ranges for fiction: mobiles 0491 570 000–0491 579 999 (its published drama numbers all sit
  // there) and the geographic 5550 xxxx / 7010 xxxx blocks of each area code (`+61 491 570 129`, `(02) 5550 1234`).
  const au = digits.length === 11 && digits.startsWith('61') ? '0' + digits.slice(2) : digits;
  if (au.length === 10 && (au.startsWith('049157') || /^0[2378](?:5550|7010)/.test(au))) return true;
  const d = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  // Twilio's magic test numbers (`+15005550006`, `+15005550001`…): published, never a subscriber's.
  if (d.length === 10 && d.startsWith('5005550')) return true;
  return d.length === 10 && d.slice(3, 6) === '555' && d.slice(6, 8) === '01';
}

/**
 * True when the IPv4 address at `text[start]` is the address of a server a client connects to:
 * right after a host name in brackets or parentheses (`github.com [140.82.121.4]` from `ssh -v`,
 * `Connected to api.example.io (93.184.216.34) port 443` from `curl -v`), or after `Trying`,
 * `Connecting to` (curl, wget, ssh). A server's public address identifies no person; a client's
 * (`Accepted publickey for git from 81.2.3.4`, `client_ip=…`) is not matched here and stays found.
 */
export function isServerAddress(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  if (/(?:^|[\s'"`])[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}\.?(?::\d{1,5})? [[(]$/.test(before)) return true;
  // Round r34: a scanner's target in nuclei output (`[ssl-dns-names] [ssl] [info] 1.2.3.4:443`): a server's address.
  if (/\] \[(?:ssl|http|tcp|dns|network|javascript|code|whois)\] \[(?:info|low|medium|high|critical|unknown)\] (?:[a-z]+:\/\/)?$/.test(before)) return true;
  // A HAR entry's `serverIPAddress` (browser dev tools, Charles, Proxyman): the address the client connected to.
  if (/"serverIPAddress"\s{0,3}:\s{0,3}"\[?$/.test(before)) return true;
  // Round r83: a Cloud Logging request's `serverIp` (Cloud Run, load balancers; `server_ip` in a flattened export): the server's.
  if (/\\{0,3}["']?server_?ip\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?$/i.test(before)) return true;
  // Round l85: an egress proxy's upstream (Envoy `upstream_host`), Go's `dial tcp <addr>` and `<local>-><remote>`, gRPC's `peer ipv4:`.
  if (/\\{0,3}["']?upstream_(?:host|remote_address|address)\\{0,3}["']?\s{0,3}[:=]\s{0,3}\\{0,3}["']?$|\bdial (?:tcp|udp)[46]? $|\d:\d{1,5}->$|\bpeer ipv4:$/i.test(before)) return true;
  // Envoy's default access log: `"<authority>" "<upstream host>"`, the upstream right after the quoted host name.
  if (/\\{0,3}"[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\\{0,3}" \\{0,3}"$/.test(before)) return true;
  // curl `Trying 1.2.3.4:443...`, `Connecting to host`, wget `Connecting to h (h)|1.2.3.4|:443` and `Resolving h (h)... 1.2.3.4`.
  return /(?:\bTrying|\bConnecting to(?: host)?|\bResolving [\w.-]+ \([\w.-]+\)\.\.\.)\s$|\bConnecting to [\w.-]+ \([\w.-]+\)\|$/i.test(before);
}

/**
 * Round r83: Google Cloud load balancers' health checkers and proxies (35.191.0.0/16, 130.211.0.0/22, published by Google
 * as the source ranges of every health check): the caller of a `/healthz` in a Cloud Run or GCE log, no person.
 */
export function isCloudHealthCheckAddress(v: string): boolean {
  const [a, b, c] = v.split('.').map(Number) as [number, number, number];
  return (a === 35 && b === 191) || (a === 130 && b === 211 && c <= 3);
}

/** Mail headers whose addresses are mail servers' (SPF, DKIM, relays), not a sender's own: `X-Originating-IP` is not one. */
const MAIL_SERVER_HEADER = /^(?:(?:X-)?Received:\s{1,4}(?:from|by)\s|(?:Received-SPF|(?:ARC-)?Authentication-Results|ARC-Seal|ARC-Message-Signature|DKIM-Signature|X-SES-Outgoing|X-Google-Smtp-Source)\s?:)/i;

/**
 * True when the IPv4 address at `text[start]` sits in a mail header that names mail servers (`Received-SPF: … client-ip=`,
 * `Authentication-Results: … smtp.remote-ip=`, `Received: from … ([54.240.1.17])`, `X-SES-Outgoing`), folded lines too
 * (a line that starts with a space or tab continues the header above), and SPF's own phrases (`client-ip=`,
 * `smtp.remote-ip=`, `sender IP is`, `designates`) anywhere. A relay or sending server is no person.
 */
export function isMailServerAddress(text: string, start: number): boolean {
  // On a folded line the window may not hold the header's name: the SPF and relay phrases name the server themselves.
  const near = text.slice(Math.max(0, start - 60), start);
  if (/(?:\bclient-ip=|\bsmtp\.remote-ip=|\bsender IP is |\bdesignates |^[ \t]+from [\w.-]+ (?:\([\w.-]+ )?\(?\[)$/i.test(near)) return true;
  const lines = text.slice(Math.max(0, start - 1200), start).split(/\r?\n|\\r\\n|\\n/);
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 12); i--) {
    const line = lines[i]!;
    if (MAIL_SERVER_HEADER.test(line)) return true;
    if (!/^[ \t]/.test(line)) return false;
  }
  return false;
}

/**
 * True for a JWT payload that is public by design: a Supabase anon key (`"role":"anon"`, issued by
 * supabase), which every browser client of the project holds. `service_role` keys stay secret.
 */
export function isPublicJwtClaims(claims: unknown): boolean {
  if (typeof claims !== 'object' || claims === null) return false;
  const c = claims as Record<string, unknown>;
  return c['role'] === 'anon' && (c['iss'] === 'supabase' || typeof c['ref'] === 'string' || String(c['iss'] ?? '').includes('supabase'));
}

/**
 * True for the claims of jwt.io's example token (`sub` 1234567890, `name` John Doe, `iat`
 * 1516239022), copied into docs, tests and tutorials everywhere: documentation data, not a session.
 */
export function isDocumentationJwtClaims(claims: unknown): boolean {
  if (typeof claims !== 'object' || claims === null) return false;
  const c = claims as Record<string, unknown>;
  return c['sub'] === '1234567890' && c['name'] === 'John Doe' && c['iat'] === 1516239022;
}

/**
 * True for a client-side key that is public by design under a key that names it so: an Adyen
 * client key (`clientKey`, `ADYEN_CLIENT_KEY`: `test_`/`live_` and 32 capitals or digits) or a
 * Midtrans client key (`client_key='Mid-client-…'`, `SB-Mid-client-…`), which the checkout page
 * sends to every shopper's browser.
 */
export function isPublicClientKey(key: string, value: string): boolean {
  // Algolia's search-only API key is made to be sent to browsers (InstantSearch): public by design.
  if (/search[_.-]?only[_.-]?(?:api[_.-]?)?key/i.test(key) && /^[0-9a-f]{32}$/.test(value)) return true;
  // A Datadog RUM/browser-logs client token (`clientToken: 'pub<32 hex>'`) ships in every page: public by design.
  if (/client[_.-]?token/i.test(key) && /^pub[0-9a-f]{32}$/.test(value)) return true;
  return /client[_.-]?key/i.test(key) && (/^(?:test|live)_[A-Z0-9]{32}$/.test(value) || /^(?:SB-)?Mid-client-[\w-]{8,40}$/.test(value));
}

/**
 * Names in a cookie header that carry no credential: analytics cookies (below) and the attributes
 * of a `Set-Cookie` header (`Path`, `Domain`, `Expires`, `Max-Age=63072000`, `SameSite`).
 */
export function isNonCredentialCookie(name: string): boolean {
  return isAnalyticsCookie(name) || isPreferenceCookie(name) || /^(?:path|domain|expires|max-age|samesite|priority|partitioned|version|comment)$/i.test(name);
}

/**
 * Cookie-consent banners' cookies (OneTrust `OptanonConsent`/`OptanonAlertBoxClosed`, Osano/Cookie Consent
 * `cookieconsent_status`, Cookiebot `CookieConsent`, IAB TCF `euconsent-v2`): a visitor's choices, no credential.
 */
function isConsentCookie(name: string): boolean {
  return /^(?:Optanon\w*|cookieconsent\w*|CookieConsent\w*|euconsent(?:-v2)?|cookie_?consent\w*|consent\w*)$/i.test(name);
}

/**
 * Cookies set by analytics and advertising scripts: Google Analytics (`_ga`, `_ga_<id>`, `_gid`,
 * `_gat`), Google Ads (`_gcl_au`), Meta (`_fbp`, `_fbc`), Hotjar, Microsoft Clarity and UET,
 * Segment's anonymous id, HubSpot's tracking cookies. A random visitor id each, no credential.
 */
export function isAnalyticsCookie(name: string): boolean {
  return /^(?:_ga(?:_\w+)?|_gid|_gat(?:_\w+)?|_gcl_\w+|_fbp|_fbc|_hj\w*|_clck|_clsk|_uetsid|_uetvid|ajs_(?:anonymous_id|user_id|user_traits|group_id|group_properties)|amplitude_id_\w+|AMP_\w+|optimizelyEndUserId|__utm[a-z]|__hstc|__hssrc|__hssc|hubspotutk|_pk_(?:id|ses)\.\w+(?:\.\w+)?|mp_\w+_mixpanel)$/.test(name) || isConsentCookie(name);
}

/**
 * A site's preference and release-tracking cookies: the visitor's locale, language, theme, time zone
 * or currency, the release they last saw (`last_seen_release=ab1d9bf1b22f`), the feature flags or
 * experiment arms they get (`feature_flags=<base64 JSON>`), banners they dismissed. Settings, no credential.
 */
function isPreferenceCookie(name: string): boolean {
  return /^(?:locale|lang|language|theme|color_?scheme|timezone|tz|currency|country|region|last_seen(?:_\w+)?|last_visit(?:_\w+)?|feature_?flags?|features|ff_\w+|experiments?(?:_\w+)?|ab_test\w*|dismissed_\w+|seen_\w+|sidebar_\w+|view_mode)$/i.test(name);
}

/**
 * An e-commerce order's own tokens: Shopify's order and checkout objects carry `token`,
 * `checkout_token` and `cart_token`, ids of that order or cart (they appear in the order's status
 * URL and in every order webhook), not credentials. `before` is the text before the key; a bare
 * `token` counts as the order's only inside an order record (an `order_number` or `checkout_id` key
 * before it in the same object).
 */
export function isOrderToken(key: string, value: string, before: string): boolean {
  if (!/^[0-9a-f]{32}$/.test(value)) return false;
  if (/^(?:checkout|cart)_token$/.test(key)) return true;
  if (key !== 'token') return false;
  const obj = before.slice(before.lastIndexOf('{'));
  return /["'](?:order_number|checkout_id|cart_token|checkout_token)["']\s*:/.test(obj);
}

/**
 * True for an unsigned JWT: a header of `"alg":"none"` and an empty signature (`eyJhbGciOiJub25lIn0.<claims>.`).
 * It proves nothing, and no server that checks signatures accepts it: no credential, wherever it stands.
 */
export function isUnsignedJwt(value: string): boolean {
  if (!value.startsWith('eyJ') || !value.endsWith('.')) return false;
  const parts = value.split('.');
  if (parts.length !== 3) return false;
  try {
    const header = JSON.parse(Buffer.from(parts[0]!, 'base64url').toString('utf8')) as { alg?: unknown } | null;
    return header !== null && typeof header === 'object' && header.alg === 'none';
  } catch {
    return false;
  }
}

/**
 * Round r34: true when the IPv4 address at `text[start]` is a threat's source in a security finding — an
 * indicator of compromise, published to blocklists on purpose, not a person's client address: the
 * remote side of a GuardDuty finding (`remoteIpDetails.ipAddressV4`), or the client of a request a WAF
 * blocked (`"action":"BLOCK"` in the same record, `clientIp`/`ClientIP` right before). A WAF's allowed
 * request and an identity provider's `client.ipAddress` stay reported.
 */
export function isThreatSourceAddress(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 400), start);
  if (/\bipAddressV4\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"$/.test(before) && /remoteIpDetails/i.test(before)) return true;
  if (!/\b(?:clientIp|client_ip|ClientIP|clientIP)\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"$/.test(before)) return false;
  const from = text.lastIndexOf('\n', start) + 1;
  let to = text.indexOf('\n', start);
  if (to < 0) to = text.length;
  const record = text.slice(Math.max(from, start - 2000), Math.min(to, start + 2000));
  if (!/"(?:action|SecurityAction)\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"(?:BLOCK|block|DENY|deny|drop)\\{0,3}"/.test(record)) return false;
  // Round r80: a blocked request that carries a signed-in user's bearer token or Basic credentials (a managed rule's false
  // positive on a customer's own request) came from that person's address, not an attacker's.
  return !/"(?:Authorization|authorization)\\{0,3}"\s{0,2},\s{0,2}\\{0,3}"value\\{0,3}"\s{0,2}:\s{0,2}\\{0,3}"(?:Bearer|Basic) (?:eyJ[\w-]{10,}\.[\w-]{10,}|[A-Za-z0-9+/]{16,}={0,2}\\{0,3}")/.test(record);
}

/**
 * Round r60: a name whose mailbox in the same record is built from it on a documentation domain
 * (`"email":"pgibbons@example.com","name":"Peter Gibbons"`): an API reference's sample persona, no one's record.
 */
export function isDocumentationPersona(name: string, text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 220), end + 220);
  const words = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[\s'’-]+/).filter(Boolean);
  if (words.length < 2) return false;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const forms = new Set([first[0]! + last, first + last, last + first]);
  // The mailbox under an e-mail key (`"email":"…"`, `email=…`), not a SIP or other URI's user.
  for (const m of around.matchAll(/e-?mail(?:_?address)?\\{0,3}["']?\s{0,2}[:=]\s{0,2}\\{0,3}["']?([\w.+-]{1,64})@example\.(?:com|org|net)\b/gi)) {
    if (forms.has(m[1]!.toLowerCase().replace(/[^a-z]/g, ''))) return true;
  }
  return false;
}

/** Round r65: a Pusher app key (`X-Pusher-Key`, `PUSHER_APP_KEY`: 20 hex), public by Pusher's design (browsers send it). */
export function publicPusherKey(key: string, v: string): boolean {
  return /^(?:x-)?pusher[-_]?(?:app[-_]?)?key$/i.test(key) && /^[0-9a-f]{20}$/.test(v);
}

/** Round l88: true for a token's kind prefix followed by a bracketed mask and nothing else (`xoxb-[REDACTED]`, `ghp_<masked>`). */
export function isMaskAfterPrefix(value: string): boolean {
  return value.length <= 48 && MASK_AFTER_PREFIX.test(value);
}

/**
 * Round l88: a value encrypted for the config it sits in, which only its own key opens and which is written to be stored:
 * jasypt's `ENC(…)` (Spring Boot), Spring Cloud Config's `{cipher}…`, Vault transit's `vault:v1:…` ciphertext.
 */
export function isEncryptedEnvelope(value: string): boolean {
  return /^(?:ENC\([A-Za-z0-9+/_-]{8,}={0,2}\)|\{cipher\}[A-Za-z0-9+/]{16,}={0,2}|vault:v\d{1,3}:[A-Za-z0-9+/]{16,}={0,2})$/.test(value);
}

/**
 * The address this page's Content Security Policy refused while fetching `url`, or null if it
 * refused nothing. Fetch's TypeError looks the same for a dropped connection and a CSP block,
 * and the violation event of a prefetch has fired before the loader existed, so the fetch is
 * tried once more while listening. Any refused fetch counts, not only one to `url`'s origin: a
 * redirect to another site is refused at its target, and Chromium may report either address.
 */
export async function cspBlockedUrl(
  url: URL,
  doc: Document | undefined = globalThis.document,
): Promise<string | null> {
  if (!doc) return null;
  let blocked: string | null = null;
  const listen = (e: SecurityPolicyViolationEvent) => {
    const directive = e.effectiveDirective ?? e.violatedDirective ?? '';
    if (!directive || /^(connect-src|default-src)/.test(directive)) blocked ??= e.blockedURI;
  };
  doc.addEventListener('securitypolicyviolation', listen);
  try {
    await fetch(url, { credentials: 'same-origin' }).catch(() => undefined);
    // The event is dispatched in a task of its own, which may come after the rejection.
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    doc.removeEventListener('securitypolicyviolation', listen);
  }
  return blocked;
}

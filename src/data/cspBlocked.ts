/**
 * Whether this page's Content Security Policy refuses fetching `url`. Fetch's TypeError looks
 * the same for a dropped connection and a CSP block, and the violation event of a prefetch has
 * fired before the loader existed, so the fetch is tried once more while listening.
 */
export async function isBlockedByCsp(
  url: URL,
  doc: Document | undefined = globalThis.document,
): Promise<boolean> {
  if (!doc) return false;
  let blocked = false;
  const listen = (e: SecurityPolicyViolationEvent) => {
    if (e.blockedURI.startsWith(url.origin)) blocked = true;
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

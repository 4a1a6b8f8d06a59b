/**
 * Links that come from data (a job's source URL, an execution's logs URL) become clickable only when
 * they are http(s): a `javascript:` or `data:` URL from the API must never run in the dashboard.
 */
export function safeHttpUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

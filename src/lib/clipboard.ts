/**
 * Copies text; resolves false when the browser refuses (no permission in a cross-origin frame,
 * insecure context), so the caller can show the text for manual copying instead of failing silently.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!globalThis.navigator?.clipboard) return false;
    await globalThis.navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export type ParsedArguments = { ok: true; value: Record<string, unknown> | undefined } | { ok: false; reason: string };

/** Execution arguments as typed: empty means none; otherwise a JSON object (what `vdk run --arguments` takes). */
export function parseArguments(text: string): ParsedArguments {
  if (text.trim() === '') return { ok: true, value: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'Arguments must be a JSON object, e.g. {"date": "2026-01-31"}.' };
  }
  return { ok: true, value: value as Record<string, unknown> };
}

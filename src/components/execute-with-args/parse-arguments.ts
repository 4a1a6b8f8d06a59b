export type ParsedArguments = { ok: true; args: Record<string, unknown> | undefined } | { ok: false; message: string };

/**
 * Validates the arguments editor's text before anything is sent. VDK hands `args` to the job as
 * `job_input.get_arguments()`, a dict: so the text must be a JSON object. Empty text (or `{}`)
 * means "no arguments".
 */
export function parseArguments(text: string): ParsedArguments {
  if (text.trim() === '') return { ok: true, args: undefined };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${describeJsonError(error, text)}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    return { ok: false, message: `Arguments must be a JSON object like {"key": "value"}, not ${kind}.` };
  }
  const args = value as Record<string, unknown>;
  return { ok: true, args: Object.keys(args).length > 0 ? args : undefined };
}

/** Turns the engine's "at position 17" into a line and column a person can find. */
function describeJsonError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : String(error);
  // V8 quotes the whole input in some messages; the editor already shows it.
  const message = raw.replace(/^(Unexpected token .+?), "[\s\S]*" is not valid JSON$/, '$1');
  const position = /position (\d+)/.exec(message)?.[1];
  if (position === undefined) return message;
  const before = text.slice(0, Number(position));
  const line = before.split('\n').length;
  const column = Number(position) - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line}, column ${column})`;
}

/** Pretty text for the editor from known arguments. */
export function argumentsText(args: Record<string, unknown> | undefined): string {
  return args ? JSON.stringify(args, null, 2) : '';
}

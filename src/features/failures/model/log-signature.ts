import { normalizeMessage } from './normalize-message';

/** Where a run failed according to its log: the step VDK was running and the last exception line. */
export interface LogSignature {
  step?: string;
  error: string;
}

/** Longer lines are cut: the start of a line names the exception. */
const LINE_LIMIT = 500;

// `2026-12-01 10:02:11,482 [VDK] job [ERROR] logger [id:…]- message`: the message after `]- `.
const VDK_LINE = /^\S+ \S+ \[VDK\] \S+ \[(\w+)\s*\] [^[\]]*(?:\[id:[^\]]*\])?- ?(.*)$/;
const STEP = /(?:Processing step|Step) ([^\s]+\.(?:py|sql))\b/;
// The last line of a Python traceback: `KeyError: 'customer_id'`, `pkg.mod.CustomError: …`.
const EXCEPTION = /^(?:[A-Za-z_][\w]*\.)*[A-Za-z_]\w*(?:Error|Exception|Exit|Interrupt|Warning)\b(?::.*)?$/;
// VDK's closing summary repeats that the job failed; it names no cause.
const SUMMARY = /^Job execution result:/;

/**
 * The failing step and the last exception (or ERROR message) of a VDK log, normalised like service messages
 * so the same failure in two runs, or two jobs, has one signature. Undefined when the log names no error.
 */
export function extractLogSignature(lines: readonly string[]): LogSignature | undefined {
  let step: string | undefined;
  let exception: string | undefined;
  let errorMessage: string | undefined;
  for (const raw of lines) {
    const line = raw.slice(0, LINE_LIMIT).trimEnd();
    const vdk = VDK_LINE.exec(line);
    const text = vdk ? (vdk[2] ?? '') : line.trim();
    const stepName = STEP.exec(text)?.[1];
    if (stepName) step = stepName;
    if (EXCEPTION.test(text)) exception = text;
    else if (vdk?.[1] === 'ERROR' && !SUMMARY.test(text)) errorMessage = text;
  }
  const error = exception ?? errorMessage;
  if (error === undefined) return undefined;
  return { ...(step ? { step } : {}), error: normalizeMessage(error) };
}

/** One text for grouping: two runs with the same key failed the same way. */
export const logSignatureKey = (signature: LogSignature) => `${signature.step ?? ''}\u0000${signature.error}`;

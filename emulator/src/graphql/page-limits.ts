/**
 * The most rows one GraphQL answer may carry. The real service has no maximum (it pages in memory and would run out
 * of it); here one request must never hold the event loop for long, so a larger page, or an unpaged `executions`
 * result larger than this, is a 400 naming the limit: a deliberate difference (emulator/README.md).
 */
export const PAGE_LIMITS = { jobs: 1_000, executions: 10_000 } as const;

import type { AuthProvider } from './auth-types.ts';
import type { Clock } from './domain/context.ts';

export interface FaultSettings {
  /** Added delay per /data-jobs request, in milliseconds. */
  latencyMs: number;
  /** Probability (0..1) of a 503 with an error body. */
  errorRate: number;
  /** Probability of destroying the connection without an answer. */
  resetRate: number;
  /** Probability of a truncated, unparseable JSON body. */
  malformedRate: number;
  /**
   * Probability that a write (POST/PUT/PATCH/DELETE) that succeeded loses its reply: the change is
   * committed, then the connection is destroyed instead of answering, as when a proxy or the network
   * drops it. The client cannot tell whether its write happened.
   */
  lostReplyRate: number;
  /** How long a lost reply is held before the connection is destroyed (past a client's timeout, if long enough). */
  lostReplyDelayMs: number;
}

export const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  errorRate: 0,
  resetRate: 0,
  malformedRate: 0,
  lostReplyRate: 0,
  lostReplyDelayMs: 0,
};

export interface EmulatorOptions {
  /** Data directory holding `emulator.sqlite` (default `.data`); ignored with `memory`. */
  dataDir?: string;
  memory?: boolean;
  seed?: 'demo' | 'large';
  /** Serve a built dashboard from this directory, with SPA fallback. */
  staticDir?: string;
  /** Clock speed for the default real clock (ignored when `clock` is given). */
  speed?: number;
  /** Inject a clock, e.g. `createManualClock()` in tests. */
  clock?: Clock;
  /** A response that breaks the spec becomes a 500 (on in tests). */
  strict?: boolean;
  /** Turns secrets on (the real default, Vault disabled, answers 501). */
  secrets?: boolean;
  faults?: Partial<FaultSettings>;
  /** Enables `/__emulator/*` (faults and clock control). */
  admin?: boolean;
  /** With `admin` and `auth`: the bearer token that opens the admin routes (default: random, printed at start). */
  adminToken?: string;
  /** Allow this browser origin (the real service has no CORS). */
  corsOrigin?: string;
  /** Real milliseconds before POST deployments takes effect (default 1500; 0 = before the reply). */
  deployDelayMs?: number;
  /** Python versions offered by /info; the first is the default. */
  supportedPythonVersions?: string[];
  auth?: AuthProvider;
  /** Start the scheduler (cron firing and execution progress); default true. */
  scheduler?: boolean;
  /** Where the emulator's own advice goes (e.g. why an upload was refused); silent by default. */
  log?: (line: string) => void;
  /** Fastify logger; off by default. */
  logger?: boolean;
}

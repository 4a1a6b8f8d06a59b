import type { Db } from '../db/database.ts';

/**
 * The emulator's notion of "now". Everything time-based (cron firing, execution progress,
 * log growth, retention) reads this clock, so tests can drive time by hand and demos can
 * run it faster than real time.
 */
export interface Clock {
  /** `real` ticks on its own (optionally accelerated); `manual` only moves when advanced. */
  readonly kind: 'real' | 'manual';
  /** Epoch milliseconds on the emulated timeline. */
  now(): number;
  /** Emulated milliseconds per real millisecond (1 = real time). */
  readonly speed: number;
  /** Moves the timeline forward; listeners (the scheduler) catch up synchronously. */
  advance(ms: number): void;
  onAdvance(listener: () => void): () => void;
}

/** What every domain service needs: storage, time and the deployment-wide settings. */
export interface DomainContext {
  db: Db;
  clock: Clock;
  settings: ServiceSettings;
  /** The emulator's log (the console when run from the command line): advice that never goes into an API body. */
  log: (line: string) => void;
}

export interface ServiceSettings {
  /** Keys of `datajobs.deployment.supportedPythonVersions`. */
  supportedPythonVersions: string[];
  defaultPythonVersion: string;
  /** The VDK init image tag reported as `vdk_version` (`quickstart-vdk:release` → "release"). */
  vdkVersion: string;
  /** Real milliseconds between POST deployments and the deployment becoming visible. */
  deployDelayMs: number;
  secretsEnabled: boolean;
  apiVersion: string;
}

/** The user as the real service records it: the literal `null` when authorization is off. */
export type Username = string | null;

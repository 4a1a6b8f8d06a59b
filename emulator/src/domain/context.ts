import type { Clock } from '../clock/clock.ts';
import type { Db } from '../db/database.ts';

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

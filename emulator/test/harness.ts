import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildEmulator, type Emulator, type EmulatorOptions } from '../src/app.ts';
import { createManualClock } from '../src/clock/clock.ts';

export const T0 = Date.parse('2025-05-13T10:00:00Z');

export interface TestEmulator extends Emulator {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  send(method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<LightMyRequestResponse>;
  graphql(query: string, variables?: Record<string, unknown>, team?: string): Promise<LightMyRequestResponse>;
  createJob(team: string, name: string, config?: Record<string, unknown>): Promise<void>;
  deploy(team: string, name: string, body?: Record<string, unknown>): Promise<void>;
}

/** An in-memory, strict emulator on a manual clock: the conformance tests' system under test. */
export async function startTestEmulator(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const emulator = await buildEmulator({
    memory: true,
    strict: true,
    deployDelayMs: 0,
    clock: createManualClock(T0),
    ...options,
  });
  const request = (inject: InjectOptions) => emulator.app.inject(inject);
  const send: TestEmulator['send'] = (method, url, body) =>
    request({ method, url, ...(body === undefined ? {} : { payload: body as object }) });
  const expectStatus = (response: LightMyRequestResponse, status: number, what: string) => {
    if (response.statusCode !== status) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
  };
  return Object.assign(emulator, {
    request,
    send,
    get: (url: string, headers?: Record<string, string>) => request({ method: 'GET', url, headers }),
    graphql: (query: string, variables?: Record<string, unknown>, team = 'any-team') =>
      request({
        method: 'GET',
        url: `/data-jobs/for-team/${team}/jobs`,
        query: { query, ...(variables ? { variables: JSON.stringify(variables) } : {}) },
      }),
    async createJob(team: string, name: string, config: Record<string, unknown> = {}) {
      const response = await send('POST', `/data-jobs/for-team/${team}/jobs`, {
        job_name: name,
        description: `Job ${name}`,
        config,
      });
      expectStatus(response, 201, `create ${name}`);
    },
    async deploy(team: string, name: string, body: Record<string, unknown> = {}) {
      const response = await send('POST', `/data-jobs/for-team/${team}/jobs/${name}/deployments`, {
        job_version: 'f00dbabe',
        ...body,
      });
      expectStatus(response, 202, `deploy ${name}`);
    },
  });
}

export function json<T = unknown>(response: LightMyRequestResponse): T {
  return JSON.parse(response.body) as T;
}

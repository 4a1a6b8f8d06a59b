/**
 * Where the real service differs from api.yaml, the emulator follows the service (REFERENCE
 * §10). Every such departure the spec validator tolerates is listed here, and only here.
 */
export const SPEC_EXEMPTIONS = {
  /**
   * Error bodies are `{what, why, consequences, countermeasures}` or empty (REFERENCE §7.1),
   * never the spec's `Error {messages}`: every status ≥ 400 is checked against this instead.
   */
  errorBodySchema: {
    type: 'object',
    required: ['what', 'why', 'consequences', 'countermeasures'],
    properties: {
      what: { type: 'string' },
      why: { type: 'string' },
      consequences: { type: 'string' },
      countermeasures: { type: 'string' },
    },
  },
  /**
   * Statuses every operation may answer: an unreadable request (400, §7.1), auth (401/403, §9),
   * coding errors (500, §7.1), outages and injected faults (503).
   */
  anyOperationStatuses: [400, 401, 403, 500, 503],
  /** Statuses the implementation sends that the spec does not list (REFERENCE §1, §5, §6, §7.2). */
  extraStatuses: {
    dataJobUpdate: [200], // spec: 201/204
    dataJobCreate: [],
    dataJobTeamUpdate: [],
    deploymentList: [],
    deploymentUpdate: [409], // unsupported python_version
    deploymentPatch: [409],
    dataJobExecutionStart: [404], // job not found / not deployed
    dataJobExecutionCancel: [400], // not submitted/running
    dataJobExecutionList: [],
    dataJobDeploymentExecutionList: [],
    dataJobPropertiesRead: [],
    dataJobPropertiesUpdate: [],
    dataJobSecretsRead: [501], // Vault disabled
    dataJobSecretsUpdate: [400, 501],
    dataJobLogsDownload: [],
    sourcesUpload: [404], // job not in team
    sourcesDelete: [404],
    dataJobSourcesDownload: [],
    dataJobKeytabDownload: [],
    oauthCredentialsGet: [501],
    oauthCredentialsPut: [501],
    clientIdGet: [501],
    getTeamIdsForClientIds: [501],
  } as Record<string, number[]>,
  /**
   * Jackson writes every unset field as `null` (REFERENCE §0) and the spec declares no
   * `nullable`: in responses every optional property may be null, plus these required ones.
   */
  nullableRequiredProperties: { DataJob: ['description'] } as Record<string, string[]>,
  /** Bean validation is off (`useBeanValidation: false`): `required` is not enforced on requests. */
  enforceRequiredInRequests: false,
  /** Query parameters the implementation validates itself, with its own status (§4.3: invalid status → 404). */
  selfValidatedParameters: ['execution_status'],
} as const;

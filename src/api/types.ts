/** Friendly names for the generated API types: import these, never the generated files directly. */
import type { components } from '../../spec/generated/vdk-api';
import type { ExecutionHistoryQuery, ExecutionsListQuery, JobsListQuery, TimelineJobsQuery } from './graphql/documents';

type Schemas = components['schemas'];

export type DataJob = Schemas['DataJob'];
export type DataJobConfig = Schemas['DataJobConfig'];
export type DataJobContacts = Schemas['DataJobContacts'];
export type DataJobDeployment = Schemas['DataJobDeployment'];
export type DataJobDeploymentStatus = Schemas['DataJobDeploymentStatus'];
export type DataJobExecution = Schemas['DataJobExecution'];
export type DataJobExecutionRequest = Schemas['DataJobExecutionRequest'];
export type DataJobApiInfo = Schemas['DataJobApiInfo'];
export type DataJobVersion = Schemas['DataJobVersion'];
export type DataJobProperties = Schemas['DataJobProperties'];

/** REST spelling of an execution status (lowercase). GraphQL uses the uppercase names. */
export type ExecutionStatus = NonNullable<DataJobExecution['status']>;
export type ExecutionType = NonNullable<DataJobExecution['type']>;
export type {
  DataJobExecutionStatus as GraphqlExecutionStatus,
  DataJobExecutionType as GraphqlExecutionType,
} from './graphql/typed-query';

export type JobsPage = NonNullable<JobsListQuery['jobs']>;
export type JobSummary = NonNullable<NonNullable<JobsPage['content']>[number]>;
export type JobSummaryDeployment = NonNullable<NonNullable<JobSummary['deployments']>[number]>;
export type JobSummaryExecution = NonNullable<NonNullable<JobSummaryDeployment['executions']>[number]>;
export type TimelineJobsPage = NonNullable<TimelineJobsQuery['jobs']>;
export type TimelineJob = NonNullable<NonNullable<TimelineJobsPage['content']>[number]>;
export type ExecutionsPage = NonNullable<ExecutionsListQuery['executions']>;
export type ExecutionSummary = NonNullable<NonNullable<ExecutionsPage['content']>[number]>;
/** A run as failure triage and a job's history chart read it: the fields of `ExecutionSummary` they use. */
export type ExecutionChartRun = NonNullable<
  NonNullable<NonNullable<ExecutionHistoryQuery['executions']>['content']>[number]
>;

/** Defined with the paths in src/lib, which cannot import the api layer; here for the api's callers. */
export type { ExecutionRef, JobRef, TeamRef } from '@/lib/refs';

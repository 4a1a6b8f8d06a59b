/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type DataJobExecutionFilter = {
  endTimeGte?: string | null | undefined;
  endTimeLte?: string | null | undefined;
  jobNameIn?: Array<string | null | undefined> | null | undefined;
  startTimeGte?: string | null | undefined;
  startTimeLte?: string | null | undefined;
  statusIn?: Array<DataJobExecutionStatus | null | undefined> | null | undefined;
  teamNameIn?: Array<string | null | undefined> | null | undefined;
};

export type DataJobExecutionOrder = {
  direction?: Direction | null | undefined;
  property?: string | null | undefined;
};

export type DataJobExecutionStatus =
  | 'CANCELLED'
  | 'PLATFORM_ERROR'
  | 'RUNNING'
  | 'SKIPPED'
  | 'SUBMITTED'
  | 'SUCCEEDED'
  | 'USER_ERROR';

export type DataJobExecutionType =
  | 'MANUAL'
  | 'SCHEDULED';

export type Direction =
  | 'ASC'
  | 'DESC';

export type Predicate = {
  pattern?: string | null | undefined;
  property?: string | null | undefined;
  sort?: Direction | null | undefined;
};

export type ExecutionHistoryQueryVariables = Exact<{
  pageNumber?: number | null | undefined;
  pageSize?: number | null | undefined;
  filter?: DataJobExecutionFilter | null | undefined;
  order?: DataJobExecutionOrder | null | undefined;
}>;


export type ExecutionHistoryQuery = { executions: { totalItems: number | null, totalPages: number | null, content: Array<{ id: string | null, jobName: string | null, type: DataJobExecutionType | null, status: DataJobExecutionStatus | null, startTime: string | null, endTime: string | null, startedBy: string | null, message: string | null, deployment: { jobVersion: string | null, vdkVersion: string | null, deployedDate: string | null, deployedBy: string | null } | null } | null> | null } | null };

export type ExecutionsListQueryVariables = Exact<{
  pageNumber?: number | null | undefined;
  pageSize?: number | null | undefined;
  filter?: DataJobExecutionFilter | null | undefined;
  order?: DataJobExecutionOrder | null | undefined;
}>;


export type ExecutionsListQuery = { executions: { totalItems: number | null, totalPages: number | null, content: Array<{ id: string | null, jobName: string | null, type: DataJobExecutionType | null, status: DataJobExecutionStatus | null, startTime: string | null, endTime: string | null, startedBy: string | null, message: string | null, opId: string | null, logsUrl: string | null, deployment: { jobVersion: string | null, vdkVersion: string | null, jobPythonVersion: string | null, deployedDate: string | null, deployedBy: string | null } | null } | null> | null } | null };

export type JobsListQueryVariables = Exact<{
  pageNumber: number;
  pageSize: number;
  filter?: Array<Predicate | null | undefined> | Predicate | null | undefined;
  search?: string | null | undefined;
}>;


export type JobsListQuery = { jobs: { totalItems: number | null, totalPages: number | null, content: Array<{ jobName: string | null, config: { team: string | null, description: string | null, sourceUrl: string | null, contacts: { notifiedOnJobFailureUserError: Array<string | null> | null, notifiedOnJobFailurePlatformError: Array<string | null> | null, notifiedOnJobSuccess: Array<string | null> | null, notifiedOnJobDeploy: Array<string | null> | null } | null, schedule: { scheduleCron: string | null, nextRunEpochSeconds: number | null } | null } | null, deployments: Array<{ id: string | null, enabled: boolean | null, jobVersion: string | null, jobPythonVersion: string | null, lastDeployedBy: string | null, lastDeployedDate: string | null, lastExecutionStatus: DataJobExecutionStatus | null, lastExecutionTime: string | null, lastExecutionDuration: number | null, successfulExecutions: number | null, failedExecutions: number | null, executions: Array<{ id: string | null, type: DataJobExecutionType | null, status: DataJobExecutionStatus | null, startTime: string | null, endTime: string | null, message: string | null } | null> | null } | null> | null } | null> | null } | null };

export type TimelineJobsQueryVariables = Exact<{
  pageNumber: number;
  pageSize: number;
  filter?: Array<Predicate | null | undefined> | Predicate | null | undefined;
}>;


export type TimelineJobsQuery = { jobs: { totalItems: number | null, totalPages: number | null, content: Array<{ jobName: string | null, config: { team: string | null, schedule: { scheduleCron: string | null } | null } | null, deployments: Array<{ enabled: boolean | null, lastDeployedDate: string | null } | null> | null } | null> | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExecutionHistoryDocument = new TypedDocumentString(`
    query ExecutionHistory($pageNumber: Int, $pageSize: Int, $filter: DataJobExecutionFilter, $order: DataJobExecutionOrder) {
  executions(
    pageNumber: $pageNumber
    pageSize: $pageSize
    filter: $filter
    order: $order
  ) {
    content {
      id
      jobName
      type
      status
      startTime
      endTime
      startedBy
      message
      deployment {
        jobVersion
        vdkVersion
        deployedDate
        deployedBy
      }
    }
    totalItems
    totalPages
  }
}
    `) as unknown as TypedDocumentString<ExecutionHistoryQuery, ExecutionHistoryQueryVariables>;
export const ExecutionsListDocument = new TypedDocumentString(`
    query ExecutionsList($pageNumber: Int, $pageSize: Int, $filter: DataJobExecutionFilter, $order: DataJobExecutionOrder) {
  executions(
    pageNumber: $pageNumber
    pageSize: $pageSize
    filter: $filter
    order: $order
  ) {
    content {
      id
      jobName
      type
      status
      startTime
      endTime
      startedBy
      message
      opId
      logsUrl
      deployment {
        jobVersion
        vdkVersion
        jobPythonVersion
        deployedDate
        deployedBy
      }
    }
    totalItems
    totalPages
  }
}
    `) as unknown as TypedDocumentString<ExecutionsListQuery, ExecutionsListQueryVariables>;
export const JobsListDocument = new TypedDocumentString(`
    query JobsList($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate], $search: String) {
  jobs(
    pageNumber: $pageNumber
    pageSize: $pageSize
    filter: $filter
    search: $search
  ) {
    content {
      jobName
      config {
        team
        description
        sourceUrl
        contacts {
          notifiedOnJobFailureUserError
          notifiedOnJobFailurePlatformError
          notifiedOnJobSuccess
          notifiedOnJobDeploy
        }
        schedule {
          scheduleCron
          nextRunEpochSeconds
        }
      }
      deployments {
        id
        enabled
        jobVersion
        jobPythonVersion
        lastDeployedBy
        lastDeployedDate
        lastExecutionStatus
        lastExecutionTime
        lastExecutionDuration
        successfulExecutions
        failedExecutions
        executions(
          pageNumber: 1
          pageSize: 10
          order: {property: "startTime", direction: DESC}
        ) {
          id
          type
          status
          startTime
          endTime
          message
        }
      }
    }
    totalItems
    totalPages
  }
}
    `) as unknown as TypedDocumentString<JobsListQuery, JobsListQueryVariables>;
export const TimelineJobsDocument = new TypedDocumentString(`
    query TimelineJobs($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate]) {
  jobs(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter) {
    content {
      jobName
      config {
        team
        schedule {
          scheduleCron
        }
      }
      deployments {
        enabled
        lastDeployedDate
      }
    }
    totalItems
    totalPages
  }
}
    `) as unknown as TypedDocumentString<TimelineJobsQuery, TimelineJobsQueryVariables>;
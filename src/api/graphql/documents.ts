import type { ResultOf, VariablesOf } from 'gql.tada';
import { typedQuery } from './typed-query';

/*
 * The documents every list shares: they ship together with the job list's shared chunk, so a document only one
 * lazy page needs belongs next to that page's queries instead (src/api/team-health/documents.ts).
 */

export const ExecutionsListDocument = typedQuery(`
  query ExecutionsList(
    $pageNumber: Int
    $pageSize: Int
    $filter: DataJobExecutionFilter
    $order: DataJobExecutionOrder
  ) {
    executions(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter, order: $order) {
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
`);

/**
 * Only the fields failure triage and a job's history chart read: a window brings up to 10,000 runs, and each field is
 * read that often.
 */
export const ExecutionHistoryDocument = typedQuery(`
  query ExecutionHistory(
    $pageNumber: Int
    $pageSize: Int
    $filter: DataJobExecutionFilter
    $order: DataJobExecutionOrder
  ) {
    executions(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter, order: $order) {
      content {
        id
        jobName
        type
        status
        startTime
        endTime
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
`);

export const JobsListDocument = typedQuery(`
  query JobsList($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate], $search: String) {
    jobs(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter, search: $search) {
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
          executions(pageNumber: 1, pageSize: 10, order: { property: "startTime", direction: DESC }) {
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
`);

// The lanes of the runs timeline: just what the schedule check needs, for a page of jobs.
export const TimelineJobsDocument = typedQuery(`
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
`);

export type ExecutionsListQuery = ResultOf<typeof ExecutionsListDocument>;
export type ExecutionsListQueryVariables = VariablesOf<typeof ExecutionsListDocument>;
export type ExecutionHistoryQuery = ResultOf<typeof ExecutionHistoryDocument>;
export type ExecutionHistoryQueryVariables = VariablesOf<typeof ExecutionHistoryDocument>;
export type JobsListQuery = ResultOf<typeof JobsListDocument>;
export type JobsListQueryVariables = VariablesOf<typeof JobsListDocument>;
export type TimelineJobsQuery = ResultOf<typeof TimelineJobsDocument>;

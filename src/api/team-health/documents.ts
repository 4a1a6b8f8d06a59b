import { typedQuery } from '../graphql/typed-query';

// Only the team home loads this module, so its document stays out of the job list's shared chunk.

// Who hears about failures, for every job of a team: a page of 1,000 jobs without the nested executions the job
// list selects (the service runs one query per job on the page for those).
export const JobContactsDocument = typedQuery(`
  query JobContacts($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate]) {
    jobs(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter) {
      content {
        jobName
        config {
          team
          contacts {
            notifiedOnJobFailureUserError
            notifiedOnJobFailurePlatformError
          }
        }
        deployments {
          enabled
        }
      }
      totalItems
      totalPages
    }
  }
`);

// The runs the home's schedule check compares with the deployed schedules: only what the check reads, no ids.
export const ScheduleRunsDocument = typedQuery(`
  query ScheduleRuns(
    $pageNumber: Int
    $pageSize: Int
    $filter: DataJobExecutionFilter
    $order: DataJobExecutionOrder
  ) {
    executions(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter, order: $order) {
      content {
        jobName
        type
        status
        startTime
        endTime
      }
      totalItems
      totalPages
    }
  }
`);

// The home's counts: `totalItems` of a one-row page. The row is one name (the envelope must have its `content`) and
// its deployment's state: the service filters on `deployments.*` only when `deployments` is selected, and without it
// every job looks undeployed. No contacts or nested executions, so the request and its answer stay small.
export const JobsCountDocument = typedQuery(`
  query JobsCount($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate], $search: String) {
    jobs(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter, search: $search) {
      content {
        jobName
        deployments {
          enabled
        }
      }
      totalItems
    }
  }
`);

export const ExecutionsCountDocument = typedQuery(`
  query ExecutionsCount($pageNumber: Int, $pageSize: Int, $filter: DataJobExecutionFilter) {
    executions(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter) {
      content {
        id
      }
      totalItems
    }
  }
`);

/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ExecutionHistory($pageNumber: Int, $pageSize: Int, $filter: DataJobExecutionFilter, $order: DataJobExecutionOrder) {\n  executions(\n    pageNumber: $pageNumber\n    pageSize: $pageSize\n    filter: $filter\n    order: $order\n  ) {\n    content {\n      id\n      jobName\n      type\n      status\n      startTime\n      endTime\n      startedBy\n      message\n      deployment {\n        jobVersion\n        vdkVersion\n        deployedDate\n        deployedBy\n      }\n    }\n    totalItems\n    totalPages\n  }\n}": typeof types.ExecutionHistoryDocument,
    "query ExecutionsList($pageNumber: Int, $pageSize: Int, $filter: DataJobExecutionFilter, $order: DataJobExecutionOrder) {\n  executions(\n    pageNumber: $pageNumber\n    pageSize: $pageSize\n    filter: $filter\n    order: $order\n  ) {\n    content {\n      id\n      jobName\n      type\n      status\n      startTime\n      endTime\n      startedBy\n      message\n      opId\n      logsUrl\n      deployment {\n        jobVersion\n        vdkVersion\n        jobPythonVersion\n        deployedDate\n        deployedBy\n      }\n    }\n    totalItems\n    totalPages\n  }\n}": typeof types.ExecutionsListDocument,
    "query JobsList($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate], $search: String) {\n  jobs(\n    pageNumber: $pageNumber\n    pageSize: $pageSize\n    filter: $filter\n    search: $search\n  ) {\n    content {\n      jobName\n      config {\n        team\n        description\n        sourceUrl\n        contacts {\n          notifiedOnJobFailureUserError\n          notifiedOnJobFailurePlatformError\n          notifiedOnJobSuccess\n          notifiedOnJobDeploy\n        }\n        schedule {\n          scheduleCron\n          nextRunEpochSeconds\n        }\n      }\n      deployments {\n        id\n        enabled\n        jobVersion\n        jobPythonVersion\n        lastDeployedBy\n        lastDeployedDate\n        lastExecutionStatus\n        lastExecutionTime\n        lastExecutionDuration\n        successfulExecutions\n        failedExecutions\n        executions(\n          pageNumber: 1\n          pageSize: 10\n          order: {property: \"startTime\", direction: DESC}\n        ) {\n          id\n          type\n          status\n          startTime\n          endTime\n          message\n        }\n      }\n    }\n    totalItems\n    totalPages\n  }\n}": typeof types.JobsListDocument,
    "query TimelineJobs($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate]) {\n  jobs(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter) {\n    content {\n      jobName\n      config {\n        team\n        schedule {\n          scheduleCron\n        }\n      }\n      deployments {\n        enabled\n        lastDeployedDate\n      }\n    }\n    totalItems\n    totalPages\n  }\n}": typeof types.TimelineJobsDocument,
};
const documents: Documents = {
    "query ExecutionHistory($pageNumber: Int, $pageSize: Int, $filter: DataJobExecutionFilter, $order: DataJobExecutionOrder) {\n  executions(\n    pageNumber: $pageNumber\n    pageSize: $pageSize\n    filter: $filter\n    order: $order\n  ) {\n    content {\n      id\n      jobName\n      type\n      status\n      startTime\n      endTime\n      startedBy\n      message\n      deployment {\n        jobVersion\n        vdkVersion\n        deployedDate\n        deployedBy\n      }\n    }\n    totalItems\n    totalPages\n  }\n}": types.ExecutionHistoryDocument,
    "query ExecutionsList($pageNumber: Int, $pageSize: Int, $filter: DataJobExecutionFilter, $order: DataJobExecutionOrder) {\n  executions(\n    pageNumber: $pageNumber\n    pageSize: $pageSize\n    filter: $filter\n    order: $order\n  ) {\n    content {\n      id\n      jobName\n      type\n      status\n      startTime\n      endTime\n      startedBy\n      message\n      opId\n      logsUrl\n      deployment {\n        jobVersion\n        vdkVersion\n        jobPythonVersion\n        deployedDate\n        deployedBy\n      }\n    }\n    totalItems\n    totalPages\n  }\n}": types.ExecutionsListDocument,
    "query JobsList($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate], $search: String) {\n  jobs(\n    pageNumber: $pageNumber\n    pageSize: $pageSize\n    filter: $filter\n    search: $search\n  ) {\n    content {\n      jobName\n      config {\n        team\n        description\n        sourceUrl\n        contacts {\n          notifiedOnJobFailureUserError\n          notifiedOnJobFailurePlatformError\n          notifiedOnJobSuccess\n          notifiedOnJobDeploy\n        }\n        schedule {\n          scheduleCron\n          nextRunEpochSeconds\n        }\n      }\n      deployments {\n        id\n        enabled\n        jobVersion\n        jobPythonVersion\n        lastDeployedBy\n        lastDeployedDate\n        lastExecutionStatus\n        lastExecutionTime\n        lastExecutionDuration\n        successfulExecutions\n        failedExecutions\n        executions(\n          pageNumber: 1\n          pageSize: 10\n          order: {property: \"startTime\", direction: DESC}\n        ) {\n          id\n          type\n          status\n          startTime\n          endTime\n          message\n        }\n      }\n    }\n    totalItems\n    totalPages\n  }\n}": types.JobsListDocument,
    "query TimelineJobs($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate]) {\n  jobs(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter) {\n    content {\n      jobName\n      config {\n        team\n        schedule {\n          scheduleCron\n        }\n      }\n      deployments {\n        enabled\n        lastDeployedDate\n      }\n    }\n    totalItems\n    totalPages\n  }\n}": types.TimelineJobsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionHistory($pageNumber: Int, $pageSize: Int, $filter: DataJobExecutionFilter, $order: DataJobExecutionOrder) {\n  executions(\n    pageNumber: $pageNumber\n    pageSize: $pageSize\n    filter: $filter\n    order: $order\n  ) {\n    content {\n      id\n      jobName\n      type\n      status\n      startTime\n      endTime\n      startedBy\n      message\n      deployment {\n        jobVersion\n        vdkVersion\n        deployedDate\n        deployedBy\n      }\n    }\n    totalItems\n    totalPages\n  }\n}"): typeof import('./graphql').ExecutionHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExecutionsList($pageNumber: Int, $pageSize: Int, $filter: DataJobExecutionFilter, $order: DataJobExecutionOrder) {\n  executions(\n    pageNumber: $pageNumber\n    pageSize: $pageSize\n    filter: $filter\n    order: $order\n  ) {\n    content {\n      id\n      jobName\n      type\n      status\n      startTime\n      endTime\n      startedBy\n      message\n      opId\n      logsUrl\n      deployment {\n        jobVersion\n        vdkVersion\n        jobPythonVersion\n        deployedDate\n        deployedBy\n      }\n    }\n    totalItems\n    totalPages\n  }\n}"): typeof import('./graphql').ExecutionsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query JobsList($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate], $search: String) {\n  jobs(\n    pageNumber: $pageNumber\n    pageSize: $pageSize\n    filter: $filter\n    search: $search\n  ) {\n    content {\n      jobName\n      config {\n        team\n        description\n        sourceUrl\n        contacts {\n          notifiedOnJobFailureUserError\n          notifiedOnJobFailurePlatformError\n          notifiedOnJobSuccess\n          notifiedOnJobDeploy\n        }\n        schedule {\n          scheduleCron\n          nextRunEpochSeconds\n        }\n      }\n      deployments {\n        id\n        enabled\n        jobVersion\n        jobPythonVersion\n        lastDeployedBy\n        lastDeployedDate\n        lastExecutionStatus\n        lastExecutionTime\n        lastExecutionDuration\n        successfulExecutions\n        failedExecutions\n        executions(\n          pageNumber: 1\n          pageSize: 10\n          order: {property: \"startTime\", direction: DESC}\n        ) {\n          id\n          type\n          status\n          startTime\n          endTime\n          message\n        }\n      }\n    }\n    totalItems\n    totalPages\n  }\n}"): typeof import('./graphql').JobsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TimelineJobs($pageNumber: Int!, $pageSize: Int!, $filter: [Predicate]) {\n  jobs(pageNumber: $pageNumber, pageSize: $pageSize, filter: $filter) {\n    content {\n      jobName\n      config {\n        team\n        schedule {\n          scheduleCron\n        }\n      }\n      deployments {\n        enabled\n        lastDeployedDate\n      }\n    }\n    totalItems\n    totalPages\n  }\n}"): typeof import('./graphql').TimelineJobsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

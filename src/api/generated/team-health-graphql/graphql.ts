/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Direction =
  | 'ASC'
  | 'DESC';

export type Predicate = {
  pattern?: string | null | undefined;
  property?: string | null | undefined;
  sort?: Direction | null | undefined;
};

export type JobContactsQueryVariables = Exact<{
  pageNumber: number;
  pageSize: number;
  filter?: Array<Predicate | null | undefined> | Predicate | null | undefined;
}>;


export type JobContactsQuery = { jobs: { totalItems: number | null, totalPages: number | null, content: Array<{ jobName: string | null, config: { team: string | null, contacts: { notifiedOnJobFailureUserError: Array<string | null> | null, notifiedOnJobFailurePlatformError: Array<string | null> | null } | null } | null, deployments: Array<{ enabled: boolean | null } | null> | null } | null> | null } | null };

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

export const JobContactsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<JobContactsQuery, JobContactsQueryVariables>;
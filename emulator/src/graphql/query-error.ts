/** A data-fetcher failure, worded like graphql-java's `Exception while fetching data (/jobs) : <cause>`. */
export class FetchError extends Error {
  constructor(field: string, cause: string) {
    super(`Exception while fetching data (/${field}) : ${cause}`);
  }
}

import type { DocumentDecoration, initGraphQLTada, ResultOf, VariablesOf } from 'gql.tada';
import type { introspection } from '../generated/graphql-env';

/*
 * GraphQL documents, typed from the vendored schema at compile time by gql.tada
 * (spec/vdk-api/schema.graphqls → src/api/generated/graphql-env.d.ts, `npm run gen:api`). The service takes
 * the query as text, so only gql.tada's types are used: at run time this `graphql` hands the text back, and
 * gql.tada's parser and printer stay out of the first route's bundle. documents.node.test.ts validates every
 * document against the schema with graphql-js.
 */
const graphql = String as unknown as initGraphQLTada<{
  introspection: introspection;
  scalars: { DateTime: string };
}>;

/** A GraphQL document as the text the service receives, carrying its result and variables types. */
export type TypedQuery<TResult, TVariables> = string & DocumentDecoration<TResult, TVariables>;

// One signature (graphql has overloads), so `typeof parse<Source>` names a document's type for a given text.
const parse = <const Source extends string>(source: Source) => graphql(source);
type Parsed<Source extends string> = ReturnType<typeof parse<Source>>;

/** gql.tada types a field the schema lacks as `unknown` without an error; this finds one at any depth. */
type HasUnknownField<T> = unknown extends T
  ? true
  : T extends readonly (infer Item)[]
    ? HasUnknownField<Item>
    : T extends object
      ? { [Key in keyof T]-?: HasUnknownField<T[Key]> }[keyof T]
      : false;

/** Rejects, at compile time, a document selecting a field the schema does not have. */
type KnownFields<Source extends string> =
  true extends HasUnknownField<ResultOf<Parsed<Source>>>
    ? 'a document selects a field the schema does not have'
    : unknown;

export function typedQuery<const Source extends string>(source: Source & KnownFields<Source>) {
  const document = parse<Source>(source);
  return document as unknown as TypedQuery<ResultOf<typeof document>, VariablesOf<typeof document>>;
}

/** An enum or input object of the schema. */
type SchemaType<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;
export type Predicate = SchemaType<'Predicate'>;
export type DataJobExecutionStatus = SchemaType<'DataJobExecutionStatus'>;
export type DataJobExecutionType = SchemaType<'DataJobExecutionType'>;
export type DataJobExecutionFilter = SchemaType<'DataJobExecutionFilter'>;

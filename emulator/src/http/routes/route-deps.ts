import type { GraphQLSchema } from 'graphql';
import type { DomainContext } from '../../domain/context.ts';
import type { DeploymentService } from '../../domain/deployment-service.ts';

/** What route modules need from the emulator. */
export interface RouteDeps {
  ctx: DomainContext;
  deployments: DeploymentService;
  schema: GraphQLSchema;
}

export interface TeamParams {
  team_name: string;
}
export interface JobParams extends TeamParams {
  job_name: string;
}
export interface DeploymentParams extends JobParams {
  deployment_id: string;
}
export interface ExecutionParams extends JobParams {
  execution_id: string;
}

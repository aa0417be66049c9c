import { getOperationAST } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import type { GraphQLContext } from '../context.js';
import type { RateLimits } from '../http/rate-limits.js';
import { ErrorCode } from './errors.js';

export function rateLimited(seconds: number) {
  return createGraphQLError(`Too many requests: try again in ${seconds} s`, {
    extensions: {
      code: ErrorCode.RATE_LIMITED,
      retryAfter: seconds,
      http: { status: 429, headers: { 'retry-after': String(seconds) } },
    },
  });
}

/** Counts every mutation against the person and the client address; reads are not limited. */
export function mutationRateLimit(limits: RateLimits): Plugin<GraphQLContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      if (operation?.operation !== 'mutation') return;
      const { principal, clientAddress } = args.contextValue;
      const wait = await limits.mutation(principal?.personId ?? null, clientAddress);
      if (wait > 0) setResultAndStopExecution({ errors: [rateLimited(wait)] });
    },
  };
}

import type { ASTVisitor, ValidationContext } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { ErrorCode } from './errors.js';

/** Production answers no questions about the schema: `__schema` and `__type` are refused. */
export const noIntrospection: Plugin = {
  onValidate: ({ addValidationRule }) =>
    addValidationRule((context: ValidationContext): ASTVisitor => ({
      Field(node) {
        if (node.name.value !== '__schema' && node.name.value !== '__type') return;
        context.reportError(
          createGraphQLError('Introspection is disabled', {
            nodes: [node],
            extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED },
          }),
        );
      },
    })),
};

/**
 * Every error leaves with a code and nothing internal: yoga echoes the JSON parser's
 * message as `originalError`, and the query limits report errors without a code.
 */
export const safeErrors: Plugin = {
  onResultProcess({ result, setResult }) {
    if (Array.isArray(result) || !('errors' in result) || !result.errors?.length) return;
    const errors = result.errors.map((error) => {
      const { originalError, http, ...extensions } = error.extensions ?? {};
      const code =
        extensions.code ??
        (error.path ? ErrorCode.INTERNAL_SERVER_ERROR : ErrorCode.GRAPHQL_VALIDATION_FAILED);
      // Yoga answers 400 (not 200) to a body it could not parse; keep that status.
      if (http && typeof http === 'object') {
        extensions.http = originalError ? { ...http, spec: false } : http;
      }
      return createGraphQLError(error.message, {
        nodes: error.nodes ?? null,
        source: error.source ?? null,
        positions: error.positions ?? null,
        path: error.path ?? null,
        extensions: { ...extensions, code },
      });
    });
    setResult({ ...result, errors });
  },
};

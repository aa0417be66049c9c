// Only what Piazza's code uses: every export here is paid for by every page.
export {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  NetworkStatus,
  Observable,
  ServerError,
  // Already in the HttpLink: the shell's SSE link builds its request bodies with them.
  fallbackHttpConfig,
  selectHttpOptionsAndBody,
} from '@apollo/client';

// Only what Piazza's code uses: every export here is paid for by every page.
export {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
  NetworkStatus,
  ServerError,
} from '@apollo/client';

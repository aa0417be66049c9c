/** One app of the portal, as the build lists it (apps/<name>/app.json plus its module). */
export interface AppEntry {
  name: string;
  /** Path under the portal's base path, e.g. 'news'. */
  route: string;
  /** i18next namespace of the app's strings. */
  namespace: string;
  /** Position in the navigation. */
  order: number;
  /** Specifier resolved by the import map, e.g. '@piazza/news'. */
  module: string;
}

/**
 * What a deployment of Piazza consists of, generated at build and handed to the shell by
 * embed.js. Redeploying one app rewrites this and the import map, nothing else.
 */
export interface PortalManifest {
  apps: AppEntry[];
  /** Translation bundle URLs per namespace and locale. */
  locales: Record<string, Record<string, string>>;
  /** Absolute URL of the GraphQL endpoint. */
  graphqlUrl: string;
  /** Absolute URL of Piazza's origin, for the demo sign-in and media. */
  origin: string;
}

/**
 * The apps of the deployment that the server opened to the person (`me.apps`: their roles
 * and the roll-out waves), in manifest order.
 */
export function appsOpenTo(apps: readonly AppEntry[], names: readonly string[]): AppEntry[] {
  return apps.filter((app) => names.includes(app.name));
}

let provideManifest: (manifest: PortalManifest) => void;
/** Resolves once embed.js has handed over the deployment's manifest. */
export const manifestReady = new Promise<PortalManifest>((resolve) => {
  provideManifest = resolve;
});

/** Called by embed.js with the manifest generated at build. */
export function configure(manifest: PortalManifest): void {
  provideManifest(manifest);
}

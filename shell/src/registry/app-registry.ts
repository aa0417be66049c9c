import {
  addErrorHandler,
  getAppStatus,
  registerApplication,
  removeErrorHandler,
  start,
  triggerAppChange,
  unregisterApplication,
  type AppError,
  type LifeCycles,
} from 'single-spa';
import type { AppProps, PortalContext } from '@piazza/shared';
import type { AppEntry } from '../boot/manifest.js';
import './app-unavailable.js';

export interface AppRegistryOptions {
  apps: readonly AppEntry[];
  portal: PortalContext;
  /** Where each app gets its own container. */
  region: HTMLElement;
  /** Loads an app's translations; runs in parallel with its module. */
  loadNamespace(namespace: string): Promise<void>;
}

let singleSpaStarted = false;

/** Is `pathname` the app's route or below it? */
export function isAppRoute(pathname: string, basePath: string, route: string): boolean {
  const prefix = `${basePath}${route}`;
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/**
 * Registers the person's apps with single-spa, one container each, and keeps a failing
 * app to its own container: a load error or a throw in a lifecycle shows a translated
 * "unavailable, retry" tile there while the rest of the portal works on.
 */
export class AppRegistry {
  private readonly options: AppRegistryOptions;
  private readonly containers = new Map<string, HTMLElement>();

  constructor(options: AppRegistryOptions) {
    this.options = options;
  }

  start(): void {
    for (const app of this.options.apps) {
      const container = document.createElement('div');
      container.dataset['app'] = app.name;
      this.options.region.append(container);
      this.containers.set(app.name, container);
      this.register(app);
    }
    addErrorHandler(this.onAppError);
    window.addEventListener('single-spa:routing-event', this.showActiveContainer);
    // single-spa starts once per page (a second start throws); a registry made after
    // another stopped (a new session, a portal mounted again) only registers, and
    // single-spa mounts what is active.
    if (!singleSpaStarted) start({ urlRerouteOnly: true });
    singleSpaStarted = true;
  }

  /** Unmounts and forgets every app, e.g. when the host page removes the portal. */
  async stop(): Promise<void> {
    removeErrorHandler(this.onAppError);
    window.removeEventListener('single-spa:routing-event', this.showActiveContainer);
    await Promise.all(
      this.options.apps.map((app) => unregisterApplication(app.name).catch(() => undefined)),
    );
    for (const container of this.containers.values()) container.remove();
    this.containers.clear();
  }

  /** The app whose route is the current location, if any. */
  activeApp(): AppEntry | undefined {
    const { pathname } = window.location;
    const { basePath } = this.options.portal;
    return this.options.apps.find((app) => isAppRoute(pathname, basePath, app.route));
  }

  private register(app: AppEntry): void {
    const { portal, loadNamespace } = this.options;
    const container = this.containers.get(app.name)!;
    registerApplication<Omit<AppProps, 'name'>>({
      name: app.name,
      app: async () => {
        const [module] = await Promise.all([
          import(/* @vite-ignore */ app.module) as Promise<LifeCycles>,
          loadNamespace(app.namespace),
        ]);
        return module as LifeCycles<Omit<AppProps, 'name'>>;
      },
      activeWhen: (location) => isAppRoute(location.pathname, portal.basePath, app.route),
      customProps: { domElement: container, portal },
    });
  }

  private readonly onAppError = (error: AppError): void => {
    const name = error.appOrParcelName;
    const container = this.containers.get(name);
    if (container === undefined) return;
    console.error(`Piazza app "${name}" failed`, error);
    const tile = document.createElement('piazza-app-unavailable');
    tile.addEventListener('piazza-retry', () => void this.retry(name));
    container.replaceChildren(tile);
  };

  private async retry(name: string): Promise<void> {
    const app = this.options.apps.find((entry) => entry.name === name);
    if (app === undefined) return;
    this.containers.get(name)?.replaceChildren();
    // single-spa reloads a module that failed to load by itself; an app that threw in
    // a lifecycle is marked broken for good, so it is registered anew.
    if (getAppStatus(name) !== 'LOAD_ERROR') {
      await unregisterApplication(name).catch(() => undefined);
      this.register(app);
    }
    await triggerAppChange();
  }

  private readonly showActiveContainer = (): void => {
    const active = this.activeApp();
    for (const [name, container] of this.containers) container.hidden = name !== active?.name;
  };
}

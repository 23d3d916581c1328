import { type Attributes, Component, type ComponentType, lazy, type ReactNode } from 'react';
import { chunkUrl, retryUrl } from './chunk';

// biome-ignore lint/suspicious/noExplicitAny: a page's or a part's props, whatever they are
type Loader<K extends string, P = any> = () => Promise<Record<K, ComponentType<P>>>;

/** How often a page whose code could not be fetched tries again. */
const RETRY_MS = 2_000;
/** Remembers, across the one reload, that the page was already reloaded for a missing chunk (no reload loop). */
const RELOADED_KEY = 'duban:reloaded-for-chunk';

/**
 * Loads a page's module; a retry asks for the chunk under a fresh URL, since a browser may remember a failed
 * dynamic import of a URL for the life of the page.
 */
async function importPage<K extends string, P>(
  load: Loader<K, P>,
  attempt: number,
): Promise<Record<K, ComponentType<P>>> {
  try {
    return await load();
  } catch (error) {
    const url = attempt > 0 ? chunkUrl(error) : null;
    if (!url) throw error;
    return (await import(/* @vite-ignore */ retryUrl(url, attempt))) as Record<K, ComponentType<P>>;
  }
}

/**
 * The server answers again but no longer has the chunk: a new version was deployed meanwhile, and this page's
 * asset names are stale. Reload once to get the new ones.
 */
async function reloadIfChunkGone(error: unknown): Promise<void> {
  const url = chunkUrl(error);
  if (!url || sessionStorage.getItem(RELOADED_KEY) === url) return;
  let status: number;
  try {
    status = (await fetch(url, { method: 'HEAD', cache: 'no-store' })).status;
  } catch {
    return; // still unreachable: keep waiting
  }
  if (status === 404) {
    sessionStorage.setItem(RELOADED_KEY, url);
    window.location.reload();
  }
}

interface BoundaryProps {
  probe: (attempt: number) => Promise<void>;
  render: () => ReactNode;
}

/**
 * Shows 连接中断，正在重连 while a page's code cannot be fetched, and tries again by itself until it loads: no click,
 * no blank page.
 */
class PageLoadBoundary extends Component<BoundaryProps, { error: unknown; attempt: number }> {
  override state = { error: null as unknown, attempt: 0 };
  private timer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidUpdate() {
    if (this.state.error && this.timer === undefined) this.schedule();
  }

  override componentDidMount() {
    if (this.state.error) this.schedule();
  }

  override componentWillUnmount() {
    clearTimeout(this.timer);
  }

  private schedule() {
    this.timer = setTimeout(async () => {
      const attempt = this.state.attempt + 1;
      try {
        await this.props.probe(attempt);
        this.timer = undefined;
        this.setState({ error: null, attempt });
      } catch (error) {
        await reloadIfChunkGone(error);
        this.timer = undefined;
        this.setState({ error, attempt });
      }
    }, RETRY_MS);
  }

  override render() {
    if (!this.state.error) return this.props.render();
    return (
      <div className="page-load-error" role="alert">
        连接中断，正在重连…
        <div className="muted">页面会在连接恢复后自动显示，无需刷新。</div>
      </div>
    );
  }
}

/** A lazy page or part, with a way to fetch its code before it renders. */
export type LazyPage<P> = ComponentType<P> & {
  /**
   * Fetches the code now (a route about to open, a link pointed at). Never rejects: a failure is the render's to
   * show. Once it has resolved, the component renders at once, without suspending.
   */
  preload: () => Promise<void>;
};

/**
 * A route's page, loaded when first opened (each page its own chunk), or a part of a page that shows later (a
 * drawer's form, a second tab) with its props. Render it inside a Suspense. If its code cannot be fetched (the server
 * is down), it says so and loads by itself once the server is back.
 *
 * When its code is already there (preloaded), it renders without suspending: a Suspense fallback once shown stays at
 * least 300 ms (React's throttle), which would add that much to every full load of a page.
 */
export function lazyPage<K extends string, P extends object = Record<string, never>>(
  load: Loader<K, P>,
  name: K,
): LazyPage<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  // After a failed fetch (a preload while the server was down) the next one asks under a fresh URL as well.
  let failures = 0;
  const fetchCode = () => {
    loading ??= importPage(load, failures).then(
      (module) => {
        loaded = module[name];
        return loaded;
      },
      (error: unknown) => {
        loading = undefined;
        failures += 1;
        throw error;
      },
    );
    return loading;
  };
  let Current = lazy((): Promise<{ default: ComponentType<P> }> => {
    if (!loaded) return fetchCode().then((component) => ({ default: component }));
    // Already fetched: a thenable that calls back at once, so React.lazy resolves in this render instead of suspending.
    const module = { default: loaded };
    // biome-ignore lint/suspicious/noThenProperty: a synchronous thenable is the point (a Promise calls back later)
    return { then: (resolve: (value: typeof module) => void) => resolve(module) } as unknown as Promise<typeof module>;
  });
  const probe = async (attempt: number) => {
    const component: ComponentType<P> = (await importPage(load, attempt))[name];
    Current = lazy(async () => ({ default: component }));
  };
  function LazyPage(props: P) {
    return <PageLoadBoundary probe={probe} render={() => <Current {...(props as P & Attributes)} />} />;
  }
  LazyPage.displayName = `LazyPage(${name})`;
  LazyPage.preload = () =>
    fetchCode().then(
      () => undefined,
      () => undefined,
    );
  return LazyPage;
}

// A function error as Lambda reports it names only the function's own files and the runtime's: `/var/task/index.js`,
// `/var/runtime/...`. Here the function runs in a worker thread of the endpoint, so a stack trace would also name
// files of the machine the endpoint runs on (the worker's script, its node_modules, the checkout); that path
// would reach a failed run's cause, the action's annotations and logs. The host's paths are rewritten the way
// Lambda's runtime paths look, before the error leaves the endpoint.

/** Paths a function sees inside Lambda's sandbox, left as they are. */
const SANDBOX_ROOTS = ['/var/task', '/var/runtime', '/opt', '/tmp'];

/**
 * An absolute path (or file:// URL) that starts a stack frame's location or a word: after the start, whitespace, `(`
 * or a quote. Not a URL's path (`http://host/x` has `:` before its slashes).
 */
const ABSOLUTE_PATH = /(^|[\s('"`])(file:\/\/)?(\/[^\s()'"`:]+)/g;

const within = (path: string, root: string): boolean => path === root || path.startsWith(`${root}/`);

function sandboxPath(path: string, hostRoots: readonly string[]): string {
  // The endpoint's own files are the host's even where a sandbox root holds them (a checkout under /tmp).
  const host = hostRoots.some((root) => within(path, root));
  if (!host && SANDBOX_ROOTS.some((root) => within(path, root))) return path;
  // A package the worker ships (the SDK): where the Node.js runtime keeps it.
  const packages = path.lastIndexOf('/node_modules/');
  if (packages >= 0) return `/var/runtime${path.slice(packages)}`;
  // The worker itself, or any other file of the host: the runtime's own entry point.
  return `/var/runtime/${path.slice(path.lastIndexOf('/') + 1)}`;
}

/**
 * The text with every host path replaced by its sandbox counterpart. `hostRoots` are folders that are the host's
 * whatever their place (the endpoint's own code, the working directory), also when under a sandbox root like /tmp.
 */
export function hideHostPaths(text: string, hostRoots: readonly string[] = []): string {
  return text.replace(ABSOLUTE_PATH, (_match, before: string, _scheme: string | undefined, path: string) => `${before}${sandboxPath(path, hostRoots)}`);
}

// The action's entry (runs.main): everything happens in run(), which is tested without spawning a process.
import { run } from './main';

await run();

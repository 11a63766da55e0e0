// Ambient types for the rest of dynalite's per-operation modules (those src/types/dynalite.d.ts does not
// name), which wire-fast.ts runs as dynalite's own handler does.
declare module 'dynalite/validations/*.js' {
  import type { Validation } from 'dynalite/db/internals';
  const validation: Validation;
  export = validation;
}
declare module 'dynalite/actions/*.js' {
  import type { Action } from 'dynalite/db/internals';
  const action: Action;
  export = action;
}

// IAM is eventually consistent: "changes that you make ... can take time to become visible" to the other
// AWS services (IAM User Guide, "Troubleshoot IAM": changes I make are not always immediately visible,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency).
// Each role keeps the revisions of the last lag period, so what the other services see is the role as
// it was `lag` ago: a role younger than that does not exist for them yet, and a policy change younger
// than that is not yet in effect. IAM's own API answers the latest revision at once, as on AWS.

/** What the other services need of a role: its identity, trust policy and policies, as JSON text. */
export interface RoleState {
  RoleName: string;
  RoleId: string;
  Arn: string;
  trust: string;
  /** Inline policies: name -> JSON text. */
  policies: Record<string, string>;
  attached: string[];
}

interface Revision {
  /** When the change was made (ms since the epoch). */
  at: number;
  /** The role after the change; undefined once deleted. */
  role?: RoleState;
}

export class RoleHistory {
  /** By role name (a name re-created after a delete continues the same history, as IAM's namespace does). */
  private readonly revisions = new Map<string, Revision[]>();

  constructor(
    private readonly lagMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a role's new state (or its deletion); `at` 0 for roles already propagated (restored state). */
  record(name: string, role: RoleState | undefined, at = this.now()): void {
    const kept = this.pruned([...(this.revisions.get(name) ?? []), { at, role: role && copy(role) }]);
    if (kept.length === 0) this.revisions.delete(name);
    else this.revisions.set(name, kept);
  }

  /** The role by name as the other services see it now, or undefined. */
  seen(name: string): RoleState | undefined {
    const list = this.revisions.get(name);
    if (!list) return undefined;
    const horizon = this.now() - this.lagMs;
    let visible: Revision | undefined;
    for (const revision of list) if (revision.at <= horizon) visible = revision;
    return visible?.role;
  }

  /** Every role the other services see now (for lookups by RoleId). */
  allSeen(): RoleState[] {
    return [...this.revisions.keys()].map((name) => this.seen(name)).filter((role): role is RoleState => role !== undefined);
  }

  /** When the latest change to a role becomes visible to the other services (ms since the epoch), or undefined for an unknown role. */
  visibleAt(name: string): number | undefined {
    const list = this.revisions.get(name);
    return list && list.length > 0 ? list[list.length - 1].at + this.lagMs : undefined;
  }

  clear(): void {
    this.revisions.clear();
  }

  /** Keeps the newest revision already visible and every newer one. */
  private pruned(list: Revision[]): Revision[] {
    const horizon = this.now() - this.lagMs;
    let firstKept = 0;
    for (let i = 0; i < list.length; i++) if (list[i].at <= horizon) firstKept = i;
    const kept = list.slice(firstKept);
    // A deletion that everyone already sees leaves nothing to remember.
    return kept.length === 1 && !kept[0].role && kept[0].at <= horizon ? [] : kept;
  }
}

function copy(role: RoleState): RoleState {
  return { ...role, policies: { ...role.policies }, attached: [...role.attached] };
}

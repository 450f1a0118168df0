/** Resolves after `ms` milliseconds: editors apply some changes a task or a frame later. */
export function waitFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

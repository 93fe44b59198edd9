import { deliverReceipts } from '../commands/deliver-receipts';
import type { CommandContext } from '../commands/context';
import { signDueTreeHeads } from '../commands/sign-tree-heads';
import { sweepMinutes } from '../commands/sweep-minutes';
import { sweepWeekly } from '../commands/sweep-weekly';

/**
 * The background work of an app process: minutes reminders and deadlines, receipts, daily tree
 * heads. Each step is a command over durable rows (no in-memory queue), safe to run in several
 * processes at once and after any restart.
 */
export async function runSweep(ctx: CommandContext, now: Date) {
  const minutes = await sweepMinutes(ctx, { now });
  const receipts = await deliverReceipts(ctx, { now });
  const treeHeads = await signDueTreeHeads(ctx, { now });
  const weekly = await sweepWeekly(ctx, { now });
  return { ...minutes, receipts, treeHeads, ...weekly };
}

export function startSweeper(
  ctx: CommandContext,
  clock: () => Date,
  onError: (e: unknown) => void,
  intervalMs = 30_000,
): () => Promise<void> {
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running) return;
    running = runSweep(ctx, clock())
      .catch(onError)
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  setTimeout(tick, 1000).unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

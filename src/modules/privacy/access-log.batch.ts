/**
 * Group commit: entries appended while a write is under way wait and are written together in the
 * next one (one transaction, one lock), each caller getting its own result. Under concurrent
 * requests the log's lock is taken once per group instead of once per entry; alone, an entry
 * is written at once.
 */
export function groupCommit<E, R>(write: (entries: E[]) => Promise<R[]>) {
  type Waiter = { entry: E; resolve: (r: R) => void; reject: (e: unknown) => void };
  let queue: Waiter[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const group = queue;
      queue = [];
      try {
        const results = await write(group.map((w) => w.entry));
        group.forEach((w, i) => w.resolve(results[i]!));
      } catch (e) {
        // The whole group rolled back: nothing of it was written; each caller learns so.
        group.forEach((w) => w.reject(e));
      }
    }
    writing = false;
  }

  return {
    add(entry: E): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        queue.push({ entry, resolve, reject });
        if (!writing) void drain();
      });
    },
  };
}

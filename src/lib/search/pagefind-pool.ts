/**
 * Pagefind services in worker threads, so that periods are indexed side by side: one service
 * indexes on one core (at 10,000 articles two services took the time of one for twice the
 * pages), and a full build of a large archive spent half its time indexing period after period.
 */
import { Worker } from 'node:worker_threads';
import type { WrittenPeriod } from './period-index.ts';

export interface PagefindPool {
  /** Indexes the pages (each read from its file) into one index written into `folder`. */
  index(pages: ReadonlyArray<{ url: string; file: string }>, folder: string): Promise<WrittenPeriod>;
  close(): Promise<void>;
}

interface Reply {
  id: number;
  written?: WrittenPeriod;
  error?: string;
}

interface Service {
  worker: Worker;
  busy: boolean;
}

export function createPagefindPool(size: number): PagefindPool {
  const services: Service[] = [];
  const waiting: Array<() => void> = [];
  const pending = new Map<number, { resolve: (files: WrittenPeriod) => void; reject: (error: Error) => void; service: Service }>();
  let nextId = 0;

  const start = (): Service => {
    const service: Service = { worker: new Worker(new URL('./pagefind-pool-worker.ts', import.meta.url)), busy: false };
    service.worker.on('message', (reply: Reply) => {
      const task = pending.get(reply.id);
      if (!task) return;
      pending.delete(reply.id);
      release(service);
      if (reply.error !== undefined) task.reject(new Error(reply.error));
      else task.resolve(reply.written!);
    });
    const fail = (error: Error) => {
      for (const [id, task] of pending) {
        if (task.service !== service) continue;
        pending.delete(id);
        task.reject(error);
      }
      const at = services.indexOf(service);
      if (at >= 0) services.splice(at, 1);
      // Whoever waits for a service may now start one in its place.
      waiting.shift()?.();
    };
    service.worker.on('error', fail);
    // A Pagefind process that dies leaves its worker with nothing to wait for: it exits without answering.
    service.worker.on('exit', () => fail(new Error("it stopped before finishing: Pagefind's process ended without answering")));
    services.push(service);
    return service;
  };

  const release = (service: Service) => {
    service.busy = false;
    waiting.shift()?.();
  };

  const acquire = async (): Promise<Service> => {
    for (;;) {
      const idle = services.find((s) => !s.busy);
      if (idle) return ((idle.busy = true), idle);
      if (services.length < size) return ((start().busy = true), services.at(-1)!);
      await new Promise<void>((resolve) => waiting.push(resolve));
    }
  };

  return {
    async index(pages, folder) {
      const service = await acquire();
      const id = nextId++;
      return new Promise<WrittenPeriod>((resolve, reject) => {
        pending.set(id, { resolve, reject, service });
        service.worker.postMessage({ type: 'index', id, pages, folder });
      });
    },
    async close() {
      await Promise.all(
        services.map(
          (service) =>
            new Promise<void>((resolve) => {
              service.worker.once('exit', () => resolve());
              service.worker.postMessage({ type: 'close' });
            }),
        ),
      );
    },
  };
}

/**
 * Service metrics. Counts live in one Redis hash so that every worker process, on any machine,
 * adds to the same totals and a restart loses nothing; /metrics reads them at scrape time and
 * adds the queue depth.
 */
import type { Redis } from 'ioredis';
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { PageText } from '../schemas/index.js';
import type { FailureStage } from './files/output-folders.js';
import { QUEUE_PREFIX } from './jobs.js';
import type { ServiceQueues } from './queues.js';

const COUNTERS_KEY = `${QUEUE_PREFIX}:counters`;

/** A PDF is read by text layer, by OCR, or both. */
export function pdfMethod(pages: readonly PageText[]): string {
  const methods = new Set(pages.map((page) => page.method));
  return methods.size === 1 ? [...methods][0]! : methods.size === 0 ? 'empty' : 'mixed';
}

export class ServiceCounters {
  constructor(private readonly redis: Redis) {}

  async documentProcessed(pages: readonly PageText[], ocrSeconds: number): Promise<void> {
    const batch = this.redis.multi().hincrby(COUNTERS_KEY, `pdfs:${pdfMethod(pages)}`, 1);
    for (const page of pages) batch.hincrby(COUNTERS_KEY, `pages:${page.method}`, 1);
    batch.hincrbyfloat(COUNTERS_KEY, 'ocr_seconds', ocrSeconds);
    await batch.exec();
  }

  async documentFailed(stage: FailureStage): Promise<void> {
    await this.redis.hincrby(COUNTERS_KEY, `failures:${stage}`, 1);
  }

  async duplicateReceived(): Promise<void> {
    await this.redis.hincrby(COUNTERS_KEY, 'duplicates', 1);
  }

  async read(): Promise<Map<string, number>> {
    const raw = await this.redis.hgetall(COUNTERS_KEY);
    return new Map(Object.entries(raw).map(([field, value]) => [field, Number(value)]));
  }
}

/** Sets a counter family from the stored totals whose field starts with `prefix:`. */
function mirror(counter: Counter<string>, totals: Map<string, number>, prefix: string, label: string): void {
  counter.reset();
  for (const [field, value] of totals) {
    if (field.startsWith(`${prefix}:`)) counter.inc({ [label]: field.slice(prefix.length + 1) }, value);
  }
}

export function createMetricsRegistry(counters: ServiceCounters, queues: ServiceQueues): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'saraban_process_' });
  // Each collect() reads the hash; a scrape reads it a handful of times, which Redis shrugs off.
  const totals = () => counters.read();
  new Counter({
    name: 'saraban_pdfs_processed_total',
    help: 'PDFs written to the outbox, by how their pages were read (text, ocr, mixed)',
    labelNames: ['method'],
    registers: [registry],
    async collect() {
      mirror(this, await totals(), 'pdfs', 'method');
    },
  });
  new Counter({
    name: 'saraban_pages_processed_total',
    help: 'pages of PDFs written to the outbox, by method (text, ocr, ocr-needed)',
    labelNames: ['method'],
    registers: [registry],
    async collect() {
      mirror(this, await totals(), 'pages', 'method');
    },
  });
  new Counter({
    name: 'saraban_ocr_seconds_total',
    help: 'time spent recognizing pages with OCR',
    registers: [registry],
    async collect() {
      this.reset();
      this.inc((await totals()).get('ocr_seconds') ?? 0);
    },
  });
  new Counter({
    name: 'saraban_failures_total',
    help: 'PDFs quarantined, by the stage that failed',
    labelNames: ['stage'],
    registers: [registry],
    async collect() {
      mirror(this, await totals(), 'failures', 'stage');
    },
  });
  new Counter({
    name: 'saraban_duplicates_total',
    help: 'arrivals of content already received',
    registers: [registry],
    async collect() {
      this.reset();
      this.inc((await totals()).get('duplicates') ?? 0);
    },
  });
  new Gauge({
    name: 'saraban_queue_jobs',
    help: 'jobs in each queue by state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const [queue, states] of Object.entries(await queues.counts())) {
        for (const [state, count] of Object.entries(states)) this.set({ queue, state }, count);
      }
    },
  });
  return registry;
}

import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Prometheus metrics of this process, served at /metrics. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequests = this.counter('http_requests_total', 'HTTP requests by method, route and status', { labelNames: ['method', 'route', 'status'] as const });
  readonly httpDuration = this.histogram('http_request_duration_seconds', 'HTTP request duration', { labelNames: ['method', 'route'] as const, buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] });
  readonly socketConnections = this.gauge('socket_connections', 'Open socket.io connections on this process, by kind', { labelNames: ['kind'] as const });
  readonly socketEvents = this.counter('socket_events_total', 'Inbound socket events by name and outcome', { labelNames: ['event', 'outcome'] as const });
  readonly answersWritten = this.counter('answers_written_total', 'Answers committed to PostgreSQL');
  readonly answerBatches = this.counter('answer_batches_total', 'Answer write statements (one per batch)');
  readonly answerBatchSize = this.histogram('answer_batch_size', 'Answers per write batch', { buckets: [1, 5, 10, 25, 50, 100, 250, 500] });
  readonly answerWriteDuration = this.histogram('answer_write_seconds', 'Time of one answer write statement (a batch), retries included', { buckets: LATENCY_BUCKETS });
  readonly answerAckDuration = this.histogram('answer_ack_seconds', 'From an answer reaching this process to its acknowledgement (batch window, queue and write)', { buckets: LATENCY_BUCKETS });
  readonly heatmapsComputed = this.counter('heatmaps_computed_total', 'Heatmaps computed from PostgreSQL (GET /heatmap, reports, exports, results revealed to phones)');
  readonly heatmapBroadcasts = this.counter('heatmap_broadcasts_total', 'Coalesced heatmap events sent to presenters');
  readonly retentionRuns = this.counter('retention_runs_total', 'Data retention runs (RETENTION_DAYS) by outcome: ran, skipped (another process held the lock) or failed', { labelNames: ['outcome'] as const });
  readonly retentionDeleted = this.counter('retention_sessions_deleted_total', 'Closed sessions deleted by data retention (RETENTION_DAYS)');

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'thinline_' });
  }

  // Every metric is named thinline_<name> and lives in this process's registry.
  private counter<L extends string = never>(name: string, help: string, options: { labelNames?: readonly L[] } = {}) {
    return new Counter<L>({ name: `thinline_${name}`, help, labelNames: options.labelNames ?? [], registers: [this.registry] });
  }

  private gauge<L extends string = never>(name: string, help: string, options: { labelNames?: readonly L[] } = {}) {
    return new Gauge<L>({ name: `thinline_${name}`, help, labelNames: options.labelNames ?? [], registers: [this.registry] });
  }

  private histogram<L extends string = never>(name: string, help: string, options: { labelNames?: readonly L[]; buckets: number[] }) {
    return new Histogram<L>({ name: `thinline_${name}`, help, labelNames: options.labelNames ?? [], buckets: options.buckets, registers: [this.registry] });
  }
}

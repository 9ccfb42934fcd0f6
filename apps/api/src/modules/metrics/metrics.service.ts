import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Prometheus metrics of this process, served at /metrics. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  readonly httpRequests = new Counter({
    name: 'thinline_http_requests_total',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [this.registry],
  });
  readonly httpDuration = new Histogram({
    name: 'thinline_http_request_duration_seconds',
    help: 'HTTP request duration',
    labelNames: ['method', 'route'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly socketConnections = new Gauge({
    name: 'thinline_socket_connections',
    help: 'Open socket.io connections on this process, by kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly socketEvents = new Counter({
    name: 'thinline_socket_events_total',
    help: 'Inbound socket events by name and outcome',
    labelNames: ['event', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly answersWritten = new Counter({
    name: 'thinline_answers_written_total',
    help: 'Answers committed to PostgreSQL',
    registers: [this.registry],
  });
  readonly answerBatches = new Counter({
    name: 'thinline_answer_batches_total',
    help: 'Answer write statements (one per batch)',
    registers: [this.registry],
  });
  readonly answerBatchSize = new Histogram({
    name: 'thinline_answer_batch_size',
    help: 'Answers per write batch',
    buckets: [1, 5, 10, 25, 50, 100, 250, 500],
    registers: [this.registry],
  });
  readonly answerWriteDuration = new Histogram({
    name: 'thinline_answer_write_seconds',
    help: 'Time of one answer write statement (a batch), retries included',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly answerAckDuration = new Histogram({
    name: 'thinline_answer_ack_seconds',
    help: 'From an answer reaching this process to its acknowledgement (batch window, queue and write)',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly heatmapsComputed = new Counter({
    name: 'thinline_heatmaps_computed_total',
    help: 'Heatmaps computed from PostgreSQL (GET /heatmap, reports, exports, results revealed to phones)',
    registers: [this.registry],
  });
  readonly heatmapBroadcasts = new Counter({
    name: 'thinline_heatmap_broadcasts_total',
    help: 'Coalesced heatmap events sent to presenters',
    registers: [this.registry],
  });
  readonly retentionRuns = new Counter({
    name: 'thinline_retention_runs_total',
    help: 'Data retention runs (RETENTION_DAYS) by outcome: ran, skipped (another process held the lock) or failed',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  readonly retentionDeleted = new Counter({
    name: 'thinline_retention_sessions_deleted_total',
    help: 'Closed sessions deleted by data retention (RETENTION_DAYS)',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'thinline_' });
  }
}

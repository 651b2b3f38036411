'use strict';
// What `npm run test:queue` adds to the e2e runner: Redis and Postgres for the whole run, a queue-mode
// cluster (main + workers) for the workflow cases, and one per case for cases that start n8n themselves.
const { startQueueServices } = require('../../../scripts/queue/services');
const { startQueueCluster } = require('../../../scripts/queue/cluster');
const { createQueueHarness } = require('./queue-harness');

const TARGET = '2.40.7';
const WORKERS = 2;
const CONCURRENCY = 5; // per worker: small enough that both workers get work

async function start() {
	const started = Date.now();
	const services = await startQueueServices();
	console.log(`queue mode: Redis ${services.redis.port} and Postgres ${services.postgres.port} on 127.0.0.1, up in ${Date.now() - started} ms; ${WORKERS} workers, concurrency ${CONCURRENCY} each`);
	const perCase = (options) => startQueueCluster({ ...options, services, workers: WORKERS, concurrency: CONCURRENCY });
	return {
		createHarness: (setup) => createQueueHarness({ ...setup, services, workers: WORKERS, concurrency: CONCURRENCY }),
		async startActiveN8n(options) {
			const cluster = await perCase(options);
			const stop = cluster.stop;
			return {
				...cluster,
				async stop() {
					console.log(`    ${describeCluster(cluster)}`);
					await stop();
				},
			};
		},
		describeWorkers: (harness) => describeCluster(harness.cluster),
		stop: async () => await services.stop(),
	};
}

function describeCluster(cluster) {
	const perWorker = cluster.executionsPerWorker();
	return `executions per worker: ${Object.entries(perWorker).map(([w, ids]) => `${w} ${ids.length} [${ids.join(', ')}]`).join('; ')}`;
}

module.exports = { start, TARGET };

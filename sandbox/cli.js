#!/usr/bin/env node
'use strict';
// node sandbox/cli.js --port 4010 --seed demo --connectors 0 --sync-ms 3000 [--verbose]
const { startSandbox } = require('./index');

const USAGE = 'Usage: node sandbox/cli.js [--port 4010] [--seed demo|empty] [--connectors N] [--sync-ms MS] [--transformation-ms MS] [--latency-ms MS] [--key KEY] [--secret SECRET] [--require-https] [--verbose]';

function parseArgs(argv) {
	const opts = { port: 4010, seed: 'demo', generateConnectors: 0, syncDurationMs: 3000 };
	const int = (name, value) => {
		if (!/^\d+$/.test(value || '')) throw new Error(`${name} needs a non-negative integer`);
		return Number(value);
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		const next = () => argv[++i];
		if (arg === '--port') opts.port = int(arg, next());
		else if (arg === '--seed') opts.seed = next();
		else if (arg === '--connectors') opts.generateConnectors = int(arg, next());
		else if (arg === '--sync-ms') opts.syncDurationMs = int(arg, next());
		else if (arg === '--transformation-ms') opts.transformationDurationMs = int(arg, next());
		else if (arg === '--latency-ms') opts.latencyMs = int(arg, next());
		else if (arg === '--key') opts.apiKey = next();
		else if (arg === '--secret') opts.apiSecret = next();
		else if (arg === '--verbose') opts.logRequests = true;
		else if (arg === '--require-https') opts.requireHttps = true;
		else if (arg === '--help' || arg === '-h') {
			console.log(USAGE);
			process.exit(0);
		} else throw new Error(`Unknown option ${arg}`);
	}
	if (!['demo', 'empty'].includes(opts.seed)) throw new Error("--seed must be 'demo' or 'empty'");
	return opts;
}

async function main() {
	let opts;
	try {
		opts = parseArgs(process.argv.slice(2));
	} catch (err) {
		console.error(`${err.message}\n${USAGE}`);
		process.exit(2);
	}
	const sandbox = await startSandbox({ ...opts, quiet: true });
	console.log(`Fivetran sandbox listening on ${sandbox.baseUrl} (key ${sandbox.apiKey})`);
	const stop = () => {
		sandbox.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((err) => {
	console.error(`Sandbox failed to start: ${err.message}`);
	process.exit(1);
});

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { listAll, must } from './direct';
import { faultSuite } from './env';
import { backoffsMs } from './matrix';
import type { FaultAction } from './types';

// The trigger's memory survives faults: an odd 200 never replaces it, and one transient absence of a
// watched connector (a 404, or a page it was shifted out of) is not taken as "gone", so nothing is
// alerted twice and nothing is lost.

// Two pages of connectors: with no more chosen connectors than account pages, the trigger reads each
// chosen connector on its own (GET /connections/{id}), where a 404 can happen.
// Syncs end only when a case completes them.
const suite = faultSuite('trigger', { generateConnectors: 1_000, syncDurationMs: 600_000 });
const rl = (value: string) => ({ __rl: true, mode: 'id', value });
// The account list read one page after another: what these cases fault (groups side by side have
// their own cases in groupReads.test.ts).
const ONE_LIST = { options: { parallelGroupReads: 1 } };
const ACCOUNT: INodeParameters = {
	scope: 'account',
	events: ['connectorBroken', 'connectorRecovered'],
	...ONE_LIST,
};

/** Static data as n8n persists it (JSON), to compare memories. */
const persisted = (staticData: IDataObject): string => JSON.stringify(staticData);

async function pollEvents(parameters: INodeParameters, staticData: IDataObject): Promise<string[]> {
	const items = await suite.poll(parameters, staticData);
	return (items ?? []).map((item) => `${String(item.event)} ${String(item.connector_id)}`);
}

/** A poll under a fault: it may fail or emit nothing, never emit. */
async function faultyPoll(parameters: INodeParameters, staticData: IDataObject): Promise<string> {
	try {
		const events = await pollEvents(parameters, staticData);
		must(events.length === 0, `the faulty poll emitted ${events.join(', ')}`);
		return 'faulty poll emitted nothing';
	} catch (error) {
		if (error instanceof Error && error.message.startsWith('the faulty poll')) throw error;
		return 'faulty poll failed';
	}
}

function expectEvents(actual: string[], expected: string[], when: string): void {
	must(
		JSON.stringify(actual) === JSON.stringify(expected),
		`${when}: emitted [${actual.join(', ')}], expected [${expected.join(', ')}]`,
	);
}

/** A first poll, `meanwhile`, then one poll whose complete account list lacks `missingId`. */
async function baselineThenGap(
	parameters: INodeParameters,
	staticData: IDataObject,
	missingId: string,
	meanwhile = () => {},
): Promise<string> {
	expectEvents(await pollEvents(parameters, staticData), [], 'first poll');
	meanwhile();
	const all = await listAll(suite.sandbox, '/connections');
	const items = all.filter((connector) => connector.id !== missingId);
	suite.proxy.setRule(() => ({ status: 200, body: { code: 'Success', data: { items } } }));
	const faulty = await faultyPoll(parameters, staticData);
	suite.proxy.clearRule();
	return faulty;
}

const ODD: FaultAction[] = ['oddEmpty', 'oddHtml', 'oddNoItems', 'oddDataNull', 'oddCode'];

describe('Trigger: an odd 200 poll never changes the remembered state', () => {
	for (const oddity of ODD) {
		suite.matrixCase(
			`Account scope, one ${String(oddity)} poll`,
			// The odd answer is retried like a 5xx: Max Tries 5, so four backoffs.
			{ requests: 9, sleptMs: backoffsMs(4) },
			async () => {
				const staticData: IDataObject = {};
				expectEvents(await pollEvents(ACCOUNT, staticData), [], 'first poll');
				const remembered = persisted(staticData);

				suite.sandbox.control.breakConnection('mellow_crane');
				suite.proxy.setRule(() => oddity);
				const faulty = await faultyPoll(ACCOUNT, staticData);
				must(persisted(staticData) === remembered, 'the faulty poll changed the remembered state');

				suite.proxy.clearRule();
				expectEvents(
					await pollEvents(ACCOUNT, staticData),
					['connectorBroken mellow_crane'],
					'next good poll',
				);
				return `${faulty}; memory unchanged; next poll emitted exactly the real event`;
			},
		);
	}
});

describe('Trigger: one transient absence of a watched connector does not re-alert', () => {
	suite.matrixCase(
		'Chosen connectors, one 404 for a broken one',
		{ requests: 10, sleptMs: 0 },
		async () => {
			const parameters: INodeParameters = {
				scope: 'connectors',
				connectors: {
					connector: [{ connectorId: rl('fuzzy_badger') }, { connectorId: rl('mellow_crane') }],
				},
				events: ['connectorBroken', 'connectorRecovered'],
			};
			const staticData: IDataObject = {};
			expectEvents(await pollEvents(parameters, staticData), [], 'first poll');
			const notFound = {
				status: 404,
				body: {
					code: 'NotFound_Connection',
					message: "Connection with id 'fuzzy_badger' doesn't exist",
				},
			};
			suite.proxy.setRule((req) =>
				req.path === '/v1/connections/fuzzy_badger' ? notFound : undefined,
			);
			const faulty = await faultyPoll(parameters, staticData);
			suite.proxy.clearRule();
			expectEvents(await pollEvents(parameters, staticData), [], 'poll after the 404');
			return `${faulty}; no re-alert afterwards`;
		},
	);

	suite.matrixCase(
		'Account scope, a broken connector missing from one page',
		{ requests: 6, sleptMs: 0 },
		async () => {
			const staticData: IDataObject = {};
			const faulty = await baselineThenGap(ACCOUNT, staticData, 'fuzzy_badger');
			expectEvents(await pollEvents(ACCOUNT, staticData), [], 'poll after the gap');
			return `${faulty}; no re-alert afterwards`;
		},
	);
});

describe('Trigger: a sync that ended while its connector was missing from a poll is not lost', () => {
	suite.matrixCase(
		'Account scope, a sync ends, then one poll misses the connector',
		{ requests: 6, sleptMs: 0 },
		async () => {
			const parameters: INodeParameters = {
				scope: 'account',
				events: ['syncSucceeded'],
				...ONE_LIST,
			};
			const staticData: IDataObject = {};
			// The sync ends before the poll that misses the connector: only remembered state can tell.
			const faulty = await baselineThenGap(parameters, staticData, 'mellow_crane', () => {
				suite.sandbox.control.startSync('mellow_crane');
				suite.sandbox.control.completeSync('mellow_crane');
			});
			expectEvents(
				await pollEvents(parameters, staticData),
				['syncSucceeded mellow_crane'],
				'poll after the gap',
			);
			return `${faulty}; the next poll emitted the one syncSucceeded`;
		},
	);
});

describe('Trigger: one rule for "a sync ended"', () => {
	suite.matrixCase(
		'A new succeeded_at while the connector is still syncing',
		{ requests: 6, sleptMs: 0 },
		async () => {
			const parameters: INodeParameters = {
				scope: 'account',
				events: ['syncSucceeded'],
				...ONE_LIST,
			};
			const staticData: IDataObject = {};
			expectEvents(await pollEvents(parameters, staticData), [], 'first poll');
			suite.sandbox.control.startSync('mellow_crane');
			suite.sandbox.control.setConnection('mellow_crane', {
				succeeded_at: new Date().toISOString(),
			});
			expectEvents(await pollEvents(parameters, staticData), [], 'poll while syncing');
			suite.sandbox.control.completeSync('mellow_crane');
			expectEvents(
				await pollEvents(parameters, staticData),
				['syncSucceeded mellow_crane'],
				'poll after the sync',
			);
			return 'nothing while syncing; one syncSucceeded when it ended';
		},
	);
});

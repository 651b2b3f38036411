import { listAll, must } from './direct';
import { faultSuite } from './env';

// The connector dropdown searches the whole account, not only its first page of 1000.

const suite = faultSuite('dropdown', { generateConnectors: 1_500 });

describe('Dropdown search over more than 1000 connectors', () => {
	suite.matrixCase(
		'Connector search finds a match on page 2',
		{ requests: 2, sleptMs: 0 },
		async () => {
			const all = await listAll(suite.sandbox, '/connections');
			const wanted = String(all[1_400].id);
			const { results } = await suite.search('searchConnectors', wanted);
			const found = results.map((result) => result.value);
			must(found.includes(wanted), `results [${found.join(', ')}] do not include ${wanted}`);
			return `found ${wanted} (item 1401 of ${all.length})`;
		},
	);
});

'use strict';
// The import direction of ARCHITECTURE.md, checked on the repository itself and shown to fail on a
// copy of it with one deliberate wrong import of each kind.
const fs = require('fs');
const os = require('os');
const path = require('path');

const { findLayerViolations } = require('../../scripts/check-layers');

const ROOT = path.join(__dirname, '..', '..');

/** A copy of nodes/ and credentials/ in a temp folder, to break on purpose. */
function copyOfSources() {
	const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'layers-'));
	for (const folder of ['nodes', 'credentials']) {
		fs.cpSync(path.join(ROOT, folder), path.join(copy, folder), { recursive: true });
	}
	return copy;
}

// A deliberate upward import usually closes a loop too; each test checks the layer rule by itself.
const layerProblems = (root) => findLayerViolations(root).filter((p) => !p.startsWith('cycle: '));

/** Adds `import { name } from 'specifier';` at the top of a copied file. */
function addImport(copy, file, name, specifier) {
	const full = path.join(copy, file);
	fs.writeFileSync(
		full,
		`import { ${name} } from '${specifier}';\n${fs.readFileSync(full, 'utf8')}`,
	);
}

describe('Imports point one way (ARCHITECTURE.md)', () => {
	let copy;
	afterEach(() => {
		if (copy) fs.rmSync(copy, { recursive: true, force: true });
		copy = undefined;
	});

	it('the repository has no upward, sideways or cyclic import', () => {
		expect(findLayerViolations(ROOT)).toEqual([]);
	});

	it('reports common/ importing a resource helper (upward)', () => {
		copy = copyOfSources();
		addImport(
			copy,
			'nodes/Fivetran/common/validate.ts',
			'getConnection',
			'../connector/connection',
		);
		expect(layerProblems(copy)).toEqual([
			'nodes/Fivetran/common/validate.ts -> nodes/Fivetran/connector/connection.ts: upward: nodes/Fivetran/common imports resource helpers',
		]);
	});

	it('reports a helper importing an operation (upward)', () => {
		copy = copyOfSources();
		addImport(copy, 'nodes/Fivetran/connector/connection.ts', 'execute', './get.operation');
		expect(layerProblems(copy)).toEqual([
			'nodes/Fivetran/connector/connection.ts -> nodes/Fivetran/connector/get.operation.ts: upward: resource helpers imports operations',
		]);
	});

	it('reports one resource importing another (sideways) and nodes/shared importing a node', () => {
		copy = copyOfSources();
		addImport(
			copy,
			'nodes/Fivetran/transformation/runErrors.ts',
			'describeState',
			'../connector/syncErrors',
		);
		addImport(copy, 'nodes/shared/ids.ts', 'readId', '../Fivetran/common/validate');
		expect(layerProblems(copy).sort()).toEqual([
			'nodes/Fivetran/transformation/runErrors.ts -> nodes/Fivetran/connector/syncErrors.ts: sideways: transformation/ imports connector/ (share it through common/ or nodes/shared)',
			'nodes/shared/ids.ts -> nodes/Fivetran/common/validate.ts: nodes/shared imports only nodes/shared',
		]);
	});

	it("reports the trigger's poll/ importing a watched kind, and an import cycle", () => {
		copy = copyOfSources();
		addImport(
			copy,
			'nodes/FivetranTrigger/poll/memory.ts',
			'toAgentFacts',
			'../agents/agentChanges',
		);
		const problems = findLayerViolations(copy);
		expect(problems).toContain(
			'nodes/FivetranTrigger/poll/memory.ts -> nodes/FivetranTrigger/agents/agentChanges.ts: upward: the poll (poll/) imports a watched kind',
		);
		expect(problems.filter((problem) => problem.startsWith('cycle: '))).toHaveLength(1);
	});
});

'use strict';
// The credential of examples/fivetran-mcp-server.json's one write tool (sync_connector): Read and
// Write, so it may sync, with every other Read and Write operation on its deny list, so that an
// agent holding it cannot pause, reconfigure or create anything either. `npm start` and the e2e
// suite create it; the rows are the package's access table (accessRows() in
// nodes/Fivetran/catalog.ts), so a new write operation is denied without an edit here.
const AGENT_SYNC_CREDENTIAL = { id: 'fivetranAgentSync1', name: 'Fivetran (sandbox, agent: sync only)', type: 'fivetranApi' };
const ALLOWED_WRITES = ['connector.sync'];

function agentDeniedOperations(rows) {
	return rows.filter((row) => row.access !== 'read' && !ALLOWED_WRITES.includes(row.key)).map((row) => row.key);
}

/** The agent credential's data: the sandbox key with Read and Write and the deny list. */
function agentCredentialData(base, rows) {
	return { ...base, safetyLevel: 'readWrite', deniedOperations: agentDeniedOperations(rows) };
}

/** accessRows() of the built package (dist/ must exist). */
function builtAccessRows() {
	return require('../../dist/nodes/Fivetran/catalog.js').accessRows();
}

module.exports = { AGENT_SYNC_CREDENTIAL, agentDeniedOperations, agentCredentialData, builtAccessRows };

'use strict';
// The access table in docs/safety.md: every use of the Fivetran credential (operations, trigger
// lifecycles, ID dropdowns) with the lowest safety level that allows it. Rows come from the package's own
// operation maps (accessRows() in nodes/Fivetran/catalog.ts); this file only lays them out.
const START = '<!-- access-table:start (npm run docs:access writes this table) -->';
const END = '<!-- access-table:end -->';

function renderAccessTable(rows) {
	const lines = [
		'| Node | Operation | Needs at least | Deny-list key |',
		'| --- | --- | --- | --- |',
		...rows.map((r) => `| ${r.node} | ${r.name} | ${r.level} | \`${r.key}\` |`),
	];
	return lines.join('\n');
}

/** The document with the table between the markers replaced; throws when a marker is missing. */
function withAccessTable(doc, rows) {
	const start = doc.indexOf(START);
	const end = doc.indexOf(END);
	if (start < 0 || end < start) throw new Error(`no access table markers (${START} ... ${END})`);
	return `${doc.slice(0, start + START.length)}\n${renderAccessTable(rows)}\n${doc.slice(end)}`;
}

module.exports = { renderAccessTable, withAccessTable, START, END };

'use strict';
// The README's access table: every use of the Fivetran credential (operations, trigger lifecycles,
// ID dropdowns) with the lowest safety level that allows it. Rows come from the package's own
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

/** The README with the table between the markers replaced; throws when a marker is missing. */
function withAccessTable(readme, rows) {
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error(`README has no access table markers (${START} ... ${END})`);
	return `${readme.slice(0, start + START.length)}\n${renderAccessTable(rows)}\n${readme.slice(end)}`;
}

module.exports = { renderAccessTable, withAccessTable, START, END };

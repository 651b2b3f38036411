'use strict';
// npm run docs:access: writes the access table into docs/safety.md from the built package (dist/).
// --check: exits 1 when that table differs from what the code says (the unit test
// test/unit/shared/access/accessTable.test.ts checks the same from the sources).
const fs = require('fs');
const path = require('path');
const { withAccessTable } = require('./lib/access-table');

const root = path.resolve(__dirname, '..');
const catalog = path.join(root, 'dist', 'nodes', 'Fivetran', 'actions', 'catalog.js');
if (!fs.existsSync(catalog)) {
	console.error('dist/ is missing: run npm run build first');
	process.exit(1);
}
const { accessRows } = require(catalog);
const docPath = path.join(root, 'docs', 'safety.md');
const before = fs.readFileSync(docPath, 'utf8');
const after = withAccessTable(before, accessRows());
if (process.argv.includes('--check')) {
	if (after !== before) {
		console.error('docs/safety.md: the access table is out of date; run npm run docs:access');
		process.exit(1);
	}
	console.log('docs/safety.md: the access table is up to date');
} else {
	fs.writeFileSync(docPath, after);
	console.log(`docs/safety.md: access table written (${accessRows().length} rows)`);
}

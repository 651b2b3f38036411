import * as fs from 'fs';
import * as path from 'path';

import {
	ROOT,
	ensureBuilt,
	formatList,
	iconPath,
	iconsOf,
	packDryRun,
	unexpectedFiles,
	type PackResult,
} from './tarball';

// The published package must stay small: n8n downloads it on every install and on each worker.
const MAX_PACKED_BYTES = 300 * 1024;

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const declared: string[] = [...pkg.n8n.nodes, ...pkg.n8n.credentials];

describe('the npm tarball (npm pack)', () => {
	let packed: PackResult;
	let paths: Set<string>;

	beforeAll(() => {
		ensureBuilt();
		packed = packDryRun();
		paths = new Set(packed.files.map((f) => f.path));
		// The whole list with TARBALL_LIST=1; a one-line summary otherwise.
		console.log(
			process.env.TARBALL_LIST ? formatList(packed) : formatList(packed).split('\n').slice(-1)[0],
		);
	}, 120_000);

	it('holds package.json, README.md, LICENSE and dist/nodes, dist/credentials only', () => {
		expect(unexpectedFiles([...paths])).toEqual([]);
		for (const file of ['package.json', 'README.md', 'LICENSE']) expect(paths).toContain(file);
	});

	it('holds every node and credential package.json declares, with its codex file', () => {
		for (const file of declared) expect(paths).toContain(file);
		for (const node of pkg.n8n.nodes as string[]) expect(paths).toContain(node.replace(/\.js$/, '.json'));
	});

	it('holds every icon a node or credential names', () => {
		for (const file of declared) {
			const icons = iconsOf(file);
			expect(icons.length).toBeGreaterThan(0);
			for (const icon of icons) expect({ file, icon, packed: paths.has(icon) }).toEqual({ file, icon, packed: true });
		}
	});

	it(`is smaller than ${MAX_PACKED_BYTES} bytes packed`, () => {
		expect(packed.size).toBeLessThan(MAX_PACKED_BYTES);
	});
});

describe('tarball rules', () => {
	it('name what must not ship', () => {
		const problems = unexpectedFiles([
			'package.json',
			'dist/nodes/Fivetran/Fivetran.node.js',
			'dist/nodes/Fivetran/Fivetran.node.js.map',
			'dist/package.json',
			'dist/nodes/Fivetran/Fivetran.node.d.ts',
			'dist/docs/fivetran-node.png',
			'test/unit/fixtures.ts',
			'sandbox/server.js',
			'scripts/start.js',
			'examples/fivetran-mcp-server.json',
			'dist/nodes/Fivetran/notes.md',
		]);
		expect(problems.map((p) => p.split(':')[0])).toEqual([
			'dist/nodes/Fivetran/Fivetran.node.js.map',
			'dist/package.json',
			'dist/nodes/Fivetran/Fivetran.node.d.ts',
			'dist/docs/fivetran-node.png',
			'test/unit/fixtures.ts',
			'sandbox/server.js',
			'scripts/start.js',
			'examples/fivetran-mcp-server.json',
			'dist/nodes/Fivetran/notes.md',
		]);
	});

	it('resolve file: icons next to the built file', () => {
		expect(iconPath('dist/credentials/FivetranApi.credentials.js', 'file:../nodes/Fivetran/fivetran.svg')).toBe(
			'dist/nodes/Fivetran/fivetran.svg',
		);
		expect(iconPath('dist/nodes/Fivetran/Fivetran.node.js', 'file:fivetran.dark.svg')).toBe(
			'dist/nodes/Fivetran/fivetran.dark.svg',
		);
		expect(iconPath('dist/nodes/Fivetran/Fivetran.node.js', 'fa:bolt')).toBeUndefined();
	});
});

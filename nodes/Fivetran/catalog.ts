import type { INodePropertyOptions } from 'n8n-workflow';

import type { GuardedUse } from '../shared/access/guard';
import { lowestLevelFor } from '../shared/access/levels';
import { TRIGGER_USES } from '../shared/access/triggerUses';
import * as listSearch from '../shared/listSearch';
import { actionUses } from './uses';

// Everything any node of the package does with the credential, each with its access. The
// credential's deny list offers exactly these, and scripts/access-table.js prints them into the
// README: both come from the operation maps themselves, so neither can miss an operation.

const isListSearch = (value: unknown): value is listSearch.ListSearchMethod =>
	typeof value === 'function' && typeof (value as { use?: unknown }).use === 'object';

export function listSearchUses(): GuardedUse[] {
	return Object.values(listSearch)
		.filter(isListSearch)
		.map((method) => method.use);
}

export function everyGuardedUse(): GuardedUse[] {
	return [...actionUses(), ...TRIGGER_USES, ...listSearchUses()];
}

/** One row of the README's access table. */
export interface AccessRow {
	node: string;
	name: string;
	key: string;
	access: GuardedUse['access'];
	/** The lowest safety level that allows it. */
	level: string;
}

const NODE_OF_KEY: Array<[string, string]> = [
	['trigger.', 'Fivetran Trigger'],
	['webhookTrigger.', 'Fivetran Webhook Trigger'],
	['listSearch.', 'Every node (ID dropdowns)'],
];

const row = (node: string, use: GuardedUse): AccessRow => ({
	node,
	name: use.name,
	key: use.key,
	access: use.access,
	level: lowestLevelFor(use.access).name,
});

export function accessRows(): AccessRow[] {
	return everyGuardedUse().map((use) =>
		row(NODE_OF_KEY.find(([prefix]) => use.key.startsWith(prefix))?.[1] ?? 'Fivetran', use),
	);
}

/** The deny list's options, by name as n8n's editor wants them. */
export function denyListOptions(): INodePropertyOptions[] {
	return everyGuardedUse()
		.map((use) => ({
			name: use.name,
			value: use.key,
			description: `Needs "${lowestLevelFor(use.access).name}" (${use.key})`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

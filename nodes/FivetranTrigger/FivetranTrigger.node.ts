import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { assertAllowed } from '../shared/access/guard';
import { TRIGGER_POLL } from '../shared/access/triggerUses';
import { clock } from '../shared/clock';
import { fivetranApiTest } from '../shared/credentialTest';
import * as listSearch from '../shared/listSearch';
import type { ItemOptions } from './poll/events';
import { loadMemory } from './poll/memory';
import { pollUnlessRepeat } from './poll/recentPolls';
import { pollForChanges } from './pollForChanges';
import { triggerProperties } from './properties';
import { fetchSample } from './testEvent';
import { readSettings } from './triggerSettings';

// The polling trigger: its description, and one poll. What a poll reads and reports lives in
// pollForChanges.ts (the active workflow) and testEvent.ts (Fetch Test Event).

export class FivetranTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Fivetran Trigger',
		name: 'fivetranTrigger',
		icon: {
			light: 'file:../shared/icons/fivetran.svg',
			dark: 'file:../shared/icons/fivetran.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle: '={{"On " + ($parameter["events"] || []).join(", ")}}',
		// n8n's nodes panel merges this trigger into the "Fivetran" entry (same type name without
		// "Trigger") and shows THIS description for both, so it says what the actions do as well.
		description:
			'Manage Fivetran connectors, groups, destinations, transformations, users and webhooks (sync and wait, pause, resume, run dbt), and start workflows when a connector breaks, a sync or transformation run fails or succeeds, or a Hybrid Deployment Agent goes offline',
		defaults: { name: 'Fivetran Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'fivetranApi', required: true, testedBy: 'fivetranApiTest' }],
		properties: triggerProperties,
	};

	methods = { listSearch, credentialTest: { fivetranApiTest } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const settings = readSettings(this);
		await assertAllowed(this, TRIGGER_POLL);
		const polledAt = clock.now();
		const itemOptions: ItemOptions = {
			polledAt: new Date(polledAt).toISOString(),
			includeConnector: settings.includeConnector,
		};
		if (this.getMode() === 'manual') {
			return [this.helpers.returnJsonArray(await fetchSample(this, settings, itemOptions))];
		}

		const staticData = this.getWorkflowStaticData('node');
		const previous = loadMemory(staticData);
		const node = this.getNode();
		const triggerKey = `${this.getWorkflow().id ?? ''}/${node.id || node.name}`;
		// n8n 2.x can start polls of one trigger together, or from a memory not yet updated by the
		// last poll (see recentPolls.ts): such a poll is skipped instead of reporting events twice.
		return await pollUnlessRepeat(
			triggerKey,
			{ from: previous?.polledAt ?? null, polledAt },
			async () =>
				await pollForChanges(this, settings, { polledAt, itemOptions, staticData, previous }),
		);
	}
}

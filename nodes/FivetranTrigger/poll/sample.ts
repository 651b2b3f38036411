import type { IDataObject } from 'n8n-workflow';

import { eventDisplayName } from './eventsField';

// "Fetch Test Event" with nothing matching shows one real object in its current state so that the
// fields can be mapped. Nothing else on screen says it is not an event, so the item says it itself,
// in its first fields.

const label = (name: unknown, id: unknown): string =>
	typeof name === 'string' && name !== '' && name !== id ? `${name} (${String(id)})` : String(id);

/** Which object the item shows, in words: "connector app_db (mellow_crane)". */
function subjectOf(item: IDataObject): string {
	if (item.connector_id !== undefined)
		return `connector ${label(item.connector_name, item.connector_id)}`;
	if (item.transformation_id !== undefined)
		return `transformation ${label(item.name, item.transformation_id)}`;
	return `Hybrid Deployment Agent ${label(item.display_name, item.agent_id)}`;
}

export function asSample(item: IDataObject): IDataObject {
	const notice = `Sample, not an event: nothing in the chosen scope matches "${eventDisplayName(String(item.event))}" right now; this is ${subjectOf(item)} as it is now, shown as an example. The active workflow only outputs real events.`;
	return { sample_notice: notice, sample: true, ...item };
}

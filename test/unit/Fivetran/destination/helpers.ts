import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runFivetran } from '../../fixtures';

export const VERSIONED = 'application/json;version=2';

export const destination: IDataObject = {
	id: 'decent_dropsy',
	group_id: 'decent_dropsy',
	service: 'snowflake',
	region: 'AWS_US_EAST_1',
	time_zone_offset: '-5',
	setup_status: 'CONNECTED',
	daylight_saving_time_enabled: true,
};

export async function runDestination(
	parameters: INodeParameters,
	options: Parameters<typeof runFivetran>[1] = {},
) {
	return await runFivetran({ resource: 'destination', ...parameters }, options);
}

/** A nock body matcher that keeps what was sent, so a test can compare it with a readable diff. */
export function capture(): { bodies: unknown[]; match: (body: unknown) => boolean } {
	const bodies: unknown[] = [];
	return {
		bodies,
		match: (body: unknown) => {
			bodies.push(body);
			return true;
		},
	};
}

import { transportLimits } from '../../../../nodes/shared/transport/limits';
import * as transport from '../../../../nodes/shared/transport/request';
import { errorText, fakeTime, fivetran, rl, success } from '../../fixtures';
import { expectRecovered, LOST, MAY_HAVE_APPLIED } from '../lostAnswer';
import { destination, runDestination } from './helpers';

const GROUP_ID = String(destination.group_id);

const createBody = {
	group_id: GROUP_ID,
	service: 'snowflake',
	region: 'AWS_US_EAST_1',
	time_zone_offset: '-5',
};
const createSnowflake = async () =>
	await runDestination({
		operation: 'create',
		groupId: rl(GROUP_ID),
		destinationService: 'snowflake',
		region: 'AWS_US_EAST_1',
		timeZoneOffset: '-5',
		config: '{}',
	});
const lookUp = () =>
	fivetran()
		.post('/v1/destinations', (body) => JSON.stringify(body) === JSON.stringify(createBody))
		.reply(...LOST)
		.get(`/v1/destinations/${GROUP_ID}`);

beforeEach(() => fakeTime());

describe("Destination Create whose answer was lost: one POST, then a look-up of the group's destination", () => {
	it('found: outputs that destination, marked as recovered', async () => {
		const api = lookUp().reply(200, success(destination));

		expectRecovered(await createSnowflake(), destination);
		expect(api.isDone()).toBe(true);
	});

	it('404: the error says it was not created', async () => {
		const api = lookUp().reply(404, { code: 'NotFound', message: 'Destination not found' });

		const { error } = await createSnowflake();

		expect(error?.message).toBe(
			`The destination of group "${GROUP_ID}" was not created: group "${GROUP_ID}" has no destination`,
		);
		expect(api.isDone()).toBe(true);
	});

	it('a destination of another service was there already: not created by this run', async () => {
		const api = lookUp().reply(200, success({ ...destination, service: 'big_query' }));

		const { error } = await createSnowflake();

		expect(error?.message).toBe(
			`The destination of group "${GROUP_ID}" was not created: group "${GROUP_ID}" already has a destination of service "big_query"`,
		);
		expect(api.isDone()).toBe(true);
	});

	it('the look-up fails too: the error says it may have been created and how to check', async () => {
		const api = lookUp().reply(403, { code: 'Forbidden', message: 'No access' });

		const { error } = await createSnowflake();

		expect(error?.message).toContain('may have been created');
		expect(error?.description).toContain(`Get the destination with ID "${GROUP_ID}"`);
		expect(api.isDone()).toBe(true);
	});
});

describe('Destination writes', () => {
	it('Run Setup Tests answered 502: one POST with the long timeout, and the error says it may have been applied', async () => {
		const sent = jest.spyOn(transport, 'sendFivetranRequest');
		const api = fivetran()
			.post(`/v1/destinations/${GROUP_ID}/test`, {})
			.reply(...LOST);

		const { error } = await runDestination({
			operation: 'runSetupTests',
			destinationId: rl(GROUP_ID),
		});

		expect(errorText(error)).toMatch(MAY_HAVE_APPLIED);
		expect(sent.mock.calls.map(([request]) => request)).toEqual([
			expect.objectContaining({
				repeatable: false,
				timeoutMs: transportLimits.longRequestTimeoutMs,
			}),
		]);
		expect(api.isDone()).toBe(true);
	});

	it('Update: PATCH answered 502 is sent again and succeeds', async () => {
		const body = { time_zone_offset: '+1' };
		const api = fivetran()
			.patch(`/v1/destinations/${GROUP_ID}`, body)
			.reply(...LOST)
			.patch(`/v1/destinations/${GROUP_ID}`, body)
			.reply(200, success({ ...destination, ...body }));

		const { items, error } = await runDestination({
			operation: 'update',
			destinationId: rl(GROUP_ID),
			updateFields: { timeZoneOffset: '+1' },
		});

		expect(error).toBeUndefined();
		expect(items[0].json.time_zone_offset).toBe('+1');
		expect(api.isDone()).toBe(true);
	});
});

import { fivetran, rl } from '../../fixtures';
import { runDestination, VERSIONED } from './helpers';

describe('Destination delete', () => {
	it('DELETE /v1/destinations/{id} once confirmed, outputs what Fivetran said', async () => {
		const api = fivetran()
			.matchHeader('accept', VERSIONED)
			.delete('/v1/destinations/decent_dropsy')
			.reply(200, {
				code: 'Success',
				message: "Destination with id 'decent_dropsy' has been deleted",
			});

		const { items, error } = await runDestination({
			operation: 'delete',
			destinationId: rl('decent_dropsy'),
			confirmDelete: true,
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([
			{
				deleted: true,
				id: 'decent_dropsy',
				message: "Destination with id 'decent_dropsy' has been deleted",
			},
		]);
		expect(api.isDone()).toBe(true);
	});

	it('without Confirm Delete: an error naming the switch and nothing is sent', async () => {
		// No interceptor: a DELETE would fail the test with a different error.
		const { items, error } = await runDestination({
			operation: 'delete',
			destinationId: rl('decent_dropsy'),
		});

		expect(items).toEqual([]);
		expect(error?.message).toBe('Turn on "Confirm Delete" to run this operation');
		expect(error?.description).toContain('Nothing was sent to Fivetran');
	});

	it('needs the "Everything" safety level: Read and Write is refused before any request', async () => {
		const { error } = await runDestination(
			{ operation: 'delete', destinationId: rl('decent_dropsy'), confirmDelete: true },
			{ safetyLevel: 'readWrite' },
		);

		expect(error?.message).toContain('safety level does not allow this operation');
		expect(error?.description).toContain('"Everything"');
	});

	it("a 409 shows Fivetran's message", async () => {
		const api = fivetran()
			.delete('/v1/destinations/busy')
			.reply(409, { code: 'Conflict', message: 'Destination has connections' });

		const { error } = await runDestination({
			operation: 'delete',
			destinationId: rl('busy'),
			confirmDelete: true,
		});

		expect(error?.message).toContain('Destination has connections');
		expect(error?.httpCode).toBe('409');
		expect(api.isDone()).toBe(true);
	});
});

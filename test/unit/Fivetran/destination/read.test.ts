import { fivetran, rl, success } from '../../fixtures';
import { destination, runDestination, VERSIONED } from './helpers';

describe('Destination get and getAll', () => {
	it('get: GET /v1/destinations/{id} with the versioned Accept header, outputs the destination', async () => {
		const api = fivetran()
			.matchHeader('accept', VERSIONED)
			.get('/v1/destinations/decent_dropsy')
			.reply(200, success({ ...destination, config: { host: 'h' } }));

		const { items, error } = await runDestination({
			operation: 'get',
			destinationId: rl(' decent_dropsy '),
		});

		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual([{ ...destination, config: { host: 'h' } }]);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(api.isDone()).toBe(true);
	});

	it('get: works with a Read Only credential', async () => {
		const api = fivetran()
			.get('/v1/destinations/d1')
			.reply(200, success({ id: 'd1' }));

		const { error } = await runDestination(
			{ operation: 'get', destinationId: rl('d1') },
			{ safetyLevel: 'readOnly' },
		);

		expect(error).toBeUndefined();
		expect(api.isDone()).toBe(true);
	});

	it("get: a 404 shows Fivetran's message and names the destination ID", async () => {
		const api = fivetran().get('/v1/destinations/nope').reply(404, {
			code: 'NotFound_Destination',
			message: "Destination with id 'nope' doesn't exist",
		});

		const { items, error } = await runDestination({ operation: 'get', destinationId: rl('nope') });

		expect(items).toEqual([]);
		expect(error?.message).toContain("Destination with id 'nope' doesn't exist");
		expect(error?.message).toContain('404 NotFound_Destination');
		expect(error?.description).toContain('destination "nope"');
		expect(error?.httpCode).toBe('404');
		expect(api.isDone()).toBe(true);
	});

	it('get: with Continue On Fail a 404 becomes an error item and the next item still runs', async () => {
		const api = fivetran()
			.get('/v1/destinations/gone')
			.reply(404, { code: 'NotFound', message: 'Destination with id gone not found' })
			.get('/v1/destinations/d2')
			.reply(200, success({ id: 'd2' }));

		const { items } = await runDestination(
			{ operation: 'get', destinationId: rl('={{ $json.id }}') },
			{ input: [{ id: 'gone' }, { id: 'd2' }], continueOnFail: true },
		);

		expect(items[0].json.error).toContain('Destination with id gone not found');
		expect(items[0].json.description).toContain('destination "gone"');
		expect(items[1].json).toEqual({ id: 'd2' });
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(api.isDone()).toBe(true);
	});

	it('getAll: the limit is sent as the page size and bounds the output', async () => {
		const api = fivetran()
			.matchHeader('accept', VERSIONED)
			.get('/v1/destinations')
			.query({ limit: '2' })
			.reply(200, success({ items: [{ id: 'a' }, { id: 'b' }], next_cursor: 'more' }));

		const { items } = await runDestination({ operation: 'getAll', returnAll: false, limit: 2 });

		expect(items.map((i) => i.json.id)).toEqual(['a', 'b']);
		expect(api.isDone()).toBe(true);
	});

	it('getAll: Return All follows next_cursor until the last page', async () => {
		const api = fivetran()
			.get('/v1/destinations')
			.query({ limit: '1000' })
			.reply(200, success({ items: [{ id: 'a' }], next_cursor: 'c2' }))
			.get('/v1/destinations')
			.query({ limit: '1000', cursor: 'c2' })
			.reply(200, success({ items: [{ id: 'b' }], next_cursor: null as unknown as string }));

		const { items } = await runDestination({ operation: 'getAll', returnAll: true });

		expect(items.map((i) => i.json.id)).toEqual(['a', 'b']);
		expect(api.isDone()).toBe(true);
	});

	it('get: an empty ID from an expression fails before any request, naming the parameter', async () => {
		const { error } = await runDestination({ operation: 'get', destinationId: rl('={{ "" }}') });

		expect(error?.message).toBe('The parameter "Destination" is empty');
	});
});

import { contract } from '../../../contract/contract';
import { destinationOperations } from '../../../../nodes/Fivetran/destination';
import { toTimeZoneOffset } from '../../../../nodes/Fivetran/destination/fields';
import {
	DESTINATION_REGIONS,
	DESTINATION_SERVICES,
	NETWORKING_METHODS,
	TIME_ZONE_OFFSETS,
} from '../../../../nodes/Fivetran/destination/values';

const createBody = contract.paths['/v1/destinations'].POST.body!;
const sorted = (values: unknown[]) => [...values].map(String).sort();

describe("Destination option lists match Fivetran's OpenAPI contract", () => {
	it('services are the create discriminator values', () => {
		expect(sorted(DESTINATION_SERVICES.map((o) => o.value))).toEqual(
			sorted(createBody.discriminator!.values),
		);
	});

	it('regions, time zone offsets and networking methods are the enums', () => {
		expect(sorted(DESTINATION_REGIONS)).toEqual(sorted(createBody.fields!.region.enum!));
		expect(TIME_ZONE_OFFSETS).toEqual(createBody.fields!.time_zone_offset.enum);
		expect(sorted(NETWORKING_METHODS.map((o) => o.value))).toEqual(
			sorted(createBody.fields!.networking_method.enum!),
		);
	});

	it('service names are sorted and unique, so the searchable dropdown reads well', () => {
		const names = DESTINATION_SERVICES.map((o) => o.name.toLowerCase());
		expect(names).toEqual([...names].sort());
		expect(new Set(names).size).toBe(names.length);
	});
});

describe('toTimeZoneOffset', () => {
	it.each([
		[0, '0'],
		['0', '0'],
		['-0', '0'],
		['+0', '0'],
		[3, '+3'],
		['3', '+3'],
		['+03', '+3'],
		[' -11 ', '-11'],
		['+12', '+12'],
	])('%p -> %p', (raw, expected) => {
		expect(toTimeZoneOffset(raw)).toBe(expected);
	});

	it.each([['-12'], ['+13'], ['5.5'], ['UTC'], [''], [null], [4.5]])('%p is refused', (raw) => {
		expect(toTimeZoneOffset(raw)).toBeUndefined();
	});
});

describe('Destination access levels', () => {
	it('reads are read, changes are write, delete is delete', () => {
		const access = Object.fromEntries(
			Object.entries(destinationOperations).map(([name, op]) => [name, op.access]),
		);
		expect(access).toEqual({
			create: 'write',
			delete: 'delete',
			get: 'read',
			getAll: 'read',
			runSetupTests: 'write',
			update: 'write',
		});
	});
});

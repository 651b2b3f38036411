import { groupLocator } from '../../../nodes/shared/locators';
import { idProblem, isFivetranId, MAX_ID_LENGTH, shownValue } from '../../../nodes/shared/ids';

const samples = [
	'decent_dropsy',
	'4107c213907114059a5544ad8fa66c52',
	'gen_000123',
	'a-b',
	'x'.repeat(MAX_ID_LENGTH),
	'x'.repeat(MAX_ID_LENGTH + 1),
	'',
	'.',
	'..',
	'a/b',
	'a\\b',
	'%2e%2e',
	'a?b',
	'a#b',
	'a b',
	'a\tb',
	'a\u007fb',
	'é',
	'a.b',
];

describe('What a Fivetran ID looks like', () => {
	it.each([
		['', 'it is empty'],
		['.', '"." is not an ID'],
		['..', '".." is not an ID'],
		['a/b', 'it contains /, \\, ?, # or %, which would change the request path'],
		['%2e%2e', 'it contains /, \\, ?, # or %, which would change the request path'],
		['a\nb', 'it contains spaces or control characters'],
		['x'.repeat(MAX_ID_LENGTH + 1), `it is longer than ${MAX_ID_LENGTH} characters`],
		['a.b', 'it may only contain letters, digits, _ and -'],
	])('%j: %s', (id, reason) => {
		expect(idProblem(id)).toBe(reason);
	});

	it('accepts the shapes Fivetran uses: two words, hex, generated, with a dash', () => {
		expect(samples.slice(0, 5).every(isFivetranId)).toBe(true);
		expect(samples.slice(5).some(isFivetranId)).toBe(false);
	});

	it('the resource locators\' "By ID" check agrees with the rule (apart from spaces around it)', () => {
		const byId = groupLocator.modes?.find((mode) => mode.name === 'id');
		const regex = byId?.validation?.[0] as unknown as { properties: { regex: string } };
		const locatorAccepts = new RegExp(regex.properties.regex);
		for (const id of samples) expect([id, locatorAccepts.test(id)]).toEqual([id, isFivetranId(id)]);
		expect(locatorAccepts.test(' decent_dropsy ')).toBe(true);
	});

	it('an error shows at most 64 characters of a bad value, and says how long it was', () => {
		expect(shownValue('a/b')).toBe('"a/b"');
		expect(shownValue('x'.repeat(20_000))).toBe(`"${'x'.repeat(64)}"… (20000 characters)`);
	});
});

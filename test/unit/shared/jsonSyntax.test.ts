import { describeJsonSyntaxError, findJsonSyntaxError } from '../../../nodes/shared/jsonSyntax';

describe('findJsonSyntaxError: where a JSON text breaks, in words that never quote it', () => {
	it.each([
		['{"a": }', 1, 7, 'a value was expected'],
		['{"password": "hunter2-secret" x}', 1, 31, "',' or '}' was expected"],
		['{"a":1,}', 1, 8, 'a property name in double quotes was expected'],
		['{"pw":"abc', 1, 7, 'a string is not closed'],
		['{"pw":"a\nb"}', 1, 9, 'a line break or control character inside a string'],
		['{\n  "pw": hunter2secret\n}', 2, 9, 'a value was expected'],
		['{"a":1} trailing', 1, 9, 'more text follows the end of the JSON value'],
		['[1,2', 1, 5, 'the text ends too early'],
		['{"a" 1}', 1, 6, "':' was expected after a property name"],
		['{"k":"\\q"}', 1, 8, 'an invalid escape'],
		['{"k":"\\u12G4"}', 1, 8, 'an invalid \\u escape'],
		['{"x": 01}', 1, 8, "',' or '}' was expected"],
		['[1.]', 1, 4, 'digits must follow the dot'],
		['', 1, 1, 'the text ends too early'],
	])('%p: line %p, column %p, %p', (text, line, column, problem) => {
		expect(() => JSON.parse(text)).toThrow();
		const found = findJsonSyntaxError(text);
		expect(found).toMatchObject({ line, column });
		expect(found?.problem).toContain(problem);
		expect(describeJsonSyntaxError(text)).not.toMatch(/hunter2|secret|pw/);
	});

	it.each(['{}', '[]', ' 1 ', '"s"', '{"a":[1,-2.5e+3,true,false,null,"x\\u00e9\\n\\"",{}]}'])(
		'valid JSON %p has no error',
		(text) => {
			expect(() => JSON.parse(text)).not.toThrow();
			expect(findJsonSyntaxError(text)).toBeUndefined();
		},
	);

	it('a deeply nested text is scanned without recursion (no stack overflow)', () => {
		const text = `${'['.repeat(200_000)}${']'.repeat(199_999)}`;
		expect(findJsonSyntaxError(text)).toMatchObject({ offset: 399_999, line: 1 });
	});
});

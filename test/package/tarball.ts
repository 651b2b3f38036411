// What `npm pack` would put into the published tarball, and the rules it must follow.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface PackedFile {
	path: string;
	size: number;
}

export interface PackResult {
	filename: string;
	size: number; // packed (gzip) bytes
	unpackedSize: number;
	files: PackedFile[];
}

/** Builds dist/ with `npm run build` when it is absent (a fresh clone running `npm test`). */
export function ensureBuilt(): void {
	if (fs.existsSync(path.join(ROOT, 'dist', 'nodes', 'Fivetran', 'Fivetran.node.js'))) return;
	execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'pipe' });
}

export function packDryRun(): PackResult {
	const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
		cwd: ROOT,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const [result] = JSON.parse(out.slice(out.indexOf('[')));
	return result;
}

const TOP_LEVEL = new Set(['package.json', 'README.md', 'LICENSE']);
const SHIPPED_FOLDERS = ['dist/nodes/', 'dist/credentials/'];
const SHIPPED_EXTENSIONS = ['.js', '.json', '.svg', '.png'];

/** Every packed path that should not be there, with the reason. */
export function unexpectedFiles(paths: string[]): string[] {
	const problems: string[] = [];
	for (const file of paths) {
		if (TOP_LEVEL.has(file)) continue;
		if (!SHIPPED_FOLDERS.some((folder) => file.startsWith(folder))) {
			problems.push(`${file}: outside dist/nodes and dist/credentials`);
		} else if (file.endsWith('.map')) {
			problems.push(`${file}: source map`);
		} else if (file.endsWith('.ts')) {
			problems.push(`${file}: TypeScript source or declarations`);
		} else if (path.basename(file) === 'package.json') {
			problems.push(`${file}: a copy of package.json inside dist`);
		} else if (!SHIPPED_EXTENSIONS.includes(path.extname(file))) {
			problems.push(`${file}: not code, a node description or an icon`);
		}
	}
	return problems;
}

/** The file an n8n `file:` icon names, relative to the tarball root (or undefined for other icons). */
export function iconPath(builtFile: string, icon: string): string | undefined {
	if (!icon.startsWith('file:')) return undefined;
	return path.posix.normalize(path.posix.join(path.posix.dirname(builtFile), icon.slice('file:'.length)));
}

type Icon = string | { light: string; dark: string };

/** The icons a built node or credential file names (loaded from dist/ with this repo's n8n-workflow). */
export function iconsOf(builtFile: string): string[] {
	const exported = require(path.join(ROOT, builtFile)) as Record<string, new () => unknown>;
	const instance = new (Object.values(exported)[0])() as { icon?: Icon; description?: { icon?: Icon } };
	const icon = instance.description?.icon ?? instance.icon;
	if (icon === undefined) return [];
	const names = typeof icon === 'string' ? [icon] : [icon.light, icon.dark];
	return names.map((name) => iconPath(builtFile, name) ?? name);
}

export function formatList(result: PackResult): string {
	const lines = [...result.files]
		.sort((a, b) => a.path.localeCompare(b.path))
		.map((f) => `${String(f.size).padStart(8)}  ${f.path}`);
	return [
		...lines,
		`${result.files.length} files, ${result.unpackedSize} bytes unpacked, ${result.size} bytes packed (${result.filename})`,
	].join('\n');
}

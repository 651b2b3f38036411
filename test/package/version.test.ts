import * as fs from 'fs';
import * as path from 'path';

import { PACKAGE_VERSION } from '../../nodes/shared/packageVersion';

const ROOT = path.resolve(__dirname, '..', '..');

describe('package version', () => {
	it('the User-Agent version equals package.json (scripts/sync-version.js writes it)', () => {
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
		expect(PACKAGE_VERSION).toBe(pkg.version);
	});

	it('release-it runs the version sync after its bump', () => {
		const config = JSON.parse(fs.readFileSync(path.join(ROOT, '.release-it.json'), 'utf8'));
		expect(config.hooks['after:npm:bump']).toBe('node scripts/sync-version.js');
	});
});

'use strict';
// Writes package.json's version into nodes/shared/packageVersion.ts (the User-Agent's version).
// `n8n-node release` bumps package.json through release-it, whose after:npm:bump hook
// (.release-it.json) runs this so the bump commit carries both.
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const file = path.join(root, 'nodes', 'shared', 'packageVersion.ts');
const before = fs.readFileSync(file, 'utf8');
const after = before.replace(/PACKAGE_VERSION = '[^']*'/, `PACKAGE_VERSION = '${version}'`);
if (!after.includes(`'${version}'`)) throw new Error(`no PACKAGE_VERSION constant in ${file}`);
fs.writeFileSync(file, after);
console.log(`packageVersion.ts: ${version}`);

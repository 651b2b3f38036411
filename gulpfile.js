const path = require('path');
const { task, src, dest } = require('gulp');

// tsc emits only JavaScript; n8n also needs each node's and credential's icon next to the built file.
task('build:icons', copyIcons);

function copyIcons() {
	const nodeIcons = src(path.resolve('nodes', '**', '*.{png,svg}'), { encoding: false });
	const nodeDestination = path.resolve('dist', 'nodes');
	nodeIcons.pipe(dest(nodeDestination));

	const credentialIcons = src(path.resolve('credentials', '**', '*.{png,svg}'), { encoding: false });
	const credentialDestination = path.resolve('dist', 'credentials');
	return credentialIcons.pipe(dest(credentialDestination));
}

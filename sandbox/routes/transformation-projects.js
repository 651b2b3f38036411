'use strict';
// /v1/transformation-projects: list, details and setup tests (dbt Core projects).
const { ok, ApiError } = require('../envelope');
const { paginate } = require('../paginate');
const { transformationProjectView } = require('../views');
const { containsFailMarker } = require('../setup-tests');

const TEST_TITLES = ['Git repository access', 'dbt project structure', 'Destination connection'];
const FAILURE = 'Fivetran could not read the Git repository: add the project public key as a deploy key.';

function findProject(store, id) {
	const p = store.transformationProjects.get(id);
	if (!p) throw new ApiError(404, 'NotFound_TransformationProject', `Transformation project with id '${id}' doesn't exist`);
	return p;
}

// Like connections: a project_config value containing "sandbox-fail" makes the Git test fail.
function runProjectTests(p) {
	const failed = containsFailMarker(p.project_config);
	p.setup_tests = TEST_TITLES.map((title, i) => {
		const failing = failed && i === 0;
		return { title, status: failing ? 'FAILED' : 'PASSED', message: failing ? FAILURE : '' };
	});
	p.status = failed ? 'ERROR' : 'READY';
	p.errors = failed ? [FAILURE] : [];
}

function register(router) {
	router.add('GET', '/v1/transformation-projects', ({ store, query }) =>
		ok(paginate(store.transformationProjectList(), query, (p) => transformationProjectView(p, { details: false }))));
	router.add('GET', '/v1/transformation-projects/:id', ({ store, params }) => ok(transformationProjectView(findProject(store, params.id))));
	router.add('POST', '/v1/transformation-projects/:id/test', ({ store, params }) => {
		const p = findProject(store, params.id);
		runProjectTests(p);
		return ok(transformationProjectView(p), 'Transformation project test completed successfully');
	});
}

module.exports = { register, findProject };

import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { transformationProjectLocator } from '../../shared/locators';
import { transportLimits } from '../../shared/transport/limits';
import { fivetranApiRequest } from '../../shared/transport/request';
import { PROJECT_STATUSES, unknownValuesField } from '../../shared/stateValues';
import { requestSettings } from '../common/request';
import { readId } from '../common/validate';
import type { Access } from '../common/types';

export const access: Access = 'write';

export const description = updateDisplayOptions(
	{ show: { resource: ['transformationProject'], operation: ['runSetupTests'] } },
	[transformationProjectLocator],
);

/**
 * One item per setup test, so a workflow can branch on each; the project itself when there are none.
 * Each item carries the project's `errors` (why a project is in ERROR, e.g. "Git repository not
 * accessible", is often there and in no test) and names a project status Fivetran does not document.
 */
function testResults(project: IDataObject, projectId: string): IDataObject[] {
	const tests = Array.isArray(project.setup_tests) ? (project.setup_tests as IDataObject[]) : [];
	if (tests.length === 0) return [project];
	const projectFacts = {
		project_id: String(project.id ?? projectId),
		project_status: project.status ?? null,
		...(Array.isArray(project.errors) ? { project_errors: project.errors } : {}),
		...unknownValuesField([['project_status', project.status, PROJECT_STATUSES]]),
	};
	return tests.map((test) => ({
		...projectFacts,
		title: test.title ?? null,
		status: test.status ?? null,
		message: test.message ?? null,
		details: test.details ?? null,
	}));
}

export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<IDataObject[]> {
	const projectId = readId(this, 'projectId', itemIndex);
	const project = await fivetranApiRequest.call(this, {
		method: 'POST',
		path: `/transformation-projects/${projectId}/test`,
		// Not repeatable (each run clones the Git repository and checks the warehouse) and slow.
		repeatable: false,
		timeoutMs: transportLimits.longRequestTimeoutMs,
		...requestSettings(this, itemIndex),
	});
	return testResults(project, decodeURIComponent(projectId));
}

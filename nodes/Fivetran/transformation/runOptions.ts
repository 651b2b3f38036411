import type { INodeProperties } from 'n8n-workflow';

import { waitFields } from '../common/wait/waitOptions';

// Run's "Wait for Completion" parameters: the same names, limits and reading (readWaitSettings) as
// Sync's, in transformation words. No "On Rescheduled": transformation runs are not rescheduled.

function syncField(name: string): INodeProperties {
	return waitFields.find((field) => field.name === name) as INodeProperties;
}

export const runWaitFields: INodeProperties[] = [
	{
		...syncField('waitForCompletion'),
		description:
			'Whether to wait until the run has finished and output the transformation with the outcome. When off, the node outputs as soon as Fivetran accepted the request.',
	},
	{
		...syncField('pollInterval'),
		description:
			'How often to ask Fivetran whether the run has finished; at least 5. Each check is one API call.',
	},
	{
		...syncField('timeout'),
		description:
			'How long to wait at most, from 1 to 1440 (24 hours), slow or retried checks included; then the node stops with an error that shows the last status seen',
	},
	{
		...syncField('onFailure'),
		options: [
			{
				name: 'Stop With Error',
				value: 'error',
				description:
					"Stop the node with an error that names the transformation, the status and Fivetran's messages",
			},
			{
				name: 'Output Item',
				value: 'output',
				description:
					'Output the transformation with run_succeeded false and run_outcome, so the workflow can branch on it',
			},
		],
		description:
			'What to do when the run fails, is canceled, partly succeeds or is blocked, or the transformation is paused',
	},
];

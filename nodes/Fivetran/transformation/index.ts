import { resourceDescription } from '../common/resourceDescription';
import type { OperationMap } from '../common/types';
import * as cancel from './cancel.operation';
import * as deleteTransformation from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as pause from './pause.operation';
import * as resume from './resume.operation';
import * as run from './run.operation';
import * as updateSchedule from './updateSchedule.operation';

export const transformationOperations: OperationMap = {
	cancel,
	delete: deleteTransformation,
	get,
	getAll,
	pause,
	resume,
	run,
	updateSchedule,
};

export const transformationDescription = resourceDescription(
	'transformation',
	transformationOperations,
	[
		{
			name: 'Cancel',
			value: 'cancel',
			action: 'Cancel a transformation run',
			description:
				'Stop the run of a transformation that is running now; the schedule stays. To stop future runs use Pause.',
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a transformation',
			description: 'Delete a transformation and its schedule; needs Confirm',
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a transformation',
			description:
				'Get one transformation by ID: status of the last run, errors, schedule, last run start and end, config. Use it to see whether a run has finished.',
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many transformations',
			description:
				'List transformations, optionally only those of a group, project or type, or with given statuses (e.g. FAILED) or paused',
		},
		{
			name: 'Pause',
			value: 'pause',
			action: 'Pause a transformation',
			description:
				'Stop the scheduled runs of a transformation until it is resumed; returns the transformation',
		},
		{
			name: 'Resume',
			value: 'resume',
			action: 'Resume a transformation',
			description:
				'Let a paused transformation run on its schedule again; it does not start a run now (use Run)',
		},
		{
			name: 'Run',
			value: 'run',
			action: 'Run a transformation',
			description:
				'Start a run now. Returns at once or, with Wait for Completion, when the run has ended (run_succeeded and its errors). For long runs do not wait: check later with Get',
		},
		{
			name: 'Update Schedule',
			value: 'updateSchedule',
			action: 'Update a transformation schedule',
			description:
				'Set when a transformation runs: integrated (after its connectors sync), time of day, interval or cron; returns the transformation',
		},
	],
);

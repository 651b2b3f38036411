// Tests of this suite that show bugs of issue 20's rows 1–6, which branch issue-20a fixes in the
// node code. They assert the correct behaviour and run as `it.failing` until then: once 20a is
// merged, empty this list (a test that starts passing fails as `it.failing`, which says so).
// `REAL_SHAPES_STRICT=1 npx jest test/real-shapes` runs them as normal tests, to read their failures.

const ROW_1 = 'row 1: a transformation run is judged by timestamps real answers do not carry';
const ROW_2 = 'row 2: a sync_end with status FAILED gets no sync outcome';
const ROW_3 = "row 3: Run Setup Tests drops the project's errors";
const ROW_4 =
	'row 4: Simplify invents nulls for fields the object lacks (and drops registered_at, usage)';
const ROW_5 = 'row 5: rescheduled_for output while the sync is not rescheduled';
const ROW_5_404 = 'row 5: a 404 does not name what was not found';
const ROW_5_TASK = 'row 5: a failed sync quotes the first task (a warning), not the failure';
const ROW_6 = 'row 6: connection_id spelling gives connector_id: null';

export const EXPECTED_TO_FAIL_UNTIL_20A: Record<string, string> = {
	// The Fivetran node (operations.test.ts)
	'group getAll: Simplify on a group without created_at': ROW_4,
	'group getConnectors: Simplify on a sparse connection': ROW_4,
	'connector getAll: Simplify on sparse connections': ROW_4,
	'connector get: Simplify, sparse: no sync times, unknown update_state': ROW_4,
	'destination getAll: Simplify on one without region': ROW_4,
	'webhook getAll: Simplify on an account webhook without group_id': ROW_4,
	'user getAll: Simplify on a pending invite without login time': ROW_4,
	'hybridAgent getAll: Simplify on agents without online, enabled or deployment_type': ROW_4,
	'hybridAgent get: Simplify, sparse, with usage': ROW_4,
	'transformation getAll: Simplify on transformations without group_id or run times': ROW_4,
	'transformation get: Simplify, sparse: no run times, no group_id': ROW_4,
	'transformationProject getAll: Simplify on list items without status': ROW_4,
	'connector checkSync: synced after the request (no rescheduled_for in the answer)': ROW_5,
	// Get Status has the same fixed rescheduled_for key as Check Sync (row 5 names Check Sync only).
	'connector getStatus: sparse: no sync times, no tasks, unknown update_state': ROW_5,
	'transformation run: waiting, sparse (no run times): running, then succeeded': ROW_1,
	'transformationProject runSetupTests: ERROR: the project errors appear in the output': ROW_3,
};

/** Rows named by the other test files of this suite, for their own entries. */
export const ROWS = { ROW_1, ROW_2, ROW_5_404, ROW_5_TASK, ROW_6 };

const strict = () => Boolean(process.env.REAL_SHAPES_STRICT);

export function knownIssueOf(title: string): string | undefined {
	return strict() ? undefined : EXPECTED_TO_FAIL_UNTIL_20A[title];
}

/** `it`, or `it.failing` for a test that shows the bug of `row` (see above). */
export const itUnless = (row?: string) => (row && !strict() ? it.failing : it);

'use strict';
// Turns the output of `n8n execute --rawOutput` into something a case can assert on.
// n8n prints the run as pretty JSON (2-space indent): the top-level object starts with a line "{"
// and ends with a line "}". On a failed run it prints the same JSON through its logger (info level)
// before the error lines, so we look for that block in stdout and stderr alike.

function extractRunJson(text) {
	const lines = text.split('\n');
	for (let start = 0; start < lines.length; start++) {
		if (lines[start].trimEnd() !== '{') continue;
		for (let end = start + 1; end < lines.length; end++) {
			if (lines[end].trimEnd() !== '}') continue;
			try {
				const parsed = JSON.parse(lines.slice(start, end + 1).join('\n'));
				if (parsed && parsed.data && parsed.data.resultData) return parsed;
			} catch {
				// not our block; keep looking
			}
			break;
		}
	}
	return null;
}

function makeResult(proc) {
	return resultOf(extractRunJson(proc.stdout) || extractRunJson(proc.stderr), proc);
}

/**
 * The same shape from an execution n8n stored (queue mode: run by a worker, read over REST).
 * `execution.data` is the parsed run data; `worker` says which worker ran it.
 */
function resultFromExecution(execution, { ms, worker }) {
	const run = { status: execution.status, data: execution.data };
	return { ...resultOf(run, { code: null, stdout: '', stderr: '', ms }), executionId: execution.id, worker };
}

function resultOf(run, proc) {
	const resultData = run ? run.data.resultData : {};
	const runData = resultData.runData || {};
	const firstRun = (node) => {
		const runs = runData[node];
		if (!runs || !runs.length) throw new Error(`node "${node}" did not run (ran: ${Object.keys(runData).join(', ') || 'none'})`);
		return runs[0];
	};
	return {
		run,
		exitCode: proc.code,
		stdout: proc.stdout,
		stderr: proc.stderr,
		ms: proc.ms,
		status: run ? run.status : 'no-output',
		// The workflow-level error (set when a node failed and stopped the run).
		error: resultData.error || null,
		lastNode: resultData.lastNodeExecuted,
		ran: (node) => Boolean(runData[node] && runData[node].length),
		// JSON of the items a node emitted on one of its outputs.
		items(node, output = 0) {
			const main = (firstRun(node).data || {}).main || [];
			return (main[output] || []).map((i) => i.json);
		},
		nodeError: (node) => firstRun(node).error || null,
	};
}

// Everything a failing case should show, without dumping megabytes of items.
function describeResult(r) {
	const err = r.error ? `${r.error.message}${r.error.description ? ` (${r.error.description})` : ''}` : 'none';
	const tail = (s) => s.split('\n').filter(Boolean).slice(-15).join('\n      ');
	return [
		`status=${r.status} exit=${r.exitCode} lastNode=${r.lastNode} error=${err}`,
		r.run ? '' : `stdout: ${tail(r.stdout)}\n    stderr: ${tail(r.stderr)}`,
	].filter(Boolean).join('\n    ');
}

module.exports = { makeResult, resultFromExecution, describeResult, extractRunJson };

'use strict';
// The sandbox's time: Date.now(), but strictly increasing, so two events never share a timestamp
// (Fivetran's succeeded_at / failed_at are what clients compare: a fix and a new break in the same
// millisecond must still be told apart, as they are on api.fivetran.com).
let last = 0;

function now() {
	last = Math.max(Date.now(), last + 1);
	return last;
}

module.exports = { now };

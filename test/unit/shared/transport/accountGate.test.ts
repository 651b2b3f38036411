import {
	accountKey,
	accountPauseLeft,
	openAllAccounts,
	pauseAccount,
	waitForAccount,
} from '../../../../nodes/shared/transport/accountGate';
import { boundsFrom } from '../../../../nodes/shared/transport/retryPolicy';
import { clock } from '../../../../nodes/shared/clock';

const key = accountKey('https://api.test/v1', 'key-1');

describe('account gate: one pause for every request of the account', () => {
	let now: number;
	beforeEach(() => {
		openAllAccounts();
		now = 1_000_000;
		jest.spyOn(clock, 'now').mockImplementation(() => now);
	});

	it('waits out the pause once, on the clock, then lets the request go', async () => {
		const sleep = jest.spyOn(clock, 'sleep').mockImplementation(async (ms) => {
			now += ms;
		});
		pauseAccount(key, 2_000);
		expect(await waitForAccount(key, boundsFrom(undefined), undefined)).toBeUndefined();
		expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([2_000]);
		expect(accountPauseLeft(key)).toBe(0);
	});

	it('a sleep that returns before its time (clock not moved) does not spin: one sleep per pause', async () => {
		const sleep = jest.spyOn(clock, 'sleep').mockResolvedValue(undefined);
		pauseAccount(key, 2_000);
		expect(await waitForAccount(key, boundsFrom(undefined), undefined)).toBeUndefined();
		expect(sleep).toHaveBeenCalledTimes(1);
	});

	it('a later pause set during the wait is waited out too', async () => {
		let first = true;
		const sleep = jest.spyOn(clock, 'sleep').mockImplementation(async (ms) => {
			now += ms;
			if (first) pauseAccount(key, 3_000); // another chain met a 429 meanwhile
			first = false;
		});
		pauseAccount(key, 1_000);
		await waitForAccount(key, boundsFrom(undefined), undefined);
		expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([1_000, 3_000]);
	});

	it('a pause past the request deadline is not waited: the request stops instead', async () => {
		const sleep = jest.spyOn(clock, 'sleep');
		pauseAccount(key, 5_000);
		expect(await waitForAccount(key, boundsFrom(now + 1_000), undefined)).toEqual({
			reason: 'deadline',
		});
		expect(sleep).not.toHaveBeenCalled();
	});
});

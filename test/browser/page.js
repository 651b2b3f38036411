'use strict';
// Small vocabulary for finding things in n8n's editor from the test's side: page expressions that
// evaluate to an element (for page.click / page.typeInto) and a bounded wait on a page condition.
const { waitFor } = require('../../scripts/lib/cdp');

const STEP_WAIT_MS = 30000;

/** First element matching a CSS selector. */
const css = (selector) => `document.querySelector(${JSON.stringify(selector)})`;

/** First element matching `selector` whose trimmed text is exactly `text`. */
const withText = (selector, text) =>
	`[...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.textContent.trim() === ${JSON.stringify(text)})`;

/** Element expressions by n8n's data-test-id attribute (optionally a CSS tail, e.g. ' input'). */
const testId = (id, tail = '') => css(`[data-test-id="${id}"]${tail}`);

/** Polls `js` (an expression) in the page until it is truthy; returns its value. */
function waitInPage(page, js, what, timeoutMs = STEP_WAIT_MS) {
	return waitFor(() => page.evaluate(js), { what, timeoutMs, intervalMs: 150 });
}

/** Text of the visible element an expression points at ('' when none). */
function visibleText(elementJs) {
	return `((el) => (el && el.getClientRects().length ? el.innerText : ''))(${elementJs})`;
}

module.exports = { STEP_WAIT_MS, css, withText, testId, waitInPage, visibleText };

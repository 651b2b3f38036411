'use strict';
// Webhook URL rules. The sandbox must never send traffic off this machine, so only loopback
// hosts are accepted; plain http is allowed (unlike Fivetran) unless requireHttps is set.
const { invalid } = require('../envelope');

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

function isLoopback(url) {
	return LOOPBACK_HOSTS.includes(url.hostname.toLowerCase());
}

// Returns the parsed URL or throws 400 InvalidInput naming the field.
function checkWebhookUrl(raw, { requireHttps = false } = {}) {
	if (typeof raw !== 'string' || !raw.trim()) throw invalid("Field 'url' must be a non-empty string");
	let url;
	try {
		url = new URL(raw);
	} catch {
		throw invalid("Field 'url' must be an absolute http(s) URL");
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid("Field 'url' must be an absolute http(s) URL");
	if (requireHttps && url.protocol !== 'https:') throw invalid("Field 'url' must be HTTPS");
	if (!isLoopback(url)) {
		throw invalid(`Field 'url' host '${url.hostname}' is not allowed: the sandbox delivers only to 127.0.0.1/localhost`);
	}
	return url;
}

// For logs and messages: a URL may carry user:password, which must never be shown.
function displayUrl(raw) {
	try {
		const url = new URL(raw);
		url.username = '';
		url.password = '';
		return url.toString();
	} catch {
		return '(invalid url)';
	}
}

module.exports = { checkWebhookUrl, isLoopback, displayUrl, LOOPBACK_HOSTS };

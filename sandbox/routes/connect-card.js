'use strict';
// POST /v1/connections/:id/connect-card: a Connect Card link for an end user to (re)authorize a
// connection. The token is a made-up, JWT-shaped string; the link points at fivetran.com as
// Fivetran's does, but the sandbox never serves or follows it.
const crypto = require('node:crypto');
const { ok, invalid } = require('../envelope');
const v = require('../validate');
const { findConnection } = require('./connections');

const SETUP_URL = 'https://fivetran.com/connect-card/setup';
const TOKEN_LIFETIME_S = 3600;

const part = (obj) => Buffer.from(JSON.stringify(obj), 'utf8').toString('base64url');

function madeUpToken(connectionId, nowMs) {
	const iat = Math.floor(nowMs / 1000);
	const payload = { sub: connectionId, iat, exp: iat + TOKEN_LIFETIME_S, sandbox: true };
	return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(payload)}.${crypto.randomBytes(24).toString('base64url')}`;
}

function readConfig(body) {
	body = v.objectBody(body, { required: true });
	v.rejectUnknown(body, ['connect_card_config']);
	const config = v.requireField(body, 'connect_card_config');
	if (!v.isObject(config)) throw invalid("Field 'connect_card_config' must be an object");
	for (const key of Object.keys(config)) {
		if (!['redirect_uri', 'hide_setup_guide', 'all_fields'].includes(key)) throw invalid(`Unknown field 'connect_card_config.${key}'`);
	}
	const uri = config.redirect_uri;
	if (uri === undefined || uri === null || uri === '') throw invalid("Field 'connect_card_config.redirect_uri' is required");
	if (typeof uri !== 'string' || !/^https?:\/\/\S+$/i.test(uri)) {
		throw invalid("Field 'connect_card_config.redirect_uri' must start with https:// or http://");
	}
	for (const f of ['hide_setup_guide', 'all_fields']) {
		if (config[f] !== undefined && typeof config[f] !== 'boolean') throw invalid(`Field 'connect_card_config.${f}' must be a boolean`);
	}
	return { ...config };
}

function register(router) {
	router.add('POST', '/v1/connections/:id/connect-card', ({ store, params, body, now }) => {
		const c = findConnection(store, params.id);
		const config = readConfig(body);
		const token = madeUpToken(c.id, now);
		let uri = `${SETUP_URL}?redirect_uri=${encodeURIComponent(config.redirect_uri)}&auth=${token}`;
		if (config.hide_setup_guide) uri += '&hide_setup_guide=true';
		return ok({ connector_id: c.id, connect_card: { token, uri }, connect_card_config: config }, 'Connection Connect Card has been created');
	});
}

module.exports = { register };

'use strict';
// The JSON body of a webhook delivery, in Fivetran's field order.
const crypto = require('node:crypto');
const { SYNC_EVENTS } = require('./events');

// Fivetran's test deliveries describe a connector that does not exist.
const MADE_UP_CONNECTOR = {
	connector_type: '_connection_type',
	connector_id: '_connection_1',
	connector_name: '_connection_name',
	destination_group_id: '_destination_1',
};

function connectorFields(connection) {
	if (!connection) return MADE_UP_CONNECTOR;
	return {
		connector_type: connection.service,
		connector_id: connection.id,
		connector_name: connection.schema,
		destination_group_id: connection.group_id,
	};
}

// `syncId` lets sync_start and sync_end of one sync share an id; a fresh one is made otherwise.
function buildPayload({ event, connection, data = {}, created = new Date().toISOString(), syncId }) {
	const c = connectorFields(connection);
	const payload = {
		event,
		created,
		connector_type: c.connector_type,
		connector_id: c.connector_id,
		connector_name: c.connector_name,
	};
	if (SYNC_EVENTS.includes(event)) payload.sync_id = syncId || crypto.randomUUID();
	payload.destination_group_id = c.destination_group_id;
	payload.data = data;
	return payload;
}

// What a test or registration delivery carries for a given event.
function testPayload(event) {
	return buildPayload({ event, data: event === 'sync_end' ? { status: 'SUCCESSFUL' } : {} });
}

module.exports = { buildPayload, testPayload, MADE_UP_CONNECTOR };

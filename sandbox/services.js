'use strict';
// Connector types the sandbox knows (GET /v1/metadata/connector-types) and sample source tables.

// [id, name, type, description]
const CONNECTOR_TYPES = [
	['postgres', 'PostgreSQL', 'Database', 'PostgreSQL is an open-source relational database.'],
	['mysql', 'MySQL', 'Database', 'MySQL is an open-source relational database.'],
	['sql_server', 'SQL Server', 'Database', 'Microsoft SQL Server is a relational database.'],
	['oracle', 'Oracle', 'Database', 'Oracle Database is a multi-model database.'],
	['mongo', 'MongoDB', 'Database', 'MongoDB is a document database.'],
	['salesforce', 'Salesforce', 'Sales', 'Salesforce is a customer relationship management platform.'],
	['hubspot', 'HubSpot', 'Marketing', 'HubSpot is an inbound marketing and sales platform.'],
	['google_ads', 'Google Ads', 'Marketing', 'Google Ads is an online advertising platform.'],
	['facebook_ads', 'Facebook Ads', 'Marketing', 'Facebook Ads is an advertising platform by Meta.'],
	['linkedin_ads', 'LinkedIn Ad Analytics', 'Marketing', 'LinkedIn advertising reports.'],
	['google_analytics_4', 'Google Analytics 4', 'Marketing', 'Google Analytics 4 web and app analytics.'],
	['stripe', 'Stripe', 'Finance', 'Stripe is an online payment processing platform.'],
	['netsuite_suiteanalytics', 'NetSuite SuiteAnalytics', 'Finance', 'Oracle NetSuite ERP data.'],
	['quickbooks', 'QuickBooks', 'Finance', 'QuickBooks is accounting software.'],
	['shopify', 'Shopify', 'Sales', 'Shopify is an e-commerce platform.'],
	['zendesk', 'Zendesk Support', 'Support', 'Zendesk is a customer support platform.'],
	['intercom', 'Intercom', 'Support', 'Intercom is a customer messaging platform.'],
	['jira', 'Jira', 'Engineering', 'Jira is an issue and project tracker.'],
	['github', 'GitHub', 'Engineering', 'GitHub hosts source code and issues.'],
	['asana', 'Asana', 'Productivity', 'Asana is a work management platform.'],
	['workday', 'Workday HCM', 'HumanResources', 'Workday human capital management.'],
	['google_sheets', 'Google Sheets', 'File', 'Google Sheets is a spreadsheet application.'],
	['s3', 'Amazon S3', 'File', 'Files stored in Amazon S3 buckets.'],
	['webhooks', 'Webhooks', 'Events', 'Events sent to a Fivetran webhook URL.'],
	['segment', 'Segment', 'Events', 'Segment customer event data.'],
	['connector_sdk', 'Connector SDK', 'Function', 'Custom connector built with the Fivetran Connector SDK.'],
	['aws_lambda', 'AWS Lambda', 'Function', 'Custom function running on AWS Lambda.'],
	['google_cloud_function', 'Google Cloud Functions', 'Function', 'Custom function on Google Cloud.'],
	['azure_function', 'Azure Functions', 'Function', 'Custom function on Microsoft Azure.'],
];

const byId = new Map(
	CONNECTOR_TYPES.map(([id, name, type, description]) => [
		id,
		{
			id,
			name,
			type,
			description,
			icon_url: `https://fivetran.com/integrations/${id}/resources/${id}.svg`,
			link_to_docs: `https://fivetran.com/docs/connectors/${id}`,
			service_status: 'general_availability',
		},
	]),
);

const connectorTypes = () => [...byId.values()];
const getConnectorType = (id) => byId.get(id);
const isDatabase = (service) => byId.get(service)?.type === 'Database';
// Only Function / Connector SDK connections keep a state object that the API can read or write.
const hasState = (service) => byId.get(service)?.type === 'Function';

const TABLES = {
	postgres: { public: ['users', 'orders', 'order_items'], billing: ['invoices'] },
	mysql: { shop: ['customers', 'orders'] },
	salesforce: { salesforce: ['account', 'contact', 'opportunity', 'lead'] },
	hubspot: { hubspot: ['contact', 'company', 'deal'] },
	google_ads: { google_ads: ['campaign_history', 'ad_group_history', 'ad_stats'] },
	stripe: { stripe: ['charge', 'customer', 'invoice', 'subscription'] },
	zendesk: { zendesk: ['ticket', 'user', 'organization'] },
	connector_sdk: { events_sdk: ['events', 'sessions'] },
};

// Sample source layout for a connection: { schemaName: [tables] }.
function sourceTables(service, schema) {
	if (TABLES[service]) return TABLES[service];
	return { [String(schema).split('.')[0]]: ['data'] };
}

// Setup test titles shown by POST /connections, /test etc.
function setupTestTitles(service) {
	if (isDatabase(service)) return ['Connecting to host', 'Validating login', 'Checking replication permissions'];
	if (hasState(service)) return ['Validating connector code', 'Connecting to source'];
	return ['Validating credentials', 'Checking API access'];
}

module.exports = { connectorTypes, getConnectorType, isDatabase, hasState, sourceTables, setupTestTitles };

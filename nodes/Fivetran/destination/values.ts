import type { INodePropertyOptions } from 'n8n-workflow';

// Fivetran has no metadata endpoint for destination types, so these lists come from its OpenAPI
// document (test/contract/fivetran-contract.json). A unit test keeps them equal to the contract;
// values Fivetran adds later can still be typed through an expression.

function withId(label: string, value: string): INodePropertyOptions {
	return { name: `${label} (${value})`, value };
}

/** The `service` values of POST /v1/destinations, named as Fivetran's docs name them. Sorted by name. */
export const DESTINATION_SERVICES: INodePropertyOptions[] = [
	withId('Aiven for Apache Kafka', 'aiven_kafka_wh'),
	withId('Amazon Aurora MySQL', 'aurora_warehouse'),
	withId('Amazon Aurora PostgreSQL', 'aurora_postgres_warehouse'),
	withId('Amazon MSK', 'aws_msk_wh'),
	withId('Amazon RDS for MariaDB', 'maria_rds_warehouse'),
	withId('Amazon RDS for MySQL', 'mysql_rds_warehouse'),
	withId('Amazon RDS for Oracle', 'oracle_rds_warehouse'),
	withId('Amazon RDS for PostgreSQL', 'postgres_rds_warehouse'),
	withId('Amazon RDS for SQL Server', 'sql_server_rds_warehouse'),
	withId('Amazon Redshift', 'redshift'),
	withId('Azure Database for PostgreSQL', 'azure_postgres_warehouse'),
	withId('Azure SQL Database', 'azure_sql_database'),
	withId('Azure SQL Managed Instance', 'azure_sql_managed_db_warehouse'),
	withId('Azure Synapse Analytics', 'azure_sql_data_warehouse'),
	withId('BigQuery', 'big_query'),
	withId('BigQuery Data Transfer Service', 'big_query_dts'),
	withId('ClickHouse', 'clickhouse'),
	withId('Confluent Cloud', 'confluent_cloud_wh'),
	withId('Databricks', 'databricks'),
	withId('Databricks PostgreSQL', 'postgres_databricks_warehouse'),
	withId('Databricks via Managed Data Lake', 'databricks_via_managed_data_lake'),
	withId('Google Cloud SQL for PostgreSQL', 'postgres_gcp_warehouse'),
	withId('Managed BigQuery', 'managed_big_query'),
	withId('Managed Data Lake', 'managed_data_lake'),
	withId('MariaDB', 'maria_warehouse'),
	withId('Materialize', 'materialize'),
	withId('Milvus', 'milvus'),
	withId('MotherDuck', 'motherduck'),
	withId('MySQL', 'mysql_warehouse'),
	withId('Oracle', 'oracle_warehouse'),
	withId('Oracle RAC', 'oracle_rac_warehouse'),
	withId('PostgreSQL', 'postgres_warehouse'),
	withId('SingleStore', 'singlestore'),
	withId('Snowflake', 'snowflake'),
	withId('SQL Server', 'sql_server_warehouse'),
	withId('SurrealDB', 'surrealdb_destination'),
	withId('Teradata', 'teradata_destination'),
];

/** The `region` enum (where Fivetran processes the data). Sorted. */
export const DESTINATION_REGIONS: string[] = [
	'AWS_AP_NORTHEAST_1',
	'AWS_AP_SOUTH_1',
	'AWS_AP_SOUTHEAST_1',
	'AWS_AP_SOUTHEAST_2',
	'AWS_CA_CENTRAL_1',
	'AWS_EU_CENTRAL_1',
	'AWS_EU_WEST_1',
	'AWS_EU_WEST_2',
	'AWS_US_EAST_1',
	'AWS_US_EAST_2',
	'AWS_US_GOV_WEST_1',
	'AWS_US_WEST_2',
	'AZURE_AUSTRALIAEAST',
	'AZURE_CANADACENTRAL',
	'AZURE_CENTRALINDIA',
	'AZURE_CENTRALUS',
	'AZURE_EASTUS',
	'AZURE_EASTUS2',
	'AZURE_JAPANEAST',
	'AZURE_SOUTHEASTASIA',
	'AZURE_UAENORTH',
	'AZURE_UKSOUTH',
	'AZURE_WESTEUROPE',
	'GCP_ASIA_NORTHEAST1',
	'GCP_ASIA_SOUTH1',
	'GCP_ASIA_SOUTHEAST1',
	'GCP_ASIA_SOUTHEAST2',
	'GCP_AUSTRALIA_SOUTHEAST1',
	'GCP_EUROPE_WEST2',
	'GCP_EUROPE_WEST3',
	'GCP_NORTHAMERICA_NORTHEAST1',
	'GCP_US_CENTRAL1',
	'GCP_US_EAST4',
	'GCP_US_WEST1',
];

/** The `time_zone_offset` enum: whole hours from UTC, written "-11".."0".."+12". */
export const TIME_ZONE_OFFSETS: string[] = Array.from({ length: 24 }, (_, i) => {
	const hours = i - 11;
	return hours > 0 ? `+${hours}` : String(hours);
});

/** The `networking_method` enum: how Fivetran reaches the destination. */
export const NETWORKING_METHODS: INodePropertyOptions[] = [
	{ name: 'Directly', value: 'Directly', description: 'Over the internet, straight to the host' },
	{
		name: 'Private Link',
		value: 'PrivateLink',
		description: 'Through a private link set up in Fivetran',
	},
	{
		name: 'Proxy Agent',
		value: 'ProxyAgent',
		description: 'Through a Fivetran proxy agent in your network',
	},
	{ name: 'SSH Tunnel', value: 'SshTunnel', description: 'Through an SSH bastion host' },
];

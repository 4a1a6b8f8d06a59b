import type { JobProfile } from '../domain/profile.ts';

export interface DemoJob {
  name: string;
  description: string;
  cron: string | null;
  /** `enabled` / `disabled` deployment, or not deployed at all. */
  deployment: 'enabled' | 'disabled' | 'none';
  contacts?: { userError?: string[]; platformError?: string[]; success?: string[]; deploy?: string[] };
  profile?: Partial<JobProfile>;
  properties?: Record<string, unknown>;
  python?: string;
}

export interface DemoTeam {
  team: string;
  owner: string;
  dbType: string;
  jobs: DemoJob[];
}

const flaky = { userErrorRate: 0.25, platformErrorRate: 0.05 };
const steady = { userErrorRate: 0.02, platformErrorRate: 0.01, skippedRate: 0 };
const slow = { durationSeconds: 900, jitter: 0.2 };

/** Three teams and ~60 jobs that look like a real data platform. */
export const DEMO_TEAMS: DemoTeam[] = [
  {
    team: 'data-platform',
    owner: 'platform-oncall@example.com',
    dbType: 'TRINO',
    jobs: [
      {
        name: 'ingest-kafka-events',
        description: 'Streams product telemetry from Kafka topic `events.v2` into the raw lake every 10 minutes.',
        cron: '*/10 * * * *',
        deployment: 'enabled',
        profile: { durationSeconds: 240, steps: ['10_create_table.sql', '20_ingest.py'] },
      },
      {
        name: 'replicate-postgres-cdc',
        description: 'Replicates change-data-capture batches from the accounts Postgres cluster.',
        cron: '5 * * * *',
        deployment: 'enabled',
        profile: steady,
      },
      {
        name: 'compact-iceberg-tables',
        description: 'Compacts small files of the raw Iceberg tables and expires old snapshots.',
        cron: '30 2 * * *',
        deployment: 'enabled',
        profile: slow,
      },
      {
        name: 'sync-user-directory',
        description: 'Copies users and groups from the corporate directory for access reports.',
        cron: '0 */4 * * *',
        deployment: 'enabled',
      },
      {
        name: 'export-audit-logs',
        description: 'Exports the control-plane audit log to long-term storage.',
        cron: '15 0 * * *',
        deployment: 'enabled',
        profile: steady,
      },
      {
        name: 'monitor-table-freshness',
        description: 'Checks that every curated table was updated within its SLA and alerts owners.',
        cron: '*/15 * * * *',
        deployment: 'enabled',
        profile: { durationSeconds: 45, steps: ['10_check_freshness.py'] },
      },
      {
        name: 'vacuum-staging-schemas',
        description: 'Drops staging tables older than seven days.',
        cron: '0 3 * * 0',
        deployment: 'enabled',
      },
      {
        name: 'ingest-cloudwatch-metrics',
        description: 'Pulls infrastructure metrics from CloudWatch into the metrics mart.',
        cron: '20 * * * *',
        deployment: 'enabled',
        profile: flaky,
      },
      {
        name: 'backfill-clickstream-2024',
        description: 'One-off backfill of the 2024 clickstream archive (paused after the migration).',
        cron: '0 1 * * *',
        deployment: 'disabled',
        profile: slow,
      },
      {
        name: 'refresh-data-catalog',
        description: 'Harvests table and column metadata into the data catalog.',
        cron: '45 */2 * * *',
        deployment: 'enabled',
      },
      {
        name: 'load-geoip-database',
        description: 'Loads the weekly GeoIP database release.',
        cron: '0 6 * * 1',
        deployment: 'enabled',
        profile: steady,
      },
      {
        name: 'rotate-service-credentials',
        description: 'Rotates warehouse service-account passwords (manual runs only).',
        cron: null,
        deployment: 'enabled',
        profile: { durationSeconds: 30 },
      },
      {
        name: 'ingest-jira-issues',
        description: 'Imports Jira issues and sprints for engineering metrics.',
        cron: '10 */3 * * *',
        deployment: 'enabled',
        profile: flaky,
      },
      {
        name: 'check-schema-drift',
        description: 'Compares source schemas with the lake and reports drift.',
        cron: '0 7 * * *',
        deployment: 'enabled',
      },
      {
        name: 'archive-raw-events',
        description: 'Moves raw events older than 90 days to cold storage.',
        cron: '0 4 * * *',
        deployment: 'enabled',
        profile: slow,
      },
      {
        name: 'prototype-delta-sharing',
        description: 'Prototype of a Delta Sharing export; not deployed yet.',
        cron: '0 5 * * *',
        deployment: 'none',
      },
      {
        name: 'ingest-github-activity',
        description: 'Collects pull requests and reviews from GitHub.',
        cron: '25 * * * *',
        deployment: 'enabled',
      },
      {
        name: 'snapshot-feature-flags',
        description: 'Daily snapshot of feature-flag states for experiment analysis.',
        cron: '55 23 * * *',
        deployment: 'enabled',
        profile: steady,
      },
      {
        name: 'replicate-mongo-orders',
        description: 'Replicates the orders collection from MongoDB.',
        cron: '35 * * * *',
        deployment: 'disabled',
      },
      {
        name: 'ingest-status-page',
        description: 'Imports incidents from the public status page.',
        cron: '*/30 * * * *',
        deployment: 'enabled',
        profile: { durationSeconds: 60, userErrorRate: 0.1 },
      },
    ],
  },
  {
    team: 'analytics',
    owner: 'analytics-team@example.com',
    dbType: 'TRINO',
    jobs: [
      {
        name: 'ingest-sales',
        description: "Loads yesterday's sales from the shop database into `sales_raw`.",
        cron: '0 */2 * * *',
        deployment: 'enabled',
        profile: { durationSeconds: 210, userErrorRate: 0.12 },
      },
      {
        name: 'build-customer-360',
        description: 'Joins CRM, support and billing data into the customer 360 table.',
        cron: '0 5 * * *',
        deployment: 'enabled',
        profile: slow,
      },
      {
        name: 'daily-revenue-report',
        description: 'Builds the revenue dashboard tables used by the executive report.',
        cron: '30 6 * * *',
        deployment: 'enabled',
        profile: steady,
      },
      {
        name: 'marketing-attribution',
        description: 'Multi-touch attribution of sign-ups to marketing campaigns.',
        cron: '0 7 * * *',
        deployment: 'enabled',
        profile: flaky,
      },
      {
        name: 'churn-model-features',
        description: 'Computes the weekly feature set for the churn prediction model.',
        cron: '0 2 * * 1',
        deployment: 'enabled',
        profile: slow,
      },
      {
        name: 'product-usage-rollup',
        description: 'Rolls up product usage events into hourly and daily aggregates.',
        cron: '10 * * * *',
        deployment: 'enabled',
      },
      {
        name: 'nps-survey-import',
        description: 'Imports NPS survey responses from the survey tool.',
        cron: '0 8 * * *',
        deployment: 'enabled',
        profile: { userErrorRate: 0.3 },
      },
      {
        name: 'ab-test-results',
        description: 'Computes metrics and confidence intervals of running A/B tests.',
        cron: '20 */6 * * *',
        deployment: 'enabled',
      },
      {
        name: 'web-sessions-sessionize',
        description: 'Sessionises raw web events (30-minute inactivity window).',
        cron: '40 * * * *',
        deployment: 'enabled',
        profile: { durationSeconds: 420 },
      },
      {
        name: 'search-terms-weekly',
        description: 'Top search terms and zero-result searches of the week.',
        cron: '0 9 * * 1',
        deployment: 'enabled',
      },
      {
        name: 'funnel-conversion-daily',
        description: 'Conversion funnel from visit to purchase, by channel.',
        cron: '15 4 * * *',
        deployment: 'enabled',
      },
      {
        name: 'cohort-retention',
        description: 'Monthly cohort retention matrix.',
        cron: '0 3 1 * *',
        deployment: 'enabled',
      },
      {
        name: 'experimental-llm-tagging',
        description: 'Experiment: tags support tickets with an LLM. Disabled until the budget is approved.',
        cron: '0 */6 * * *',
        deployment: 'disabled',
        profile: flaky,
      },
      {
        name: 'ingest-app-store-reviews',
        description: 'Pulls App Store and Play Store reviews.',
        cron: '50 */4 * * *',
        deployment: 'enabled',
        profile: { platformErrorRate: 0.15 },
      },
      {
        name: 'inventory-forecast',
        description: 'Forecasts stock levels per warehouse for the next 14 days.',
        cron: '0 1 * * *',
        deployment: 'enabled',
        profile: slow,
      },
      {
        name: 'analytics-sandbox-refresh',
        description: "Refreshes the analysts' sandbox with a 1% sample of production tables.",
        cron: null,
        deployment: 'enabled',
      },
      {
        name: 'seo-rankings-import',
        description: 'Imports keyword rankings from the SEO tool.',
        cron: '30 5 * * *',
        deployment: 'enabled',
      },
      {
        name: 'clv-estimation',
        description: 'Customer lifetime value estimation (draft, not deployed).',
        cron: '0 6 * * 0',
        deployment: 'none',
      },
      {
        name: 'support-tickets-sla',
        description: 'SLA compliance of support tickets per queue.',
        cron: '5 */2 * * *',
        deployment: 'enabled',
      },
      {
        name: 'email-campaign-stats',
        description: 'Opens, clicks and bounces of e-mail campaigns.',
        cron: '45 * * * *',
        deployment: 'enabled',
        profile: { skippedRate: 0.1 },
      },
    ],
  },
  {
    team: 'finance',
    owner: 'finance-data@example.com',
    dbType: 'IMPALA',
    jobs: [
      {
        name: 'load-invoices',
        description: 'Loads issued invoices from the ERP.',
        cron: '0 * * * *',
        deployment: 'enabled',
        profile: steady,
      },
      {
        name: 'reconcile-payments',
        description: 'Reconciles payment-provider settlements with invoices and flags mismatches.',
        cron: '30 3 * * *',
        deployment: 'enabled',
        profile: { durationSeconds: 600, userErrorRate: 0.15 },
      },
      {
        name: 'fx-rates-daily',
        description: 'Imports the ECB reference exchange rates.',
        cron: '0 16 * * 1-5',
        deployment: 'enabled',
        profile: { durationSeconds: 20, steps: ['10_fetch_rates.py', '20_upsert_rates.sql'] },
      },
      {
        name: 'general-ledger-export',
        description: 'Exports journal entries to the general ledger.',
        cron: '0 2 * * *',
        deployment: 'enabled',
        profile: steady,
      },
      {
        name: 'revenue-recognition',
        description: 'Applies revenue recognition schedules to subscriptions (ASC 606).',
        cron: '0 4 1 * *',
        deployment: 'enabled',
        profile: slow,
      },
      {
        name: 'expense-reports-import',
        description: 'Imports approved expense reports.',
        cron: '15 */6 * * *',
        deployment: 'enabled',
      },
      {
        name: 'vat-returns-prep',
        description: 'Prepares VAT return figures per country.',
        cron: '0 5 1 * *',
        deployment: 'enabled',
      },
      {
        name: 'cash-position-hourly',
        description: 'Aggregates bank balances into the treasury cash position.',
        cron: '5 * * * *',
        deployment: 'enabled',
        profile: { platformErrorRate: 0.08 },
      },
      {
        name: 'budget-vs-actuals',
        description: 'Budget versus actuals per cost centre.',
        cron: '0 6 * * *',
        deployment: 'enabled',
      },
      {
        name: 'payroll-accruals',
        description: 'Monthly payroll accrual estimates (manual runs by the controller).',
        cron: null,
        deployment: 'enabled',
      },
      {
        name: 'procurement-spend',
        description: 'Spend analytics over purchase orders.',
        cron: '30 7 * * *',
        deployment: 'enabled',
        profile: flaky,
      },
      {
        name: 'subscription-mrr',
        description: 'Monthly recurring revenue and its movements.',
        cron: '45 5 * * *',
        deployment: 'enabled',
        profile: steady,
      },
      {
        name: 'legacy-sap-extract',
        description: 'Extract from the old SAP system, kept for audits. Disabled.',
        cron: '0 0 * * 0',
        deployment: 'disabled',
      },
      {
        name: 'credit-risk-scores',
        description: 'Refreshes customer credit-risk scores from the bureau feed.',
        cron: '20 3 * * *',
        deployment: 'enabled',
      },
      {
        name: 'tax-engine-sync',
        description: 'Syncs tax rules from the tax engine.',
        cron: '0 12 * * *',
        deployment: 'enabled',
      },
      {
        name: 'audit-trail-snapshot',
        description: 'Quarterly audit trail snapshot (new, awaiting review).',
        cron: '0 0 1 */3 *',
        deployment: 'none',
      },
      {
        name: 'chargebacks-daily',
        description: 'Chargebacks and disputes from the payment providers.',
        cron: '10 9 * * *',
        deployment: 'enabled',
        profile: { userErrorRate: 0.2 },
      },
      {
        name: 'forecast-cashflow',
        description: 'Thirteen-week cash-flow forecast.',
        cron: '0 8 * * 1',
        deployment: 'enabled',
        profile: slow,
      },
      {
        name: 'intercompany-eliminations',
        description: 'Intercompany elimination entries for consolidation.',
        cron: '0 3 2 * *',
        deployment: 'enabled',
      },
      {
        name: 'fixed-assets-depreciation',
        description: 'Monthly depreciation run of fixed assets.',
        cron: '30 2 1 * *',
        deployment: 'enabled',
      },
    ],
  },
];

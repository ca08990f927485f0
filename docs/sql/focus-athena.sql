-- LLMCOST: a month of FOCUS cost-and-usage rows folded into LLMCOST's monthly lines, in the warehouse.
-- Dialect: Amazon Athena / Trino (AWS Data Exports "FOCUS 1.2 with AWS columns", incl. Amazon Bedrock).
-- The result has the columns of LLMCOST's monthly-lines CSV (docs/sql/README.md): save it as CSV and import it in
-- the task pane (format "LLMCOST monthly lines", detected) or check it with `npm run actuals -- <file>`.
-- The same rules as the pane's FOCUS reader (src/engine/actuals/focus.ts); test/actuals/sql.test.ts runs this file
-- with DuckDB on test/fixtures/actuals/focus-aws.csv and compares it line by line with the pane's import.
-- Replace focus_1_2_aws with your table; filter ChargePeriodStart to the months you close. Three statements: a view
-- that reads each row (model, token kind, unit size), the monthly lines, and what the lines leave out.

CREATE OR REPLACE VIEW llmcost_focus_rows AS
WITH src AS (
  SELECT
    f.*,
    lower(trim(coalesce(nullif(f.SkuMeter, ''), nullif(f.x_UsageType, ''), f.ChargeDescription, ''))) AS meter_lc,
    lower(replace(trim(coalesce(f.ConsumedUnit, '')), ',', '')) AS consumed_unit,
    lower(replace(trim(coalesce(f.PricingUnit, '')), ',', '')) AS pricing_unit
  FROM focus_1_2_aws f
),
sized AS (
  SELECT
    s.*,
    -- tokens per unit: "Tokens" 1, "1000 Tokens" 1,000, "1K tokens" 1,000, "1000000 Tokens" 1,000,000; NULL: not a token unit
    CASE
      WHEN coalesce(regexp_extract(s.consumed_unit, '^(([0-9]+(\.[0-9]+)?)\s*(k|m|thousand|million)?\s*)?tokens?$', 0), '') <> ''
        OR coalesce(regexp_extract(s.consumed_unit, '^(k|m|thousand|million)\s+tokens?$', 0), '') <> ''
      THEN coalesce(try_cast(nullif(regexp_extract(s.consumed_unit, '^([0-9]+(\.[0-9]+)?)', 1), '') AS double), 1)
        * CASE coalesce(regexp_extract(s.consumed_unit, '^([0-9]+(\.[0-9]+)?)?\s*(k|m|thousand|million)\s', 3), '')
            WHEN 'k' THEN 1000 WHEN 'thousand' THEN 1000 WHEN 'm' THEN 1000000 WHEN 'million' THEN 1000000 ELSE 1 END
    END AS consumed_size,
    CASE
      WHEN coalesce(regexp_extract(s.pricing_unit, '^(([0-9]+(\.[0-9]+)?)\s*(k|m|thousand|million)?\s*)?tokens?$', 0), '') <> ''
        OR coalesce(regexp_extract(s.pricing_unit, '^(k|m|thousand|million)\s+tokens?$', 0), '') <> ''
      THEN coalesce(try_cast(nullif(regexp_extract(s.pricing_unit, '^([0-9]+(\.[0-9]+)?)', 1), '') AS double), 1)
        * CASE coalesce(regexp_extract(s.pricing_unit, '^([0-9]+(\.[0-9]+)?)?\s*(k|m|thousand|million)\s', 3), '')
            WHEN 'k' THEN 1000 WHEN 'thousand' THEN 1000 WHEN 'm' THEN 1000000 WHEN 'million' THEN 1000000 ELSE 1 END
    END AS pricing_size,
    -- the model: SkuPriceDetails' ModelId (or Model), else the meter before its first kind/tier/unit word
    coalesce(
      nullif(lower(trim(regexp_extract(coalesce(s.SkuPriceDetails, ''), '"ModelId"\s*:\s*"([^"]*)"', 1))), ''),
      nullif(lower(trim(regexp_extract(coalesce(s.SkuPriceDetails, ''), '"Model"\s*:\s*"([^"]*)"', 1))), ''),
      nullif(replace(replace(
        coalesce(nullif(regexp_extract(
          coalesce(nullif(regexp_extract(s.meter_lc, '^[a-z]{2,4}[0-9]-([a-z].*)$', 1), ''), s.meter_lc),
          '^(.*?)[ _-]+(?:batch|cached|cache|input|inp|output|outp|prompt|completion|generated|provisioned|ptu|priority|flex|regional|regnl|global|glbl|data[\s_-]?zone|standard|on[\s_-]?demand|tokens?|1k|1m|\()', 1), ''),
          coalesce(nullif(regexp_extract(s.meter_lc, '^[a-z]{2,4}[0-9]-([a-z].*)$', 1), ''), s.meter_lc)),
        ' ', '-'), '_', '-'), '')
    ) AS model_id,
    CASE
      WHEN coalesce(regexp_extract(s.meter_lc, 'cache[ds]?[ _-]?(write|creation|storage)|cache[ _-]?wr\b', 0), '') <> ''
        THEN CASE WHEN coalesce(regexp_extract(s.meter_lc, '\b1 ?h(our)?\b|1h', 0), '') <> '' THEN 'cache_write_1h' ELSE 'cache_write' END
      WHEN coalesce(regexp_extract(s.meter_lc, 'cache[ds]?[ _-]?(read|hit)|cached|\bcchd\b', 0), '') <> '' THEN 'cached'
      WHEN coalesce(regexp_extract(s.meter_lc, 'output|\boutp?\b|completion|generated', 0), '') <> '' THEN 'output'
      WHEN coalesce(regexp_extract(s.meter_lc, 'input|\binp\b|prompt', 0), '') <> '' THEN 'input'
    END AS token_kind,
    lower(coalesce(s.ChargeCategory, '')) AS charge
  FROM src s
)
SELECT * FROM sized;

WITH ai AS (
  SELECT
    z.*,
    CASE
      WHEN z.consumed_size IS NOT NULL AND z.ConsumedQuantity IS NOT NULL THEN z.ConsumedQuantity * z.consumed_size
      WHEN z.pricing_size IS NOT NULL AND z.PricingQuantity IS NOT NULL THEN z.PricingQuantity * z.pricing_size
    END AS tokens_raw
  FROM llmcost_focus_rows z
  WHERE z.ServiceCategory = 'AI and Machine Learning'
    AND (lower(coalesce(z.ServiceSubcategory, '')) = 'generative ai'
      OR coalesce(regexp_extract(lower(coalesce(z.ServiceName, '')), 'openai|bedrock|vertex ai|gemini|claude|anthropic|ai foundry|foundry models|generative', 0), '') <> ''
      OR z.consumed_size IS NOT NULL OR z.pricing_size IS NOT NULL)
),
readable AS (
  -- rows the pane would reject are left out here and counted by the second query below
  SELECT a.*, round(a.tokens_raw) AS tokens
  FROM ai a
  WHERE a.charge IN ('purchase', 'credit', 'tax', 'adjustment')
    OR (a.charge = 'usage' AND a.model_id IS NOT NULL AND a.token_kind IS NOT NULL AND a.tokens_raw IS NOT NULL
        AND abs(a.tokens_raw - round(a.tokens_raw)) <= 1e-6 * greatest(1, abs(a.tokens_raw))
        AND (a.tokens_raw >= 0 OR lower(coalesce(a.ChargeClass, '')) = 'correction'))
)
SELECT
  cast(date_trunc('month', r.ChargePeriodStart) AS date) AS month,
  lower(coalesce(nullif(r.ProviderName, ''), '(unknown)')) AS provider,
  CASE WHEN r.charge = 'usage' THEN r.model_id ELSE coalesce(nullif(lower(r.ServiceName), ''), '(' || r.charge || ')') END AS model,
  coalesce(
    nullif(regexp_extract(coalesce(r.Tags, ''), '"team"\s*:\s*"([^"]*)"', 1), ''),
    nullif(regexp_extract(coalesce(r.Tags, ''), '"Team"\s*:\s*"([^"]*)"', 1), ''),
    nullif(regexp_extract(coalesce(r.Tags, ''), '"user:team"\s*:\s*"([^"]*)"', 1), ''),
    nullif(regexp_extract(coalesce(r.Tags, ''), '"project"\s*:\s*"([^"]*)"', 1), ''),
    nullif(regexp_extract(coalesce(r.Tags, ''), '"user:project"\s*:\s*"([^"]*)"', 1), ''),
    nullif(regexp_extract(coalesce(r.Tags, ''), '"cost-center"\s*:\s*"([^"]*)"', 1), ''),
    nullif(regexp_extract(coalesce(r.Tags, ''), '"costcenter"\s*:\s*"([^"]*)"', 1), ''),
    nullif(regexp_extract(coalesce(r.Tags, ''), '"CostCenter"\s*:\s*"([^"]*)"', 1), ''),
    nullif(regexp_extract(coalesce(r.Tags, ''), '"user:cost-center"\s*:\s*"([^"]*)"', 1), ''),
    nullif(regexp_extract(coalesce(r.Tags, ''), '"department"\s*:\s*"([^"]*)"', 1), ''),
    nullif(r.SubAccountName, ''),
    '(unassigned)'
  ) AS team,
  CASE
    WHEN coalesce(regexp_extract(r.meter_lc, '\bbatch\b', 0), '') <> '' THEN 'batch'
    WHEN coalesce(regexp_extract(r.meter_lc, 'provisioned|\bptu\b', 0), '') <> '' THEN 'provisioned'
    WHEN coalesce(regexp_extract(r.meter_lc, 'priority', 0), '') <> '' THEN 'priority'
    WHEN coalesce(regexp_extract(r.meter_lc, '\bflex\b', 0), '') <> '' THEN 'flex'
    ELSE 'standard'
  END AS tier,
  lower(coalesce(nullif(r.RegionId, ''), nullif(r.RegionName, ''), '')) AS region,
  'standard' AS speed,
  r.charge AS charge,
  sum(CASE WHEN r.charge = 'usage' AND r.token_kind IN ('input', 'cached') THEN r.tokens ELSE 0 END) AS input_tokens,
  sum(CASE WHEN r.charge = 'usage' AND r.token_kind = 'cached' THEN r.tokens ELSE 0 END) AS cached_input_tokens,
  sum(CASE WHEN r.charge = 'usage' AND r.token_kind = 'cache_write' THEN r.tokens ELSE 0 END) AS cache_write_tokens,
  sum(CASE WHEN r.charge = 'usage' AND r.token_kind = 'cache_write_1h' THEN r.tokens ELSE 0 END) AS cache_write_1h_tokens,
  sum(CASE WHEN r.charge = 'usage' AND r.token_kind = 'output' THEN r.tokens ELSE 0 END) AS output_tokens,
  cast(NULL AS bigint) AS requests,
  0 AS web_search_requests,
  sum(r.BilledCost) AS billed_cost,
  sum(r.ListCost) AS list_cost,
  sum(r.ContractedCost) AS contracted_cost,
  sum(r.EffectiveCost) AS effective_cost,
  sum(CASE WHEN coalesce(r.InvoiceId, '') <> '' THEN coalesce(r.BilledCost, 0) ELSE 0 END) AS invoiced_cost,
  coalesce(nullif(upper(r.BillingCurrency), ''), CASE WHEN r.BilledCost IS NOT NULL THEN 'USD' ELSE '' END) AS currency,
  coalesce(cast(cast(date_trunc('month', r.BillingPeriodStart) AS date) AS varchar),
    CASE WHEN coalesce(r.InvoiceId, '') <> '' THEN cast(cast(date_trunc('month', r.ChargePeriodStart) AS date) AS varchar) ELSE '' END) AS billing_month,
  coalesce(r.InvoiceId, '') AS invoice_id
FROM readable r
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 21, 22, 23
ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 22, 23;

-- What the lines leave out, never silently: rows of other services, and AI rows the pane would reject, by reason.
SELECT reason, count(*) AS rows_left_out, sum(BilledCost) AS billed
FROM (
  SELECT
    z.BilledCost,
    CASE
      WHEN NOT (z.ServiceCategory = 'AI and Machine Learning'
        AND (lower(coalesce(z.ServiceSubcategory, '')) = 'generative ai'
          OR coalesce(regexp_extract(lower(coalesce(z.ServiceName, '')), 'openai|bedrock|vertex ai|gemini|claude|anthropic|ai foundry|foundry models|generative', 0), '') <> ''
          OR z.consumed_size IS NOT NULL OR z.pricing_size IS NOT NULL)) THEN 'skipped: not generative AI'
      WHEN z.charge NOT IN ('usage', 'purchase', 'credit', 'tax', 'adjustment') THEN 'rejected: ChargeCategory not Usage, Purchase, Credit, Tax or Adjustment'
      WHEN z.charge <> 'usage' THEN NULL
      WHEN z.model_id IS NULL THEN 'rejected: no model'
      WHEN z.token_kind IS NULL THEN 'rejected: the meter names no token kind'
      WHEN z.consumed_size IS NULL AND z.pricing_size IS NULL THEN 'rejected: no token unit'
      WHEN coalesce(z.ConsumedQuantity, z.PricingQuantity) IS NULL THEN 'rejected: no token quantity'
    END AS reason
  FROM llmcost_focus_rows z
) x
WHERE reason IS NOT NULL
GROUP BY reason
ORDER BY reason;

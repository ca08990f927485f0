-- The same rules as the pane's FOCUS reader (src/engine/actuals/focus.ts); test/actuals/sql.test.ts runs its
-- rendering with DuckDB on the Azure, AWS and Google FOCUS fixtures and compares it line by line with the pane's import.
-- Replace @source with your table; filter ChargePeriodStart to the months you close. Three statements: the rows read
-- one by one (model, token kind, unit size), the monthly lines, and what the lines leave out.

@create_rows(llmcost_focus_rows)
WITH src AS (
  -- the columns the fold reads (one the export lacks is a typed NULL) and the meter: the first of the export's meter
  -- columns that is not empty
  SELECT
    @columns,
    lower(trim(coalesce(@meter, ''))) AS meter_lc,
    lower(replace(trim(coalesce(f.ConsumedUnit, '')), ',', '')) AS consumed_unit,
    lower(replace(trim(coalesce(f.PricingUnit, '')), ',', '')) AS pricing_unit
  FROM @source f
)
SELECT
    @read_columns(s),
    -- tokens per unit: "Tokens" 1, "1000 Tokens" 1,000, "1K tokens" 1,000, "1000000 Tokens" 1,000,000; NULL: not a token unit
    CASE
      WHEN @like(s.consumed_unit, '^(?:[0-9]+(?:\.[0-9]+)?\s*(?:k|m|thousand|million)?\s*)?tokens?$')
        OR @like(s.consumed_unit, '^(?:k|m|thousand|million)\s+tokens?$')
      THEN coalesce(cast(nullif(@extract(s.consumed_unit, '^([0-9]+(?:\.[0-9]+)?)'), '') AS @float), 1)
        * CASE coalesce(@extract(s.consumed_unit, '^(?:[0-9]+(?:\.[0-9]+)?)?\s*(k|m|thousand|million)\s'), '')
            WHEN 'k' THEN 1000 WHEN 'thousand' THEN 1000 WHEN 'm' THEN 1000000 WHEN 'million' THEN 1000000 ELSE 1 END
    END AS consumed_size,
    CASE
      WHEN @like(s.pricing_unit, '^(?:[0-9]+(?:\.[0-9]+)?\s*(?:k|m|thousand|million)?\s*)?tokens?$')
        OR @like(s.pricing_unit, '^(?:k|m|thousand|million)\s+tokens?$')
      THEN coalesce(cast(nullif(@extract(s.pricing_unit, '^([0-9]+(?:\.[0-9]+)?)'), '') AS @float), 1)
        * CASE coalesce(@extract(s.pricing_unit, '^(?:[0-9]+(?:\.[0-9]+)?)?\s*(k|m|thousand|million)\s'), '')
            WHEN 'k' THEN 1000 WHEN 'thousand' THEN 1000 WHEN 'm' THEN 1000000 WHEN 'million' THEN 1000000 ELSE 1 END
    END AS pricing_size,
    -- the model: SkuPriceDetails' ModelId (or Model), else the meter before its first kind/tier/unit word
    coalesce(
      nullif(lower(trim(@extract(coalesce(s.SkuPriceDetails, ''), '"ModelId"\s*:\s*"([^"]*)"'))), ''),
      nullif(lower(trim(@extract(coalesce(s.SkuPriceDetails, ''), '"Model"\s*:\s*"([^"]*)"'))), ''),
      nullif(replace(replace(
        coalesce(nullif(@extract(
          coalesce(nullif(@extract(s.meter_lc, '^[a-z]{2,4}[0-9]-([a-z].*)$'), ''), s.meter_lc),
          '^(.*?)[ _-]+(?:batch|cached|cache|input|inp|output|outp|prompt|completion|generated|provisioned|ptu|priority|flex|regional|regnl|global|glbl|data[\s_-]?zone|standard|on[\s_-]?demand|tokens?|1k|1m|\()'), ''),
          coalesce(nullif(@extract(s.meter_lc, '^[a-z]{2,4}[0-9]-([a-z].*)$'), ''), s.meter_lc)),
        ' ', '-'), '_', '-'), '')
    ) AS model_id,
    CASE
      WHEN @like(s.meter_lc, 'cache[ds]?[ _-]?(?:write|creation|storage)|cache[ _-]?wr\b')
        THEN CASE WHEN @like(s.meter_lc, '\b1 ?h(?:our)?\b|1h') THEN 'cache_write_1h' ELSE 'cache_write' END
      WHEN @like(s.meter_lc, 'cache[ds]?[ _-]?(?:read|hit)|cached|\bcchd\b') THEN 'cached'
      WHEN @like(s.meter_lc, 'output|\boutp?\b|completion|generated') THEN 'output'
      WHEN @like(s.meter_lc, 'input|\binp\b|prompt') THEN 'input'
    END AS token_kind,
    lower(coalesce(s.ChargeCategory, '')) AS charge
FROM src s@end

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
      OR @like(lower(coalesce(z.ServiceName, '')), 'openai|bedrock|vertex ai|gemini|claude|anthropic|ai foundry|foundry models|generative')
      OR z.consumed_size IS NOT NULL OR z.pricing_size IS NOT NULL)
),
readable AS (
  -- rows the pane would reject are left out here and counted by the third statement
  SELECT a.*, round(a.tokens_raw, 0) AS tokens
  FROM ai a
  WHERE a.charge IN ('purchase', 'credit', 'tax', 'adjustment')
    OR (a.charge = 'usage' AND a.model_id IS NOT NULL AND a.token_kind IS NOT NULL AND a.tokens_raw IS NOT NULL
        AND abs(a.tokens_raw - round(a.tokens_raw, 0)) <= 1e-6 * greatest(1, abs(a.tokens_raw))
        AND (a.tokens_raw >= 0 OR lower(coalesce(a.ChargeClass, '')) = 'correction'))
),
keyed AS (
  -- the line each row folds into (the grouping keys by name: T-SQL groups by no column number)
  SELECT
    @month(r.ChargePeriodStart) AS month,
    lower(coalesce(nullif(r.ProviderName, ''), '(unknown)')) AS provider,
    CASE WHEN r.charge = 'usage' THEN r.model_id ELSE coalesce(nullif(lower(r.ServiceName), ''), @concat('(', r.charge, ')')) END AS model,
    coalesce(
      nullif(@extract(coalesce(r.Tags, ''), '"team"\s*:\s*"([^"]*)"'), ''),
      nullif(@extract(coalesce(r.Tags, ''), '"Team"\s*:\s*"([^"]*)"'), ''),
      nullif(@extract(coalesce(r.Tags, ''), '"user:team"\s*:\s*"([^"]*)"'), ''),
      nullif(@extract(coalesce(r.Tags, ''), '"project"\s*:\s*"([^"]*)"'), ''),
      nullif(@extract(coalesce(r.Tags, ''), '"user:project"\s*:\s*"([^"]*)"'), ''),
      nullif(@extract(coalesce(r.Tags, ''), '"cost-center"\s*:\s*"([^"]*)"'), ''),
      nullif(@extract(coalesce(r.Tags, ''), '"costcenter"\s*:\s*"([^"]*)"'), ''),
      nullif(@extract(coalesce(r.Tags, ''), '"CostCenter"\s*:\s*"([^"]*)"'), ''),
      nullif(@extract(coalesce(r.Tags, ''), '"user:cost-center"\s*:\s*"([^"]*)"'), ''),
      nullif(@extract(coalesce(r.Tags, ''), '"department"\s*:\s*"([^"]*)"'), ''),
      nullif(r.SubAccountName, ''),
      '(unassigned)'
    ) AS team,
    CASE
      WHEN @like(r.meter_lc, '\bbatch\b') THEN 'batch'
      WHEN @like(r.meter_lc, 'provisioned|\bptu\b') THEN 'provisioned'
      WHEN @like(r.meter_lc, 'priority') THEN 'priority'
      WHEN @like(r.meter_lc, '\bflex\b') THEN 'flex'
      ELSE 'standard'
    END AS tier,
    lower(coalesce(nullif(r.RegionId, ''), nullif(r.RegionName, ''), '')) AS region,
    'standard' AS speed,
    r.charge AS charge,
    r.token_kind,
    r.tokens,
    r.BilledCost,
    r.ListCost,
    r.ContractedCost,
    r.EffectiveCost,
    CASE WHEN coalesce(r.InvoiceId, '') <> '' THEN coalesce(r.BilledCost, 0) ELSE 0 END AS invoiced,
    coalesce(nullif(upper(r.BillingCurrency), ''), CASE WHEN r.BilledCost IS NOT NULL THEN 'USD' ELSE '' END) AS currency,
    coalesce(@month_text(r.BillingPeriodStart),
      CASE WHEN coalesce(r.InvoiceId, '') <> '' THEN @month_text(r.ChargePeriodStart) ELSE '' END) AS billing_month,
    coalesce(r.InvoiceId, '') AS invoice_id
  FROM readable r
)
SELECT
  k.month, k.provider, k.model, k.team, k.tier, k.region, k.speed, k.charge,
  sum(CASE WHEN k.charge = 'usage' AND k.token_kind IN ('input', 'cached') THEN k.tokens ELSE 0 END) AS input_tokens,
  sum(CASE WHEN k.charge = 'usage' AND k.token_kind = 'cached' THEN k.tokens ELSE 0 END) AS cached_input_tokens,
  sum(CASE WHEN k.charge = 'usage' AND k.token_kind = 'cache_write' THEN k.tokens ELSE 0 END) AS cache_write_tokens,
  sum(CASE WHEN k.charge = 'usage' AND k.token_kind = 'cache_write_1h' THEN k.tokens ELSE 0 END) AS cache_write_1h_tokens,
  sum(CASE WHEN k.charge = 'usage' AND k.token_kind = 'output' THEN k.tokens ELSE 0 END) AS output_tokens,
  cast(NULL AS @int) AS requests,
  0 AS web_search_requests,
  sum(k.BilledCost) AS billed_cost,
  sum(k.ListCost) AS list_cost,
  sum(k.ContractedCost) AS contracted_cost,
  sum(k.EffectiveCost) AS effective_cost,
  sum(k.invoiced) AS invoiced_cost,
  k.currency, k.billing_month, k.invoice_id
FROM keyed k
GROUP BY k.month, k.provider, k.model, k.team, k.tier, k.region, k.speed, k.charge, k.currency, k.billing_month, k.invoice_id
ORDER BY k.month, k.provider, k.model, k.team, k.tier, k.region, k.speed, k.charge, k.billing_month, k.invoice_id@end

-- What the lines leave out, never silently: rows of other services, and AI rows the pane would reject, by reason.
SELECT x.reason, count(*) AS rows_left_out, sum(x.BilledCost) AS billed
FROM (
  SELECT
    z.BilledCost,
    CASE
      WHEN NOT (z.ServiceCategory = 'AI and Machine Learning'
        AND (lower(coalesce(z.ServiceSubcategory, '')) = 'generative ai'
          OR @like(lower(coalesce(z.ServiceName, '')), 'openai|bedrock|vertex ai|gemini|claude|anthropic|ai foundry|foundry models|generative')
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
WHERE x.reason IS NOT NULL
GROUP BY x.reason
ORDER BY x.reason@end

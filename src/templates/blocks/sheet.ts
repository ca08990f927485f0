import type { ProjectionRowSpec, ProjectionSpec, RowSpec, SectionSpec, SheetSpec } from "../types";
import { apiTokens, check, decision, difference, named, namedSelf, selfTokens, vectorDb } from "./formulas";
import { apiInputs, growthInput, peopleInputs, selfHostInputs, vectorInputs } from "./inputs";
import { rangeSection } from "./range";
import { API_COLUMN, SELF_COLUMN, plural, type UseCaseSpec } from "./spec";

const PROJECTION_MONTHS = 36;

function keyOutputs(s: UseCaseSpec): SectionSpec {
  const first = s.firstColumn.key;
  const g = s.guide;
  const unit = `{currency} per ${s.requestUnit}`;
  return {
    title: "Key outputs (budget; details below)",
    kind: "outputs",
    rows: [
      {
        key: "oneOff",
        label: "One-off cost (set-up, training, indexing)",
        values: { ...(g ? { [first]: `=${g.oneOff}` } : {}), [API_COLUMN]: named(s.oneOff.catalog, "n/a: see the rows below"), [SELF_COLUMN]: namedSelf(s.oneOff.selfhost) },
        names: { ...(g ? { [first]: "OneOffCost_Guide" } : {}), [API_COLUMN]: "OneOffCost_Catalog", [SELF_COLUMN]: "OneOffCost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: `Paid once, never added into a month. ${s.oneOff.notes}`,
      },
      {
        key: "monthly",
        label: "Whole monthly cost (recurring, month 1)",
        values: { [API_COLUMN]: named("{monthlyTotal}", "n/a: see the rows below"), [SELF_COLUMN]: namedSelf("{monthlyTotal}") },
        names: { [API_COLUMN]: "MonthlyCost_Catalog", [SELF_COLUMN]: "MonthlyCost_SelfHost" },
        format: "moneyFx",
        unit: "{currency} per month",
        notes: "Scope: whole cost in the first month: model (tokens or GPU replicas), vector database, people and platform. The guide gives no whole cost; its token figure is in the row below.",
      },
      {
        key: "tokenMonthly",
        label: "Model cost per month (tokens or GPUs only, month 1)",
        values: { ...(g ? { [first]: `=${g.monthly}` } : {}), [API_COLUMN]: named("{modelCost}", "n/a: see the rows below"), [SELF_COLUMN]: namedSelf("{modelCost}") },
        names: { ...(g ? { [first]: "MonthlyTokenCost_Guide" } : {}), [API_COLUMN]: "MonthlyTokenCost_Catalog", [SELF_COLUMN]: "MonthlyTokenCost_SelfHost" },
        format: "moneyFx",
        unit: "{currency} per month",
        notes: "Scope: the model alone (API tokens, or GPU replicas with standby), no people or platform. The guide's figures are of this scope.",
      },
      {
        key: "year1",
        label: "Year-1 cost (one-off + 12 months with growth)",
        values: {
          ...(g ? { [first]: "={oneOff}+{tokenMonthly}*{monthsPerYear}" } : {}),
          [API_COLUMN]: named("{oneOff}+SUMIF({pYear:all},1,{pApi:all})", "n/a: see the rows below"),
          [SELF_COLUMN]: namedSelf("{oneOff}+SUMIF({pYear:all},1,{pSelf:all})"),
        },
        names: { ...(g ? { [first]: "Year1Cost_Guide" } : {}), [API_COLUMN]: "Year1Cost_Catalog", [SELF_COLUMN]: "Year1Cost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: "One-off + the first 12 months of the projection (right). The guide's column: its one-off + 12 × its monthly figure (the guide assumes no growth).",
      },
      {
        key: "year2",
        label: "Year-2 cost (months 13–24)",
        values: { [API_COLUMN]: named("SUMIF({pYear:all},2,{pApi:all})", "n/a: see the rows below"), [SELF_COLUMN]: namedSelf("SUMIF({pYear:all},2,{pSelf:all})") },
        names: { [API_COLUMN]: "Year2Cost_Catalog", [SELF_COLUMN]: "Year2Cost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: "Whole cost of projection months 13–24 (no one-off).",
      },
      {
        key: "year3only",
        label: "Year-3 cost (months 25–36)",
        values: { [API_COLUMN]: named("SUMIF({pYear:all},3,{pApi:all})", "n/a: see the rows below"), [SELF_COLUMN]: namedSelf("SUMIF({pYear:all},3,{pSelf:all})") },
        names: { [API_COLUMN]: "Year3Cost_Catalog", [SELF_COLUMN]: "Year3Cost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: "Whole cost of projection months 25–36 (no one-off).",
      },
      {
        key: "year3",
        label: "3-year cost (one-off + 36 months)",
        values: { [API_COLUMN]: named("{oneOff}+SUM({pApi:all})", "n/a: see the rows below"), [SELF_COLUMN]: namedSelf("{oneOff}+SUM({pSelf:all})") },
        names: { [API_COLUMN]: "ThreeYearCost_Catalog", [SELF_COLUMN]: "ThreeYearCost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: "One-off + all 36 months of the projection.",
      },
      {
        key: "perRequest",
        label: `Cost per ${s.requestUnit} (month 1, recurring)`,
        values: {
          ...(g ? { [first]: `=IF({${s.requests}}>0,{tokenMonthly}/{${s.requests}},"no ${plural(s.requestUnit)}")` } : {}),
          [API_COLUMN]: named(`IF({${s.requests}}>0,{monthly}/{${s.requests}},"no ${plural(s.requestUnit)}")`, "n/a: see the rows below"),
          [SELF_COLUMN]: namedSelf(`IF({${s.requests}}>0,{monthly}/{${s.requests}},"no ${plural(s.requestUnit)}")`),
        },
        names: { ...(g ? { [first]: "CostPerRequest_Guide" } : {}), [API_COLUMN]: "CostPerRequest_Catalog", [SELF_COLUMN]: "CostPerRequest_SelfHost" },
        format: "moneyFx",
        unit,
        notes: `Monthly cost ÷ ${plural(s.requestUnit)} in month 1 (one-off excluded).`,
      },
      {
        key: "utilizationShown",
        label: "Replica utilisation (self-hosted, month 1)",
        values: { [SELF_COLUMN]: namedSelf("IF({replicas}=0,0,{apiOut}/({replicas}*{capacity}))") },
        names: { [SELF_COLUMN]: "ReplicaUtilization" },
        format: "general",
        unit: "share of full load (0.6 = 60%)",
        notes: "Shown unrounded so that a tiny load never reads 0. Output tokens ÷ (replicas × full-load capacity). Far below the target load means you pay for idle GPUs: the API is usually cheaper at this volume.",
      },
      {
        key: "year3Gap",
        label: "3-year cost, API − self-hosted",
        values: { [API_COLUMN]: difference("{year3:catalog}", "{year3:selfhost}") },
        format: "moneyFx",
        unit: "{currency}",
        notes: "negative: the API is cheaper; n/a unless both 3-year costs are numbers",
      },
      {
        key: "cheaper",
        label: "Cheaper over 3 years",
        values: { [API_COLUMN]: decision("{year3Gap}", "{year3:catalog}", "{year3:selfhost}", "API", "Self-hosted") },
        format: "text",
        unit: "option",
        notes: "Compares the 3-year whole costs of the two columns; n/a unless both are numbers, about the same within the Materiality share (Assumptions).",
      },
    ],
  };
}

/** Whole cost by fiscal year (FiscalYearStartMonth on Assumptions): the four fiscal years the 36 months touch. */
function fiscalYears(): SectionSpec {
  const row = (n: number): RowSpec => ({
    key: `fy${n}`,
    label: `Fiscal year ${n + 1} of the projection`,
    values: {
      [API_COLUMN]: `=IFERROR(SUMIF({pFiscal:all},INDEX({pFiscal:all},1,1)+${n},{pApi:all}),"n/a")`,
      [SELF_COLUMN]: `=IFERROR(SUMIF({pFiscal:all},INDEX({pFiscal:all},1,1)+${n},{pSelf:all}),"n/a")`,
    },
    format: "moneyFx",
    unit: "{currency}",
    notes: n === 0 ? "months of the first fiscal year the projection touches (fiscal years are named by the year they end: see the Fiscal year row)" : "the next fiscal year; a part-year where the projection starts or ends mid-year",
  });
  return { title: "Whole cost by fiscal year (one-off excluded)", kind: "outputs", rows: [0, 1, 2, 3].map(row) };
}

function blockCalculations(s: UseCaseSpec): RowSpec[] {
  const r = `{${s.requests}}`;
  const inTok = `{${s.inPerRequest}}`;
  const outTok = `{${s.outPerRequest}}`;
  return [
    { key: "apiIn", label: "Input tokens per month", values: { [API_COLUMN]: `=${r}*${inTok}` }, format: "tokens", unit: "tokens per month", notes: "requests × input tokens per request" },
    { key: "apiOut", label: "Output tokens per month (incl. reasoning)", values: { [API_COLUMN]: `=${r}*(${outTok}+{reasoning})` }, format: "tokens", unit: "tokens per month", notes: "requests × (visible output + reasoning tokens)" },
    { key: "apiCached", label: "Cached input tokens per month", values: { [API_COLUMN]: "={apiIn}*{cachedShare}" }, format: "tokens", unit: "tokens per month", notes: "input tokens × cached share" },
    { key: "loadedMonthly", label: "Loaded cost of one engineer", values: { [API_COLUMN]: "=LoadedCostPerFteMonth*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "LoadedCostPerFteMonth (Assumptions, USD) × the sheet's rate" },
    { key: "replicaCost", label: "One replica running all month", values: { [SELF_COLUMN]: "={gpus}*{gpuPrice}*{hoursPerMonth}*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "GPUs × price × 730 hours" },
    { key: "shapeIn", label: "Input tokens per request SELFHOST sizes for", values: { [SELF_COLUMN]: `=IF(${outTok}+{reasoning}>0,{shapeOut}*${inTok}/(${outTok}+{reasoning}),0)` }, format: "tokens", unit: "tokens per request", notes: "the month's input/output ratio at 300 output tokens, as SELFHOST sees the volume" },
    { key: "capacity", label: "Full-load capacity of one replica", values: { [SELF_COLUMN]: `=IF(${outTok}+{reasoning}>0,LLMCOST.THROUGHPUT({openModel},{gpu},{gpus},"",{shapeIn},{shapeOut})*{secondsPerHour}*{hoursPerMonth},0)` }, format: "tokens", unit: "output tokens per month", notes: "LLMCOST.THROUGHPUT (output tokens per second at full load) for the request shape SELFHOST uses × seconds in a month" },
    { key: "vecGb", label: "Vector index size", values: { [API_COLUMN]: "={vectors}*{vecDims}*{vecBytes}/{bytesPerGb}" }, format: "decimal", unit: "GB", notes: "vectors × dimensions × bytes" },
    { key: "vecUsed", label: "Vector database in use", values: { [API_COLUMN]: "=OR({vectors}>0,{retrievals}>0)" }, unit: "TRUE/FALSE", notes: "no vectors and no retrieval: no database, no minimum" },
    { key: "vecStorage", label: "Vector storage alone", values: { [API_COLUMN]: "=LLMCOST.VECTORSTORE({vectors},{vecDims},{vecBytes},{vecGbPrice},0,0,0)*{FxRate}" }, format: "moneyFx", unit: "{currency} per month", notes: "LLMCOST.VECTORSTORE(vectors, dimensions, bytes, USD per GB-month, 0 queries, 0, no minimum): the GB-months only" },
    { key: "vecQueries", label: "Vector queries per month (month 1)", values: { [API_COLUMN]: `=${r}*{retrievals}` }, format: "count", unit: "queries per month", notes: `${plural(s.requestUnit)} × retrieval queries per ${s.requestUnit}` },
    { key: "vecQueryPrice", label: "Vector query price", values: { [API_COLUMN]: "=MAX({ruMin},{ruPerGb}*{vecGb})*{vecReadPrice}" }, format: "money", unit: "USD per 1M queries", notes: "read units per query (grow with the index size, at least the minimum) × read price" },
    { key: "vecWrites", label: "Vector writes (indexing, one-off)", values: { [API_COLUMN]: "={vectors}*({vecDims}*{vecBytes}/1000+1)*{wuPerKb}*{vecWritePrice}/{perMillion}*{FxRate}" }, format: "moneyFx", unit: "{currency}", notes: "vectors × (KB of vector + 1 KB metadata) × write units per KB × write price (1,000 bytes per KB)" },
    { key: "reviewPer", label: "Human review per request", values: { [API_COLUMN]: "={reviewShare}*ReviewFactor*{reviewMinutes}/{minutesPerHour}*{reviewRate}*{FxRate}" }, names: { [API_COLUMN]: "ReviewCostPerRequest" }, format: "moneyFx", unit: `{currency} per ${s.requestUnit}`, notes: "review share × ReviewFactor (Assumptions) × minutes ÷ 60 × hourly cost" },
    { key: "logsPer", label: "Log storage and egress per request", values: { [API_COLUMN]: `=(${inTok}+${outTok}+{reasoning})*{bytesPerToken}/{bytesPerGb}*({retention}*{storagePrice}+{egressPrice})*{FxRate}` }, format: "moneyFx", unit: `{currency} per ${s.requestUnit}`, notes: "logged bytes × (months kept × storage price + egress price)" },
    { key: "otherPerRequest", label: "Review, log storage and egress per request", values: { [API_COLUMN]: `={reviewPer}+{logsPer}${s.extraPerRequest ? `+{${s.extraPerRequest}}` : ""}`, [SELF_COLUMN]: `={reviewPer}+{logsPer}${s.extraPerRequest ? `+{${s.extraPerRequest}}` : ""}` }, names: { [API_COLUMN]: "PerRequestCost_Catalog" }, format: "moneyFx", unit: `{currency} per ${s.requestUnit}`, notes: s.extraPerRequest ? "review + logs + the use case's own per-request cost above" : "review + logs" },
    { key: "setup", label: "Set-up and integration (one-off)", values: { [API_COLUMN]: "={setupMonths}*{loadedMonthly:catalog}", [SELF_COLUMN]: "={setupMonths}*{loadedMonthly:catalog}" }, format: "moneyFx", unit: "{currency}", notes: "person-months × loaded monthly cost" },
    // Month-1 parts, one row each, in both columns (the chart draws these rows).
    {
      key: "modelCost",
      label: "Model: API tokens / GPU replicas",
      values: { [API_COLUMN]: `=${apiTokens(s, r, inTok, outTok, "{cachedShare}")}`, [SELF_COLUMN]: `=${selfTokens(r, inTok, outTok, "{gpuPrice}")}` },
      format: "moneyFx",
      unit: "{currency} per month",
      notes: "API: LLMCOST.INFERENCE at list prices on the price date. Self-hosted: LLMCOST.SELFHOST (whole replicas, 730 h) plus standby replicas.",
    },
    { key: "vecTotal", label: "Vector database", values: { [API_COLUMN]: `=${vectorDb(r)}`, [SELF_COLUMN]: `=${vectorDb(r)}` }, names: { [API_COLUMN]: "VectorDbCost_Catalog" }, format: "moneyFx", unit: "{currency} per month", notes: "LLMCOST.VECTORSTORE(vectors, dimensions, bytes, USD per GB-month, queries, USD per 1M queries, plan minimum): storage + queries, at least the plan minimum" },
    { key: "engineering", label: "Engineering and MLOps", values: { [API_COLUMN]: "={fte}*{loadedMonthly:catalog}", [SELF_COLUMN]: "={fte}*{loadedMonthly:catalog}" }, format: "moneyFx", unit: "{currency} per month", notes: "FTE × loaded monthly cost" },
    { key: "reviewEtc", label: "Review, logs and egress", values: { [API_COLUMN]: `=${r}*{otherPerRequest}`, [SELF_COLUMN]: `=${r}*{otherPerRequest}` }, format: "moneyFx", unit: "{currency} per month", notes: "requests × per-request cost" },
    { key: "monthlyTotal", label: "Monthly cost, month 1", values: { [API_COLUMN]: "={modelCost}+{vecTotal}+{engineering}+{reviewEtc}", [SELF_COLUMN]: "={modelCost}+{vecTotal}+{engineering}+{reviewEtc}" }, format: "moneyFx", unit: "{currency} per month", notes: "sum of the four parts above" },
    { key: "replicas", label: "Replicas serving (excl. standby)", values: { [SELF_COLUMN]: "=MAX(0,ROUND(({modelCost}-{standby}*{replicaCost})/{replicaCost},0))" }, format: "count", unit: "replicas", notes: "serving cost ÷ one replica's cost (0 when there is nothing to serve)" },
  ];
}

function blockChecks(s: UseCaseSpec): RowSpec[] {
  const [low, base, high] = [s.firstColumn.key, API_COLUMN, SELF_COLUMN];
  return [
    { label: "Named outputs are numbers", values: { [API_COLUMN]: check("AND(ISNUMBER({oneOff}),ISNUMBER({monthly}),ISNUMBER({year1}),ISNUMBER({year3}))"), [SELF_COLUMN]: check("AND(ISNUMBER({oneOff}),ISNUMBER({monthly}),ISNUMBER({year1}),ISNUMBER({year3}),ISNUMBER({utilizationShown}))") }, unit: "TRUE/FALSE", notes: "FALSE: a model is unknown, not priced, or does not fit on 8 GPUs (see the rows above)" },
    { label: "Monthly cost equals projection month 1", values: { [API_COLUMN]: check("ROUND(INDEX({pApi:all},1,1)-{monthlyTotal},2)=0"), [SELF_COLUMN]: check("ROUND(INDEX({pSelf:all},1,1)-{monthlyTotal},2)=0") }, unit: "TRUE/FALSE", notes: "the projection starts from the same month" },
    { label: "Range: Low ≤ Base ≤ High", values: { [API_COLUMN]: check(`AND({rApi1:${low}}<={rApi1:${base}}+0.005,{rApi1:${base}}<={rApi1:${high}}+0.005)`), [SELF_COLUMN]: check(`AND({rSelf1:${low}}<={rSelf1:${base}}+0.005,{rSelf1:${base}}<={rSelf1:${high}}+0.005)`) }, unit: "TRUE/FALSE", notes: "FALSE: a Low or High input sits on the wrong side of Base" },
    { label: "Range Base equals the monthly cost", values: { [API_COLUMN]: check(`OR(ScenarioIndex<>2,ROUND({rApi1:${base}}-{monthlyTotal:catalog},2)=0)`), [SELF_COLUMN]: check(`OR(ScenarioIndex<>2,ROUND({rSelf1:${base}}-{monthlyTotal:selfhost},2)=0)`) }, unit: "TRUE/FALSE", notes: "the range is built on the same fragments (checked when the Scenario switch is on Base)" },
    { label: "Fiscal years add up to the 36 months", values: { [API_COLUMN]: check("ROUND(SUM({fy0}:{fy3})-SUM({pApi:all}),2)=0"), [SELF_COLUMN]: check("ROUND(SUM({fy0}:{fy3})-SUM({pSelf:all}),2)=0") }, unit: "TRUE/FALSE", notes: "every projected month falls in one of the four fiscal years" },
    { label: "Utilisation within the target", values: { [SELF_COLUMN]: check("{utilizationShown}<={utilization}+0.05") }, unit: "TRUE/FALSE", notes: "replicas sized so average load stays near or below the target" },
  ];
}

function projection(s: UseCaseSpec): ProjectionSpec {
  const inTok = `{${s.inPerRequest}}`;
  const outTok = `{${s.outPerRequest}}`;
  const Requests = `${plural(s.requestUnit)[0].toUpperCase()}${plural(s.requestUnit).slice(1)}`;
  const rows: ProjectionRowSpec[] = [
    { key: "pDate", label: "Month starting", first: "=FirstMonth", each: "=EDATE({pDate:prev},1)", format: "date", unit: "date", notes: "FirstMonth (Assumptions), then one calendar month each" },
    { key: "pYear", label: "Year", each: "=ROUNDUP({period}/{monthsPerYear},0)", format: "integer", unit: "year", notes: "month ÷ 12, rounded up" },
    { key: "pFiscal", label: "Fiscal year", each: "=YEAR({pDate})+IF(AND(FiscalYearStartMonth>1,MONTH({pDate})>=FiscalYearStartMonth),1,0)", format: "integer", unit: "fiscal year (named by the year it ends)", notes: "FiscalYearStartMonth (Assumptions)" },
    { key: "pReq", label: Requests, first: `={${s.requests}}`, each: "=MIN({cap},{pReq:prev}*(1+{growth}))", format: "count", unit: "per month", notes: "grows at the monthly growth rate until the cap" },
    { key: "pCapped", label: "Growth stopped at the cap", each: '=IF(AND({growth}>0,{pReq}>={cap}),"at the cap","")', format: "text", unit: "note", notes: "at the cap: the month's volume is the cap, growth no longer adds" },
    { key: "pApiPrice", label: "API price index", each: "=(1-ApiPriceDeclinePerYear)^(({period}-1)/{monthsPerYear})", format: "decimal", unit: "× price date", notes: "ApiPriceDeclinePerYear (Assumptions), compounded monthly" },
    { key: "pGpuPrice", label: "GPU price index", each: "=(1-GpuPriceDeclinePerYear)^(({period}-1)/{monthsPerYear})", format: "decimal", unit: "× price date", notes: "GpuPriceDeclinePerYear (Assumptions)" },
    { key: "pWage", label: "Wage index", each: "=(1+WageInflation)^INT(({period}-1)/{monthsPerYear})", name: "ProjectionWageIndex", format: "decimal", unit: "× month 1", notes: "WageInflation (Assumptions), once a year" },
    { key: "pApiTok", label: "API: token cost", each: `=${apiTokens(s, "{pReq}", inTok, outTok, "{cachedShare}")}*{pApiPrice}`, name: "ProjectionApiTokens", format: "moneyFx", unit: "{currency} per month", notes: "LLMCOST.INFERENCE at the price date × the API price index" },
    { key: "pGpu", label: "Self-hosted: GPUs", each: `=${selfTokens("{pReq}", inTok, outTok, "{gpuPrice}*{pGpuPrice}")}`, format: "moneyFx", unit: "{currency} per month", notes: "LLMCOST.SELFHOST at the GPU price × the GPU price index, plus standby" },
    { key: "pVec", label: "Vector database", each: `=${vectorDb("{pReq}")}`, name: "ProjectionVectorDb", format: "moneyFx", unit: "{currency} per month", notes: "both options" },
    { key: "pPeopleApi", label: "API: people", each: "={engineering:catalog}*{pWage}", format: "moneyFx", unit: "{currency} per month", notes: "engineering × wage index" },
    { key: "pPeopleSelf", label: "Self-hosted: people", each: "={engineering:selfhost}*{pWage}", format: "moneyFx", unit: "{currency} per month", notes: "engineering × wage index" },
    { key: "pReview", label: "Review, logs and egress", each: "={pReq}*({reviewPer}*{pWage}+{otherPerRequest}-{reviewPer})", name: "ProjectionReview", format: "moneyFx", unit: "{currency} per month", notes: "review at the wage index; logs and per-request platform costs flat" },
    { key: "pApi", label: "API: monthly cost", each: "={pApiTok}+{pVec}+{pPeopleApi}+{pReview}", format: "moneyFx", unit: "{currency} per month", notes: "whole cost: tokens + vector database + people + review and platform" },
    { key: "pSelf", label: "Self-hosted: monthly cost", each: "={pGpu}+{pVec}+{pPeopleSelf}+{pReview}", format: "moneyFx", unit: "{currency} per month", notes: "whole cost: GPUs + vector database + people + review and platform" },
  ];
  return { title: "36-month projection", periods: PROJECTION_MONTHS, periodLabel: "Month", rows };
}

/** One use-case sheet: key outputs first, then inputs, calculations, outputs, range, checks; projection to the right. */
export function useCaseSheet(s: UseCaseSpec): SheetSpec {
  const [inputsFirst, ...inputsRest] = s.inputs;
  return {
    name: s.name,
    valueColumns: [s.firstColumn, { key: API_COLUMN, header: "API (catalog)" }, { key: SELF_COLUMN, header: "Self-hosted" }],
    sections: [
      keyOutputs(s),
      fiscalYears(),
      inputsFirst,
      growthInput(s),
      ...inputsRest,
      { title: "Inputs — API", kind: "inputs", rows: apiInputs() },
      selfHostInputs(s),
      vectorInputs(s),
      peopleInputs(s),
      { title: "Calculations", kind: "calculations", rows: [...s.calculations, ...blockCalculations(s)] },
      ...s.outputs,
      ...rangeSection(s),
      { title: "Checks", kind: "checks", rows: [...s.checks, ...blockChecks(s)] },
    ],
    projection: projection(s),
    // Whole monthly costs of the two options stay within one order of magnitude (people and platform are in both),
    // so one linear axis reads well; a crossing, where there is one, shows as the lines crossing.
    chart: { type: "Line", title: "Whole monthly cost over 36 months: API vs self-hosted", over: "periods", rows: ["pApi", "pSelf"] },
  };
}

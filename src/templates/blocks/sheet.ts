import { sheetText } from "../../i18n/sheet-text";
import { assumedMoney } from "../assumptions/drivers";
import { API_PRICE_INDEX_EACH } from "../assumptions/price-index";
import type { ProjectionRowSpec, ProjectionSpec, RowSpec, SectionSpec, SheetSpec } from "../types";
import { agrees } from "./agree";
import { fiscalYearsSection } from "./fiscal-years";
import { apiTokens, check, decision, difference, named, namedSelf, selfTokens, vectorDb } from "./formulas";
import { apiInputs, growthInput, peopleInputs, selfHostInputs, vectorInputs } from "./inputs";
import { rangeSection } from "./range";
import { tierChecks, tierRows } from "./tiers";
import { API_COLUMN, SELF_COLUMN, type UseCaseSpec } from "./spec";

const PROJECTION_MONTHS = 36;

function keyOutputs(s: UseCaseSpec): SectionSpec {
  const first = s.firstColumn.key;
  const g = s.guide;
  const unit = sheetText("currencyPerRequestUnit", { unit: s.requestUnit });
  return {
    title: sheetText("keyOutputsBudgetDetailsBelow"),
    kind: "outputs",
    rows: [
      {
        key: "oneOff",
        label: sheetText("oneOffCostSetUpTraining"),
        values: { ...(g ? { [first]: `=${g.oneOff}` } : {}), [API_COLUMN]: named(s.oneOff.catalog, sheetText("nASeeTheRowsBelow")), [SELF_COLUMN]: namedSelf(s.oneOff.selfhost) },
        names: { ...(g ? { [first]: "OneOffCost_Guide" } : {}), [API_COLUMN]: "OneOffCost_Catalog", [SELF_COLUMN]: "OneOffCost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: sheetText("paidOnceNeverAddedIntoA", { notes: s.oneOff.notes }),
      },
      {
        key: "monthly",
        label: sheetText("wholeMonthlyCostRecurringMonth1"),
        values: { [API_COLUMN]: named("{monthlyTotal}", sheetText("nASeeTheRowsBelow")), [SELF_COLUMN]: namedSelf("{monthlyTotal}") },
        names: { [API_COLUMN]: "MonthlyCost_Catalog", [SELF_COLUMN]: "MonthlyCost_SelfHost" },
        format: "moneyFx",
        unit: sheetText("currencyPerMonth"),
        notes: sheetText("scopeWholeCostInTheFirst"),
      },
      {
        key: "tokenMonthly",
        label: sheetText("modelCostPerMonthTokensOr"),
        values: { ...(g ? { [first]: `=${g.monthly}` } : {}), [API_COLUMN]: named("{modelCost}", sheetText("nASeeTheRowsBelow")), [SELF_COLUMN]: namedSelf("{modelCost}") },
        names: { ...(g ? { [first]: "MonthlyTokenCost_Guide" } : {}), [API_COLUMN]: "MonthlyTokenCost_Catalog", [SELF_COLUMN]: "MonthlyTokenCost_SelfHost" },
        format: "moneyFx",
        unit: sheetText("currencyPerMonth"),
        notes: sheetText("scopeTheModelAloneApiTokens"),
      },
      {
        key: "year1",
        label: sheetText("year1CostOneOff12"),
        values: {
          ...(g ? { [first]: "={oneOff}+{tokenMonthly}*{monthsPerYear}" } : {}),
          [API_COLUMN]: named("{oneOff}+SUMIF({pYear:all},1,{pApi:all})", sheetText("nASeeTheRowsBelow")),
          [SELF_COLUMN]: namedSelf("{oneOff}+SUMIF({pYear:all},1,{pSelf:all})"),
        },
        names: { ...(g ? { [first]: "Year1Cost_Guide" } : {}), [API_COLUMN]: "Year1Cost_Catalog", [SELF_COLUMN]: "Year1Cost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: sheetText("oneOffTheFirst12Months"),
      },
      {
        key: "year2",
        label: sheetText("year2CostMonths1324"),
        values: { [API_COLUMN]: named("SUMIF({pYear:all},2,{pApi:all})", sheetText("nASeeTheRowsBelow")), [SELF_COLUMN]: namedSelf("SUMIF({pYear:all},2,{pSelf:all})") },
        names: { [API_COLUMN]: "Year2Cost_Catalog", [SELF_COLUMN]: "Year2Cost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: sheetText("wholeCostOfProjectionMonths13"),
      },
      {
        key: "year3only",
        label: sheetText("year3CostMonths2536"),
        values: { [API_COLUMN]: named("SUMIF({pYear:all},3,{pApi:all})", sheetText("nASeeTheRowsBelow")), [SELF_COLUMN]: namedSelf("SUMIF({pYear:all},3,{pSelf:all})") },
        names: { [API_COLUMN]: "Year3Cost_Catalog", [SELF_COLUMN]: "Year3Cost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: sheetText("wholeCostOfProjectionMonths25"),
      },
      {
        key: "year3",
        label: sheetText("t3YearCostOneOff36"),
        values: { [API_COLUMN]: named("{oneOff}+SUM({pApi:all})", sheetText("nASeeTheRowsBelow")), [SELF_COLUMN]: namedSelf("{oneOff}+SUM({pSelf:all})") },
        names: { [API_COLUMN]: "ThreeYearCost_Catalog", [SELF_COLUMN]: "ThreeYearCost_SelfHost" },
        format: "moneyFx",
        unit: "{currency}",
        notes: sheetText("oneOffAll36MonthsOf"),
      },
      {
        key: "perRequest",
        label: sheetText("costPerRequestUnitMonth1", { unit: s.requestUnit }),
        values: {
          ...(g ? { [first]: `=IF({${s.requests}}>0,{tokenMonthly}/{${s.requests}},"${sheetText("noRequestUnits", { unit: s.requestUnit })}")` } : {}),
          [API_COLUMN]: named(`IF({${s.requests}}>0,{monthly}/{${s.requests}},"${sheetText("noRequestUnits", { unit: s.requestUnit })}")`, sheetText("nASeeTheRowsBelow")),
          [SELF_COLUMN]: namedSelf(`IF({${s.requests}}>0,{monthly}/{${s.requests}},"${sheetText("noRequestUnits", { unit: s.requestUnit })}")`),
        },
        names: { ...(g ? { [first]: "CostPerRequest_Guide" } : {}), [API_COLUMN]: "CostPerRequest_Catalog", [SELF_COLUMN]: "CostPerRequest_SelfHost" },
        format: "moneyFx",
        unit,
        notes: sheetText("monthlyCostRequestUnitsInMonth1", { unit: s.requestUnit }),
      },
      {
        key: "utilizationShown",
        label: sheetText("replicaUtilisationSelfHostedMonth1"),
        values: { [SELF_COLUMN]: namedSelf("IF({replicas}=0,0,{apiOut}/({replicas}*{capacity}))") },
        names: { [SELF_COLUMN]: "ReplicaUtilization" },
        format: "general",
        unit: sheetText("shareOfFullLoad06"),
        notes: sheetText("shownUnroundedSoThatATiny"),
      },
      {
        key: "year3Gap",
        label: sheetText("t3YearCostApiSelfHosted"),
        values: { [API_COLUMN]: difference("{year3:catalog}", "{year3:selfhost}") },
        format: "moneyFx",
        unit: "{currency}",
        notes: sheetText("negativeTheApiIsCheaperN"),
      },
      {
        key: "cheaper",
        label: sheetText("cheaperOver3Years"),
        values: { [API_COLUMN]: decision("{year3Gap}", "{year3:catalog}", "{year3:selfhost}", "API", sheetText("selfHosted")) },
        format: "text",
        unit: sheetText("option"),
        notes: sheetText("comparesThe3YearWholeCosts"),
      },
    ],
  };
}

function blockCalculations(s: UseCaseSpec): RowSpec[] {
  const r = `{${s.requests}}`;
  const inTok = `{${s.inPerRequest}}`;
  const outTok = `{${s.outPerRequest}}`;
  return [
    { key: "apiIn", label: sheetText("inputTokensPerMonth"), values: { [API_COLUMN]: `=${r}*${inTok}` }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("requestsInputTokensPerRequest") },
    { key: "apiOut", label: sheetText("outputTokensPerMonthInclReasoning"), values: { [API_COLUMN]: `=${r}*(${outTok}+{reasoning})` }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("requestsVisibleOutputReasoningTokens") },
    { key: "apiCached", label: sheetText("cachedInputTokensPerMonth"), values: { [API_COLUMN]: "={apiIn}*{cachedShare}" }, format: "tokens", unit: sheetText("tokensPerMonth"), notes: sheetText("inputTokensCachedShare") },
    { key: "loadedMonthly", label: sheetText("loadedCostOfOneEngineer"), values: { [API_COLUMN]: `=${assumedMoney("LoadedCostPerFteMonth")}` }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("loadedCostFromAssumptionsAtTheSheetRate") },
    { key: "replicaCost", label: sheetText("oneReplicaRunningAllMonth"), values: { [SELF_COLUMN]: "={gpus}*{gpuPrice}*{hoursPerMonth}*{FxRate}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("gpusPrice730Hours") },
    { key: "capacity", label: sheetText("fullLoadCapacityOfOneReplica"), values: { [SELF_COLUMN]: `=IF(${outTok}+{reasoning}>0,IFERROR(LLMCOST.THROUGHPUT({openModel},{gpu},{gpus},"",${inTok},${outTok}+{reasoning})*{secondsPerHour}*{hoursPerMonth},"${sheetText("nARequestLongerThanTheContext")}"),0)` }, format: "tokens", unit: sheetText("outputTokensPerMonth"), notes: sheetText("llmcostThroughputOutputTokensPerSecond") },
    { key: "vecGb", label: sheetText("vectorIndexSize"), values: { [API_COLUMN]: "={vectors}*{vecDims}*{vecBytes}/{bytesPerGb}" }, format: "decimal", unit: "GB", notes: sheetText("vectorsDimensionsBytes") },
    { key: "vecUsed", label: sheetText("vectorDatabaseInUse"), values: { [API_COLUMN]: "=OR({vectors}>0,{retrievals}>0)" }, unit: "TRUE/FALSE", notes: sheetText("noVectorsAndNoRetrievalNo") },
    { key: "vecStorage", label: sheetText("vectorStorageAlone"), values: { [API_COLUMN]: "=LLMCOST.VECTORSTORE({vectors},{vecDims},{vecBytes},{vecGbPrice},0,0,0)*{FxRate}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("llmcostVectorstoreVectorsDimensionsBytesUsd") },
    { key: "vecQueries", label: sheetText("vectorQueriesPerMonthMonth1"), values: { [API_COLUMN]: `=${r}*{retrievals}` }, format: "count", unit: sheetText("queriesPerMonth"), notes: sheetText("requestUnitsRetrievalQueriesPer", { unit: s.requestUnit }) },
    { key: "vecQueryPrice", label: sheetText("vectorQueryPrice"), values: { [API_COLUMN]: "=MAX({ruMin},{ruPerGb}*{vecGb})*{vecReadPrice}" }, format: "money", unit: sheetText("usdPer1mQueries"), notes: sheetText("readUnitsPerQueryGrowWith") },
    { key: "vecWrites", label: sheetText("vectorWritesIndexingOneOff"), values: { [API_COLUMN]: "={vectors}*({vecDims}*{vecBytes}/1000+1)*{wuPerKb}*{vecWritePrice}/{perMillion}*{FxRate}" }, format: "moneyFx", unit: "{currency}", notes: sheetText("vectorsKbOfVector1Kb") },
    { key: "reviewPer", label: sheetText("humanReviewPerRequest"), values: { [API_COLUMN]: "={reviewShare}*ReviewFactor*{reviewMinutes}/{minutesPerHour}*{reviewRate}" }, names: { [API_COLUMN]: "ReviewCostPerRequest" }, format: "moneyFx", unit: sheetText("currencyPerRequestUnit", { unit: s.requestUnit }), notes: sheetText("reviewShareReviewfactorAssumptionsMinutes60") },
    { key: "logsPer", label: sheetText("logStorageAndEgressPerRequest"), values: { [API_COLUMN]: `=(${inTok}+${outTok}+{reasoning})*{bytesPerToken}/{bytesPerGb}*({retention}*{storagePrice}+{egressPrice})*{FxRate}` }, format: "moneyFx", unit: sheetText("currencyPerRequestUnit", { unit: s.requestUnit }), notes: sheetText("loggedBytesMonthsKeptStoragePrice") },
    { key: "otherPerRequest", label: sheetText("reviewLogStorageAndEgressPer"), values: { [API_COLUMN]: `={reviewPer}+{logsPer}${s.extraPerRequest ? `+{${s.extraPerRequest}}` : ""}`, [SELF_COLUMN]: `={reviewPer}+{logsPer}${s.extraPerRequest ? `+{${s.extraPerRequest}}` : ""}` }, names: { [API_COLUMN]: "PerRequestCost_Catalog" }, format: "moneyFx", unit: sheetText("currencyPerRequestUnit", { unit: s.requestUnit }), notes: s.extraPerRequest ? sheetText("reviewLogsTheUseCaseS") : sheetText("reviewLogs") },
    { key: "setup", label: sheetText("setUpAndIntegrationOneOff"), values: { [API_COLUMN]: "={setupMonths}*{loadedMonthly:catalog}", [SELF_COLUMN]: "={setupMonths}*{loadedMonthly:catalog}" }, format: "moneyFx", unit: "{currency}", notes: sheetText("personMonthsLoadedMonthlyCost") },
    // Month-1 parts, one row each, in both columns (the chart draws these rows).
    {
      key: "modelCost",
      label: sheetText("modelApiTokensGpuReplicas"),
      values: { [API_COLUMN]: `=${apiTokens(s, r, inTok, outTok, "{cachedShare}")}`, [SELF_COLUMN]: `=${selfTokens(r, inTok, outTok, "{gpuPrice}")}` },
      format: "moneyFx",
      unit: sheetText("currencyPerMonth"),
      notes: sheetText("apiLlmcostInferenceAtListPrices"),
    },
    // The hidden reasoning tokens' share of the token cost (the month's cost less the same month without them): the risk sheet draws it over ReasoningOutputMultiple.
    { key: "tokensVisible", label: sheetText("apiTokensWithoutReasoning"), values: { [API_COLUMN]: `=${apiTokens(s, r, inTok, outTok, "{cachedShare}", "{tierMix}", "0")}` }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("apiTokensWithoutReasoningNotes") },
    { key: "reasoningCost", label: sheetText("reasoningTokenCostMonth1"), values: { [API_COLUMN]: named("{modelCost}-{tokensVisible}", sheetText("nASeeTheRowsBelow")) }, names: { [API_COLUMN]: "ReasoningTokenCost_Catalog" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("reasoningTokenCostMonth1Notes") },
    { key: "vecTotal", label: sheetText("vectorDatabase"), values: { [API_COLUMN]: `=${vectorDb(r)}`, [SELF_COLUMN]: `=${vectorDb(r)}` }, names: { [API_COLUMN]: "VectorDbCost_Catalog" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("llmcostVectorstoreVectorsDimensionsBytesUsd2") },
    { key: "engineering", label: sheetText("engineeringAndMlops"), values: { [API_COLUMN]: "={fte}*{loadedMonthly:catalog}", [SELF_COLUMN]: "={fte}*{loadedMonthly:catalog}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("fteLoadedMonthlyCost") },
    { key: "reviewEtc", label: sheetText("reviewLogsAndEgress"), values: { [API_COLUMN]: `=${r}*{otherPerRequest}`, [SELF_COLUMN]: `=${r}*{otherPerRequest}` }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("requestsPerRequestCost") },
    { key: "monthlyTotal", label: sheetText("monthlyCostMonth1"), values: { [API_COLUMN]: "={modelCost}+{vecTotal}+{engineering}+{reviewEtc}", [SELF_COLUMN]: "={modelCost}+{vecTotal}+{engineering}+{reviewEtc}" }, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("sumOfTheFourPartsAbove") },
    { key: "replicas", label: sheetText("replicasServingExclStandby"), values: { [SELF_COLUMN]: "=MAX(0,ROUND(({modelCost}-{standby}*{replicaCost})/{replicaCost},0))" }, format: "count", unit: sheetText("replicas"), notes: sheetText("servingCostOneReplicaSCost") },
  ];
}

function blockChecks(s: UseCaseSpec): RowSpec[] {
  const [low, base, high] = [s.firstColumn.key, API_COLUMN, SELF_COLUMN];
  return [
    { label: sheetText("namedOutputsAreNumbers"), values: { [API_COLUMN]: check("AND(ISNUMBER({oneOff}),ISNUMBER({monthly}),ISNUMBER({year1}),ISNUMBER({year3}))"), [SELF_COLUMN]: check("AND(ISNUMBER({oneOff}),ISNUMBER({monthly}),ISNUMBER({year1}),ISNUMBER({year3}),ISNUMBER({utilizationShown}))") }, unit: "TRUE/FALSE", notes: sheetText("falseAModelIsUnknownNot") },
    { label: sheetText("monthlyCostEqualsProjectionMonth1"), values: { [API_COLUMN]: check(agrees("INDEX({pApi:all},1,1)", "{monthlyTotal}")), [SELF_COLUMN]: check(agrees("INDEX({pSelf:all},1,1)", "{monthlyTotal}")) }, unit: "TRUE/FALSE", notes: sheetText("theProjectionStartsFromTheSame") },
    { label: sheetText("rangeLowBaseHigh"), values: { [API_COLUMN]: check(`AND({rApi1:${low}}<={rApi1:${base}}+0.005,{rApi1:${base}}<={rApi1:${high}}+0.005)`), [SELF_COLUMN]: check(`AND({rSelf1:${low}}<={rSelf1:${base}}+0.005,{rSelf1:${base}}<={rSelf1:${high}}+0.005)`) }, unit: "TRUE/FALSE", notes: sheetText("falseALowOrHighInput") },
    { label: sheetText("rangeBaseEqualsTheMonthlyCost"), values: { [API_COLUMN]: check(`OR(ScenarioIndex<>2,${agrees(`{rApi1:${base}}`, "{monthlyTotal:catalog}")})`), [SELF_COLUMN]: check(`OR(ScenarioIndex<>2,${agrees(`{rSelf1:${base}}`, "{monthlyTotal:selfhost}")})`) }, unit: "TRUE/FALSE", notes: sheetText("theRangeIsBuiltOnThe") },
    { label: sheetText("fiscalYearsAddUpToThe"), values: { [API_COLUMN]: check(agrees("SUM({fy0}:{fy3})", "SUM({pApi:all})")), [SELF_COLUMN]: check(agrees("SUM({fy0}:{fy3})", "SUM({pSelf:all})")) }, unit: "TRUE/FALSE", notes: sheetText("everyProjectedMonthFallsInOne") },
    ...tierChecks([API_COLUMN]),
    { label: sheetText("utilisationWithinTheTarget"), values: { [SELF_COLUMN]: check("{utilizationShown}<={utilization}+0.05") }, unit: "TRUE/FALSE", notes: sheetText("replicasSizedSoAverageLoadStays") },
  ];
}

function projection(s: UseCaseSpec): ProjectionSpec {
  const inTok = `{${s.inPerRequest}}`;
  const outTok = `{${s.outPerRequest}}`;
  const Requests = sheetText("requestUnitsCapitalised", { unit: s.requestUnit });
  const rows: ProjectionRowSpec[] = [
    { key: "pDate", label: sheetText("monthStarting"), first: "=FirstMonth", each: "=EDATE({pDate:prev},1)", format: "date", unit: sheetText("date"), notes: sheetText("firstmonthAssumptionsThenOneCalendarMonth") },
    { key: "pYear", label: sheetText("year"), each: "=ROUNDUP({period}/{monthsPerYear},0)", format: "integer", unit: sheetText("year4"), notes: sheetText("month12RoundedUp") },
    { key: "pFiscal", label: sheetText("fiscalYear"), each: "=YEAR({pDate})+IF(AND(FiscalYearStartMonth>1,MONTH({pDate})>=FiscalYearStartMonth),1,0)", format: "integer", unit: sheetText("fiscalYearNamedByTheYear"), notes: sheetText("fiscalyearstartmonthAssumptions") },
    { key: "pReq", label: Requests, first: `={${s.requests}}`, each: "=MIN({cap},{pReq:prev}*(1+{growth}))", format: "count", unit: sheetText("perMonth"), notes: sheetText("growsAtTheMonthlyGrowthRate") },
    { key: "pCapped", label: sheetText("growthStoppedAtTheCap"), each: `=IF(AND({growth}>0,{pReq}>={cap}),"${sheetText("atTheCap")}","")`, format: "text", unit: sheetText("note"), notes: sheetText("atTheCapTheMonthS") },
    { key: "pApiPrice", label: sheetText("apiPriceIndex"), each: API_PRICE_INDEX_EACH, format: "decimal", unit: sheetText("priceDate"), notes: sheetText("apipricedeclineperyearAssumptionsCompoundedMonth") },
    { key: "pGpuPrice", label: sheetText("gpuPriceIndex"), each: "=(1-GpuPriceDeclinePerYear)^(({period}-1)/{monthsPerYear})", format: "decimal", unit: sheetText("priceDate"), notes: sheetText("gpupricedeclineperyearAssumptions") },
    { key: "pWage", label: sheetText("wageIndex"), each: "=(1+WageInflation)^INT(({period}-1)/{monthsPerYear})", name: "ProjectionWageIndex", format: "decimal", unit: sheetText("month1"), notes: sheetText("wageinflationAssumptionsOnceAYear") },
    { key: "pApiTok", label: sheetText("apiTokenCost"), each: `=${apiTokens(s, "{pReq}", inTok, outTok, "{cachedShare}")}*{pApiPrice}`, name: "ProjectionApiTokens", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("llmcostInferenceAtThePriceDate") },
    { key: "pGpu", label: sheetText("selfHostedGpus"), each: `=${selfTokens("{pReq}", inTok, outTok, "{gpuPrice}*{pGpuPrice}")}`, format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("llmcostSelfhostAtTheGpuPrice") },
    { key: "pVec", label: sheetText("vectorDatabase"), each: `=${vectorDb("{pReq}")}`, name: "ProjectionVectorDb", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("bothOptions") },
    { key: "pPeopleApi", label: sheetText("apiPeople"), each: "={engineering:catalog}*{pWage}", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("engineeringWageIndex") },
    { key: "pPeopleSelf", label: sheetText("selfHostedPeople"), each: "={engineering:selfhost}*{pWage}", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("engineeringWageIndex") },
    { key: "pReview", label: sheetText("reviewLogsAndEgress"), each: "={pReq}*({reviewPer}*{pWage}+{otherPerRequest}-{reviewPer})", name: "ProjectionReview", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("reviewAtTheWageIndexLogs") },
    { key: "pApi", label: sheetText("apiMonthlyCost"), each: "={pApiTok}+{pVec}+{pPeopleApi}+{pReview}", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("wholeCostTokensVectorDatabasePeople") },
    { key: "pSelf", label: sheetText("selfHostedMonthlyCost"), each: "={pGpu}+{pVec}+{pPeopleSelf}+{pReview}", format: "moneyFx", unit: sheetText("currencyPerMonth"), notes: sheetText("wholeCostGpusVectorDatabasePeople") },
  ];
  return { title: sheetText("t36MonthProjection"), periods: PROJECTION_MONTHS, periodLabel: sheetText("month"), rows };
}

/** One use-case sheet: key outputs first, then inputs, calculations, outputs, range, checks; projection to the right. */
export function useCaseSheet(s: UseCaseSpec): SheetSpec {
  const [inputsFirst, ...inputsRest] = s.inputs;
  return {
    name: s.name,
    valueColumns: [s.firstColumn, { key: API_COLUMN, header: sheetText("apiCatalog") }, { key: SELF_COLUMN, header: sheetText("selfHosted") }],
    sections: [
      keyOutputs(s),
      fiscalYearsSection({ [API_COLUMN]: "pApi", [SELF_COLUMN]: "pSelf" }),
      inputsFirst,
      growthInput(s),
      ...inputsRest,
      { title: sheetText("inputsApi"), kind: "inputs", rows: [...apiInputs(), ...tierRows({ cols: [API_COLUMN], model: s.apiModel, inTok: `{${s.inPerRequest}}`, outTok: `({${s.outPerRequest}}+{reasoning})`, cachedTok: `{${s.inPerRequest}}*{cachedShare}` })] },
      selfHostInputs(s),
      vectorInputs(s),
      peopleInputs(s),
      { title: sheetText("calculations"), kind: "calculations", rows: [...s.calculations, ...blockCalculations(s)] },
      ...s.outputs,
      ...rangeSection(s),
      { title: sheetText("checks"), kind: "checks", rows: [...s.checks, ...blockChecks(s)] },
    ],
    projection: projection(s),
    // Whole monthly costs of the two options stay within one order of magnitude (people and platform are in both),
    // so one linear axis reads well; a crossing, where there is one, shows as the lines crossing.
    chart: { type: "Line", title: sheetText("wholeMonthlyCostOver36Months"), over: "periods", rows: ["pApi", "pSelf"] },
  };
}

/**
 * Korean for the one-model texts of issue 22: the Assumptions sheet, scopes, the Low/Base/High chain, the sensitivity
 * workings and the dated projection. Merged into KO (ko.ts). Terms: 편익 (benefit), 사고 토큰 (reasoning tokens),
 * 투자 수익률 (ROI).
 */
export const KO_MODEL: Record<string, string> = {
  "Most messages per month (growth cap)": "월 최대 메시지 수(성장 상한)",
  "Most conversations per month (growth cap)": "월 최대 대화 수(성장 상한)",
  "Most queries per month (growth cap)": "월 최대 쿼리 수(성장 상한)",
  "From Assumptions (StandbyReplicas): spare replicas (N+1) so that a GPU failure does not stop the service; 0 for a pilot. Change it there; every sheet that uses it moves.": "가정 시트(StandbyReplicas)에서: GPU 고장에도 서비스가 멈추지 않도록 두는 예비 레플리카(N+1), 파일럿은 0. 가정 시트에서 바꾸면 이를 쓰는 모든 시트가 함께 바뀝니다.",
  "From Assumptions (RunFteApi, RunFteSelfHost): running effort of an API integration and of GPU serving. Change it there; every sheet that uses it moves.": "가정 시트(RunFteApi, RunFteSelfHost)에서: API 연동 운영 인력과 GPU 서빙 운영 인력. 가정 시트에서 바꾸면 이를 쓰는 모든 시트가 함께 바뀝니다.",
  "From Assumptions (BuildMonthsApi, BuildMonthsSelfHost): build effort; the guide's ROI section counts set-up and integration as one-off costs. Change it there; every sheet that uses it moves.": "가정 시트(BuildMonthsApi, BuildMonthsSelfHost)에서: 구축 인력. 가이드의 ROI 장은 구축과 통합을 일회성 비용으로 봅니다. 가정 시트에서 바꾸면 이를 쓰는 모든 시트가 함께 바뀝니다.",
  "From Assumptions (ReviewerCostPerHour): loaded hourly cost of a trained reviewer. Change it there; every sheet that uses it moves.": "가정 시트(ReviewerCostPerHour)에서: 숙련 검토자의 시간당 총비용. 가정 시트에서 바꾸면 이를 쓰는 모든 시트가 함께 바뀝니다.",
  "Assumption: a quarter of an engineer runs an API integration (prompts, monitoring, updates).": "가정: 엔지니어 0.25명이 API 연동을 운영(프롬프트, 모니터링, 업데이트).",
  "Assumption: three quarters of an engineer to also run GPU serving (deploys, on-call, upgrades).": "가정: GPU 서빙까지 운영하려면 엔지니어 0.75명(배포, 온콜, 업그레이드).",
  "Assumption: one person-month to integrate an API (the guide counts set-up and integration as one-off costs).": "가정: API 연동에 1인월(가이드는 구축과 통합을 일회성 비용으로 봄).",
  "Assumption: two person-months to stand up serving as well.": "가정: 서빙 구축까지 2인월.",
  "Assumption: loaded hourly cost of a trained reviewer.": "가정: 숙련 검토자의 시간당 총비용.",
  "Assumption: review is the least known running cost before launch; each sheet keeps its own share and minutes.": "가정: 검토는 출시 전 가장 불확실한 운영 비용입니다. 각 시트는 자체 비율과 분을 유지합니다.",
  "Assumption: a reserve for what the estimate misses, added to costs in the business case.": "가정: 추정이 놓친 부분에 대한 예비비, 비즈니스 케이스의 비용에 더함.",
  "Assumption: your cost of capital.": "가정: 자본 비용.",
  "Assumption: two options closer than this read \"about the same\".": "가정: 이보다 차이가 작으면 \"비슷함\"으로 표시.",
  "Fiscal year 1 of the projection": "예측의 회계연도 1",
  "Fiscal year 2 of the projection": "예측의 회계연도 2",
  "Fiscal year 3 of the projection": "예측의 회계연도 3",
  "Fiscal year 4 of the projection": "예측의 회계연도 4",
};

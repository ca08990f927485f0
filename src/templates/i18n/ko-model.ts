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
};

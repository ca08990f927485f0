import data from "../../data/forecast-drivers.json";

/** One uncertain driver of src/data/forecast-drivers.json: a sourced, dated Low / Base / High range. */
export interface ForecastDriver {
  id: string;
  kind: "tokenizer_drift" | "reasoning_multiplier" | "agent_fan_out" | "fx_volatility";
  label: string;
  unit: "multiple" | "per year";
  low: number;
  base: number;
  high: number;
  base_is_assumption: boolean;
  applies_to: string;
  source: string;
  source_date: string;
  notes?: string;
}

export const FORECAST_DRIVERS: readonly ForecastDriver[] = data.drivers as ForecastDriver[];
export const FORECAST_DRIVERS_AS_OF: string = data.as_of;

/** A driver by id; an unknown id is a programming error naming the ids there are. */
export function forecastDriver(id: string): ForecastDriver {
  const found = FORECAST_DRIVERS.find((d) => d.id === id);
  if (!found) throw new Error(`no forecast driver ${id}; known: ${FORECAST_DRIVERS.map((d) => d.id).join(", ")}`);
  return found;
}

/** The note a sheet shows beside a range read from the file: its source and date, and whether Base is a judgement. */
export function driverNote(driver: ForecastDriver): string {
  return `${driver.source} (${driver.source_date})${driver.base_is_assumption ? "; Base is an assumption" : ""}.`;
}

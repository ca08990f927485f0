import { forecastDrivers, type ForecastDriver } from "../../data";

/** One uncertain driver of src/data/forecast-drivers.json: a sourced, dated Low / Base / High range (its type generated from the schema). */
export type { ForecastDriver };

export const FORECAST_DRIVERS: readonly ForecastDriver[] = forecastDrivers.drivers;
export const FORECAST_DRIVERS_AS_OF: string = forecastDrivers.as_of;

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

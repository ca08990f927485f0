import { forecastDrivers, type ForecastDriver } from "../../data";
import { sheetText, type SheetKey } from "../../i18n/sheet-text";
import { dataKeys, dataText } from "../data-text";

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

/** The sheet texts of the sources a sheet shows (dataText: the Korean follows the data word for word). */
const SOURCE_KEYS: Readonly<Record<string, SheetKey>> = dataKeys({ "tokenizer-drift-claude-opus-4-7": "forecastDriverSourceTokenizerDrift" });

/** The note a sheet shows beside a range read from the file: its source and date, and whether Base is a judgement. */
export function driverNote(driver: ForecastDriver): string {
  return sheetText("forecastDriverNote", { source: SOURCE_KEYS[driver.id] ? dataText(SOURCE_KEYS[driver.id], driver.source) : driver.source, date: driver.source_date, base: driver.base_is_assumption ? "assumed" : "sourced" });
}

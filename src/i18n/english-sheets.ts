/**
 * English's sheet texts, installed beside its errors and pane texts when the sheet texts' module loads (see
 * messages.ts for why they are not there from the start).
 */
import enSheets from "./en/sheets.json";
import { installEnglishSheets } from "./messages";

installEnglishSheets(enSheets);

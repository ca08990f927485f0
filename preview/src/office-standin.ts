/**
 * Loaded by the preview's taskpane.html in place of Microsoft's office.js (the preview server swaps the script tag;
 * nothing is fetched from outside localhost). Installs the Office, Excel, OfficeExtension, OfficeRuntime and
 * CustomFunctions globals. CustomFunctions is the preview page's double, so what the pane's functions.js
 * associates becomes the LLMCOST functions of the workbook (HyperFormula, in the parent page) that Excel.run drives.
 * Development tooling only: never part of the production dist/.
 */
import { createCustomFunctionsDouble } from "../../dev/custom-functions-double";
import { createExcelStandin } from "../../dev/excel-double/excel-standin";
import { HOST_GLOBAL, type PreviewHost } from "./host";

type Win = Window & Record<string, unknown>;
const win = window as unknown as Win;

function findHost(): PreviewHost | undefined {
  try {
    if (window.parent === window) return undefined;
    return (window.parent as unknown as Record<string, unknown>)[HOST_GLOBAL] as PreviewHost | undefined;
  } catch {
    return undefined;
  }
}

const host = findHost();
if (host) host.paneLoading();
else console.warn("LLMCOST preview: this page runs inside the preview (npm run preview); opened alone, Excel.run has no workbook.");

win.CustomFunctions = host ? host.customFunctions : createCustomFunctionsDouble();

const { Excel, OfficeExtension } = createExcelStandin(() => {
  if (!host) throw new Error("No preview workbook: open the preview page, not taskpane.html alone.");
  return host.workbook();
});

const SETS: Record<string, string> = { excelapi: "1.17", customfunctionsruntime: "1.5", sharedruntime: "1.1", dialogapi: "1.2", ribbonapi: "1.1", identityapi: "1.3" };
function isSetSupported(name: string, minVersion?: string | number): boolean {
  const supported = SETS[name.toLowerCase()];
  if (!supported) return false;
  if (minVersion === undefined || minVersion === "") return true;
  const [aMajor, aMinor = 0] = String(minVersion).split(".").map(Number);
  const [bMajor, bMinor = 0] = supported.split(".").map(Number);
  return aMajor < bMajor || (aMajor === bMajor && aMinor <= bMinor);
}

const info = { host: "Excel", platform: "OfficeOnline" };
const ready = new Promise<typeof info>((resolve) => {
  const start = async () => {
    if (host) await host.paneReady();
    const office = win.Office as { initialize?: (reason: string) => void };
    if (typeof office.initialize === "function") office.initialize("inserted");
    resolve(info);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void start());
  else void start();
});

const settings = new Map<string, unknown>();
const storage = new Map<string, string>();
const succeeded = (value?: unknown) => ({ status: "succeeded", value });

win.Office = {
  onReady(callback?: (i: typeof info) => void) {
    return ready.then((i) => {
      callback?.(i);
      return i;
    });
  },
  initialize: undefined,
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    host: "Excel",
    platform: "OfficeOnline",
    displayLanguage: "en-US",
    contentLanguage: "en-US",
    diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.preview" },
    requirements: { isSetSupported },
    document: {
      settings: {
        get: (name: string) => (settings.has(name) ? settings.get(name) : null),
        set: (name: string, value: unknown) => void settings.set(name, value),
        remove: (name: string) => void settings.delete(name),
        saveAsync: (callback?: (r: unknown) => void) => callback?.(succeeded()),
      },
    },
    ui: {
      displayDialogAsync: (_url: string, _options: unknown, callback?: (r: unknown) => void) => callback?.({ status: "failed", error: { code: 12007, message: "Dialogs are not available in the preview." } }),
      messageParent: () => undefined,
    },
  },
  addin: {
    showAsTaskpane: async () => undefined,
    hide: async () => undefined,
    setStartupBehavior: async () => undefined,
    getStartupBehavior: async () => "None",
    onVisibilityModeChanged: async () => async () => undefined,
  },
  actions: { associate: () => undefined },
  ribbon: { requestUpdate: async () => undefined },
};
win.Excel = Excel;
win.OfficeExtension = OfficeExtension;
win.OfficeRuntime = {
  storage: {
    getItem: async (k: string) => storage.get(k) ?? null,
    setItem: async (k: string, v: string) => void storage.set(k, String(v)),
    removeItem: async (k: string) => void storage.delete(k),
    getKeys: async () => [...storage.keys()],
  },
};

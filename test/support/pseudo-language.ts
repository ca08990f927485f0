/**
 * The pseudo-language "qps-ploc", made from English when asked (never shipped): every message's own words are
 * accented and lengthened by a third and the whole message is bracketed ⟦…⟧, while its {parameters}, plural and
 * select forms stay intact. Shown in the pane or in a cell, any text still English (not from a catalog) stands out, and
 * text that overflows a box when 30% longer shows up before a translation does.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { printAST } from "@formatjs/icu-messageformat-parser/printer.js";
import type { Catalog } from "../../src/i18n/catalog";

export const PSEUDO_LOCALE = "qps-ploc";

const ACCENTED: Record<string, string> = Object.fromEntries(
  [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"].map((letter, i) => [letter, [..."åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"][i]]),
);

/** Accented, and a third longer (vowels doubled until it is). */
export function pseudoWords(text: string): string {
  const accented = [...text].map((c) => ACCENTED[c] ?? c).join("");
  const extra = Math.ceil([...text].filter((c) => /[A-Za-z]/.test(c)).length / 3);
  return extra === 0 ? accented : `${accented}${"~".repeat(extra)}`;
}

function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoWords(element.value) };
    if (element.type === TYPE.select || element.type === TYPE.plural) {
      const options = Object.fromEntries(Object.entries(element.options).map(([key, option]) => [key, { ...option, value: pseudoElements(option.value) }]));
      return { ...element, options } as MessageFormatElement;
    }
    return element;
  });
}

/** One message of the pseudo-language. */
export const pseudoMessage = (text: string): string => `⟦${printAST(pseudoElements(parse(text, { ignoreTag: true })))}⟧`;

/** The pseudo-language catalog of a catalog (English). */
export function pseudoCatalog(catalog: Catalog): Catalog {
  return Object.fromEntries(Object.entries(catalog).map(([id, text]) => [id, pseudoMessage(text)]));
}

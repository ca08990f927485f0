/**
 * An element as xml2js parses it with explicitArray (the default): attributes under `$`, every child name a list.
 * Lets the manifest tests walk parsed XML with types instead of `any`.
 */
export type XmlElement = { $: Record<string, string> } & { [child: string]: XmlElement[] };

/** Filled in once the template writer exists: round trips per insertion, counted on the test double. */
export async function measureTemplateSyncs(): Promise<{ id: string; syncs: number }[]> {
  return [];
}

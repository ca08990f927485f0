import { EngineError } from "../../src/engine/errors";

/** The kind of EngineError a call throws; fails the test when it throws something else or nothing. */
export function kindOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EngineError);
    return (error as EngineError).kind;
  }
  throw new Error("expected an EngineError");
}

/** The message of the error a call throws; fails the test when it throws nothing. */
export function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

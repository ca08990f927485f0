import fc from "fast-check";

/**
 * Property tests run from one fixed seed, so a run on CI is the run on every machine: a property that fails does so
 * every time, and its counterexample can be replayed. `FC_SEED=random npm test` (or a number) explores other inputs;
 * a failure it finds becomes a named case beside the property.
 */
const chosen = process.env.FC_SEED;
const seed = chosen === "random" ? Date.now() ^ (Math.random() * 0x100000000) : chosen ? Number(chosen) : 20261205;
fc.configureGlobal({ seed, ...(chosen === "random" ? { verbose: 1 } : {}) });

import { AGENCY_SHAPES, type AgencyShape } from "./config";
import { ownerCaller, type Scenario } from "./scenarios";
import { seededRandom, summarize, timed, type Summary } from "./stats";

export type ScenarioResult = {
  scenario: string;
  procedure: Scenario["procedure"];
  agencies: AgencyShape;
  target: boolean;
  latencyMs: Summary;
};

/** Agency numbers of one shape: big agencies come first (1, 2), regular ones after. */
function agenciesOf(shape: AgencyShape): number[] {
  const first = shape === "big" ? 1 : AGENCY_SHAPES.big.agencies + 1;
  return Array.from({ length: AGENCY_SHAPES[shape].agencies }, (_, index) => first + index);
}

/** `count` agencies of a shape, the same ones every run (seeded shuffle). */
export function agencySample(shape: AgencyShape, count: number, seed = 7): number[] {
  const random = seededRandom(seed);
  const pool = agenciesOf(shape);
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
  }
  return pool.slice(0, count);
}

/**
 * Calls each scenario's procedure through the tRPC server caller, one call at a time, each
 * for a random agency of the sample: `warmup` untimed calls, then `iterations` timed ones.
 */
export async function measureScenarios(
  scenarios: Scenario[],
  options: { iterations: number; warmup: number; sampleSize: number; log: (message: string) => void },
): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const [index, scenario] of scenarios.entries()) {
    const sample = agencySample(scenario.agencies, options.sampleSize);
    const random = seededRandom(1000 + index);
    const samples: number[] = [];
    for (let i = 0; i < options.warmup + options.iterations; i += 1) {
      const agencyNo = sample[Math.floor(random() * sample.length)] as number;
      const caller = ownerCaller(agencyNo);
      const { ms } = await timed(() => scenario.call(caller, agencyNo, i));
      if (i >= options.warmup) samples.push(ms);
    }
    const latencyMs = summarize(samples);
    results.push({
      scenario: scenario.name,
      procedure: scenario.procedure,
      agencies: scenario.agencies,
      target: scenario.target ?? false,
      latencyMs,
    });
    options.log(
      `  ${scenario.agencies.padEnd(7)} ${scenario.name.padEnd(42)} p50 ${latencyMs.p50.toFixed(1)} ms, p95 ${latencyMs.p95.toFixed(1)} ms, max ${latencyMs.max.toFixed(1)} ms`,
    );
  }
  return results;
}

/** The part of autocannon's programmatic API the engine bench uses (the package ships no types). */
declare module "autocannon" {
  type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
  };
  export type Result = {
    requests: Histogram & { sent: number };
    latency: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    mismatches: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
    start: Date;
    finish: Date;
  };
  export type Options = {
    url: string | string[];
    connections?: number;
    duration?: number;
    timeout?: number;
    method?: "POST" | "GET";
    headers?: Record<string, string>;
    body?: string;
    verifyBody?: (body: string) => boolean;
  };
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}

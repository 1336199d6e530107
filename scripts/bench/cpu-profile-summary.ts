/**
 * Reads a V8 CPU profile (`node --cpu-prof`, e.g. the gateway's under `BENCH_CPU_PROF=dir pnpm bench:gateway`) and
 * prints where the time went: self time by package (node_modules' package, or the repository's folder) and the
 * functions with the most self time. What docs/gateway-profile.md quotes.
 *
 *   pnpm exec tsx scripts/bench/cpu-profile-summary.ts /tmp/prof/CPU.….cpuprofile [top=25]
 *   REQUESTS=1000 …   also prints the busy CPU time per request (the requests the gateway served while profiled)
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: cpu-profile-summary.ts <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const top = Number(topArg ?? 25);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** `…/node_modules/.pnpm/x/node_modules/@apollo/gateway/dist/…` → `@apollo/gateway`; repo files → their folder. */
function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  const inModules = url.split('node_modules/').pop()!;
  if (url.includes('node_modules/')) {
    const parts = inModules.split('/');
    return parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
  }
  if (url.startsWith('node:')) return 'node (core)';
  const match = /\/(apps|packages)\/([^/]+)\//.exec(url);
  return match ? `${match[1]}/${match[2]}` : url;
}

const packages = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, time] of self) {
  const node = byId.get(id)!;
  const { functionName, url, lineNumber } = node.callFrame;
  const pkg = packageOf(url);
  packages.set(pkg, (packages.get(pkg) ?? 0) + time);
  const name = `${functionName || '(anonymous)'}  ${pkg}${url ? `:${lineNumber + 1}` : ''}`;
  functions.set(name, (functions.get(name) ?? 0) + time);
}

const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
// Busy time is what a request costs in CPU, whatever else the machine runs: the figure to compare between runs
// on a shared machine, where requests per second move with the neighbours' load.
const idle = [...self]
  .filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)')
  .reduce((a, [, t]) => a + t, 0);
const requests = Number(process.env.REQUESTS ?? 0);
console.log(
  `${file}: ${(total / 1e6).toFixed(1)} s sampled, ${((total - idle) / 1e6).toFixed(1)} s busy` +
    (requests ? `, ${((total - idle) / 1e3 / requests).toFixed(2)} ms busy per request (REQUESTS=${requests})` : ''),
);
console.log('\nself time by package');
for (const [name, t] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${name}`);
console.log('\nself time by function');
for (const [name, t] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(t)}  ${name}`);

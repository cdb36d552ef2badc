#!/usr/bin/env node
import module from 'node:module';

// Node's compile cache (Node 22.1 and later) keeps the compiled code of the modules between runs,
// in the OS temp folder; older Nodes have no such function, and it never throws.
module.enableCompileCache?.();

// `k8s-quiz --version` alone needs no more than package.json.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main } = await import('../dist/bundle/main.js');
  await main(process);
}

// `npm run bench`: every benchmark in turn. Each file also runs on its own with tsx.
export {};
await import('./extract.ts');
console.log();
await import('./ingest.ts');
console.log();
await import('./joins.ts');
console.log();
await import('./links.ts');
console.log();
await import('./browser.ts');
console.log();
await import('./adding.ts');
console.log();
await import('./scale.ts');

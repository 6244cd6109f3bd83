// `npm run bench`: the benchmark suite. Each benchmark reports medians and ratios measured in one run.
console.log('No benchmarks yet.');

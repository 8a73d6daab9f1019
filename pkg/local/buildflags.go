package local

// LambdaBuildFlags are the go build flags of a function's bootstrap, as the
// Makefile's LAMBDA_FLAGS writes them (TestLambdaFlagsMatchMakefile keeps
// the two equal): the norpc tag, stripped symbols, no local paths, and the
// project's own packages without inlining: ~80 KiB of chatsend (the
// offline suggester most of it), which is what keeps its phrasebook under
// the 9 MiB ceiling, for no measurable change in speed (an offline answer
// takes well under 1 ms; a request's time is the store's).
var LambdaBuildFlags = []string{"-tags", "lambda.norpc", "-ldflags=-s -w", "-trimpath", "-gcflags=namebot/...=-l"}

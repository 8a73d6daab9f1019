package local

// LambdaBuildFlags are the go build flags of a function's bootstrap, as the
// Makefile's LAMBDA_FLAGS writes them (TestLambdaFlagsMatchMakefile keeps
// the two equal): the norpc tag, stripped symbols, no local paths, and the
// offline suggester without inlining, which is ~64 KiB of chatsend for no
// measurable change in its speed (its answers take well under 1 ms).
var LambdaBuildFlags = []string{"-tags", "lambda.norpc", "-ldflags=-s -w", "-trimpath", "-gcflags=namebot/pkg/suggest=-l"}

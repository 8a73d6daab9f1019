package local

// LambdaBuildFlags are the go build flags of a function's bootstrap, as the
// Makefile's LAMBDA_FLAGS writes them (TestLambdaFlagsMatchMakefile keeps
// the two equal): the norpc tag, stripped symbols, no local paths, and no
// inlining in the project's own packages (~80 KiB of chatsend, the offline
// suggester most of it) nor in the AWS SDK (~128 KiB more: chatsend
// 9,371,810 → 9,240,738 bytes, December 2026) nor in the standard
// library's network stack: net/http, net, crypto/tls and crypto/x509
// (chatsend, December 2026, measured on one tree: 9,568,418 bytes with
// none of the four, 9,502,882 with net/http alone, 9,371,810 with all
// four). Their time in a Lambda is the network's; the
// cryptography itself (crypto/internal/...) keeps inlining. That is what
// keeps the phrasebook under chatsend's 9 MiB ceiling, for no measurable
// change in speed: an offline answer takes well under 1 ms, and a
// request's time is the store's round trip, not these calls (make bench
// checks cold start). Go's runtime, encoding/json, regexp and the rest of
// the standard library and the other modules keep inlining.
var LambdaBuildFlags = []string{"-tags", "lambda.norpc", "-ldflags=-s -w", "-trimpath", "-gcflags=namebot/...=-l", "-gcflags=github.com/aws/...=-l", "-gcflags=net/http=-l", "-gcflags=net=-l", "-gcflags=crypto/tls=-l", "-gcflags=crypto/x509=-l"}

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
// checks cold start). Then the request plumbing around the answer:
// encoding, the JWT library, mime, fmt, os, log, time, context, io, bufio,
// path and errors (chatsend 9,371,810 -> 9,306,274 bytes, one 64 KiB step,
// with ~54 KB of read-only data and ~22 KB of code left before the next
// step; December 2026, session 22): a request parses one small JSON body
// and signs or checks one token, microseconds either way. Go's runtime,
// regexp, strings, sort, unicode, compress/bzip2 (the data's one-time
// decompression) and the cryptography keep inlining.
var LambdaBuildFlags = []string{"-tags", "lambda.norpc", "-ldflags=-s -w", "-trimpath", "-gcflags=namebot/...=-l", "-gcflags=github.com/aws/...=-l", "-gcflags=net/http=-l", "-gcflags=net=-l", "-gcflags=crypto/tls=-l", "-gcflags=crypto/x509=-l",
	"-gcflags=encoding/...=-l", "-gcflags=github.com/golang-jwt/...=-l", "-gcflags=mime/...=-l", "-gcflags=vendor/...=-l", "-gcflags=fmt=-l", "-gcflags=os/...=-l", "-gcflags=log/...=-l", "-gcflags=time=-l", "-gcflags=context=-l", "-gcflags=io/...=-l", "-gcflags=bufio=-l", "-gcflags=path/...=-l", "-gcflags=errors=-l"}

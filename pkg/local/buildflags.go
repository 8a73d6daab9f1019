package local

// LambdaBuildFlags are the go build flags of a function's bootstrap, as the
// Makefile's LAMBDA_FLAGS writes them (TestLambdaFlagsMatchMakefile keeps
// the two equal): the norpc and nethttpomithttp2 tags (no net/rpc, no HTTP/2
// client: see the twenty-fourth session below), stripped symbols, no local paths, and no
// inlining anywhere (-gcflags=all=-l) except where the time goes: Go's
// runtime and internal packages, unicode, strconv, sort,
// slices, maps, compress (the data's one-time bzip2 decompression) and the
// cryptography (crypto/internal/...), each re-enabled by an empty
// -gcflags=PATTERN= after it (the last matching pattern wins).
//
// History (chatsend, December 2026): the project's packages and the AWS
// SDK without inlining first (9,371,810 → 9,240,738 bytes), then the
// network stack (9,568,418 with none of net/http, net, crypto/tls,
// crypto/x509 → 9,371,810 with all four, measured on one tree), then the
// request plumbing (encoding, golang-jwt, mime, fmt, os, log, time,
// context, io, bufio, path, errors: 9,371,810 → 9,306,274), and in the
// sixth session, after four grammar branches took chatsend back to
// 9,371,810 with ~5 KB of read-only data left, everything but the list
// above (~30 KB of code and ~50 KB of read-only data left at 9,371,810);
// after the last branch of that session (9,437,346, one step over) math,
// bytes and strings lost their inlining too (9,371,810, ~10 KB of code and
// ~33 KB of read-only data left). In the seventh session the ~270 patterns
// and the language table became static literals (init code ~22 KB
// smaller), which moved the patterns into the data segment, the third of
// the file's 64 KiB-aligned steps: it stepped over (9,437,346) by 608
// bytes while code and read-only data had ~20 KB each left; a pattern of
// 24 bytes, not 40, left ~9 KB of data (lazyre.go). Watch all three.
// In the nineteenth session sync/... lost its inlining (a Lambda serves
// one request at a time; its mutexes are uncontended): ~4.7 KB of code and
// ~6.6 KB of read-only data, when code had 76 bytes left; later regexp/...
// too (~1.5 KB of code for ~1.3 KB more read-only data; BenchmarkSuggest
// built with these flags, 0.85–1.06 ms per question with and without it on
// a loaded machine: no difference the noise lets through). Then three
// packages of the cryptography lost it again (-gcflags=PATTERN=-l after
// the reset): ML-KEM, ECDSA and the NIST curves, ~15 KB of code and ~35 KB
// of read-only data. Measured on this machine (amd64; arm64 has the same
// P-256 assembly): an ECDSA P-256 verification 0.12 ms and a P-256 key
// 0.023 ms either way; an ML-KEM-768 key, which a TLS client makes once
// per handshake, 0.10 → 0.19–0.21 ms: once per connection, next to a
// network round trip.
// In the twentieth session internal/poll lost it (~300 bytes of code, when
// code had 60 left): it wraps the file and socket calls, each a system call
// that costs far more than the call it now makes. Then internal/runtime/atomic
// (~11 KB of code and ~40 KB of read-only data: its typed wrappers, Load and
// Store on an atomic.Uint32 and the like, are now calls around the same
// instructions): BenchmarkSuggest built with these flags, four runs each,
// interleaved: 0.97–1.09 ms per question without, 1.01–1.04 ms with; make
// bench's chatsend cold start 19.7 ms (1.12× hello) against 18.4–20.3 ms
// (1.09–1.16×) in the three runs before it that day. internal/stringslite
// was tried for ~350 bytes more and not taken: one pair of runs, not
// interleaved, made it look a quarter slower (0.98 → 1.23 ms); four
// interleaved runs each showed no difference (0.91–0.95 ms without, 0.90–
// 1.17 with), and after the atomic change code had ~8 KB to spare.
// A request's time is the store's round trip and a model's answer; an
// offline answer measured the same with and without each of these steps
// (BenchmarkSuggest, 0.70–0.98 ms per question on a loaded machine), and
// make bench checks cold start.
// In the twenty-second session crypto/internal/fips140/bigmod lost it
// (~5.3 KB of code and ~4.7 KB of read-only data, when code had ~1.7 KB
// left): the modular arithmetic of RSA, whose inner loop is assembly on
// arm64. A 2048-bit RSA PKCS#1 v1.5 verification, what a TLS handshake
// does two or three times to check the AWS endpoints' certificates, went
// from 70.7 to 76.7 µs (two runs each, 3,000 verifications, this machine):
// ~20 µs once per connection, next to a network round trip.
// In the twenty-third session crypto/internal/fips140/sha512 lost it (~816
// bytes of code, when the learned order had left code 28 bytes): the
// SHA-384/512 of TLS transcripts and certificate signatures, whose block
// function is assembly on arm64. A SHA-384 of 1 KB measured 1.48–1.83 µs
// with inlining and 1.57–2.07 µs without, an HMAC-SHA384 of 64 bytes
// 1.17–1.58 against 1.23–1.80 µs (five interleaved runs each of 200,000,
// this machine, noisy): a few per handshake. Also measured and not taken:
// hmac (~270 bytes), sha256 (~130), tls13 and hkdf (~110 each).
// In the twenty-fourth session the nethttpomithttp2 tag took net/http's
// bundled HTTP/2 out of every bootstrap (chatsend 9,371,810 → 9,044,130
// bytes: ~140 KB of code and ~200 KB of read-only data). Nothing a function
// talks to needs HTTP/2: DynamoDB, S3, the Lambda Runtime API and an
// OpenAI-compatible API all speak HTTP/1.1 with keep-alive, and the SDK's
// ForceAttemptHTTP2 then only offers http/1.1 in TLS. With that room the
// cryptography (ML-KEM, ECDSA, NIST curves, bigmod, SHA-512), internal/poll
// and internal/runtime/atomic got their inlining back (9,175,202 bytes,
// ~256 KB under chatsend's 9 MiB).

var LambdaBuildFlags = []string{"-tags", "lambda.norpc,nethttpomithttp2", "-ldflags=-s -w", "-trimpath", "-gcflags=all=-l", "-gcflags=runtime=", "-gcflags=crypto/internal/...=", "-gcflags=internal/...=", "-gcflags=unicode/...=", "-gcflags=strconv=", "-gcflags=sort=", "-gcflags=slices=", "-gcflags=maps=", "-gcflags=compress/...="}

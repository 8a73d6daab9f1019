// Package faulttest holds namebot's fault tests (plain `go test`, part of
// `make test`): the real local stack with one of its dependencies failing
// on purpose — dynalite killed mid-run and brought back on the same
// endpoint, the model failing, slow and hanging, S3 unreachable on upload
// and attach, and DynamoDB calls failing between the steps of a send. Each
// test asserts what the user sees and that nothing was half-written, or,
// where the code promises less, exactly what it promises.
package faulttest
